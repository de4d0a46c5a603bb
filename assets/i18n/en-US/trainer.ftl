## The trainer area: PIN, editor, review, calibration, packs.

nav-trainer = Trainer
trainer-tab-editor = Scenario editor
trainer-tab-review = Review
trainer-tab-calibration = Calibration
trainer-tab-packs = Packs
trainer-lock = Lock trainer area
trainer-no-data-title = The trainer area needs a data folder
trainer-no-data = Start Someaspa with --data-dir DIR so the PIN, scenarios and reviews can be saved.

trainer-pin-set-title = Set a trainer PIN
trainer-pin-set-help = The PIN keeps trainees out of the editor and the reviews on this computer. Only a hash of it is stored.
trainer-pin-title = Trainer area
trainer-pin-help = Enter the trainer PIN.
trainer-pin = PIN
trainer-pin-again = PIN again
trainer-pin-set = Set PIN and continue
trainer-pin-enter = Open
trainer-pin-wrong = That PIN is not right.
trainer-pin-weak = Use at least { $min } digits and nothing else.
trainer-pin-mismatch = The two PINs are different.
trainer-pin-error = The PIN could not be checked: { $error }

trainer-recover = Unsaved work from { $when } was found.
trainer-recover-restore = Restore it
trainer-recover-discard = Discard
trainer-autosave-failed = Autosave failed: { $error }
trainer-autosave-unreadable = The autosave could not be read: { $error }

editor-empty-title = No scenario open
editor-empty = Start a new scenario from a template, or choose one above to duplicate or open.
editor-new = New ({ $lang })
editor-choose-scenario = Choose a scenario…
editor-source-label = Library
editor-open = Open
editor-open-builtin = Built-in scenarios can't be changed: duplicate one instead.
editor-open-failed = The scenario could not be opened: { $error }
editor-duplicate = Duplicate
editor-undo = ↩ Undo
editor-redo = ↪ Redo
editor-save = Save
editor-save-to = Save to folder…
editor-saved = Saved
editor-unsaved = Unsaved changes
editor-saved-to = Saved to { $path }
editor-save-failed = Not saved: { $error }
editor-save-unparsed = Fix the RON syntax error before saving.
editor-replace-title = Save your changes first?
editor-replace-body = { $name } has unsaved changes. Opening another scenario would close it.
editor-replace-save = Save and open
editor-replace-discard = Discard changes
editor-replace-stay = Keep editing
editor-view-form = Form
editor-view-ron = RON
editor-ron-label = Scenario file (RON)
editor-form-reformats = Editing in the form rewrites the file: comments inside the scenario are dropped (the comment block at the top is kept).
editor-form-unparsed = The file has a syntax error. Fix it in the RON tab; the form comes back when the file parses.
editor-outline = Steps
editor-outline-unparsed = The steps appear when the file parses.
editor-unreachable = No branch leads here
editor-add-step = + Add a step
editor-remove-step = Remove this step
editor-problems = Problems
editor-no-problems = ✔ No problems: the scenario and its self-tests check out.
editor-problem-count = { $count ->
        [0] Warnings only
        [one] 1 error
       *[other] { $count } errors
    }
editor-problem-go = Show in the file
editor-try = Try a reply
editor-try-step = Scored against step "{ $step }" (choose a step in the outline)
editor-try-reply = Draft reply
editor-try-not-write = This step is not a written reply: play-test it instead.
editor-try-unscorable = The step's rubric can't be used yet: see the problems above.
editor-try-passes = Passes: { $total }/100
editor-try-fails = Does not pass: { $total }/100
editor-playtest = ▶ Play-test from this step

