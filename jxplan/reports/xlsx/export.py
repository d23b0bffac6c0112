"""The Excel report kinds (ledger, indicators, keyworks): collect the report data, lay out the table, save."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from jxplan.errors import UserError
from jxplan.reports.xlsx import indicators, keyworks, ledger
from jxplan.reports.xlsx.common import fill_line, save_workbook
from jxplan.reports.xlsx.table import Table, write_table

# Attachment numbers follow the Word report's 附件 list (GOVDOC.md §4.6): 1 tasks, 2 indicators.
_KINDS = {
    "ledger": (ledger.build, "任务落实台账", "附件1"),
    "indicators": (indicators.build, "指标进度表", "附件2"),
    "keyworks": (keyworks.build, "重点工作清单", "附件3"),
}
_EMPTY = {
    "ledger": "该方案{scope}没有重点任务，无法生成任务落实台账",
    "indicators": "该方案{scope}没有指标，无法生成指标进度表",
    "keyworks": "该方案{scope}没有重点工作清单，无法生成重点工作清单表",
}


def _has_rows(kind: str, data) -> bool:
    if kind == "ledger":
        return any(s.tasks for s in data.sections)
    return bool(data.indicators if kind == "indicators" else data.key_works)


def build_table(kind: str, data, *, attachment: str | None = None, today: date | None = None) -> Table:
    """The table of report `kind` for `data` (a ReportData); raises UserError when there is nothing to show."""
    build, _sheet_title, _label = _KINDS[kind]
    if not _has_rows(kind, data):
        scope = f"在{data.unit_name}名下" if data.unit_name else ""
        raise UserError(_EMPTY[kind].format(scope=scope))
    s = data.settings
    line = fill_line(data.unit_name or s.unit_name, s.clerk_name, s.clerk_phone, today or date.today())
    return build(data, attachment=attachment, fill_line=line)


def write_data(
    kind: str,
    data,
    out_path,
    *,
    attachment: str | bool | None = True,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write report `kind` of `data` to `out_path`; `attachment=True` uses the kind's usual 附件 number."""
    from openpyxl import Workbook

    _build, sheet_title, label = _KINDS[kind]
    table = build_table(kind, data, attachment=label if attachment is True else (attachment or None))
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    write_table(ws, table, progress=progress)
    return save_workbook(wb, out_path)


def _kind(kind: str):
    def report(ws, plan_id, period, unit_id, out_path, *, progress=None) -> Path:
        from jxplan.services.report_data import collect

        return write_data(kind, collect(ws, plan_id, period, unit_id), out_path, progress=progress)

    report.__name__ = f"{kind}_report"
    report.__doc__ = f"Write the {kind} Excel report of a plan and period (the unit's slice when unit_id is set)."
    return report


ledger_report = _kind("ledger")
indicators_report = _kind("indicators")
keyworks_report = _kind("keyworks")
