"""The three Excel reports from real workspaces (the demo, and plans laid out like seeds 000 and 001), read back
with openpyxl: headers in the plan's order, merges, fills, numbers vs text, print setup."""

from datetime import date

import pytest

from jxplan.errors import UserError
from jxplan.reports.kinds import REPORT_KINDS
from jxplan.reports.xlsx.export import write_data
from jxplan.services.report_data import collect
from tests.reports_xlsx import plans

DAY = date(2026, 10, 10)


def _load(path):
    import openpyxl

    return openpyxl.load_workbook(path).active


def _header(ws, row):
    return [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]


def _merged(ws):
    return {str(r) for r in ws.merged_cells.ranges}


def _demo_plan(ws, fragment="智造创新强市"):
    from jxplan.services.plans import list_plans

    return next(p["id"] for p in list_plans(ws) if fragment in p["title"])


def test_consolidated_ledger_of_the_demo(demo_ws, tmp_path):
    plan_id = _demo_plan(demo_ws)
    path = REPORT_KINDS["ledger"](demo_ws, plan_id, "2026Q3", None, tmp_path / "台账.xlsx", report_date=DAY)
    ws = _load(path)
    assert ws.title == "任务落实台账"
    assert ws["A1"].value == "附件1"
    assert "重点任务落实台账（2026年第三季度）" in ws["A2"].value
    line = ws["A3"].value
    assert line.startswith("填报单位（盖章）：市科技局") and "填报人：王晓燕" in line and "0573-82345678" in line
    assert "填报日期：2026年10月10日" in line
    assert _header(ws, 4) == [
        "序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限",
        "本期进展情况", "完成状态", "存在问题", "下步计划", "备注",
    ]  # fmt: skip
    assert ws.print_title_rows == "$4:$4" and ws.freeze_panes == "C5"
    assert ws["A5"].value == "一、强化创新主体培育" and "A5:K5" in _merged(ws)
    assert ws["A6"].value == 1 and ws["A6"].data_type == "n"
    assert ws["D6"].value == "市科技局"
    body = range(6, ws.max_row + 1)
    lagging = [r for r in body if ws.cell(r, 8).value == "滞后"]
    assert lagging and all(ws.cell(r, 8).fill.fgColor.rgb.endswith("FFC7CE") for r in lagging)
    assert all(ws.cell(r, 8).fill.fill_type is None for r in body if ws.cell(r, 8).value in ("序时推进", "已完成"))
    assert any("【市科技局】" in (ws.cell(r, 7).value or "") for r in body)


def test_unit_ledger_shows_only_its_slice(demo_ws, tmp_path):
    from jxplan.services.units import find_unit

    plan_id = _demo_plan(demo_ws)
    unit = find_unit(demo_ws, "市经信局")
    data = collect(demo_ws, plan_id, "2026Q3", unit)
    ws = _load(write_data("ledger", data, tmp_path / "台账.xlsx", today=DAY))
    assert "（市经信局）" in ws["A2"].value and ws["A3"].value.startswith("填报单位（盖章）：市经信局")
    titles = {ws.cell(r, 2).value for r in range(5, ws.max_row + 1)} - {None}
    assert {r.task.title for r in data.task_rows} <= titles
    assert len(data.task_rows) < len(collect(demo_ws, plan_id, "2026Q3").task_rows)


