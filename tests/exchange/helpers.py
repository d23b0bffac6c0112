"""Fill a generated fill-in workbook the way a unit does (openpyxl ignores sheet protection), and snapshot a workspace."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from jxplan.exchange import contract as c

CONTENT_TABLES = ("progress", "indicator_actual", "return_file", "merge_conflict")


def header_cols(sheet) -> dict[str, int]:
    return {sheet.cell(c.HEADER_ROW, col).value: col for col in range(1, sheet.max_column + 1)}


def fill(path: Path, values: dict[str, dict[str, object]], out: Path | None = None, edit=None) -> Path:
    """Write `values` (uid → header → value) into the rows of those uids; `edit(wb)` may change more."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for sheet in wb.worksheets:
        if sheet.title in (c.SHEET_GUIDE, c.SHEET_META):
            continue
        cols = header_cols(sheet)
        for r in range(c.HEADER_ROW + 1, sheet.max_row + 1):
            uid = sheet.cell(r, cols[c.KEY]).value
            for header, value in values.get(uid, {}).items():
                sheet.cell(r, cols[header], value)
    if edit:
        edit(wb)
    out = out or path
    wb.save(out)
    return out


def uids(path: Path, sheet_name: str = c.SHEET_TASKS) -> list[str]:
    from openpyxl import load_workbook

    sheet = load_workbook(path)[sheet_name]
    col = header_cols(sheet)[c.KEY]
    return [sheet.cell(r, col).value for r in range(c.HEADER_ROW + 1, sheet.max_row + 1) if sheet.cell(r, col).value]


def fill_all(path: Path, out: Path | None = None, *, text: str = "已完成年度计划的七成") -> Path:
    """Every task and key-work row 序时推进 70%, every indicator a plausible number."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    values: dict[str, dict[str, object]] = {}
    for sheet in wb.worksheets:
        if sheet.title in (c.SHEET_GUIDE, c.SHEET_META):
            continue
        cols = header_cols(sheet)
        for r in range(c.HEADER_ROW + 1, sheet.max_row + 1):
            uid = sheet.cell(r, cols[c.KEY]).value
            if c.IND_ACTUAL in cols:
                target = sheet.cell(r, cols[c.IND_MILESTONE]).value or str(
                    sheet.cell(r, cols[c.IND_TARGET]).value or ""
                )
                number = "".join(ch for ch in str(target).split("（")[0] if ch.isdigit() or ch == ".") or "10"
                values[uid] = {c.IND_ACTUAL: number}
            else:
                values[uid] = {c.STATUS: "序时推进", c.PERCENT: 70, c.PROGRESS: text, c.NEXT_STEPS: "继续推进"}
    return fill(path, values, out)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """The merge-affected content of a closed workspace, without timestamps (for before/after comparisons)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for table in CONTENT_TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if not r[1].endswith("_at")]
            out[table] = sorted(tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {table}"))
        return out
    finally:
        conn.close()


def set_saved_at(path: Path, when: str) -> Path:
    """Rewrite dcterms:modified in docProps/core.xml (openpyxl always stamps the time of saving)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]+", rb"\g<1>" + when.encode() + b"Z", data)
            z.writestr(info, data)
    return path
