"""Each pattern of the corpus README, on short documents written for the tests (tests/importer/samples.py)."""

from tests.importer.samples import (
    CELLS_INDICATORS,
    HEADING_LEAD,
    LINES_PLAN,
    NEWS,
    PIPE_INDICATORS,
    PIPE_TASK_LIST,
    PIPE_TASKS,
    PLAN_CONTINUOUS,
    PLAN_WITH_NOTICE,
    POINT_CLAUSES,
    VERB_CLAUSES,
)


def units(task_or_row):
    return [(u["raw"], u["name"], u["role"]) for u in task_or_row["units"]]


def messages(result):
    return " | ".join(w["where"] + " " + w["message"] for w in result["warnings"])


def test_metadata_from_web_chrome_and_cover_notice(parse):
    r = parse(PLAN_WITH_NOTICE)
    assert (r["title"], r["doc_number"], r["issuer"], r["date"]) == (
        "嘉兴市低空经济试点行动方案(2025—2027年)",
        "嘉政办发〔2025〕9号",
        "嘉兴市人民政府办公室",
        "2025-03-02",
    )
    assert (r["start_year"], r["end_year"], r["jurisdiction"], r["kind"]) == (2025, 2027, "嘉兴市", "plan")
    assert not any("打印" in t["text"] for t in r["tasks"])


def test_task_part_groups_restart_numbering_and_units(parse):
    r = parse(PLAN_WITH_NOTICE)
    assert [(t["section"], t["number"]) for t in r["tasks"]] == [("一", "1"), ("一", "2"), ("二", "1"), ("二", "2")]
    t1, t2, t3, t4 = r["tasks"]
    assert t1["title"] == "建设起降场地"
    assert units(t1) == [("市交通运输局", "市交通运输局", "lead"), ("市发展改革委", "市发展改革委", "coop")]
    assert units(t2)[-1] == ("各县〔市、区〕政府", "各县（市、区）政府", "coop")
    assert len(t2["units"][-1]["members"]) >= 7
    assert t2["subitems"] == ["优化空域。", "规划航线。", "建设监管平台。"]
    assert units(t3) == [("市经信局", "市经信局", "lead"), ("市商务局", "市商务局", "coop")]
    assert [(u["raw"], u["role"]) for u in t4["units"]] == [("市商务局", "lead"), ("市邮政管理局", "coop")]
    assert "市邮政管理局" in messages(r)
    sections = {(s["key"], s["title"]) for s in r["sections"]}
    assert ("二/一", "完善基础设施") in sections and ("三", "保障措施") in sections


def test_targets_and_deadlines_in_tasks(parse):
    r = parse(PLAN_WITH_NOTICE)
    t1, t2, t3, _ = r["tasks"]
    assert [(x["value"], x["unit"], x["qualifier"], x["year"]) for x in t1["targets"]] == [
        (2, "个", "以上", 2027),
        (50, "个", None, 2027),
    ]
    assert (t1["deadline"], t1["deadline_text"]) == ("2027-12-31", "到2027年")
    assert t2["targets"][0]["recurring"] is True
    assert t3["targets"][0]["year"] == 2025 and t3["deadline_text"] == "年内"


def test_continuous_numbering_duplicates_missing_units_and_lead_pairs(parse):
    r = parse(PLAN_CONTINUOUS)
    assert [t["number"] for t in r["tasks"]] == ["1", "2", "3", "3", "5"]
    assert [u["role"] for u in r["tasks"][1]["units"]] == ["lead", "lead"]
    assert r["tasks"][0]["deadline"] == "2025-06-30"
    text = messages(r)
    assert "编号 3 出现了 2 次" in text
    assert "3 之后是 5" in text
    assert "第3项任务" in text and "没有写明责任单位" in text


def test_unit_lines_lead_coop_leaders_and_generic_units(parse):
    r = parse(LINES_PLAN)
    assert [t["number"] for t in r["tasks"]] == ["1", "2", "3"]
    t1, t2, t3 = r["tasks"]
    assert [(u["raw"], u["role"]) for u in t1["units"]] == [
        ("市财政局", "lead"),
        ("市税务局", "coop"),
        ("市自然资源和规划局", "coop"),
        ("市级有关部门", "coop"),
        ("各县(市、区)政府", "coop"),
    ]
    assert t1["units"][3].get("generic") is True
    assert t2["leaders"] == ["张三", "李四"]
    assert units(t2)[0] == ("市发展改革委", "市发展改革委", "lead")
    assert t3["section"] == "二"
    assert "市级有关部门" not in messages(r)


