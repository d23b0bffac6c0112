"""`jxplan report KIND --plan ID --period P [--unit NAME] -o OUT`: write a report (Word 公文 or Excel tables)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from jxplan.cli import add_db_option, open_workspace
from jxplan.errors import UserError

KIND_HELP = "word（公文报告）、ledger（台账）、indicators（指标进度表）、keyworks（重点工作清单）"


def add_parser(sub) -> None:
    p = sub.add_parser("report", help="生成报告：Word 公文或 Excel 报表")
    p.add_argument("kind", metavar="KIND", help=f"报告类型：{KIND_HELP}")
    p.add_argument("--plan", required=True, help="方案编号、方案标识或方案标题中唯一的一段")
    p.add_argument("--period", required=True, help="报告期，如 2025Q3、2025H1、2025")
    p.add_argument("--unit", help="单位名称：生成该单位的报告；不填则生成整个方案的汇总报告")
    p.add_argument("-o", "--out", required=True, help="输出文件")
    p.add_argument("--date", help="成文日期，如 2025-10-10（默认今天）")
    add_db_option(p)
    p.set_defaults(run=run)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"成文日期“{text}”格式不对，应写作 2025-10-10") from None


def run(args: argparse.Namespace) -> int:
    from jxplan.core.periods import Period
    from jxplan.reports.kinds import REPORT_KINDS
    from jxplan.services.plans import find_plan
    from jxplan.services.units import find_unit

    kind = REPORT_KINDS.get(args.kind)
    if kind is None:
        raise UserError(f"报告类型“{args.kind}”无法识别，可用：" + "、".join(REPORT_KINDS))
    period = Period.parse(args.period)
    report_date = _parse_date(args.date)
    out = Path(args.out)
    with open_workspace(args, readonly=True, create=False) as ws:
        plan_id = find_plan(ws, args.plan)
        unit_id = find_unit(ws, args.unit) if args.unit else None
        path = kind(ws, plan_id, period, unit_id, out, report_date=report_date)
    print(f"已生成报告：{path}", file=sys.stderr)
    return 0
