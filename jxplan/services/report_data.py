"""Everything a report or dashboard shows for a plan, period and unit (or the whole plan), collected once."""

from datetime import date
from typing import NamedTuple

from jxplan.core.model import IndicatorActual, IndicatorValue, KeyWork, Plan, Section, Task, TaskProgress
from jxplan.core.periods import Period, expected_progress
from jxplan.core.status import (
    Light,
    Status,
    Suggestion,
    Thresholds,
    completion_rate,
    indicator_light,
    suggest_task_status,
)
from jxplan.services.plans import load_plan
from jxplan.services.progress import plan_actuals, plan_progress
from jxplan.services.settings import all_settings, thresholds
from jxplan.services.slice import Slice, responsible_units, unit_slice
from jxplan.services.units import group_members, unit_names
from jxplan.services.workspace import Workspace

UNREPORTED = "未填报"


class EntryView(NamedTuple):
    """One responsible unit's entry on an item (None when it has not reported)."""

    unit_id: int
    unit_name: str
    role: str
    entry: TaskProgress | None


class ItemStatus(NamedTuple):
    """The status shown for an item: the recorded one, else the suggestion, with its light."""

    status: Status | None
    percent: float | None
    light: Light | None
    suggestion: Suggestion | None

    @property
    def label(self) -> str:
        return self.status.label if self.status else UNREPORTED


class TaskRow(NamedTuple):
    task: Task
    section: Section | None
    lead_name: str
    coop_names: tuple[str, ...]
    entries: tuple[EntryView, ...]  # lead unit first, then co-operating units
    state: ItemStatus
    role: str | None = None  # the reporting unit's role, in a unit's report

    @property
    def main_entry(self) -> TaskProgress | None:
        return next((e.entry for e in self.entries if e.entry is not None), None)

    @property
    def problems(self) -> str:
        return _joined(e.entry.problems for e in self.entries if e.entry)

    @property
    def next_steps(self) -> str:
        return _joined(e.entry.next_steps for e in self.entries if e.entry)

    @property
    def why_behind(self) -> str:
        """For a task reported 滞后: the units' 存在问题, else the figures when they agree (never "达到序时进度")."""
        suggestion = self.state.suggestion
        if self.problems:
            return self.problems
        return suggestion.reason if suggestion and suggestion.status is Status.BEHIND else "单位报为滞后"


def _joined(texts) -> str:
    """The units' texts as one: each said once (lead and co-operating units often copy one wording), ；between."""
    seen: dict[str, None] = {}
    for text in texts:
        text = text.strip().rstrip("。；;，,")
        if text:
            seen.setdefault(text)
    return "；".join(seen)


class KeyWorkRow(NamedTuple):
    key_work: KeyWork
    lead_name: str
    coop_names: tuple[str, ...]
    entries: tuple[EntryView, ...]
    state: ItemStatus


class IndicatorRow(NamedTuple):
    indicator: object  # core.model.Indicator
    baseline: IndicatorValue | None
    target: IndicatorValue | None  # this year's target, or the next target year's
    milestone: IndicatorValue | None  # this period's milestone, when the plan has them
    actual: IndicatorActual | None
    actuals_by_unit: tuple[tuple[str, IndicatorActual], ...]
    rate: float | None  # against the milestone when there is one, else against the target
    expected: float  # share expected by now (1.0 for milestones and levels, 序时进度 for flows)
    light: Light | None
    unit_names: tuple[str, ...]


