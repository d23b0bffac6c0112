"""`jxplan units`: the workspace's unit directory as JSON."""

from __future__ import annotations

import argparse

from jxplan.cli import add_db_option, open_workspace, print_json


def add_parser(sub) -> None:
    p = sub.add_parser("units", help="列出单位名录（JSON）")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.services.units import list_units

    with open_workspace(args, readonly=True) as ws:
        print_json(list_units(ws))
    return 0
