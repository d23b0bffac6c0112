"""任务落实台账: every task of the plan (or of a unit's slice) with this period's progress, grouped by section."""

from jxplan.reports.xlsx.common import names
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


def status_cell(status) -> object:
    """The status text, filled red when 滞后 and yellow when 未启动: the colour never stands alone."""
    if status is None:
        return None
    light = {"behind": "red", "not_started": "yellow"}.get(status.value)
    return Val(status.label, light=light) if light else status.label


def joined(entries, field: str) -> str:
    """One unit's text as is; several units' texts each under its unit name."""
    texts = [(unit, getattr(p, field).strip()) for unit, p in entries if getattr(p, field).strip()]
    if len(texts) == 1 and len(entries) == 1:
        return texts[0][1]
    return "\n".join(f"【{unit}】{text}" for unit, text in texts)


def task_row(row) -> list[object]:
    """The ledger cells of one task row of the report data."""
    missing = names(row.missing)
    return [
        int(row.number) if row.number.isdigit() else row.number,
        row.title,
        row.content,
        names(row.lead),
        names(row.coops),
        row.deadline,
        joined(row.entries, "progress"),
        status_cell(row.status),
        joined(row.entries, "problems"),
        joined(row.entries, "next_steps"),
        f"未报送：{missing}" if missing else "",
    ]


def build(data, *, attachment: str | None, fill_line: str | None) -> Table:
    """The ledger table of `data` (a ReportData)."""
    rows: list = []
    for section in data.sections:
        if section.title:
            rows.append(Group(section.title))
        rows.extend(task_row(t) for t in section.tasks)
    scope = f"（{data.unit_name}）" if data.unit_name else ""
    return Table(
        title=f"{data.plan_title}重点任务落实台账{scope}\n（{data.period.label}）",
        columns=COLUMNS,
        rows=rows,
        attachment=attachment,
        fill_line=fill_line,
        freeze_cols=2,
    )
