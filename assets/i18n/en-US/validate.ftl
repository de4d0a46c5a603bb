# Messages about scenario packs: loading and validation. Shown as `path:line:col: message`.

diag-warning-prefix = warning

load-too-large = the file is { $size_kb } KB; pack files may be at most { $max_kb } KB
load-not-utf8 = the file is not UTF-8 text (is it a binary file saved with a .ron name?)
load-empty-file = the file is empty: write a Scenario(...), Brand(...), Rubric(...) or Track(...)
load-unknown-id = unknown { $kind ->
        [language] language
        [channel] channel
        [skill] skill
        [action] action
        [category] category
        [difficulty] difficulty
        [mood] mood
        [grade] grade
        [scale] scale
        [formality] formality
       *[other] { $kind }
    } "{ $given }"; use one of: { $expected }
load-syntax = syntax error: { $detail }
load-pack-missing = the pack folder does not exist or cannot be read
load-read-error = could not read the file: { $error }
load-folder-unreadable = this folder could not be read, so its scenarios are missing: { $error }
load-symlink-outside = this is a symbolic link to a place outside the pack; a pack may only use its own files, so it was not read
load-symlink-inside = this is a symbolic link to another file or folder of this pack, which is read where it is; the link itself was not read, so nothing loads twice
load-too-deep = this folder is more than { $max } levels deep inside the pack, so it was not read: move its files closer to the pack folder

