"""`jxplan demo --db PATH`: create a demo workspace."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub) -> None:
    p = sub.add_parser("demo", help="新建一个演示工作区")
    p.add_argument("--db", metavar="PATH", required=True, help="新工作区文件的路径")
    p.add_argument("--force", action="store_true", help="文件已存在时覆盖")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.services.demo import build_demo

    path = build_demo(args.db, overwrite=args.force)
    print(f"已创建演示工作区：{path}", file=sys.stderr)
    return 0
