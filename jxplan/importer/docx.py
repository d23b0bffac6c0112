"""Read a .docx body in order: paragraphs and real Word tables with merged cells spread over their grid.

A horizontally merged cell (gridSpan) and a vertically merged one (vMerge) are repeated in every grid
position they cover, so a row always has one cell per grid column, as a reader of the printed table sees it.
"""

from __future__ import annotations

import io
import zipfile

from jxplan.errors import InputFileError
from jxplan.importer.blocks import Block, Para, Table
from jxplan.importer.textnorm import clean_cell

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(element) -> str:
    """Visible text of a paragraph or cell: runs, tabs and breaks; deleted revisions are skipped."""
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}p"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag == f"{_W}p" and parts:
            parts.append("\n")
        else:
            parts.append("\n")
    return "".join(parts).strip("\n")


def _table_rows(tbl) -> list[list[str]]:
    rows: list[list[str]] = []
    above: dict[int, str] = {}
    for tr in tbl.iterchildren(f"{_W}tr"):
        row: list[str] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span, merge = 1, None
            if props is not None:
                grid = props.find(f"{_W}gridSpan")
                if grid is not None:
                    span = int(grid.get(f"{_W}val", "1"))
                vmerge = props.find(f"{_W}vMerge")
                if vmerge is not None:
                    merge = vmerge.get(f"{_W}val", "continue")
            col = len(row)
            text = (
                clean_cell(_text(tc))
                if "\n" not in _text(tc)
                else "\n".join(clean_cell(t) for t in _text(tc).split("\n") if t.strip())
            )
            if merge == "continue":
                text = above.get(col, "")
            for k in range(span):
                above[col + k] = text
                row.append(text)
        rows.append(row)
    return rows


def docx_blocks(data: bytes, name: str) -> list[Block]:
    """Blocks of a .docx file. Raises InputFileError for a damaged or non-Word zip."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputFileError("无法打开该 Word 文件，文件可能已损坏或不是 .docx 格式。", where=name) from exc
    blocks: list[Block] = []
    position = 0
    for child in document.element.body.iterchildren():
        position += 1
        if child.tag == f"{_W}p":
            for line in _text(child).split("\n"):
                if line.strip():
                    blocks.append(Para(line.strip(), position))
                    position += 1
        elif child.tag == f"{_W}tbl":
            rows = _table_rows(child)
            blocks.append(Table(rows=rows, line=position, origin="word", row_lines=[position] * len(rows)))
    return blocks
