"""The first-run dialog: three choices that each end in something to look at, never an empty window."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jxplan.ui.first_run import DEMO, IMPORT, OPEN, FirstRunChoice, FirstRunDialog, workspace_for


@pytest.fixture
def picked():
    """What the file chooser 'returns' and the captions it was opened with."""
    return {"answer": "", "captions": []}


@pytest.fixture
def dialog(qtbot, picked, tmp_path):
    def pick(parent, caption, file_filter):
        picked["captions"].append((caption, file_filter))
        return picked["answer"]

    d = FirstRunDialog(tmp_path / "data" / "workspace.jxplan", pick_file=pick)
    qtbot.addWidget(d)
    d.show()
    return d


def test_explains_what_a_workspace_is_and_where_it_goes(dialog, tmp_path):
    text = dialog.explanation.text()
    assert "工作区是一个文件" in text
    assert str(tmp_path / "data" / "workspace.jxplan") in text
    assert [b.text() for b in (dialog.import_button, dialog.demo_button, dialog.open_button)] == [
        "导入方案文件",
        "先看看演示",
        "打开已有的工作区",
    ]


def test_demo_needs_no_file(qtbot, dialog, picked):
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.choice.action == DEMO and dialog.choice.path is None
    assert picked["captions"] == []


def test_import_returns_the_chosen_plan_document(qtbot, dialog, picked, tmp_path):
    picked["answer"] = str(tmp_path / "行动方案.docx")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.choice.action == IMPORT and dialog.choice.path == Path(picked["answer"])
    assert "*.docx" in picked["captions"][0][1] and "*.txt" in picked["captions"][0][1]


def test_open_returns_the_chosen_workspace(qtbot, dialog, picked, tmp_path):
    picked["answer"] = str(tmp_path / "U盘" / "科室.jxplan")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.choice.action == OPEN and dialog.choice.path == Path(picked["answer"])
    assert "*.jxplan" in picked["captions"][0][1]


def test_cancelling_the_file_chooser_keeps_the_dialog_open(qtbot, dialog, picked):
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.choice is None


def test_closing_means_no_choice(qtbot, dialog):
    dialog.reject()
    assert dialog.choice is None and dialog.result() == FirstRunDialog.DialogCode.Rejected


def test_each_choice_leads_to_a_workspace_to_open(tmp_path):
    default = tmp_path / "data" / "workspace.jxplan"
    plan = tmp_path / "行动方案.docx"
    assert workspace_for(FirstRunChoice(IMPORT, plan), default) == (default, plan)
    assert workspace_for(FirstRunChoice(OPEN, tmp_path / "科室.jxplan"), default) == (tmp_path / "科室.jxplan", None)


def test_demo_choice_builds_a_demo_apart_from_the_real_workspace(tmp_path, monkeypatch):
    import tempfile

    from jxplan.services.plans import list_plans
    from jxplan.services.workspace import Workspace

    (tmp_path / "temp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    default = tmp_path / "data" / "workspace.jxplan"
    demo, plan = workspace_for(FirstRunChoice(DEMO), default)
    assert plan is None and not default.exists() and (tmp_path / "temp") in demo.parents
    with Workspace.open(demo, readonly=True) as ws:
        assert len(list_plans(ws)) == 2