def test_lead_named_in_section_heading(parse):
    r = parse(HEADING_LEAD, jurisdiction="海宁市")
    assert [(t["section"], t["number"]) for t in r["tasks"]] == [("一", "一"), ("一", "二"), ("二", "一")]
    assert [u["role"] for u in r["tasks"][0]["units"]] == ["lead"]
    assert r["tasks"][0]["units"][0]["raw"] == "市科技局"
    assert r["tasks"][0]["targets"] == []  # a subsidy is policy, not a target
    assert [u["raw"] for u in r["tasks"][1]["units"]] == ["市科技局", "市财政局"]
    assert r["tasks"][2]["units"][0]["raw"] == "市发展改革委"
    assert r["sections"][0]["title"] == "推进教育科技人才一体发展"


def test_pipe_task_table_with_star_lead_alias_and_county_units(parse):
    r = parse(PIPE_TASKS)
    assert len(r["tasks"]) == 3
    assert units(r["tasks"][1]) == [
        ("市委组织部(市委人才办)", "市委组织部", "lead"),
        ("市人力社保局", "市人力社保局", "coop"),
    ]
    assert [u["raw"] for u in r["tasks"][2]["units"]] == ["市科技局", "南湖区政府", "秀洲区政府"]
    assert r["jurisdiction"] == "嘉兴市"


def test_pipe_indicators_quarters_annual_span_and_key_works(parse):
    r = parse(PIPE_INDICATORS, jurisdiction="平湖市")
    first, second, third, fourth = r["indicators"]
    assert [(v["year"], v["raw"]) for v in first["targets"]] == [(2023, "51"), (2025, "55"), (2027, "60")]
    assert [(m["period"], m["value"]) for m in first["milestones"]] == [
        ("2023Q1", 11),
        ("2023Q2", 25),
        ("2023Q3", 36),
        ("2023Q4", 51),
    ]
    assert first["measure_unit"] == "亿元"
    assert second["milestones"] == [] and units(second) == [("市科技局", "市科技局", "lead")]
    assert [v["qualifier"] for v in third["targets"]] == ["新认定", "累计达", "累计达"]
    assert fourth["units"][0]["raw"] == "市市场监管局"
    text = messages(r)
    assert "附件1 第2行" in text and "90" in text and "110" in text
    assert "附件1的指标中编号 3 出现了 2 次" in text
    kw = r["key_works"]
    assert [(k["number"], k["category"]) for k in kw] == [
        ("1", "科技强基重点项目"),
        ("2", "科技强基重点项目"),
        ("3", "平台提升重点任务"),
    ]
    assert kw[2]["name"] == "射频异质异构集成全国重点实验室"
    assert [u["raw"] for u in kw[0]["units"]] == ["市科技局", "市城投集团"]
    assert (kw[0]["targets"][0]["value"], kw[0]["targets"][0]["year"]) == (4, 2023)
    assert kw[1]["targets"][0]["year"] == 2023


def test_one_cell_per_line_indicators_groups_self_set_and_values(parse):
    r = parse(CELLS_INDICATORS)
    one, two, three, _four = r["indicators"]
    assert one["category"] == ["目标体系", "总体目标"] and two["category"] == ["目标体系", "总体目标"]
    assert three["category"] == ["创新体系", "培育企业"]
    assert one["baseline"]["year"] == 2024 and one["targets"][0]["year"] == 2027
    assert two["self_set"] and two["name"] == "减负金额(亿元)" and two["note"] == "带*的为嘉兴市自设指标"
    assert not one["self_set"] and one["note"] is None
    assert three["baseline"]["value"] == 15 and three["baseline"]["note"] == "24年数据未出"
    assert [u["role"] for u in three["units"]] == ["lead", "coop"]
    assert two["raw_row"] == ["", "", "2", "*减负金额(亿元)", "296", "230以上", "市经信局"]
    text = messages(r)
    assert "230以上 低于基期值 296" in text
    assert "位次" not in text  # 前50 after 54 is progress for a rank