def test_indicators_keep_seed000_groups_marks_and_note(ws, tmp_path):
    plan_id = plans.seed000_plan(ws)
    sheet = _load(REPORT_KINDS["indicators"](ws, plan_id, "2026Q3", None, tmp_path / "指标.xlsx"))
    assert sheet["A1"].value == "附件2"
    assert sheet["A2"].value.startswith("嘉兴市“两新深度融合”主要任务指标")
    top, sub = _header(sheet, 4), _header(sheet, 5)
    assert top[:6] == ["体系", "任务", "序号", "指标", "2024年", "2027年"]
    assert top[6] == "2026年第三季度完成情况" and sub[6:9] == ["本期实际", "完成率", "状态"]
    assert top[9] == "责任部门"
    assert {"A6:A8", "B6:B8", "A9:A11", "B9:B10", "G4:I4", "A4:A5", "J4:J5"} <= _merged(sheet)
    assert sheet["A6"].value.startswith("强化以“两个显著”") and sheet["B9"].value == "创新平台"
    assert sheet["D10"].value == "*规上工业研发投入占营业收入比重(%)"
    assert sheet["D11"].value == "*“新三板”挂牌企业（家）"
    assert sheet["E6"].value == 3.55 and sheet["E6"].number_format == "0.00" and sheet["C6"].value == 1
    assert sheet["F8"].value == "保持基本稳定" and sheet["E9"].value == "12800/7721"
    assert sheet["F11"].value == "=85" and sheet["F11"].data_type == "s"
    assert sheet["G11"].value == "+80" and sheet["G11"].data_type == "s"
    assert sheet["G6"].value == 3.61 and sheet["G6"].data_type == "n"
    rate = sheet["H6"]
    assert isinstance(rate.value, float) and rate.number_format == "0.0%"
    lights = {sheet.cell(r, 9).value: sheet.cell(r, 9).fill.fgColor.rgb for r in range(6, 12) if sheet.cell(r, 9).value}
    assert "滞后" in lights and lights["滞后"].endswith("FFC7CE")
    assert sheet.cell(sheet.max_row, 1).value == "备注：带*的为嘉兴市自设指标。"
    assert sheet.freeze_panes == "E6" and sheet.print_title_rows == "$4:$5"


def test_indicators_keep_seed001_year_order_and_quarters(ws, tmp_path):
    plan_id = plans.seed001_plan(ws)
    sheet = _load(REPORT_KINDS["indicators"](ws, plan_id, "2026Q3", None, tmp_path / "指标.xlsx"))
    top, sub = _header(sheet, 4), _header(sheet, 5)
    assert top[:5] == ["序号", "指标", "2027年", "2025年", "2023年"]
    assert [top[i] for i in (5, 7, 9, 11)] == ["一季度", "二季度", "三季度", "四季度"]
    assert sub[5:13] == ["节点", "实际"] * 4
    assert top[16] == "责任单位"
    assert {"F4:G4", "L4:M4"} <= _merged(sheet)
    assert sheet["F6"].value == 11.34 and sheet["G6"].value == 12.1
    assert sheet["I6"].value == "=SUM(A1)" and sheet["I6"].data_type == "s"
    assert sheet["K6"].value == 30.5 and sheet["N6"].value == 30.5
    assert "F8:M8" in _merged(sheet) and sheet["F8"].value == "年度指标"
    assert sheet["C8"].value == "累计达800"
    assert sheet.freeze_panes == "C6"


def test_key_works_keep_category_groups(ws, tmp_path):
    plan_id = plans.seed001_plan(ws)
    sheet = _load(REPORT_KINDS["keyworks"](ws, plan_id, "2026Q3", None, tmp_path / "重点工作.xlsx"))
    assert _header(sheet, 4) == ["类别", "序号", "重点工作", "主要工作内容", "责任单位", "本期进展情况", "完成状态"]
    assert "A5:A6" in _merged(sheet) and sheet["A5"].value == "科技强基重点项目"
    assert sheet["E5"].value == "市科技局、市城投集团"
    assert sheet["G6"].value == "滞后" and sheet["G6"].fill.fgColor.rgb.endswith("FFC7CE")
    assert sheet["G7"].value == "未填报"
    assert sheet["F5"].value == "已完成桩基施工。"


def test_a_report_without_rows_says_so_in_chinese(ws, tmp_path):
    plan_id = plans.seed000_plan(ws)
    with pytest.raises(UserError, match="没有重点工作清单"):
        REPORT_KINDS["keyworks"](ws, plan_id, "2026Q3", None, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_unwritable_target_is_a_user_error(ws, tmp_path):
    plan_id = plans.seed001_plan(ws)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="无法"):
        REPORT_KINDS["ledger"](ws, plan_id, "2026Q3", None, blocker / "台账.xlsx")


