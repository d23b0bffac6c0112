"""The 填报交换 menu: write the units' fill-in workbooks, and merge the returned ones, in the background.

Qt's dialogs, the worker and jxplan.exchange are imported when a menu item is used: creating their Python
types costs start-up time, and the window is shown before any menu can be opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jxplan import APP_TITLE
from jxplan.services.settings import get_setting
from jxplan.ui import crash

if TYPE_CHECKING:
    from jxplan.ui.worker import BackgroundTask

RETURN_FILTER = "填报表 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)"


def connect_exchange_actions(window) -> None:
    """Wire the 填报交换 menu; jxplan.exchange is imported on first use only, to keep start-up fast."""
    window.ui.templates_action.triggered.connect(lambda: ask_and_make_templates(window))
    window.ui.merge_action.triggered.connect(lambda: ask_and_merge(window))
    window.ui.missing_action.triggered.connect(lambda: show_missing(window))
    window.ui.conflicts_action.triggered.connect(lambda: show_conflicts(window))


def ask_and_make_templates(window) -> BackgroundTask | None:
    from PySide6.QtWidgets import QFileDialog

    start = get_setting(window.ws, "template_dir") or str(Path.home())
    folder = QFileDialog.getExistingDirectory(window, "填报表保存到", start)
    return make_templates(window, Path(folder)) if folder else None


def make_templates(window, out_dir: Path, *, on_done=None) -> BackgroundTask:
    """One workbook per responsible unit (or only the chosen unit's), written from a read-only connection."""
    from jxplan.exchange import make_templates as write_templates
    from jxplan.services.workspace import Workspace
    from jxplan.ui.worker import BackgroundTask

    window.commit_pending()
    ws_path, plan_id, period, unit_id = window.ws.path, window.plan.id, window.period().code, window.unit_id()

    def work(progress):
        with Workspace.open(ws_path, readonly=True) as ro:
            return write_templates(ro, plan_id, period, out_dir, [unit_id] if unit_id else None, progress)

    def finished(paths) -> None:
        window.ui.status_bar.showMessage(f"已生成 {len(paths)} 份填报表：{out_dir}", 10000)
        if on_done:
            on_done(paths)
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.information(
            window,
            APP_TITLE,
            f"已在“{out_dir}”生成 {len(paths)} 份填报表，可分发给各单位填写。\n现在打开这个文件夹吗？",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            crash.open_path(out_dir)

    return BackgroundTask(window, "正在生成填报表…", work, finished, lambda exc: crash.show_error(window, exc)).start()


def ask_and_merge(window) -> BackgroundTask | None:
    from PySide6.QtWidgets import QFileDialog

    start = get_setting(window.ws, "template_dir") or str(Path.home())
    files, _ = QFileDialog.getOpenFileNames(window, "选择各单位报回的填报表", start, RETURN_FILTER)
    return merge(window, [Path(f) for f in files]) if files else None


def merge(window, files: list[Path], *, confirm: bool = False, on_done=None) -> BackgroundTask:
    """Merge in a worker (the workspace serialises its actions across threads); guessed identities are confirmed."""
    from jxplan.exchange import merge_files
    from jxplan.ui.worker import BackgroundTask

    window.commit_pending()
    ws, plan_id, period = window.ws, window.plan.id, window.period().code

    def work(progress):
        return merge_files(ws, files, confirm=confirm, plan_id=plan_id, period=period, progress=progress)

    def finished(report) -> None:
        # Merged entries replace what was there: earlier undo steps would now undo over them.
        window.undo_stack.clear()
        window.reload_plans()  # the period list too: a merged period no longer reads （未填报）
        if on_done:
            on_done(report)
            return
        report_dialog(window, report).exec()
        pending = [Path(f.file) for f in report.files if f.status == "needs_confirmation"]
        if pending and _confirm(window, report):
            merge(window, pending, confirm=True)

    return BackgroundTask(
        window, f"正在汇总 {len(files)} 个文件…", work, finished, lambda exc: crash.show_error(window, exc)
    ).start()


def report_dialog(window, report):
    """The merge report screen, wired to decide conflicts, open the 催报 list and export itself as .xlsx."""
    from jxplan.ui.merge_report_dialog import MergeReportDialog

    return MergeReportDialog(
        report,
        window,
        resolve=lambda cid, choice: _resolve(window, cid, choice),
        show_missing=lambda: show_missing(window),
        export=lambda path: export_report(window, report, path),
        export_dir=get_setting(window.ws, "report_dir") or "",
    )


def export_report(window, report, path: Path) -> Path | None:
    from jxplan.exchange.report_xlsx import export_report as write_report

    try:
        written = write_report(window.ws, report, path)
    except Exception as exc:  # a UserError (file open in Excel, folder read-only) is shown; nothing else changes
        crash.show_error(window, exc)
        return None
    window.ui.status_bar.showMessage(f"已导出汇总结果：{written}", 10000)
    return written


def missing_dialog(window):
    """The 催报 list for the window's plan and period (all responsible units, whatever unit is chosen)."""
    from jxplan.exchange import missing_returns
    from jxplan.ui.missing_returns_dialog import MissingReturnsDialog

    window.commit_pending()
    period = window.period()
    missing = missing_returns(window.ws, window.plan.id, period.code)
    export_dir = get_setting(window.ws, "report_dir") or ""
    return MissingReturnsDialog(missing, window.plan.title, period, window, export_dir=export_dir)


def show_missing(window) -> None:
    if window.plan is not None:
        missing_dialog(window).exec()


def conflicts_dialog(window):
    """The 待处理冲突 screen for the window's plan and period (whatever unit is chosen)."""
    from jxplan.exchange import list_conflicts
    from jxplan.ui.conflicts_dialog import ConflictsDialog

    window.commit_pending()
    ws, plan, period = window.ws, window.plan, window.period()
    return ConflictsDialog(
        lambda: list_conflicts(ws, plan.id, period.code),
        lambda cid, choice: _resolve(window, cid, choice),
        plan.title,
        period,
        window,
    )


def show_conflicts(window) -> None:
    if window.plan is not None:
        conflicts_dialog(window).exec()


def open_conflict_count(ws, plan_id: int, period: str) -> int:
    from jxplan.exchange import list_conflicts

    return len(list_conflicts(ws, plan_id, period))


def _resolve(window, conflict_id: int, choice: str) -> None:
    """One recorded action (the exchange services offer no way back, so it is not on the undo stack)."""
    from jxplan.exchange import resolve_conflict

    resolve_conflict(window.ws, conflict_id, choice)
    if choice == "proposed":
        # The reported value replaced an entry: undoing an earlier edit of it would silently overwrite the decision.
        window.undo_stack.clear()
    window.refresh()


def _confirm(window, report) -> bool:
    from PySide6.QtWidgets import QMessageBox

    lines = [f"{Path(f.file).name}：{f.message}" for f in report.files if f.status == "needs_confirmation"]
    answer = QMessageBox.question(
        window,
        APP_TITLE,
        "以下文件没有模板信息，方案、报告期和单位是从标题和文件名推断的：\n\n"
        + "\n".join(lines)
        + "\n\n确认后合并吗？",
    )
    return answer == QMessageBox.StandardButton.Yes
