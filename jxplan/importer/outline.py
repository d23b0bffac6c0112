"""Headings, the part of the document that holds the tasks, and the numbered tasks in it.

Headings are `一、` (level 1), `（一）` (level 2), `1.` (items) and `（1）` (points), plus bare headings such as
`重点任务` on a line of their own. The task part is the sections named like 重点任务/主要任务/工作举措, or,
when no section is named so, every section that is not 总体要求/保障措施/背景 and the like. Tasks are the
`1.` items of the task part (their numbering may restart in each section or run on); in documents without
`1.` items the `（一）` items are the tasks. Anything after `附件` is appendix: only its tables are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxplan.importer.blocks import Para
from jxplan.importer.responsibility import (
    Listed,
    Responsibility,
    find_clause,
    heading_lead,
    is_leader_line,
    is_units_line,
    parse_responsibility,
    split_names,
)
from jxplan.importer.textnorm import strip_end

_CN = "一二三四五六七八九十"
H1 = re.compile(rf"^(?P<label>[{_CN}]{{1,3}})\s*[、.．]\s*(?P<rest>.*)$")
H2 = re.compile(rf"^[（(]\s*(?P<label>[{_CN}]{{1,3}})\s*[）)]\s*[、.．]?\s*(?P<rest>.*)$")
N3 = re.compile(r"^(?P<label>\d{1,3})\s*[.．、](?!\d)\s*(?P<rest>.*)$")
BOX = re.compile(r"^专栏\s*\d*\s*[:：]?")
APPENDIX = re.compile(r"^附\s*件\s*\d*\s*[:：]?")
TASK_WORDS = re.compile(
    r"重点任务|主要任务|工作任务|工作举措|主要举措|重点举措|重大举措|行动举措|具体举措|具体措施|主要措施|实施重点|重点工作|"
    r"工作重点|重点行动|主要行动|专项行动|重点项目|任务分工|责任分解|目标任务|政策措施|主要内容|重点领域|工作安排"
)
NON_TASK_WORDS = re.compile(
    r"总体要求|指导思想|总体目标|发展目标|工作目标|主要目标|目标要求|基本原则|保障措施|保障机制|组织保障|组织实施|实施保障|"
    r"工作要求|工作机制|现实基础|发展基础|发展背景|总体思路|战略目标|形势|背景|重要意义|基本情况|实施步骤|进度安排|附则"
)
_SUB_SPLIT = re.compile(rf"(?:(?<=^)|(?<=[。；;：:\s]))(?=[{_CN}]{{1,2}}是|[（(]\d{{1,2}}[）)]|“[点线面]”上)")
_SUB_MARK = re.compile(rf"^(?:[{_CN}]{{1,2}}是\s*[，,：:]?|[（(]\d{{1,2}}[）)]\s*)")
# ①②③: points only where nothing above marks them (under （1）（2） they are the points' own details).
_CIRCLED_SPLIT = re.compile(r"(?:(?<=^)|(?<=[。；;：:\s]))(?=[①-⑳])")
_CIRCLED_MARK = re.compile(r"^[①-⑳]\s*")


def cn_number(label: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (labels of headings)."""
    digits = {c: k + 1 for k, c in enumerate("一二三四五六七八九")}
    if label == "十":
        return 10
    if label.startswith("十"):
        return 10 + digits.get(label[1:], 0)
    if "十" in label:
        tens, _, ones = label.partition("十")
        return digits.get(tens, 0) * 10 + digits.get(ones, 0)
    return digits.get(label, 0)


def cn_label(number: int) -> str:
    ones = "零一二三四五六七八九"
    if number <= 10:
        return "十" if number == 10 else ones[number]
    tens, unit = divmod(number, 10)
    return ("" if tens == 1 else ones[tens]) + "十" + (ones[unit] if unit else "")


@dataclass
class Section:
    label: str
    title: str
    level: int
    parent: Section | None
    line: int
    task_part: bool = False
    lead: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.parent.key}/{self.label}" if self.parent else self.label


@dataclass
class Item:
    """A numbered paragraph (a task candidate) with its continuation text, boxes and responsibility."""

    label: str
    kind: str  # "N3" or "H2"
    section: Section | None
    line: int
    lines: list[str] = field(default_factory=list)
    boxes: list[dict] = field(default_factory=list)
    units: list[Listed] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    closed: bool = False


@dataclass
class Outline:
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    plan_wide: list[Listed] = field(default_factory=list)
    first_leads_rule: bool = False
    appendix_line: int | None = None


def _bare_heading(text: str) -> bool:
    return (
        len(text) <= 12
        and not re.search(r"[，。；：,.;:、（）()\d]", text)
        and bool(TASK_WORDS.fullmatch(text) or NON_TASK_WORDS.fullmatch(text))
    )


def _is_task_title(title: str) -> bool:
    return bool(TASK_WORDS.search(title)) and not NON_TASK_WORDS.search(title)


