"""Validate a returned file's rows against the unit's slice: every cell checked, every problem located.

A row is accepted whole or rejected whole; locked text that was edited is reported and never applied.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from jxplan.core.model import Plan
from jxplan.core.status import Status
from jxplan.errors import NotFoundError
from jxplan.exchange import contract as c
from jxplan.exchange.identify import UID, Identity
from jxplan.exchange.items import PlanSlices, SliceItem, same_text
from jxplan.exchange.normalize import (
    CellProblem,
    cell_text,
    fold,
    implausible,
    parse_number,
    parse_percent_done,
    parse_status,
)
from jxplan.exchange.reader import Book, Sheet
from jxplan.services.progress import plan_actuals
from jxplan.services.units import find_unit
from jxplan.services.workspace import Workspace

HEADER_SEARCH_ROWS = 20
_ALIASES = {fold(h): h for kind in c.SHEET_KINDS for h in (*kind.locked, *kind.inputs)}
_ALIASES.update({fold(a): c.PERCENT for a in ("完成进度", "完成进度%", "进度(%)", "完成比例(%)")})
_ALIASES.update({fold(a): c.IND_ACTUAL for a in ("本期完成", "完成值", "本期实际值")})
_ALIASES.update({fold(a): a for a in c.REPORTING_UNIT})
_NARRATIVE = ((c.PROGRESS, "progress"), (c.PROBLEMS, "problems"), (c.NEXT_STEPS, "next_steps"))


_BY_KEY = attrgetter("uid")
# The same few values come back in thousands of cells. Cached by type as well (1 and 1.0 and True read
# differently); zero is not cached, since -0.0 == 0.0 but they would be stored differently.
_status = functools.lru_cache(maxsize=256, typed=True)(parse_status)
_percent_done = functools.lru_cache(maxsize=4096, typed=True)(parse_percent_done)
_number = functools.lru_cache(maxsize=4096, typed=True)(parse_number)
_float_text = functools.lru_cache(maxsize=4096)(cell_text)  # floats only: -0.0 and 0.0 both read "0"
_STATUS_STR = {s: str(s) for s in Status}  # str() of an Enum member is slow; every task row has a status


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    expected: str = ""
    key: str = ""

    def as_dict(self) -> dict:
        return {"where": self.where, "key": self.key, "message": self.message, "expected": self.expected}


@dataclass
class RowInput:
    """One accepted row: the item and the fields the unit filled (blank cells are absent, never erase)."""

    kind: str  # task | key_work | indicator
    item_id: int
    uid: str
    where: str  # sheet!row, e.g. 重点任务!7
    fields: dict[str, object]


@dataclass
class Parsed:
    rows: list[RowInput] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rejected: int = 0
    blank: int = 0

    def content_sha256(self, ident: Identity) -> str:
        """What the return says, as stored with each merged return (the same content sent again changes nothing):
        sha256 of the JSON of [plan, period, unit, [key, [[field, str(value)] …by field]] …by key]."""
        data = [ident.plan_uid, ident.period.code, ident.unit_id]
        # A key is accepted once per return, so ordering the rows by key orders them as ordering the whole lists.
        data += [
            [
                r.uid,
                [
                    (k, v if type(v) is str else _STATUS_STR[v] if type(v) is Status else str(v))
                    for k, v in sorted(r.fields.items())
                ],
            ]
            for r in sorted(self.rows, key=_BY_KEY)
        ]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False, check_circular=False).encode()).hexdigest()


def col_letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def parse_rows(ws: Workspace, plan: Plan, ident: Identity, book: Book, slices: PlanSlices | None = None) -> Parsed:
    """Every row of the returned file checked against the unit's slice (`slices`: shared across a merge run)."""
    out = Parsed()
    slices = slices or PlanSlices(ws, plan, ident.period)
    items = slices.of(ident.unit_id)
    by_uid = {it.uid: it for rows in items.values() for it in rows}
    plan_uids = {i.uid: i for i in (*plan.tasks, *plan.indicators, *plan.key_works)}
    name = book.path.name
    if ident.locked_sha256 and ident.locked_sha256 != slices.digest(items):
        out.warnings.append(
            Problem(name, "方案的任务或指标在生成本填报表之后有过修改；已按编号对应，锁定内容以工作区中的为准")
        )
    ctx = _RowContext(ws, plan, ident, by_uid, plan_uids, out, slices)
    seen: dict[str, str] = {}
    found_any = False
    for sheet in book.sheets:
        header = _find_header(sheet)
        if header is None:
            continue
        row_index, cols, kind = header
        found_any = True
        missing = [h for h in kind.inputs if h not in cols]
        if len(missing) == len(kind.inputs):
            out.errors.append(
                Problem(
                    f"{sheet.name}!{row_index + 1}", f"工作表“{sheet.name}”中没有可填报的列", "、".join(kind.inputs)
                )
            )
            continue
        for h in missing:
            out.warnings.append(Problem(f"{sheet.name}!{row_index + 1}", f"没有找到“{h}”列，该项未读取"))
        covered = _merged_rows(sheet, row_index, [cols[h] for h in kind.inputs if h in cols])
        layout = _Layout(sheet.name, kind, cols)
        for r in range(row_index + 1, len(sheet.rows)):
            ctx.row(sheet.rows[r], layout, r, covered.get(r), seen)
        if sheet.skipped_empty_tail:
            out.warnings.append(Problem(sheet.name, "表格末尾有大量空行，已忽略"))
    if not found_any:
        out.errors.append(
            Problem(
                name, "文件中没有找到填报表的表头（应有“编号”和“完成状态”或“本期完成值”等列）", "本系统生成的填报表"
            )
        )
    return out


