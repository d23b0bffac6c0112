"""The real seed documents imported and reported: the indicator and key-work tables keep each plan's own
columns (seed 000's groups and 备注, seed 001's 2027/2025/2023 and quarters, seed 004's 年均增长)."""

import pytest

from jxplan.reports.kinds import REPORT_KINDS

pytestmark = pytest.mark.slow


def _import(ws, corpus, name):
    from jxplan.importer import parse_file
    from jxplan.services.plan_store import save_parsed_plan

    return save_parsed_plan(ws, parse_file(corpus / "seeds" / name)).plan_id


def _sheet(ws, plan_id, kind, period, out):
    import openpyxl

    return openpyxl.load_workbook(REPORT_KINDS[kind](ws, plan_id, period, None, out)).active


def _row(sheet, r):
    return [sheet.cell(r, c).value for c in range(1, sheet.max_column + 1)]


def test_seed000_indicator_table(ws, shared_corpus, tmp_path):
    plan_id = _import(ws, shared_corpus, "000_40f982717766acb2.txt")
    sheet = _sheet(ws, plan_id, "indicators", "2025Q4", tmp_path / "000.xlsx")
    assert sheet["A2"].value.startswith("嘉兴市“两新深度融合”主要任务指标")
    assert _row(sheet, 4)[:6] == ["体系", "任务", "序号", "指标", "2024年", "2027年"]
    assert _row(sheet, 4)[-1] == "责任部门"
    assert sheet.max_row == 5 + 50 + 1
    assert sheet.cell(sheet.max_row, 1).value == "备注：带*的为嘉兴市自设指标。"
    assert sheet["D55"].value == "*“新三板”挂牌企业（家）"
    first_group = next(r for r in sheet.merged_cells.ranges if r.min_col == 1 and r.min_row == 6)
    assert first_group.max_row > 6 and sheet["A6"].value == "强化以“两个显著”为方向的目标体系建设"


def test_seed001_indicator_and_key_work_tables(ws, shared_corpus, tmp_path):
    plan_id = _import(ws, shared_corpus, "001_5b8c480047c922d5.txt")
    sheet = _sheet(ws, plan_id, "indicators", "2023Q3", tmp_path / "001.xlsx")
    top = _row(sheet, 4)
    assert top[:5] == ["序号", "指标", "2027年", "2025年", "2023年"]
    assert [top[i] for i in (5, 7, 9, 11)] == ["一季度", "二季度", "三季度", "四季度"]
    assert top[-1] == "责任单位"
    assert sheet["F6"].value == 11.34
    annual = [r for r in range(6, sheet.max_row + 1) if sheet.cell(r, 6).value == "年度指标"]
    assert len(annual) == 4
    works = _sheet(ws, plan_id, "keyworks", "2023Q3", tmp_path / "001kw.xlsx")
    assert _row(works, 4)[:5] == ["类别", "序号", "重点工作", "主要工作内容", "责任单位"]
    assert works["A5"].value == "科技强基重点项目" and "A5:A8" in {str(r) for r in works.merged_cells.ranges}


def test_seed004_indicator_table(ws, shared_corpus, tmp_path):
    plan_id = _import(ws, shared_corpus, "004_740fab97c4b82f3f.txt")
    sheet = _sheet(ws, plan_id, "indicators", "2018Q4", tmp_path / "004.xlsx")
    assert _row(sheet, 4)[:5] == ["序号", "指标", "2015年", "2020年", "年均增长"]
    assert sheet["C6"].value == 2.73 and sheet["E6"].value == "0.05个百分点"
    assert sheet["E8"].value == "1.07%" and sheet["E8"].data_type == "s"


def test_seed004_ledger_headings_follow_the_outline(ws, shared_corpus, tmp_path):
    plan_id = _import(ws, shared_corpus, "004_740fab97c4b82f3f.txt")
    sheet = _sheet(ws, plan_id, "ledger", "2018Q4", tmp_path / "004ledger.xlsx")
    column = [sheet.cell(r, 1).value for r in range(5, 9)]
    assert column[:3] == ["三、重点任务", "（一）推进重点领域关键技术突破，引领高新技术产业集聚发展", 1]
