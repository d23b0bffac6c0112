"""The sheet-styling engine: lays a Table (附件 label, title, 填报 line, multi-level header, body with merged
groups, notes) out on an openpyxl worksheet with widths, row heights, frozen header and print setup."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jxplan.reports.xlsx import sheet
from jxplan.reports.xlsx.style import Look, SheetFonts, StyleBook

_PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Column:
    """One table column: its header path (top level first), alignment and width bounds.

    Columns whose paths share a prefix get that prefix as one merged header cell, e.g. ("一季度", "节点") and
    ("一季度", "实际") sit under one "一季度". A flex column (long text) takes its share of the page width
    left by the others.
    """

    header: tuple[str, ...]
    align: str = "left"
    number_format: str = "General"
    min_width: float = 5.0
    max_width: float = 30.0
    flex: bool = False


@dataclass(frozen=True)
class Val:
    """A body value with its own look: a light colour (with its text), number format, alignment or bold."""

    value: object
    light: str | None = None
    number_format: str | None = None
    align: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Group:
    """A group row (a section of the plan): its text spans all columns."""

    text: str


@dataclass
class Table:
    """Everything a report sheet shows; `merges` are body-relative and 0-based: (row, col, last_row, last_col)."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object] | Group]
    merges: Sequence[tuple[int, int, int, int]] = ()
    attachment: str | None = None
    fill_line: str | None = None
    notes: Sequence[str] = ()
    freeze_cols: int = 0
    # Total width the columns aim at, in Excel units: about one A4 landscape page at 85–100 % scale.
    page_width: float = 165.0


@dataclass(frozen=True)
class Placed:
    """Where write_table put things (1-based sheet rows)."""

    header_rows: tuple[int, int]
    first_body_row: int
    last_body_row: int
    widths: tuple[float, ...] = field(default=())


def runs(keys: Sequence[object]) -> list[tuple[int, int]]:
    """(first, last) index of each run of equal consecutive non-empty keys longer than one: the cells to merge."""
    out, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            if i - 1 > start and keys[start] not in (None, ""):
                out.append((start, i - 1))
            start = i
    return out


def header_merges(columns: Sequence[Column]) -> tuple[int, list[tuple[int, int, int, int]]]:
    """Header depth and the merged header cells (level, col, last_level, last_col) of the column paths."""
    depth = max(len(c.header) for c in columns)
    merges = []
    for level in range(depth):
        # An inner node spans the columns below it.
        keys = [c.header[: level + 1] if len(c.header) > level + 1 else None for c in columns]
        merges.extend((level, a, level, b) for a, b in runs(keys))
        # A leaf above the bottom level reaches down to it.
        merges.extend((level, i, depth - 1, i) for i, c in enumerate(columns) if len(c.header) == level + 1 < depth)
    return depth, merges


