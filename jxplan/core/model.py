"""Domain records as read from a workspace: plans with their sections, tasks, indicators and key works, progress."""

from typing import NamedTuple

from jxplan.core.status import Status

ROLE_LABELS = {"lead": "牵头", "coop": "配合"}
_NUMERALS = set("一二三四五六七八九十")


class Assignment(NamedTuple):
    """A responsible unit on an item; `role` is "lead" (牵头) or "coop" (配合)."""

    unit_id: int
    unit_name: str
    role: str
    position: int = 0
    raw: str = ""


class Target(NamedTuple):
    """A quantitative target in a task's or key work's text (到2027年…50家以上)."""

    text: str
    value: float | None = None
    unit: str = ""
    qualifier: str = ""
    year: int | None = None
    recurring: bool = False


class SubItem(NamedTuple):
    label: str
    text: str


class Section(NamedTuple):
    id: int
    label: str
    title: str
    level: int
    parent_id: int | None = None

    @property
    def heading(self) -> str:
        """As documents number it: 一、标题 at the first level, （一）标题 below, 1.标题, 附件1　标题."""
        label = self.label.strip()
        if not label:
            return self.title
        if set(label) <= _NUMERALS:
            return f"{label}、{self.title}" if self.level <= 1 else f"（{label}）{self.title}"
        if label.isdigit():
            return f"{label}.{self.title}"
        if label[-1] in "）)、.．":  # stored as written: （一）
            return f"{label}{self.title}"
        return f"{label}　{self.title}" if self.title and self.title != label else label


class Task(NamedTuple):
    id: int
    uid: str
    plan_id: int
    section_id: int | None
    number: str
    title: str
    text: str
    deadline_text: str = ""
    deadline: str | None = None  # ISO date
    position: int = 0
    subitems: tuple[SubItem, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    targets: tuple[Target, ...] = ()

    @property
    def lead(self) -> Assignment | None:
        return next((a for a in self.assignments if a.role == "lead"), None)

    @property
    def coops(self) -> tuple[Assignment, ...]:
        return tuple(a for a in self.assignments if a.role == "coop")


class KeyWork(NamedTuple):
    id: int
    uid: str
    plan_id: int
    number: str
    category: str
    name: str
    content: str
    position: int = 0
    assignments: tuple[Assignment, ...] = ()
    targets: tuple[Target, ...] = ()

    @property
    def lead(self) -> Assignment | None:
        return next((a for a in self.assignments if a.role == "lead"), None)


class IndicatorValue(NamedTuple):
    """A baseline, target (by year) or milestone (by period) with its raw text and parsed number."""

    kind: str  # baseline | target | milestone
    raw: str
    value: float | None = None
    qualifier: str = ""
    year: int | None = None
    period: str = ""


class Indicator(NamedTuple):
    id: int
    uid: str
    plan_id: int
    number: str
    name: str
    measure_unit: str = ""
    category: tuple[str, ...] = ()
    self_set: bool = False
    direction: str = "higher"
    aggregation: str = "none"
    flow: bool = False
    note: str = ""
    position: int = 0
    values: tuple[IndicatorValue, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    attribute: str = ""  # 属性 as the 规划 writes it: 预期性 / 约束性

    @property
    def baseline(self) -> IndicatorValue | None:
        return next((v for v in self.values if v.kind == "baseline"), None)

    @property
    def targets(self) -> tuple[IndicatorValue, ...]:
        return tuple(v for v in self.values if v.kind == "target")

    @property
    def milestones(self) -> tuple[IndicatorValue, ...]:
        return tuple(v for v in self.values if v.kind == "milestone")

    def target_for(self, year: int) -> IndicatorValue | None:
        """The target of `year`, else the nearest later year's target (the one the year works towards)."""
        later = sorted((v for v in self.targets if v.year is not None and v.year >= year), key=lambda v: v.year)
        return later[0] if later else None

    def milestone_for(self, period: str) -> IndicatorValue | None:
        return next((v for v in self.milestones if v.period == period), None)


class PlanUnit(NamedTuple):
    unit_id: int
    unit_name: str
    raw: str = ""


class Plan(NamedTuple):
    id: int
    uid: str
    title: str
    doc_number: str = ""
    issuer: str = ""
    issued_date: str = ""
    jurisdiction: str = "嘉兴市"
    start_year: int | None = None
    end_year: int | None = None
    lead_unit_id: int | None = None
    indicator_note: str = ""
    indicator_columns: dict | None = None  # how the document's indicator table was laid out, when it had one
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    key_works: tuple[KeyWork, ...] = ()
    all_tasks_units: tuple[PlanUnit, ...] = ()

    def section(self, section_id: int | None) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


class TaskProgress(NamedTuple):
    """One unit's progress on a task or key work in one period."""

    unit_id: int
    period: str
    status: Status | None = None
    percent: float | None = None
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    updated_by: str = ""
    updated_at: str = ""
    source: str = ""
    task_id: int | None = None
    key_work_id: int | None = None

    @property
    def is_empty(self) -> bool:
        return self.status is None and self.percent is None and not (self.progress or self.problems or self.next_steps)


class IndicatorActual(NamedTuple):
    """One unit's actual value of an indicator in one period."""

    indicator_id: int
    unit_id: int
    period: str
    raw: str = ""
    value: float | None = None
    note: str = ""
    updated_by: str = ""
    updated_at: str = ""
    source: str = ""