val-format = the file says format { $given }, but this version of Someaspa reads formats 1 to { $supported }
val-bad-id = "{ $id }" is not a valid id: use lower-case letters, digits and hyphens (e.g. "rail-delay-x-en")
val-empty-field = "{ $field }" must not be empty
val-unknown-brand = unknown brand "{ $id }"; the brands loaded are: { $known }
val-brand-not-loaded = brand "{ $id }" did not load because its file { $file } has an error (reported above); fix that file
val-no-skills = list at least one skill the scenario trains
val-pass-mark = { $given } is not a score: use a number from 0 to 100
val-time-limit = a time limit of 0 seconds leaves no time to answer: remove it or give seconds
val-image-empty = the image path is empty
val-image-absolute = image "{ $path }" is an absolute path: give a path inside the pack's images/ folder
val-image-escapes = image "{ $path }" leaves the pack: use "/" separators and no ".." (e.g. "memes/cat.png")
val-image-missing = image "{ $path }" is not in the pack's images/ folder
val-image-symlink = image "{ $path }" is a symbolic link to a file outside the pack's images/ folder: copy the picture into the pack instead
val-image-not-file = image "{ $path }" is not a regular file (a folder, a named pipe or a device)
val-image-too-large = image "{ $path }" is larger than 8 MB: save a smaller PNG
val-image-not-png = image "{ $path }" is not a PNG file: pictures must be saved as PNG
val-pattern-empty = an empty phrase pattern matches nothing: remove it
val-pattern-bare = pattern "{ $pattern }" has a "*" or "=" without a word
val-pattern-star = pattern "{ $pattern }" has "*" inside a word: "*" may only end a word (e.g. "apolog*")
val-pattern-regex = pattern "{ $pattern }" looks like a regular expression; phrase patterns are plain words, with "*" at the end of a word for any ending (e.g. "apolog*"). For a regular expression, write a custom criterion with a "pattern"
val-no-steps = the scenario has no steps: add at least one
val-duplicate-step = step id "{ $id }" is used twice: step ids must be unique within a scenario
val-var-id = variable id "{ $id }" may only contain letters, digits and "_"
val-var-duplicate = variable "{ $id }" is defined twice
val-var-range = variable "{ $id }": the first number must not be larger than the second
val-var-digits = variable "{ $id }": Digits takes 1 to 20
val-var-empty = variable "{ $id }": OneOf needs at least one text
val-var-time = variable "{ $id }": times are written "HH:MM" (e.g. "07:30")
val-var-ref = variable "{ $id }" uses "{ $ref }", which is not defined before it
val-var-default = variable "{ $id }" needs a default value (used by validate and the editor)
val-unknown-placeholder = "{"{"}{ $name }{"}"}" is not a variable of this scenario: define it under variables, or write "{"{{"}" for a literal brace
val-empty-message = step "{ $step }": the customer's message has no text and no image
val-onlookers-private = step "{ $step }": { $channel } is private, so no onlookers will see the reply
val-always-na = "{ $criterion }" is always N/A on { $channel } (a private channel): it adds nothing here
val-no-model-answer = step "{ $step }" needs at least one model answer
val-few-options = step "{ $step }" needs at least two options to choose from
val-duplicate-option = option "{ $id }" appears twice in this step
val-empty-option = option "{ $id }" has neither text nor an image
val-no-right-option = step "{ $step }": grade at least one option "pass"
val-unknown-rubric = unknown rubric "{ $id }": shared rubrics live in the pack's rubrics/ folder
val-unknown-criterion = unknown criterion "{ $id }". { $suggestion ->
        [none] Use a built-in criterion id or add a custom block.
       *[other] Did you mean "{ $suggestion }"?
    }
val-custom-builtin = "{ $id }" is a built-in criterion: give your custom criterion another id
val-remove-missing = "{ $id }" cannot be removed: the base rubric does not have it
val-duplicate-criterion = criterion "{ $id }" is listed twice in this step
val-zero-weight = criterion "{ $id }" has weight 0: give it points or remove it
val-weight-sum = the weights add up to { $sum }, not 100 ({ $breakdown })
val-empty-rubric = this step has no rubric: list the criteria its reply is scored on
val-custom-empty = custom criterion "{ $id }" checks nothing: give it require, avoid or pattern
val-bad-regex = custom criterion "{ $id }": the pattern is not a valid regular expression ({ $error })
val-cap = criterion "{ $id }": a cap is a score from 0 to 100
val-dangling-branch = step "{ $step }" branches to "{ $target }", but there is no step with that id
val-branch-after-always = step "{ $step }": this branch comes after Always and can never be taken
val-branch-option = Chose("{ $id }") names no option or action of this step
val-branch-choice-on-write = step "{ $step }": Chose(...) only works on Pick and Act steps
val-branch-criterion = "{ $id }" is not a criterion of this step's rubric
val-unreachable = step "{ $step }" can never be reached: no branch leads to it
val-loop = the branches loop back to step "{ $step }": a scenario must always end
val-example-step = example for step "{ $step }": there is no such step
val-example-not-write = example for step "{ $step }": only Write steps are scored on a reply
val-example-criterion = example expects "{ $id }", which is not in the rubric of step "{ $step }"
val-example-near-miss = example is a near-miss for "{ $id }", which must be a critical criterion of step "{ $step }" that the example does not expect to fail
val-brand-guide-lang = the voice guide has no "{ $lang }" text
val-brand-signoff-lang = the sign-off has no "{ $lang }" text
val-style-limit-hard = { $channel } has its own hard limit, so a style limit is ignored there
val-track-empty = the track has no scenarios
val-track-scenario = unknown scenario "{ $id }" (or it was skipped because of errors)
val-track-lang = scenario "{ $id }" is in "{ $lang }", not in the track's language
val-track-duplicate = scenario "{ $id }" is in the track twice
val-duplicate-id = id "{ $id }" is already used by another file
val-duplicate-scenario = scenario id "{ $id }" is already used by { $other }

selftest-mismatch = self-test: "{ $reply }" expected { $criterion } { $expected }, got { $actual }{ $why ->
        [none] {""}
       *[other] {""} ({ $why })
    }{ $note ->
        [none] {""}
       *[other] {""}. Note: { $note }
    }


## A trainer's lexicon additions (<data>/lexicons/<lang>.ron)
val-lexicon-syntax = the lexicon additions could not be read: { $detail }. The built-in lexicon is used without them.
val-lexicon-lang = the additions say lang "{ $given }", but this file extends the "{ $expected }" lexicon: fix lang or rename the file
val-lexicon-concept = unknown concept "{ $concept }"; the concepts are: { $known }
val-lexicon-pattern = the pattern "{ $pattern }" is not valid ({ $detail }); it is left out
val-lexicon-tone = the tone weight of "{ $pattern }" is { $weight }: use a whole number from -3 to 3 (and a valid pattern)
selftest-coverage-good = step "{ $step }": { $have } of the { $want } good replies it needs as self-tests (examples with passes: true); add replies that differ in form: short, long, colloquial, formal, key phrase last
selftest-coverage-near-miss = step "{ $step }": { $have } of the { $want } near-misses it needs for the critical criterion "{ $criterion }"; add replies that look like a violation but are not, marked near_miss: "{ $criterion }"
