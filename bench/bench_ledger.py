"""A 10,000-task 任务落实台账 written by jxplan's Excel engine vs the same cells written with bare xlsxwriter.

Run from the repository root: python -m bench.bench_ledger [--rows N] [--repeat K]  (not part of the test run)
Prints the median of each and their ratio; both run in the same process, interleaved round by round. The data
is a real ReportData built in memory from the domain classes (no workspace), so only writing is measured.
"""

import argparse
import tempfile
from datetime import date
from pathlib import Path

from bench.harness import interleaved, report
from jxplan.core.model import Assignment, Plan, Section, SubItem, Task, TaskProgress
from jxplan.core.periods import Period
from jxplan.core.status import Light, Status, Thresholds
from jxplan.reports.xlsx import ledger
from jxplan.reports.xlsx.export import write_data
from jxplan.reports.xlsx.table import Group
from jxplan.services.report_data import EntryView, ItemStatus, ReportData, TaskRow

UNITS = ["市科技局", "市经信局", "市发展改革委", "市财政局", "市人力社保局", "市市场监管局"]


def make_data(rows: int, sections: int = 10) -> ReportData:
    """A plan of `rows` tasks in `sections` sections, each with the lead's and a co-operating unit's entry."""
    secs = tuple(Section(s + 1, "一二三四五六七八九十"[s % 10], f"第{s + 1}部分重点任务", 1) for s in range(sections))
    statuses = [Status.ON_TRACK, Status.BEHIND, Status.DONE, Status.NOT_STARTED]
    task_rows = []
    for n in range(1, rows + 1):
        lead, coop = UNITS[n % 6], UNITS[(n + 1) % 6]
        task = Task(
            n,
            f"T{n}",
            1,
            secs[(n - 1) * sections // rows].id,
            str(n),
            f"培育创新企业梯队第{n}项",
            "",
            deadline_text="2027年12月底",
            subitems=(SubItem("一是", "强化以企业为主体的研发中心建设。"), SubItem("二是", "壮大专精特新企业队伍。")),
            assignments=(Assignment(n % 6 + 1, lead, "lead"), Assignment((n + 1) % 6 + 1, coop, "coop")),
        )
        status = statuses[n % 4]
        entries = (
            EntryView(
                1,
                lead,
                "lead",
                TaskProgress(
                    1,
                    "2026Q3",
                    status,
                    60.0,
                    f"1.完成第{n}项季度目标。\n2.召开推进会2次。",
                    "资金到位偏慢。",
                    "加快进度。",
                ),
            ),
            EntryView(2, coop, "coop", TaskProgress(2, "2026Q3", status, 60.0, "=配合完成调研。")),
        )
        light = Light.RED if status is Status.BEHIND else Light.GREEN
        task_rows.append(
            TaskRow(task, secs[task.section_id - 1], lead, (coop,), entries, ItemStatus(status, 60.0, light, None))
        )
    plan = Plan(1, "P1", "嘉兴市推动科技创新和产业创新深度融合实施方案", sections=secs)
    settings = {"clerk_name": "王晓燕", "clerk_phone": "0573-82345678"}
    return ReportData(plan, Period.parse("2026Q3"), None, None, settings, Thresholds(), date(2026, 9, 30), task_rows)


def bare_xlsxwriter(data, path: Path) -> None:
    """The same title, header and body cells with one format each, merges for group rows, no measuring."""
    import xlsxwriter

    table = ledger.build(data, attachment="附件1", fill_line="填报单位（盖章）：")
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("任务落实台账")
    body = wb.add_format({"font_name": "仿宋", "font_size": 11, "text_wrap": True, "valign": "vcenter", "border": 1})
    head = wb.add_format({"font_name": "黑体", "bold": True, "align": "center", "border": 1, "bg_color": "#F2F2F2"})
    ncols = len(table.columns)
    ws.write_string(0, 0, table.attachment)
    ws.merge_range(1, 0, 1, ncols - 1, table.title)
    ws.merge_range(2, 0, 2, ncols - 1, table.fill_line)
    for c, col in enumerate(table.columns):
        ws.write_string(3, c, col.header[0], head)
    for r, row in enumerate(table.rows, start=4):
        if isinstance(row, Group):
            ws.merge_range(r, 0, r, ncols - 1, row.text, head)
            continue
        for c, value in enumerate(row):
            value = getattr(value, "value", value)
            if isinstance(value, int | float):
                ws.write_number(r, c, value, body)
            elif value:
                ws.write_string(r, c, value, body)
            else:
                ws.write_blank(r, c, None, body)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(3)
    wb.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data = make_data(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        ours, bare = Path(tmp) / "ours.xlsx", Path(tmp) / "bare.xlsx"
        results = interleaved(
            {
                "bare xlsxwriter, same cells": lambda: bare_xlsxwriter(data, bare),
                "jxplan ledger (openpyxl, measured)": lambda: write_data("ledger", data, ours),
            },
            repeat=args.repeat,
        )
        sizes = f"files: jxplan {ours.stat().st_size / 1e6:.2f} MB, xlsxwriter {bare.stat().st_size / 1e6:.2f} MB"
    report(f"任务落实台账, {args.rows} tasks, {args.repeat} rounds; {sizes}", results)


if __name__ == "__main__":
    main()
