"""Cut document text into paragraphs and tables, recognising the three ways a table reaches us as text.

1. pipe rows: `1 | 指标 | 60 | 市科技局 |` (text extractors and mirror sites);
2. one cell per line: each cell a tab-indented line, a blank line between rows, empty lines = merged cells;
3. flattened cells: every cell its own paragraph with no row marks, rows recognised by their 序号 (1, 2, 3 …).

Word tables arrive already as rows (see docx.py). Every table becomes `Table.rows`: a list of rows of cell
texts, in which a merged cell is either repeated (Word) or empty (text); readers treat both alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxplan.importer.textnorm import clean_cell


@dataclass
class Para:
    """One paragraph of running text; `line` is its 1-based line (or paragraph) number in the source."""

    text: str
    line: int


@dataclass
class Table:
    """A table with its rows of cell texts; `line` is where it starts, `origin` how it was written."""

    rows: list[list[str]]
    line: int
    origin: str
    row_lines: list[int] = field(default_factory=list)


Block = Para | Table

_HEADER_WORDS = re.compile(
    r"^(序号|编号|指标|指标名称|任务|任务名称|主要工作任务|工作任务|重点工作|工作内容|主要工作内容|项目名称|具体内容|"
    r"目标任务|责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|进展情况|进展状态|完成情况|完成时限|时间节点|"
    r"备注|单位|计量单位|分管领导|分管市长|牵头领导|类别|分类|领域|体系|\d{4}年.*|现值|基期值|目标值)$"
)
_LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")


def _pipe_cells(line: str, bordered: bool) -> list[str]:
    """The cells of a pipe row; in a table whose first row has no left border, a leading bar is an empty first cell
    (a merged 类别 cell written once above)."""
    stripped = line.strip()
    if stripped.startswith("|") and bordered:
        stripped = stripped[1:]
    cells = stripped.split("|")
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [clean_cell(c) for c in cells]


def _is_pipe_row(line: str) -> bool:
    """A table row: two bars, a closing bar, or a numbered row cut short (`16 | 深化…`)."""
    return line.count("|") >= 2 or line.rstrip().endswith("|") or bool(re.match(r"^\s*\d{1,3}\s*\|", line))


def split_blocks(lines: list[str]) -> list[Block]:
    """Paragraphs and tables in document order. Blank lines only separate; they are not kept."""
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.count("|") >= 2:
            i = _take_pipe_table(lines, i, blocks)
        elif line.startswith("\t") and _tab_group_len(lines, i) >= 2:
            i = _take_tab_table(lines, i, blocks)
        elif line.strip() == "序号" and _flat_header(lines, i):
            i = _take_flat_table(lines, i, blocks)
        else:
            if line.strip():
                blocks.append(Para(line.strip(), i + 1))
            i += 1
    return blocks


def _take_pipe_table(lines: list[str], i: int, blocks: list[Block]) -> int:
    table = Table(rows=[], line=i + 1, origin="pipe")
    bordered = lines[i].lstrip().startswith("|")  # the first row shows whether rows have a left border
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line.strip() or line.strip() == "|":
            # Blank and lone-bar lines separate rows; the table goes on if a pipe row follows.
            j = i
            while j < n and (not lines[j].strip() or lines[j].strip() == "|"):
                j += 1
            if j < n and _is_pipe_row(lines[j]):
                i = j
                continue
            break
        if not _is_pipe_row(line):
            if table.rows and table.rows[-1] and _continues_cell(lines, i, table):
                # A cell that went on to a new line in extraction: glue it to the row's last cell.
                table.rows[-1][-1] = clean_cell(table.rows[-1][-1] + line)
                i += 1
                continue
            break
        table.rows.append(_pipe_cells(line, bordered))
        table.row_lines.append(i + 1)
        i += 1
    blocks.append(table)
    return i


def _continues_cell(lines: list[str], i: int, table: Table) -> bool:
    """A non-pipe line inside a pipe table is a wrapped cell only if a pipe row follows and it is no caption."""
    text = lines[i].strip()
    if _CAPTION.search(text) or len(table.rows[-1]) >= len(table.rows[0]):
        return False
    following = next((line for line in lines[i + 1 :] if line.strip()), "")
    return _is_pipe_row(following)


_CAPTION = re.compile(r"^附件|^附表|(表|清单|指标|一览)$|^备注|^注[:：]")


def _tab_group_len(lines: list[str], i: int) -> int:
    j = i
    while j < len(lines) and lines[j].startswith("\t"):
        j += 1
    return j - i


def _take_tab_table(lines: list[str], i: int, blocks: list[Block]) -> int:
    table = Table(rows=[], line=i + 1, origin="cells")
    n = len(lines)
    while i < n:
        size = _tab_group_len(lines, i)
        if size < 2:
            break
        table.rows.append([clean_cell(lines[k]) for k in range(i, i + size)])
        table.row_lines.append(i + 1)
        i += size
        j = i
        while j < n and not lines[j].strip() and not lines[j].startswith("\t"):
            j += 1
        if j < n and lines[j].startswith("\t") and _tab_group_len(lines, j) >= 2:
            i = j
        else:
            break
    blocks.append(table)
    return i


def _paragraph_indices(lines: list[str], start: int, limit: int) -> list[int]:
    out = []
    j = start
    while j < len(lines) and len(out) < limit:
        if lines[j].strip():
            out.append(j)
        j += 1
    return out


def _flat_header(lines: list[str], i: int) -> list[str] | None:
    """The header of a flattened table starting at `序号`, when at least two more header words follow."""
    header = []
    for j in _paragraph_indices(lines, i, 12):
        text = re.sub(r"\s+", "", lines[j])
        if not _HEADER_WORDS.match(text):
            break
        header.append(text)
    return header if len(header) >= 3 else None


def _take_flat_table(lines: list[str], i: int, blocks: list[Block]) -> int:
    header = _flat_header(lines, i) or []
    table = Table(rows=[["分组", *header]], line=i + 1, origin="flat", row_lines=[i + 1])
    paras = [(j, lines[j].strip()) for j in range(i, len(lines)) if lines[j].strip()]
    k = len(header)
    expected = 1
    group = ""
    current: list[str] | None = None
    end = len(lines)
    while k < len(paras):
        j, text = paras[k]
        if _LEVEL1.match(text) or text.count("|") >= 2 or re.match(r"^附\s*件\s*\d*\s*[:：]?$", text):
            end = j  # a heading, a table written another way, or the next appendix ends a flattened table
            break
        if text == "序号" and _flat_header(lines, j):
            # A repeated header starts a new group; the short line just before it names the group.
            if current and len(current) > len(header) - 1 and len(current[-1]) <= 8:
                group = current.pop()
            k += len(header)
            continue
        if text == str(expected):
            current = []
            table.rows.append([group, text])
            table.row_lines.append(j + 1)
            table.rows[-1].append(current)  # type: ignore[arg-type]
            expected += 1
        elif current is not None:
            current.append(clean_cell(text))
        elif len(text) <= 8 and not table.rows[1:]:
            group = text
        k += 1
    else:
        end = len(lines)
    rows = [table.rows[0]]
    for row in table.rows[1:]:
        rows.append([row[0], row[1], *_distribute(row[2], header[1:])])  # type: ignore[arg-type]
    table.rows = rows
    blocks.append(table)
    return end


def _looks_like_units(text: str) -> bool:
    return len(text) <= 60 and not re.search(r"[。；;]", text) and not re.match(r"^\d", text)


_STATUS = re.compile(r"^(按时推进|序时推进|已完成|完成|滞后|未启动|推进中|正常推进|超序时)$")


def _distribute(cells: list[str], columns: list[str]) -> list[str]:
    """Share a row's paragraphs out to the columns after 序号 when cells were split into several paragraphs."""
    if len(cells) == len(columns) or not columns:
        return cells
    out = [""] * len(columns)
    rest = list(cells)
    for index in range(len(columns) - 1, 0, -1):
        name = columns[index]
        if not rest:
            break
        if "状态" in name and _STATUS.match(rest[-1]):
            out[index] = rest.pop()
        elif any(w in name for w in ("单位", "部门")) and _looks_like_units(rest[-1]):
            taken = [rest.pop()]
            # A unit list that wrapped (`嘉善县政府、` / `长三角发展办`) continues a line ending in 、.
            while rest and rest[-1].endswith(("、", "，", ",")):
                taken.insert(0, rest.pop())
            out[index] = "".join(taken)
        elif "领导" in name or "市长" in name:
            out[index] = rest.pop() if rest and len(rest[-1]) <= 12 else ""
        else:
            break
    if rest:
        out[0] = rest[0]
        middle = rest[1:]
        if len(columns) > 1 and middle:
            slot = next((k for k in range(1, len(columns)) if not out[k]), None)
            if slot is not None:
                out[slot] = "\n".join(middle)
            else:
                out[0] = "\n".join(rest)
    return out
