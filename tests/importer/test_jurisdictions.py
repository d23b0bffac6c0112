"""Documents of other Zhejiang places: the jurisdiction is found and reported, units stay theirs."""

import pytest

from jxplan.errors import UserError

HUZHOU = """湖州市人民政府办公室关于印发湖州市科技创新三年行动方案的通知

湖政办发〔2025〕3号

各区县人民政府，市政府各部门：

现将《湖州市科技创新三年行动方案》印发给你们，请认真贯彻执行。

湖州市人民政府办公室

2025年2月10日

湖州市科技创新三年行动方案

一、重点任务

1.建设科创平台。（责任单位：市科技局、市发改委，各区县政府）

2.培育科技企业。（责任单位：市经信局）
"""


def _plan(head: str, units: str = "市科技局、市财政局") -> str:
    return (
        f"{head}\n\n一、主要任务\n\n1.推进科技攻关。（责任单位：{units}）\n\n2.加快成果转化。（责任单位：市科技局）\n"
    )


def test_city_document_from_issuer_units_kept_unknown_and_unmatched(parse):
    r = parse(HUZHOU)
    assert (r["jurisdiction"], r["jurisdiction_source"], r["jurisdiction_known"]) == ("湖州市", "title", False)
    assert r["jurisdiction_parent"] == "浙江省" and r["doc_number"] == "湖政办发〔2025〕3号"
    units = r["tasks"][0]["units"]
    assert [(u["name"], u["role"], u["known"]) for u in units] == [
        ("市科技局", "lead", False),
        ("市发改委", "coop", False),
        ("各区县政府", "coop", False),
    ]
    assert not any("code" in u or "members" in u for u in units)  # never 嘉兴's 市科技局 or county list
    assert units[2].get("group") is True
    unit_warnings = [w for w in r["warnings"] if "单位名录" in w["message"]]
    assert len(unit_warnings) == 1 and "湖州市" in unit_warnings[0]["message"]
    assert "标题" in unit_warnings[0]["message"] and unit_warnings[0]["where"] == "全文"


@pytest.mark.parametrize(
    ("head", "place", "how"),
    [
        ("科技创新工作要点\n\n甬政发〔2024〕12号", "宁波市", "doc_number"),
        ("关于推进数字经济的实施意见\n\n杭政办函〔2023〕5号", "杭州市", "doc_number"),
        ("市政府2025年重点工作清单\n\n绍政办发〔2025〕6号", "绍兴市", "doc_number"),
        ("温州市推进科技创新实施方案", "温州市", "title"),
        ("杭州推进“互联网+”行动实施意见", "杭州市", "title"),
        ("余姚市人民政府关于印发科技新政的通知", "余姚市", "title"),
        ("2024年义乌市政府工作报告重点工作分解", "义乌市", "title"),
        ("海宁市人民政府办公室关于印发科技新政的通知", "海宁市", "title"),
        ("嘉兴市科技创新实施方案\n\n湖政办发〔2025〕1号", "嘉兴市", "title"),
        ("嘉政办发〔2025〕9号", "嘉兴市", "doc_number"),
    ],
)
def test_place_from_title_issuer_or_document_number(parse, head, place, how):
    r = parse(_plan(head))
    assert (r["jurisdiction"], r["jurisdiction_source"]) == (place, how)


def test_county_of_another_city_reports_its_city(parse):
    r = parse(_plan("余姚市科技创新工作方案", units="科技局、财政局"))
    assert (r["jurisdiction"], r["jurisdiction_parent"], r["jurisdiction_known"]) == ("余姚市", "宁波市", False)
    assert all(not u["known"] for t in r["tasks"] for u in t["units"])


def test_place_named_in_text_and_jiaxing_mentions_of_other_cities(parse):
    ningbo = (
        "科技工作要点\n\n一、主要任务\n\n1.建设宁波甬江实验室，支持宁波大学发展。（责任单位：市科技局，宁波海关）\n"
    )
    assert parse(ningbo)["jurisdiction"] == "宁波市"
    jiaxing = (
        "一、重点任务\n\n1.参与环杭州湾创新带建设，对接杭州湾、宁波舟山港，融入杭州都市圈。（责任单位：市科技局）\n"
    )
    r = parse(jiaxing)
    assert r["jurisdiction"] == "嘉兴市" and r["tasks"][0]["units"][0]["known"] is True


def test_explicit_jurisdiction_outside_the_directory(parse):
    r = parse(_plan("科技创新工作要点"), jurisdiction="湖州市")
    assert (r["jurisdiction"], r["jurisdiction_source"], r["jurisdiction_known"]) == ("湖州市", "argument", False)
    with pytest.raises(UserError, match="未知的辖区"):
        parse(_plan("科技创新工作要点"), jurisdiction="火星市")


def test_other_city_plan_is_stored_in_its_own_jurisdiction(tmp_path, parse):
    from jxplan.services.plan_store import save_parsed_plan
    from jxplan.services.plans import load_plan
    from jxplan.services.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws.jxplan")
    try:
        plan_id = save_parsed_plan(ws, parse(HUZHOU)).plan_id
        plan = load_plan(ws, plan_id)
        rows = ws.conn.execute("SELECT name, jurisdiction FROM unit WHERE name = '市科技局'").fetchall()
    finally:
        ws.close()
    assert len(plan.tasks) == 2
    assert ("市科技局", "湖州市") in {tuple(r) for r in rows} and ("市科技局", "嘉兴市") in {tuple(r) for r in rows}
