"""Responsible units as documents write them: `（责任单位：A、B）`, `牵头单位：… 配合单位：…`, `★A、B`, `A、B分别牵头`,
and in a 工作要点's own words: `（A牵头，B、C配合）`, `（A、B按职责分工负责）`, `A（牵头）`.

The first unit listed leads unless the text says otherwise (lead markers ★ ☆ *, explicit 牵头/配合 labels,
`分别牵头`). Rules such as `列第一位的为牵头单位，下同` are recognised and removed; a clause naming units
that are responsible for every task (`…均为责任主体，不再列出`) is returned apart, for the plan level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxplan.importer.textnorm import is_unit_gap

_OPEN, _CLOSE = "(（", ")）"
LABELS = r"责任单位|牵头单位|配合单位|协办单位|参与单位|责任部门|牵头部门|配合部门|主办单位|实施单位|责任主体|承办单位"
_LABEL = re.compile(rf"(?P<label>{LABELS})\s*[:：]")
_CLAUSE_START = re.compile(rf"[(（]\s*(?:{LABELS})\s*[:：]")
_RULE = re.compile(
    r"[(（]?(?:有多个(?:部门|单位)的\s*[,，]?\s*)?(?:列|排)(?:在)?第一(?:位|个)的?(?:单位)?为(?:工作)?牵头(?:单位|部门)"
    r"(?:或汇总单位)?(?:\s*[,，]\s*下同)?[)）]?"
)
_NO_ORDER = re.compile(r"排名不分先后|不分先后")
_PLAN_WIDE = re.compile(r"(?P<names>[^，,。；;:：]+?)(?:均|都)?为责任主体\s*[，,]?\s*不再(?:一一)?列出")
_MARKS = "★☆*＊"
_SUFFIX = r"(?:局|委|办|政府|区|院|会|中心|集团|公司|行|部|室|厅|队|所|站|处|社|校|馆|港|分局|支行)"
_GENERIC_TAIL = re.compile(r"^(?P<name>.+?)等(?P<generic>(?:市级|县级|区级)?(?:其他)?(?:有关|相关)(?:部门|单位).*)$")


@dataclass
class Listed:
    """A unit as found in the text: `raw` without whitespace or lead markers, and its role."""

    raw: str
    role: str


@dataclass
class Responsibility:
    """What a responsibility clause says: the units in order, and any plan-wide units it names."""

    units: list[Listed] = field(default_factory=list)
    plan_wide: list[Listed] = field(default_factory=list)
    first_leads_rule: bool = False


def find_clause(text: str) -> tuple[str, str] | None:
    """The last bracketed responsibility clause in `text`: (text without it, clause content).

    Either labelled (`（责任单位：A、B）`) or in the words of a 工作要点 (`（A牵头，B、C配合）`, `（A、B按职责分工负责）`).
    """
    starts = list(_CLAUSE_START.finditer(text))
    if not starts:
        inline = _INLINE_CLAUSE.search(text)
        if inline:  # `…。责任单位：A、B` run on after the task's last sentence
            return text[: inline.start()].strip(), inline["clause"]
        return _verb_clause(text)
    start = starts[-1].start()
    depth = 0
    for k in range(start, len(text)):
        if text[k] in _OPEN:
            depth += 1
        elif text[k] in _CLOSE:
            depth -= 1
            if depth == 0:
                return (text[:start] + text[k + 1 :]).strip(), text[start + 1 : k]
    return text[:start].strip(), text[start + 1 :]


def _verb_clause(text: str) -> tuple[str, str] | None:
    """The last top-level bracket whose content is only unit names with 牵头/配合/负责 (no label)."""
    groups, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch in _OPEN:
            depth, start = depth + 1, k if depth == 0 else start
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, k))
    for start, end in reversed(groups):
        content = text[start + 1 : end]
        if _LEAD_OR_DUTY.search(content) and all(map(_unit_like, _bare_names(content))):
            return (text[:start] + text[end + 1 :]).strip(), content
    return None


_INLINE_CLAUSE = re.compile(rf"(?<=[。；;！!])\s*(?P<clause>(?:主要)?(?:{LABELS})\s*[:：].+)$")
_DUTY = r"(?:按职责分工|按职能分工|按职责)?(?:分别)?负责(?:落实)?$"
_LEAD_OR_DUTY = re.compile(r"牵头|负责")
_ROLE_NOTE = re.compile(r"[(（](牵头|配合)[)）]$")
_ROLE_WORDS = re.compile(rf"^由|(?:共同)?牵头$|(?:协同)?配合$|参与$|协助$|{_DUTY}")
_UNIT_END = re.compile(rf"(?:{_SUFFIX}|部门|单位|街道|镇|乡)$|[)）〕]$")


def _bare_names(content: str) -> list[str]:
    """The names of a clause without the words that give their roles (由A牵头 → A)."""
    out = []
    for name in split_names(content):
        for _ in range(2):  # 由A牵头 has a word on each side
            name = _ROLE_WORDS.sub("", name)
        out.append(name)
    return out


def _unit_like(name: str) -> bool:
    return bool(name) and bool(_UNIT_END.search(name))


def split_names(text: str) -> list[str]:
    """Split a unit list at top-level 、，；和 and at spaces between names — never inside brackets
    (`各县〔市、区〕政府` stays whole) nor at a space a line wrap left inside a name."""
    names, depth, current = [], 0, []
    for k, ch in enumerate(text):
        if ch in "(（〔【[":
            depth += 1
        elif ch in ")）〕】]":
            depth = max(0, depth - 1)
        if depth == 0 and (
            ch in "、，,；;/"
            or (ch in "和及" and _joins_units(text, k, current))
            or (ch.isspace() and is_unit_gap("".join(current), text[k + 1 :].lstrip()))
        ):
            names.append("".join(current))
            current = []
            continue
        current.append(ch)
    names.append("".join(current))
    return [n for n in (re.sub(r"\s+", "", n).strip("。.:：") for n in names) if n]


def _joins_units(text: str, k: int, current: list[str]) -> bool:
    """`A和各县政府` joins two units; `市住房和城乡建设局` is one name. Split only between two unit names."""
    before = "".join(current).rstrip()
    after = text[k + 1 :].lstrip()
    if text[k - 1 : k + 2] == "以及":
        return False
    ends_unit = bool(re.search(rf"{_SUFFIX}$|[)）〕]$", before))
    return ends_unit and bool(re.match(r"[各市县区省国]", after))


def _listed(names: list[str], default_roles: str) -> list[Listed]:
    """Roles for a list under one label: marks first, then `分别牵头`, else the first leads."""
    marked = [n[:1] in _MARKS or n[-1:] in _MARKS or n.endswith(("（牵头）", "(牵头)")) for n in names]
    out = []
    for k, name in enumerate(names):
        raw = re.sub(_DUTY, "", name.strip(_MARKS)).removeprefix("由")
        role = "coop"
        note = _ROLE_NOTE.search(raw)  # 市数据局（牵头）
        if note:
            raw, role = raw[: note.start()], "lead" if note[1] == "牵头" else "coop"
        elif raw.endswith("牵头") and len(raw) > 2:
            raw, role = raw[:-2].removesuffix("共同"), "lead"
        elif raw.endswith(("配合", "参与", "协助")) and len(raw) > 2:
            raw = raw[:-2]
        elif any(marked):
            role = "lead" if marked[k] else "coop"
        elif default_roles == "lead" or (default_roles == "first" and k == 0):
            role = "lead"
        if raw:
            out.append(Listed(raw, role))
    return out


def _expand_generic(names: list[str]) -> list[str]:
    """`市自然资源规划局等市级有关部门` names one unit and then a generic group: keep both."""
    out = []
    for name in names:
        m = _GENERIC_TAIL.match(name)
        out.extend([m["name"], m["generic"]] if m else [name])
    return out


def parse_responsibility(content: str) -> Responsibility:
    """Parse the inside of a responsibility clause or a `责任单位：` line (labels included)."""
    result = Responsibility()
    text = content.strip()
    if _RULE.search(text):
        result.first_leads_rule = True
        text = _RULE.sub("", text)
    no_order = bool(_NO_ORDER.search(text))
    text = _NO_ORDER.sub("", text)
    m = _PLAN_WIDE.search(text)
    if m:
        result.plan_wide = [Listed(n, "coop") for n in _expand_generic(split_names(m["names"]))]
        text = text[: m.start()] + text[m.end() :]
    pieces = list(_LABEL.finditer(text))
    segments = [(p["label"], text[p.end() : pieces[i + 1].start() if i + 1 < len(pieces) else len(text)])
                for i, p in enumerate(pieces)] or [("责任单位", text)]  # fmt: skip
    has_lead_label = any("牵头" in label or "主办" in label for label, _ in segments)
    for label, segment in segments:
        segment = segment.strip().strip("，,；;。")
        if re.search(r"分别牵头$", segment):
            roles, segment = "lead", segment[:-4]
        elif "牵头" in label or "主办" in label:
            roles = "lead"
        elif any(w in label for w in ("配合", "协办", "参与")) or no_order or has_lead_label:
            roles = "coop"
        else:
            roles = "first"
        result.units += _listed(_expand_generic(split_names(segment)), roles)
    return result


def heading_lead(title: str) -> tuple[str, list[str]] | None:
    """`推进教育科技人才一体发展(由市科技局牵头)` → (title without the bracket, [市科技局])."""
    m = re.search(r"[(（]\s*由(?P<names>.+?)(?:共同)?牵头\s*[)）]\s*$", title)
    if not m:
        return None
    return title[: m.start()].strip(), split_names(m["names"])


def is_units_line(text: str) -> re.Match | None:
    """A line that is only a responsibility statement: `责任单位：…`, `牵头单位：…`, `配合单位：…`."""
    return re.match(rf"^\s*(?:{LABELS})\s*[:：]", text)


def is_leader_line(text: str) -> re.Match | None:
    """`牵头领导：陈炳荣` names people, not units; kept apart from the units."""
    return re.match(r"^\s*(?:牵头|责任|分管)(?:市)?领导\s*[:：]\s*(?P<names>.+)$", text)
