"""The fill-in workbook keeps the header contract, locks what must not change and carries its identity."""

from __future__ import annotations

from jxplan.exchange import contract as c
from jxplan.exchange.template import make_templates
from jxplan.services.units import find_unit
from tests.exchange.conftest import PERIOD
from tests.exchange.helpers import header_cols


def test_one_workbook_per_unit_with_the_contract(templates, ws):
    from openpyxl import load_workbook

    path = templates["市科技局"]
    assert path.name == "2026年第四季度_市科技局_填报表.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == [c.SHEET_GUIDE, c.SHEET_TASKS, c.SHEET_INDICATORS, c.SHEET_KEY_WORKS, c.SHEET_META]
    tasks = header_cols(wb[c.SHEET_TASKS])
    assert list(tasks)[:9] == [
        "编号",
        "序号",
        "重点任务",
        "责任类型",
        "完成状态",
        "完成进度(%)",
        "进展情况",
        "存在问题",
        "下步计划",
    ]
    assert list(header_cols(wb[c.SHEET_INDICATORS]))[:8] == [
        "编号",
        "序号",
        "指标",
        "单位",
        "目标值",
        "本期目标",
        "本期完成值",
        "说明",
    ]
    meta = {r[0].value: r[1].value for r in wb[c.SHEET_META].iter_rows()}
    assert wb[c.SHEET_META].sheet_state == "veryHidden"
    assert (meta["format"], meta["period"], meta["unit_name"], meta["plan_uid"]) == (
        c.FORMAT_TAG,
        PERIOD,
        "市科技局",
        "PEEFEA4",
    )
    sheet = wb[c.SHEET_TASKS]
    assert sheet.protection.sheet and not sheet.protection.password
    row = c.HEADER_ROW + 1
    assert sheet.cell(row, tasks["编号"]).protection.locked and sheet.cell(row, tasks["重点任务"]).protection.locked
    assert (
        not sheet.cell(row, tasks["完成状态"]).protection.locked
        and not sheet.cell(row, tasks["进展情况"]).protection.locked
    )
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    assert lists and "序时推进" in lists[0].formula1
    assert sheet.cell(row, tasks["责任类型"]).value in ("牵头", "配合")


def test_a_unit_using_jxplan_exports_its_entries_filled_in(ws, plan_id, tmp_path):
    from openpyxl import load_workbook

    unit = find_unit(ws, "市科技局")
    path = make_templates(ws, plan_id, "2026Q3", tmp_path, [unit])[0]
    sheet = load_workbook(path)[c.SHEET_TASKS]
    cols = header_cols(sheet)
    assert any(sheet.cell(r, cols["进展情况"]).value for r in range(c.HEADER_ROW + 1, sheet.max_row + 1))
    assert any(str(h).startswith("上期进展情况（2026年第二季度）") for h in cols)
