"""Start the Qt application: Chinese translations, locale and fonts, logging and error dialogs, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from jxplan import APP_NAME, APP_TITLE
from jxplan.errors import UserError
from jxplan.resources import resource_path

# Tried in order; the first installed one carries the Chinese text (Windows, then Linux/WPS machines).
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimSun",
)
TAB_ENV = "JXPLAN_TAB"  # optional tab title prefix to show first (used to take the README screenshots)


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


def install_cjk_font(app: QApplication) -> QFont:
    """Keep the platform's UI font for Latin text and put the CJK families right behind it.

    Qt skips the families that are not installed, so they are not looked up first: listing every installed font
    (QFontDatabase.families) costs start-up time on a PC with hundreds of fonts.
    """
    font = app.font()
    font.setFamilies([font.family(), *CJK_FAMILIES])
    app.setFont(font)
    return font


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: high-DPI rounding, names, Chinese translations, CJK font."""
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 %) as the system asks, instead of rounding to 100 % or 200 %.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    if not getattr(app, "_jxplan_ready", False):
        app._jxplan_translators = install_chinese(app)  # type: ignore[attr-defined]
        install_cjk_font(app)
        icon = resource_path("icons", "jxplan.png")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
        app._jxplan_ready = True  # type: ignore[attr-defined]
    return app


def run_gui(db: str | None = None, demo: bool = False, screenshot: str | None = None, screenshot_delay: int = 0) -> int:
    """`jxplan gui`: open the workspace (or a fresh demo one) in the main window; --screenshot saves and exits."""
    from jxplan.paths import log_dir, resolve_db_path
    from jxplan.services.workspace import Workspace
    from jxplan.ui import crash
    from jxplan.ui.main_window import MainWindow

    app = create_app()
    crash.setup_logging(log_dir())
    crash.install_excepthook()
    pending_import: Path | None = None
    try:
        if demo:
            import tempfile

            from jxplan.services.demo import build_demo

            path = build_demo(Path(tempfile.mkdtemp(prefix="jxplan-demo-")) / "演示工作区.jxplan")
        else:
            path = resolve_db_path(db)
            if not path.exists() and not db and not screenshot:
                from jxplan.ui.first_run import first_run_workspace

                chosen = first_run_workspace(path)
                if chosen is None:
                    return 0  # closed the welcome dialog: nothing was created
                path, pending_import = chosen
        ws = Workspace.open(path)
    except UserError as exc:
        if screenshot:  # unattended: no dialog that nobody will close
            raise
        QMessageBox.critical(None, APP_TITLE, str(exc))
        return exc.exit_code
    try:
        window = MainWindow(ws)
        window.resize(1366, 768) if screenshot else window.resize(1280, 760)
        _show_tab(window, os.environ.get(TAB_ENV, ""))
        window.show()
        if screenshot:
            QTimer.singleShot(screenshot_delay, lambda: _save_screenshot(window, Path(screenshot)))
        elif pending_import:
            from jxplan.ui.import_flow import start_import

            QTimer.singleShot(0, lambda: start_import(window, pending_import))
        code = app.exec()
    finally:
        ws.close()
    return code


def _save_screenshot(window, path: Path) -> None:
    """Save the rendered window, say so on stdout (scripts and bench_dist wait for that line), and quit.

    --screenshot is a command-line mode, so its outcome is printed like the other commands' (hence the noqa).
    """
    if window.grab().save(str(path)):
        print(f"已保存主窗口截图：{path}", flush=True)  # noqa: T201
        code = 0
    else:
        print(f"无法保存截图“{path}”：请检查文件夹是否存在、是否可写，文件名是否以 .png 结尾", file=sys.stderr)  # noqa: T201
        code = 1
    window.close()
    QApplication.instance().exit(code)


def _show_tab(window, prefix: str) -> None:
    tabs = window.ui.tabs
    for i in range(tabs.count()):
        if prefix and tabs.isTabVisible(i) and tabs.tabText(i).startswith(prefix):
            tabs.setCurrentIndex(i)
