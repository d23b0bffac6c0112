"""The 报告 menu: write a Word or Excel report of the current plan, period and unit in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jxplan import APP_TITLE
from jxplan.paths import file_name_part
from jxplan.services.settings import get_setting
from jxplan.ui import crash

if TYPE_CHECKING:
    from jxplan.ui.worker import BackgroundTask

# kind → (menu action name in main_window.ui, file name part, suffix, file dialog filter)
REPORTS = {
    "word": ("report_word_action", "进展报告", ".docx", "Word 文档 (*.docx)"),
    "ledger": ("report_ledger_action", "重点任务台账", ".xlsx", "Excel 工作簿 (*.xlsx)"),
    "indicators": ("report_indicators_action", "指标进度表", ".xlsx", "Excel 工作簿 (*.xlsx)"),
    "keyworks": ("report_keyworks_action", "重点工作清单", ".xlsx", "Excel 工作簿 (*.xlsx)"),
}


def available_kinds() -> dict:
    """The report writers (imported on first use: the report engines are not needed to show the window)."""
    from jxplan.reports.kinds import REPORT_KINDS

    return REPORT_KINDS


def connect_report_actions(window) -> None:
    """Wire the 报告 menu to the report kinds."""
    for kind, (action_name, *_rest) in REPORTS.items():
        getattr(window.ui, action_name).triggered.connect(lambda _checked=False, k=kind: ask_and_write(window, k))


def default_name(window, kind: str) -> str:
    """`<plan title>_2025年第三季度进展报告_<unit or 汇总>.docx`: the whole title, as clerks file reports by it."""
    _action, label, suffix, _filter = REPORTS[kind]
    unit = window.ui.unit_combo.currentText() if window.unit_id() is not None else "汇总"
    parts = (window.plan.title, f"{window.period().label}{label}", unit)
    return "_".join(file_name_part(p) for p in parts) + suffix


def ask_and_write(window, kind: str) -> BackgroundTask | None:
    from PySide6.QtWidgets import QFileDialog

    _action, label, _suffix, file_filter = REPORTS[kind]
    folder = get_setting(window.ws, "report_dir") or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        window, f"导出{label}", str(Path(folder) / default_name(window, kind)), file_filter
    )
    if not path:
        return None
    return write_report(window, kind, Path(path))


def write_report(window, kind: str, out: Path, *, on_done=None) -> BackgroundTask:
    """Write in a worker on its own read-only connection, so the window stays responsive and can cancel."""
    from jxplan.services.workspace import Workspace
    from jxplan.ui.worker import BackgroundTask

    fn = available_kinds()[kind]
    window.commit_pending()
    ws_path, plan_id, period, unit_id = window.ws.path, window.plan.id, window.period().code, window.unit_id()

    def work(progress):
        with Workspace.open(ws_path, readonly=True) as ro:
            return fn(ro, plan_id, period, unit_id, out, progress=progress)

    def finished(path) -> None:
        window.ui.status_bar.showMessage(f"已导出：{path}", 10000)
        if on_done:
            on_done(path)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, f"已导出：\n{path}", parent=window)
        open_file = box.addButton("打开文件", QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            crash.open_path(path)
        elif box.clickedButton() is open_folder:
            crash.open_path(Path(path).parent)

    return BackgroundTask(
        window,
        f"正在生成{REPORTS[kind][1]}…",
        work,
        on_result=finished,
        on_error=lambda exc: crash.show_error(window, exc),
        on_cancel=lambda: window.ui.status_bar.showMessage("已取消导出", 5000),
    ).start()
