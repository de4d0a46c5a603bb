# The app's interface.

nav-home = Home
nav-browse = Scenarios
nav-progress = Progress
nav-settings = Settings
top-profile-hint = The profile your attempts are saved under (change it in Settings)

notice-dismiss = Dismiss
notice-skipped-files = { $count ->
        [one] 1 scenario file was skipped because of errors.
       *[other] { $count } scenario files were skipped because of errors.
    }
notice-lexicon-problems = { $count ->
        [one] A lexicon addition was left out: { $first }
       *[other] { $count } lexicon additions were left out. The first: { $first }
    }
notice-show-details = Show details
notice-hide-details = Hide details
notice-settings-unreadable = Your settings could not be read ({ $error }); defaults are used until you change something.
notice-settings-unsaved = Your settings could not be saved: { $error }
notice-store-unusable = Progress cannot be saved right now: { $error }
notice-attempt-unsaved = This attempt could not be saved: { $error }. The feedback is still shown below.
notice-attempt-gone = That attempt is no longer in the progress store (it may have been removed by an import or a reset).
notice-scenario-missing = The scenario "{ $id }" is no longer in the library.
notice-no-data-dir = There is no data folder, so nothing can be saved.
notice-exported = Saved to { $path }
notice-export-failed = Saving failed: { $error }

lang-en = English
lang-fi = Finnish
lang-native-en = English
lang-native-fi = Suomi
channel-x = X
channel-x-dm = X direct message
channel-facebook = Facebook
channel-messenger = Messenger
channel-instagram = Instagram
channel-chat = Web chat
difficulty-easy = Easy
difficulty-medium = Medium
difficulty-hard = Hard
formality-formal = Formal voice
formality-neutral = Neutral voice
formality-casual = Casual voice
mood-angry = Angry
mood-upset = Upset
mood-worried = Worried
mood-neutral = Neutral
mood-happy = Happy
mood-playful = Playful
mood-sarcastic = Sarcastic
mood-trolling = Trolling
mood-confused = Confused
action-reply-public = Reply publicly
action-reply-private = Reply privately
action-hide = Hide the post
action-escalate = Escalate
action-ignore = Ignore and monitor
action-like = Like

home-greeting = Hi, { $name }!
home-welcome = Practise answering customers on social media. Pick up where you left off, or start with the onboarding track.
home-stats = { $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    } · { $streak ->
        [0] no streak yet today
        [one] 1-day streak
       *[other] { $streak }-day streak
    }
home-continue-title = Continue
home-continue = Continue
home-continue-empty = Nothing started yet. Pick a scenario from the list, or follow a track below.
home-weakest-title = Practise my weakest skill
home-weakest-start = Practise
home-weakest-empty = No scenario fits right now. Browse the library instead.
home-reviews-title = Due for another try
home-reviews-empty = Nothing due. A failed scenario comes back after 1, 3 and 7 days until you pass it.
home-reviews-hint = You did not pass this last time: try again
home-tracks-title = Tracks
home-tracks-empty-title = No tracks in this language
home-tracks-empty = Tracks are ordered lists of scenarios with pass marks. Trainers add them under scenarios/tracks/.
home-track-complete = Completed
home-track-progress = { $done } of { $total } done
home-track-next = Next: { $title }
home-track-start-next = Start
home-track-certificate = Save certificate
home-browse-all = Browse all { $count } scenarios

browse-title = Scenarios
browse-search = Search
browse-search-hint = Title or topic
browse-language = Language
browse-channel = Channel
browse-skill = Skill
browse-difficulty = Difficulty
browse-all = All
browse-clear = Clear filters
browse-count = { $count ->
        [one] 1 scenario
       *[other] { $count } scenarios
    }
browse-empty-title = No scenarios match these filters
browse-empty = Clear the filters or search for something else.
browse-start-hint = Start this scenario
browse-best = Best { $score }

play-leave = ‹ Leave
play-leave-hint = Leave the scenario (Esc)
play-step = Step { $n }
play-time-left = { $time } left
play-time-over = { $time } over time
play-leave-title = Leave this scenario?
play-leave-body = This attempt is not finished, so it will not be saved.
play-leave-stay = Keep going
play-leave-confirm = Leave

side-voice = Voice
side-emoji-never = No emoji
side-emoji-sparing = Emoji: up to { $max }
side-emoji-free = Emoji welcome
side-memes-never = No memes
side-memes-lighthearted-only = Memes only in light-hearted threads
side-memes-allowed = Memes welcome
side-sign-off = Sign: { $example }
side-sign-off-initials = AK
side-sign-off-name = Anna
side-news = Today's news
side-news-empty = Nothing in the news that touches this conversation.
side-official = Official
side-customer = Customer
side-scenario = About this scenario
side-pass-mark = Pass mark: { $mark }
side-time-limit = Time limit: { $minutes } min

