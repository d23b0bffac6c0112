"""`jxplan plans`: the plans in the workspace as JSON."""

from __future__ import annotations

import argparse

from jxplan.cli import add_db_option, open_workspace, print_json


def add_parser(sub) -> None:
    p = sub.add_parser("plans", help="列出工作区中的方案（JSON）")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.services.plans import list_plans

    with open_workspace(args, readonly=True) as ws:
        print_json(list_plans(ws))
    return 0
