"""Open a workspace database with the pragmas every connection needs, and classify SQLite failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jxplan.errors import WorkspaceError


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with foreign keys on and Row rows; transactions are explicit (BEGIN in Workspace.action)."""
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            # The GUI hands the writer connection to one worker thread at a time (a long merge); Workspace.action
            # serialises writes with a lock, so the thread check would only forbid that hand-over.
            conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    return conn


def use_wal(conn: sqlite3.Connection) -> None:
    """Switch a writer to WAL (readers never block the writer); only after the file is known to be ours."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Once copied into the file, a log grown large (a merge batch) is cut back at the next write, not kept.
    conn.execute("PRAGMA journal_size_limit = 4194304")


def explain(exc: sqlite3.Error, path: Path) -> WorkspaceError:
    """Turn an environmental SQLite error (full disk, read-only, corrupt, locked) into a Chinese message."""
    text = str(exc).lower()
    name = path.name
    if "disk is full" in text or "database or disk is full" in text:
        return WorkspaceError(f"磁盘已满，无法写入工作区“{name}”，本次操作未保存；请清理磁盘后重试")
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return WorkspaceError(f"工作区“{name}”是只读的（文件或文件夹没有写权限），本次操作未保存")
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return WorkspaceError(f"“{name}”不是有效的 jxplan 工作区文件，或文件已损坏")
    if "locked" in text or "busy" in text:
        return WorkspaceError(f"工作区“{name}”正被其他程序占用，请稍后重试")
    if "unable to open" in text:
        return WorkspaceError(f"无法打开工作区“{name}”：文件夹不存在或没有权限")
    return WorkspaceError(f"工作区“{name}”出错：{exc}")
