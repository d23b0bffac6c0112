"""Dashboard figures for a plan and period: task status counts by unit and by section, from collected report data."""

from typing import NamedTuple

from jxplan.core.periods import Period, recent_quarters
from jxplan.core.status import Status
from jxplan.services.report_data import UNREPORTED, ReportData

STATUS_ORDER = [*(s.label for s in Status), UNREPORTED]


class CountRow(NamedTuple):
    """Task counts by status label for one unit or one section; `total` is the number of tasks counted."""

    name: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def lagging(self) -> int:
        return self.counts[Status.BEHIND.label]


def _empty() -> dict[str, int]:
    return dict.fromkeys(STATUS_ORDER, 0)


def counts_by_unit(data: ReportData) -> list[CountRow]:
    """Each responsible unit's own entries on the tasks it is on (a task counts once per unit, by its entry)."""
    rows: dict[str, dict[str, int]] = {}
    for row in data.task_rows:
        for e in row.entries:
            label = e.entry.status.label if e.entry and e.entry.status else UNREPORTED
            rows.setdefault(e.unit_name, _empty())[label] += 1
    return sorted((CountRow(n, c) for n, c in rows.items()), key=lambda r: (-r.lagging, -r.total, r.name))


def counts_by_section(data: ReportData) -> list[CountRow]:
    """Task status counts per top-level section, in document order."""
    out = []
    for section, rows in data.by_section():
        counts = _empty()
        for r in rows:
            counts[r.state.label] += 1
        name = section.heading if section else "未分章节"
        out.append(CountRow(name, counts))
    return out


def default_period(periods_with_data: list[str], today) -> str:
    """The latest period with recorded progress, else the current quarter."""
    if periods_with_data:
        return periods_with_data[-1]
    return Period.containing(today, "Q").code


def period_choices(periods_with_data: list[str], today, count: int = 8) -> list[Period]:
    """Recent quarters and every period that has data, newest first."""
    found = {p.code: p for p in recent_quarters(today, count)}
    for code in periods_with_data:
        found.setdefault(code, Period.parse(code))
    return sorted(found.values(), key=lambda p: (p.year, p.quarter_of_year, p.kind), reverse=True)
