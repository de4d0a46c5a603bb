# Reading files: why a file could not be used.

file-not-found = { $path }: there is no such file
file-not-regular = { $path } is { $kind ->
        [directory] a folder
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] not a regular file
    }, not a file: only regular files are read
file-too-large = { $path } is { NUMBER($size) } KB; files of this kind may be at most { NUMBER($limit) } KB
file-io = could not read { $path }: { $error }

file-short-not-found = there is no such file
file-short-not-regular = this is { $kind ->
        [directory] a folder
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] not a regular file
    }, not a file: only regular files are read
file-short-too-large = the file is { NUMBER($size) } KB; files of this kind may be at most { NUMBER($limit) } KB
file-short-io = could not read the file: { $error }

## The core's errors, in words (src/messages.rs)
err-io = { $path }: { $kind ->
        [not-found] there is no such file or folder
        [permission] permission denied
        [full] the disk is full
        [read-only] the disk is read-only
        [exists] it already exists
        [is-folder] it is a folder
        [not-folder] a part of the path is not a folder
       *[other] the system refused ({ $detail })
    }
err-io-bare = the system refused ({ $detail })
err-not-a-folder = the data folder { $path } is a file, not a folder
err-store-sqlite = the progress store could not be used ({ $detail })
err-store-corrupt = the progress store has an unreadable { $what } ({ $detail })
err-profile-name = “{ $name }” cannot be a profile name: a name is not blank, has no control characters and is at most { $max } characters long
err-file-invalid = { $path } is not valid: { $detail }
err-doc-serialize = the scenario could not be written as RON ({ $detail })
err-doc-changed = { $path } was changed by someone else since it was opened; save it elsewhere or reopen it
err-doc-no-path = choose where to save first
err-pack-not-empty = { $path } is not empty: choose a new folder so nothing is overwritten
err-pack-nothing = there are no scenarios to export
err-pack-unknown = there is no scenario with id { $id }
err-pack-invalid = the pack has { $count } problem(s); nothing was imported
err-pack-clash = the { $kind } "{ $id }" in the pack differs from the one installed; rename it in the pack
err-pack-ron = could not write RON ({ $detail })
err-pin-damaged = the stored PIN at { $path } is damaged: remove the file to set a new PIN
err-pin-hash = the PIN could not be hashed ({ $detail })
err-csv = the CSV could not be written ({ $detail })
err-json = the JSON could not be written ({ $detail })
err-not-an-export = this is not a Someaspa progress export ({ $detail })
err-export-too-new = the export has format version { $version }, newer than this version of Someaspa reads
err-export-invalid = attempt { $index } ({ $uid }) in the file does not hold together: { $detail }
err-shift-no-scenarios = there are no scenarios in language "{ $lang }" for a shift
err-shift-not-arrived = that post has not arrived yet
err-shift-handled = that post was already handled
err-shift-over = the shift is over
err-shift-other = the shift could not go on ({ $detail })
err-lrs-unreachable = the Learning Record Store did not answer ({ $detail })
err-lrs-auth = the Learning Record Store refused the key and secret (HTTP { $status })
err-lrs-rejected = the Learning Record Store answered HTTP { $status }: { $detail }
err-lrs-invalid = the Learning Record Store's answer could not be read ({ $detail })
err-lrs-setting = { $detail }
