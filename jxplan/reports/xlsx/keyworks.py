"""重点工作清单: the plan's key-work list in its own layout (category, 序号, 重点工作, 主要工作内容, 责任单位)
with this period's progress and status."""

from jxplan.reports.xlsx.common import names, number
from jxplan.reports.xlsx.ledger import joined, status_cell
from jxplan.reports.xlsx.table import Column, Table, runs


def columns(with_category: bool) -> list[Column]:
    cols = [Column(("类别",), "center", min_width=8, max_width=12, flex=True)] if with_category else []
    cols += [
        Column(("序号",), "center", min_width=5, max_width=6),
        Column(("重点工作",), min_width=12, max_width=22, flex=True),
        Column(("主要工作内容",), min_width=20, max_width=44, flex=True),
        Column(("责任单位",), min_width=10, max_width=16),
        Column(("本期进展情况",), min_width=20, max_width=48, flex=True),
        Column(("完成状态",), "center", min_width=8, max_width=9),
    ]
    return cols


def build(data, *, attachment: str | None, fill_line: str | None) -> Table:
    """The key-work list of a ReportData."""
    works = data.key_work_rows
    with_category = any(w.key_work.category for w in works)
    rows = []
    for w in works:
        kw = w.key_work
        cells = [kw.category] if with_category else []
        cells += [
            number(kw.number),
            kw.name,
            kw.content,
            names((w.lead_name, *w.coop_names)),
            joined(w.entries, "progress"),
            status_cell(w.state),
        ]
        rows.append(cells)
    merges = [(a, 0, b, 0) for a, b in runs([w.key_work.category for w in works])] if with_category else []
    scope = f"（{data.unit_name}）" if data.unit_name else ""
    return Table(
        title=f"{data.plan.title}\n重点工作清单{scope}（{data.period.label}）",
        columns=columns(with_category),
        rows=rows,
        merges=merges,
        attachment=attachment,
        fill_line=fill_line,
        freeze_cols=3 if with_category else 2,
    )
