"""A stand-in ReportData for the Word report tests: realistic text, built without a workspace."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    DONE = "已完成"
    ON_TRACK = "序时推进"
    BEHIND = "滞后"
    NOT_STARTED = "未启动"

    @property
    def label(self):
        return self.value


class Light(Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self):
        return {"green": "正常", "yellow": "预警", "red": "滞后"}[self.value]


@dataclass
class Plan:
    title: str = "嘉兴市推进科技创新高质量发展三年行动方案（2024—2026年）"
    doc_number: str = "嘉政办发〔2024〕12号"
    issuer: str = "嘉兴市人民政府办公室"


@dataclass
class Period:
    label: str = "2025年第三季度"
    year: int = 2025


@dataclass
class Unit:
    name: str


@dataclass
class Task:
    number: str
    title: str


@dataclass
class Entry:
    unit_name: str
    role: str
    progress: str = ""
    problems: str = ""
    next_steps: str = ""


@dataclass
class TaskRow:
    task: Task
    lead_units: list
    coop_units: list
    entries: list
    status: Status | None
    percent: float | None


@dataclass
class SectionRows:
    title: str
    rows: list


@dataclass
class Lagging:
    task: Task
    lead_units: list
    problems: str


@dataclass
class IndicatorRow:
    name: str
    measure_unit: str
    baseline: str
    target: str
    milestone: str
    actual: str
    completion_rate: float | None
    light: Light | None
    status_text: str


@dataclass
class Settings:
    clerk_name: str = "张明"
    clerk_phone: str = "0573-82012345"
    clerk_unit: str = "嘉兴市科学技术局"
    recipient: str = "嘉兴市人民政府办公室"


@dataclass
class ReportData:
    plan: Plan = field(default_factory=Plan)
    period: Period = field(default_factory=Period)
    unit: Unit | None = None
    status_counts: dict = field(default_factory=dict)
    sections: list = field(default_factory=list)
    lagging: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    key_works: list = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)


UNITS = [
    "市科技局",
    "市经信局",
    "市发展改革委",
    "市财政局",
    "市教育局",
    "市人力社保局",
    "市市场监管局",
    "嘉兴港区管委会",
]
PROGRESS = (
    "1.前三季度全市新认定高新技术企业312家，完成年度目标的78%，同比增长12.4%；"
    "2.组织实施市级重点研发计划项目46项，下达财政资金1.35亿元；"
    "3.新建省级企业研究开发中心18家，列全省第3位。"
)


def sample_data(tasks: int = 24, indicators: int = 12, sections: int = 4, unit: str | None = None) -> ReportData:
    statuses = [Status.ON_TRACK, Status.ON_TRACK, Status.DONE, Status.BEHIND, Status.NOT_STARTED, None]
    data = ReportData(unit=Unit(unit) if unit else None)
    counts: dict = {}
    per_section = max(1, tasks // sections)
    for s in range(sections):
        rows = []
        for k in range(per_section if s < sections - 1 else tasks - per_section * (sections - 1)):
            n = s * per_section + k + 1
            status = statuses[n % len(statuses)]
            lead, coop = UNITS[n % len(UNITS)], [UNITS[(n + 1) % len(UNITS)], UNITS[(n + 3) % len(UNITS)]]
            task = Task(str(n), f"实施科技企业“双倍增”行动第{n}项，加快培育创新型领军企业和专精特新企业")
            entries = []
            if status is not None:
                entries.append(
                    Entry(
                        lead,
                        "lead",
                        PROGRESS,
                        "部分项目用地指标未落实，审批进度慢于预期。" if status is Status.BEHIND else "",
                        "加快推进项目审批，确保四季度完成年度目标。",
                    )
                )
                entries.append(Entry(coop[0], "coop", "配合做好政策兑现工作，已兑现资金2300万元。"))
            counts[status] = counts.get(status, 0) + 1
            rows.append(
                TaskRow(
                    task,
                    [lead],
                    coop,
                    entries,
                    status,
                    {Status.DONE: 100, Status.ON_TRACK: 75, Status.BEHIND: 30}.get(status),
                )
            )
            if status is Status.BEHIND:
                data.lagging.append(Lagging(task, [lead], entries[0].problems))
        data.sections.append(SectionRows(f"第{s + 1}板块：加快构建高能级科创平台体系", rows))
    data.status_counts = {k: v for k, v in counts.items() if k is not None}
    for i in range(indicators):
        light = [Light.GREEN, Light.YELLOW, Light.RED, None][i % 4]
        data.indicators.append(
            IndicatorRow(
                f"规上工业企业研发经费支出占营业收入比重{i + 1}",
                "%",
                "2.8",
                "3.2",
                "2.9",
                "" if light is None else "3.05",
                None if light is None else 0.953,
                light,
                "" if light is None else light.label,
            )
        )
    return data
