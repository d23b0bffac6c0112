"""Periods, 序时进度 and the status suggestions that follow GOVDOC §5."""

from datetime import date

import pytest

from jxplan.core.periods import Period, expected_progress
from jxplan.core.status import Light, Status, Thresholds, completion_rate, indicator_light, suggest_task_status


def test_period_codes_labels_and_ranges():
    q3 = Period.parse("2025Q3")
    assert (q3.code, q3.label, q3.start, q3.end) == ("2025Q3", "2025年第三季度", date(2025, 7, 1), date(2025, 9, 30))
    h1 = Period.parse("2025h1")
    assert (h1.code, h1.label, h1.end) == ("2025H1", "2025年上半年", date(2025, 6, 30))
    year = Period.parse("2025")
    assert (year.label, year.end, year.quarter_of_year) == ("2025年", date(2025, 12, 31), 4)
    assert Period.parse("2025Q1").previous() == Period.parse("2024Q4")
    assert Period.parse("2024Q4").end == date(2024, 12, 31)


@pytest.mark.parametrize("bad", ["2025Q5", "2025H3", "25Q1", "第三季度", ""])
def test_bad_period_is_refused_in_chinese(bad):
    with pytest.raises(ValueError, match="报告期"):
        Period.parse(bad)


def test_expected_progress_counts_days_inclusively():
    # GOVDOC §5.1: Q1 2025 is 90 of 365 days.
    assert expected_progress(date(2025, 3, 31), date(2025, 1, 1), date(2025, 12, 31)) == pytest.approx(90 / 365)
    assert expected_progress(date(2024, 12, 1), date(2025, 1, 1), date(2025, 12, 31)) == 0
    assert expected_progress(date(2026, 1, 1), date(2025, 1, 1), date(2025, 12, 31)) == 1


def test_status_suggestions_follow_the_thresholds():
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    mid = date(2025, 6, 30)  # 序时进度 ≈ 49.6%
    assert suggest_task_status(None, mid, start, end) is None
    assert suggest_task_status(100, mid, start, end).status is Status.DONE
    assert suggest_task_status(50, mid, start, end).status is Status.ON_TRACK
    yellow = suggest_task_status(35, mid, start, end)
    assert (yellow.status, yellow.light) == (Status.BEHIND, Light.YELLOW)
    assert "低于序时进度15个百分点" in yellow.reason
    assert suggest_task_status(10, mid, start, end).light is Light.RED
    late = suggest_task_status(90, date(2026, 1, 5), start, end)
    assert (late.status, late.light) == (Status.BEHIND, Light.RED) and "完成时限" in late.reason
    assert suggest_task_status(0, date(2025, 1, 10), start, end).status is Status.NOT_STARTED
    # Thresholds are the office's choice.
    assert suggest_task_status(35, mid, start, end, Thresholds(20, 40)).status is Status.ON_TRACK


def test_status_words_as_clerks_write_them():
    assert Status.from_label("按时推进") is Status.ON_TRACK
    assert Status.from_label(" 进度滞后 ") is Status.BEHIND
    assert Status.from_label("已完成") is Status.DONE
    assert Status.from_label("差不多") is None
    assert [s.label for s in Status] == ["已完成", "序时推进", "滞后", "未启动"]


def test_completion_rate_respects_direction():
    assert completion_rate(45, 50) == pytest.approx(0.9)
    assert completion_rate(12, 10, "lower") == pytest.approx(10 / 12)
    assert completion_rate(5, 0) is None  # undefined: GOVDOC §4.4
    assert indicator_light(0.5, 0.75) is Light.YELLOW
    assert indicator_light(0.3, 0.75) is Light.RED
    assert indicator_light(None, 1.0) is None
