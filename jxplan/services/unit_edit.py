"""Edit the unit directory by hand: units themselves, aliases (former names after 机构改革), group members.

Each function is one action; the alias and member edits return what undoes them.
"""

from __future__ import annotations

from jxplan.core.units import normalize_name
from jxplan.errors import NotFoundError, UserError
from jxplan.services.units import new_unit_uid
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


def save_unit(
    ws: Workspace,
    *,
    unit_id: int | None = None,
    name: str,
    jurisdiction: str,
    kind: str = "bureau",
    full_name: str = "",
    aliases: list[str] | tuple[str, ...] = (),
    members: list[int] | tuple[int, ...] = (),
) -> int:
    """Add a unit or change one (name, kind, aliases, group members) as one action; returns its id.

    A unit found in a document but unknown to the directory becomes known once the clerk saves it. Renaming
    keeps the old name as an alias, so documents that still use it keep matching.
    """
    clean = normalize_name(name)
    if not clean:
        raise UserError("单位名称不能为空")
    conn = ws.conn
    clash = conn.execute(
        "SELECT id FROM unit WHERE jurisdiction = ? AND name = ? AND id IS NOT ?", (jurisdiction, clean, unit_id)
    ).fetchone()
    if clash:
        raise UserError(f"{jurisdiction}已有名为“{clean}”的单位")
    with ws.action(f"保存单位“{clean}”", kind="units") as conn:
        conn.execute("INSERT OR IGNORE INTO jurisdiction (name) VALUES (?)", (jurisdiction,))
        if unit_id is None:
            uid = new_unit_uid("u-", jurisdiction, clean)
            unit_id = conn.execute(
                "INSERT INTO unit (uid, name, jurisdiction, kind, full_name, position) "
                "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM unit))",
                (uid, clean, jurisdiction, kind, full_name),
            ).lastrowid
        else:
            old = conn.execute("SELECT name FROM unit WHERE id = ?", (unit_id,)).fetchone()
            if old is None:
                raise NotFoundError(f"没有编号为 {unit_id} 的单位")
            conn.execute(
                "UPDATE unit SET name = ?, jurisdiction = ?, kind = ?, full_name = ?, known = 1 WHERE id = ?",
                (clean, jurisdiction, kind, full_name, unit_id),
            )
            if old["name"] != clean:
                aliases = [*aliases, old["name"]]
        conn.execute("DELETE FROM unit_alias WHERE unit_id = ?", (unit_id,))
        for alias in dict.fromkeys(a.strip() for a in aliases):
            if alias and alias != clean:
                conn.execute("INSERT INTO unit_alias (unit_id, alias) VALUES (?, ?)", (unit_id, alias))
        set_members(ws, unit_id, list(members))
    return unit_id


def delete_unit(ws: Workspace, unit_id: int) -> None:
    """Remove a unit nobody refers to; a unit with assignments or progress is refused with the reason."""
    conn = ws.conn
    uses = conn.execute(
        "SELECT (SELECT count(*) FROM assignment WHERE unit_id = :u) + (SELECT count(*) FROM plan_unit WHERE unit_id = :u)"
        " AS assigned, (SELECT count(*) FROM progress WHERE unit_id = :u)"
        " + (SELECT count(*) FROM indicator_actual WHERE unit_id = :u) AS reported",
        {"u": unit_id},
    ).fetchone()
    name = conn.execute("SELECT name FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if name is None:
        raise NotFoundError(f"没有编号为 {unit_id} 的单位")
    if uses["assigned"] or uses["reported"]:
        raise UserError(
            f"“{name['name']}”仍是{uses['assigned']}项任务或指标的责任单位、有{uses['reported']}条填报记录，不能删除；"
            "可以改名或合并到其他单位"
        )
    with ws.action(f"删除单位“{name['name']}”", kind="units") as conn:
        conn.execute("DELETE FROM unit WHERE id = ?", (unit_id,))


def merge_units(ws: Workspace, source_id: int, target_id: int) -> None:
    """Fold a duplicate unit (often an unknown name from a document) into the real one, keeping its name as alias."""
    conn = ws.conn
    source = conn.execute("SELECT name FROM unit WHERE id = ?", (source_id,)).fetchone()
    if source is None or source_id == target_id:
        raise NotFoundError("要合并的单位不存在")
    with ws.action(f"合并单位“{source['name']}”", kind="units") as conn:
        tables = ("assignment", "plan_unit", "progress", "indicator_actual")
        for table in tables:
            # Rows the target already has for the same item stay; the duplicate's are dropped with the unit.
            conn.execute(f"UPDATE OR IGNORE {table} SET unit_id = ? WHERE unit_id = ?", (target_id, source_id))
            conn.execute(f"DELETE FROM {table} WHERE unit_id = ?", (source_id,))
        conn.execute("UPDATE OR IGNORE unit_member SET member_id = ? WHERE member_id = ?", (target_id, source_id))
        conn.execute("INSERT OR IGNORE INTO unit_alias (unit_id, alias) VALUES (?, ?)", (target_id, source["name"]))
        conn.execute("DELETE FROM unit WHERE id = ?", (source_id,))
