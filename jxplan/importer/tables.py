"""Table layout: header rows, the role of each column, and data rows aligned to the header.

Published tables merge cells: a group column (体系, 类别, 分管市长) is written only on a group's first row,
sometimes without a header of its own; `年度指标` spans the four quarter cells; Word repeats a merged cell,
text extraction leaves it empty. `layout()` returns rows that all have one cell per header column, the
group values carried down, and the table's kind (indicators, key works, tasks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxplan.importer.blocks import Table

_YEAR = re.compile(r"((?:19|20)\d{2})")
_QUARTER = re.compile(r"^(?:第)?(?P<q>[一二三四1-4])季度(?:目标|节点|末)?$")
_NUMBER_CELL = re.compile(r"^\d{1,3}$")
_VALUE_CELL = re.compile(r"^[*＊]?\d+(?:\.\d+)?%?$")

ROLE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("number", re.compile(r"^(序号|编号|序)$")),
    ("leader", re.compile(r"分管.*(市长|领导|县长|区长)|牵头领导|责任领导|^(市长|副市长)$")),
    ("status", re.compile(r"进展状态|状态|进度评价")),
    ("progress", re.compile(r"进展情况|完成情况|推进情况|执行情况")),
    ("baseline", re.compile(r"现值|基期|基数|现状|基准|基础值")),
    ("growth", re.compile(r"年均增长|增幅|增速|年均增速")),
    ("measure", re.compile(r"^(计量)?单位$")),
    ("lead_units", re.compile(r"^(牵头单位|牵头部门|主办单位)$")),
    ("coop_units", re.compile(r"^(配合单位|配合部门|协办单位|参与单位)$")),
    ("units", re.compile(r"责任单位|责任部门|牵头单位|牵头部门|责任主体|实施单位|承办单位")),
    ("note", re.compile(r"^备注$|^说明$")),
    ("deadline", re.compile(r"完成时限|时间节点|完成时间|时限")),
    ("content", re.compile(r"工作内容|具体内容|建设内容|主要内容|目标任务|工作目标|年度目标|工作举措")),
    ("task", re.compile(r"主要工作任务|工作任务|重点任务|主要任务|具体任务|^任务$|任务内容")),
    ("attribute", re.compile(r"^(指标)?(属性|性质)$")),  # 预期性 / 约束性 in 规划 indicator tables
    ("name", re.compile(r"指标|名称|重点工作|项目|事项")),
    ("group", re.compile(r"^(体系|类别|分类|领域|分组|板块|类型|任务)$")),
]


@dataclass
class Column:
    index: int
    header: str
    role: str
    year: int | None = None
    quarter: int | None = None


@dataclass
class Layout:
    """A table read into columns and aligned data rows. `rows[i]` has one cell per column."""

    kind: str  # "indicators" | "key_works" | "tasks" | "other"
    columns: list[Column]
    rows: list[list[str]] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)
    raw_rows: list[list[str]] = field(default_factory=list)
    row_lines: list[int] = field(default_factory=list)

    def cols(self, *roles: str) -> list[Column]:
        return [c for c in self.columns if c.role in roles]

    def cell(self, row: list[str], role: str) -> str:
        col = next((c for c in self.columns if c.role == role), None)
        return row[col.index] if col is not None else ""


def column_role(header: str) -> Column:
    text = re.sub(r"\s+", "", header)
    q = _QUARTER.match(text)
    if q:
        return Column(0, text, "quarter", quarter="一二三四".find(q["q"]) + 1 if not q["q"].isdigit() else int(q["q"]))
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(text):
            year = _YEAR.search(text)
            if role == "baseline":
                return Column(0, text, role, year=int(year[1]) if year else None)
            if year and role in ("name", "content") and "年" in text and len(text) <= 10:
                break
            return Column(0, text, role)
    year = _YEAR.search(text)
    if year:
        return Column(0, text, "year", year=int(year[1]))
    if re.search(r"目标值?$|^目标", text):
        return Column(0, text, "year")
    return Column(0, text, "other" if text else "blank")


def _is_header_row(row: list[str]) -> bool:
    """Header rows hold words and year labels, never a 序号 or a measured value."""
    cells = [c for c in row if c]
    if not cells:
        return False
    return not any(_NUMBER_CELL.match(c) or _VALUE_CELL.match(c) for c in cells)


def _merge_headers(rows: list[list[str]]) -> list[str]:
    """Two header rows (目标值 over 2023年 / 2025年) become one: lower labels win, upper ones fill gaps."""
    width = max(len(r) for r in rows)
    merged = [""] * width
    for row in rows:
        last = ""
        for k in range(width):
            cell = row[k] if k < len(row) else ""
            upper = cell or last
            last = upper if cell else last
            if cell and merged[k] and cell != merged[k]:
                merged[k] = merged[k] + cell if not _YEAR.search(merged[k]) else cell
            elif cell or not merged[k]:
                merged[k] = cell or (merged[k] if merged[k] else "")
    return merged


def _trim(row: list[str]) -> list[str]:
    out = list(row)
    while out and not out[-1]:
        out.pop()
    return out


def layout(table: Table) -> Layout | None:
    """Columns and aligned rows of `table`, or None when it has no recognisable header."""
    rows = [list(r) for r in table.rows if any(c for c in r)]
    lines = [table.row_lines[k] if k < len(table.row_lines) else table.line for k, r in enumerate(table.rows) if any(r)]
    while rows and len(set(c for c in rows[0] if c)) == 1 and len(rows) > 1 and len(_trim(rows[0])) != len(rows[1]):
        rows.pop(0)  # a title row spanning the whole table
        lines.pop(0)
    header_rows = []
    while rows and _is_header_row(rows[0]) and len(header_rows) < 3:
        header_rows.append(rows.pop(0))
        lines.pop(0)
        if rows and not _is_header_row(rows[0]):
            break
        if rows and len([c for c in rows[0] if c]) <= 1:
            break
    if not header_rows:
        return None
    header = _merge_headers(header_rows) if len(header_rows) > 1 else header_rows[0]
    header = _trim(header)
    columns = []
    for k, text in enumerate(header):
        col = column_role(text)
        col.index = k
        columns.append(col)
    number_col = next((c.index for c in columns if c.role == "number"), None)
    for col in columns[: number_col or 0]:
        if col.role != "leader":
            col.role = "group"  # columns before 序号 group the rows (体系, 任务); 分管市长 stays a leader
    out = Layout(kind=_kind(columns), columns=columns)
    _align_rows(out, rows, lines)
    return out


def _kind(columns: list[Column]) -> str:
    roles = {c.role for c in columns}
    if roles & {"year", "baseline"} and "name" in roles | {"task"}:
        return "indicators"
    if roles & {"year", "baseline"} and roles & {"task", "name"}:
        return "indicators"
    if "task" in roles:
        return "tasks"
    if "name" in roles and roles & {"content", "units", "lead_units"}:
        return "key_works" if roles & {"content"} or any("工作" in c.header for c in columns) else "other"
    if "content" in roles and roles & {"units", "lead_units"}:
        return "key_works"
    return "other"


def _align_rows(out: Layout, rows: list[list[str]], lines: list[int]) -> None:
    number_col = next((c.index for c in out.columns if c.role == "number"), None)
    leading = [c for c in out.columns if number_col is not None and c.index < number_col]
    carried: list[str] = [""] * len(leading)
    # Without a 序号 column a group column (类别) is not before the number: carried down the same way.
    grouped = [c for c in out.columns if c.role == "group"] if number_col is None else []
    carried_down: list[str] = [""] * len(grouped)
    extra_groups: list[str] = []
    for row, line in zip(rows, lines, strict=True):
        trimmed = _trim(row)
        filled = [c for c in trimmed if c]
        if len(set(filled)) == 1 and ((len(filled) == 1 and len(out.columns) > 2) or len(filled) == len(trimmed) > 2):
            # A one-cell row inside a table (`一、发展目标`) names the group of the rows below.
            extra_groups = [filled[0]]
            continue
        aligned, groups = _align(out, trimmed, number_col)
        if groups is None:
            continue
        lead_values = groups[-len(leading) :] if leading else []
        for k, value in enumerate(lead_values):
            if value:
                carried[k] = value
        unnamed = groups[: len(groups) - len(lead_values)] if leading else groups
        if unnamed:
            extra_groups = [g for g in unnamed if g] or extra_groups
        if number_col is not None:
            for k, col in enumerate(leading):
                aligned[col.index] = carried[k]
        for k, col in enumerate(grouped):
            carried_down[k] = aligned[col.index] = aligned[col.index] or carried_down[k]
        out.rows.append(aligned)
        out.groups.append([*extra_groups, *(c for c in (*carried, *carried_down) if c)])
        out.raw_rows.append(row)
        out.row_lines.append(line)


def _align(out: Layout, row: list[str], number_col: int | None) -> tuple[list[str], list[str] | None]:
    """One data row as one cell per column, plus the leading group cells it carries."""
    width = len(out.columns)
    if number_col is None:
        cells = row[:width] + [""] * max(0, width - len(row))
        return cells, []
    pos = next((k for k in range(min(len(row), number_col + 3)) if _NUMBER_CELL.match(row[k])), None)
    if pos is None:
        if len(row) >= width:
            return row[:width], row[:number_col]
        return [], None
    groups = row[:pos]
    rest = row[pos + 1 :]
    tail_cols = out.columns[number_col + 1 :]
    rest = _spread(rest, tail_cols)
    aligned = [""] * width
    aligned[number_col] = row[pos]
    for k, col in enumerate(tail_cols):
        aligned[col.index] = rest[k] if k < len(rest) else ""
    return aligned, groups


def _spread(cells: list[str], cols: list[Column]) -> list[str]:
    """Undo a horizontal merge: `年度指标` written once over the quarter cells, units after it."""
    if len(cells) >= len(cols):
        return cells
    span = len(cols) - len(cells) + 1
    for k, (cell, col) in enumerate(zip(cells, cols, strict=False)):
        if col.role in ("quarter", "year") and cell and not re.search(r"\d", cell):
            return cells[:k] + [cell] * span + cells[k + 1 :]
    return cells + [""] * (len(cols) - len(cells))