def _find_header(sheet: Sheet) -> tuple[int, dict[str, int], c.SheetKind] | None:
    """(row index, header → column, kind) of the first row holding 编号 and a sheet kind's input headers."""
    for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        cols: dict[str, int] = {}
        for i, v in enumerate(row):
            h = _ALIASES.get(fold(cell_text(v)))
            if h and h not in cols:
                cols[h] = i
        if c.KEY not in cols:
            continue
        if c.IND_ACTUAL in cols:
            return r, cols, c.INDICATORS
        if c.STATUS in cols or c.PROGRESS in cols:
            return r, cols, c.KEY_WORKS if "重点工作" in cols and "重点任务" not in cols else c.TASKS
    return None


def _merged_rows(sheet: Sheet, header_row: int, input_cols: list[int]) -> dict[int, tuple[int, int]]:
    """Data rows under a merge that spans several rows in an input column → (first row, last row)."""
    out: dict[int, tuple[int, int]] = {}
    for r0, c0, r1, c1 in sheet.merged:
        if r1 > r0 and r1 > header_row and any(c0 <= col <= c1 for col in input_cols):
            for r in range(max(r0, header_row + 1), r1 + 1):
                out[r] = (r0, r1)
    return out


class _Layout:
    """Where a data sheet's headers are: the columns read for every row, picked in one call."""

    __slots__ = ("cols", "headers", "inputs", "kind", "last", "pick", "sheet", "unit_cols")

    def __init__(self, sheet: str, kind: c.SheetKind, cols: dict[str, int]):
        self.sheet, self.kind, self.cols = sheet, kind, cols
        self.headers = tuple(cols)
        # A header row has 编号 and at least one input column, so itemgetter always returns a tuple.
        self.pick = itemgetter(*cols.values())
        self.last = max(cols.values())
        self.inputs = kind.inputs
        self.unit_cols = tuple(h for h in c.REPORTING_UNIT if h in cols)

    def texts(self, cells: list) -> dict[str, str]:
        """Each read cell of a row as text (a short row's missing cells are blank)."""
        if len(cells) > self.last:
            values = self.pick(cells)
        else:
            values = self.pick([*cells, *[""] * (self.last + 1 - len(cells))])
        # Most cells are text: cell_text's first case, inlined (ten cells a row, thousands of rows a return);
        # most others are the same few numbers.
        texts = [v.strip() if type(v) is str else _float_text(v) if type(v) is float else cell_text(v) for v in values]
        return dict(zip(self.headers, texts, strict=True))


