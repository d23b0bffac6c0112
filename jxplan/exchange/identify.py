"""Which plan, period and unit a returned file reports for: from the hidden meta sheet, else inferred.

An inferred identity is only a guess (the file was pasted into a new workbook or came as CSV): the merge asks
the clerk to confirm it before anything is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jxplan.core.periods import Period
from jxplan.errors import InputFileError, NotFoundError
from jxplan.exchange import contract as c
from jxplan.exchange.normalize import cell_text, fold
from jxplan.exchange.reader import Book, Sheet
from jxplan.services.units import find_unit
from jxplan.services.workspace import Workspace

_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4}
_PERIOD = re.compile(
    r"(\d{4})\s*年\s*(?:第([一二三四])季度|([上下])半年|全年|年度)|(\d{4})[Qq]([1-4])|(\d{4})[Hh]([12])"
)
_UNIT = re.compile(r"填报单位[：:]\s*([^\s　，,；;（(]+)")
_PLAN_TITLE = re.compile(r"《([^》]+)》")
UID = re.compile(r"^([A-Za-z0-9]+)-([TKI])(\d+)$")


@dataclass(frozen=True)
class Identity:
    plan_id: int
    plan_uid: str
    plan_title: str
    period: Period
    unit_id: int
    unit_name: str
    inferred: bool  # True: guessed from titles, headers and names; the clerk must confirm
    locked_sha256: str = ""
    template_version: str = ""


def meta_of(book: Book) -> dict[str, str] | None:
    """The key/value pairs of the hidden meta sheet, wherever it went (renamed, made visible)."""
    for sheet in book.sheets:
        rows = sheet.rows
        if rows and len(rows[0]) >= 2 and cell_text(rows[0][0]) == "format" and cell_text(rows[0][1]) == c.FORMAT_TAG:
            return {cell_text(r[0]): cell_text(r[1]) for r in rows if len(r) >= 2 and cell_text(r[0])}
    return None


def identify(ws: Workspace, book: Book) -> Identity:
    """Identify the file's plan, period and unit; raise InputFileError saying what could not be found."""
    meta = meta_of(book)
    if meta:
        return _from_meta(ws, book, meta)
    return _infer(ws, book)


def _plan_by_uid(ws: Workspace, uid: str):
    return ws.conn.execute("SELECT id, uid, title FROM plan WHERE uid = ?", (uid,)).fetchone()


def _from_meta(ws: Workspace, book: Book, meta: dict[str, str]) -> Identity:
    plan = _plan_by_uid(ws, meta.get("plan_uid", ""))
    if plan is None:
        raise InputFileError(
            f"这是《{meta.get('plan_title', '')}》的填报表，本工作区中没有这个方案（方案编号 {meta.get('plan_uid', '')}）",
            where=book.path.name,
        )
    try:
        period = Period.parse(meta.get("period", ""))
    except ValueError as exc:
        raise InputFileError(
            f"文件中记录的报告期“{meta.get('period', '')}”无法识别，文件可能被改动过，请重新生成填报表",
            where=book.path.name,
        ) from exc
    row = ws.conn.execute("SELECT id, name FROM unit WHERE uid = ?", (meta.get("unit_uid", ""),)).fetchone()
    if row is None:
        try:
            unit_id = find_unit(ws, meta.get("unit_name", ""))
        except NotFoundError as exc:
            raise InputFileError(
                f"填报单位“{meta.get('unit_name', '')}”不在本工作区的单位名录中", where=book.path.name
            ) from exc
        row = ws.conn.execute("SELECT id, name FROM unit WHERE id = ?", (unit_id,)).fetchone()
    return Identity(
        plan["id"],
        plan["uid"],
        plan["title"],
        period,
        row["id"],
        row["name"],
        False,
        meta.get("locked_sha256", ""),
        meta.get("template_version", ""),
    )


def _head_texts(book: Book) -> list[str]:
    """File name, then the first rows of every sheet: where titles and 填报单位 lines are."""
    texts = [book.path.stem]
    for sheet in book.sheets:
        for row in sheet.rows[:6]:
            texts += [cell_text(v) for v in row[:12] if v not in ("", None)]
    return texts


def _infer(ws: Workspace, book: Book) -> Identity:
    texts = _head_texts(book)
    joined = "\n".join(texts)
    period = next((p for p in (_period_in(t) for t in texts) if p), None)
    unit_id = unit_name = None
    candidates = [m.group(1) for m in _UNIT.finditer(joined)]
    stem = book.path.stem.split("_")
    if len(stem) >= 3 and stem[-1].startswith("填报"):
        candidates.append(stem[-2])
    for name in candidates:
        try:
            unit_id = find_unit(ws, name)
            unit_name = ws.conn.execute("SELECT name FROM unit WHERE id = ?", (unit_id,)).fetchone()["name"]
            break
        except NotFoundError:
            continue
    plan = _plan_from_keys(ws, book.sheets)
    if plan is None:
        for title in _PLAN_TITLE.findall(joined):
            plan = ws.conn.execute("SELECT id, uid, title FROM plan WHERE title = ?", (title,)).fetchone()
            if plan:
                break
    missing = [what for what, found in (("方案", plan), ("报告期", period), ("填报单位", unit_id)) if not found]
    if missing:
        raise InputFileError(
            f"这不是本系统生成的填报表，也无法从标题、表头和文件名判断{'、'.join(missing)}；"
            "请使用本系统生成的填报表填写，或在文件名中写明“报告期_单位_填报表”",
            where=book.path.name,
        )
    return Identity(plan["id"], plan["uid"], plan["title"], period, unit_id, unit_name, True)


def _period_in(text: str) -> Period | None:
    m = _PERIOD.search(fold(text) if "年" not in text else text)
    if not m:
        return None
    if m.group(1):
        year = int(m.group(1))
        if m.group(2):
            return Period(year, "Q", _CN_Q[m.group(2)])
        if m.group(3):
            return Period(year, "H", 1 if m.group(3) == "上" else 2)
        return Period(year)
    if m.group(4):
        return Period(int(m.group(4)), "Q", int(m.group(5)))
    return Period(int(m.group(6)), "H", int(m.group(7)))


def _plan_from_keys(ws: Workspace, sheets: list[Sheet]):
    """The plan whose uid prefixes most of the 编号 cells (P1A2B3C-T001 → P1A2B3C)."""
    counts: dict[str, int] = {}
    for sheet in sheets:
        for row in sheet.rows[:400]:
            for v in row[:3]:
                m = UID.match(fold(cell_text(v)))
                if m:
                    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for uid in sorted(counts, key=counts.get, reverse=True):
        plan = _plan_by_uid(ws, uid)
        if plan:
            return plan
    return None