def _shown(raw: object) -> str:
    """The text a value shows, for measuring."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        return f"{raw:,.2f}"
    return str(raw)


@dataclass
class _Prepared:
    """Body rows resolved once: raw values, looks and the measured text of every cell (None for group rows)."""

    raws: list[list[object] | None]
    looks: list[list[Look] | None]
    cells: list[list[tuple[int, ...]] | None]


def _prepare(table: Table) -> _Prepared:
    plain: dict[tuple[int, bool], Look] = {}
    measured: dict[str, tuple[int, ...]] = {}  # documents repeat unit names and deadlines a lot
    raws, looks, cells = [], [], []
    for row in table.rows:
        if isinstance(row, Group):
            raws.append(None)
            looks.append(None)
            cells.append(None)
            continue
        row_raws, row_looks, row_cells = [], [], []
        for i, (col, value) in enumerate(zip(table.columns, row, strict=True)):
            if isinstance(value, Val):
                raw, look = value.value, _look_for(col, value)
            else:
                raw = value
                key = (i, isinstance(raw, int | float) and not isinstance(raw, bool))
                look = plain.get(key) or plain.setdefault(key, _look_for(col, raw))
            text = _shown(raw)
            m = measured.get(text)
            if m is None:
                m = measured[text] = sheet.line_cells_of(text)
            row_raws.append(raw)
            row_looks.append(look)
            row_cells.append(m)
        raws.append(row_raws)
        looks.append(row_looks)
        cells.append(row_cells)
    return _Prepared(raws, looks, cells)


def column_widths(table: Table, fonts: SheetFonts, prepared: _Prepared | None = None) -> list[float]:
    """Widths that fit the text (CJK-aware); long-text (flex) columns share what the page width leaves.

    A flex column gets a share in proportion to how much text its filled cells hold on average, so the
    columns that set a row's height wrap to about the same number of lines.
    """
    prepared = prepared or _prepare(table)
    unit = sheet.units_for(1, fonts.body_pt)
    widest = [0] * len(table.columns)
    volume = [0] * len(table.columns)
    filled = [0] * len(table.columns)
    for row_cells in prepared.cells:
        if row_cells:
            for i, m in enumerate(row_cells):
                widest[i] = max(widest[i], *m)
                volume[i] += sum(m)
                filled[i] += m != (0,)
    weight = [v / f + 1 if f else 1 for v, f in zip(volume, filled, strict=True)]
    caps = []
    for i, col in enumerate(table.columns):
        leaf = col.header[-1]
        # Headers may wrap to two lines, but a short word is not broken.
        natural = sheet.width_for(leaf, fonts.header_pt) / (2 if sheet.display_width(leaf) > 8 else 1)
        natural = max(natural, widest[i] * unit + sheet.width_for("", 1))
        caps.append(min(max(natural, col.min_width), col.max_width))
    widths = list(caps)
    flex = [i for i, c in enumerate(table.columns) if c.flex]
    room = table.page_width - sum(w for i, w in enumerate(widths) if i not in flex)
    if flex and sum(caps[i] for i in flex) > room:
        open_ = set(flex)
        while open_:
            total = sum(weight[i] for i in open_)
            share = {i: room * weight[i] / total for i in open_}
            pinned = {i: caps[i] for i in open_ if share[i] > caps[i]}
            pinned = pinned or {i: table.columns[i].min_width for i in open_ if share[i] < table.columns[i].min_width}
            if not pinned:
                for i in open_:
                    widths[i] = share[i]
                break
            for i, w in pinned.items():
                widths[i] = w
                room -= w
                open_.discard(i)
    return [round(w, 1) for w in widths]


def _look_for(col: Column, value: object) -> Look:
    """The look of a value in `col`: the column's defaults, numbers right-aligned, a Val's overrides."""
    val = value if isinstance(value, Val) else None
    raw = val.value if val else value
    is_number = isinstance(raw, int | float) and not isinstance(raw, bool)
    align = (val.align if val and val.align else None) or ("right" if is_number and col.align == "left" else col.align)
    number_format = (val.number_format if val and val.number_format else None) or (
        col.number_format if is_number else "General"
    )
    return Look("body", align, number_format, val.light if val else None, val.bold if val else False)


def write_table(
    ws,
    table: Table,
    *,
    fonts: SheetFonts | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Placed:
    """Write `table` on the empty worksheet `ws` and set it up for printing; returns where the parts went."""
    from openpyxl.cell import Cell

    styles = StyleBook(ws, fonts)
    fonts = styles.fonts
    font_size = fonts.size
    ncols = len(table.columns)
    prepared = _prepare(table)
    widths = column_widths(table, fonts, prepared)
    total_width = sum(widths)
    heights: dict[int, float] = {}
    merges: list[tuple[int, int, int, int]] = []  # 1-based sheet coordinates

    written = 0  # ws.max_row scans every cell: counting ourselves keeps 10 000 rows linear

    def put_row(values: Sequence[object], looks: Sequence[Look]) -> int:
        nonlocal written
        cells = []
        for value, look in zip(values, looks, strict=True):
            cell = Cell(ws)
            sheet.set_value(cell, value)
            styles.apply(cell, look)
            cells.append(cell)
        ws.append(cells)
        written += 1
        return written

    def banner(text: str, role: str, align: str, lines_width: float) -> None:
        look = Look(role, align)
        r = put_row([text] + [None] * (ncols - 1), [look] * ncols)
        if ncols > 1:
            merges.append((r, 1, r, ncols))
        size = font_size(role)
        heights[r] = sheet.height_for(sheet.line_count(text, lines_width, size), size)

    if table.attachment:
        r = put_row([table.attachment] + [None] * (ncols - 1), [Look("label")] + [Look("fill")] * (ncols - 1))
        heights[r] = sheet.height_for(1, font_size("label"))
    banner(table.title, "title", "center", total_width * 0.85)
    if table.fill_line:
        banner(table.fill_line, "fill", "left", total_width)

    depth, hmerges = header_merges(table.columns)
    first_header = written + 1
    covered = {(lv, c) for lv, c, lv2, c2 in hmerges for x in range(lv, lv2 + 1) for c in range(c, c2 + 1)}
    header_lines = [1] * depth
    for level in range(depth):
        texts = []
        for i, col in enumerate(table.columns):
            text = col.header[level] if level < len(col.header) else None
            texts.append(text)
            if text and (level, i) not in covered:
                lines = sheet.line_count(text, widths[i], font_size("header"))
                header_lines[level] = max(header_lines[level], lines)
        put_row(texts, [Look("header", "center", bold=True)] * ncols)
    for lv, c, lv2, c2 in hmerges:
        merges.append((first_header + lv, c + 1, first_header + lv2, c2 + 1))
    for level in range(depth):
        heights[first_header + level] = sheet.height_for(header_lines[level], font_size("header"))
    last_header = first_header + depth - 1

    first_body = last_header + 1
    body_merges = {(r, c): (r2, c2) for r, c, r2, c2 in table.merges}
    inside = {(r, c) for r, c, r2, c2 in table.merges for r in range(r, r2 + 1) for c in range(c, c2 + 1)}
    tall: list[tuple[int, int, int]] = []  # (first_row, last_row, lines) of cells merged over several rows
    body_size = font_size("body")
    group_looks = [Look("group", "left")] * ncols
    total_rows = len(table.rows)
    for i, row in enumerate(table.rows):
        if isinstance(row, Group):
            r = put_row([row.text] + [None] * (ncols - 1), group_looks)
            merges.append((r, 1, r, ncols))
            heights[r] = sheet.height_for(sheet.line_count(row.text, total_width, body_size), body_size)
            continue
        r = put_row(prepared.raws[i], prepared.looks[i])
        lines = 1
        for c, m in enumerate(prepared.cells[i]):
            if m == (0,) or ((i, c) in inside and (i, c) not in body_merges):
                continue
            last_r, last_c = body_merges.get((i, c), (i, c))
            n = sheet.wrapped_lines(m, widths[c] if last_c == c else sum(widths[c : last_c + 1]), body_size)
            if last_r > i:
                tall.append((i, last_r, n))
            else:
                lines = max(lines, n)
        heights[r] = sheet.height_for(lines, body_size)
        if progress and i % _PROGRESS_EVERY == 0:
            progress(i, total_rows)
    last_body = written
    for r, c, r2, c2 in table.merges:
        merges.append((first_body + r, c + 1, first_body + r2, c2 + 1))
    # A merged cell is not auto-fitted by spreadsheet apps: spread what it lacks over the rows it spans.
    for r, r2, n in tall:
        rows = range(first_body + r, first_body + r2 + 1)
        lack = sheet.height_for(n, body_size) - sum(heights[x] for x in rows)
        if lack > 0:
            for x in rows:
                heights[x] = min(heights[x] + round(lack / len(rows), 1), sheet.MAX_ROW_HEIGHT)

    for note in table.notes:
        banner(note, "note", "left", total_width)

    for r, c, r2, c2 in merges:
        ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
    for r, h in heights.items():
        ws.row_dimensions[r].height = h
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    freeze = f"{get_column_letter(table.freeze_cols + 1)}{first_body}"
    sheet.setup_print(ws, title_rows=(first_header, last_header), freeze=freeze, footer_font=fonts.footer)
    if progress:
        progress(total_rows, total_rows)
    return Placed((first_header, last_header), first_body, last_body, tuple(widths))
