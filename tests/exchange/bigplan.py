"""A large plan for the kill test and the merge benchmark: N units each answering for the same 300 rows."""

from __future__ import annotations

from pathlib import Path

from jxplan.exchange.template import make_templates
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.workspace import Workspace

TASKS, INDICATORS = 240, 60
PERIOD = "2026Q3"


def unit_names(n: int) -> list[str]:
    return [f"测试单位{i:03d}" for i in range(1, n + 1)]


def parsed_plan(n_units: int) -> dict:
    units = [{"raw": name, "name": name} for name in unit_names(n_units)]
    return {
        "title": "大规模填报测试方案",
        "doc_number": "测试〔2026〕1号",
        "jurisdiction": "嘉兴市",
        "start_year": 2026,
        "end_year": 2027,
        "sections": [{"label": "一", "title": "重点任务", "level": 1}],
        "tasks": [
            {
                "number": str(i),
                "section": "一",
                "title": f"第{i}项重点任务",
                "text": f"第{i}项重点任务。推进相关工作，年内完成阶段目标。",
                "units": [dict(u, role="lead" if k == 0 else "coop") for k, u in enumerate(units)],
            }
            for i in range(1, TASKS + 1)
        ],
        "indicators": [
            {
                "number": str(i),
                "name": f"第{i}项指标",
                "measure_unit": "家" if i % 2 else "%",
                "baseline": {"year": 2024, "raw": "10", "value": 10},
                "targets": [{"year": 2027, "raw": "50", "value": 50}],
                "units": units,
            }
            for i in range(1, INDICATORS + 1)
        ],
        "key_works": [],
    }


def build(db: Path, out_dir: Path, n_units: int) -> tuple[int, list[Path]]:
    """A workspace with the big plan, and one filled return per unit (written from a scratch copy)."""
    with Workspace.open(db) as ws:
        plan_id = save_parsed_plan(ws, parsed_plan(n_units)).plan_id
    scratch = db.with_name("scratch-" + db.name)
    scratch.write_bytes(db.read_bytes())
    with Workspace.open(scratch) as ws:
        units = [r[0] for r in ws.conn.execute("SELECT id FROM unit WHERE name LIKE '测试单位%' ORDER BY name")]
        tasks = [r[0] for r in ws.conn.execute("SELECT id FROM task WHERE plan_id = ?", (plan_id,))]
        inds = [r[0] for r in ws.conn.execute("SELECT id FROM indicator WHERE plan_id = ?", (plan_id,))]
        with ws.action("测试数据", kind="test") as conn:
            conn.executemany(
                "INSERT INTO progress (task_id, unit_id, period, status, percent, progress, next_steps) "
                "VALUES (?, ?, ?, 'on_track', 60, ?, '继续推进')",
                [
                    (t, u, PERIOD, f"单位{u}任务{t}：已完成年度计划的六成，形象进度符合要求。")
                    for u in units
                    for t in tasks
                ],
            )
            conn.executemany(
                "INSERT INTO indicator_actual (indicator_id, unit_id, period, raw, value) VALUES (?, ?, ?, ?, ?)",
                [(i, u, PERIOD, f"{30 + (i % 7)}", 30.0 + (i % 7)) for u in units for i in inds],
            )
        paths = make_templates(ws, plan_id, PERIOD, out_dir, units)
    for suffix in ("", "-wal", "-shm"):
        Path(str(scratch) + suffix).unlink(missing_ok=True)
    return plan_id, paths
