"""Assemble the parse result of one document from its blocks: metadata, sections, tasks, tables, warnings."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from jxplan.core.targets import find_deadline, find_targets
from jxplan.importer.blocks import Block, Para, Table
from jxplan.importer.indicators import read_indicators
from jxplan.importer.lists import read_key_works, read_task_rows
from jxplan.importer.meta import infer_jurisdiction, is_chrome, read_meta
from jxplan.importer.outline import Item, Outline, Section, read_outline, split_subitems, task_title
from jxplan.importer.places import PARENT
from jxplan.importer.responsibility import Listed
from jxplan.importer.tables import layout
from jxplan.importer.unitmatch import UnitMatcher

_APPENDIX_LABEL = re.compile(r"^附\s*件\s*(\d*)")
_NOTE = re.compile(r"^(?:备\s*注|注)\s*[:：]\s*(?P<text>.+)$")


def parse_blocks(blocks: list[Block], *, jurisdiction: str | None, directory, source: dict) -> dict:
    """The JSON contract of `jxplan parse` (docs/parse-schema.md) for a document already cut into blocks."""
    paras = [b for b in blocks if isinstance(b, Para)]
    meta, start = read_meta(paras)
    first_line = paras[start].line if 0 < start < len(paras) else 0
    body = [b for b in blocks if b.line >= first_line and not (isinstance(b, Para) and is_chrome(b.text))]
    all_text = "\n".join(b.text if isinstance(b, Para) else "\n".join("".join(r) for r in b.rows) for b in blocks)
    how = "argument"
    if not jurisdiction:
        jurisdiction, how = infer_jurisdiction(meta, list(directory.jurisdictions), all_text)
    matcher = UnitMatcher(directory, jurisdiction)
    year = _document_year(meta)
    outline = read_outline([b for b in body if isinstance(b, Para)])
    tasks = [_task(item, year) for item in outline.items]
    indicators, key_works, warnings = [], [], []
    extra: dict = {}  # the first indicator table's own layout and 备注 line, for reports in the plan's format
    table_count = 0
    for k, block in enumerate(body):
        if not isinstance(block, Table):
            continue
        table_count += 1
        laid = layout(block)
        if laid is None or not laid.rows:
            continue
        label, caption = _label(body, k, table_count)
        if laid.kind == "indicators":
            found, problems = read_indicators(
                laid, label=label, note=_note_after(body, k), plan_end=meta.end_year, matcher=matcher
            )
            indicators += found
            warnings += problems
            if found and "indicator_columns" not in extra:
                extra["indicator_columns"] = {"headers": [c.header for c in laid.columns], "title": caption or ""}
                note = _note_after(body, k)
                extra["indicator_note"] = f"备注：{note}。" if note else ""
            warnings += _duplicates([i["number"] for i in found], f"{label}的指标")
        elif laid.kind == "key_works":
            kw_year = _year_in(caption) or year
            found = read_key_works(laid, label=label, year=kw_year, matcher=matcher)
            key_works += found
            warnings += _duplicates([w["number"] for w in found], f"{label}的重点工作")
        elif laid.kind == "tasks":
            section = _table_section(outline, block.line, label, caption)
            tasks += read_task_rows(laid, label=label, section=section, year=year, matcher=matcher)
    tasks.sort(key=lambda t: t["line"])
    _resolve_task_units(tasks, outline, matcher)
    warnings = _task_warnings(tasks, outline) + warnings
    plan_units = matcher.units(outline.plan_wide, "全文")
    kind = "plan" if tasks or indicators or key_works else "not_a_plan"
    if kind == "not_a_plan":
        warnings.insert(
            0,
            {
                "where": "全文",
                "message": "未在文件中找到编号的任务、责任单位、指标表或重点工作清单，它可能不是一份方案（例如新闻或讲话）。未导入任何任务。",
            },
        )
    warnings += matcher.warnings(how)
    return {
        "title": meta.title,
        "doc_number": meta.doc_number,
        "issuer": meta.issuer,
        "date": meta.date,
        "jurisdiction": jurisdiction,
        "jurisdiction_source": how,
        "jurisdiction_known": jurisdiction in directory.jurisdictions,
        "jurisdiction_parent": directory.parents.get(jurisdiction) or PARENT.get(jurisdiction),
        "kind": kind,
        "draft": meta.draft,
        "start_year": meta.start_year,
        "end_year": meta.end_year,
        "all_tasks_units": plan_units,
        "sections": [
            {
                "label": s.label,
                "title": s.title,
                "level": s.level,
                "parent": s.parent.label if s.parent else None,
                "key": s.key,
                "parent_key": s.parent.key if s.parent else None,
                "task_part": s.task_part,
                "units": matcher.units([Listed(n, "lead") for n in s.lead], f"第{s.label}部分标题"),
                "line": s.line,
            }
            for s in outline.sections
            if not any(i.kind == "H2" and i.section is s for i in outline.items)
        ],
        "tasks": tasks,
        "indicators": indicators,
        "key_works": key_works,
        "warnings": warnings,
        "source": source,
        **extra,
    }


def _document_year(meta) -> int | None:
    """The year `年内` refers to: a year opening the title (2024年政府工作报告…), else the document's date."""
    m = re.match(r"^(20\d{2})年", meta.title or "")
    if m:
        return int(m[1])
    if meta.date:
        return int(meta.date[:4])
    return meta.start_year


