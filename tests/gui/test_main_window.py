"""The main window on the demo workspace: defaults, the unit's slice, search and role filters, tabs."""

from __future__ import annotations

from jxplan.services.plans import list_plans, load_plan
from jxplan.services.slice import unit_slice
from jxplan.services.units import find_unit


def test_opens_on_latest_period_with_progress_and_whole_plan_for_the_leading_office(window):
    assert window.period().code == "2026Q3"
    assert window.unit_id() is None  # the clerk's unit leads the plan → 全部
    assert window.ui.period_combo.currentText() == "2026年第三季度"
    plan = load_plan(window.ws, window.plan.id)
    assert window.tasks_page.model.rowCount() == len(plan.tasks)


def test_choosing_a_unit_narrows_every_tab_to_its_slice(window, ws):
    plan_id = next(p["id"] for p in list_plans(ws) if p["indicators"])
    window.select_plan(plan_id)
    unit = find_unit(ws, "市经信局")
    window.select_unit(unit)
    expected = unit_slice(ws, load_plan(ws, plan_id), unit)
    assert 0 < window.tasks_page.model.rowCount() == len(expected.tasks) < len(load_plan(ws, plan_id).tasks)
    assert window.indicators_page.model.rowCount() == len(expected.indicators)
    assert window.key_works_page.model.rowCount() == len(expected.key_works)
    assert {r.id for r in window.tasks_page.visible_rows()} == set(expected.tasks)

    window.ui.role_combo.setCurrentIndex(1)  # 牵头
    window._apply_role()
    leads = {k for k, role in expected.tasks.items() if role == "lead"}
    assert {r.id for r in window.tasks_page.visible_rows()} == leads


def test_search_matches_all_words_in_number_title_text_and_units(window, ws):
    page = window.tasks_page
    window.ui.search_edit.setText("市财政局")
    rows = page.visible_rows()
    assert rows and all("市财政局" in (r.lead_name + "".join(r.coop_names)) for r in rows)
    window.ui.search_edit.setText("市财政局 金融")
    assert [r.title for r in page.visible_rows()] == ["强化财政金融支持"]
    window.ui.search_edit.clear()
    assert len(page.visible_rows()) == len(page.model.all_rows()) == len(window.plan.tasks)


def test_tabs_without_content_are_hidden(window, ws):
    no_indicators = next(p["id"] for p in list_plans(ws) if not p["indicators"])
    window.select_plan(no_indicators)
    tabs = window.ui.tabs
    assert not tabs.isTabVisible(tabs.indexOf(window.indicators_page))
    assert not tabs.isTabVisible(tabs.indexOf(window.key_works_page))


def test_settings_change_thresholds_undoably(window, ws):
    from jxplan.services.settings import all_settings

    def drive(dialog):
        dialog.ui.clerk_name_edit.setText("李明")
        dialog.ui.yellow_spin.setValue(5)
        dialog.ui.red_spin.setValue(20)
        dialog.ui.button_box.accepted.emit()

    window.edit_settings(dialog_hook=drive)
    s = all_settings(ws)
    assert (s["clerk_name"], s["yellow_pp"], s["red_pp"]) == ("李明", 5, 20)
    window.undo_action.trigger()
    s = all_settings(ws)
    assert (s["clerk_name"], s["yellow_pp"], s["red_pp"]) == ("王晓燕", 10.0, 30.0)


def test_red_threshold_must_exceed_yellow(window, ws):
    def drive(dialog):
        dialog.ui.yellow_spin.setValue(30)
        dialog.ui.red_spin.setValue(10)
        dialog.ui.button_box.accepted.emit()
        assert "大于" in dialog.ui.error_label.text()

    window.edit_settings(dialog_hook=drive)
    from jxplan.services.settings import get_setting

    assert get_setting(ws, "yellow_pp") == 10.0


def test_section_list_counts_follow_the_unit(window, ws):
    page = window.tasks_page
    whole = page.ui.section_list.item(0).text()
    window.select_unit(find_unit(ws, "市财政局"))
    narrowed = page.ui.section_list.item(0).text()
    assert narrowed == f"全部（{page.model.rowCount()}）" and narrowed != whole
    total = sum(
        int(page.ui.section_list.item(i).text().rsplit("（", 1)[1].rstrip("）"))
        for i in range(1, page.ui.section_list.count())
    )
    assert total == page.model.rowCount()


def test_reopens_on_the_plan_used_last(window, ws, qtbot):
    from jxplan.ui.main_window import MainWindow

    plans = list_plans(ws)
    for plan in (plans[-1], plans[0]):
        window.select_plan(plan["id"])
        again = MainWindow(ws, today=window.today)
        qtbot.addWidget(again)
        assert again.plan.id == plan["id"]


def test_typed_text_survives_a_search_that_hides_its_task(window, ws):
    from jxplan.services.progress import plan_progress

    page = window.tasks_page
    task = page.model.rows()[2].item
    assert page.select_item(task.id)
    page.ui.progress_edit.setPlainText("本季度新认定企业12家")
    window.ui.search_edit.setText("人才")  # hides the task being edited
    assert task.id not in {r.id for r in page.visible_rows()}
    assert page.ui.progress_edit.toPlainText() == "本季度新认定企业12家"
    window.ui.search_edit.clear()  # shown again: selected again, the text still there
    assert [i.row() for i in page.ui.item_view.selectionModel().selectedRows()] == [
        page.model.row_of(("task", task.id))
    ]
    assert page.ui.progress_edit.toPlainText() == "本季度新认定企业12家"
    page.select_item(page.model.rows()[0].id)  # moving on saves it, to the right task
    saved = plan_progress(ws, window.plan.id, window.period().code)
    assert any(k[1] == task.id and e.progress == "本季度新认定企业12家" for k, e in saved.items())


def test_an_empty_workspace_greys_out_what_needs_a_plan(qapp, qtbot, ws_path):
    from jxplan.services.workspace import Workspace
    from jxplan.ui.app import create_app
    from jxplan.ui.main_window import MainWindow

    create_app()
    with Workspace.open(ws_path) as empty:
        w = MainWindow(empty)
        qtbot.addWidget(w)
        needs_plan = [w.ui.edit_plan_action, *w.ui.report_menu.actions(), *w.ui.exchange_menu.actions()]
        assert needs_plan and not any(a.isEnabled() for a in needs_plan if not a.isSeparator())
        assert w.ui.import_action.isEnabled() and w.ui.units_action.isEnabled()
        assert "还没有方案" in w.ui.status_bar.currentMessage()
