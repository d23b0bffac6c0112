"""What units type into value cells, read as what they meant or refused with what was expected."""

from __future__ import annotations

import pytest

from jxplan.core.status import Status
from jxplan.exchange.normalize import CellProblem, implausible, parse_number, parse_percent_done, parse_status


@pytest.mark.parametrize(
    ("cell", "unit", "reference", "value"),
    [
        ("约35家", "家", None, 35),
        ("１２３", "个", None, 123),
        ("1,234", "亿元", None, 1234),
        ("1，234.5", "亿元", None, 1234.5),
        ("3.2%", "%", 3.5, 3.2),
        ("3.2", "%", 3.5, 3.2),
        (0.032, "%", 3.5, 3.2),  # a percent-formatted cell gives the fraction
        (0.5, "%", 0.6, 0.5),  # a real half percent stays
        ("35家以上", "家", None, 35),
        ("-2.5", "%", 3, -2.5),
        ("３．２％", "％", 3, 3.2),
    ],
)
def test_numbers(cell, unit, reference, value):
    assert parse_number(cell, unit, reference).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("cell", "unit", "phrase"),
    [
        ("35亿元", "万元", "单位不符"),
        ("三十五", "家", "汉字数字"),
        ("1,23", "", "逗号"),
        ("较好", "家", "不是一个数值"),
        ("5%", "家", "单位不符"),
    ],
)
def test_refused_numbers_say_what_was_expected(cell, unit, phrase):
    with pytest.raises(CellProblem) as info:
        parse_number(cell, unit)
    assert phrase in info.value.message and info.value.expected


def test_percent_done_and_status():
    assert parse_percent_done(0.8)[0] == 80 and parse_percent_done("80%")[0] == 80 and parse_percent_done(100)[0] == 100
    with pytest.raises(CellProblem):
        parse_percent_done("120")
    assert parse_status("按时推进") is Status.ON_TRACK and parse_status(" 滞后 ") is Status.BEHIND
    with pytest.raises(CellProblem):
        parse_status("快完成了")


def test_implausible_values_are_flagged():
    assert implausible(3500, 35, None) and implausible(3.5, None, 350) and implausible(36, 35, 30) is None
