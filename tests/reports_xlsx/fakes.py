# ruff: noqa: E501  (rows copied from the seeds read better one per line)
"""Stand-ins shaped like the lead's ReportData until it lands on main (then these go)."""

from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    DONE = "done"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"

    @property
    def label(self):
        return {"done": "已完成", "on_track": "序时推进", "behind": "滞后", "not_started": "未启动"}[self.value]


class Light(Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self):
        return {"green": "正常", "yellow": "预警", "red": "滞后"}[self.value]


@dataclass(frozen=True)
class Period:
    label: str = "2026年第三季度"


@dataclass(frozen=True)
class Settings:
    unit_name: str = "市科技局"
    clerk_name: str = "张晓明"
    clerk_phone: str = "0573-82011234"


@dataclass(frozen=True)
class Progress:
    progress: str = ""
    problems: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class TaskRow:
    number: str
    title: str
    content: str
    lead: tuple = ()
    coops: tuple = ()
    deadline: str = ""
    entries: tuple = ()
    status: Status | None = None
    missing: tuple = ()


@dataclass(frozen=True)
class SectionRows:
    title: str
    tasks: list


@dataclass(frozen=True)
class Value:
    kind: str
    raw: str
    value: float | None = None
    qualifier: str = ""
    year: int | None = None
    period: str = ""


@dataclass(frozen=True)
class Assignment:
    unit_name: str


@dataclass(frozen=True)
class Indicator:
    number: str
    name: str
    values: tuple
    category: tuple = ()
    measure_unit: str = ""
    self_set: bool = False
    assignments: tuple = ()

    @property
    def milestones(self):
        return tuple(v for v in self.values if v.kind == "milestone")


@dataclass(frozen=True)
class Actual:
    raw: str
    value: float | None = None


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    actual: Actual | None = None
    quarter_actuals: dict = field(default_factory=dict)
    rate: float | None = None
    light: Light | None = None
    status_text: str = ""


@dataclass(frozen=True)
class KeyWork:
    number: str
    category: str
    name: str
    content: str
    assignments: tuple = ()


@dataclass(frozen=True)
class KeyWorkRow:
    key_work: KeyWork
    entries: tuple = ()
    status: Status | None = None


@dataclass
class ReportData:
    plan_title: str
    period: Period = field(default_factory=Period)
    unit_name: str | None = None
    settings: Settings = field(default_factory=Settings)
    sections: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    key_works: list = field(default_factory=list)
    indicator_columns: dict = field(default_factory=dict)
    indicator_note: str = ""
    indicator_title: str = ""
    key_work_title: str = ""


def units(*names):
    return tuple(Assignment(n) for n in names)


def seed000_indicators():
    """Rows shaped like seed 000's 附件: 体系/任务 groups, 2024/2027 columns, `*` self-set, text targets."""
    sys1, sys2 = "强化以“两个显著”为方向的目标体系建设", "强化以“四链融合”为路径的工作体系建设"
    rows = [
        ((sys1, "总体目标"), "1", "全社会研究与试验发展经费支出占GDP比重(%)", "3.55", "3.7", False, ("市科技局",)),
        (
            (sys1, "总体目标"),
            "2",
            "规上数字经济核心制造业研发费用占营业收入比重(%)",
            "3.14",
            "3.15",
            False,
            ("市经信局", "市科技局"),
        ),
        ((sys1, "总体目标"), "5", "制造业增加值占GDP比重(%)", "40.4", "保持基本稳定", False, ("市经信局",)),
        ((sys2, "创新平台"), "11", "先进制造业集群规上企业数", "12800/7721", "13500/8500", False, ("市经信局",)),
        ((sys2, "创新平台"), "12", "规上工业研发投入占营业收入比重(%)", "3.08", "3.15", True, ("市科技局",)),
        ((sys2, "企业主体"), "50", "“新三板”挂牌企业（家）", "73", "85", True, ("市政府办公室",)),
    ]
    out = []
    for i, (cat, num, name, base, target, self_set, us) in enumerate(rows):
        values = (Value("baseline", base, _num(base), year=2024), Value("target", target, _num(target), year=2027))
        ind = Indicator(num, name, values, category=cat, self_set=self_set, assignments=units(*us))
        light = [Light.GREEN, Light.RED, None, Light.YELLOW, Light.GREEN, None][i]
        actual = Actual(base, _num(base)) if light else None
        out.append(IndicatorRow(ind, actual, rate=0.62 if light else None, light=light))
    return out


