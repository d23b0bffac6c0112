"""A ReportData built from the real domain classes, sized at will (tests and the benchmark), without a workspace."""

from __future__ import annotations

from datetime import date

from jxplan.core.model import Indicator, IndicatorActual, IndicatorValue, Plan, Section, Task, TaskProgress
from jxplan.core.periods import Period
from jxplan.core.status import Light, Status, Thresholds
from jxplan.services.report_data import EntryView, IndicatorRow, ItemStatus, ReportData, TaskRow
from jxplan.services.settings import DEFAULTS

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
PLAN_TITLE = "嘉兴市推进科技创新高质量发展三年行动方案（2024—2026年）"


def sample_data(
    tasks: int = 24, indicators: int = 12, sections: int = 4, unit: str | None = None, *, plain: bool = False
) -> ReportData:
    """A consolidated report (or one unit's, by name) with mixed statuses, lagging tasks and indicator lights.

    `plain`: nothing lagging, no 下步计划, no contact, no 主送机关, nobody missing — the optional parts empty.
    """
    statuses = [Status.ON_TRACK, Status.ON_TRACK, Status.DONE, Status.BEHIND, Status.NOT_STARTED, None]
    if plain:
        statuses = [Status.ON_TRACK, Status.DONE]
    secs = tuple(
        Section(s + 1, cn, f"加快构建高能级科创平台体系（第{s + 1}板块）", 1)
        for s, cn in zip(range(sections), "一二三四五六七八九十" * 20, strict=False)
    )
    task_list, rows = [], []
    for n in range(1, tasks + 1):
        section = secs[(n - 1) * sections // tasks]
        task = Task(
            n, f"T{n:04d}", 1, section.id, str(n), f"实施科技企业“双倍增”行动第{n}项，加快培育创新型领军企业", ""
        )
        status = statuses[n % len(statuses)]
        lead, coops = UNITS[n % len(UNITS)], (UNITS[(n + 1) % len(UNITS)], UNITS[(n + 3) % len(UNITS)])
        percent = {Status.DONE: 100, Status.ON_TRACK: 75, Status.BEHIND: 30}.get(status)
        views = []
        if status is not None:
            lead_entry = TaskProgress(
                1,
                "2025Q3",
                status,
                percent,
                PROGRESS,
                "部分项目用地指标未落实，审批进度慢于预期。" if status is Status.BEHIND else "",
                "" if plain else "加快推进项目审批，确保四季度完成年度目标。",
                task_id=n,
            )
            views.append(EntryView(1, lead, "lead", lead_entry))
            views.append(
                EntryView(
                    2,
                    coops[0],
                    "coop",
                    TaskProgress(2, "2025Q3", progress="配合做好政策兑现工作，已兑现资金2300万元。", task_id=n),
                )
            )
        views.append(EntryView(3, coops[1], "coop", None))
        light = {Status.BEHIND: Light.RED, None: None}.get(status, Light.GREEN)
        task_list.append(task)
        rows.append(TaskRow(task, section, lead, coops, tuple(views), ItemStatus(status, percent, light, None)))
    if unit:
        rows = [
            TaskRow(r.task, r.section, r.lead_name, r.coop_names, r.entries[:1], r.state, "lead")
            for r in rows
            if r.lead_name == unit
        ]
    ind_rows = []
    for i in range(1, indicators + 1):
        light = [Light.GREEN, Light.YELLOW, Light.RED, None][i % 4]
        values = (
            IndicatorValue("baseline", "2.8", 2.8, year=2023),
            IndicatorValue("target", "3.2", 3.2, year=2025),
            IndicatorValue("milestone", "2.9", 2.9, period="2025Q3"),
        )
        ind = Indicator(i, f"I{i:03d}", 1, str(i), f"规上工业企业研发经费支出占营业收入比重{i}", "%", values=values)
        actual = None if light is None else IndicatorActual(i, 1, "2025Q3", "3.05", 3.05)
        ind_rows.append(
            IndicatorRow(
                ind,
                values[0],
                values[1],
                values[2],
                actual,
                (),
                None if light is None else 1.052,
                1.0,
                light,
                ("市科技局",),
            )
        )
    plan = Plan(
        1,
        "P1",
        PLAN_TITLE,
        "嘉政办发〔2024〕12号",
        "嘉兴市人民政府办公室",
        sections=secs,
        tasks=tuple(task_list),
        start_year=2024,
        end_year=2026,
    )
    settings = dict(
        DEFAULTS,
        clerk_name="张明",
        clerk_phone="0573-82012345",
        recipient="嘉兴市人民政府办公室",
        signer="" if unit else "嘉兴市科学技术局",
    )
    if plain:
        settings.update(clerk_name="", clerk_phone="", recipient="")
    missing = [] if unit or plain else ["海盐县人民政府"]
    return ReportData(
        plan,
        Period.parse("2025Q3"),
        7 if unit else None,
        unit,
        settings,
        Thresholds(),
        date(2025, 9, 30),
        rows,
        [],
        ind_rows,
        missing,
    )
