"""Build the demo workspace: two plans, the city's units, two quarters of progress with lags and missing returns."""

from __future__ import annotations

import random
from pathlib import Path

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.core.periods import Period
from jxplan.core.status import Status
from jxplan.errors import UserError
from jxplan.services import demo_content as content
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.plans import load_plan
from jxplan.services.progress import record_actual, record_progress
from jxplan.services.settings import set_settings
from jxplan.services.units import find_unit, group_members
from jxplan.services.workspace import Workspace

DEMO_PERIODS = ("2026Q2", "2026Q3")
# Units that have not returned the latest quarter (so 催报 has someone to chase).
LATE_UNITS = ("市国资委", "嘉善县", "市统计局")


def _unit(name: str, pos: int) -> dict:
    return {"raw": name, "name": name, "role": "lead" if pos == 0 else "coop", "members": []}


def _plan_dict(src: dict) -> dict:
    """The demo plan in the `jxplan parse` output shape, so it is stored by the same path as an import."""
    tasks = []
    for number, (sec, title, rest, units, targets) in enumerate(src["tasks"], start=1):
        tasks.append(
            {
                "number": str(number),
                "section": sec,
                "title": title,
                "text": f"{title}。{rest}",
                "subitems": [],
                "units": [_unit(u, i) for i, u in enumerate(units)],
                "targets": [
                    {"text": t, "value": v, "unit": u, "qualifier": q, "year": y, "recurring": r}
                    for t, v, u, q, y, r in targets
                ],
                "deadline": {"text": "年内"} if "年内" in rest else None,
            }
        )
    indicators = []
    for cat, num, name, mu, self_set, base, target, quarters, units in src.get("indicators", []):
        milestones = [
            {"year": 2026, "period": f"2026Q{q}", "raw": raw, "value": float(raw), "qualifier": ""}
            for q, raw in enumerate(quarters or (), start=1)
        ]
        indicators.append(
            {
                "number": num,
                "name": name,
                "measure_unit": mu,
                "category": [cat],
                "self_set": self_set,
                "baseline": _value(2024, base),
                "targets": [_value(2027, target)],
                "milestones": milestones,
                "units": [_unit(u, i) for i, u in enumerate(units)],
            }
        )
    key_works = [
        {
            "number": num,
            "category": cat,
            "name": name,
            "content": text,
            "units": [_unit(u, i) for i, u in enumerate(us)],
            "targets": [],
        }
        for cat, num, name, text, us in src.get("key_works", [])
    ]
    return {
        "title": src["title"],
        "doc_number": src["doc_number"],
        "issuer": src["issuer"],
        "date": src["date"],
        "jurisdiction": "嘉兴市",
        "kind": "plan",
        "start_year": src["start_year"],
        "end_year": src["end_year"],
        "indicator_note": src.get("indicator_note", ""),
        "all_tasks_units": [],
        "sections": [{"label": label, "title": title, "level": 1, "parent": None} for label, title in src["sections"]],
        "tasks": tasks,
        "indicators": indicators,
        "key_works": key_works,
        "warnings": [],
        "source": {"file": "演示数据", "sha256": "", "encoding": "utf-8"},
    }


def _value(year: int, raw: str) -> dict:
    import re

    m = re.search(r"(\d+(?:\.\d+)?)", raw)
    qualifier = next((q for q in ("左右", "以上", "以下", "前") if q in raw), "")
    return {"year": year, "period": "", "raw": raw, "value": float(m.group(1)) if m else None, "qualifier": qualifier}


def build_demo(path: str | Path, *, overwrite: bool = False) -> Path:
    """Create a demo workspace at `path` (refuses to touch an existing file unless `overwrite`)."""
    path = Path(path)
    if path.exists():
        if not overwrite:
            raise UserError(f"文件“{path}”已存在；演示工作区只建在新文件上，请换一个文件名")
        path.unlink()
    rng = random.Random(20261122)
    with Workspace.open(path) as ws:
        plan_ids = [save_parsed_plan(ws, _plan_dict(src)).plan_id for src in (content.PLAN_A, content.PLAN_B)]
        office = find_unit(ws, "市科技局", "嘉兴市")
        with ws.action("设置演示信息", kind="demo") as conn:
            conn.execute("UPDATE plan SET lead_unit_id = ?", (office,))
        set_settings(
            ws,
            {
                "clerk_unit_id": office,
                "clerk_name": "王晓燕",
                "clerk_phone": "0573-82345678",
                "signer": "嘉兴市科学技术局",
            },
        )
        late = {find_unit(ws, name, "嘉兴市") for name in LATE_UNITS}
        for plan_id in plan_ids:
            _fill_progress(ws, plan_id, rng, late)
    return path


def _fill_progress(ws: Workspace, plan_id: int, rng: random.Random, late: set[int]) -> None:
    plan = load_plan(ws, plan_id)
    groups = group_members(ws)
    with ws.action("生成演示进展", kind="demo", actor="演示数据"):
        for index, period in enumerate(DEMO_PERIODS):
            quarter = Period.parse(period).index
            for kind, items in (("task", plan.tasks), ("key_work", plan.key_works)):
                for n, item in enumerate(items):
                    # A fixed share of items lags, so both quarters show red rows and reasons.
                    lagging = n % 5 == 2
                    done = n % 7 == 0 and index == 1 and not lagging
                    for a in item.assignments:
                        for unit_id in groups.get(a.unit_id, [a.unit_id]):
                            if (index == 1 and unit_id in late) or rng.random() < 0.05:
                                continue
                            _entry(ws, kind, item.id, unit_id, period, quarter, lagging, done, a.role, rng)
            for ind in plan.indicators:
                if not ind.assignments:
                    continue
                goal = ind.milestone_for(period) or ind.target_for(2026)
                if goal is None or goal.value is None:
                    continue
                share = 0.8 if ind.position % 4 == 1 else rng.uniform(0.97, 1.08)
                value = float(round(goal.value)) if ind.direction == "lower" else round(goal.value * share, 2)
                record_actual(
                    ws,
                    IndicatorActual(
                        ind.id, ind.assignments[0].unit_id, period, raw=f"{value:g}", value=value, source="演示数据"
                    ),
                )


def _entry(ws, kind, item_id, unit_id, period, quarter, lagging, done, role, rng) -> None:
    percent = 100.0 if done else float(min(95, quarter * 22 + rng.randint(-5, 10)))
    if lagging:
        percent = float(max(5, quarter * 10 - rng.randint(0, 10)))
    status = Status.DONE if done else Status.BEHIND if lagging else Status.ON_TRACK
    phrase = rng.choice(content.PROGRESS_PHRASES).format(n=rng.randint(2, 9), m=rng.randint(1, 5), p=int(percent))
    entry = TaskProgress(
        unit_id=unit_id,
        period=period,
        status=status,
        percent=percent,
        progress=("牵头" if role == "lead" else "配合") + f"推进：{phrase}。",
        problems=rng.choice(content.PROBLEM_PHRASES) + "。" if lagging else "",
        next_steps=rng.choice(content.NEXT_PHRASES) + "。",
        source="演示数据",
        task_id=item_id if kind == "task" else None,
        key_work_id=item_id if kind == "key_work" else None,
    )
    record_progress(ws, entry, actor="演示数据")
