"""Returns re-saved by LibreOffice as .xlsx, .xls and .ods merge exactly like the original."""

from __future__ import annotations

import pytest

from jxplan.core.status import Status
from jxplan.exchange import contract as c
from jxplan.exchange import merge_files
from jxplan.services.progress import get_progress, plan_actuals
from tests import office
from tests.exchange.conftest import PERIOD
from tests.exchange.helpers import fill, uids


def _convert(src, fmt: str, out_dir):
    return office.convert(src, fmt, out_dir)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_libreoffice_resaved_return_merges(fmt, ws, templates, unit, tmp_path):
    path = templates["市科技局"]
    task, ind = uids(path)[0], uids(path, c.SHEET_INDICATORS)[0]
    filled = fill(
        path,
        {
            task: {c.STATUS: "滞后", c.PERCENT: 35, c.PROBLEMS: "用地指标未落实", c.PROGRESS: "已完成前期"},
            ind: {c.IND_ACTUAL: "1,234"},
        },
        tmp_path / "filled.xlsx",
    )
    resaved = _convert(filled, fmt, tmp_path / "lo")
    assert resaved.exists()
    result = merge_files(ws, [resaved]).files[0]
    assert result.status == "merged", (result.message, result.errors)
    assert result.rows_accepted == 2 and result.rows_rejected == 0
    task_id = ws.conn.execute("SELECT id FROM task WHERE uid = ?", (task,)).fetchone()[0]
    entry = get_progress(ws, unit, PERIOD, task_id=task_id)
    assert (entry.status, entry.percent, entry.problems) == (Status.BEHIND, 35.0, "用地指标未落实")
    ind_id = ws.conn.execute("SELECT id FROM indicator WHERE uid = ?", (ind,)).fetchone()[0]
    assert plan_actuals(ws, entry_plan(ws, ind_id), PERIOD)[(ind_id, unit)].value == 1234
    assert not [w for w in result.warnings if "锁定内容" in w["message"]]


def entry_plan(ws, ind_id: int) -> int:
    return ws.conn.execute("SELECT plan_id FROM indicator WHERE id = ?", (ind_id,)).fetchone()[0]
