"""Fonts, sizes, colours and cell styles of jxplan's Excel 报表 (GOVDOC.md §4.5), built once per workbook."""

from dataclasses import dataclass

# Font names of the report profile. TODO(profile): read from jxplan.reports.profile once it lands on main.
FONT_LABEL = "黑体"  # 附件 label
FONT_TITLE = "方正小标宋简体"
FONT_HEADER = "黑体"
FONT_BODY = "仿宋"
FONT_FOOTER = "宋体"

SIZE_LABEL = 14
SIZE_TITLE = 18
SIZE_FILL = 11
SIZE_HEADER = 11
SIZE_BODY = 11
SIZE_NOTE = 10

HEADER_FILL = "F2F2F2"
GROUP_FILL = "F7F7F7"
# Fill and text colour per light (GOVDOC.md §5.2): the status text is always written too, never colour alone.
LIGHT_COLOURS = {
    "red": ("FFC7CE", "9C0006"),
    "yellow": ("FFEB9C", "9C5700"),
    "green": ("C6EFCE", "006100"),
}

# role → (font, size in pt, thin borders): label = 附件 label, fill = 填报单位 line, group = a section row.
ROLES = {
    "label": (FONT_LABEL, SIZE_LABEL, False),
    "title": (FONT_TITLE, SIZE_TITLE, False),
    "fill": (FONT_BODY, SIZE_FILL, False),
    "header": (FONT_HEADER, SIZE_HEADER, True),
    "group": (FONT_HEADER, SIZE_BODY, True),
    "body": (FONT_BODY, SIZE_BODY, True),
    "note": (FONT_BODY, SIZE_NOTE, False),
}


@dataclass(frozen=True)
class Look:
    """How one cell looks: a role (font and borders), alignment, number format and optional light colour."""

    role: str = "body"
    align: str = "left"  # left | center | right
    number_format: str = "General"
    light: str | None = None  # red | yellow | green
    bold: bool = False


class StyleBook:
    """Cell styles built once and shared: setting font/border/alignment per cell is 2x slower than copying."""

    def __init__(self, ws):
        self._ws = ws
        self._cache: dict[Look, object] = {}

    def apply(self, cell, look: Look) -> None:
        style = self._cache.get(look)
        if style is None:
            style = self._cache[look] = self._build(look)
        # openpyxl keeps a cell's style as an index array into the workbook's tables; copying a prepared
        # one is the cheapest public-equivalent of assigning the same font/border/alignment objects.
        cell._style = style.__copy__()

    def _build(self, look: Look):
        from openpyxl.cell import Cell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        proto = Cell(self._ws)
        name, size, bordered = ROLES[look.role]
        colour = LIGHT_COLOURS[look.light][1] if look.light else None
        proto.font = Font(name=name, size=size, bold=look.bold, color=colour)
        proto.alignment = Alignment(
            horizontal=look.align,
            vertical="center",
            wrap_text=look.role not in ("label",),
        )
        if bordered:
            side = Side(style="thin", color="000000")
            proto.border = Border(left=side, right=side, top=side, bottom=side)
        fill = {"header": HEADER_FILL, "group": GROUP_FILL}.get(look.role)
        if look.light:
            fill = LIGHT_COLOURS[look.light][0]
        if fill:
            proto.fill = PatternFill("solid", fgColor=fill)
        proto.number_format = look.number_format
        return proto._style


def font_size(role: str) -> float:
    """Point size of a role, for width and height estimates."""
    return ROLES[role][1]
