"""The main window: plan, period and unit selectors over the task, indicator, key-work and dashboard tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QCompleter, QMainWindow, QWidget

from jxplan import APP_TITLE, __version__
from jxplan.core.model import Plan
from jxplan.core.periods import Period
from jxplan.errors import UserError
from jxplan.services.dashboard import default_period, period_choices
from jxplan.services.plans import list_plans, load_plan
from jxplan.services.report_data import ReportData, collect
from jxplan.services.settings import get_setting
from jxplan.services.slice import responsible_units
from jxplan.services.units import unit_names
from jxplan.services.workspace import Workspace
from jxplan.ui import crash
from jxplan.ui.exchange_actions import connect_exchange_actions
from jxplan.ui.forms.ui_main_window import Ui_MainWindow
from jxplan.ui.item_page import ItemPage, PageContext
from jxplan.ui.lazy_tab import LazyTab
from jxplan.ui.models.item_rows import key_work_rows, task_rows
from jxplan.ui.report_actions import connect_report_actions
from jxplan.ui.undo_commands import AppliedCommand, RecordActualsCommand, RecordProgressCommand, SetSettingsCommand

if TYPE_CHECKING:  # the event types are created by PySide when the first such event arrives, not at start-up
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

ALL_UNITS = "全部（牵头处室）"
PLAN_SUFFIXES = (".docx", ".doc", ".wps", ".txt")  # what import_flow accepts; checked here without importing it
ROLE_CHOICES = (None, "lead", "coop")


class MainWindow(QMainWindow):
    """Mediates between the selectors, the pages and the services; holds the session's undo stack."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ws = ws
        self.today = today or date.today()
        self.plan: Plan | None = None
        self.setWindowTitle(f"{APP_TITLE} — {ws.path.name}")
        self.undo_stack = QUndoStack(self)
        self._build_edit_actions()
        self._shown: tuple[PageContext, ReportData] | None = None  # what the pages show: context and data
        self.tasks_page = ItemPage("task", self)
        self.tasks_page.save_requested.connect(self.record_progress)
        self.ui.tabs.addTab(self.tasks_page, "重点任务")
        # The other tabs (and QtCharts, the dashboard figures) are built when first shown: start-up stays fast.
        self._lazy_indicators = LazyTab(self.ui.tabs, "指标", self._build_indicators_page, self._feed)
        self._lazy_key_works = LazyTab(self.ui.tabs, "重点工作", self._build_key_works_page, self._feed)
        self._lazy_dashboard = LazyTab(self.ui.tabs, "总览", self._build_dashboard_page, self._feed)
        self._lazy_tabs = (self._lazy_indicators, self._lazy_key_works, self._lazy_dashboard)
        self.ui.tabs.currentChanged.connect(self._on_tab_changed)
        self.ui.plan_combo.activated.connect(lambda _i: self._on_plan_changed())
        self.ui.period_combo.activated.connect(lambda _i: self.reload())
        self.ui.unit_combo.activated.connect(lambda _i: self._on_unit_changed())
        self.ui.role_combo.activated.connect(lambda _i: self._apply_role())
        self.ui.search_edit.textChanged.connect(self._apply_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.search_edit.setFocus)
        self.ui.import_action.triggered.connect(self._choose_import)
        connect_report_actions(self)
        connect_exchange_actions(self)
        self.setAcceptDrops(True)
        self.ui.settings_action.triggered.connect(self.edit_settings)
        self.ui.edit_plan_action.triggered.connect(self.edit_plan)
        self.ui.units_action.triggered.connect(self.edit_units)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self._about)
        self.ui.log_folder_action.triggered.connect(crash.open_log_folder)
        self.ui.status_bar.showMessage(f"工作区：{ws.path}")
        self._fill_plans()

    # -- pages built on first show ---------------------------------------------------------------------------

    @property
    def indicators_page(self):
        return self._lazy_indicators.page()

    @property
    def key_works_page(self) -> ItemPage:
        return self._lazy_key_works.page()

    @property
    def dashboard_page(self):
        return self._lazy_dashboard.page()

    def _build_indicators_page(self):
        from jxplan.ui.indicator_page import IndicatorPage

        page = IndicatorPage(self)
        page.actuals_requested.connect(self.record_actuals)
        return page

    def _build_key_works_page(self) -> ItemPage:
        page = ItemPage("key_work", self)
        page.save_requested.connect(self.record_progress)
        return page

    def _build_dashboard_page(self):
        from jxplan.ui.dashboard_page import DashboardPage
        from jxplan.ui.exchange_actions import show_conflicts, show_missing

        page = DashboardPage(self)
        page.missing_requested.connect(lambda: show_missing(self))
        page.conflicts_requested.connect(lambda: show_conflicts(self))
        return page

    def _pages(self) -> list[QWidget]:
        """The pages built so far (the tasks page always)."""
        return [self.tasks_page, *(lazy.built for lazy in self._lazy_tabs if lazy.built is not None)]

    def _on_tab_changed(self, index: int) -> None:
        self.commit_pending()
        for lazy in self._lazy_tabs:
            if lazy.built is None and self.ui.tabs.widget(index) is lazy.widget:
                lazy.page()

    def _feed(self, page: QWidget) -> None:
        """Give a page what the window shows now: the plan's data for the period and unit, the role and search."""
        if self._shown is None:
            return
        ctx, data = self._shown
        if page is self.tasks_page:
            page.set_data(ctx, task_rows(data, data.slice.tasks))
        elif page is self._lazy_key_works.built:
            page.set_data(ctx, key_work_rows(data, data.slice.key_works))
        elif page is self._lazy_indicators.built:
            from jxplan.ui.indicator_page import indicator_items

            page.set_data(ctx, indicator_items(data, data.slice.indicators, ctx.unit_id))
        else:
            from jxplan.ui.exchange_actions import open_conflict_count

            ws, plan_id, period, unit_id = self.ws, ctx.plan.id, ctx.period, ctx.unit_id
            page.set_source(
                lambda: data if unit_id is None else collect(ws, plan_id, period, None),
                lambda: open_conflict_count(ws, plan_id, period.code),
                note="总览为全方案情况，不按“我的单位”筛选" if unit_id is not None else "",
            )
            return
        page.set_role(self.role())
        page.set_search(self.ui.search_edit.text())

    # -- selectors ----------------------------------------------------------------------------------------

    def _build_edit_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, "撤销")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "重做")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        first = self.ui.edit_menu.actions()[0] if self.ui.edit_menu.actions() else None
        self.ui.edit_menu.insertActions(first, [undo, redo])
        self.ui.edit_menu.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

    def _settings_key(self) -> str:
        return "last_plan/" + str(self.ws.path.resolve()).replace("/", "|").replace("\\", "|")

    def reload_plans(self, select: int | None = None) -> None:
        """Re-read the plan list (after an import or an edit) and show `select`, else the current plan."""
        current = select if select is not None else self.ui.plan_combo.currentData()
        self._fill_plans(current)

    def _fill_plans(self, select: int | None = None) -> None:
        combo = self.ui.plan_combo
        combo.clear()
        self._plans = list_plans(self.ws)
        for p in self._plans:
            combo.addItem(p["title"], p["id"])
            combo.setItemData(combo.count() - 1, f"{p['doc_number']}　{p['title']}", Qt.ItemDataRole.ToolTipRole)
        has_plans = bool(self._plans)
        for w in (self.ui.period_combo, self.ui.unit_combo, self.ui.role_combo, self.ui.search_edit, self.ui.tabs):
            w.setEnabled(has_plans)
        for a in self._plan_actions():
            a.setEnabled(has_plans)
        if not has_plans:
            self.ui.status_bar.showMessage("工作区中还没有方案：请用“文件 → 导入方案”或把方案文件拖进窗口")
            return
        if select is None:
            # The plan used last in this workspace, else the newest one (what was just imported).
            select = QSettings().value(self._settings_key(), self._plans[-1]["id"], int)
        combo.setCurrentIndex(combo.findData(select) if combo.findData(select) >= 0 else combo.count() - 1)
        self._on_plan_changed()

    def _plan_actions(self) -> list:
        """The menu actions that work on the shown plan: greyed out while the workspace has none."""
        ui = self.ui
        return [ui.edit_plan_action, *ui.report_menu.actions(), *ui.exchange_menu.actions()]

    def select_plan(self, plan_id: int) -> None:
        index = self.ui.plan_combo.findData(plan_id)
        if index >= 0:
            self.ui.plan_combo.setCurrentIndex(index)
            self._on_plan_changed()

    def _on_plan_changed(self) -> None:
        self.commit_pending()
        plan_id = self.ui.plan_combo.currentData()
        info = next(p for p in self._plans if p["id"] == plan_id)
        settings = QSettings()
        if settings.value(self._settings_key(), None, int) != plan_id:  # writing it costs a file write (~5 ms)
            settings.setValue(self._settings_key(), plan_id)
        self.plan = load_plan(self.ws, plan_id)
        self._fill_periods(info["periods"])
        self._fill_units(self.plan)
        self._load_data(fresh_plan=True)

    def _fill_periods(self, periods_with_data: list[str]) -> None:
        combo = self.ui.period_combo
        current = combo.currentData()
        combo.clear()
        for p in period_choices(periods_with_data, self.today):
            combo.addItem(p.label + ("" if p.code in periods_with_data else "（未填报）"), p.code)
        wanted = current if current and combo.findData(current) >= 0 else default_period(periods_with_data, self.today)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _fill_units(self, plan: Plan) -> None:
        combo = self.ui.unit_combo
        current = combo.currentData() if combo.count() else get_setting(self.ws, "clerk_unit_id")
        if current == plan.lead_unit_id:
            current = None  # the office that leads the plan sees all of it
        names = unit_names(self.ws)
        combo.clear()
        combo.addItem(ALL_UNITS, None)
        for unit_id in responsible_units(self.ws, plan):
            combo.addItem(names[unit_id], unit_id)
        clerk = get_setting(self.ws, "clerk_unit_id")
        if clerk and clerk != plan.lead_unit_id and combo.findData(clerk) < 0 and clerk in names:
            combo.addItem(names[clerk], clerk)
        completer = QCompleter([combo.itemText(i) for i in range(combo.count())], combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self.ui.role_combo.setEnabled(combo.currentData() is not None)

    def _on_unit_changed(self) -> None:
        if self.ui.unit_combo.currentIndex() < 0:
            return
        self.ui.role_combo.setEnabled(self.unit_id() is not None)
        if self.unit_id() is None:
            self.ui.role_combo.setCurrentIndex(0)
        self.reload()

    def select_unit(self, unit_id: int | None) -> None:
        self.ui.unit_combo.setCurrentIndex(max(0, self.ui.unit_combo.findData(unit_id)))
        self._on_unit_changed()

    def unit_id(self) -> int | None:
        return self.ui.unit_combo.currentData()

    def period(self) -> Period:
        return Period.parse(self.ui.period_combo.currentData())

    def role(self) -> str | None:
        return ROLE_CHOICES[self.ui.role_combo.currentIndex()] if self.unit_id() is not None else None

    # -- data ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Collect the plan's data for the chosen period and unit and give every page its part."""
        self.commit_pending()
        self._load_data()

    def _load_data(self, *, fresh_plan: bool = False) -> None:
        """`fresh_plan`: self.plan was just loaded and is used as it is; otherwise the plan is read again."""
        if self.plan is None:
            return
        unit_id, period = self.unit_id(), self.period()
        data = collect(self.ws, self.plan.id, period, unit_id, plan=self.plan if fresh_plan else None)
        self.plan = data.plan
        tabs = self.ui.tabs  # a hand edit may give a plan its first indicator or key work
        tabs.setTabVisible(tabs.indexOf(self._lazy_indicators.widget), bool(self.plan.indicators))
        tabs.setTabVisible(tabs.indexOf(self._lazy_key_works.widget), bool(self.plan.key_works))
        self._shown = (PageContext(self.ws, self.plan, period, unit_id, data.thresholds), data)
        for page in self._pages():
            self._feed(page)
        self._update_tab_titles(data)

    def _update_tab_titles(self, data: ReportData) -> None:
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(self.tasks_page), f"重点任务（{len(data.task_rows)}）")
        tabs.setTabText(tabs.indexOf(self._lazy_indicators.widget), f"指标（{len(data.indicator_rows)}）")
        tabs.setTabText(tabs.indexOf(self._lazy_key_works.widget), f"重点工作（{len(data.key_work_rows)}）")

    def _filtered_pages(self) -> list[QWidget]:
        return [p for p in self._pages() if p is not self._lazy_dashboard.built]

    def _apply_role(self) -> None:
        role = self.role()
        for page in self._filtered_pages():
            page.set_role(role)

    def _apply_search(self, text: str) -> None:
        for page in self._filtered_pages():
            page.set_search(text)

    def commit_pending(self) -> None:
        for page in (self.tasks_page, self._lazy_key_works.built):
            if page is not None and page.context is not None:
                page.commit_pending()

    # -- edits (each one action, undoable) ------------------------------------------------------------------

    def push(self, command: AppliedCommand, on_error: Callable[[UserError], None] | None = None) -> bool:
        """Apply an edit now and put it on the undo stack; a failure leaves nothing half-done and nothing stacked.

        `on_error` lets a dialog say what was refused in place instead of in a message box.
        """
        try:
            command.apply()
        except UserError as exc:
            if on_error is None:
                crash.show_error(self, exc)
            else:
                on_error(exc)
            return False
        self.undo_stack.push(command)
        self.ui.status_bar.showMessage(f"已保存：{command.text()}（Ctrl+Z 撤销）", 8000)
        return True

    def record_progress(self, entry) -> None:
        page = self.tasks_page if entry.task_id else self.key_works_page
        row = page.current_row()
        label = row.item.number + " " + row.title if row else "进展"
        self.push(RecordProgressCommand(self.ws, entry, label[:30], self.refresh))

    def record_actuals(self, actuals: list, text: str) -> None:
        self.push(RecordActualsCommand(self.ws, actuals, text, self.refresh))

    def refresh(self) -> None:
        """Show what the workspace now holds (after an edit, undo or redo) without losing the selection."""
        self._load_data()

    def units_changed(self) -> None:
        """After a directory edit: renamed, added or merged units change the unit selector as well as every view."""
        if self.plan is not None:
            self.plan = load_plan(self.ws, self.plan.id)
            self._fill_units(self.plan)
        self._load_data()

    def edit_plan(self) -> None:
        from jxplan.ui.plan_editor_dialog import PlanEditorDialog

        if self.plan is not None:
            self.commit_pending()
            PlanEditorDialog(self, self.plan.id).exec()

    def edit_units(self) -> None:
        from jxplan.ui.units_dialog import UnitsDialog

        self.commit_pending()
        UnitsDialog(self).exec()

    def edit_settings(self, *, dialog_hook=None) -> None:
        from jxplan.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self)
        if dialog_hook:
            dialog_hook(dialog)
        elif dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if dialog.result() == SettingsDialog.DialogCode.Accepted and dialog.changes():
            self.push(SetSettingsCommand(self.ws, dialog.changes(), dialog.before, self.refresh))

    # -- window ---------------------------------------------------------------------------------------------

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            f"关于{APP_TITLE}",
            f"<p><b>{APP_TITLE}</b> {__version__}</p><p>方案导入、季度填报、汇总和报告，全部离线运行。</p>"
            f"<p>工作区：{self.ws.path}</p><p>日志：{crash.log_path()}</p>",
        )

    def _choose_import(self) -> None:
        from jxplan.ui import import_flow  # the importer loads on first use, not at start-up

        import_flow.choose_and_import(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in PLAN_SUFFIXES for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from jxplan.ui import import_flow

        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if import_flow.is_plan_file(u.toLocalFile())]
        if files:
            event.acceptProposedAction()
            import_flow.start_import(self, files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every edit is already stored; only text still in the form needs saving, so closing never asks.
        self.commit_pending()
        event.accept()
