"""`jxplan templates --plan ID --period P --out DIR [--unit NAME ...]`: write the fill-in workbooks."""

from __future__ import annotations

import argparse

from jxplan.cli import add_db_option, open_workspace, print_json


def add_parser(sub) -> None:
    p = sub.add_parser("templates", help="生成各单位的填报表（每个单位一个 .xlsx）")
    add_db_option(p)
    p.add_argument("--plan", required=True, help="方案编号、方案 uid 或标题中的一段")
    p.add_argument("--period", required=True, help="报告期，如 2025Q3、2025H1、2025")
    p.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    p.add_argument("--unit", action="append", metavar="NAME", help="只生成这些单位的（可重复）；默认所有责任单位")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.core.periods import Period
    from jxplan.errors import UserError
    from jxplan.exchange.template import make_templates
    from jxplan.services.plans import find_plan
    from jxplan.services.units import find_unit

    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    with open_workspace(args, readonly=True) as ws:
        plan_id = find_plan(ws, args.plan)
        units = [find_unit(ws, name) for name in args.unit] if args.unit else None
        paths = make_templates(ws, plan_id, period, args.out, units)
    print_json({"plan_id": plan_id, "period": period.code, "files": [str(p) for p in paths]})
    return 0