def test_news_is_not_a_plan(parse):
    r = parse(NEWS)
    assert r["kind"] == "not_a_plan"
    assert r["tasks"] == [] and r["indicators"] == []
    assert "不是一份方案" in r["warnings"][0]["message"]
    assert r["date"] == "2022-04-27"


def test_traditional_characters_are_read_as_simplified(parse):
    text = HEADING_LEAD.replace("海宁市推动经济高质量发展政策承接方案", "平湖市推動經濟高質量發展政策")
    text = text.replace("责任单位", "責任單位").replace("牵头", "牽頭").replace("发展", "發展").replace("财政", "財政")
    text = text.replace("实施", "實施").replace("项目", "項目").replace("机制", "機制").replace("认定", "認定")
    r = parse(text)
    assert r["jurisdiction"] == "平湖市"
    assert [u["raw"] for u in r["tasks"][1]["units"]] == ["市科技局", "市财政局"]
    assert "繁体" in r["warnings"][0]["message"]


def test_units_in_the_words_of_a_work_plan(parse):
    """`（A牵头，B、C配合）`, `（由A牵头…）`, `共同牵头`, `按职责分工负责`: units and roles without a 责任单位 label;
    other brackets (a note in the text, `由企业自主申报`) stay text."""
    r = parse(VERB_CLAUSES)
    roles = [[(u["raw"], u["role"]) for u in t["units"]] for t in r["tasks"]]
    assert roles == [
        [("市经信局", "lead"), ("市发展改革委", "coop"), ("市商务局", "coop")],
        [("市经信局", "lead"), ("各县（市、区）政府", "coop")],
        [("市自然资源和规划局", "lead"), ("市经信局", "lead"), ("市财政局", "coop")],
        [("市市场监管局", "lead"), ("市数据局", "coop")],
        [],
    ]
    t1, _, t3, _, t5 = r["tasks"]
    assert t1["text"].endswith("（含重点企业，不少于10家）。") and "牵头" not in t1["text"]
    assert "（其中省级以上园区不少于一半）" in t3["text"]
    assert t5["text"].endswith("（由企业自主申报）。")
    assert "第5项任务" in messages(r) and "没有写明责任单位" in messages(r)


def test_task_list_with_lead_and_coop_columns_and_deadline_cells(parse):
    r = parse(PIPE_TASK_LIST)
    assert r["title"] == "嘉兴市2026年科技创新重点任务清单"  # the 附件1 label above it is not part of it
    assert (r["start_year"], r["end_year"]) == (2026, 2026)
    below = parse("嘉兴市2026年主要指标分解表\n\n附件1\n\n" + PIPE_TASK_LIST.split("\n\n", 2)[2])
    assert below["title"] == "嘉兴市2026年主要指标分解表"  # nor a label below the title
    assert [[(u["raw"], u["role"]) for u in t["units"]] for t in r["tasks"]] == [
        [("市科技局", "lead"), ("市财政局", "coop"), ("市税务局", "coop")],
        [("市科技局", "lead"), ("市发展改革委", "coop")],
        [("市委组织部（市委人才办）", "lead"), ("市科技局", "coop"), ("市人力社保局", "coop")],
    ]
    assert [(t["deadline"], t["deadline_text"]) for t in r["tasks"]] == [
        ("2026-12-31", "2026年12月底"),
        ("2026-09-30", "第三季度"),
        (None, "长期坚持"),
    ]


def test_points_with_clauses_of_their_own_stay_in_the_task(parse):
    """（1）…（责任单位：A）（2）…（责任单位：B）: the second point had been dropped with its units, without a word."""
    t1, t2 = parse(POINT_CLAUSES)["tasks"]
    assert t1["subitems"] == ["保障用地需求，每年新增工业用地5000亩。", "加大金融支持，民营企业贷款余额增长10%以上。"]
    assert [(u["raw"], u["role"]) for u in t1["units"]] == [
        ("市自然资源和规划局", "lead"),
        ("市经信局", "coop"),
        ("人民银行嘉兴市分行", "lead"),  # leads its point; a unit named twice leads if it leads anywhere
    ]
    assert [u["raw"] for u in t2["units"]] == ["市数据局"]


def test_circled_numbers_are_points_too():
    from jxplan.importer.outline import split_subitems

    assert split_subitems("强化要素保障，包括：①保障用地；②加大金融支持；③优化人才服务。") == [
        "保障用地；",
        "加大金融支持；",
        "优化人才服务。",
    ]


