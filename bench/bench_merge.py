"""Merge 100 returned files of 300 rows each, side by side with python-calamine alone reading the same files.

    python -m bench.bench_merge [--units 100] [--repeat 3]   (from the repository root)

Prints medians of both, their ratio (aim: within 2x) and the merge's peak Python memory (tracemalloc) and
the process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jxplan.exchange import merge_files
from jxplan.services.workspace import Workspace
from tests.exchange import bigplan


def calamine_read(paths: list[Path]) -> int:
    from python_calamine import CalamineWorkbook

    cells = 0
    for path in paths:
        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                cells += len(row)
        wb.close()
    return cells


def merge_into_copy(pristine: Path, paths: list[Path], work: Path) -> tuple[float, int]:
    db = work / "merge.jxplan"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copy(pristine, db)
    with Workspace.open(db) as ws:
        start = time.perf_counter()
        report = merge_files(ws, paths)
        elapsed = time.perf_counter() - start
    merged = sum(f.status == "merged" for f in report.files)
    assert merged == len(paths), [f.message for f in report.files if f.status != "merged"][:3]
    return elapsed, sum(f.rows_accepted for f in report.files)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jxplan-bench-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        _, paths = bigplan.build(work / "pristine.jxplan", work / "returns", args.units)
        print(
            f"setup: {len(paths)} returns of {bigplan.TASKS + bigplan.INDICATORS} rows in {time.perf_counter() - t0:.1f} s"
        )
        read_times, merge_times = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            calamine_read(paths)
            read_times.append(time.perf_counter() - start)
            elapsed, rows = merge_into_copy(work / "pristine.jxplan", paths, work)
            merge_times.append(elapsed)
        tracemalloc.start()
        merge_into_copy(work / "pristine.jxplan", paths, work)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    read_med, merge_med = statistics.median(read_times), statistics.median(merge_times)
    print(f"calamine alone, read all files : median {read_med:.2f} s  ({', '.join(f'{t:.2f}' for t in read_times)})")
    print(
        f"jxplan merge, {rows} rows        : median {merge_med:.2f} s  ({', '.join(f'{t:.2f}' for t in merge_times)})"
    )
    print(f"ratio merge / calamine         : {merge_med / read_med:.1f}x  (aim: within 2x)")
    print(f"peak Python memory during merge: {peak / 1024 / 1024:.1f} MB (tracemalloc)")
    print(f"peak RSS of this process       : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