class ReportData:
    """What a report (and the window) shows of a plan for a period and unit; `collect` fills the row lists.

    A plain class, not a dataclass: the window imports this module at start-up, where each dataclass costs ~1 ms.
    """

    def __init__(
        self,
        plan: Plan,
        period: Period,
        unit_id: int | None,
        unit_name: str | None,
        settings: dict,
        thresholds: Thresholds,
        as_of: date,
        task_rows: list[TaskRow] | None = None,
        key_work_rows: list[KeyWorkRow] | None = None,
        indicator_rows: list[IndicatorRow] | None = None,
        missing_units: list[str] | None = None,
    ):
        self.plan, self.period, self.unit_id, self.unit_name = plan, period, unit_id, unit_name
        self.settings, self.thresholds, self.as_of = settings, thresholds, as_of
        self.task_rows = task_rows if task_rows is not None else []
        self.key_work_rows = key_work_rows if key_work_rows is not None else []
        self.indicator_rows = indicator_rows if indicator_rows is not None else []
        self.missing_units = missing_units if missing_units is not None else []
        # Actuals of the earlier milestone quarters, by (indicator id, period code): the 指标进度表 shows each
        # quarter's actual beside its milestone.
        self.milestone_actuals: dict[tuple[int, str], IndicatorActual] = {}
        self.slice = Slice()  # what the unit leads or supports (all items when unit_id is None), set by collect

    @property
    def counts(self) -> dict[str, int]:
        """Tasks by status label (已完成, 序时推进, 滞后, 未启动, 未填报), in that order."""
        out = {s.label: 0 for s in Status} | {UNREPORTED: 0}
        for row in self.task_rows:
            out[row.state.label] += 1
        return out

    @property
    def lagging(self) -> list[TaskRow]:
        return [r for r in self.task_rows if r.state.status is Status.BEHIND]

    @property
    def lagging_indicators(self) -> list[IndicatorRow]:
        return [r for r in self.indicator_rows if r.light in (Light.RED, Light.YELLOW)]

    def by_section(self) -> list[tuple[Section | None, list[TaskRow]]]:
        """Task rows grouped by their top-level section, in document order."""
        out: list[tuple[Section | None, list[TaskRow]]] = []
        for row in self.task_rows:
            top = _top_section(self.plan, row.section)
            if not out or out[-1][0] != top:
                out.append((top, []))
            out[-1][1].append(row)
        return out


def _top_section(plan: Plan, section: Section | None) -> Section | None:
    while section is not None and section.parent_id is not None:
        section = plan.section(section.parent_id)
    return section


def task_window(plan: Plan, task: Task, period: Period) -> tuple[date, date]:
    """[start, deadline] against which 序时进度 is measured: the plan's years unless the task has a date."""
    start = (
        date(plan.start_year, 1, 1) if plan.start_year and plan.start_year <= period.year else date(period.year, 1, 1)
    )
    if task.deadline:
        deadline = date.fromisoformat(task.deadline)
    elif "年内" in task.deadline_text or not plan.end_year:
        deadline = date(period.year, 12, 31)
    else:
        deadline = date(max(plan.end_year, period.year), 12, 31)
    return min(start, deadline), deadline


def item_state(entry: TaskProgress | None, window: tuple[date, date], as_of: date, th: Thresholds) -> ItemStatus:
    """Recorded status wins; the suggestion from percent and 序时进度 fills in and explains it."""
    if entry is None:
        return ItemStatus(None, None, None, None)
    suggestion = suggest_task_status(entry.percent, as_of, window[0], window[1], th)
    status = entry.status or (suggestion.status if suggestion else None)
    if status is Status.BEHIND:
        light = suggestion.light if suggestion and suggestion.status is Status.BEHIND else Light.RED
    elif status is None:
        light = None
    else:
        light = Light.GREEN
    return ItemStatus(status, entry.percent, light, suggestion)


