"""Small plans in the `jxplan parse` shape, laid out like the seeds' tables, stored in a real workspace."""

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.core.status import Status
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.plans import load_plan
from jxplan.services.progress import record_actual, record_progress


def _units(*names):
    return [{"raw": n, "name": n, "role": "lead" if i == 0 else "coop", "members": []} for i, n in enumerate(names)]


def _value(raw, year=None, period=""):
    try:
        number = float(raw)
    except ValueError:
        number = None
    return {"year": year, "period": period, "raw": raw, "value": number, "qualifier": ""}


def _plan(title, **parts):
    return {
        "title": title,
        "doc_number": "",
        "jurisdiction": "嘉兴市",
        "kind": "plan",
        "start_year": 2024,
        "end_year": 2027,
        "sections": [],
        "tasks": [],
        "indicators": [],
        "key_works": [],
        **parts,
    }


SEED000_ROWS = [
    # (体系, 任务, 序号, 指标, 2024年, 2027年, 责任部门, self-set)
    ("强化以“两个显著”为方向的目标体系建设", "总体目标", "1", "全社会研究与试验发展经费支出占GDP比重(%)", "3.55", "3.7", ("市科技局",), False),
    ("强化以“两个显著”为方向的目标体系建设", "总体目标", "2", "规上数字经济核心制造业研发费用占营业收入比重(%)", "3.14", "3.15", ("市经信局", "市科技局"), False),
    ("强化以“两个显著”为方向的目标体系建设", "总体目标", "5", "制造业增加值占GDP比重(%)", "40.4", "保持基本稳定", ("市经信局",), False),
    ("强化以“四链融合”为路径的工作体系建设", "创新平台", "11", "先进制造业集群规上企业数(家)", "12800/7721", "13500/8500", ("市经信局",), False),
    ("强化以“四链融合”为路径的工作体系建设", "创新平台", "12", "规上工业研发投入占营业收入比重(%)", "3.08", "3.15", ("市科技局",), True),
    ("强化以“四链融合”为路径的工作体系建设", "企业主体", "50", "“新三板”挂牌企业（家）", "73", "=85", ("市政府办公室",), True),
]  # fmt: skip


def seed000_plan(ws) -> int:
    """Seed 000's 附件: 体系/任务 groups, 2024年/2027年, `*` self-set marks, text targets, a 备注 line."""
    indicators = [
        {
            "number": num,
            "name": name,
            "measure_unit": "",
            "category": [system, task],
            "self_set": self_set,
            "baseline": _value(base, 2024),
            "targets": [_value(target, 2027)],
            "milestones": [],
            "units": _units(*units),
        }
        for system, task, num, name, base, target, units, self_set in SEED000_ROWS
    ]
    parsed = _plan(
        "关于推动科技创新和产业创新深度融合加快智造创新强市建设的实施方案",
        indicators=indicators,
        indicator_note="备注：带*的为嘉兴市自设指标。",
        indicator_columns={
            "title": "嘉兴市“两新深度融合”主要任务指标",
            "headers": ["体系", "任务", "序号", "指标", "2024年", "2027年", "责任部门"],
        },
    )
    plan_id = save_parsed_plan(ws, parsed).plan_id
    plan = load_plan(ws, plan_id)
    for ind, raw in zip(plan.indicators, ["3.61", "2.1", "", "12900/7800", "3.1", "+80"], strict=True):
        if raw:
            value = float(raw) if raw.replace(".", "").isdigit() else None
            record_actual(ws, IndicatorActual(ind.id, ind.assignments[0].unit_id, "2026Q3", raw=raw, value=value))
    return plan_id


SEED001_INDICATORS = [
    ("1", "规上工业研发费用(亿元)", ("60", "55", "51"), ("11.34", "25.5", "36", "51")),
    ("5", "技术交易总额(亿元)", ("40", "35", "30"), ("8", "15", "22", "30")),
    ("7", "每年新增高新技术企业数(家)", ("累计达800", "累计达650", "新认定80"), ()),
]
SEED001_KEY_WORKS = [
    ("科技强基重点项目", "1", "明湖国际科创岛", "年内开工建设,桩基、地下室进行施工,年内计划完成投资4亿元。", ("市科技局", "市城投集团")),
    ("科技强基重点项目", "2", "航天平湖产业基地项目(一期)", "年内开工建设,主体工程进行施工,年内计划完成投资3亿元。", ("市发改局", "市科技局")),
    ("平台提升重点任务", "5", "嘉兴南湖学院平湖研究院", "加快推进嘉兴南湖学院平湖研究院的筹建工作,年内实现整体运营。", ("市科技局",)),
]  # fmt: skip


