"""Generic openpyxl helpers shared by every workbook jxplan writes: safe cell values, CJK-aware widths and
row heights, A4 print setup. Reports and the exchange workbooks both use these."""

import re
from datetime import date, datetime

# Characters XML 1.0 forbids; openpyxl raises on them, so text from documents is cleaned instead.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ud800-\udfff\ufffe\uffff]")
EXCEL_MAX_TEXT = 32767

# CJK ideographs, kana, hangul, CJK punctuation and full-width forms: two display cells each.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)

# Excel's width unit is the width of "0" in the default font (Calibri 11 → 7 px = 5.25 pt). A full-width
# character of a font at size S pt is S pt wide, i.e. S / 5.25 units; a half-width one is half that.
_PT_PER_UNIT = 5.25
# Cell padding Excel/LibreOffice keep on each side of wrapped text, in width units.
_CELL_PADDING = 0.8


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no XML-illegal control characters, at most Excel's 32 767 characters."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return text[:EXCEL_MAX_TEXT]


def set_text(cell, text: str) -> None:
    """Write `text` as text whatever it looks like: `=SUM(A1)`, `+86`, `@x`, `#N/A` never become formulas."""
    # Assigning cell.value would re-run openpyxl's type guessing (which turns "=…" into a formula and
    # "#N/A" into an error) and its character check; the text is already clean, so store it as a string.
    cell._value = clean_text(text)
    cell.data_type = "s"


def set_value(cell, value) -> None:
    """Write a value keeping its type: str as text (see set_text), int/float as a number, dates as dates;
    an empty string leaves the cell empty."""
    if value == "":
        cell.value = None
    elif isinstance(value, str):
        set_text(cell, value)
    elif value is None or isinstance(value, bool | int | float | date | datetime):
        cell.value = value
    else:
        set_text(cell, str(value))


def line_cells(line: str) -> int:
    """Display cells of one line: 2 per CJK or full-width character, 1 otherwise."""
    return len(line) + _WIDE.subn("", line)[1]


def display_width(text: str) -> int:
    """Display cells of the longest line of `text`."""
    return max(map(line_cells, text.split("\n")))


def units_for(cells: float, font_size: float) -> float:
    """Excel column width units that `cells` half-width display cells take at `font_size` pt."""
    return cells * font_size / 2 / _PT_PER_UNIT


def width_for(text: str, font_size: float) -> float:
    """Column width (Excel units) that shows the longest line of `text` unwrapped."""
    return units_for(display_width(text), font_size) + 2 * _CELL_PADDING


def line_cells_of(text: str) -> tuple[int, ...]:
    """Display cells of each line of `text`; measure once, then ask display_width/line_count questions of it."""
    return tuple(map(line_cells, text.split("\n")))


def wrapped_lines(cells: tuple[int, ...], width: float, font_size: float) -> int:
    """Lines that lines of `cells` display cells wrap to in a column `width` units wide (at least 1)."""
    usable = max(width - 2 * _CELL_PADDING, 1.0)
    fits = max(int(usable * _PT_PER_UNIT * 2 / font_size), 2)
    # A wrapped line holds a character less than fits: line-breaking rules keep "，" and "。" off a line's
    # start, so lines end early, and the spreadsheet's pixel rounding differs from this estimate.
    per_line = max(fits - 2, 2)
    return max(sum(1 if n <= fits else -(-n // per_line) for n in cells), 1)


def line_count(text: str, width: float, font_size: float) -> int:
    """Lines `text` wraps to in a column `width` units wide at `font_size` pt (at least 1)."""
    return wrapped_lines(line_cells_of(text), width, font_size)


MAX_ROW_HEIGHT = 409.0  # Excel's limit; a taller row is refused, so very long text is cut on screen instead


def height_for(lines: int, font_size: float) -> float:
    """Row height in points for `lines` lines at `font_size` pt, with the padding CJK fonts need."""
    return min(round(lines * font_size * 1.4 + 6, 1), MAX_ROW_HEIGHT)


def setup_print(
    ws,
    *,
    title_rows: tuple[int, int] | None,
    freeze: str | None,
    landscape: bool = True,
    footer_font: str = "宋体",
    footer_size: int = 10,
) -> None:
    """A4, fit all columns to one page wide, repeat `title_rows` on every page, page numbers in the footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    # fitToWidth/fitToHeight are ignored unless fitToPage is set; height 0 = as many pages as needed.
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = 0.55  # inches, ≈1.4 cm
    margins.top = 0.6
    margins.bottom = 0.7
    margins.header = 0.3
    margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    if freeze:
        ws.freeze_panes = freeze
    footer = ws.oddFooter.center
    footer.text = "第 &P 页，共 &N 页"
    footer.font = footer_font
    footer.size = footer_size