thread-moved = Continues in { $channel }
thread-image = Attached image
thread-fb-posted = Posted on the page · { $time }
thread-fb-reactions = 👍 { $likes } · { $shares ->
        [one] { $shares } share
       *[other] { $shares } shares
    }
thread-x-counts = 🔁 { $shares }   ♥ { $likes }
thread-ig-post = Latest post
thread-ig-likes = ♥ { $likes } · { $time }
thread-chat-online = Online · usually replies within minutes
thread-typing = { $name } is typing{ $dots }
thread-step-score = { $total }/100
thread-you-chose = You chose: { $action }

turn-write = Write your reply.
turn-pick = Pick the reply you would send.
turn-act = Choose what to do with this post.
turn-your-reply = Your reply
turn-reply-hint = Write as the brand would…
turn-count-x = { $count }/{ $limit }
turn-count-hard = { $count }/{ $limit } characters
turn-count-style = { $count } characters · brand target { $limit }
turn-emoji-never = Emoji: { $count } (this brand uses none)
turn-emoji-sparing = Emoji: { $count }/{ $max }
turn-emoji-free = Emoji: { $count }
turn-hints = Live hints
turn-hints-paused = Live hints pause for very long replies.
turn-hints-empty = Start writing: the criteria your draft meets appear here.
profile-default-name = Trainee
turn-send = Send
turn-send-hint = Send the reply (Ctrl+Enter)
turn-meme-only = (meme only)

feedback-passed = Passed · pass mark { $mark }
feedback-not-passed = Not passed · pass mark { $mark }
score-ring = Score { $total } of 100
feedback-critical = A critical criterion failed, so the score is capped. Its explanation comes first below.
feedback-critical-row = Critical: this caps the whole score.
feedback-time = Time taken: { $time }
feedback-over-time = over the time limit of { $limit }
feedback-when = Played { $when }
feedback-back = ‹ Back to progress
feedback-play-again = Play again
feedback-replay-draw = Replay this draw
feedback-replay-draw-hint = The same names, numbers and wording as in this attempt (the same seed)
feedback-seed = Draw { $seed }
feedback-retry = Try again
feedback-next = Next scenario ›
feedback-home = Home
feedback-version-changed = The scenario has changed since this attempt; model answers are from the current version.
feedback-step = Step { $n }
feedback-your-reply = Your reply
feedback-empty-reply = (empty reply)
feedback-click-hint = Click a criterion to highlight where it was decided.
feedback-you-picked = You picked: { $choice }
feedback-you-acted = You chose: { $action }
feedback-trainer = Trainer ({ $reviewer }): { $mark } — { $comment }
feedback-trainer-note = From the scenario's author
feedback-model-answers = Model answer
feedback-best-choice = Best choice: { $choice }

progress-title = Progress: { $name }
progress-streak = { $days ->
        [one] 1-day streak
       *[other] { $days }-day streak
    }
progress-longest = { $days ->
        [one] Longest: 1 day
       *[other] Longest: { $days } days
    }
progress-attempts = { $count ->
        [one] 1 attempt
       *[other] { $count } attempts
    }
progress-empty-title = No attempts yet
progress-empty = Play a scenario: your levels, charts and history appear here.
progress-unavailable-title = Progress is not available
progress-unavailable = The progress store could not be opened. See the message at the top.
progress-skill-attempts = { $count ->
        [one] 1 attempt
       *[other] { $count } attempts
    }
progress-chart-title = Score over time
progress-chart-x = Attempt
progress-chart-y = Score
progress-reviews-title = Coming back for another try
progress-review-due = from { $date } · { $fails ->
        [one] failed once
       *[other] failed { $fails } times in a row
    }
progress-history-title = Attempts
progress-history-older = { $count ->
        [one] Show 1 older attempt
       *[other] Show older attempts ({ $count } more)
    }
progress-col-when = When
progress-col-scenario = Scenario
progress-col-score = Score
progress-col-result = Result
progress-col-source = From
progress-source-local = this machine
progress-source-import = imported
progress-open-hint = Show this attempt as it was scored
progress-export-csv = Export CSV
progress-export-html = Export report
progress-export-json = Export for trainer
progress-export-json-hint = A file your trainer can import on their machine
progress-import = Import…
progress-import-hint = Import a trainee's export (duplicates are skipped)

settings-title = Settings
settings-language = Language
settings-theme = Theme
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-text-size-0 = Small
settings-text-size-1 = Normal
settings-text-size-2 = Large
settings-text-size-3 = Extra large
settings-hints = Show live hints while writing (which criteria the draft meets)
settings-profile = Profile
settings-profile-current = Attempts are saved under: { $name }
settings-profile-switch = Switch to:
settings-profile-new = New profile
settings-profile-use = Use this profile
settings-data = Data folder
settings-data-none = none (nothing is saved)
settings-store = Progress store: { $path }
settings-store-memory = in memory only (not saved)