def collect(
    ws: Workspace, plan_id: int, period: str | Period, unit_id: int | None = None, *, plan: Plan | None = None
) -> ReportData:
    """Collect the report data of a plan for a period: a unit's slice, or the whole plan when unit_id is None.

    `plan` is the plan as just loaded by the caller, so it is not read twice (10,000 tasks take ~0.2 s to load).
    """
    period = period if isinstance(period, Period) else Period.parse(period)
    plan = plan if plan is not None and plan.id == plan_id else load_plan(ws, plan_id)
    names = unit_names(ws)
    th = thresholds(ws)
    data = ReportData(plan, period, unit_id, names.get(unit_id) if unit_id else None, all_settings(ws), th, period.end)
    sl = data.slice = unit_slice(ws, plan, unit_id)
    progress = plan_progress(ws, plan_id, period.code)
    groups = group_members(ws)

    def entries(kind: str, item) -> tuple[EntryView, ...]:
        out = []
        for a in item.assignments:
            for uid in groups.get(a.unit_id, [a.unit_id]):
                if unit_id is None or uid == unit_id:
                    out.append(EntryView(uid, names[uid], a.role, progress.get((kind, item.id, uid))))
        if unit_id is not None and not out:  # in the slice through a plan-wide clause
            out.append(EntryView(unit_id, names[unit_id], "coop", progress.get((kind, item.id, unit_id))))
        return tuple(out)

    for task in plan.tasks:
        if task.id not in sl.tasks:
            continue
        ev = entries("task", task)
        main = next((e.entry for e in ev if e.entry is not None), None)
        state = item_state(main, task_window(plan, task, period), data.as_of, th)
        data.task_rows.append(
            TaskRow(
                task,
                plan.section(task.section_id),
                task.lead.unit_name if task.lead else "",
                tuple(a.unit_name for a in task.coops),
                ev,
                state,
                sl.tasks[task.id] if unit_id else None,
            )
        )
    year_window = (date(period.year, 1, 1), date(period.year, 12, 31))
    for kw in plan.key_works:
        if kw.id not in sl.key_works:
            continue
        ev = entries("key_work", kw)
        main = next((e.entry for e in ev if e.entry is not None), None)
        data.key_work_rows.append(
            KeyWorkRow(
                kw,
                kw.lead.unit_name if kw.lead else "",
                tuple(a.unit_name for a in kw.assignments[1:]),
                ev,
                item_state(main, year_window, data.as_of, th),
            )
        )
    actuals = plan_actuals(ws, plan_id, period.code)
    year_share = expected_progress(data.as_of, *year_window)
    for ind in plan.indicators:
        if ind.id not in sl.indicators:
            continue
        by_unit = [(names[u], a) for (i, u), a in actuals.items() if i == ind.id and (unit_id is None or u == unit_id)]
        lead_id = ind.assignments[0].unit_id if ind.assignments else None
        actual = actuals.get((ind.id, unit_id if unit_id else lead_id)) or (by_unit[0][1] if by_unit else None)
        milestone = ind.milestone_for(period.code)
        target = ind.target_for(period.year)
        goal = milestone or target
        rate = completion_rate(actual.value if actual else None, goal.value if goal else None, ind.direction)
        expected = 1.0 if milestone or not ind.flow else year_share
        data.indicator_rows.append(
            IndicatorRow(
                ind,
                ind.baseline,
                target,
                milestone,
                actual,
                tuple(by_unit),
                rate,
                expected,
                indicator_light(rate, expected, th),
                tuple(a.unit_name for a in ind.assignments),
            )
        )
    data.milestone_actuals = _milestone_actuals(ws, plan, period, unit_id, data.indicator_rows)
    reported = {uid for (_, _, uid) in progress} | {uid for (_, uid) in actuals}
    expected_units = [unit_id] if unit_id else responsible_units(ws, plan)
    data.missing_units = [names[u] for u in expected_units if u not in reported]
    return data


def _milestone_actuals(ws: Workspace, plan: Plan, period: Period, unit_id: int | None, rows: list[IndicatorRow]):
    """The unit's (or the lead unit's) actual in each milestone quarter before `period`."""
    out: dict[tuple[int, str], IndicatorActual] = {}
    codes = {v.period for row in rows for v in row.indicator.milestones}
    for code in sorted(codes):
        try:
            quarter = Period.parse(code)
        except ValueError:
            continue
        if quarter.end >= period.end:
            continue
        actuals = plan_actuals(ws, plan.id, code)
        for row in rows:
            ind = row.indicator
            lead_id = ind.assignments[0].unit_id if ind.assignments else None
            actual = actuals.get((ind.id, unit_id or lead_id))
            if actual:
                out[(ind.id, code)] = actual
    return out
