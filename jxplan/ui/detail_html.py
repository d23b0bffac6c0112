"""HTML for the detail panes: an item's full text, sub-items, targets and units; earlier periods' entries."""

from __future__ import annotations

from jxplan.core.model import KeyWork, Plan, Task, TaskProgress
from jxplan.core.periods import Period
from jxplan.ui.markup import escape
from jxplan.ui.models.item_rows import ItemRow


def _p(label: str, text: str) -> str:
    return f"<p><b>{escape(label)}：</b>{escape(text)}</p>" if text else ""


def item_html(row: ItemRow, plan: Plan) -> str:
    item = row.item
    parts = []
    if isinstance(item, Task):
        section = plan.section(item.section_id)
        if section:
            parts.append(f"<p style='color:#555'>{escape(section.heading)}</p>")
        parts.append(f"<h3>{escape(item.number)}. {escape(item.title)}</h3>")
        parts.append(f"<p>{escape(item.text)}</p>")
        if item.subitems:
            parts.append(
                "<ul>" + "".join(f"<li>{escape(s.label)}{escape(s.text)}</li>" for s in item.subitems) + "</ul>"
            )
        parts.append(_p("完成时限", item.deadline or item.deadline_text))
    elif isinstance(item, KeyWork):
        parts.append(f"<p style='color:#555'>{escape(item.category)}</p>")
        parts.append(f"<h3>{escape(item.number)}. {escape(item.name)}</h3>")
        parts.append(f"<p>{escape(item.content)}</p>")
    if item.targets:
        parts.append("<p><b>量化目标：</b></p><ul>")
        for t in item.targets:
            extra = "（每年）" if t.recurring else (f"（{t.year}年）" if t.year else "")
            parts.append(f"<li>{escape(t.text)}{escape(extra)}</li>")
        parts.append("</ul>")
    parts.append(_p("牵头单位", row.lead_name))
    parts.append(_p("配合单位", "、".join(row.coop_names)))
    if not item.assignments and plan.all_tasks_units:
        parts.append(_p("责任主体", "、".join(u.unit_name for u in plan.all_tasks_units)))
    if len(row.entries) > 1:
        parts.append("<p><b>本期各单位填报：</b></p><ul>")
        for e in row.entries:
            status = e.entry.status.label if e.entry and e.entry.status else ("已填" if e.entry else "未填报")
            parts.append(
                f"<li>{escape(e.unit_name)}（{'牵头' if e.role == 'lead' else '配合'}）：{escape(status)}</li>"
            )
        parts.append("</ul>")
    return "".join(parts)


def history_html(entries: list[TaskProgress], current_period: str) -> str:
    """A unit's earlier entries on one item, newest first (the current period is left out: it is in the form)."""
    older = [e for e in entries if e.period != current_period]
    if not older:
        return "<p style='color:#777'>往期没有填报记录</p>"
    parts = ["<p><b>往期填报</b></p>"]
    for e in older:
        label = Period.parse(e.period).label
        status = e.status.label if e.status else "未选状态"
        percent = f"，{e.percent:g}%" if e.percent is not None else ""
        parts.append(f"<p><b>{escape(label)}</b>　{escape(status)}{escape(percent)}<br/>")
        for name, text in (("进展", e.progress), ("问题", e.problems), ("下步", e.next_steps)):
            if text:
                parts.append(f"{name}：{escape(text)}<br/>")
        parts.append("</p>")
    return "".join(parts)
