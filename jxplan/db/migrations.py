"""Schema versions in PRAGMA user_version: create, upgrade step by step after a backup, refuse newer files."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jxplan.db.connection import use_wal
from jxplan.db.history import install_history_triggers
from jxplan.errors import WorkspaceError

APPLICATION_ID = 0x4A58504C  # "JXPL": marks a SQLite file as a jxplan workspace

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Migration] = {}


def migration(version: int) -> Callable[[Migration], Migration]:
    """Register the step that brings a workspace from `version - 1` to `version`."""

    def register(fn: Migration) -> Migration:
        MIGRATIONS[version] = fn
        return fn

    return register


def _run_script(conn: sqlite3.Connection, name: str) -> None:
    sql = (Path(__file__).with_name(name)).read_text(encoding="utf-8")
    for statement in sql.split(";\n"):
        if statement.strip():
            conn.execute(statement)


@migration(1)
def _create_v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, "schema_v1.sql")


@migration(2)
def _exchange_v2(conn: sqlite3.Connection) -> None:
    """Superseded returns and merge conflicts awaiting the clerk (the exchange, issue 7)."""
    _run_script(conn, "schema_v2.sql")


@migration(3)
def _indicator_attribute_v3(conn: sqlite3.Connection) -> None:
    """An indicator's 属性 (预期性/约束性) from the 规划's indicator table, for the 指标进度表."""
    _run_script(conn, "schema_v3.sql")


def latest_version() -> int:
    return max(MIGRATIONS)


def check_workspace_file(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after making sure it is a jxplan workspace this program can open.

    Runs before anything writes to the file, so a foreign or newer file is left byte-for-byte as it was.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
        raise WorkspaceError(f"“{path.name}”是一个 SQLite 文件，但不是 jxplan 工作区")
    if current > latest_version():
        raise WorkspaceError(
            f"工作区“{path.name}”由更新版本的 jxplan 创建（数据版本 {current}），"
            f"本程序只能打开数据版本 {latest_version()} 及以下的工作区，请升级 jxplan 后再打开"
        )
    return current


def migrate(conn: sqlite3.Connection, path: Path, *, target: int | None = None) -> int:
    """Bring the workspace to `target` (default: latest); back the file up first when upgrading old data.

    Each step runs in its own transaction with its version bump, so a failed step leaves the file at the
    previous version. Returns the version reached.
    """
    target = latest_version() if target is None else target
    current = check_workspace_file(conn, path)
    use_wal(conn)
    if current >= target:
        return current
    if current > 0:
        backup(conn, path, current)
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            install_history_triggers(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return target


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the workspace to `<name>.v<version>-<timestamp>.bak` beside it (consistent, via SQLite's backup)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest_path = path.with_name(f"{path.stem}.v{version}-{stamp}.bak")
    dest = sqlite3.connect(dest_path)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return dest_path
