"""任务落实台账: every task of the plan (or of a unit's slice) with this period's progress, grouped by section."""

from jxplan.reports.xlsx.common import names, number
from jxplan.reports.xlsx.table import Column, Group, Table, Val

COLUMNS = (
    Column(("序号",), "center", min_width=5, max_width=6),
    Column(("重点任务",), min_width=12, max_width=22, flex=True),
    Column(("具体内容",), min_width=16, max_width=40, flex=True),
    Column(("牵头单位",), "center", min_width=9, max_width=14),
    Column(("配合单位",), min_width=9, max_width=16),
    Column(("完成时限",), "center", min_width=8, max_width=15),
    Column(("本期进展情况",), min_width=20, max_width=48, flex=True),
    Column(("完成状态",), "center", min_width=8, max_width=9),
    Column(("存在问题",), min_width=12, max_width=26, flex=True),
    Column(("下步计划",), min_width=12, max_width=26, flex=True),
    Column(("备注",), min_width=8, max_width=12),
)


def status_cell(state) -> object:
    """The status text (未填报 when nobody reported), filled red when 滞后 and yellow when 未启动."""
    status = state.status
    if status is None:
        return state.label
    light = {"behind": "red", "not_started": "yellow"}.get(status.value)
    return Val(status.label, light=light) if light else status.label


def joined(entries, field: str) -> str:
    """One reporting unit's text as is; several units' texts each under its unit name."""
    texts = [(e.unit_name, getattr(e.entry, field).strip()) for e in entries if e.entry]
    texts = [(unit, text) for unit, text in texts if text]
    if len(texts) == 1 and sum(1 for e in entries if e.entry) == 1:
        return texts[0][1]
    return "\n".join(f"【{unit}】{text}" for unit, text in texts)


def content(task) -> str:
    """具体内容: the sub-items one per line, else the task text after its title."""
    if task.subitems:
        return "\n".join(f"{s.label}{s.text}" for s in task.subitems)
    text = task.text.strip()
    if text.startswith(task.title):
        text = text[len(task.title) :].lstrip("。；;，,. ")
    return text


def task_cells(row) -> list[object]:
    """The ledger cells of one TaskRow."""
    missing = names(e.unit_name for e in row.entries if e.entry is None)
    return [
        number(row.task.number),
        row.task.title,
        content(row.task),
        row.lead_name,
        names(row.coop_names),
        row.task.deadline_text,
        joined(row.entries, "progress"),
        status_cell(row.state),
        joined(row.entries, "problems"),
        joined(row.entries, "next_steps"),
        f"未报送：{missing}" if missing else "",
    ]


def build(data, *, attachment: str | None, fill_line: str | None) -> Table:
    """The ledger table of a ReportData."""
    rows: list = []
    shown: set[int] = set()
    for r in data.task_rows:
        # Each section's heading once, before its first task, after the headings of the sections above it.
        chain = []
        section = r.section
        while section is not None and section.id not in shown:
            chain.append(section)
            section = data.plan.section(section.parent_id) if section.parent_id is not None else None
        for s in reversed(chain):
            rows.append(Group(s.heading))
            shown.add(s.id)
        rows.append(task_cells(r))
    scope = f"（{data.unit_name}）" if data.unit_name else ""
    return Table(
        title=f"{data.plan.title}\n重点任务落实台账{scope}（{data.period.label}）",
        columns=COLUMNS,
        rows=rows,
        attachment=attachment,
        fill_line=fill_line,
        freeze_cols=2,
    )
