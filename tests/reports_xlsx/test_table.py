"""The sheet engine read back with openpyxl: text safety, numbers, headers, merges, heights, print setup."""

import pytest

from jxplan.reports.xlsx import sheet
from jxplan.reports.xlsx.table import Column, Group, Table, Val, header_merges, runs, write_table

COLS = [
    Column(("序号",), "center", max_width=6),
    Column(("指标",), flex=True, max_width=30),
    Column(("2027年",), "center"),
    Column(("一季度", "节点"), "center"),
    Column(("一季度", "实际"), "center"),
    Column(("二季度", "节点"), "center"),
    Column(("二季度", "实际"), "center"),
    Column(("状态",), "center"),
]
LONG = "推进重点任务落实，完成年度目标任务。" * 12


def _write(tmp_path, table):
    import openpyxl

    wb = openpyxl.Workbook()
    placed = write_table(wb.active, table)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return openpyxl.load_workbook(path).active, placed


def _table(rows, merges=(), **kw):
    return Table("测试表", COLS, rows, merges=merges, attachment="附件1", fill_line="填报单位（盖章）：市科技局", **kw)


def test_text_from_outside_never_becomes_a_formula(tmp_path):
    risky = ["=SUM(A1:A3)", "+86 0573", "-", "@cmd", "#N/A", "=1+1"]
    rows = [[i, text, text, None, None, None, None, None] for i, text in enumerate(risky, 1)]
    ws, placed = _write(tmp_path, _table(rows))
    for offset, text in enumerate(risky):
        cell = ws.cell(placed.first_body_row + offset, 2)
        assert cell.value == text
        assert cell.data_type == "s"


def test_numbers_stay_numbers_and_text_stays_text(tmp_path):
    rows = [[1, "研发费用", Val(3.5, number_format="0.00"), 11.34, "年度指标", "12", None, None]]
    ws, placed = _write(tmp_path, _table(rows))
    r = placed.first_body_row
    assert ws.cell(r, 1).value == 1 and ws.cell(r, 1).data_type == "n"
    assert ws.cell(r, 3).value == 3.5 and ws.cell(r, 3).number_format == "0.00"
    assert ws.cell(r, 4).data_type == "n"
    assert ws.cell(r, 5).data_type == "s"
    assert ws.cell(r, 6).value == "12" and ws.cell(r, 6).data_type == "s"


def test_control_characters_are_dropped_not_fatal(tmp_path):
    rows = [[1, "第一行\x07\x0b第二行\r\n第三行", None, None, None, None, None, None]]
    ws, placed = _write(tmp_path, _table(rows))
    assert ws.cell(placed.first_body_row, 2).value == "第一行第二行\n第三行"


def test_two_level_header_is_merged_in_plan_order(tmp_path):
    ws, placed = _write(tmp_path, _table([[1, "x", None, None, None, None, None, None]]))
    top, bottom = placed.header_rows
    assert (top, bottom) == (4, 5)
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5"} <= merged
    assert [ws.cell(top, c).value for c in (1, 2, 3, 4, 6, 8)] == ["序号", "指标", "2027年", "一季度", "二季度", "状态"]
    assert [ws.cell(bottom, c).value for c in (4, 5, 6, 7)] == ["节点", "实际", "节点", "实际"]
    assert ws.cell(top, 1).font.b and ws.cell(top, 1).font.name == "黑体"


def test_header_merges_of_single_level_columns():
    depth, merges = header_merges([Column(("序号",)), Column(("指标",))])
    assert depth == 1 and merges == []


def test_title_label_fill_line_and_notes(tmp_path):
    table = _table([[1, "x", None, None, None, None, None, None]], notes=["备注：带*的为嘉兴市自设指标。"])
    ws, placed = _write(tmp_path, table)
    assert ws["A1"].value == "附件1" and ws["A1"].font.name == "黑体"
    assert ws["A2"].value == "测试表" and ws["A2"].alignment.horizontal == "center"
    assert ws["A3"].value.startswith("填报单位（盖章）")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A2:H2", "A3:H3"} <= merged
    note_row = placed.last_body_row + 1
    assert ws.cell(note_row, 1).value == "备注：带*的为嘉兴市自设指标。"
    assert f"A{note_row}:H{note_row}" in merged


