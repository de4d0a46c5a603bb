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
