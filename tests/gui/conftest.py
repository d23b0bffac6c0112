"""GUI test fixtures: offscreen Qt (set before Qt loads), the main window on a copy of the demo workspace."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest

from jxplan.services.workspace import Workspace

DEMO_TODAY = date(2026, 11, 22)  # fixed, so the default period does not move with the calendar


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True, scope="session")
def private_qsettings(tmp_path_factory):
    """Window state (last plan) goes to a temporary folder, never to the user's own settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture
def ws(demo_path):
    """Here `ws` is a copy of the demo workspace (the root conftest's `ws` is an empty one)."""
    with Workspace.open(demo_path) as ws:
        yield ws


@pytest.fixture
def window(qapp, qtbot, ws, monkeypatch):
    """The main window on a demo workspace; an unexpected error dialog fails the test instead of blocking it."""
    from jxplan.ui import crash
    from jxplan.ui.app import create_app
    from jxplan.ui.main_window import MainWindow

    def fail(_parent, exc):
        raise exc

    monkeypatch.setattr(crash, "show_error", fail)
    create_app()
    w = MainWindow(ws, today=DEMO_TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    from jxplan.services.plans import list_plans

    w.select_plan(list_plans(ws)[0]["id"])  # the tests are written against the first demo plan
    return w


def type_text(widget, text: str) -> None:
    """Type text one character at a time (qtbot.keyClicks aborts the process on Chinese characters)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
