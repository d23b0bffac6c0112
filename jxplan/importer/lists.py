"""Key-work lists (重点工作清单) and task tables (序号 | 主要工作任务 | 责任单位) read from laid-out tables."""

from __future__ import annotations

from jxplan.core.targets import find_deadline, find_targets
from jxplan.importer.indicators import _row_units
from jxplan.importer.tables import Layout
from jxplan.importer.unitmatch import UnitMatcher


def read_key_works(layout: Layout, *, label: str, year: int | None, matcher: UnitMatcher) -> list[dict]:
    """KEY_WORK dicts: category carried down, number, name, content, units, targets in the content."""
    out = []
    for position, row in enumerate(layout.rows, start=1):
        where = f"{label} 第{position}行"
        targets = find_targets(layout.cell(row, "content"), default_year=year)
        for target in targets:
            # A list for one year (2023年重点工作清单) dates every target in it.
            if target["year"] is None and not target["recurring"]:
                target["year"] = year
        name = layout.cell(row, "name") or layout.cell(row, "task")
        content = layout.cell(row, "content")
        if not content and not layout.cols("name"):
            name, content = "", name
        groups = layout.groups[position - 1]
        out.append(
            {
                "number": layout.cell(row, "number") or str(position),
                "category": groups[0] if groups else None,
                "categories": groups,
                "name": name,
                "content": content,
                "units": matcher.units(_row_units(layout, row), where),
                "targets": targets,
                "raw_row": layout.raw_rows[position - 1],
                "line": layout.row_lines[position - 1],
            }
        )
    return out


def read_task_rows(layout: Layout, *, label: str, section, year: int | None, matcher: UnitMatcher):
    """Tasks written as table rows (government work report breakdowns), with any progress columns kept."""
    from jxplan.importer.outline import split_subitems, task_title

    tasks = []
    for position, row in enumerate(layout.rows, start=1):
        text = layout.cell(row, "task") or layout.cell(row, "content")
        groups = layout.groups[position - 1]
        task = {
            "number": layout.cell(row, "number") or str(position),
            "section": section.label if section else None,
            "section_key": section.key if section else None,
            "group": groups[-1] if groups else None,
            "title": task_title(text),
            "text": text,
            "subitems": split_subitems(text),
            "units": matcher.units(_row_units(layout, row), f"{label} 第{position}行"),
            "targets": find_targets(text, default_year=year),
            "deadline": None,
            "deadline_text": None,
            "line": layout.row_lines[position - 1],
        }
        cell = layout.cell(row, "deadline")
        deadline = find_deadline(cell or text, default_year=year, cell=bool(cell))
        if deadline:
            task["deadline"], task["deadline_text"] = deadline["date"], deadline["text"]
        for role in ("progress", "status", "leader"):
            value = layout.cell(row, role)
            if value:
                task[role if role != "leader" else "leaders"] = [value] if role == "leader" else value
        tasks.append(task)
    return tasks
