"""Task status and red/yellow/green lights, suggested from 序时进度 and deadlines (GOVDOC §5)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import NamedTuple

from jxplan.core.periods import expected_progress


class Status(Enum):
    """Task status in the government's vocabulary; `.value` is what is stored."""

    DONE = "done"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> Status | None:
        """Map a status word as clerks write it (已完成, 按时推进, 进度滞后 …) to a Status, or None."""
        word = (text or "").strip()
        if not word:
            return None
        for status, words in _STATUS_WORDS.items():
            if word in words:
                return status
        try:
            return cls(word)
        except ValueError:
            return None


_STATUS_LABELS = {
    Status.DONE: "已完成",
    Status.ON_TRACK: "序时推进",
    Status.BEHIND: "滞后",
    Status.NOT_STARTED: "未启动",
}
_STATUS_WORDS = {
    Status.DONE: {"已完成", "完成", "已办结", "办结"},
    Status.ON_TRACK: {"序时推进", "按时推进", "顺利推进", "正常推进", "推进中", "进行中", "正常"},
    Status.BEHIND: {"滞后", "进度滞后", "推进缓慢", "严重滞后", "未按序时推进", "逾期"},
    Status.NOT_STARTED: {"未启动", "未开始", "尚未启动"},
}
STATUS_CHOICES = [s.label for s in Status]


class Light(Enum):
    """Red/yellow/green warning light; always shown together with its text label."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self) -> str:
        return {"green": "正常", "yellow": "预警", "red": "滞后"}[self.value]

    @property
    def fill(self) -> str:
        """Light fill colour for tables (GOVDOC §5.2)."""
        return {"green": "C6EFCE", "yellow": "FFEB9C", "red": "FFC7CE"}[self.value]


class Thresholds(NamedTuple):
    """How far behind 序时进度 (percentage points) turns a light yellow or red; set per office in settings."""

    yellow_pp: float = 10.0
    red_pp: float = 30.0


DEFAULT_THRESHOLDS = Thresholds()


class Suggestion(NamedTuple):
    """A suggested status with the numbers behind it, so the UI can explain it instead of forcing it."""

    status: Status
    light: Light
    expected: float  # 序时进度, 0..1
    reason: str


def suggest_task_status(
    percent: float | None,
    as_of: date,
    window_start: date,
    deadline: date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Suggestion | None:
    """Suggest a task's status from its percent done at `as_of`, within its window [window_start, deadline].

    Returns None when there is no percent to judge by. Past the deadline and not done is red (滞后).
    """
    expected = expected_progress(as_of, window_start, deadline)
    if percent is None:
        return None
    if percent >= 100:
        return Suggestion(Status.DONE, Light.GREEN, expected, "完成进度已达100%")
    if as_of > deadline:
        return Suggestion(Status.BEHIND, Light.RED, expected, f"已过完成时限（{deadline:%Y年%m月%d日}）仍未完成")
    gap = percent - expected * 100
    if percent <= 0:
        if gap < -thresholds.yellow_pp:
            return Suggestion(Status.BEHIND, Light.RED, expected, f"序时进度{expected:.0%}，尚未启动")
        return Suggestion(Status.NOT_STARTED, Light.GREEN, expected, "尚未启动，仍在序时范围内")
    if gap < -thresholds.red_pp:
        return Suggestion(Status.BEHIND, Light.RED, expected, f"低于序时进度{-gap:.0f}个百分点")
    if gap < -thresholds.yellow_pp:
        return Suggestion(Status.BEHIND, Light.YELLOW, expected, f"低于序时进度{-gap:.0f}个百分点")
    return Suggestion(Status.ON_TRACK, Light.GREEN, expected, f"达到序时进度（{expected:.0%}）")


def completion_rate(actual: float | None, target: float | None, direction: str = "higher") -> float | None:
    """Completion rate of an indicator value against a target; None when undefined (no numbers, target ≤ 0)."""
    if actual is None or target is None:
        return None
    if direction == "lower":
        if actual <= 0:
            return None
        return target / actual
    if target <= 0:
        return None
    if direction == "keep":
        return 1.0 - abs(actual - target) / target
    return actual / target


def indicator_light(rate: float | None, expected: float, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Light | None:
    """Light for an indicator whose completion `rate` is compared with the share `expected` by now.

    For a quarterly milestone or a level indicator (ratios) `expected` is 1.0; for a yearly flow
    (投资额, 新增数) it is the 序时进度 of the year.
    """
    if rate is None:
        return None
    gap = (rate - expected) * 100
    if gap < -thresholds.red_pp:
        return Light.RED
    if gap < -thresholds.yellow_pp:
        return Light.YELLOW
    return Light.GREEN
