"""Every bad return gets a clear Chinese message, nothing crashes, and the workspace stays byte-for-byte the same."""

from __future__ import annotations

import pytest

from jxplan.exchange import contract as c
from jxplan.exchange import merge_files
from jxplan.exchange.template import make_templates
from jxplan.services.demo import build_demo
from jxplan.services.plans import find_plan
from jxplan.services.progress import get_progress
from jxplan.services.units import find_unit
from jxplan.services.workspace import Workspace
from tests.exchange import corpus
from tests.exchange.conftest import PERIOD, PLAN_REF
from tests.exchange.helpers import fill, sha256, uids


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    db = build_demo(base / "demo.jxplan")
    with Workspace.open(db) as ws:
        plan_id = find_plan(ws, PLAN_REF)
        units = [find_unit(ws, n) for n in ("市科技局", "南湖区")]
        mine, other = make_templates(ws, plan_id, PERIOD, base / "tpl", units)
    return db, mine, corpus.build(mine, other, base / "corpus")


def test_opening_and_closing_alone_keeps_the_bytes(setup):
    db = setup[0]
    before = sha256(db)
    with Workspace.open(db):
        pass
    assert sha256(db) == before


@pytest.mark.parametrize(
    "name",
    [
        "truncated.xlsx",
        "corrupted.xlsx",
        "random.xlsx",
        "empty.xlsx",
        "pdf_renamed.xlsx",
        "password.xlsx",
        "million_rows.xlsx",
        "huge_cell.xlsx",
        "formulas.xlsx",
        "merged_cells.xlsx",
        "no_meta.xlsx",
        "other_plan.xlsx",
        "other_period.xlsx",
        "other_unit_rows.xlsx",
        "not_a_template.csv",
    ],
)
def test_bad_return_is_explained_and_changes_nothing(setup, name):
    db, _, files = setup
    path, status, phrase = files[name]
    before = sha256(db)
    with Workspace.open(db) as ws:
        report = merge_files(ws, [path], period=PERIOD if name == "other_period.xlsx" else None)
    result = report.files[0]
    assert result.status == status
    text = result.message + " ".join(e["message"] for e in result.errors + result.warnings)
    assert phrase in text, text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.message)
    assert sha256(db) == before


def test_renamed_sheets_and_moved_columns_still_merge(setup, tmp_path):
    db, mine, _ = setup
    first = uids(mine)[0]

    def bend(wb):
        wb[c.SHEET_TASKS].title = "Sheet1"
        sheet = wb["Sheet1"]
        sheet.insert_cols(3)  # an extra column, everything right of it moves
        sheet.cell(c.HEADER_ROW, 3, "备注")
        sheet.move_range(f"J{c.HEADER_ROW}:J{sheet.max_row}", cols=3)  # 下步计划 to the far right
        wb[c.SHEET_INDICATORS].title = "指标完成情况"

    path = fill(
        mine, {first: {c.STATUS: "已完成", c.PERCENT: 100, c.NEXT_STEPS: "巩固成果"}}, tmp_path / "bent.xlsx", edit=bend
    )
    with Workspace.open(db) as ws:
        result = merge_files(ws, [path]).files[0]
        assert result.status == "merged", result.errors
        task_id = ws.conn.execute("SELECT id FROM task WHERE uid = ?", (first,)).fetchone()[0]
        entry = get_progress(ws, find_unit(ws, "市科技局"), PERIOD, task_id=task_id)
    assert (entry.percent, entry.next_steps) == (100.0, "巩固成果")


def test_million_empty_rows_with_data_merge(setup, tmp_path):
    db, mine, _ = setup
    filled = fill(mine, {uids(mine)[1]: {c.STATUS: "序时推进"}}, tmp_path / "f.xlsx")
    path = corpus.million_empty_rows(filled, tmp_path / "m.xlsx")
    with Workspace.open(db) as ws:
        assert merge_files(ws, [path]).files[0].status == "merged"