def seed001_indicators():
    """Rows shaped like seed 001's 附件1: 2027/2025/2023 targets, 2023 quarterly milestones, 年度指标 rows."""
    rows = [
        ("1", "规上工业研发费用(亿元)", ("60", "55", "51"), ("11.34", "25.5", "36", "51")),
        ("5", "技术交易总额(亿元)", ("40", "35", "30"), ("8", "15", "22", "30")),
        ("7", "每年新增高新技术企业数(家)", ("累计达800", "累计达650", "新认定80"), ()),
    ]
    out = []
    for num, name, targets, quarters in rows:
        values = tuple(Value("target", t, _num(t), year=y) for t, y in zip(targets, (2027, 2025, 2023), strict=True))
        values += tuple(Value("milestone", m, _num(m), period=f"2023Q{q}") for q, m in enumerate(quarters, 1))
        ind = Indicator(num, name, values, assignments=units("市科技局"))
        qa = {"2023Q1": Actual("12.1", 12.1), "2023Q2": Actual("=1+1")} if quarters else {}
        out.append(IndicatorRow(ind, Actual("30.5", 30.5), qa, rate=0.598, light=Light.YELLOW))
    return out


def seed001_key_works():
    rows = [
        (
            "科技强基重点项目",
            "1",
            "明湖国际科创岛",
            "年内开工建设,桩基、地下室进行施工,年内计划完成投资4亿元。",
            ("市科技局", "市城投集团"),
        ),
        (
            "科技强基重点项目",
            "2",
            "航天平湖产业基地项目(一期)",
            "年内开工建设,主体工程进行施工。",
            ("市发改局", "市科技局"),
        ),
        ("平台提升重点任务", "5", "嘉兴南湖学院平湖研究院", "加快推进筹建工作,年内实现整体运营。", ("市科技局",)),
    ]
    statuses = [Status.ON_TRACK, Status.BEHIND, None]
    return [
        KeyWorkRow(KeyWork(n, c, name, content, units(*us)), ((us[0], Progress("已完成桩基施工。")),), s)
        for (c, n, name, content, us), s in zip(rows, statuses, strict=True)
    ]


def ledger_sections(count=12, sections=3):
    statuses = [Status.ON_TRACK, Status.BEHIND, Status.DONE, Status.NOT_STARTED, None]
    out = []
    n = 0
    for s in range(sections):
        tasks = []
        for _ in range(count // sections):
            n += 1
            entries = (
                (
                    "市科技局",
                    Progress(f"1.完成第{n}项工作的季度目标。\n2.召开推进会2次。", "资金到位偏慢。", "加快进度。"),
                ),
            )
            if n % 3 == 0:
                entries += (("市经信局", Progress("=配合完成调研。", "", "")),)
            tasks.append(
                TaskRow(
                    str(n),
                    f"培育创新企业梯队第{n}项",
                    "一是强化以企业为主体的研发中心建设。二是壮大以专精特新为核心的中小企业队伍。",
                    ("市科技局",),
                    ("市经信局", "市财政局"),
                    "2027年12月底",
                    entries,
                    statuses[n % len(statuses)],
                    ("市教育局",) if n % 4 == 0 else (),
                )
            )
        out.append(SectionRows(f"（{'一二三四五六七八'[s % 8]}）第{s + 1}部分重点任务", tasks))
    return out


def _num(raw):
    try:
        return float(raw)
    except ValueError:
        return None
