"""`jxplan import FILE`: read a published document and store it in the workspace (re-import updates it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from jxplan.cli import add_db_option, open_workspace, print_json


def add_parser(sub) -> None:
    p = sub.add_parser("import", help="导入方案文件（.docx / .txt / .doc）到工作区")
    p.add_argument("file", metavar="FILE", help="方案文件")
    p.add_argument("--jurisdiction", metavar="NAME", help="文件所属辖区，如 嘉兴市、平湖市（默认从文件判断）")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from jxplan.importer import parse_file
    from jxplan.services.plan_store import save_parsed_plan

    path = Path(args.file)
    parsed = parse_file(path, jurisdiction=args.jurisdiction)
    with open_workspace(args) as ws:
        result = save_parsed_plan(ws, parsed, source_file=path.name)
    print_json(
        {
            **result.as_dict(),
            "title": parsed.get("title"),
            "tasks": len(parsed.get("tasks") or []),
            "indicators": len(parsed.get("indicators") or []),
            "key_works": len(parsed.get("key_works") or []),
            "warnings": parsed.get("warnings") or [],
        }
    )
    return 0
