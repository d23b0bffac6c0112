"""The workspace's unit directory: seeded from resources/units.json, editable, matched by name and alias."""

from __future__ import annotations

import sqlite3

from jxplan.core.units import DEFAULT_JURISDICTION, Unit, UnitDirectory, normalize_name
from jxplan.errors import NotFoundError
from jxplan.services.workspace import Workspace


def ensure_directory(ws: Workspace) -> None:
    """Seed a new workspace with the shipped directory (an existing one keeps the clerk's edits)."""
    if ws.conn.execute("SELECT count(*) FROM unit").fetchone()[0] == 0:
        sync_directory(ws, UnitDirectory.load_default())


def sync_directory(ws: Workspace, directory: UnitDirectory) -> None:
    """Add the directory's jurisdictions, units, aliases and group members that the workspace lacks."""
    with ws.action("载入单位名录", kind="units") as conn:
        for name in directory.jurisdictions:
            conn.execute("INSERT OR IGNORE INTO jurisdiction (name) VALUES (?)", (name,))
        for name, parent in directory.parents.items():
            if parent:
                conn.execute("UPDATE jurisdiction SET parent = ? WHERE name = ?", (parent, name))
        for pos, unit in enumerate(directory.units):
            _upsert_unit(conn, unit, pos)
        for unit in directory.units:
            if unit.members:
                gid = _id_by_uid(conn, unit.code)
                for pos, member in enumerate(unit.members):
                    found = directory.resolve(member, unit.jurisdiction)
                    if found:
                        conn.execute(
                            "INSERT OR IGNORE INTO unit_member (group_id, member_id, position) VALUES (?, ?, ?)",
                            (gid, _id_by_uid(conn, found.code), pos),
                        )


def _upsert_unit(conn: sqlite3.Connection, unit: Unit, position: int) -> int:
    conn.execute("INSERT OR IGNORE INTO jurisdiction (name) VALUES (?)", (unit.jurisdiction,))
    row = conn.execute(
        "SELECT id FROM unit WHERE uid = ? OR (jurisdiction = ? AND name = ?)",
        (unit.code, unit.jurisdiction, unit.name),
    ).fetchone()
    if row:
        uid = row["id"]
    else:
        uid = conn.execute(
            "INSERT INTO unit (uid, name, jurisdiction, kind, full_name, position) VALUES (?, ?, ?, ?, ?, ?)",
            (unit.code, unit.name, unit.jurisdiction, unit.kind, unit.full_name, position),
        ).lastrowid
    for alias in unit.aliases:
        conn.execute("INSERT OR IGNORE INTO unit_alias (unit_id, alias) VALUES (?, ?)", (uid, alias))
    return uid


def _id_by_uid(conn: sqlite3.Connection, code: str) -> int:
    return conn.execute("SELECT id FROM unit WHERE uid = ?", (code,)).fetchone()["id"]


def load_directory(ws: Workspace) -> UnitDirectory:
    """The workspace's directory (with the clerk's edits) as a UnitDirectory whose unit codes are uids."""
    conn = ws.conn
    aliases: dict[int, list[str]] = {}
    for row in conn.execute("SELECT unit_id, alias FROM unit_alias ORDER BY rowid"):
        aliases.setdefault(row["unit_id"], []).append(row["alias"])
    members: dict[int, list[str]] = {}
    for row in conn.execute(
        "SELECT m.group_id, u.name FROM unit_member m JOIN unit u ON u.id = m.member_id ORDER BY m.group_id, m.position"
    ):
        members.setdefault(row["group_id"], []).append(row["name"])
    units = [
        Unit(
            code=r["uid"],
            name=r["name"],
            jurisdiction=r["jurisdiction"],
            kind=r["kind"],
            full_name=r["full_name"],
            aliases=tuple(aliases.get(r["id"], ())),
            members=tuple(members.get(r["id"], ())),
        )
        for r in conn.execute("SELECT * FROM unit WHERE known = 1 ORDER BY position, id")
    ]
    rows = conn.execute("SELECT name, parent FROM jurisdiction").fetchall()
    return UnitDirectory([r["name"] for r in rows], units, {r["name"]: r["parent"] for r in rows})


