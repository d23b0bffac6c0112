"""`jxplan parse FILE`: read a policy document and print what the importer found, as JSON (docs/parse-schema.md)."""

from __future__ import annotations

import argparse

from jxplan.cli import print_json


def add_parser(sub) -> None:
    p = sub.add_parser("parse", help="识别方案文件（.docx/.txt/.doc/.wps），以 JSON 输出任务、单位、指标和重点工作")
    p.add_argument("file", metavar="FILE", help="方案文件")
    p.add_argument("--jurisdiction", metavar="NAME", help="辖区（默认按文件标题或文号判断，否则为嘉兴市）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.importer import parse_file

    print_json(parse_file(args.file, jurisdiction=args.jurisdiction))
    return 0
