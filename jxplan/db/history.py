"""Triggers that write every change of the workspace's content into `history`, tied to the current action."""

from __future__ import annotations

import sqlite3

# Content whose every change must leave a trace; bookkeeping tables (action, history, meta) are not tracked.
TRACKED_TABLES = (
    "setting",
    "unit",
    "unit_alias",
    "unit_member",
    "plan",
    "plan_unit",
    "section",
    "task",
    "subitem",
    "key_work",
    "indicator",
    "indicator_value",
    "target",
    "assignment",
    "progress",
    "indicator_actual",
    "return_file",
    "merge_conflict",
)


def install_history_triggers(conn: sqlite3.Connection) -> None:
    """(Re)create the history triggers from the tables' current columns; called after every migration step."""
    for table in TRACKED_TABLES:
        cols = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if not cols:
            continue

        def as_json(alias: str, cols: list[str] = cols) -> str:
            return "json_object(" + ", ".join(f"'{c}', {alias}.{c}" for c in cols) + ")"

        action = "(SELECT max(id) FROM action)"
        for op, row_ref, old, new in (
            ("insert", "NEW", "NULL", as_json("NEW")),
            ("update", "NEW", as_json("OLD"), as_json("NEW")),
            ("delete", "OLD", as_json("OLD"), "NULL"),
        ):
            name = f"history_{table}_{op}"
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            when = ""
            if op == "update":
                # A no-op UPDATE (same values) is not a change worth a history row.
                when = "WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols)
            conn.execute(
                f"CREATE TRIGGER {name} AFTER {op.upper()} ON {table} {when} BEGIN "
                f"INSERT INTO history (action_id, tbl, row_id, op, old, new) "
                f"VALUES ({action}, '{table}', {row_ref}.rowid, '{op}', {old}, {new}); END"
            )
