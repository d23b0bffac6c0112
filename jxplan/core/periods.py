"""Reporting periods (2025Q3, 2025H1, 2025) with Chinese labels, date ranges and 序时进度."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from jxplan.errors import PeriodError

_CN_QUARTER = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}
_CN_HALF = {1: "上半年", 2: "下半年"}
_RE = re.compile(r"^(\d{4})(?:([QqHh])([1-4]))?$")


class Period(NamedTuple):
    """A reporting period: kind "Q" (quarter), "H" (half-year) or "Y" (year)."""

    year: int
    kind: str = "Y"
    index: int = 0

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse `2025Q3`, `2025H1` or `2025`; raise PeriodError (a ValueError) with a Chinese message otherwise."""
        m = _RE.match(text.strip())
        if not m:
            raise PeriodError(f"报告期“{text}”格式不对，应写作 2025Q3（季度）、2025H1（半年）或 2025（全年）")
        year, kind, idx = int(m.group(1)), (m.group(2) or "Y").upper(), int(m.group(3) or 0)
        if kind == "H" and idx > 2:
            raise PeriodError(f"报告期“{text}”不对：半年只有 H1 和 H2")
        return cls(year, kind, idx)

    @classmethod
    def containing(cls, day: date, kind: str = "Q") -> Period:
        """The period of the given kind that contains `day`."""
        if kind == "Q":
            return cls(day.year, "Q", (day.month - 1) // 3 + 1)
        if kind == "H":
            return cls(day.year, "H", 1 if day.month <= 6 else 2)
        return cls(day.year)

    @property
    def code(self) -> str:
        return f"{self.year}" if self.kind == "Y" else f"{self.year}{self.kind}{self.index}"

    @property
    def label(self) -> str:
        """Chinese label: 2025年第三季度 / 2025年上半年 / 2025年."""
        if self.kind == "Q":
            return f"{self.year}年{_CN_QUARTER[self.index]}"
        if self.kind == "H":
            return f"{self.year}年{_CN_HALF[self.index]}"
        return f"{self.year}年"

    @property
    def start(self) -> date:
        if self.kind == "Q":
            return date(self.year, 3 * self.index - 2, 1)
        if self.kind == "H":
            return date(self.year, 1 if self.index == 1 else 7, 1)
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        if self.kind == "Q":
            last_month = 3 * self.index
        elif self.kind == "H":
            last_month = 6 * self.index
        else:
            last_month = 12
        nxt = date(self.year + (last_month == 12), last_month % 12 + 1, 1)
        return nxt - timedelta(days=1)

    @property
    def quarter_of_year(self) -> int:
        """The last quarter this period reaches into (Q3 → 3, H1 → 2, year → 4): picks the milestone column."""
        return {"Q": self.index, "H": 2 * self.index, "Y": 4}[self.kind]

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.kind == "Y":
            return Period(self.year - 1)
        per_year = 4 if self.kind == "Q" else 2
        if self.index > 1:
            return Period(self.year, self.kind, self.index - 1)
        return Period(self.year - 1, self.kind, per_year)

    def __str__(self) -> str:
        return self.code


def period_sort_key(code: str) -> tuple[int, int, str]:
    """Sort key for period codes in time order (2025Q2 < 2025H1 < 2025Q3 < 2025)."""
    p = Period.parse(code)
    return (p.year, p.quarter_of_year, p.kind)


def recent_quarters(today: date, count: int = 8) -> list[Period]:
    """The `count` quarters up to and including the one before `today`'s quarter ends, newest first."""
    p = Period.containing(today, "Q")
    out = []
    for _ in range(count):
        out.append(p)
        p = p.previous()
    return out


def expected_progress(as_of: date, start: date, end: date) -> float:
    """序时进度: share of [start, end] elapsed at `as_of`, counting days inclusively, clamped to [0, 1].

    GOVDOC §5.1: elapsed = (as_of − start).days + 1, total = (end − start).days + 1.
    """
    if as_of < start:
        return 0.0
    if as_of >= end:
        return 1.0
    return ((as_of - start).days + 1) / ((end - start).days + 1)
