# Shift mode: a timed queue of posts across channels (src/shift, src/ui/shift).

nav-shift = Shift

## Start panel
shift-title = Shift
shift-intro = Posts arrive on different channels at random moments, as on a real shift. Decide what to handle first, answer fast and well, and leave trolls alone when that is the right call.
shift-length = Length
shift-minutes = { $minutes } min
shift-difficulty = Difficulty
shift-level-calm = Calm
shift-level-busy = Busy
shift-level-crisis = Crisis
shift-level-calm-about = a post about every { $gap } s, few trolls
shift-level-busy-about = a post about every { $gap } s, trolls and the odd crisis post
shift-level-crisis-about = a post about every { $gap } s, many of them about an outage
shift-kind = Which shift
shift-daily = Today's shift ({ $date }): the same for everyone on your team today
shift-random = A random shift
shift-language = Language of the posts
shift-start = Start the shift
shift-how-title = How the shift is scored
shift-how = Every answer is scored against its scenario's rubric, as always. The speed score adds response times against their targets (urgent { $urgent } min, normal { $normal } min, can wait { $low } min), whether you took urgent posts first, how many posts were handled, how good the answers were and what you did with trolls. A public complaint left waiting more than { $onlookers } min starts drawing other people's comments.
shift-cannot-start = The shift could not start: { $error }
shift-cannot-answer = That post could not be answered: { $error }

## Inbox
shift-attempt-title = Shift · { $level } · { $minutes } min
shift-attempt-title-daily = Daily shift · { $level } · { $minutes } min
shift-progress = { $handled } handled · { $arrived } arrived
shift-last-answer = Last: { $name } { $score }
shift-end = End shift
shift-time-left = ⏱ { $time } left
shift-in-queue = In queue ({ $count })
shift-next-post = next post in { $time }
shift-keys = j/k or the arrow keys to move · Ctrl+Enter to send
shift-waiting = Waiting { $time }
shift-posted-ago = { $minutes ->
        [0] just now
       *[other] { $minutes } min ago
    }
shift-urgency-urgent = Urgent
shift-urgency-normal = Normal
shift-urgency-low = Can wait
shift-urgency-leave-alone = Provocation
shift-onlookers = { $count ->
        [one] 👥 1 comment
       *[other] 👥 { $count } comments
    }
shift-overdue = Waiting too long
shift-context = Brand voice and today's news
shift-leave-alone-hint = Leaving a post alone until the shift ends counts as ignoring it.
shift-queue-empty-title = The queue is empty
shift-queue-empty = New posts will arrive soon. A good moment for a breath.
shift-pick-title = Pick a post from the queue
shift-pick = Urgent posts and public complaints first. j/k or the arrow keys move in the queue.
shift-end-title = End the shift now?
shift-end-body = Posts still waiting count as unhandled; trolls count as left alone.
shift-end-stay = Keep going
shift-end-confirm = End now

## Report
shift-report-title = Shift report
shift-report-passed = Speed passed (pass mark { $mark })
shift-report-not-passed = Below the pass mark of { $mark }
shift-report-handled = { $handled }/{ $posts } posts handled
shift-report-median = median response { $time }
shift-report-priority = right order { $percent }%
shift-report-trolls = trolls { $right }/{ $total } right
shift-report-unanswered = { $count ->
        [0] none left unhandled
        [one] 1 left unhandled
       *[other] { $count } left unhandled
    }
shift-report-saved = Every post you handled and the shift itself are saved in your progress.
shift-report-not-saved = This shift could not be saved.
shift-new = New shift
shift-see-progress = See progress
shift-report-parts = How the speed score was made
shift-report-posts = Posts
shift-report-posts-hint = In arrival order; # is the order you handled them in.
shift-col-order = #
shift-col-arrived = Arrived
shift-col-channel = Channel
shift-col-customer = Customer
shift-col-urgency = Urgency
shift-col-action = What you did
shift-col-response = Response time
shift-col-score = Score
shift-did-reply = Replied
shift-did-pick = Picked a reply
shift-did-left-alone = Left alone
shift-did-nothing = No answer
shift-summary-title = Shift summary
shift-summary = { $posts ->
        [one] 1 post
       *[other] { $posts } posts
    }: { $handled } handled, { $trolls ->
        [one] 1 troll
       *[other] { $trolls } trolls
    }, { $unanswered } left unhandled.

## The parts of the speed score (criteria of the shift's attempt)
crit-shift-response-time = Response time
crit-shift-prioritisation = Prioritisation
crit-shift-coverage = Posts handled
crit-shift-quality = Quality of the answers
crit-shift-trolls = Troll handling
shift-crit-response-time = { $on_time } of { $total } posts that needed action were handled within their target time; median response { $median }.
shift-crit-response-time-none = No post was handled, so there is no response time to measure.
shift-crit-prioritisation = You had to choose between a more and a less urgent post { $choices ->
        [one] once
       *[other] { $choices } times
    } and took the more urgent one first { $right ->
        [0] not once
        [one] once
       *[other] { $right } times
    }.
shift-crit-prioritisation-none = There was never a choice between posts of different urgency.
shift-crit-coverage = { $handled } of { $total } posts that needed action were handled.
shift-crit-coverage-none = No post needed action.
shift-crit-quality = Your answers scored { $mean }/100 on average ({ $answered ->
        [one] 1 answer
       *[other] { $answered } answers
    }).
shift-crit-quality-none = No answers to score.
shift-crit-trolls = { $right } of { $total } trolls handled the right way (left alone or hidden, as each one needed).
shift-crit-trolls-none = No trolls this shift.

## Command line
cli-shift-error = cannot draw a shift: { $error }
cli-shift-header = Shift: { $level }, { $minutes } min, seed { $seed }, { $posts ->
        [one] 1 post
       *[other] { $posts } posts
    }