def _year_in(text: str | None) -> int | None:
    m = re.search(r"(20\d{2})\s*年", text or "")
    return int(m[1]) if m else None


def _task(item: Item, year: int | None) -> dict:
    text = "\n".join(line for line in item.lines if line).strip()
    section = item.section if item.kind == "N3" else (item.section.parent if item.section else None)
    task = {
        "number": item.label,
        "section": section.label if section else None,
        "section_key": section.key if section else None,
        "title": task_title(text),
        "text": text,
        "subitems": split_subitems(text),
        "units": item.units,
        "targets": find_targets(text, default_year=year),
        "deadline": None,
        "deadline_text": None,
        "line": item.line,
    }
    deadline = find_deadline(text, default_year=year)
    if deadline:
        task["deadline"], task["deadline_text"] = deadline["date"], deadline["text"]
    if item.boxes:
        task["boxes"] = item.boxes
    if item.leaders:
        task["leaders"] = item.leaders
    return task


def _resolve_task_units(tasks: list[dict], outline: Outline, matcher: UnitMatcher) -> None:
    """Listed units → UNIT dicts; a task without its own units takes the lead named in its section heading."""
    leads = {s.key: s for s in outline.sections if s.lead}
    for position, task in enumerate(tasks, start=1):
        where = f"第{position}项任务"
        if task["units"] and isinstance(task["units"][0], Listed):
            task["units"] = matcher.units(task["units"], where)
        if not task["units"]:
            section = _section_by_key(outline, task.get("section_key"))
            while section is not None and section.key not in leads:
                section = section.parent
            if section is not None:
                task["units"] = matcher.units([Listed(n, "lead") for n in section.lead], where)
                task["units_from_section"] = True


def _section_by_key(outline: Outline, key: str | None):
    return next((s for s in outline.sections if s.key == key), None)


def _table_section(outline: Outline, line: int, label: str, caption: str | None) -> Section | None:
    """The section a task table stands in; in an appendix after a body with sections, a section of its own
    (附件1 with the table's caption), so its tasks are not filed under the body's last heading (保障措施)."""
    in_appendix = outline.appendix_line is not None and line > outline.appendix_line
    if not in_appendix or not outline.sections:
        before = [s for s in outline.sections if s.line < line]
        return before[-1] if before else None
    name = label if label.startswith("附件") else "附件"
    section = next((s for s in outline.sections if s.parent is None and s.label == name), None)
    if section is None:
        section = Section(name, caption or "", 1, None, line, task_part=True)
        outline.sections.append(section)
    return section


def _label(body: list[Block], k: int, count: int) -> tuple[str, str | None]:
    """`附件1` (or the caption, or `表N`) for where-messages, and the caption line above the table."""
    caption, label = None, None
    for block in reversed(body[max(0, k - 3) : k]):
        if not isinstance(block, Para):
            break
        m = _APPENDIX_LABEL.match(block.text)
        if m:
            label = f"附件{m[1]}"
            break  # the caption stands between the label and the table, never above the label
        if caption is None and len(block.text) <= 60 and "。" not in block.text:
            caption = block.text
    return label or (f"表{count}" if caption is None else f"附表“{caption}”"), caption


def _note_after(body: list[Block], k: int) -> str | None:
    for block in body[k + 1 : k + 3]:
        if isinstance(block, Para):
            m = _NOTE.match(block.text)
            if m:
                return m["text"].rstrip("。")
    return None


def _duplicates(numbers: list[str], what: str) -> list[dict]:
    counts = Counter(numbers)
    return [
        {"where": what, "message": f"{what}中编号 {n} 出现了 {c} 次，请核对是否重复或漏编。"}
        for n, c in counts.items()
        if c > 1
    ]


def _task_warnings(tasks: list[dict], outline: Outline) -> list[dict]:
    """Duplicate or skipped task numbers, and tasks without units in a plan whose other tasks have them."""
    warnings = []
    scopes: dict[str | None, list[str]] = {}
    restart = any(t["number"] == "1" for t in tasks[1:]) if tasks else False
    for task in tasks:
        scope = (task.get("section_key") or task.get("section")) if restart else None
        scopes.setdefault(scope, []).append(task["number"])
    for scope, numbers in scopes.items():
        where = f"第{scope}部分的任务" if scope else "任务编号"
        warnings += _duplicates(numbers, where)
        digits = [int(n) for n in numbers if n.isdigit()]
        for a, b in itertools.pairwise(digits):
            if b not in (a, a + 1):
                warnings.append({"where": where, "message": f"任务编号不连续：{a} 之后是 {b}，请核对是否漏项。"})
    with_units = [t for t in tasks if t["units"]]
    if with_units:
        for position, task in enumerate(tasks, start=1):
            if not task["units"]:
                warnings.append(
                    {
                        "where": f"第{position}项任务",
                        "message": f"任务 {task['number']}“{task['title']}”没有写明责任单位（其他任务都有），请补充。",
                    }
                )
    return warnings