def seed001_plan(ws, *, milestone_year=2026) -> int:
    """Seed 001's 附件1 (2027年/2025年/2023年, quarterly milestones, 年度指标 rows) and 附件2 key works.

    The milestones are put in `milestone_year` so a 2026 report has quarters to show actuals against.
    """
    indicators = [
        {
            "number": num,
            "name": name,
            "measure_unit": "",
            "category": [],
            "self_set": False,
            "baseline": None,
            "targets": [_value(t, y) for t, y in zip(targets, (2027, 2025, 2023), strict=True)],
            "milestones": [_value(m, milestone_year, f"{milestone_year}Q{q}") for q, m in enumerate(quarters, 1)],
            "units": _units("市科技局"),
        }
        for num, name, targets, quarters in SEED001_INDICATORS
    ]
    key_works = [
        {"number": n, "category": c, "name": name, "content": text, "units": _units(*us), "targets": []}
        for c, n, name, text, us in SEED001_KEY_WORKS
    ]
    tasks = [
        {
            "number": "1",
            "section": "(一)",
            "title": "实施科技强基工程",
            "text": "实施科技强基工程。",
            "subitems": [],
            "units": _units("市科技局"),
            "targets": [],
        }
    ]
    parsed = _plan(
        "平湖市“315”科技创新体系建设工程实施方案(2023-2027年)",
        sections=[{"label": "(一)", "title": "实施科技强基工程", "level": 1, "parent": None}],
        tasks=tasks,
        indicators=indicators,
        key_works=key_works,
        indicator_columns={
            "headers": [
                "序号",
                "指 标",
                "2027年",
                "2025年",
                "2023年",
                "一季度",
                "二季度",
                "三季度",
                "四季度",
                "责任单位",
            ]
        },
    )
    plan_id = save_parsed_plan(ws, parsed).plan_id
    plan = load_plan(ws, plan_id)
    lead = plan.indicators[0].assignments[0].unit_id
    for period, raw in (("2026Q1", "12.1"), ("2026Q2", "=SUM(A1)"), ("2026Q3", "30.5")):
        record_actual(ws, IndicatorActual(plan.indicators[0].id, lead, period, raw=raw, value=_value(raw)["value"]))
    statuses = [Status.ON_TRACK, Status.BEHIND, None]
    for kw, status in zip(plan.key_works, statuses, strict=True):
        if status:
            entry = TaskProgress(
                kw.assignments[0].unit_id, "2026Q3", status, 50.0, "已完成桩基施工。", key_work_id=kw.id
            )
            record_progress(ws, entry)
    return plan_id


def many_tasks_plan(ws, count=60, sections=4) -> int:
    """A plan of `count` tasks in `sections` sections with a progress entry for each: a ledger of many pages."""
    labels = "一二三四五六七八九十"
    parsed = _plan(
        "嘉兴市推动科技创新和产业创新深度融合加快智造创新强市建设实施方案",
        sections=[
            {"label": labels[s], "title": f"第{s + 1}部分重点任务", "level": 1, "parent": None} for s in range(sections)
        ],
        tasks=[
            {
                "number": str(n),
                "section": labels[n * sections // (count + 1)],
                "title": f"培育创新企业梯队第{n}项",
                "text": f"培育创新企业梯队第{n}项。",
                "subitems": [
                    {"label": "一是", "text": "强化以企业为主体的研发中心建设，支持龙头企业建设全球研发中心。"},
                    {"label": "二是", "text": "壮大以专精特新为核心的中小企业队伍，推动更多优质企业升规上市。"},
                ],
                "units": _units("市科技局", "市经信局", "市财政局"),
                "targets": [],
                "deadline": {"text": "2027年12月底"},
            }
            for n in range(1, count + 1)
        ],
    )
    plan_id = save_parsed_plan(ws, parsed).plan_id
    plan = load_plan(ws, plan_id)
    cycle = [Status.ON_TRACK, Status.BEHIND, Status.DONE, Status.NOT_STARTED]
    for n, task in enumerate(plan.tasks):
        lead = task.assignments[0].unit_id
        text = f"1.完成第{n + 1}项工作的季度目标，召开推进会2次。\n2.新认定高新技术企业{n + 3}家。"
        entry = TaskProgress(lead, "2026Q3", cycle[n % 4], 60.0, text, "资金到位偏慢。", "加快进度。", task_id=task.id)
        record_progress(ws, entry)
    return plan_id


def nested_plan(ws) -> int:
    """Seed 004's outline: tasks under (一)(二) inside 三、重点任务, numbering restarting in each part."""
    sections = [
        {"label": "三", "title": "重点任务", "level": 1, "parent": None},
        {"label": "（一）", "title": "推进重点领域关键技术突破", "level": 2, "parent": "三"},
        {"label": "（二）", "title": "加快科技成果转移转化", "level": 2, "parent": "三"},
    ]
    tasks = [
        {"number": n, "section": sec, "title": title, "text": title + "。", "subitems": [], "units": [], "targets": []}
        for n, sec, title in [
            ("1", "（一）", "发展新一代信息网络技术"),
            ("2", "（一）", "发展新材料技术"),
            ("1", "（二）", "加快科技成果示范应用"),
        ]
    ]
    return save_parsed_plan(ws, _plan("嘉兴市科技创新“十三五”规划", sections=sections, tasks=tasks)).plan_id
