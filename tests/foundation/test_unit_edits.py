"""Clerks edit the unit directory in their workspace: add, rename (old name stays an alias), group, merge, delete."""

import pytest

from jxplan.errors import UserError
from jxplan.services.demo import _plan_dict
from jxplan.services.demo_content import PLAN_A
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.plans import load_plan
from jxplan.services.unit_edit import delete_unit, merge_units, save_unit
from jxplan.services.units import find_unit, load_directory


def test_add_rename_and_match_by_old_name(ws):
    uid = save_unit(ws, name="市未来产业办", jurisdiction="嘉兴市", aliases=["未来办"])
    assert load_directory(ws).resolve("未来办", "嘉兴市").name == "市未来产业办"
    save_unit(ws, unit_id=uid, name="市未来产业发展办公室", jurisdiction="嘉兴市", aliases=["未来办"])
    directory = load_directory(ws)
    assert directory.resolve("市未来产业办", "嘉兴市").name == "市未来产业发展办公室"
    with pytest.raises(UserError, match="已有名为"):
        save_unit(ws, name="市科技局", jurisdiction="嘉兴市")


def test_group_membership_is_editable(ws):
    a = save_unit(ws, name="甲片区", jurisdiction="嘉兴市", kind="zone")
    b = save_unit(ws, name="乙片区", jurisdiction="嘉兴市", kind="zone")
    save_unit(ws, name="各片区", jurisdiction="嘉兴市", kind="group", members=[a, b])
    assert load_directory(ws).resolve("各片区", "嘉兴市").members == ("甲片区", "乙片区")


def test_unknown_unit_from_a_document_is_merged_into_the_real_one(ws):
    doc = _plan_dict(PLAN_A)
    doc["tasks"][0]["units"][1] = {"raw": "市財政局", "name": "市財政局", "role": "coop"}  # a typo in the source
    plan_id = save_parsed_plan(ws, doc).plan_id
    typo, real = find_unit(ws, "市財政局"), find_unit(ws, "市财政局")
    with pytest.raises(UserError, match="不能删除"):
        delete_unit(ws, typo)
    merge_units(ws, typo, real)
    assert [a.unit_name for a in load_plan(ws, plan_id).tasks[0].assignments] == ["市科技局", "市财政局"]
    assert find_unit(ws, "市財政局") == real  # the typo now matches as an alias
    unused = save_unit(ws, name="临时单位", jurisdiction="嘉兴市")
    delete_unit(ws, unused)
    with pytest.raises(UserError):
        find_unit(ws, "临时单位")
