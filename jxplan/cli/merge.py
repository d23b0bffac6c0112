"""`jxplan merge FILE... [--dry-run] [--confirm]`: merge returned fill-in files; the merge report as JSON."""

from __future__ import annotations

import argparse

from jxplan.cli import add_db_option, open_workspace, print_json


def add_parser(sub) -> None:
    p = sub.add_parser(
        "merge",
        help="合并各单位报送的填报表（JSON 合并报告）",
        description="退出码：0 全部合并或无变化；1 有文件未合并或待确认；2 参数或工作区错误。",
    )
    add_db_option(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="填报表文件或文件夹（.xlsx .xlsm .xls .ods .csv）")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入工作区")
    p.add_argument("--confirm", action="store_true", help="确认由标题和文件名推断出的方案、报告期和单位")
    p.add_argument("--plan", help="只接受这个方案的填报表")
    p.add_argument("--period", help="只接受这个报告期的填报表，如 2025Q3")
    p.add_argument("--report", metavar="XLSX", help="另存合并报告为 Excel 文件")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.core.periods import Period
    from jxplan.errors import UserError
    from jxplan.exchange.merge import merge_files
    from jxplan.exchange.report_xlsx import export_report
    from jxplan.services.plans import find_plan

    if args.period:
        try:
            Period.parse(args.period)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
    with open_workspace(args, readonly=args.dry_run) as ws:
        plan_id = find_plan(ws, args.plan) if args.plan else None
        report = merge_files(
            ws, args.files, dry_run=args.dry_run, confirm=args.confirm, plan_id=plan_id, period=args.period
        )
        if args.report:
            export_report(ws, report, args.report)
    print_json(report.as_dict())
    return 0 if all(f.status in ("merged", "unchanged") for f in report.files) else 1
