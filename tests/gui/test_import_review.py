"""Import review: corrections made on the review screen reach the workspace; a re-import shows what changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from jxplan.importer import parse_text
from jxplan.services.plans import list_plans, load_plan
from jxplan.ui.import_flow import review_and_save

DOC = """嘉兴市推进低空经济发展行动方案（2026—2027年）

一、重点任务
（一）夯实产业基础
1.建设低空飞行服务站。到2027年，建成低空飞行服务站3个以上。（责任单位：市发展改革委、市交通运输局）
2.培育低空制造企业。支持整机企业落地。（责任单位：市经信局、市科技局）
3.拓展应用场景。开展物流配送试点。推进城市空中交通示范。（责任单位：市交通运输局、市邮政管理局）
（二）强化要素保障
4.加大资金支持。统筹产业基金。（责任单位：市财政局、嘉兴市低空办）
"""


def _parsed() -> dict:
    return parse_text(DOC, source_name="低空经济.txt")


def _save_with(window, parsed, edit) -> object:
    def drive(dialog: QDialog) -> None:
        edit(dialog)
        dialog.accept()

    return review_and_save(window, parsed, Path("低空经济.txt"), dialog_hook=drive)


def test_review_corrections_reach_the_workspace(window, ws):
    parsed = _parsed()
    assert [t["number"] for t in parsed["tasks"]] == ["1", "2", "3", "4"]

    def edit(dialog):
        ui = dialog.ui
        # Task 2: 市科技局 leads, not 市经信局.
        ui.task_table.setCurrentCell(1, 2)
        dialog.set_role(1, "lead")
        # The unknown 嘉兴市低空办 is 市发展改革委 under another name: fix it everywhere on the units tab.
        names = [ui.unit_table.item(r, 0).text() for r in range(ui.unit_table.rowCount())]
        row = next(i for i, n in enumerate(names) if "低空办" in n)
        ui.unit_table.item(row, 0).setText("市发展改革委")
        # Task 3 is two tasks: split it after its second sentence.
        ui.task_table.setCurrentCell(2, 2)
        text = dialog.parsed["tasks"][2]["text"]
        dialog.split_current(at=text.index("推进城市空中交通示范"))
        # Task 4 (now 5th) merges with nothing after it; mark task 1 as not a task instead.
        ui.task_table.setCurrentCell(0, 2)
        dialog.drop_current()
        assert "新建方案" in ui.changes_label.text()

    result = _save_with(window, parsed, edit)
    assert result is not None and result.created
    plan = load_plan(ws, result.plan_id)
    titles = [t.title for t in plan.tasks]
    assert titles == ["培育低空制造企业", "拓展应用场景", "推进城市空中交通示范", "加大资金支持"]
    assert plan.tasks[0].lead.unit_name == "市科技局"
    assert [a.unit_name for a in plan.tasks[0].coops] == ["市经信局"]
    assert {a.unit_name for a in plan.tasks[3].assignments} == {"市财政局", "市发展改革委"}
    assert window.plan.id == result.plan_id  # the window shows the new plan
    assert window.tasks_page.model.rowCount() == 4


def test_reimport_shows_what_changed_and_keeps_progress(window, ws):
    first = _save_with(window, _parsed(), lambda d: None)
    changed = DOC.replace("支持整机企业落地。", "支持整机企业落地，引育配套企业。").replace(
        "4.加大资金支持。统筹产业基金。（责任单位：市财政局、嘉兴市低空办）\n", ""
    )
    seen = {}

    def edit(dialog):
        seen["text"] = dialog.ui.changes_label.text()

    second = _save_with(window, parse_text(changed, source_name="低空经济.txt"), edit)
    assert second.plan_id == first.plan_id and not second.created
    assert "已有这份方案" in seen["text"]
    assert "任务新增 0、修改 1、删除 1" in seen["text"]
    assert sum(1 for p in list_plans(ws) if p["id"] == first.plan_id) == 1


def test_merge_joins_units_and_text(window, ws):
    def edit(dialog):
        dialog.ui.task_table.setCurrentCell(0, 2)
        dialog.merge_current()

    result = _save_with(window, _parsed(), edit)
    plan = load_plan(ws, result.plan_id)
    assert len(plan.tasks) == 3
    assert "支持整机企业落地" in plan.tasks[0].text
    assert [a.unit_name for a in plan.tasks[0].assignments][:1] == ["市发展改革委"]
    assert {"市经信局", "市科技局"} <= {a.unit_name for a in plan.tasks[0].assignments}


def test_cancelled_review_stores_nothing(window, ws):
    before = len(list_plans(ws))
    result = review_and_save(window, _parsed(), Path("x.txt"), dialog_hook=lambda d: d.reject())
    assert result is None and len(list_plans(ws)) == before


def test_review_lists_sections_as_headings_and_milestones_with_their_quarter(window, ws):
    from jxplan.services.import_review import values_text

    seen = {}

    def look(dialog):
        table = dialog.ui.task_table
        seen["sections"] = [table.item(r, 1).text() for r in range(table.rowCount())]

    _save_with(window, _parsed(), look)
    assert seen["sections"] == ["（一）夯实产业基础"] * 3 + ["（二）强化要素保障"]
    milestones = [{"year": 2026, "period": f"2026Q{q}", "raw": str(10 * q)} for q in (1, 2)]
    assert values_text(milestones) == "2026年第一季度 10；2026年第二季度 20"
    assert values_text([{"year": 2027, "raw": "50家"}]) == "2027年 50家"
