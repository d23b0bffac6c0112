"""Bundle size, and start-up of the frozen app against running from source and against a bare PySide6 window.

    python -m bench.bench_dist                   # builds bench/results/bundle (filtered), then measures
    python -m bench.bench_dist --unfiltered      # also builds without the filter, to show what it saves
    python -m bench.bench_dist --bundle DIR      # measure an existing dist folder (DIR/jxplan/…)

Start-up = launch → main window shown, rendered offscreen and saved as BMP (`gui --screenshot BMP --delay 0`),
timed to the line the program prints once the file is saved; teardown is not counted. The bare window does the
same: show, grab, save, print; it runs from source and frozen by PyInstaller (plain onedir build, built here), and
jxplan's ratios are given to both. Aim (issue 8): frozen within 1.5x of the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result, report
from build_spec import build

ROOT = Path(__file__).resolve().parent.parent
BARE = "bare PySide6 window (python)"
FROZEN_BARE = "bare PySide6 window (frozen)"
RESULTS = ROOT / "bench" / "results"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (window.grab().save(sys.argv[1]), print("saved", flush=True), app.quit()))
app.exec()
"""


def _time_to_saved(command: list[str], shot: Path, env: dict) -> float:
    """Seconds from launch to the program's first line on stdout (printed once the screenshot is saved)."""
    shot.unlink(missing_ok=True)
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.communicate(timeout=120)
    if not line or not shot.is_file():
        raise SystemExit(f"no screenshot from {command[0]} (exit code {proc.returncode})")
    return elapsed


def startup(dist: Path, repeat: int) -> None:
    from jxplan.services.demo import build_demo

    tmp = Path(tempfile.mkdtemp(prefix="jxplan-bench-dist-"))
    db = build_demo(tmp / "demo.jxplan")
    bare = tmp / "bare.py"
    bare.write_text(BARE_WINDOW, encoding="utf-8")
    # The frozen app runs from compiled bytecode; so must the two runs from source, or every start would
    # recompile jxplan (and, under a cache prefix, PySide6's Python parts). A private cache keeps the tree clean.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
    # Uncompressed: a PNG of the busy window takes ~50 ms more to compress than one of the empty window, which
    # is the measuring device's cost, not start-up; writing a BMP costs the same for both (same size, no encoding).
    shot = tmp / "shot.bmp"
    gui = ["gui", "--db", str(db), "--screenshot", str(shot), "--delay", "0"]
    commands = {
        BARE: [sys.executable, str(bare), str(shot)],
        FROZEN_BARE: [str(_freeze_bare(bare, tmp)), str(shot)],
        "jxplan from source (python -m jxplan)": [sys.executable, "-m", "jxplan", *gui],
        "jxplan frozen (bundle)": [str(build.executable(dist)), *gui],
    }
    for command in commands.values():  # untimed: writes the bytecode and warms the file cache for all three alike
        _time_to_saved(command, shot, env)
    results = {name: Result(name, []) for name in commands}
    pairs: dict[tuple[str, str], list[float]] = {(n, b): [] for n in list(commands)[2:] for b in (BARE, FROZEN_BARE)}
    for _ in range(repeat):  # in turn, round after round, so load on the shared machine hits all alike
        times = {name: _time_to_saved(command, shot, env) for name, command in commands.items()}
        for name, t in times.items():
            results[name].times.append(t)
        for name, base in pairs:
            pairs[(name, base)].append(times[name] / times[base])
    report("start-up to the main window rendered and saved, offscreen", list(results.values()))
    for (name, base), ratios in pairs.items():
        print(f"{name}: {statistics.median(ratios):.2f}x the {base} (median of the per-round ratios)")


def _freeze_bare(script: Path, tmp: Path) -> Path:
    """The bare window as a plain PyInstaller onedir build (no filter, no excludes): its executable."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "ERROR"]
    command += ["--distpath", str(tmp / "bare-dist"), "--workpath", str(tmp / "bare-work"), "--specpath", str(tmp)]
    subprocess.run([*command, str(script)], check=True, capture_output=True)
    return tmp / "bare-dist" / script.stem / script.stem


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
