"""Export the merge report as an .xlsx: summary, problems with locations, conflicts, 催报 list, county totals."""

from __future__ import annotations

from pathlib import Path

from jxplan.core.periods import Period
from jxplan.exchange.aggregate import aggregate_counties
from jxplan.exchange.conflicts import SCREEN_NAME
from jxplan.exchange.look import Looks, row_height
from jxplan.exchange.report import STATUS_LABELS, MergeReport
from jxplan.reports.xlsx.common import save_workbook
from jxplan.reports.xlsx.sheet import set_value, setup_print
from jxplan.services.workspace import Workspace


def export_report(ws: Workspace, report: MergeReport, out_path: str | Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    summary = wb.active
    summary.title = "合并情况"
    _table(
        summary,
        "填报表合并情况" + ("（试合并，未写入）" if report.dry_run else ""),
        [
            ("文件", 36),
            ("填报单位", 16),
            ("报告期", 16),
            ("结果", 10),
            ("接受行数", 9),
            ("退回行数", 9),
            ("更新处数", 9),
            ("冲突", 7),
            ("说明", 50),
        ],
        [
            [
                Path(f.file).name,
                f.unit,
                f.period,
                STATUS_LABELS[f.status],
                f.rows_accepted,
                f.rows_rejected,
                f.changes,
                len(f.conflicts),
                f.message,
            ]
            for f in report.files
        ],
    )
    problems = [
        [Path(f.file).name, f.unit, level, p["where"], p["key"], p["message"], p["expected"]]
        for f in report.files
        for level, items in (("错误", f.errors), ("提示", f.warnings))
        for p in items
    ]
    _table(
        wb.create_sheet("问题明细"),
        "问题明细（错误的行未合并；提示的内容已合并，请核实）",
        [("文件", 30), ("填报单位", 14), ("类别", 7), ("位置", 16), ("编号", 15), ("问题", 50), ("应为", 30)],
        problems,
    )
    conflicts = [
        [
            Path(f.file).name,
            c["item"],
            c["unit"],
            c["source_unit"],
            c["field"],
            c["current"],
            c["proposed"],
            c["reason"],
        ]
        for f in report.files
        for c in f.conflicts
    ]
    _table(
        wb.create_sheet("冲突"),
        f"待处理的冲突（未覆盖现有内容，请在 jxplan 的“填报交换 → {SCREEN_NAME}”中逐项决定）",
        [
            ("文件", 28),
            ("事项", 36),
            ("涉及单位", 14),
            ("报送单位", 14),
            ("内容", 12),
            ("现有内容", 30),
            ("报送内容", 30),
            ("原因", 36),
        ],
        conflicts,
    )
    _missing_table(wb.create_sheet("催报名单"), report.missing)
    totals = []
    for m in report.missing:
        for agg in aggregate_counties(ws, m["plan_id"], m["period"]):
            detail = "；".join(f"{c['unit']} {c['raw']}（{c['source'] or '手工录入'}）" for c in agg.contributions)
            total = "" if agg.total is None else f"{agg.total:g}"
            totals.append([agg.number, agg.name, agg.measure_unit, total, agg.method, detail, agg.note])
    if totals:
        _table(
            wb.create_sheet("县区汇总"),
            "各县（市、区）指标汇总",
            [
                ("序号", 6),
                ("指标", 32),
                ("单位", 8),
                ("汇总值", 12),
                ("汇总方法", 18),
                ("各县（市、区）报送（来源文件）", 60),
                ("说明", 30),
            ],
            totals,
        )
    return save_workbook(wb, Path(out_path))


def export_missing(missing: list[dict], out_path: str | Path) -> Path:
    """The 催报 list alone, for sending round: `missing` as in MergeReport.missing ({period, units}, …)."""
    from openpyxl import Workbook

    wb = Workbook()
    _missing_table(wb.active, missing)
    wb.active.title = "催报名单"
    return save_workbook(wb, Path(out_path))


def _missing_table(sheet, missing: list[dict]) -> None:
    rows = [[Period.parse(m["period"]).label, u["unit"], u["last_report"]] for m in missing for u in m["units"]]
    _table(sheet, "尚未报送的单位（催报名单）", [("报告期", 12), ("单位", 24), ("上次报送", 36)], rows)


def _table(sheet, title: str, columns: list[tuple[str, float]], rows: list[list[object]]) -> None:
    from openpyxl.utils import get_column_letter

    looks = Looks(sheet)
    looks.apply(sheet.cell(1, 1, title), "title")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.row_dimensions[1].height = 30
    for col, (name, width) in enumerate(columns, start=1):
        looks.apply(sheet.cell(2, col, name), "header")
        sheet.column_dimensions[get_column_letter(col)].width = width
    for r, row in enumerate(rows or [["（无）"] + [""] * (len(columns) - 1)], start=3):
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(r, col)
            set_value(cell, value)  # file names and messages come from outside: never formulas
            looks.apply(cell, "locked")
        sheet.row_dimensions[r].height = row_height(
            [(str(v), w) for v, (_, w) in zip(row, columns, strict=False)], looks.size("locked")
        )
    setup_print(sheet, title_rows=(2, 2), freeze="A3", footer_font=looks.fonts.footer)
