"""Fonts, sizes, colours and cell styles of jxplan's Excel 报表 (GOVDOC.md §4.5), built once per workbook."""

from dataclasses import dataclass

HEADER_FILL = "F2F2F2"
GROUP_FILL = "F7F7F7"
# Fill and text colour per light (GOVDOC.md §5.2): the status text is always written too, never colour alone.
LIGHT_COLOURS = {
    "red": ("FFC7CE", "9C0006"),
    "yellow": ("FFEB9C", "9C5700"),
    "green": ("C6EFCE", "006100"),
}


@dataclass(frozen=True)
class SheetFonts:
    """Font names and sizes (pt) of a sheet's parts; `from_profile` takes the names from the report profile."""

    label: str = "黑体"  # 附件 label
    title: str = "方正小标宋简体"
    header: str = "黑体"
    body: str = "仿宋"
    footer: str = "宋体"
    label_pt: float = 14
    title_pt: float = 18
    header_pt: float = 11
    body_pt: float = 11
    note_pt: float = 10

    @classmethod
    def from_profile(cls, profile) -> "SheetFonts":
        """The office's font names (jxplan.reports.profile); sizes stay the sheet's own (GOVDOC.md §4.5)."""
        f = profile.fonts
        return cls(label=f.heading1, title=f.title, header=f.table_header, body=f.table, footer=f.page_number)

    def role(self, role: str) -> tuple[str, float, bool]:
        """(font, size, thin borders) of a role: label, title, fill (填报 line), header, group (section row),
        body or note."""
        return {
            "label": (self.label, self.label_pt, False),
            "title": (self.title, self.title_pt, False),
            "fill": (self.body, self.body_pt, False),
            "header": (self.header, self.header_pt, True),
            "group": (self.header, self.body_pt, True),
            "body": (self.body, self.body_pt, True),
            "note": (self.body, self.note_pt, False),
        }[role]

    def size(self, role: str) -> float:
        return self.role(role)[1]


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

    def __init__(self, ws, fonts: SheetFonts | None = None):
        self._ws = ws
        self.fonts = fonts or SheetFonts()
        self._cache: dict[Look, object] = {}

    def apply(self, cell, look: Look) -> None:
        style = self._cache.get(look)
        if style is None:
            style = self._cache[look] = self._build(look)
        # openpyxl keeps a cell's style as an array of indexes into the workbook's style tables; copying a
        # prepared one gives the cell the same font/border/alignment objects without re-registering them.
        cell._style = style.__copy__()

    def _build(self, look: Look):
        from openpyxl.cell import Cell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        proto = Cell(self._ws)
        name, size, bordered = self.fonts.role(look.role)
        colour = LIGHT_COLOURS[look.light][1] if look.light else None
        proto.font = Font(name=name, size=size, bold=look.bold, color=colour)
        proto.alignment = Alignment(horizontal=look.align, vertical="center", wrap_text=look.role != "label")
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
