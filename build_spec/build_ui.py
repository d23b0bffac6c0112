"""Compile Qt Designer forms (forms/*.ui) into jxplan/ui/forms/ui_*.py with pyside6-uic; --check reports drift."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "jxplan" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.\n"


def find_uic() -> str:
    """pyside6-uic beside the running interpreter first (a venv not on PATH), then on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if not found:
        sys.exit("找不到 pyside6-uic：请先安装 PySide6")
    return found


def compile_form(uic: str, ui_file: Path, out_file: Path) -> None:
    # --from-imports is not used: generated modules import only PySide6, never each other.
    code = subprocess.run([uic, "--no-autoconnection", str(ui_file)], check=True, capture_output=True, text=True).stdout
    # uic stamps its own version comment; keep only our header so regenerating with the same Qt gives no diff.
    body = "\n".join(line for line in code.splitlines() if not line.startswith("## ")).lstrip("\n")
    out_file.write_text(HEADER.format(name=ui_file.name) + only_used_imports(body) + "\n", encoding="utf-8")


IMPORT_BLOCK = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def only_used_imports(code: str) -> str:
    """Drop the names uic imports but the form never uses: PySide6 builds each imported class (and its enums)
    on first access, which made importing the main window's form alone cost ~20 ms at start-up."""
    rest = IMPORT_BLOCK.sub("", code)

    def keep_used(match: re.Match) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", rest)]
        return f"from {match.group(1)} import {', '.join(used)}\n" if used else ""

    return IMPORT_BLOCK.sub(keep_used, code)


def target_of(ui_file: Path, out_dir: Path) -> Path:
    return out_dir / f"ui_{ui_file.stem}.py"


def build(force: bool = False) -> list[Path]:
    """Compile every form whose .py is missing or older than its .ui; return what was written."""
    uic = find_uic()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").touch()
    written = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        out = target_of(ui_file, OUT)
        if force or not out.exists() or out.stat().st_mtime < ui_file.stat().st_mtime:
            compile_form(uic, ui_file, out)
            written.append(out)
    return written


def check() -> int:
    """Regenerate into a temporary folder and compare: non-zero when a committed form is stale or missing."""
    uic = find_uic()
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for ui_file in sorted(FORMS.glob("*.ui")):
            fresh = target_of(ui_file, Path(tmp))
            compile_form(uic, ui_file, fresh)
            committed = target_of(ui_file, OUT)
            if not committed.exists() or committed.read_text(encoding="utf-8") != fresh.read_text(encoding="utf-8"):
                stale.append(committed.relative_to(ROOT))
    expected = {target_of(f, OUT).name for f in FORMS.glob("*.ui")}
    orphans = [p.relative_to(ROOT) for p in OUT.glob("ui_*.py") if p.name not in expected]
    for path in stale:
        print(f"过期或缺少：{path}（运行 python build_spec/build_ui.py）")
    for path in orphans:
        print(f"没有对应 .ui 的生成文件：{path}")
    return 1 if stale or orphans else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="把 forms/*.ui 编译为 jxplan/ui/forms/ui_*.py")
    parser.add_argument("--check", action="store_true", help="只检查生成文件是否与 .ui 一致（CI 用）")
    parser.add_argument("--force", action="store_true", help="全部重新生成")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    for path in build(force=args.force):
        print(f"已生成 {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
