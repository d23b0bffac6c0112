"""Workspace speed: storing a 1,000-task plan and recording a quarter's progress, against bare sqlite3 inserts.

Run from the repository root: python -m bench.bench_workspace  (not part of the test run)
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from bench.harness import interleaved, report
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.workspace import Workspace

UNITS = ["市科技局", "市经信局", "市发展改革委", "市财政局", "市商务局", "各县（市、区）政府"]


def big_plan(n_tasks: int = 1000, n_indicators: int = 200) -> dict:
    tasks = [
        {
            "number": str(i + 1),
            "section": "一",
            "title": f"第{i + 1}项重点任务",
            "text": f"第{i + 1}项重点任务。推进有关工作，到2027年完成{i}项。" * 3,
            "subitems": ["一是加强统筹", "二是强化保障"],
            "units": [
                {"raw": u, "name": u, "role": "lead" if k == 0 else "coop"}
                for k, u in enumerate(UNITS[i % 3 : i % 3 + 3])
            ],
            "targets": [{"text": f"完成{i}项", "value": i, "unit": "项", "qualifier": "以上", "year": 2027}],
        }
        for i in range(n_tasks)
    ]
    indicators = [
        {
            "number": str(i + 1),
            "name": f"指标{i + 1}",
            "measure_unit": "亿元",
            "category": ["体系"],
            "baseline": {"year": 2024, "raw": "10", "value": 10},
            "targets": [{"year": 2027, "raw": "20以上", "value": 20, "qualifier": "以上"}],
            "milestones": [],
            "units": [{"raw": "市科技局", "name": "市科技局", "role": "lead"}],
        }
        for i in range(n_indicators)
    ]
    return {
        "title": "基准测试方案",
        "kind": "plan",
        "jurisdiction": "嘉兴市",
        "sections": [{"label": "一", "title": "总体", "level": 1}],
        "tasks": tasks,
        "indicators": indicators,
        "key_works": [],
    }


def main() -> None:
    plan = big_plan()
    tmp = Path(tempfile.mkdtemp())
    counter = iter(range(10_000))

    def jxplan_store() -> None:
        with Workspace.open(tmp / f"w{next(counter)}.jxplan") as ws:
            save_parsed_plan(ws, plan)

    def bare_sqlite() -> None:
        conn = sqlite3.connect(tmp / f"b{next(counter)}.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, number, title, text)")
        conn.execute("CREATE TABLE assignment (task_id, unit, role)")
        conn.execute("BEGIN")
        for t in plan["tasks"]:
            tid = conn.execute(
                "INSERT INTO task (number, title, text) VALUES (?, ?, ?)", (t["number"], t["title"], t["text"])
            ).lastrowid
            conn.executemany(
                "INSERT INTO assignment VALUES (?, ?, ?)", [(tid, u["name"], u["role"]) for u in t["units"]]
            )
        conn.execute("COMMIT")
        conn.close()

    results = interleaved(
        {"bare sqlite3 (tasks + units only)": bare_sqlite, "jxplan save_parsed_plan (whole plan)": jxplan_store}
    )
    report("Store a plan of 1,000 tasks and 200 indicators (new workspace each run)", results)


if __name__ == "__main__":
    main()
