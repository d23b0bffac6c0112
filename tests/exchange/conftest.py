"""A demo workspace and fresh fill-in workbooks for 2026Q4 (a quarter with no progress yet)."""

from __future__ import annotations

import pytest

from jxplan.exchange.template import make_templates
from jxplan.services.demo import build_demo
from jxplan.services.plans import find_plan
from jxplan.services.units import find_unit
from jxplan.services.workspace import Workspace

PERIOD = "2026Q4"
PLAN_REF = "PEEFEA4"  # the demo plan with indicators and key works


@pytest.fixture
def db(tmp_path):
    return build_demo(tmp_path / "demo.jxplan")


@pytest.fixture
def ws(db):
    with Workspace.open(db) as ws:
        yield ws


@pytest.fixture
def plan_id(ws):
    return find_plan(ws, PLAN_REF)


@pytest.fixture
def unit(ws):
    return find_unit(ws, "市科技局")


@pytest.fixture
def templates(ws, plan_id, tmp_path):
    """unit name → path of its 2026Q4 fill-in workbook."""
    chosen = [find_unit(ws, name) for name in ("市科技局", "市经信局", "南湖区")]
    paths = make_templates(ws, plan_id, PERIOD, tmp_path / "out", chosen)
    return {p.name.split("_")[1]: p for p in paths}
