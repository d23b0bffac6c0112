"""`jxplan gui`: open the main window (on a fresh demo workspace with --demo; --screenshot renders and exits)."""

from __future__ import annotations

import argparse

from jxplan.cli import add_db_option

SCREENSHOT_DELAY_MS = 400  # lets the window settle before the grab (the README screenshots)


def add_parser(sub) -> None:
    p = sub.add_parser("gui", help="打开主窗口")
    add_db_option(p)
    p.add_argument("--demo", action="store_true", help="在一个新的演示工作区上打开")
    p.add_argument("--screenshot", metavar="PNG", help="载入后把主窗口保存为图片并退出")
    p.add_argument(
        "--delay", type=int, default=None, metavar="毫秒", help="截图前等待的毫秒数（默认 400，让窗口先稳定）"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # The window's Qt-free half is imported before PySide6: once loaded, PySide6 reads the source of every module
    # imported after it (shiboken's __feature__ import hook looks for "PySide6" in it), ~0.25 ms a module.
    import jxplan.services.dashboard  # with report data, plans, progress, settings, slices and the core
    import jxplan.services.units  # noqa: F401 (with the workspace and the database layer)
    from jxplan.ui.app import run_gui

    delay = SCREENSHOT_DELAY_MS if args.delay is None else max(0, args.delay)
    return run_gui(db=args.db, demo=args.demo, screenshot=args.screenshot, screenshot_delay=delay)
