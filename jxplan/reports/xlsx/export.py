"""The Excel report kinds (ledger, indicators, keyworks): collect the report data, lay out the table, save."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from jxplan.errors import UserError
from jxplan.reports.xlsx import indicators, keyworks, ledger
from jxplan.reports.xlsx.common import fill_line, save_workbook
from jxplan.reports.xlsx.style import SheetFonts
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


def _rows(kind: str, data) -> list:
    return {"ledger": data.task_rows, "indicators": data.indicator_rows, "keyworks": data.key_work_rows}[kind]


def build_table(
    kind: str, data, *, filler: str = "", attachment: str | None = None, today: date | None = None
) -> Table:
    """The table of report `kind` for a ReportData; `filler` is the 填报单位 of a consolidated report.

    Raises UserError when the plan (or the unit's slice) has nothing for this report.
    """
    build, _sheet_title, _label = _KINDS[kind]
    if not _rows(kind, data):
        scope = f"在{data.unit_name}名下" if data.unit_name else ""
        raise UserError(_EMPTY[kind].format(scope=scope))
    s = data.settings
    line = fill_line(data.unit_name or filler, s.get("clerk_name", ""), s.get("clerk_phone", ""), today or date.today())
    return build(data, attachment=attachment, fill_line=line)


def write_data(
    kind: str,
    data,
    out_path,
    *,
    filler: str = "",
    attachment: str | bool | None = True,
    today: date | None = None,
    fonts: SheetFonts | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write report `kind` of `data` to `out_path`; `attachment=True` uses the kind's usual 附件 number."""
    from openpyxl import Workbook

    _build, sheet_title, label = _KINDS[kind]
    label = label if attachment is True else (attachment or None)
    table = build_table(kind, data, filler=filler, attachment=label, today=today)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    write_table(ws, table, fonts=fonts, progress=progress)
    return save_workbook(wb, out_path)


def _kind(kind: str):
    def report(ws, plan_id, period, unit_id, out_path, *, progress=None, report_date=None, **_options) -> Path:
        from jxplan.reports.profile import load_profile
        from jxplan.services.report_data import collect
        from jxplan.services.units import unit_names

        data = collect(ws, plan_id, period, unit_id)
        filler = unit_names(ws).get(data.settings.get("clerk_unit_id"), "")
        fonts = SheetFonts.from_profile(load_profile(data.settings.get("template_dir") or None))
        return write_data(kind, data, out_path, filler=filler, today=report_date, fonts=fonts, progress=progress)

    report.__name__ = f"{kind}_report"
    report.__doc__ = (
        f"Write the {kind} Excel report of a plan and period (a unit's slice when unit_id is set, else the whole "
        "plan); report_date fills 填报日期 (default today); options other kinds take are ignored."
    )
    return report


ledger_report = _kind("ledger")
indicators_report = _kind("indicators")
keyworks_report = _kind("keyworks")