def test_a_label_run_on_after_the_text_and_a_lead_note_after_a_name(parse):
    r = parse(
        "2026年优化营商环境工作要点\n\n一、重点任务\n\n"
        "1.深化改革。推进“一网通办”。责任单位：市市场监管局、市数据局（牵头）\n\n"
        "2.强化属地责任。（各县（市、区）政府负责落实）\n\n"
        "3.完善信用体系。主要责任单位：市发展改革委、人民银行嘉兴市分行\n"
    )
    t1, t2, t3 = r["tasks"]
    assert t1["text"] == "深化改革。推进“一网通办”。"
    assert [(u["raw"], u["role"]) for u in t1["units"]] == [("市市场监管局", "coop"), ("市数据局", "lead")]
    assert [(u["name"], u["role"]) for u in t2["units"]] == [("各县（市、区）政府", "lead")]
    assert [u["raw"] for u in t3["units"]] == ["市发展改革委", "人民银行嘉兴市分行"]
    assert not any("没有写明责任单位" in w["message"] for w in r["warnings"])


def test_indicator_table_without_numbers_carries_its_category_down(parse):
    """类别 written on a group's first row only, in a table without 序号; its later rows start with an empty cell."""
    r = parse(
        "嘉兴市科技创新“十四五”规划\n\n一、发展目标\n\n"
        "类别 | 指标 | 单位 | 2020年 | 2025年 | 属性\n"
        "创新投入 | 全社会R&D经费支出占GDP比重 | % | 3.12 | 3.6 | 预期性\n"
        " | 每万人研发人员数 | 人年 | 120 | 160 | 预期性\n"
        "创新产出 | 每万人高价值发明专利拥有量 | 件 | 9.8 | 18 | 约束性\n\n"
        "二、主要任务\n\n1.建设实验室体系。到2025年，建成省实验室2家。\n\n2.建设技术创新中心。\n"
    )
    rows = [(i["number"], i["category"], i["name"], i["measure_unit"]) for i in r["indicators"]]
    assert rows == [
        ("1", ["创新投入"], "全社会R&D经费支出占GDP比重", "%"),
        ("2", ["创新投入"], "每万人研发人员数", "人年"),
        ("3", ["创新产出"], "每万人高价值发明专利拥有量", "件"),
    ]
    assert [(t["year"], t["raw"]) for t in r["indicators"][1]["targets"]] == [(2025, "160")]


APPENDIX_AFTER_BODY = (
    """嘉兴市科技创新行动方案

一、重点任务

（一）强化企业主体。

1.培育科技企业。新认定高新技术企业300家。（责任单位：市科技局、市财政局）

二、保障措施

（一）加强组织领导。建立工作专班。

"""
    + PIPE_TASK_LIST
)


def test_task_table_in_an_appendix_is_a_section_of_its_own(parse, ws):
    # Filed by label, the table's tasks used to land under the body's last heading (保障措施 / 加强组织领导).
    r = parse(APPENDIX_AFTER_BODY)
    appendix = r["sections"][-1]
    assert (appendix["label"], appendix["key"], appendix["level"], appendix["task_part"]) == ("附件1", "附件1", 1, True)
    assert appendix["title"] == "嘉兴市2026年科技创新重点任务清单"
    assert [(t["number"], t["section_key"]) for t in r["tasks"]] == [
        ("1", "一/一"),
        ("1", "附件1"),
        ("2", "附件1"),
        ("3", "附件1"),
    ]
    assert "任务编号" not in messages(r)  # numbering restarting in the appendix is not a duplicate
    bare = parse(APPENDIX_AFTER_BODY.replace("嘉兴市2026年科技创新重点任务清单\n", ""))
    assert bare["sections"][-1]["title"] == ""  # not the body heading above the 附件1 label (二、保障措施)

    from jxplan.services.plan_store import save_parsed_plan
    from jxplan.services.plans import load_plan

    plan = load_plan(ws, save_parsed_plan(ws, r).plan_id)
    headings = [plan.section(t.section_id).heading for t in plan.tasks]
    assert headings == ["（一）强化企业主体"] + ["附件1　嘉兴市2026年科技创新重点任务清单"] * 3
