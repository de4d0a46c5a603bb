# Reports, certificates and progress words shared by the app and the exports.

report-title = Progress report: { $profile }
report-summary = { $count ->
        [one] 1 attempt
       *[other] { $count } attempts
    }, exported { $date }
report-skills = Skills
report-skill = Skill
report-score = Score
report-level = Level
report-attempts = Attempts
report-step = Step
report-trainer = Trainer:
report-passed = passed
report-not-passed = not passed
report-scenario = Scenario
report-best = Best score
report-pass-mark = Pass mark

cert-title = Certificate: { $track }
cert-kicker = Someaspa certificate
cert-completed = has completed the track
cert-date = Completed on { $date }
cert-skills = Skills at completion
cert-scenarios = Scenarios

level-needs-work = needs work
level-developing = developing
level-proficient = proficient
level-excellent = excellent
level-none = not practised yet

skill-channel-style = Channel style
skill-de-escalation = De-escalation
skill-troll-handling = Troll handling
skill-media-awareness = Media awareness
skill-written-clarity = Written clarity
skill-privacy = Privacy
skill-speed = Speed
store-moved-aside = The progress store could not be opened, so it was moved aside to { $path } and a new one was started. Nothing in the old file was deleted.
store-error = { $error }
store-too-new = This progress store was written by a newer version of Someaspa. It has not been changed; progress will not be saved until you update.
import-done = Imported { $added ->
        [one] 1 attempt
       *[other] { $added } attempts
    } for { $profile }{ $skipped ->
        [0] {""}
       *[other] {""} ({ $skipped } already here, skipped)
    }.
import-failed = Nothing was imported: { $error }
import-checked = { $rescored ->
        [0] No reply could be scored again on this machine
        [one] 1 attempt was scored again on this machine
       *[other] { $rescored } attempts were scored again on this machine
    }{ $differs ->
        [0] {""}
       *[other] {""}; { $differs ->
            [one] 1 attempt differs
           *[other] { $differs } attempts differ
        } from what the file claimed (this machine's results are kept)
    }{ $unknown ->
        [0] {""}
       *[other] {""}; { $unknown ->
            [one] 1 attempt was
           *[other] { $unknown } attempts were
        } not re-scored, as their scenario version is not in this library, and never count as passed
    }.
import-check-rescored = re-scored here
import-check-differs = re-scored here: the trainee's file claimed other results
import-check-not-rescored = not re-scored: this scenario version is not in the library, so the file's results are not trusted
report-not-rescored = not re-scored
