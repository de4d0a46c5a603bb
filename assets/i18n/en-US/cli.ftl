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
