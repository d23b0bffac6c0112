"""Documents mirrored in Traditional characters read like their Simplified originals (text written for the test)."""

from jxplan.importer.hant import to_simplified

# (Simplified, Traditional) paragraph pairs of a plan written for this test.
PARAGRAPHS = [
    ("嘉兴市推动经济高质量发展若干政策", "嘉興市推動經濟高質量發展若干政策"),
    ("一、加快制造业转型升级（由市经信局牵头）", "一、加快製造業轉型升級（由市經信局牽頭）"),
    (
        "（一）支持企业技术改造。对年度设备投资额达到五百万元以上的项目，按实际投资额给予补助，单个项目最高奖励二百万元。（责任单位：市经信局、市财政局，列第一位的为牵头单位，下同）",
        "（一）支持企業技術改造。對年度設備投資額達到五百萬元以上的項目，按實際投資額給予補助，單個項目最高獎勵二百萬元。（責任單位：市經信局、市財政局，列第一位的為牽頭單位，下同）",
    ),
    (
        "（二）鼓励数据要素流通。支持企业开展数据资产登记，推进工业互联网平台和云计算中心建设，对新认定的省级平台给予一次性奖励。（责任单位：市数据局、市发展改革委）",
        "（二）鼓勵數據要素流通。支持企業開展數據資產登記，推進工業互聯網平臺和雲計算中心建設，對新認定的省級平臺給予一次性獎勵。（責任單位：市數據局、市發展改革委）",
    ),
    ("二、提升科技创新能力（由市科技局牵头）", "二、提升科技創新能力（由市科技局牽頭）"),
    (
        "（一）培育高新技术企业。对首次认定的企业给予三十万元奖励，并在税费减免、贷款贴息、人才引进等方面予以倾斜。（责任单位：市科技局、市税务局、人行嘉兴市分行）",
        "（一）培育高新技術企業。對首次認定的企業給予三十萬元獎勵，並在稅費減免、貸款貼息、人才引進等方面予以傾斜。（責任單位：市科技局、市稅務局、人行嘉興市分行）",
    ),
    (
        "（二）加强知识产权保护。完善专利侵权纠纷调解机制，严厉打击违法行为，维护市场秩序。（责任单位：市市场监管局）",
        "（二）加強知識產權保護。完善專利侵權糾紛調解機制，嚴厲打擊違法行為，維護市場秩序。（責任單位：市市場監管局）",
    ),
    (
        "（三）稳定重点群体就业。推进养老服务体系建设，对吸纳就业困难人员并缴纳社会保险费的用人单位给予补贴，减免房屋租金，帮助企业扭亏增效、提升利润。开展污染防治和滨海滩涂、河道闸站、防涝工程建设，做好舆情跟踪。原则上用工单位雇佣人员岗位补贴占比不超过百分之三十，按宪法和有关规定保障群众权益，不得违规买卖补偿指标。支持萧山、南浔、温州纺织纱线企业发展。（责任单位：市人力社保局、市民政局）",
        "（三）穩定重點群體就業。推進養老服務體系建設，對吸納就業困難人員並繳納社會保險費的用人單位給予補貼，減免房屋租金，幫助企業扭虧增效、提升利潤。開展汙染防治和濱海灘塗、河道閘站、防澇工程建設，做好輿情跟蹤。原則上用工單位僱傭人員崗位補貼佔比不超過百分之三十，按憲法和有關規定保障群眾權益，不得違規買賣補償指標。支持蕭山、南潯、溫州紡織紗線企業發展。（責任單位：市人力社保局、市民政局）",
    ),
    ("三、保障措施", "三、保障措施"),
    (
        "各地各部门要认真贯彻落实，加强统筹协调，确保各项政策落到实处。本政策自发布之日起施行，由各责任单位负责解释。",
        "各地各部門要認真貫徹落實，加強統籌協調，確保各項政策落到實處。本政策自發佈之日起施行，由各責任單位負責解釋。",
    ),
]
SIMPLIFIED = "\n\n".join(s for s, _ in PARAGRAPHS) + "\n"
TRADITIONAL = "\n\n".join(t for _, t in PARAGRAPHS) + "\n"


def test_every_character_of_a_government_text_is_converted():
    converted, changed = to_simplified(TRADITIONAL)
    assert changed
    assert [(a, b) for a, b in zip(converted, SIMPLIFIED, strict=True) if a != b] == []


def test_simplified_text_is_left_alone():
    assert to_simplified(SIMPLIFIED) == (SIMPLIFIED, False)


def test_traditional_plan_parses_like_the_simplified_one(parse):
    a, b = parse(SIMPLIFIED), parse(TRADITIONAL)
    assert b["warnings"][0]["message"].startswith("文件为繁体字")
    assert {k: v for k, v in a.items() if k not in ("source", "warnings")} == {
        k: v for k, v in b.items() if k not in ("source", "warnings")
    }
    assert a["warnings"] == b["warnings"][1:]
    assert [t["number"] for t in b["tasks"]] == ["一", "二", "一", "二", "三"]
    assert [u["name"] for u in b["tasks"][2]["units"]] == ["市科技局", "市税务局", a["tasks"][2]["units"][2]["name"]]
