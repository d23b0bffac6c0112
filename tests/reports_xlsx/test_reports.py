"""The three report layouts on data shaped like seeds 000 and 001, read back with openpyxl."""

import pytest

from jxplan.reports.xlsx.export import build_table, write_data
from tests.reports_xlsx import fakes


def _load(path):
    import openpyxl

    return openpyxl.load_workbook(path).active


def _header(ws, row):
    return [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]


def test_ledger_columns_groups_and_red_lagging_status(tmp_path):
    data = fakes.ReportData("嘉兴市两新深度融合实施方案", sections=fakes.ledger_sections())
    ws = _load(write_data("ledger", data, tmp_path / "台账.xlsx"))
    assert ws["A1"].value == "附件1"
    assert "重点任务落实台账" in ws["A2"].value and "2026年第三季度" in ws["A2"].value
    assert ws["A3"].value.startswith("填报单位（盖章）：市科技局") and "填报人：张晓明" in ws["A3"].value
    assert _header(ws, 4) == [
        "序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限",
        "本期进展情况", "完成状态", "存在问题", "下步计划", "备注",
    ]  # fmt: skip
    assert ws.print_title_rows == "$4:$4" and ws.freeze_panes == "C5"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A5:K5" in merged and ws["A5"].value.startswith("（一）")
    statuses = {ws.cell(r, 8).value: ws.cell(r, 8).fill.fgColor.rgb for r in range(6, ws.max_row + 1)}
    assert statuses["滞后"].endswith("FFC7CE")
    assert ws["A6"].value == 1 and ws["A6"].data_type == "n"
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    consolidated = ws.cell(rows[3], 7).value
    assert "【市科技局】" in consolidated and "【市经信局】=配合完成调研。" in consolidated
    assert ws.cell(rows[4], 11).value == "未报送：市教育局"


def test_indicators_keep_seed000_groups_marks_and_note(tmp_path):
    data = fakes.ReportData(
        "两新深度融合实施方案",
        indicators=fakes.seed000_indicators(),
        indicator_columns={"groups": ["体系", "任务"], "units": "责任部门"},
        indicator_note="备注：带*的为嘉兴市自设指标。",
        indicator_title="嘉兴市“两新深度融合”主要任务指标",
    )
    ws = _load(write_data("indicators", data, tmp_path / "指标.xlsx"))
    assert ws["A1"].value == "附件2"
    top, sub = _header(ws, 4), _header(ws, 5)
    assert top[:6] == ["体系", "任务", "序号", "指标", "2024年", "2027年"]
    assert top[6] == "2026年第三季度完成情况" and sub[6:9] == ["本期实际", "完成率", "状态"]
    assert top[-1] == "责任部门"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A6:A8", "B6:B8", "A9:A11", "B9:B10", "G4:I4"} <= merged
    assert ws["D10"].value == "*规上工业研发投入占营业收入比重(%)"
    assert ws["E6"].value == 3.55 and ws["E6"].number_format == "0.00"
    assert ws["F8"].value == "保持基本稳定" and ws["E9"].value == "12800/7721"
    assert ws["H6"].value == 0.62 and ws["H6"].number_format == "0.0%"
    assert ws["I7"].value == "滞后" and ws["I7"].fill.fgColor.rgb.endswith("FFC7CE")
    assert ws.cell(ws.max_row, 1).value == "备注：带*的为嘉兴市自设指标。"
    assert ws.freeze_panes == "E6"


def test_indicators_keep_seed001_year_order_and_quarters(tmp_path):
    data = fakes.ReportData("315工程实施方案", indicators=fakes.seed001_indicators())
    ws = _load(write_data("indicators", data, tmp_path / "指标.xlsx"))
    top, sub = _header(ws, 4), _header(ws, 5)
    assert top[:5] == ["序号", "指标", "2027年", "2025年", "2023年"]
    assert [top[i] for i in (5, 7, 9, 11)] == ["一季度", "二季度", "三季度", "四季度"]
    assert sub[5:13] == ["节点", "实际"] * 4
    assert ws["F6"].value == 11.34 and ws["G6"].value == 12.1
    assert ws["I6"].value == "=1+1" and ws["I6"].data_type == "s"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "F8:M8" in merged and ws["F8"].value == "年度指标"
    assert ws["C8"].value == "累计达800"


def test_key_works_keep_category_groups(tmp_path):
    data = fakes.ReportData("315工程实施方案", key_works=fakes.seed001_key_works())
    ws = _load(write_data("keyworks", data, tmp_path / "重点工作.xlsx"))
    assert _header(ws, 4) == ["类别", "序号", "重点工作", "主要工作内容", "责任单位", "本期进展情况", "完成状态"]
    assert "A5:A6" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["E5"].value == "市科技局、市城投集团"
    assert ws["G6"].value == "滞后" and ws["G6"].fill.fgColor.rgb.endswith("FFC7CE")


def test_a_report_without_rows_says_so_in_chinese():
    from jxplan.errors import UserError

    with pytest.raises(UserError, match="没有指标"):
        build_table("indicators", fakes.ReportData("某方案"))


def test_unwritable_target_is_a_user_error(tmp_path):
    from jxplan.errors import UserError

    data = fakes.ReportData("某方案", sections=fakes.ledger_sections(3, 1))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="无法"):
        write_data("ledger", data, blocker / "台账.xlsx")
