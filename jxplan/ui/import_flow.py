"""Import a plan from the window: choose or drop a file, parse it in the background, review, save, show the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from jxplan import APP_TITLE
from jxplan.errors import UserError
from jxplan.services.plan_store import SaveResult, save_parsed_plan
from jxplan.services.units import load_directory
from jxplan.ui import crash
from jxplan.ui.import_review_dialog import ImportReviewDialog, describe_changes
from jxplan.ui.main_window import PLAN_SUFFIXES
from jxplan.ui.worker import BackgroundTask

FILE_FILTER = "方案文件 (*.docx *.doc *.wps *.txt);;所有文件 (*)"


def is_plan_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in PLAN_SUFFIXES


def choose_and_import(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "导入方案", "", FILE_FILTER)
    if path:
        start_import(window, Path(path))


def start_import(window, path: Path) -> BackgroundTask:
    """Parse in the background (the window stays usable), then open the review dialog on the GUI thread."""
    from jxplan.importer import parse_file

    directory = load_directory(window.ws)  # read here: the worker must not use the window's connection

    def work(progress):
        progress(0, 0)
        return parse_file(path, directory=directory)

    task = BackgroundTask(
        window,
        f"正在读取“{path.name}”…",
        work,
        on_result=lambda parsed: review_and_save(window, parsed, path),
        on_error=lambda exc: crash.show_error(window, exc),
    )
    window.ui.status_bar.showMessage(f"正在读取“{path.name}”…")
    return task.start()


def review_and_save(window, parsed: dict, path: Path, *, dialog_hook=None) -> SaveResult | None:
    """Show the review; when the clerk saves, store the corrected result as one action and show the new plan.

    `dialog_hook(dialog)` runs before the dialog is shown modally; tests use it to drive and accept the dialog.
    """
    if parsed.get("kind") == "not_a_plan" or not (parsed.get("tasks") or parsed.get("indicators")):
        crash.show_error(window, UserError(f"“{path.name}”中没有找到重点任务或指标，不像是一份实施方案，未导入"))
        return None
    dialog = ImportReviewDialog(window.ws, parsed, path.name, window)
    if dialog_hook:
        dialog_hook(dialog)
    elif dialog.exec() != QDialog.DialogCode.Accepted:
        window.ui.status_bar.showMessage("已取消导入", 5000)
        return None
    if dialog_hook and dialog.result() != QDialog.DialogCode.Accepted:
        return None
    window.commit_pending()
    try:
        result = save_parsed_plan(window.ws, dialog.parsed, source_file=path.name)
    except UserError as exc:
        crash.show_error(window, exc)
        return None
    # Saved items may have been renumbered or removed: earlier undo steps could point at rows that changed.
    window.undo_stack.clear()
    window.reload_plans(select=result.plan_id)
    message = describe_changes(result, dialog.parsed)
    window.ui.status_bar.showMessage(f"已导入“{dialog.parsed.get('title', '')}”", 10000)
    if not dialog_hook:
        QMessageBox.information(window, APP_TITLE, message)
    return result
