"""Read a .docx body in order: paragraphs (with their Word list numbers), text boxes, and real Word tables.

A horizontally merged cell (gridSpan) and a vertically merged one (vMerge) are repeated in every grid
position they cover, so a row always has one cell per grid column, as a reader of the printed table sees it.
Numbers drawn by Word list numbering are put before the paragraph text (see wordnum.py), so a numbered
document reads like a typed one. Text boxes (专栏 boxes are often drawn as one) follow the paragraph they
are anchored in; content controls are read through; headers, footers, deleted revisions and page breaks
are not text of the plan.
"""

from __future__ import annotations

import io
import zipfile

from jxplan.errors import InputFileError
from jxplan.importer.blocks import Block, Para, Table
from jxplan.importer.textnorm import clean_cell
from jxplan.importer.wordnum import ListNumbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _SDT = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt"
_CONTAINERS = (f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag")


def _flatten(element, tag: str):
    """Children with `tag`, looking through content controls and custom XML that wrap them."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT or child.tag in _CONTAINERS:
            content = child.find(f"{_W}sdtContent") if child.tag == _SDT else child
            if content is not None:
                yield from _flatten(content, tag)


class _Reader:
    def __init__(self, numbering: ListNumbering):
        self.numbering = numbering
        self.position = 0

    def _runs(self, element, parts: list[str], boxes: list) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag == f"{_W}br":
                # A page or column break is layout, not a new line of text: the paragraph goes on.
                if child.get(f"{_W}type") not in ("page", "column"):
                    parts.append("\n")
            elif tag == f"{_W}cr":
                parts.append("\n")
            elif tag == f"{_W}txbxContent":
                boxes.append(child)
            elif tag == f"{_MC}Fallback":
                continue  # the same drawing again for old readers: reading it would double the text box
            elif tag not in (f"{_W}pPr", f"{_W}rPr", f"{_W}delText", f"{_W}instrText"):
                self._runs(child, parts, boxes)

    def paragraph(self, p, boxes: list) -> str:
        parts: list[str] = [self.numbering.label(p)]
        self._runs(p, parts, boxes)
        return "".join(parts).strip("\n")

    def cell(self, tc) -> str:
        lines: list[str] = []
        boxes: list = []
        for child in tc.iterchildren():
            if child.tag == _P or child.tag == _SDT:
                for p in [child] if child.tag == _P else _flatten(child, _P):
                    lines += self.paragraph(p, boxes).split("\n")
            elif child.tag == _TBL:
                lines += ["".join(row) for row in self.rows(child)]
        for box in boxes:
            lines += [self.paragraph(p, []) for p in box.iter(_P)]
        return "\n".join(clean_cell(t) for t in lines if t.strip())

    def rows(self, tbl) -> list[list[str]]:
        rows: list[list[str]] = []
        above: dict[int, str] = {}
        for tr in _flatten(tbl, _TR):
            before = tr.find(f"{_W}trPr/{_W}gridBefore")
            row: list[str] = [""] * _val(before, 0)
            for tc in _flatten(tr, _TC):
                props = tc.find(f"{_W}tcPr")
                span, merge = 1, None
                if props is not None:
                    span = max(1, _val(props.find(f"{_W}gridSpan"), 1))
                    vmerge = props.find(f"{_W}vMerge")
                    if vmerge is not None:
                        merge = vmerge.get(f"{_W}val", "continue")
                col = len(row)
                text = above.get(col, "") if merge == "continue" else self.cell(tc)
                for k in range(span):
                    above[col + k] = text
                    row.append(text)
            rows.append(row)
        return rows

    def blocks(self, container, out: list[Block]) -> None:
        for child in container.iterchildren():
            self.position += 1
            if child.tag == _P:
                boxes: list = []
                for line in self.paragraph(child, boxes).split("\n"):
                    if line.strip():
                        out.append(Para(line.strip(), self.position))
                        self.position += 1
                for box in boxes:
                    self.blocks(box, out)
            elif child.tag == _TBL:
                rows = self.rows(child)
                out.append(Table(rows=rows, line=self.position, origin="word", row_lines=[self.position] * len(rows)))
            elif child.tag == _SDT or child.tag in _CONTAINERS:
                content = child.find(f"{_W}sdtContent") if child.tag == _SDT else child
                if content is not None:
                    self.blocks(content, out)


def _val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(f"{_W}val", default))
    except ValueError:
        return default


def docx_blocks(data: bytes, name: str) -> list[Block]:
    """Blocks of a .docx file. Raises InputFileError for a damaged or non-Word zip."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        reader = _Reader(ListNumbering.from_document(document))
        blocks: list[Block] = []
        reader.blocks(document.element.body, blocks)
    except (PackageNotFoundError, zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, LxmlError,
            EOFError, OSError) as exc:  # fmt: skip
        raise InputFileError("无法打开该 Word 文件，文件可能已损坏或不是 .docx 格式。", where=name) from exc
    return blocks
