"""Edit a plan's tasks by hand: change text and units, add, remove, reorder; each edit one action, each undoable.

Every function returns what the GUI needs to undo it (the previous values, or a snapshot of a removed task).
"""

from __future__ import annotations

from jxplan.errors import UserError
from jxplan.services.workspace import Workspace

TASK_FIELDS = ("section_id", "number", "title", "text", "deadline_text", "deadline")


def _task_row(ws: Workspace, task_id: int) -> dict:
    row = ws.conn.execute("SELECT * FROM task WHERE id = ?", (task_id,)).fetchone()
    if row is None:
        raise UserError(f"任务 {task_id} 已不存在（可能已被删除）")
    return dict(row)


def update_task(ws: Workspace, task_id: int, fields: dict) -> dict:
    """Change some of a task's fields (number, title, text, deadline_text, section_id); return their old values."""
    bad = set(fields) - set(TASK_FIELDS)
    if bad:
        raise ValueError(f"不能修改的字段：{bad}")
    before = _task_row(ws, task_id)
    with ws.action(f"修改任务“{before['number']} {before['title']}”", kind="plan_edit") as conn:
        conn.execute(
            f"UPDATE task SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", (*fields.values(), task_id)
        )
    return {k: before[k] for k in fields}


def task_units(ws: Workspace, task_id: int) -> list[tuple[int, str]]:
    """The task's units in order as (unit id, role)."""
    return units_of(ws, "task_id", task_id)


def units_of(ws: Workspace, column: str, item_id: int) -> list[tuple[int, str]]:
    rows = ws.conn.execute(f"SELECT unit_id, role FROM assignment WHERE {column} = ? ORDER BY position", (item_id,))
    return [(r["unit_id"], r["role"]) for r in rows]


def check_units(units: list[tuple[int, str]], what: str = "任务") -> None:
    if len({u for u, _ in units}) != len(units):
        raise UserError(f"同一个单位不能在一项{what}中出现两次")
    if any(role not in ("lead", "coop") for _, role in units):
        raise UserError("职责只能是牵头或配合")


def write_units(conn, column: str, item_id: int, units: list[tuple[int, str]]) -> None:
    """Replace an item's assignments (`column` is task_id, indicator_id or key_work_id) inside the caller's action.

    A unit that stays keeps the text the document named it by (`raw`), so undoing an edit restores it exactly.
    """
    raw = dict(conn.execute(f"SELECT unit_id, raw FROM assignment WHERE {column} = ?", (item_id,)).fetchall())
    conn.execute(f"DELETE FROM assignment WHERE {column} = ?", (item_id,))
    conn.executemany(
        f"INSERT INTO assignment ({column}, unit_id, role, raw, position) VALUES (?, ?, ?, ?, ?)",
        [(item_id, unit_id, role, raw.get(unit_id, ""), pos) for pos, (unit_id, role) in enumerate(units)],
    )


def set_task_units(ws: Workspace, task_id: int, units: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Replace a task's units (lead first is the convention, not a rule); return the previous list."""
    check_units(units)
    before = task_units(ws, task_id)
    row = _task_row(ws, task_id)
    with ws.action(f"调整任务“{row['number']} {row['title']}”的责任单位", kind="plan_edit") as conn:
        write_units(conn, "task_id", task_id, units)
    return before


def edit_task(
    ws: Workspace, task_id: int, *, fields: dict | None = None, units: list[tuple[int, str]] | None = None
) -> dict:
    """Change a task's fields and/or units as one action (one undo step); return the arguments that undo it."""
    row = _task_row(ws, task_id)
    before: dict = {}
    with ws.action(f"修改任务“{row['number']} {row['title']}”", kind="plan_edit"):  # the two below join it
        if fields:
            before["fields"] = update_task(ws, task_id, fields)
        if units is not None:
            before["units"] = set_task_units(ws, task_id, units)
    return before


def add_task(
    ws: Workspace, plan_id: int, *, title: str, text: str = "", number: str = "", section_id: int | None = None,
    after_task_id: int | None = None,
) -> int:  # fmt: skip
    """A new task after `after_task_id` (else at the end), with a new stable uid; returns its id."""
    if not title.strip():
        raise UserError("任务名称不能为空")
    plan = ws.conn.execute("SELECT uid, next_seq FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if after_task_id is not None:
        position = _task_row(ws, after_task_id)["position"] + 1
    else:
        position = ws.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM task WHERE plan_id = ?", (plan_id,)
        ).fetchone()[0]
    with ws.action(f"新增任务“{title.strip()}”", kind="plan_edit") as conn:
        conn.execute("UPDATE task SET position = position + 1 WHERE plan_id = ? AND position >= ?", (plan_id, position))
        conn.execute("UPDATE plan SET next_seq = next_seq + 1 WHERE id = ?", (plan_id,))
        return conn.execute(
            "INSERT INTO task (uid, plan_id, section_id, number, title, text, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (f"{plan['uid']}-T{plan['next_seq']:03d}", plan_id, section_id, number, title.strip(),
             text.strip() or title.strip(), position),
        ).lastrowid  # fmt: skip