def new_unit_uid(prefix: str, jurisdiction: str, name: str) -> str:
    """A stable uid for a unit added in a workspace (x- found in a document, u- typed by the clerk)."""
    import hashlib  # only when a unit is added: opening the window has no use for OpenSSL

    return prefix + hashlib.sha1(f"{jurisdiction}|{name}".encode()).hexdigest()[:8]


def resolve_or_create(ws: Workspace, name: str, jurisdiction: str, directory: UnitDirectory | None = None) -> int:
    """The unit id for a name written in a document; an unknown name becomes a flagged unit (known = 0)."""
    directory = directory or load_directory(ws)
    found = directory.resolve(name, jurisdiction)
    conn = ws.conn
    if found:
        return _id_by_uid(conn, found.code)
    clean = normalize_name(name)
    row = conn.execute("SELECT id FROM unit WHERE jurisdiction = ? AND name = ?", (jurisdiction, clean)).fetchone()
    if row:
        return row["id"]
    uid = new_unit_uid("x-", jurisdiction, clean)
    with ws.action(f"新增单位“{clean}”", kind="units") as conn:
        conn.execute("INSERT OR IGNORE INTO jurisdiction (name) VALUES (?)", (jurisdiction,))
        return conn.execute(
            "INSERT INTO unit (uid, name, jurisdiction, kind, known, position) VALUES (?, ?, ?, 'other', 0, 9999)",
            (uid, clean, jurisdiction),
        ).lastrowid


def list_units(ws: Workspace) -> list[dict]:
    """The directory as plain records (for `jxplan units` and the directory screen)."""
    directory = load_directory(ws)
    known_ids = {r["uid"]: r for r in ws.conn.execute("SELECT id, uid, known FROM unit")}
    out = [
        {
            "id": known_ids[u.code]["id"],
            "code": u.code,
            "name": u.name,
            "full_name": u.full_name,
            "jurisdiction": u.jurisdiction,
            "kind": u.kind,
            "aliases": list(u.aliases),
            "members": list(u.members),
            "known": True,
        }
        for u in directory.units
    ]
    for r in ws.conn.execute("SELECT * FROM unit WHERE known = 0 ORDER BY id"):
        out.append(
            {
                "id": r["id"],
                "code": r["uid"],
                "name": r["name"],
                "full_name": "",
                "jurisdiction": r["jurisdiction"],
                "kind": r["kind"],
                "aliases": [],
                "members": [],
                "known": False,
            }
        )
    return out


def find_unit(ws: Workspace, name: str, jurisdiction: str | None = None) -> int:
    """The id of the unit a user named (name, alias or code); raise NotFoundError with a hint otherwise.

    Without a jurisdiction, 嘉兴市's unit wins when the same short name exists in several jurisdictions.
    """
    row = ws.conn.execute("SELECT id FROM unit WHERE uid = ?", (name,)).fetchone()
    if row:
        return row["id"]
    directory = load_directory(ws)
    scopes = [jurisdiction] if jurisdiction else [DEFAULT_JURISDICTION, *directory.jurisdictions]
    for scope in scopes:
        found = directory.resolve(name, scope)
        if found:
            return _id_by_uid(ws.conn, found.code)
    row = ws.conn.execute("SELECT id FROM unit WHERE name = ?", (normalize_name(name),)).fetchone()
    if row:
        return row["id"]
    raise NotFoundError(f"单位名录中没有“{name}”，可用 jxplan units 查看全部单位")


def unit_names(ws: Workspace) -> dict[int, str]:
    return {r["id"]: r["name"] for r in ws.conn.execute("SELECT id, name FROM unit")}


def group_members(ws: Workspace) -> dict[int, list[int]]:
    """Group unit id → member unit ids (各县（市、区）政府 → the nine county-level units)."""
    out: dict[int, list[int]] = {}
    for r in ws.conn.execute("SELECT group_id, member_id FROM unit_member ORDER BY position"):
        out.setdefault(r["group_id"], []).append(r["member_id"])
    return out
