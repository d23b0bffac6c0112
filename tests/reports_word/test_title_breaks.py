"""The report title's lines: balanced, within the line, words, numbers and brackets whole, punctuation placed."""

from __future__ import annotations

import pytest

from jxplan.reports.profile import ReportProfile
from jxplan.reports.word.text_width import text_width_chars
from jxplan.reports.word.title_breaks import title_lines

WIDTH = ReportProfile().title_chars
# Titles of the shapes the corpus holds (a year range, a 十三五 in quotes, a document inside a document, ASCII brackets).
TITLES = [
    "嘉兴市推动科技创新和产业创新深度融合加快智造创新强市建设实施方案（2024—2027年）",
    "嘉兴市新技术新产品新场景大规模应用示范行动方案（2025—2027年）",
    "2021年嘉兴市政府工作报告重点工作及政府绩效考核执行情况(上半年)",
    "海宁市贯彻《浙江省关于推动经济高质量发展若干政策(2025年版)》承接落实方案",
    "嘉兴市科技创新“十三五”规划",
    "关于推动科技创新和产业创新深度融合加快智造创新强市建设的实施方案",
]


def _report_title(plan_title: str) -> str:
    return f"关于2026年第三季度《{plan_title}》工作进展情况的报告"


@pytest.mark.parametrize("plan_title", TITLES)
def test_lines_fit_keep_every_character_and_keep_words_and_numbers_whole(plan_title):
    title = _report_title(plan_title)
    lines = title_lines(title, WIDTH)
    assert "".join(lines) == title
    fewest = -(-text_width_chars(title) // WIDTH)
    assert len(lines) <= fewest + 1, f"more lines than needed: {lines}"
    for line in lines:
        assert text_width_chars(line) <= WIDTH, line
        assert line[0] not in "》）)」”，、", f"a line begins with closing punctuation: {line}"
        assert line[-1] not in "《（(「“", f"a line ends with opening punctuation: {line}"
    for whole in (
        "2026年",
        "第三季度",
        "实施方案",
        "行动方案",
        "工作进展情况的报告",
        "十三五",
        "2025年版",
        "2024—2027年",
    ):
        if whole in title:
            assert any(whole in line for line in lines), f"{whole} split: {lines}"


@pytest.mark.parametrize("plan_title", TITLES)
def test_lines_are_balanced_no_stub_under_a_long_line(plan_title):
    """The word processor's fill-to-the-margin left 的报告 (3 characters) under three full lines."""
    lines = title_lines(_report_title(plan_title), WIDTH)
    widths = [text_width_chars(line) for line in lines]
    assert min(widths) >= 0.45 * max(widths), lines


def test_the_old_breaks_are_gone_for_the_demo_plan():
    lines = title_lines(_report_title(TITLES[0]), WIDTH)
    assert lines[-1] != "的报告" and not lines[-1].endswith("》的报告")
    assert not any(line.endswith("实") for line in lines), lines  # 实/施方案 was split


def test_a_short_title_stays_on_one_line_and_a_long_run_without_words_is_still_cut():
    assert title_lines("关于2026年第三季度工作进展情况的报告", WIDTH) == ["关于2026年第三季度工作进展情况的报告"]
    lines = title_lines("A" * 80, WIDTH)
    assert "".join(lines) == "A" * 80 and all(text_width_chars(line) <= WIDTH for line in lines)
    bracket = "关于（" + "很长的括号内容" * 5 + "）的报告"
    assert "".join(title_lines(bracket, 10)) == bracket