editor-section-scenario = Scenario
editor-section-persona = Customer
editor-section-news = Today's news
editor-section-params = Facts for the scorer
editor-section-variables = Variables (drawn for each attempt)
editor-section-step = Step "{ $id }"
editor-section-turn = The trainee's turn
editor-section-onlookers = Onlookers' comments
editor-section-reactions = Reactions to the reply
editor-section-branches = Next step
editor-section-examples = Self-tests
editor-id = Id
editor-lang = Language
editor-title = Title
editor-summary = Summary
editor-category = Category
editor-channel = Channel
editor-brand = Brand
editor-brand-choose = Choose a brand…
editor-difficulty = Difficulty
editor-skills = Skills
editor-time-limit = Time limit (s, 0 = none)
editor-pass-mark = Pass mark
editor-persona-name = Name
editor-persona-handle = Handle
editor-avatar = Avatar image
editor-mood = Mood
editor-news-source = Source
editor-news-headline = Headline
editor-news-summary = Summary
editor-news-when = When
editor-news-official = Official
editor-news-link = Link
editor-params-issue = Issue words
editor-params-name = Customer's name
editor-params-pii = Personal data
editor-params-forbidden = Forbidden phrases
editor-var-id = Id
editor-var-draw = Drawn as
editor-var-default = Default value
editor-step-id = Step id
editor-step-channel = Channel
editor-same-channel = Same as the scenario
editor-message = Customer's message
editor-message-image = Image
editor-message-time = Time
editor-likes = Likes
editor-shares = Shares
editor-comment-text = Comment
editor-turn-write = Write a reply
editor-turn-pick = Pick a reply
editor-turn-act = Take an action
editor-prompt = Instruction
editor-rubric-base = Shared rubric
editor-rubric-none = None
editor-rubric-remove = Leave out criteria
editor-criteria = Criteria
editor-criterion = Criterion
editor-weight = Weight
editor-scale = Scale
editor-default = Default
editor-critical = Critical
editor-cap = Score cap when it fails
editor-phrases = Extra phrases
editor-custom = Custom criterion
editor-model-answers = Model answers
editor-model-answer = Answer
editor-feedback-pass = Feedback when passed
editor-feedback-fail = Feedback when not passed
editor-option-id = Option id
editor-option-text = Text
editor-option-image = Image
editor-option-feedback = Feedback
editor-grade = Grade
editor-action = Action
editor-consequence = Consequence
editor-reactions-good = After a good reply
editor-reactions-bad = After a poor reply
editor-branches-help = The first branch whose condition holds is taken; no branch ends the scenario. Conditions: Passed, Failed, Always, ScoreAtLeast(70), Chose("id"), CriterionMet("apology").
editor-branch-when = When
editor-branch-goto = Go to
editor-examples-help = Example replies and the results you expect. They run as you type and in "someaspa validate".
editor-example-step = Step
editor-example-reply = Reply
editor-example-expect = Expected
editor-example-passes = Passes
editor-example-note = Why
editor-add = + Add
editor-remove = Remove
editor-move-up = Move up

feedback-playtest = Play-test: not recorded.
feedback-back-to-editor = Back to the editor

review-title = Review attempts
review-help = Every attempt on this computer, including imported ones. Open one to override a result with a comment: the trainee sees your mark next to the automatic one.
review-filter = Filter
review-refresh = Refresh
review-empty-title = No attempts yet
review-empty = Attempts appear here when trainees play scenarios or when you import their exports.
review-col-trainee = Trainee
review-override = Review…
review-change = Change review…
review-comment = Comment for the trainee
review-comment-needed = Write a comment: the trainee needs to know why.
review-save = Save review
review-remove = Remove review
review-cancel = Cancel
review-visible = The trainee sees this mark and comment in their history.

calibration-title = Calibration
calibration-help = How often trainers kept the automatic result, per criterion, with the replies where they did not. Kappa corrects for agreement by chance (1 = full agreement, 0 = chance).
calibration-empty-title = Nothing reviewed yet
calibration-empty = Review some attempts first: each override is one data point here.
calibration-agreement = { $percent } % agreement ({ $agreed } of { $reviewed })
calibration-kappa = kappa { $kappa }

packs-export-title = Export a pack
packs-export-help = Choose scenarios: they are written to a new folder with the brands, rubrics and images they use.
packs-show-builtin = Show built-in scenarios
packs-export = Export { $count ->
        [one] 1 scenario
       *[other] { $count } scenarios
    }
packs-exported = Pack written to { $path } ({ $scenarios ->
        [one] 1 scenario
       *[other] { $scenarios } scenarios
    }, { $images ->
        [one] 1 image
       *[other] { $images } images
    }).
packs-failed = Pack not written: { $error }
packs-import-title = Import a pack
packs-import-help = Everything in the pack is checked first. A scenario whose id is already here is never overwritten without asking.
packs-import-choose = Choose a pack folder…
packs-import-folder = Pack folder
packs-import-check = Check
packs-not-folder = { $path } is not a folder.
packs-invalid = The pack has problems and cannot be imported:
packs-clash = already here ({ $file })
packs-choice-copy = Import as a copy
packs-choice-skip = Skip
packs-choice-replace = Replace (the old file is kept aside)
packs-new = new
packs-import = Import
packs-cancel = Cancel
packs-imported = { $count ->
        [one] Imported 1 scenario into { $path }.
       *[other] Imported { $count } scenarios into { $path }.
    }