class _RowContext:
    def __init__(self, ws: Workspace, plan: Plan, ident: Identity, by_uid, plan_uids, out: Parsed, slices: PlanSlices):
        self.ws, self.plan, self.ident, self.slices = ws, plan, ident, slices
        self.by_uid: dict[str, SliceItem] = by_uid
        self.plan_uids = plan_uids
        self.out = out
        prev = plan_actuals(ws, plan.id, ident.period.previous().code, ident.unit_id)
        self.last = {i: a.value for (i, u), a in prev.items() if u == ident.unit_id}

    def row(self, cells: list, layout: _Layout, r: int, merged, seen: dict[str, str]) -> None:
        # Each cell of the row converted to text once; the checks below read these texts, the parsers the cells.
        texts = layout.texts(cells)
        key = fold(texts[c.KEY])
        if not any(map(texts.get, layout.inputs)) and not UID.match(key):
            return  # an empty row, or a note under the table (填表人、联系电话 …)
        kind, sheet = layout.kind, layout.sheet
        cell = _Cells(sheet, r, layout.cols, cells, texts)
        where = f"{sheet}!{r + 1}"
        item = self.by_uid.get(key)
        if (
            item is None
            or item.kind.kind != kind.kind
            or key in seen
            or merged
            or (layout.unit_cols and any(map(texts.__getitem__, layout.unit_cols)))
        ):
            errors = self._row_problems(cell, layout, key, item, where, merged, seen)
        else:  # a known item of this sheet, once, in a row of its own (most rows): nothing to report yet
            errors = []
            seen[key] = where
        fields: dict[str, object] = {}
        if item is not None and not errors:
            self._locked(item, cell)
            if kind.kind == "indicator":
                fields = self._indicator_fields(item, cell, errors)
            else:
                fields = self._progress_fields(item, cell, errors)
        if errors:
            for e in errors:
                self.out.errors.append(Problem(e.where, e.message, e.expected, key))
            self.out.rejected += 1
        elif not fields:
            self.out.blank += 1
        else:
            self.out.rows.append(RowInput(kind.kind, item.item.id, key, where, fields))

    def _row_problems(self, cell: _Cells, layout: _Layout, key: str, item, where: str, merged, seen) -> list[Problem]:
        """What is wrong with a row's key, its reporting unit or its merged cells (and the key marked as seen)."""
        sheet, texts = layout.sheet, cell.texts
        errors: list[Problem] = []
        if not key:
            errors.append(
                Problem(cell.at(c.KEY), "该行没有编号，无法确定是哪一项（请勿自行增加行）", "本系统生成的编号")
            )
        elif item is None:
            errors.append(self._scope_problem(cell.at(c.KEY), key))
        elif item.kind.kind != layout.kind.kind:
            errors.append(
                Problem(cell.at(c.KEY), f"编号{key}是{item.kind.sheet}，不应出现在“{sheet}”表中", item.kind.sheet)
            )
        elif key in seen:
            errors.append(Problem(cell.at(c.KEY), f"编号{key}在{seen[key]}已出现过，同一项只能填一行", "每个编号一行"))
        if key and key not in seen:
            seen[key] = where
        for h in layout.unit_cols:
            if texts[h]:
                errors += self._other_unit(cell.at(h), texts[h])
        if merged:
            errors.append(
                Problem(
                    where,
                    f"第{merged[0] + 1}至{merged[1] + 1}行的填报单元格被合并，无法确定内容属于哪一项",
                    "每项单独填写，不合并单元格",
                )
            )
        return errors

    def _scope_problem(self, where: str, key: str) -> Problem:
        m = UID.match(key)
        if m is None:
            return Problem(where, f"“{key}”不是有效的编号", "本系统生成的编号，如 P1A2B3C-T001")
        if m.group(1) != self.plan.uid:
            return Problem(where, f"编号{key}属于另一个方案，不是《{self.plan.title}》的条目", "本方案的编号")
        item = self.plan_uids.get(key)
        if item is None:
            return Problem(where, f"编号{key}在本方案中不存在（可能已被删除）", "本方案的编号")
        return Problem(
            where,
            f"编号{key}（{getattr(item, 'title', '') or getattr(item, 'name', '')}）不是{self.ident.unit_name}牵头或配合的事项，本单位不能填报",
            f"{self.ident.unit_name}的事项",
        )

    def _other_unit(self, where: str, text: str) -> list[Problem]:
        try:
            unit_id = find_unit(self.ws, text)
        except NotFoundError:  # an unknown name is just as foreign as another unit's
            unit_id = None
        if unit_id == self.ident.unit_id:
            return []
        return [
            Problem(where, f"该行的填报单位是“{text}”，本表只能填报{self.ident.unit_name}的内容", self.ident.unit_name)
        ]

    def _locked(self, item: SliceItem, cell: _Cells) -> None:
        texts = cell.texts
        for h, locked in item.checked:
            written = texts.get(h)
            # Mostly exactly what the template wrote: same_text's first test, without the call.
            if written is None or written == locked or same_text(written, locked):
                continue
            self.out.warnings.append(
                Problem(
                    cell.at(h),
                    f"锁定内容“{h}”被修改为“{_clip(written)}”，原为“{_clip(locked)}”；修改未采用",
                    "",
                    item.uid,
                )
            )

    def _text(self, cell: _Cells, h: str, errors: list[Problem]) -> str:
        """A narrative cell's text ("" when blank or refused as too long)."""
        value = cell.texts.get(h, "")
        if len(value) > c.MAX_TEXT:
            errors.append(
                Problem(cell.at(h), f"内容过长（{len(value)}字），超过{c.MAX_TEXT}字的上限", f"{c.MAX_TEXT}字以内")
            )
            return ""
        return value

    def _indicator_fields(self, item: SliceItem, cell: _Cells, errors: list[Problem]) -> dict[str, object]:
        fields: dict[str, object] = {}
        ind = item.item
        goal, numeric = self.slices.indicator_terms(ind)
        reference = goal.value if goal and goal.value is not None else self.last.get(ind.id)
        raw = cell.texts.get(c.IND_ACTUAL, "")
        if raw:
            if numeric or not _is_words(raw):
                try:
                    value = cell.value(c.IND_ACTUAL)
                    number = (_number if value else parse_number)(value, ind.measure_unit, reference)
                except CellProblem as exc:
                    errors.append(Problem(cell.at(c.IND_ACTUAL), exc.message, exc.expected))
                else:
                    fields["value"], fields["raw"] = number.value, raw
                    for note in number.notes:
                        self.out.warnings.append(Problem(cell.at(c.IND_ACTUAL), note, "", item.uid))
                    odd = implausible(number.value, goal.value if goal else None, self.last.get(ind.id))
                    if odd:
                        self.out.warnings.append(Problem(cell.at(c.IND_ACTUAL), odd, "", item.uid))
            else:
                fields["raw"] = raw  # a words-only indicator (保持稳定): kept as written
        if note := self._text(cell, c.IND_NOTE, errors):
            fields["note"] = note
        return {} if errors else fields

    def _progress_fields(self, item: SliceItem, cell: _Cells, errors: list[Problem]) -> dict[str, object]:
        fields: dict[str, object] = {}
        texts = cell.texts
        status = percent = None
        if texts.get(c.STATUS):
            try:
                status = fields["status"] = _status(texts[c.STATUS])
            except CellProblem as exc:
                errors.append(Problem(cell.at(c.STATUS), exc.message, exc.expected))
        if texts.get(c.PERCENT):
            try:
                value = cell.value(c.PERCENT)
                percent, notes = (_percent_done if value else parse_percent_done)(value)
            except CellProblem as exc:
                errors.append(Problem(cell.at(c.PERCENT), exc.message, exc.expected))
            else:
                fields["percent"] = percent
                for note in notes:
                    self.out.warnings.append(Problem(cell.at(c.PERCENT), note, "", item.uid))
        for h, name in _NARRATIVE:
            value = texts.get(h)
            if value and len(value) <= c.MAX_TEXT:
                fields[name] = value
            elif value:
                self._text(cell, h, errors)  # refused as too long
        if status is Status.BEHIND and not fields.get("problems"):
            where = cell.at(c.PROBLEMS) if c.PROBLEMS in texts else cell.at(c.STATUS)
            errors.append(Problem(where, "完成状态为“滞后”，但“存在问题”没有填写", "写明滞后的原因"))
        if status is Status.DONE and percent is not None and percent < 100:
            self.out.warnings.append(
                Problem(cell.at(c.PERCENT), f"状态为“已完成”，但完成进度为{percent:g}%", "", item.uid)
            )
        return {} if errors else fields


class _Cells:
    """One data row: its cells as read, their texts by header, and the address of a header's cell."""

    __slots__ = ("cells", "cols", "r", "sheet", "texts")

    def __init__(self, sheet: str, r: int, cols: dict[str, int], cells: list, texts: dict[str, str]):
        self.sheet, self.r, self.cols, self.cells, self.texts = sheet, r, cols, cells, texts

    def value(self, h: str) -> object:
        i = self.cols[h]
        return self.cells[i] if i < len(self.cells) else ""

    def at(self, h: str) -> str:
        return f"{self.sheet}!{col_letter(self.cols[h])}{self.r + 1}"


def _is_words(raw: str) -> bool:
    return not any(ch.isdigit() for ch in fold(raw))


def _clip(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"
