"""First run: with no workspace yet, offer to import a plan, open the demo, or open an existing workspace file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jxplan import APP_TITLE
from jxplan.paths import is_portable
from jxplan.resources import resource_path

IMPORT, DEMO, OPEN = "import", "demo", "open"
PLAN_FILTER = "方案文件 (*.docx *.doc *.wps *.txt);;所有文件 (*)"
WORKSPACE_FILTER = "工作区文件 (*.jxplan);;所有文件 (*)"

# (parent, caption, filter) -> chosen path or "" when cancelled; a parameter so tests need no native dialog.
PickFile = Callable[[QWidget, str, str], str]


@dataclass(frozen=True)
class FirstRunChoice:
    action: str  # IMPORT | DEMO | OPEN
    path: Path | None = None  # the plan document (IMPORT) or the workspace file (OPEN); None for DEMO


def _pick_with_dialog(parent: QWidget, caption: str, file_filter: str) -> str:
    return QFileDialog.getOpenFileName(parent, caption, "", file_filter)[0]


class FirstRunDialog(QDialog):
    """Three big choices under a short explanation of what a workspace is and where the new one will be kept."""

    def __init__(self, workspace_path: Path, parent: QWidget | None = None, *, pick_file: PickFile | None = None):
        super().__init__(parent)
        self._pick_file = pick_file or _pick_with_dialog
        self.choice: FirstRunChoice | None = None
        self.setWindowTitle(f"欢迎使用{APP_TITLE}")
        self.setWindowIcon(QIcon(str(resource_path("icons", "jxplan.png"))))
        self.setMinimumWidth(600)

        heading = QLabel(f"欢迎使用{APP_TITLE}")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        where = "便携模式：保存在程序旁边的 data 文件夹中" if is_portable() else "保存在本机当前用户的数据文件夹中"
        self.explanation = QLabel(
            "本机上还没有工作区。工作区是一个文件，保存导入的方案、各单位填报的进展和报告设置。\n"
            f"新的工作区将建在（{where}）：\n{workspace_path}\n\n请选择从哪里开始："
        )
        self.explanation.setWordWrap(True)

        self.import_button = QCommandLinkButton(
            "导入方案文件", "选择印发的实施方案、行动方案（.docx、.doc 或 .txt），整理出重点任务、责任单位和指标"
        )
        self.demo_button = QCommandLinkButton(
            "先看看演示", "打开一份示例数据，试用填报、合并和导出报告；演示数据单独保存，不进入正式工作区"
        )
        self.open_button = QCommandLinkButton(
            "打开已有的工作区", "选择已有的工作区文件（.jxplan），例如从另一台电脑或 U 盘拷来的"
        )
        self.import_button.clicked.connect(self._import)
        self.demo_button.clicked.connect(lambda: self._choose(FirstRunChoice(DEMO)))
        self.open_button.clicked.connect(self._open)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        for button in (self.import_button, self.demo_button, self.open_button):
            layout.addWidget(button)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def _import(self) -> None:
        path = self._pick_file(self, "选择要导入的方案文件", PLAN_FILTER)
        if path:
            self._choose(FirstRunChoice(IMPORT, Path(path)))

    def _open(self) -> None:
        path = self._pick_file(self, "选择工作区文件", WORKSPACE_FILTER)
        if path:
            self._choose(FirstRunChoice(OPEN, Path(path)))

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()


def ask_first_run(workspace_path: Path, parent: QWidget | None = None) -> FirstRunChoice | None:
    """Show the dialog; the clerk's choice, or None when they closed it (the caller then quits)."""
    dialog = FirstRunDialog(workspace_path, parent)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


def workspace_for(choice: FirstRunChoice, default_path: Path) -> tuple[Path, Path | None]:
    """(workspace file to open, plan document to import once the window is up) for the clerk's choice.

    The demo goes to a temporary folder, so trying it out never creates the real workspace; an import goes into
    the default workspace, which opening creates.
    """
    if choice.action == DEMO:
        from jxplan.services.demo import build_demo

        return build_demo(Path(tempfile.mkdtemp(prefix="jxplan-demo-")) / "演示工作区.jxplan"), None
    if choice.action == OPEN:
        return choice.path, None
    return default_path, choice.path


def first_run_workspace(default_path: Path, parent: QWidget | None = None) -> tuple[Path, Path | None] | None:
    """Ask, then resolve the answer with `workspace_for`; None when the clerk closed the dialog (quit)."""
    choice = ask_first_run(default_path, parent)
    return workspace_for(choice, default_path) if choice else None
