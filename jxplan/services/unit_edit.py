"""Edit the unit directory by hand: aliases (former names after 机构改革), the members of a group term.

Each function is one action and returns what undoes it.
"""

from __future__ import annotations

from jxplan.core.units import normalize_name
from jxplan.errors import UserError
from jxplan.services.workspace import Workspace


def _name(ws: Workspace, unit_id: int) -> str:
    row = ws.conn.execute("SELECT name FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise UserError(f"单位 {unit_id} 不存在")
    return row["name"]


def aliases(ws: Workspace, unit_id: int) -> list[str]:
    return [
        r["alias"] for r in ws.conn.execute("SELECT alias FROM unit_alias WHERE unit_id = ? ORDER BY rowid", (unit_id,))
    ]


def add_alias(ws: Workspace, unit_id: int, alias: str) -> str:
    """Let documents that use `alias` find this unit; refused when the name already means another unit here."""
    clean = normalize_name(alias)
    if not clean:
        raise UserError("别名不能为空")
    jurisdiction = ws.conn.execute("SELECT jurisdiction FROM unit WHERE id = ?", (unit_id,)).fetchone()[0]
    clash = ws.conn.execute(
        "SELECT u.name FROM unit u LEFT JOIN unit_alias a ON a.unit_id = u.id WHERE u.jurisdiction = ? AND u.id != ? "
        "AND (u.name = ? OR a.alias = ?) LIMIT 1",
        (jurisdiction, unit_id, clean, clean),
    ).fetchone()
    if clash:
        raise UserError(f"“{clean}”已是“{clash['name']}”的名称或别名，不能再作为“{_name(ws, unit_id)}”的别名")
    with ws.action(f"为“{_name(ws, unit_id)}”增加别名“{clean}”", kind="units") as conn:
        conn.execute("INSERT OR IGNORE INTO unit_alias (unit_id, alias) VALUES (?, ?)", (unit_id, clean))
    return clean


def remove_alias(ws: Workspace, unit_id: int, alias: str) -> None:
    with ws.action(f"删除“{_name(ws, unit_id)}”的别名“{alias}”", kind="units") as conn:
        conn.execute("DELETE FROM unit_alias WHERE unit_id = ? AND alias = ?", (unit_id, alias))


def members(ws: Workspace, group_id: int) -> list[int]:
    rows = ws.conn.execute("SELECT member_id FROM unit_member WHERE group_id = ? ORDER BY position", (group_id,))
    return [r["member_id"] for r in rows]


def set_members(ws: Workspace, group_id: int, member_ids: list[int]) -> list[int]:
    """Replace the units a group term (各县（市、区）政府) stands for; return the previous members."""
    if group_id in member_ids:
        raise UserError("群体称谓不能包含它自己")
    before = members(ws, group_id)
    with ws.action(f"调整“{_name(ws, group_id)}”包含的单位", kind="units") as conn:
        conn.execute("DELETE FROM unit_member WHERE group_id = ?", (group_id,))
        for pos, member in enumerate(member_ids):
            conn.execute(
                "INSERT INTO unit_member (group_id, member_id, position) VALUES (?, ?, ?)", (group_id, member, pos)
            )
    return before
