"""Unit directory edits: an alias makes a document's old name resolve; group members drive the slice."""

from __future__ import annotations

import pytest

from jxplan.errors import UserError
from jxplan.services import unit_edit
from jxplan.services.units import find_unit, group_members
from jxplan.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.open(tmp_path / "w.jxplan") as ws:
        yield ws


def test_alias_resolves_and_can_be_removed(ws):
    unit = find_unit(ws, "市科技局")
    unit_edit.add_alias(ws, unit, "市科学技术委员会")
    assert find_unit(ws, "市科学技术委员会") == unit
    unit_edit.remove_alias(ws, unit, "市科学技术委员会")
    with pytest.raises(UserError):
        find_unit(ws, "市科学技术委员会")


def test_alias_of_another_unit_is_refused(ws):
    with pytest.raises(UserError, match="已是"):
        unit_edit.add_alias(ws, find_unit(ws, "市科技局"), "市经信局")


def test_group_members_are_replaced_and_returned(ws):
    group = next(g for g in group_members(ws))
    before = unit_edit.members(ws, group)
    assert unit_edit.set_members(ws, group, before[:2]) == before
    assert group_members(ws)[group] == before[:2]
