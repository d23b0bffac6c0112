"""Kill the merging process at random moments: the workspace is always intact and either before or after."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.exchange import bigplan
from tests.exchange.helpers import snapshot

TRIALS = 30
ROOT = Path(__file__).resolve().parents[2]
_CHILD = """
import sys, time
from jxplan.services.workspace import Workspace
from jxplan.exchange import merge_files
ws = Workspace.open(sys.argv[1])
print("ready", flush=True)
start = time.perf_counter()
report = merge_files(ws, [sys.argv[2]])
print("merged", report.files[0].status, time.perf_counter() - start, flush=True)
ws.close()
"""


def _run(db: Path, ret: Path, kill_after: float | None) -> str:
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(db), str(ret)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout.readline().strip() == "ready"
        if kill_after is None:
            out = proc.stdout.read()
            assert proc.wait(timeout=60) == 0
            return out
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        return ""


def _copy(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copy(src, dst)
    return dst


@pytest.mark.slow
def test_killed_merge_leaves_before_or_after(tmp_path):
    pristine = tmp_path / "pristine.jxplan"
    _, paths = bigplan.build(pristine, tmp_path / "out", 1)
    ret = paths[0]
    before = snapshot(pristine)
    done = _copy(pristine, tmp_path / "done.jxplan")
    duration = float(_run(done, ret, None).split()[-1])
    after = snapshot(done)
    assert after != before
    rng = random.Random(20261122)
    outcomes = {"before": 0, "after": 0}
    for _ in range(TRIALS):
        db = _copy(pristine, tmp_path / "trial.jxplan")
        _run(db, ret, rng.uniform(0, duration * 1.5))
        conn = sqlite3.connect(db)  # recovers from the WAL like the next jxplan start does
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
        state = snapshot(db)
        assert state in (before, after)
        outcomes["before" if state == before else "after"] += 1
    print(f"merge {duration * 1000:.0f} ms; outcomes over {TRIALS} kills: {outcomes}")
