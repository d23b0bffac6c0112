"""A 10,000-task 任务落实台账 written by jxplan's Excel engine vs the same cells written with bare xlsxwriter.

Run from the repository root: python bench/bench_ledger.py [--rows N] [--repeat K]
Prints the median seconds of each and their ratio; both run in the same process, interleaved.
"""

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

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
    ours, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            t = time.perf_counter()
            write_data("ledger", data, Path(tmp) / f"ours{i}.xlsx")
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            bare_xlsxwriter(data, Path(tmp) / f"bare{i}.xlsx")
            bare.append(time.perf_counter() - t)
        size_ours = (Path(tmp) / "ours0.xlsx").stat().st_size
        size_bare = (Path(tmp) / "bare0.xlsx").stat().st_size
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"ledger rows: {args.rows}, repeats: {args.repeat}")
    print(f"jxplan engine (openpyxl, measured widths/heights): median {m_ours:.2f} s, file {size_ours / 1e6:.1f} MB")
    print(f"bare xlsxwriter (same cells):                      median {m_bare:.2f} s, file {size_bare / 1e6:.1f} MB")
    print(f"ratio: {m_ours / m_bare:.2f}x")


if __name__ == "__main__":
    main()
