"""The `jxplan` command line: one module per subcommand, user errors as one Chinese line on stderr."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from jxplan import __version__
from jxplan.errors import UserError

# Each module has add_parser(subparsers) and run(args) -> int. Order = order in --help.
COMMAND_MODULES = ["gui", "demo", "plans", "units", "parse", "import_plan", "report", "templates", "merge", "self_test"]

# argparse looks its messages up through a module-level gettext `_`; answering in Chinese there keeps
# usage, help and error lines in the clerk's language without re-implementing argparse.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必填参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "expected one argument": "该选项后面需要一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}
argparse._ = lambda text: _ARGPARSE_ZH.get(text, text)


class _Parser(argparse.ArgumentParser):
    """argparse whose complaints are one Chinese line that points at --help."""

    def error(self, message: str) -> None:  # argparse's API name
        self.exit(2, f"错误：{message}（用 {self.prog} --help 查看用法）\n")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="工作区文件（默认：环境变量 JXPLAN_DB 或用户数据目录）")


def open_workspace(args: argparse.Namespace, *, readonly: bool = False, create: bool = True):
    """The workspace named by --db / JXPLAN_DB / the default location."""
    from jxplan.paths import resolve_db_path
    from jxplan.services.workspace import Workspace

    path = resolve_db_path(getattr(args, "db", None))
    # Reading needs no lock (works while the window is open); a workspace that does not exist yet is created.
    return Workspace.open(path, readonly=readonly and path.exists(), create=create)


def print_json(data: object) -> None:
    """JSON on stdout as UTF-8 whatever the console's code page (Chinese Windows defaults to cp936)."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or only `command`'s part when its module is known by name.

    Building every subcommand imports every command module (self-test pulls in subprocess, zipfile, tempfile…);
    `jxplan gui` starts the window faster without them. --help, unknown commands and `import` get the full parser.
    """
    module = (command or "").replace("-", "_")
    if module in COMMAND_MODULES:
        parser, sub = _frame()
        importlib.import_module(f"jxplan.cli.{module}").add_parser(sub)
        if command in sub.choices:
            return parser
    parser, sub = _frame()
    for name in COMMAND_MODULES:
        importlib.import_module(f"jxplan.cli.{name}").add_parser(sub)
    return parser


def _frame() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = _Parser(prog="jxplan", description="嘉兴市重点任务推进管理（jxplan）")
    parser.add_argument("--version", action="version", version=f"jxplan {__version__}", help="显示版本号并退出")
    return parser, parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors="replace")
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
