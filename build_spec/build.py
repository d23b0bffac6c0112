"""Build the bundle with PyInstaller from build_spec/jxplan.spec and record its size.

    python build_spec/build.py                 # dist/jxplan/ with jxplan(.exe) and jxplan-console(.exe)
    python build_spec/build.py --no-filter     # keep every collected file (to see what the filter saves)

The size (MB and file count) is printed and written to `<workpath>/bundle-size.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "jxplan.spec"
NAME = "jxplan"


def bundle_size(folder: Path) -> dict:
    """Total size in MB and number of files of a built bundle folder."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    return {"mb": round(total / 1e6, 1), "files": len(files)}


def executable(dist: Path, name: str = NAME) -> Path:
    """The program inside a built bundle folder (name.exe on Windows)."""
    return dist / NAME / (name + (".exe" if sys.platform == "win32" else ""))


def build(dist: Path, work: Path, *, console: bool = True, filter_files: bool = True, quiet: bool = False) -> dict:
    env = {**os.environ, "JXPLAN_CONSOLE": "1" if console else "0", "JXPLAN_NO_FILTER": "0" if filter_files else "1"}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=quiet, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"PyInstaller failed ({done.returncode})\n{done.stderr if quiet else ''}")
    record = {
        **bundle_size(dist / NAME),
        "seconds": round(time.perf_counter() - start, 1),
        "filtered": filter_files,
        "platform": sys.platform,
    }
    work.mkdir(parents=True, exist_ok=True)
    (work / "bundle-size.json").write_text(json.dumps(record), encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the jxplan bundle with PyInstaller")
    parser.add_argument("--distpath", default=str(ROOT / "dist"))
    parser.add_argument("--workpath", default=str(ROOT / "build"))
    parser.add_argument("--no-console", action="store_true", help="only the windowed program")
    parser.add_argument("--no-filter", action="store_true", help="keep every collected file")
    args = parser.parse_args(argv)
    record = build(
        Path(args.distpath), Path(args.workpath), console=not args.no_console, filter_files=not args.no_filter
    )
    print(
        f"{Path(args.distpath) / NAME}: {record['mb']} MB in {record['files']} files "
        f"({'filtered' if record['filtered'] else 'unfiltered'}, built in {record['seconds']} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
