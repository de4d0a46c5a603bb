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
