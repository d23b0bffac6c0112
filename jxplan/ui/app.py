"""Start the Qt application: Chinese translations and locale, the workspace, the main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem

from jxplan import APP_TITLE
from jxplan.errors import UserError


def install_chinese(app: QApplication) -> list[QTranslator]:
    """Load Qt's own Chinese translations (确定/取消) and the Chinese locale; keep the translators alive."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    kept = []
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        tr = QTranslator(app)
        if tr.load(name, path):
            app.installTranslator(tr)
            kept.append(tr)
    return kept


def run_gui(db: str | None = None, demo: bool = False, screenshot: str | None = None) -> int:
    from jxplan.paths import resolve_db_path
    from jxplan.services.demo import build_demo
    from jxplan.services.plans import list_plans
    from jxplan.services.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app._translators = install_chinese(app)  # type: ignore[attr-defined]
    try:
        if demo:
            path = build_demo(Path(tempfile.mkdtemp(prefix="jxplan-demo-")) / "演示工作区.jxplan")
        else:
            path = resolve_db_path(db)
        ws = Workspace.open(path)
    except UserError as exc:
        QMessageBox.critical(None, APP_TITLE, str(exc))
        return 2
    window = QMainWindow()
    window.setWindowTitle(f"{APP_TITLE} — {path.name}")
    plans = list_plans(ws)
    table = QTableWidget(len(plans), 3)
    table.setHorizontalHeaderLabels(["方案", "任务数", "指标数"])
    for r, p in enumerate(plans):
        for c, v in enumerate((p["title"], p["tasks"], p["indicators"])):
            table.setItem(r, c, QTableWidgetItem(str(v)))
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()
    if screenshot:

        def grab() -> None:
            window.grab().save(screenshot)
            app.quit()

        QTimer.singleShot(300, grab)
    code = app.exec()
    ws.close()
    return code
