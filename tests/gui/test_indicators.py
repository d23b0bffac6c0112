"""The indicator grid: edit in place, paste a column copied from Excel, undo; rates and lights follow."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from jxplan.services.plans import list_plans
from jxplan.services.progress import get_actual
from jxplan.ui.models.indicator_table_model import ACTUAL_COL, STATUS_COL
from jxplan.ui.models.roles import ROW_ROLE


def _open_indicators(window, ws):
    plan_id = next(p["id"] for p in list_plans(ws) if p["indicators"])
    window.select_plan(plan_id)
    window.ui.tabs.setCurrentWidget(window.indicators_page)
    return window.indicators_page


def test_pasting_a_column_from_excel_stores_every_value_as_one_action(window, ws):
    page = _open_indicators(window, ws)
    view = page.ui.indicator_view
    view.setCurrentIndex(page.model.index(1, ACTUAL_COL))
    items = [page.model.index(r, 0).data(ROW_ROLE) for r in (1, 2, 3)]
    QGuiApplication.clipboard().setText("12.5\r\n1,234\r\n80%\r\n")
    actions = ws.last_action_id()
    page.paste()
    period = window.period().code
    stored = [get_actual(ws, it.id, it.entry_unit_id, period) for it in items]
    assert [(a.raw, a.value) for a in stored] == [("12.5", 12.5), ("1,234", 1234.0), ("80%", 80.0)]
    assert ws.last_action_id() == actions + 1
    assert page.model.index(2, ACTUAL_COL).data() == "1,234"

    window.undo_action.trigger()
    after_undo = [get_actual(ws, it.id, it.entry_unit_id, period) for it in items]
    assert all(a is None or a.raw != new.raw for a, new in zip(after_undo, stored, strict=True))


def test_editing_a_cell_records_the_value_and_updates_rate_and_light(window, ws):
    page = _open_indicators(window, ws)
    index = page.model.index(0, ACTUAL_COL)
    item = page.model.index(0, 0).data(ROW_ROLE)
    assert page.model.setData(index, "0")
    period = window.period().code
    assert get_actual(ws, item.id, item.entry_unit_id, period).value == 0
    status = page.model.index(0, STATUS_COL).data()
    assert status in {"滞后", "预警", "正常", "—"}
    assert page.model.row_at(0).data.actual.raw == "0"


def test_chart_shows_the_selected_indicator(window, ws):
    page = _open_indicators(window, ws)
    page.ui.indicator_view.setCurrentIndex(page.model.index(0, 1))
    name = page.model.index(0, 0).data(ROW_ROLE).data.indicator.name
    assert page.chart_view.chart().title().startswith(name)
    assert page.chart_view.chart().series()
