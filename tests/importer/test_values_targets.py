"""Raw indicator values and targets/deadlines in task text (jxplan.core.values, jxplan.core.targets)."""

import pytest

from jxplan.core.targets import find_deadline, find_targets
from jxplan.core.values import parse_value


@pytest.mark.parametrize(
    ("raw", "value", "values", "qualifier", "text", "note"),
    [
        ("44.5左右", 44.5, [44.5], "左右", None, None),
        ("80以上", 80, [80], "以上", None, None),
        ("前50", 50, [50], "前", None, None),
        ("累计达800", 800, [800], "累计达", None, None),
        ("新认定80", 80, [80], "新认定", None, None),
        ("12800/7721", 12800, [12800, 7721], None, None, None),
        ("15、37", 15, [15, 37], None, None, None),
        ("保持基本稳定", None, [], None, "保持基本稳定", None),
        ("15（24年数据未出）", 15, [15], None, None, "24年数据未出"),
        ("3.20", 3.2, [3.2], None, None, None),
        ("-", None, [], None, None, None),
        ("—", None, [], None, None, None),
        ("", None, [], None, None, None),
    ],
)
def test_parse_value(raw, value, values, qualifier, text, note):
    parsed = parse_value(raw)
    assert (parsed.value, list(parsed.values), parsed.qualifier, parsed.text, parsed.note) == (
        value,
        values,
        qualifier,
        text,
        note,
    )
    assert parsed.raw == raw


def test_value_with_unit_keeps_percent_and_points():
    assert parse_value("4.8%").unit == "%"
    assert parse_value("0.05个百分点").as_dict()["unit"] == "个百分点"
    assert parse_value("—").empty


def test_target_with_year_qualifier_and_unit():
    [target] = find_targets("到2027年，新增省级智能工厂(数字化车间)50家以上。")
    assert target == {
        "text": "到2027年，新增省级智能工厂(数字化车间)50家以上",
        "value": 50,
        "unit": "家",
        "qualifier": "以上",
        "year": 2027,
        "recurring": False,
    }


def test_year_carries_over_following_clauses_and_annual_targets_recur():
    targets = find_targets("到2027年，新增省级绿色工厂25家以上，每年完成技术改造投资500亿元以上。")
    assert [(t["value"], t["year"], t["recurring"]) for t in targets] == [(25, 2027, False), (500, None, True)]


def test_subsidies_ranks_and_counts_are_not_targets():
    assert find_targets("对新认定的给予最高不超过500万元奖励。") == []
    assert find_targets("以工业制造等10个应用领域为重点。") == []
    assert find_targets("居全省第2位。") == []


def test_within_year_uses_the_default_year():
    [target] = find_targets("年内计划完成投资4亿元。", default_year=2023)
    assert (target["value"], target["unit"], target["year"]) == (4, "亿元", 2023)


@pytest.mark.parametrize(
    ("text", "phrase", "date"),
    [
        ("力争2025年6月底前完成验收", "2025年6月底前", "2025-06-30"),
        ("到2027年，建成10家", "到2027年", "2027-12-31"),
        ("年内开工建设", "年内", "2023-12-31"),
        ("9月底前出台方案", "9月底前", "2023-09-30"),
        ("2024年底前全覆盖", "2024年底前", "2024-12-31"),
    ],
)
def test_deadlines(text, phrase, date):
    assert find_deadline(text, default_year=2023) == {"text": phrase, "date": date}


def test_no_deadline():
    assert find_deadline("深化改革，完善机制。") is None


@pytest.mark.parametrize(
    ("cell", "date"),
    [
        ("2026年12月底", "2026-12-31"),
        ("2026年10月", "2026-10-31"),
        ("9月底", "2023-09-30"),
        ("2026年第三季度", "2026-09-30"),
        ("第四季度", "2023-12-31"),
        ("2026年6月30日", "2026-06-30"),
        ("2024年底前", "2024-12-31"),
        ("长期坚持", None),
    ],
)
def test_a_deadline_cell_is_a_deadline_without_qian(cell, date):
    """In a 完成时限 column the whole cell is the deadline (in running text 2026年12月 alone is not one)."""
    assert find_deadline(cell, default_year=2023, cell=True) == {"text": cell, "date": date}
    assert find_deadline("2026年12月召开推进会") is None
