"""A workspace: one SQLite file, one writer, every user action one transaction with its history."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from jxplan.db.connection import connect, explain
from jxplan.db.lock import WriterLock
from jxplan.db.migrations import migrate
from jxplan.errors import WorkspaceError

WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default, restored after a batch


class Workspace:
    """An open workspace file. Use `with Workspace.open(path) as ws:`; write only inside `ws.action(...)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: WriterLock | None):
        self.path = path
        self.conn = conn
        self._lock = lock
        self._depth = 0
        # One writer: a worker thread's action (a long merge) and the GUI's edits never interleave.
        self._writer = threading.RLock()

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, readonly: bool = False) -> Workspace:
        """Open (and create or upgrade) a workspace; a writer takes the lock so a second writer is refused.

        A reader of a file written by an older jxplan first upgrades it (briefly as a writer), so reports and
        `jxplan plans` work on old workspaces too.
        """
        path = Path(path)
        if readonly and path.exists() and _needs_upgrade(path):
            cls.open(path, create=False).close()
        if not path.exists() and (readonly or not create):
            raise WorkspaceError(f"找不到工作区文件“{path}”")
        lock = None
        created = not path.exists()
        if not readonly:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(f"无法创建工作区所在的文件夹“{path.parent}”：{exc.strerror}") from exc
            lock = WriterLock(path)
            lock.acquire()
        try:
            conn = connect(path, readonly=readonly)
            try:
                if readonly:
                    _check_readable(conn, path)
                else:
                    migrate(conn, path)
            except sqlite3.Error as exc:
                conn.close()
                raise explain(exc, path) from exc
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            if created:
                # A half-made new file would be refused as "not a workspace" next time; its lock file goes with it.
                _remove_workspace_files(path, with_lock=lock is not None)
            raise
        ws = cls(path, conn, lock)
        if not readonly:
            from jxplan.services.units import ensure_directory

            ensure_directory(ws)
        return ws

    @property
    def readonly(self) -> bool:
        return self._lock is None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def action(
        self, summary: str, *, kind: str = "", actor: str = "", source: str = ""
    ) -> Iterator[sqlite3.Connection]:
        """One user action: a single transaction that applies whole or not at all, recorded in `action`/`history`.

        Nested calls join the outer action, so a service can be called alone or as part of a larger one.
        Actions from different threads wait for each other.
        """
        if self.readonly:
            raise WorkspaceError(f"工作区“{self.path.name}”以只读方式打开，不能修改")
        with self._writer:
            yield from self._action(summary, kind, actor, source)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many actions in a row (a merge of a hundred files): the write-ahead log is copied into the file once, at
        the end, instead of after every ~4 MB of it, so the same index and history pages are rewritten less often
        (~10% of a large merge). Each action still commits on its own; what is committed survives a crash in the
        log either way, and a checkpoint that fails at the end (a full disk) leaves it there for the next one.
        """
        if self.readonly:
            yield
            return
        with self._writer:  # not between the statements of another thread's action on this connection
            self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            with self._writer, contextlib.suppress(sqlite3.Error):
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits for a reader

    def _action(self, summary: str, kind: str, actor: str, source: str) -> Iterator[sqlite3.Connection]:
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(
                "INSERT INTO action (actor, kind, summary, source) VALUES (?, ?, ?, ?)",
                (actor or default_actor(), kind, summary, source),
            )
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise explain(exc, self.path) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")

    def last_action_id(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM action").fetchone()[0]


def _remove_workspace_files(path: Path, *, with_lock: bool = False) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", *((".jxplan-lock",) if with_lock else ())):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def default_actor() -> str:
    import getpass  # needs termios and pwd on Linux: only loaded when an action has no actor

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on some locked-down accounts
        return ""


def _needs_upgrade(path: Path) -> bool:
    from jxplan.db.migrations import latest_version

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False  # not a database: the normal open says so
    return 0 < version < latest_version()


def _check_readable(conn: sqlite3.Connection, path: Path) -> None:
    from jxplan.db.migrations import check_workspace_file, latest_version

    version = check_workspace_file(conn, path)
    if version == 0:
        raise WorkspaceError(f"“{path.name}”不是 jxplan 工作区")
    if version != latest_version():
        raise WorkspaceError(f"工作区“{path.name}”的数据版本为 {version}，需先以可写方式打开一次完成升级")