def snapshot_task(ws: Workspace, task_id: int) -> dict:
    """Everything stored for a task except progress: enough to put it back exactly (same id and uid)."""
    conn = ws.conn
    return {
        "task": _task_row(ws, task_id),
        "subitems": [dict(r) for r in conn.execute("SELECT * FROM subitem WHERE task_id = ?", (task_id,))],
        "assignments": [dict(r) for r in conn.execute("SELECT * FROM assignment WHERE task_id = ?", (task_id,))],
        "targets": [dict(r) for r in conn.execute("SELECT * FROM target WHERE task_id = ?", (task_id,))],
    }


def remove_task(ws: Workspace, task_id: int) -> dict:
    """Remove a task that has no progress yet; return its snapshot (a task with progress is kept: nothing is lost)."""
    if ws.conn.execute("SELECT 1 FROM progress WHERE task_id = ? LIMIT 1", (task_id,)).fetchone():
        raise UserError("这项任务已有填报的进展，不能删除；如确实不再考核，可修改其名称注明“已调整”")
    snap = snapshot_task(ws, task_id)
    task = snap["task"]
    with ws.action(f"删除任务“{task['number']} {task['title']}”", kind="plan_edit") as conn:
        conn.execute("DELETE FROM task WHERE id = ?", (task_id,))
        conn.execute(
            "UPDATE task SET position = position - 1 WHERE plan_id = ? AND position > ?",
            (task["plan_id"], task["position"]),
        )
    return snap


def restore_task(ws: Workspace, snap: dict) -> int:
    """Put a removed task back where it was, with its id, uid, sub-items, units and targets."""
    task = snap["task"]
    with ws.action(f"恢复任务“{task['number']} {task['title']}”", kind="plan_edit") as conn:
        conn.execute(
            "UPDATE task SET position = position + 1 WHERE plan_id = ? AND position >= ?",
            (task["plan_id"], task["position"]),
        )
        for table, rows in (("task", [task]), *((t, snap[k]) for t, k in (
            ("subitem", "subitems"), ("assignment", "assignments"), ("target", "targets")))):  # fmt: skip
            for row in rows:
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
                )
    return task["id"]


def move_task(ws: Workspace, task_id: int, delta: int) -> bool:
    """Swap a task with its neighbour above (delta −1) or below (+1); False at either end."""
    task = _task_row(ws, task_id)
    other = ws.conn.execute(
        "SELECT id, position FROM task WHERE plan_id = ? AND position = ?", (task["plan_id"], task["position"] + delta)
    ).fetchone()
    if other is None:
        return False
    with ws.action(f"调整任务“{task['number']} {task['title']}”的顺序", kind="plan_edit") as conn:
        conn.execute("UPDATE task SET position = ? WHERE id = ?", (other["position"], task_id))
        conn.execute("UPDATE task SET position = ? WHERE id = ?", (task["position"], other["id"]))
    return True
