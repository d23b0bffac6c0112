"""Read what units type into a fill-in cell: `约35家`, `１２３`, `1,234`, `3.2%` / `3.2` / `0.032`, status words.

Each reader returns the value with the notes a clerk should see, or raises CellProblem(message, expected).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from jxplan.core.status import STATUS_CHOICES, Status


class CellProblem(ValueError):
    """A cell that cannot be read as what its column asks for."""

    def __init__(self, message: str, expected: str = ""):
        super().__init__(message)
        self.message = message
        self.expected = expected


@dataclass(frozen=True)
class Number:
    value: float
    qualifier: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


_PREFIXES = ("累计达到", "累计达", "累计", "大约", "合计", "共计", "超过", "达到", "约", "近", "超", "达", "共", "计")
_SUFFIXES = ("及以上", "以上", "左右", "上下", "以下", "多", "余")
_KNOWN_UNITS = (
    "个百分点", "百分点", "万亿元", "亿美元", "万美元", "亿元", "万元", "元", "万人次", "人次", "万人", "万家", "万吨",
    "家", "个", "项", "件", "人", "名", "次", "台", "套", "座", "所", "条", "公里", "千米", "平方米", "亩", "吨",
    "倍", "天", "年", "%", "‰",
)  # fmt: skip
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_CN_DIGITS = re.compile(r"[零〇一二两三四五六七八九十百千万亿]")
PERCENT_UNITS = {"%", "％"}
_SPACES = re.compile(r"\s+")


def cell_text(value: object) -> str:
    """A cell's content as the text a clerk saw: 35.0 → "35", dates as 2025-09-30, None → ""."""
    if type(value) is str:  # most cells; checked first because every cell of a return passes here
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


@functools.lru_cache(maxsize=65536)  # the same locked texts come back in every unit's file
def fold(text: str) -> str:
    """Full-width digits, letters and signs to ASCII (１２３ → 123, ％ → %, ，→ ,), spaces removed."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def parse_number(cell: object, measure_unit: str = "", reference: float | None = None) -> Number:
    """The number a unit meant in an indicator cell, checked against the indicator's unit of measure.

    `reference` (this period's target, else last period's value) decides whether 0.032 in a % indicator
    is a fraction typed into a percent-formatted cell (3.2) or a real 0.032.
    """
    unit = fold(measure_unit)
    is_percent = unit in PERCENT_UNITS
    notes: list[str] = []
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        value, had_percent_sign, qualifier = float(cell), False, ""
    else:
        value, had_percent_sign, qualifier, written_unit = _parse_text(cell_text(cell), unit)
        if written_unit and written_unit != unit and not (is_percent and written_unit in PERCENT_UNITS):
            expected = f"以“{measure_unit}”为单位的数值" if measure_unit else "不带单位的数值"
            raise CellProblem(f"单位不符：填的是“{written_unit}”，本指标的单位是“{measure_unit or '无'}”", expected)
        if qualifier:
            notes.append(f"“{qualifier}”按{value:g}计")
    if is_percent and not had_percent_sign and 0 < abs(value) < 1:
        if reference is not None and reference != 0 and _closer_scaled(value, reference):
            notes.append(f"{value:g}按百分数理解为{value * 100:g}%")
            value = value * 100
        elif reference is None:
            notes.append(f"数值{value:g}小于1，已按{value:g}%记录，请确认不是{value * 100:g}%")
    return Number(round(value, 10), qualifier, tuple(notes))


def _closer_scaled(value: float, reference: float) -> bool:
    if (value > 0) != (reference > 0):
        return False
    return abs(math.log(abs(value * 100 / reference))) < abs(math.log(abs(value / reference)))


def _parse_text(text: str, unit: str) -> tuple[float, bool, str, str]:
    """(value, had % sign, qualifier words, unit written after the number) of a typed value."""
    raw = fold(text)
    if _PLAIN.match(raw):  # the common case: nothing to strip, no unit to check
        return float(raw), False, "", ""
    if not raw:
        raise CellProblem("没有填写数值", "数值")
    qualifier = ""
    for p in _PREFIXES:
        if raw.startswith(p) and len(raw) > len(p):
            qualifier, raw = p, raw[len(p) :]
            break
    for s in _SUFFIXES:
        if raw.endswith(s) and len(raw) > len(s):
            qualifier, raw = qualifier + s, raw[: -len(s)]
            break
    written = ""
    for u in _units_longest_first(unit):
        if raw.endswith(u) and len(raw) > len(u):
            written, raw = u, raw[: -len(u)]
            break
    for s in _SUFFIXES:  # 35家以上 and 35以上家 both occur
        if raw.endswith(s) and len(raw) > len(s):
            qualifier, raw = qualifier + s, raw[: -len(s)]
            break
    had_percent = written in PERCENT_UNITS
    if _THOUSANDS.match(raw):
        raw = raw.replace(",", "")
    if not _PLAIN.match(raw):
        if _CN_DIGITS.search(raw):
            raise CellProblem(f"“{text}”是汉字数字，无法读成数值", "阿拉伯数字，如 35")
        if "," in raw:
            raise CellProblem(f"“{text}”中的逗号位置不对，无法判断是千位分隔还是小数点", "如 1234 或 1,234 或 12.5")
        raise CellProblem(f"“{text}”不是一个数值", "数值，如 35、3.2 或 3.2%")
    return float(raw), had_percent, qualifier, written


@functools.lru_cache(maxsize=256)
def _units_longest_first(unit: str) -> tuple[str, ...]:
    return tuple(sorted({unit, *_KNOWN_UNITS} - {""}, key=len, reverse=True))


def parse_percent_done(cell: object) -> tuple[float, tuple[str, ...]]:
    """完成进度(%): 0–100; `80%` and a 0.8 from a percent-formatted cell both mean 80."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        value, notes = float(cell), ()
        if 0 < value < 1:
            value, notes = value * 100, (f"{cell:g}按百分数理解为{value * 100:g}%",)
    else:
        text = fold(cell_text(cell))
        number = parse_number(text.removesuffix("%") if text.endswith("%") else text, "")
        value, notes = number.value, number.notes
    if not 0 <= value <= 100:
        raise CellProblem(f"完成进度{value:g}不在0到100之间", "0到100之间的数，如 80")
    return round(value, 2), notes


def parse_status(cell: object) -> Status:
    status = _status_of(cell_text(cell))
    if status is None:
        raise CellProblem(f"完成状态“{cell_text(cell)}”不在可选范围内", "、".join(STATUS_CHOICES))
    return status


@functools.lru_cache(maxsize=256)  # a handful of words, in every row of every return
def _status_of(text: str) -> Status | None:
    return Status.from_label(fold(text))


def implausible(value: float, target: float | None, last: float | None) -> str | None:
    """A note when a value is far from its target or from last period's value (a typo or a wrong unit)."""
    for ref, what in ((target, "本期目标"), (last, "上期完成值")):
        if ref is None or ref == 0 or value == 0:
            continue
        ratio = abs(value / ref)
        if ratio >= 10 or ratio <= 0.1:
            return f"数值{value:g}与{what}{ref:g}相差{ratio:.1f}倍，请核实单位和数值"
    return None
