"""How the fill-in workbook and the merge report look: jxplan.reports.xlsx's styles, plus what only a fill-in
workbook has — yellow unlocked input cells, grey reference cells — and its row heights.
"""

from __future__ import annotations

from jxplan.reports.xlsx.sheet import height_for, line_count
from jxplan.reports.xlsx.style import Look, SheetFonts, StyleBook

INPUT_FILL = "FFF9DB"  # pale yellow: "type here"
REFERENCE_FILL = "F2F2F2"
FONTS = SheetFonts()
# The 填报说明 sheet is read, not filled: a size up.
GUIDE_FONTS = SheetFonts(body_pt=12, label_pt=12)

# role → (the shared look, fill of our own, input cell)
_ROLES: dict[str, tuple[Look, str | None, bool]] = {
    "title": (Look("title", "center"), None, False),
    "info": (Look("fill"), None, False),
    "header": (Look("header", "center"), None, False),
    "key": (Look("body", "center"), None, False),
    "center": (Look("body", "center"), None, False),
    "locked": (Look("body"), None, False),
    "reference": (Look("body"), REFERENCE_FILL, False),
    "input": (Look("body", number_format="@"), INPUT_FILL, True),
    "input_center": (Look("body", "center"), INPUT_FILL, True),
    "guide": (Look("fill"), None, False),
    "guide_head": (Look("label"), None, False),
    "note": (Look("note"), None, False),
}


class Looks:
    """The shared StyleBook's cell styles with the fill-in workbook's fills and cell protection on top,
    each built once per sheet and copied onto cells."""

    def __init__(self, sheet, fonts: SheetFonts = FONTS):
        self._sheet = sheet
        self._book = StyleBook(sheet, fonts)
        self.fonts = fonts
        self._cache: dict[str, object] = {}

    def apply(self, cell, role: str) -> None:
        style = self._cache.get(role)
        if style is None:
            style = self._cache[role] = self._build(role)
        cell._style = style.__copy__()

    def size(self, role: str) -> float:
        return self.fonts.size(_ROLES[role][0].role)

    def _build(self, role: str):
        from openpyxl.cell import Cell
        from openpyxl.styles import PatternFill, Protection

        look, fill, is_input = _ROLES[role]
        proto = Cell(self._sheet)
        self._book.apply(proto, look)
        if fill:
            proto.fill = PatternFill("solid", fgColor=fill)
        # Sheet protection locks every cell unless told otherwise: only the input cells are opened.
        proto.protection = Protection(locked=not is_input)
        return proto._style


def row_height(texts_and_widths: list[tuple[str, float]], font_size: float) -> float:
    """Points needed to show every cell's wrapped text (Excel does not grow rows written by openpyxl)."""
    lines = max((line_count(text or "", width, font_size) for text, width in texts_and_widths), default=1)
    return height_for(lines, font_size)
