"""Attachment tables as one WordprocessingML string: fixed column widths, repeated header row, appended rows.

Built as text and parsed once: python-docx's table.cell(r, c) is quadratic and took 80 s for 400 rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from jxplan.reports.word import styles as st
from jxplan.reports.word.blocks import RawXml
from jxplan.reports.word.ooxml import paragraph_xml

_BORDER = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
_BORDERS = (
    "<w:tblBorders>"
    + "".join(_BORDER.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + "</w:tblBorders>"
)


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # part of the table width
    align: str = "left"  # left / center / right


def _cell(text_lines: list[str], width: int, style: str, align: str, span: int = 1) -> str:
    style_align = "center" if style == st.TABLE_HEAD else "left"
    jc = "" if align == style_align else f'<w:jc w:val="{align}"/>'
    paras = "".join(paragraph_xml(style, line, ppr=jc) for line in text_lines) or paragraph_xml(style)
    span_xml = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span_xml}<w:vAlign w:val="center"/></w:tcPr>{paras}</w:tc>'
    )


def _lines(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [line for v in value for line in _lines(v)]
    return [line for line in str(value).splitlines() if line.strip()]


def build_table(columns: list[Column], rows: list, total_width: int, *, cant_split: bool = False) -> RawXml:
    """A table of `rows`; a row is a list of cell values (str, list of str, None) or a str for a full-width group row.

    `cant_split` keeps each row on one page (short rows); long progress rows must be allowed to break.
    """
    widths = [int(total_width * c.share / sum(c.share for c in columns)) for c in columns]
    grid = "".join(f'<w:gridCol w:w="{wd}"/>' for wd in widths)
    parts = [
        "<w:tbl><w:tblPr>",
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>{_BORDERS}',
        '<w:tblLayout w:type="fixed"/>',
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>',
        f'<w:tblLook w:val="0000" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" '
        f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>',
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    parts.extend(_cell([c.title], wd, st.TABLE_HEAD, "center") for c, wd in zip(columns, widths, strict=True))
    parts.append("</w:tr>")
    row_start = "<w:tr><w:trPr><w:cantSplit/></w:trPr>" if cant_split else "<w:tr>"
    for row in rows:
        parts.append(row_start)
        if isinstance(row, str):
            parts.append(_cell([row], sum(widths), st.TABLE_HEAD, "left", span=len(columns)))
        else:
            parts.extend(_cell(_lines(v), wd, st.TABLE, c.align) for v, c, wd in zip(row, columns, widths, strict=True))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return RawXml("".join(parts))
