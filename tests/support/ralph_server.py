"""Runs the Ralph LRS (https://github.com/openfun/ralph) for Someaspa's integration tests.

Usage: python ralph_server.py HOST PORT DATA_DIR   (RALPH_APP_DIR must hold auth.json)

Why not `ralph runserver`: it starts uvicorn with a file-watching reloader in a second
process (killing the parent can leave the server running), and Ralph 5.1's file-system
backend writes statements with the "create" operation, which refuses any write to its one
file after the first: a second POST of new statements fails with HTTP 500 ("Statements bulk
indexation failed"). This runs the same Ralph app in one process, with the file-system
backend appending, so the tests can kill and restart it and post many batches. Everything
else (validation, authentication, duplicate ids, paging) is Ralph's own.
"""

import os
import sys

host, port, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = data

from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402

uvicorn.run("ralph.api:app", host=host, port=port, log_level="warning", workers=1, reload=False)