def test_fonts_come_from_the_report_profile(demo_ws, tmp_path):
    import json

    from jxplan.services.settings import set_settings

    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "report_profile.json").write_text(json.dumps({"fonts": {"table": "仿宋"}}), encoding="utf-8")
    set_settings(demo_ws, {"template_dir": str(folder)})
    out = REPORT_KINDS["ledger"](demo_ws, _demo_plan(demo_ws), "2026Q3", None, tmp_path / "台账.xlsx")
    sheet = _load(out)
    assert sheet["B6"].font.name == "仿宋" and sheet["A4"].font.name == "黑体"
    assert sheet["A2"].font.name == "方正小标宋简体"
    assert out.stat().st_mode & 0o044, "a report is readable like any other file, not private"


@pytest.mark.slow
def test_cli_writes_each_excel_kind(demo_path, tmp_path):
    from tests.conftest import run_cli

    for kind in ("ledger", "indicators", "keyworks"):
        out = tmp_path / f"{kind}.xlsx"
        done = run_cli(
            "report", kind, "--plan", "智造创新强市", "--period", "2026Q3", "-o", str(out), "--db", str(demo_path)
        )
        assert done.returncode == 0, done.stderr
        assert _load(out)["A4"].value
    done = run_cli(
        "report", "indicators", "--plan", "新技术新产品", "--period", "2026Q3", "-o", str(out), "--db", str(demo_path)
    )
    assert done.returncode != 0 and "没有指标" in done.stderr


def test_nested_sections_each_get_their_heading(ws, tmp_path):
    plan_id = plans.nested_plan(ws)
    sheet = _load(REPORT_KINDS["ledger"](ws, plan_id, "2018Q4", None, tmp_path / "台账.xlsx"))
    column = [sheet.cell(r, 1).value for r in range(5, sheet.max_row + 1)]
    assert column == ["三、重点任务", "（一）推进重点领域关键技术突破", 1, 2, "（二）加快科技成果转移转化", 1]
    assert sheet["H7"].value == "未填报" and sheet["K7"].value is None


PLANNING_TABLE = """嘉兴市国民经济和社会发展第十四个五年规划纲要

一、主要目标

附件

“十四五”时期经济社会发展主要指标

序号 | 指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性 | 责任单位
1 | 地区生产总值 | 亿元 | 6355 | 9000 | 6%左右 | 预期性 | 市发展改革委
2 | 研发经费支出占比 | % | 3.2 | 3.6 | — | 预 期 性 | 市科技局
3 | 单位GDP能耗降低 | % | — | 完成省下达任务 | — | 约束性 | 市发展改革委
"""


def test_a_planning_outline_keeps_its_attribute_column(ws, tmp_path):
    # 规划 indicator tables say which targets bind (约束性) and which are expected (预期性); the reports keep it.
    from docx import Document

    from jxplan.core.units import UnitDirectory
    from jxplan.importer import parse_text
    from jxplan.services.plan_store import save_parsed_plan

    parsed = parse_text(PLANNING_TABLE, directory=UnitDirectory.load_default())
    assert [i["attribute"] for i in parsed["indicators"]] == ["预期性", "预期性", "约束性"]
    plan_id = save_parsed_plan(ws, parsed).plan_id
    sheet = _load(REPORT_KINDS["indicators"](ws, plan_id, "2025Q4", None, tmp_path / "指标.xlsx"))
    top = _header(sheet, 4)
    assert top[:6] == ["序号", "指标", "2020年", "2025年", "年均增长", "属性"]  # where the plan's table had it
    assert [sheet.cell(r, 6).value for r in (6, 7, 8)] == ["预期性", "预期性", "约束性"]
    assert top[6] == "2025年第四季度完成情况" and top[-1] == "责任单位"

    word = Document(REPORT_KINDS["word"](ws, plan_id, "2025Q4", None, tmp_path / "报告.docx", report_date=DAY))
    table = word.tables[-1]
    assert [c.text for c in table.rows[0].cells][:5] == ["序号", "指标名称", "单位", "属性", "基期值"]
    assert [r.cells[3].text for r in table.rows[1:]] == ["预期性", "预期性", "约束性"]