def read_outline(paras: list[Para]) -> Outline:
    """Sections and numbered items of the body, in order, with responsibility attached to each item."""
    out = Outline()
    h1: Section | None = None
    h2: Section | None = None
    item: Item | None = None
    box: dict | None = None
    for para in paras:
        text = para.text.strip()
        if out.appendix_line is not None:
            break
        if APPENDIX.match(text) and not N3.match(text):
            out.appendix_line = para.line
            break
        m1 = H1.match(text)
        if m1 or (_bare_heading(text) and (item is None or item.closed or not item.lines)):
            label = m1["label"] if m1 else cn_label(cn_number(h1.label) + 1 if h1 else 1)
            title = m1["rest"] if m1 else text
            h1 = Section(label, strip_end(title), 1, None, para.line)
            _set_heading_lead(h1)
            out.sections.append(h1)
            h2, item, box = None, None, None
            continue
        m2 = H2.match(text)
        if m2:
            h2 = Section(m2["label"], strip_end(_first_sentence(m2["rest"])), 2, h1, para.line)
            _set_heading_lead(h2)
            out.sections.append(h2)
            # A `（一）` line with running text after its title may itself be a task (documents without `1.`).
            item = Item(m2["label"], "H2", h2, para.line, [m2["rest"]])
            _absorb_clause(item, out)
            out.items.append(item)
            box = None
            continue
        m3 = N3.match(text)
        if m3 and not re.match(r"^\d{4}\s*年", text):
            item = Item(m3["label"], "N3", h2 or h1, para.line, [m3["rest"]])
            _absorb_clause(item, out)
            out.items.append(item)
            box = None
            continue
        if item is None:
            continue
        if is_units_line(text):
            _add_responsibility(item, parse_responsibility(text), out)
            item.closed = True
            continue
        leader = is_leader_line(text)
        if leader:
            item.leaders += split_names(leader["names"])
            continue
        if BOX.match(text):
            box = {"title": text, "text": ""}
            item.boxes.append(box)
            continue
        if box is not None:
            box["text"] = (box["text"] + "\n" + text).strip()
            continue
        if item.closed and _SUB_MARK.match(text):
            # The task's next point, with a clause of its own: （1）…（责任单位：A） （2）…（责任单位：B）.
            item.closed = False
        if not item.closed:
            item.lines.append(text)
            _absorb_clause(item, out)
    _mark_task_part(out)
    return out


def _first_sentence(text: str) -> str:
    m = re.match(r"^(.+?[。；;])", text)
    return m.group(1) if m else text


def _set_heading_lead(section: Section) -> None:
    found = heading_lead(section.title)
    if found:
        section.title, section.lead = found


def _absorb_clause(item: Item, out: Outline) -> None:
    """Move a `（责任单位：…）` clause from the item's last line into its responsibility; it closes the item."""
    found = find_clause(item.lines[-1])
    if not found:
        return
    item.lines[-1], content = found
    _add_responsibility(item, parse_responsibility(content), out)
    item.closed = True


def _add_responsibility(item: Item, resp: Responsibility, out: Outline) -> None:
    item.units += resp.units
    if resp.plan_wide:
        out.plan_wide += [u for u in resp.plan_wide if u.raw not in {p.raw for p in out.plan_wide}]
    out.first_leads_rule = out.first_leads_rule or resp.first_leads_rule


def _mark_task_part(out: Outline) -> None:
    """Flag the sections that hold tasks (see module docstring) and keep only the items that are tasks."""
    tops = [s for s in out.sections if s.level == 1]
    named = [s for s in tops if _is_task_title(s.title)]
    for s in tops:
        with_units = any(i.units and _top(i.section) is s for i in out.items)
        s.task_part = s in named or with_units or (not named and not NON_TASK_WORDS.search(s.title))
    for s in out.sections:
        if s.level == 2:
            s.task_part = bool(s.parent and s.parent.task_part) or (s.parent is None and not tops)
    in_part = [i for i in out.items if (i.section is None and not tops) or (i.section and _top(i.section).task_part)]
    n3_sections = {id(i.section) for i in in_part if i.kind == "N3"}
    tasks = []
    for i in in_part:
        if i.kind == "N3":
            tasks.append(i)
        elif id(i.section) not in n3_sections and (i.units or len("".join(i.lines)) > 40 or _top(i.section).lead):
            # A `（一）` heading without `1.` items under it is itself the task when it has a body.
            tasks.append(i)
    out.items = tasks


def _top(section: Section | None) -> Section | None:
    while section is not None and section.parent is not None:
        section = section.parent
    return section


def split_subitems(text: str) -> list[str]:
    """一是…二是…三是… (or “点”上/“线”上/“面”上, （1）（2）, else ①②③) points of a task, markers removed."""
    for split, mark in ((_SUB_SPLIT, _SUB_MARK), (_CIRCLED_SPLIT, _CIRCLED_MARK)):
        parts = [p.strip() for p in split.split(text) if p.strip()]
        subs = [p for p in parts[1:] if mark.match(p) or p.startswith("“")]
        if len(subs) >= 2:
            return [mark.sub("", p).strip() for p in subs]
    return []


def task_title(text: str) -> str:
    """The first sentence of the task, without its trailing 。."""
    return strip_end(_first_sentence(text.split("\n", 1)[0]))
