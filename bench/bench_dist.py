"""Bundle size, and start-up of the frozen app against running from source and against a bare PySide6 window.

    python -m bench.bench_dist                   # builds bench/results/bundle (filtered), then measures
    python -m bench.bench_dist --unfiltered      # also builds without the filter, to show what it saves
    python -m bench.bench_dist --bundle DIR      # measure an existing dist folder (DIR/jxplan/…)

Start-up = launch → main window rendered offscreen → saved as PNG → process exited (`gui --screenshot`). The GUI
waits a fixed delay before grabbing; the bare window waits the same, and the delay is also subtracted to show
the ratio of the real work. Aim: frozen within 1.5x of the bare window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import interleaved, report
from build_spec import build

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
QTimer.singleShot({delay}, lambda: (window.grab().save(sys.argv[1]), app.quit()))
app.exec()
"""


def _runner(command: list[str], png: Path, env: dict):
    def run() -> None:
        png.unlink(missing_ok=True)
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        if not png.is_file():
            raise SystemExit(f"no screenshot from {command[0]}")

    return run


def startup(dist: Path, repeat: int) -> None:
    from jxplan.services.demo import build_demo
    from jxplan.ui.app import SCREENSHOT_DELAY_MS as delay

    tmp = Path(tempfile.mkdtemp(prefix="jxplan-bench-dist-"))
    db = build_demo(tmp / "demo.jxplan")
    bare = tmp / "bare.py"
    bare.write_text(BARE_WINDOW.format(delay=delay), encoding="utf-8")
    # The frozen app runs from compiled bytecode; so must the two runs from source, or every start would
    # recompile jxplan (and, under a cache prefix, PySide6's Python parts). A private cache keeps the tree clean.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
    png = tmp / "shot.png"
    gui = ["gui", "--db", str(db), "--screenshot", str(png)]
    scenarios = {
        "bare PySide6 window (python)": _runner([sys.executable, str(bare), str(png)], png, env),
        "jxplan from source (python -m jxplan)": _runner([sys.executable, "-m", "jxplan", *gui], png, env),
        "jxplan frozen (bundle)": _runner([str(build.executable(dist)), *gui], png, env),
    }
    for warm in scenarios.values():  # untimed: writes the bytecode and warms the file cache for all three alike
        warm()
    results = interleaved(scenarios, repeat=repeat)
    report(f"start-up to rendered main window, offscreen (includes a {delay} ms screenshot delay)", results)
    base = results[0].median - delay / 1000
    for r in results[1:]:
        print(f"{r.name}: {(r.median - delay / 1000) / base:.2f}x the bare window without the fixed delay")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", help="an existing dist folder (contains jxplan/)")
    parser.add_argument("--unfiltered", action="store_true", help="also build without the file filter")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    if args.bundle:
        dist = Path(args.bundle)
        print(f"bundle {dist / build.NAME}: {build.bundle_size(dist / build.NAME)}")
    else:
        if args.unfiltered:
            raw = build.build(
                RESULTS / "bundle-unfiltered", RESULTS / "work-unfiltered", filter_files=False, quiet=True
            )
            print(f"unfiltered bundle: {raw['mb']} MB, {raw['files']} files (built in {raw['seconds']} s)")
        dist = RESULTS / "bundle"
        record = build.build(dist, RESULTS / "work", quiet=True)
        print(f"filtered bundle:   {record['mb']} MB, {record['files']} files (built in {record['seconds']} s)")
    startup(dist, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
