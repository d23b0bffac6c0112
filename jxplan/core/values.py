"""Parse the raw text of an indicator value (`44.5左右`, `前50`, `12800/7721`, `—`) into numbers and a qualifier.

The raw text is always kept: a clerk must see what the document printed. Parsing only adds what can be
read from it with certainty; anything else stays text.

    >>> parse_value("44.5左右").as_dict()["value"], parse_value("44.5左右").qualifier
    (44.5, '左右')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Texts that mean "no value here" in published tables.
_EMPTY = {"", "-", "—", "–", "――", "——", "－", "/", "／", "无", "暂无", "空", "×"}

# Words before the number that change its meaning; longest first so 累计达到 wins over 累计.
_PREFIXES = sorted(
    [
        "累计达到", "累计达", "累计", "新认定", "新增", "不低于", "不少于", "不超过", "不高于", "力争",
        "达到", "超过", "突破", "保持", "控制在", "低于", "高于", "大于", "小于", "约", "超", "达",
        "前", "≥", "≤", ">", "<", "＞", "＜", "第",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
_SUFFIXES = sorted(
    ["以上", "及以上", "左右", "以内", "以下", "及以下", "内", "上下", "以前", "前"], key=len, reverse=True
)

_NUMBER = r"\d+(?:\.\d+)?"
# Units of measure that may follow a number inside a cell (`4.8%`, `0.05个百分点`).
_MEASURE = r"(?:个百分点|百分点|%|％|‰|万亿元|亿元|万元|元|万人|万名|万家|亿|万|家|个|项|件|人|名|次|倍|位|年|天|公里|平方米|亩)"
_NOTE = re.compile(r"[（(]([^（）()]*)[）)]\s*$")
_SPLIT = re.compile(r"\s*[/／、]\s*")
_ONE = re.compile(rf"^(?P<prefix>\D*?)(?P<num>{_NUMBER})\s*(?P<measure>{_MEASURE})?(?P<suffix>.*)$")


@dataclass(frozen=True)
class ParsedValue:
    """What a value cell says. `value` is the first number; `values` all of them (`12800/7721` → two).

    `qualifier` is a word that bounds or frames the number (以上, 左右, 前, 累计达, 新认定 …);
    `text` holds a cell that is words only (`保持基本稳定`); `note` a trailing bracket (`24年数据未出`);
    `empty` is true for `-`, `—` and blank cells.
    """

    raw: str
    value: int | float | None = None
    values: tuple[int | float, ...] = field(default_factory=tuple)
    qualifier: str | None = None
    unit: str | None = None
    text: str | None = None
    note: str | None = None
    empty: bool = False

    def as_dict(self) -> dict:
        """The JSON form used in `jxplan parse` output (see docs/parse-schema.md, VALUE)."""
        return {
            "raw": self.raw,
            "value": self.value,
            "values": list(self.values),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "text": self.text,
            "note": self.note,
        }


def to_number(text: str) -> int | float:
    """`60` → 60, `3.20` → 3.2: integers stay integers so JSON shows what was printed."""
    return float(text) if "." in text else int(text)


def _one(text: str) -> tuple[int | float, str | None, str | None] | None:
    """Parse one `qualifier? number unit? qualifier?` piece, or None when it is not exactly that."""
    m = _ONE.match(text)
    if not m:
        return None
    prefix, suffix = m["prefix"].strip(), m["suffix"].strip()
    if prefix and prefix not in _PREFIXES:
        return None
    if suffix and suffix not in _SUFFIXES:
        return None
    qualifier = " ".join(q for q in (prefix, suffix) if q) or None
    return to_number(m["num"]), m["measure"], qualifier


def parse_value(raw: str | None) -> ParsedValue:
    """Read a value cell. Never raises: what cannot be read as a number is kept as `text`."""
    raw = "" if raw is None else str(raw)
    text = re.sub(r"\s+", "", raw).replace("（", "(").replace("）", ")")
    if text in _EMPTY:
        return ParsedValue(raw=raw, empty=True)
    note = None
    m = _NOTE.search(text)
    if m and re.search(r"\d", text[: m.start()]):
        note, text = m.group(1), text[: m.start()]
    pieces = _SPLIT.split(text)
    parsed = [_one(p) for p in pieces]
    if not all(parsed):
        return ParsedValue(raw=raw, text=raw.strip(), note=note)
    values = tuple(p[0] for p in parsed)
    unit = next((p[1] for p in parsed if p[1]), None)
    qualifier = next((p[2] for p in parsed if p[2]), None)
    if unit == "％":
        unit = "%"
    return ParsedValue(raw=raw, value=values[0], values=values, qualifier=qualifier, unit=unit, note=note)
