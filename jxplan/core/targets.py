"""Find quantitative targets (`新增省级智能工厂50家以上`) and deadlines (`2025年6月底前`, `年内`) in task text.

    >>> find_targets("到2027年，新增省级智能工厂(数字化车间)50家以上。")[0]["value"]
    50

Each target is a dict `{"text", "value", "unit", "qualifier", "year", "recurring"}` (TARGET in
docs/parse-schema.md). A number counts as a target only in a clause that states an aim (a year, `每年`,
`年内`, or a verb such as 新增/达到/完成); subsidy amounts (`给予最高500万元奖励`) are policy, not targets.
"""

from __future__ import annotations

import calendar
import re

from jxplan.core.values import to_number

_MEASURE = (
    "万亿元|亿美元|万美元|亿元|万元|元|个百分点|百分点|%|％|万家|家|个|项|件|万人次|人次|万人|万名|人|名|次|所|座|条|"
    "套|台|批|场|篇|倍|万平方米|平方米|万亩|亩|公里|千米|辆|艘|万千瓦|千瓦|万吨|吨|户|支|处|款|只|种|部"
)
_TARGET = re.compile(
    r"(?P<prefix>不低于|不少于|不超过|超过|达到|突破|累计达|累计|约|超|达)?"
    rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{_MEASURE})(?P<suffix>以上|左右|以内|以下)?"
)
_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+[，,；;。！？!?\n]?")
_YEAR = re.compile(r"(?:到|至|于|在)?(?P<year>20\d{2})年(?:底|末)?(?:前)?")
_RECURRING = re.compile(r"每年|年均|逐年|每年度|年度")
_WITHIN_YEAR = re.compile(r"年内|今年|全年|当年")
_AIM = re.compile(
    r"新增|达到|达|完成|培育|建成|建设|引进|引育|实现|打造|突破|超过|力争|累计|立项|认定|发布|组织|创建|招引|争创|"
    r"提升|提高|增长|占比|比重|不低于|不少于|控制|开工|投资|招引|新建|新认定"
)
_POLICY = re.compile(r"给予|奖励|补助|补贴|资助|奖补|贴息|最高不超过|最高")
_NOT_AFTER = ("等", "第", "前", "近", "这", "该", "各")


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.findall(text) if c.strip()]


def find_targets(text: str, *, default_year: int | None = None) -> list[dict]:
    """All quantitative targets in `text`, in order. `default_year` dates `年内` targets (the plan's year)."""
    targets: list[dict] = []
    year_context: int | None = None
    year_clause = ""
    for clause in _clauses(text):
        body = clause.rstrip("，,；;。！？!?\n").strip()
        ym = _YEAR.search(body)
        matches = [m for m in _TARGET.finditer(body) if not _skip(body, m)]
        if ym and not matches:
            # A bare `到2027年` clause dates the clauses that follow it in the same sentence.
            year_context, year_clause = int(ym["year"]), body
        year = int(ym["year"]) if ym and ym.start() < (matches[0].start() if matches else 0) else year_context
        recurring = bool(_RECURRING.search(body))
        within = bool(_WITHIN_YEAR.search(body))
        if within and year is None:
            year = default_year
        aim = year is not None or recurring or within or _AIM.search(body)
        if matches and aim and not _POLICY.search(body):
            shown = f"{year_clause}，{body}" if year_clause and not targets_since(targets, year_clause) else body
            for m in matches:
                # `达到20%以上`: 达到 only says "reach"; the bound is 以上.
                prefix = m["prefix"] if m["prefix"] not in ("达到", "达") else None
                qualifier = m["suffix"] or prefix
                targets.append(
                    {
                        "text": shown,
                        "value": to_number(m["num"]),
                        "unit": "%" if m["unit"] == "％" else m["unit"],
                        "qualifier": qualifier,
                        "year": None if recurring else year,
                        "recurring": recurring,
                    }
                )
            year_clause = ""
        if clause.endswith(("。", "；", ";", "！", "？", "\n")):
            year_context, year_clause = None, ""
    return targets


def targets_since(targets: list[dict], year_clause: str) -> bool:
    """Whether the year clause was already shown in an earlier target's text (show it once)."""
    return any(t["text"].startswith(year_clause) for t in targets)


def _skip(body: str, m: re.Match) -> bool:
    """Numbers that are not amounts: `等10个领域`, `第2位`, names like `G60` or `135N`."""
    before = body[: m.start()]
    if before.endswith(_NOT_AFTER):
        return True
    if before and ((before[-1].isascii() and before[-1].isalnum()) or before[-1] in "+-.·"):
        return True
    after = body[m.end() : m.end() + 1]
    return bool(after) and after.isascii() and after.isalnum()


_DEADLINES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?P<y>20\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:前|之前)"), "ymd"),
    (re.compile(r"(?P<y>20\d{2})年(?P<m>\d{1,2})月(?:底|末)?(?:前|之前)"), "ym"),
    (re.compile(r"(?P<y>20\d{2})年(?:底|末)(?:前|之前)?"), "y"),
    (re.compile(r"(?P<y>20\d{2})年上半年"), "h1"),
    (re.compile(r"(?:到|至)(?P<y>20\d{2})年"), "y"),
    (re.compile(r"(?P<y>20\d{2})年(?:前|之前)"), "y"),
    (re.compile(r"(?<![年\d])(?P<m>\d{1,2})月(?:底|末)?(?:前|之前)"), "m"),
    (re.compile(r"上半年"), "h1"),
    (re.compile(r"年底前|年内|今年内|年底"), "year"),
]


# A 完成时限 cell is a deadline as a whole, so there 前 is not needed: 2026年12月底, 9月, 2026年第三季度.
_DEADLINE_CELLS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^(?P<y>20\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"), "ymd"),
    (re.compile(r"^(?:(?P<y>20\d{2})年)?第?(?P<q>[一二三四1-4])季度"), "q"),
    (re.compile(r"^(?P<y>20\d{2})年(?P<m>\d{1,2})月(?:底|末|份)?"), "ym"),
    (re.compile(r"^(?P<m>\d{1,2})月(?:底|末|份)?"), "m"),
]


def find_deadline(text: str, *, default_year: int | None = None, cell: bool = False) -> dict | None:
    """The first deadline phrase in `text` as `{"text", "date"}`; `date` is ISO or None when no year is known.

    `cell`: `text` is a whole 完成时限 cell, whose date needs no 前 after it.
    """
    found: list[tuple[int, dict]] = []
    for pattern, kind in _DEADLINE_CELLS if cell else ():
        m = pattern.match(text.strip())
        if m:
            return {"text": text.strip(), "date": _deadline_date(m, kind, default_year)}
    for pattern, kind in _DEADLINES:
        m = pattern.search(text)
        if m:
            found.append((m.start(), {"text": m.group(0), "date": _deadline_date(m, kind, default_year)}))
    if not found:
        # A cell says when even without a date (长期坚持, 持续推进): kept as written.
        return {"text": text.strip(), "date": None} if cell and text.strip() else None
    found.sort(key=lambda item: item[0])
    return found[0][1]


def _deadline_date(m: re.Match, kind: str, default_year: int | None) -> str | None:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else default_year
    if year is None:
        return None
    if kind == "ymd":
        return f"{year:04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    if kind in ("ym", "m"):
        month = int(m["m"])
        if not 1 <= month <= 12:
            return None
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if kind == "h1":
        return f"{year:04d}-06-30"
    if kind == "q":
        month = 3 * ("一二三四1234".index(m["q"]) % 4 + 1)
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{year:04d}-12-31"
