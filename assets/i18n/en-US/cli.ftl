# Command-line output for people (JSON output uses ids only).

cli-io-error = could not write the output: { $error }
cli-validate-summary = { $scenarios ->
        [one] 1 scenario valid
       *[other] { $scenarios } scenarios valid
    }, { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
cli-list-skipped = { $count ->
        [one] 1 file was skipped:
       *[other] { $count } files were skipped:
    }
cli-read-error = could not read { $path }: { $error }
cli-score-unknown-scenario = unknown scenario "{ $id }" (see: someaspa list)
cli-score-unknown-step = the scenario has no step "{ $step }" that can be scored
cli-score-unknown-choice = "{ $given }" is not a choice of this step; use one of: { $options }
cli-score-unknown-criterion = unknown criterion "{ $id }"
cli-score-missing = missing { $what }
cli-score-passed = Total { $total }/100: passed.
cli-score-failed = Total { $total }/100: not passed{ $critical ->
        [yes] {""} (a critical criterion failed)
       *[other] {""}
    }.
mark-pass = pass
mark-partial = partial
mark-fail = fail
mark-na = n/a
cli-no-data-dir = no data folder: give one with --data-dir DIR
cli-write-error = could not write { $path }: { $error }
cli-report-no-store = there is no progress store in { $dir }: nothing has been recorded there yet (is --data-dir right?)
cli-report-unknown-profile = no profile "{ $profile }" in this data folder (profiles: { $known })
cli-report-written = report written to { $path }
cli-batch-summary = { $scored ->
        [one] 1 line scored
       *[other] { $scored } lines scored
    }, { $failed ->
        [one] 1 line with an error
       *[other] { $failed } lines with an error
    }
cli-batch-line-too-long = the line is longer than { $max } MB and was skipped
cli-score-not-kept = The score above was not saved: { $why }
cli-score-empty-not-recorded = The reply is empty, so no attempt was recorded.
cli-report-damaged = warning: attempt { $uid } cannot be read from the progress store ({ $error }); the report leaves it out
cli-eval-error = eval: { $error }

## someaspa sync / lrs
cli-lrs-not-set-up = No Learning Record Store is set up for this data folder: run `someaspa lrs set --endpoint URL --key KEY` with the secret in SOMEASPA_LRS_SECRET or --secret-file.
cli-lrs-error = Learning Record Store settings: { $error }
cli-lrs-no-secret = No secret stored yet: give it in SOMEASPA_LRS_SECRET or with --secret-file, then run this again. Nothing is sent until then.
cli-lrs-saved = Connection saved: { $endpoint }
cli-lrs-none = (none)
cli-lrs-status = Endpoint: { $endpoint } · queued: { $queued } · sent: { $sent }
cli-lrs-last-error = Last error: { $error }
cli-sync-dry-run = Would send { $queued } statements (dry run: nothing sent).
cli-sync-done = Sent { $sent } statements; { $queued } still queued.
cli-sync-failed = Sending stopped: { $error }. The rest stays queued; run sync again later.
cli-sync-auth = The Learning Record Store refused the key and secret: { $error }. Nothing is lost; fix them with `someaspa lrs set` and sync again.
