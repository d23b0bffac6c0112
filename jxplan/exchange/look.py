"""How the fill-in workbook looks (fonts, fills, borders, widths, print setup), kept in one swappable module.

TODO(excel): switch to jxplan.reports.xlsx's StyleBook and setup_print once they land on main.
"""

from __future__ import annotations

import math

FONT_TITLE = "方正小标宋简体"
FONT_HEADER = "黑体"
FONT_BODY = "宋体"
INPUT_FILL = "FFF9DB"  # pale yellow: "type here"
HEADER_FILL = "E7E6E6"
REFERENCE_FILL = "F2F2F2"

# role → (font, size, bold, bordered, fill, horizontal alignment)
_ROLES = {
    "title": (FONT_TITLE, 16, False, False, None, "center"),
    "info": (FONT_BODY, 11, False, False, None, "left"),
    "header": (FONT_HEADER, 11, False, True, HEADER_FILL, "center"),
    "key": (FONT_BODY, 9, False, True, None, "center"),
    "center": (FONT_BODY, 11, False, True, None, "center"),
    "locked": (FONT_BODY, 11, False, True, None, "left"),
    "reference": (FONT_BODY, 10, False, True, REFERENCE_FILL, "left"),
    "input": (FONT_BODY, 11, False, True, INPUT_FILL, "left"),
    "input_center": (FONT_BODY, 11, False, True, INPUT_FILL, "center"),
    "guide": (FONT_BODY, 12, False, False, None, "left"),
    "guide_head": (FONT_HEADER, 12, False, False, None, "left"),
}
INPUT_ROLES = {"input", "input_center"}


class Looks:
    """Cell styles built once per workbook and copied onto cells (much faster than per-cell objects)."""

    def __init__(self, sheet):
        self._sheet = sheet
        self._cache: dict[str, object] = {}

    def apply(self, cell, role: str) -> None:
        style = self._cache.get(role)
        if style is None:
            style = self._cache[role] = self._build(role)
        cell._style = style.__copy__()

    def _build(self, role: str):
        from openpyxl.cell import Cell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

        font, size, bold, bordered, fill, align = _ROLES[role]
        proto = Cell(self._sheet)
        proto.font = Font(name=font, size=size, bold=bold)
        proto.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if bordered:
            side = Side(style="thin", color="000000")
            proto.border = Border(left=side, right=side, top=side, bottom=side)
        if fill:
            proto.fill = PatternFill("solid", fgColor=fill)
        proto.protection = Protection(locked=role not in INPUT_ROLES)
        if role in INPUT_ROLES:
            proto.number_format = "@" if role == "input" else "General"
        return proto._style


def text_cells(text: str) -> int:
    """Width of text in character cells: CJK counts two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def row_height(texts_and_widths: list[tuple[str, float]], font_size: float = 11) -> float:
    """Points needed to show every cell's wrapped text (Excel does not grow rows written by openpyxl)."""
    lines = 1
    for text, width in texts_and_widths:
        per_line = max(int(width * 1.0) - 1, 1)
        n = sum(max(math.ceil(text_cells(part) / per_line), 1) for part in (text or "").split("\n"))
        lines = max(lines, n)
    return round(min(lines, 30) * font_size * 1.45 + 6, 1)


def setup_print(sheet, *, header_row: int | None, freeze: str | None, landscape: bool = True) -> None:
    """A4, all columns on one page wide, the header row repeated, page numbers in the footer."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE if landscape else sheet.ORIENTATION_PORTRAIT
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.5
    margins.top, margins.bottom = 0.6, 0.7
    if header_row:
        sheet.print_title_rows = f"{header_row}:{header_row}"
    if freeze:
        sheet.freeze_panes = freeze
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.oddFooter.center.size = 10
