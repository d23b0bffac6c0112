"""A second writer connection to an open workspace, for background work in another thread.

sqlite3 connections cannot cross threads, and a second `Workspace.open` in the same process would be refused by
the process's own writer lock. The worker's workspace shares the lock of the one the window holds; the window
must not write while the worker runs (its progress dialog is window-modal).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from jxplan.db.connection import connect
from jxplan.services.workspace import Workspace


@contextlib.contextmanager
def worker_workspace(ws: Workspace) -> Iterator[Workspace]:
    """Open in the worker thread; closes its connection but leaves the shared lock with `ws`."""
    conn = connect(ws.path)
    try:
        yield Workspace(ws.path, conn, ws._lock)  # the lock object stays owned (and released) by `ws`
    finally:
        conn.close()