def test_group_rows_span_the_table_and_body_merges_hold(tmp_path):
    rows = [
        Group("（一）科技强基"),
        [1, LONG, None, None, None, None, None, None],
        [2, "y", None, None, None, None, None, None],
    ]
    ws, placed = _write(tmp_path, _table(rows, merges=[(1, 7, 2, 7)]))
    r = placed.first_body_row
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert f"A{r}:H{r}" in merged
    assert f"H{r + 1}:H{r + 2}" in merged
    assert ws.cell(r, 1).value == "（一）科技强基"


def test_wrapped_and_merged_cells_get_explicit_heights(tmp_path):
    tall = "市科技局、市经信局、市发展改革委、市财政局、市人力社保局、市市场监管局、市教育局"
    rows = [[1, LONG, None, None, None, None, None, tall], [2, "短", None, None, None, None, None, None]]
    ws, placed = _write(tmp_path, _table(rows, merges=[(0, 7, 1, 7)]))
    r = placed.first_body_row
    long_row = ws.row_dimensions[r].height
    assert long_row > 3 * ws.row_dimensions[r + 1].height / 2
    # The merged status cell needs several lines at its width: the two rows together give it room.
    width = ws.column_dimensions["H"].width
    needed = sheet.height_for(sheet.line_count(tall, width, 11), 11)
    assert ws.row_dimensions[r].height + ws.row_dimensions[r + 1].height >= needed - 0.5
    assert all(ws.cell(r, c).alignment.wrap_text for c in range(1, 9))


def test_print_setup_fits_a4_landscape_with_repeated_header(tmp_path):
    ws, _ = _write(tmp_path, _table([[1, "x", None, None, None, None, None, None]], freeze_cols=2))
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$4:$5"
    assert ws.freeze_panes == "C6"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.print_options.horizontalCentered


def test_light_fill_comes_with_its_text(tmp_path):
    rows = [[1, "x", None, None, None, None, None, Val("滞后", light="red")]]
    ws, placed = _write(tmp_path, _table(rows))
    cell = ws.cell(placed.first_body_row, 8)
    assert cell.value == "滞后"
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")


def test_cjk_text_is_measured_twice_as_wide():
    assert sheet.display_width("市科技局") == 8
    assert sheet.display_width("abcd") == 4
    assert sheet.display_width("第一行\n长一些的第二行") == 14
    assert sheet.line_count("市" * 40, 20.0, 11) > sheet.line_count("m" * 40, 20.0, 11)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["a", "a", "b", "b", "b", "c"], [(0, 1), (2, 4)]),
        (["a", None, None, "b"], []),
        ([], []),
    ],
)
def test_runs_of_equal_keys(keys, expected):
    assert runs(keys) == expected


def test_very_long_text_stays_within_excels_row_height_limit(tmp_path):
    ws, placed = _write(tmp_path, _table([[1, LONG * 40, None, None, None, None, None, None]]))
    assert ws.cell(placed.first_body_row, 2).value == LONG * 40
    assert ws.row_dimensions[placed.first_body_row].height == sheet.MAX_ROW_HEIGHT


def test_long_text_columns_share_the_page_by_how_much_they_hold():
    from jxplan.reports.xlsx.style import SheetFonts
    from jxplan.reports.xlsx.table import column_widths

    cols = [Column(("序号",), "center", max_width=6), Column(("进展",), flex=True, max_width=60)]
    cols += [Column(("问题",), flex=True, max_width=60), Column(("单位",), max_width=14)]
    rows = [[i, LONG, "资金到位偏慢，" * 8, "市科技局"] for i in range(5)]
    widths = column_widths(Table("t", cols, rows, page_width=100), SheetFonts())
    assert sum(widths) <= 100.5
    assert widths[1] > widths[2] > cols[2].min_width
    assert widths[3] == pytest.approx(sheet.width_for("市科技局", 11), abs=0.1)
