"""Self-test building blocks: a runner that turns each check into ✓/✗ with a reason, and the workspace steps.

The checks above this layer (reports, fill-in workbooks, the window) live in `jxplan.cli.self_test`, which may
import every layer; here are the steps the service layer can make itself: a workspace, the sample import,
progress entries.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jxplan.resources import resource_path

SAMPLE_PLAN = ("samples", "selftest_plan.txt")
SAMPLE_PERIOD = "2025Q2"
# What the sample document holds: the import check compares against these counts.
SAMPLE_COUNTS = {"tasks": 5, "indicators": 3, "key_works": 2}
SAMPLE_LEAD_UNIT = "市经信局"


class CheckFailed(Exception):
    """What a check found differs from what a whole build produces; the message says what."""


class Skipped(CheckFailed):
    """A check could not start because an earlier one it depends on failed."""


def expect(condition: object, message: str) -> None:
    """A check's expectation; unlike `assert` it holds when Python runs optimised (-O)."""
    if not condition:
        raise CheckFailed(message)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str

    @property
    def line(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.name}：{self.detail}"


@dataclass
class SelfTest:
    """Runs checks in order, keeping what each produced in `state` for the checks after it."""

    folder: Path
    state: dict = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    on_check: Callable[[Check], None] | None = None

    def check(self, name: str, step: Callable[[SelfTest], str], *, needs: tuple[str, ...] = ()) -> Check:
        """Run one step (it returns a short description of what it saw, or raises); record and report the result."""
        missing = [key for key in needs if key not in self.state]
        try:
            if missing:
                raise Skipped(f"前面的检查未通过，无法进行（缺少：{'、'.join(missing)}）")
            result = Check(name, True, step(self))
        except Exception as exc:
            result = Check(name, False, failure_text(exc))
        self.checks.append(result)
        if self.on_check:
            self.on_check(result)
        return result

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)


def failure_text(exc: BaseException) -> str:
    """One line saying why: a module this build does not have yet, a user-facing error, or the exception's origin."""
    if isinstance(exc, ModuleNotFoundError) and (exc.name or "").startswith("jxplan"):
        return f"本程序中还没有模块 {exc.name}（该功能尚未合入），无法检查"
    if isinstance(exc, ImportError) and (exc.name or "").startswith("jxplan"):
        missing = re.search(r"cannot import name '(\w+)'", str(exc))
        what = missing.group(1) if missing else str(exc)
        return f"模块 {exc.name} 中还没有 {what}（该功能尚未合入），无法检查"
    if isinstance(exc, CheckFailed):
        return str(exc)
    from jxplan.errors import UserError

    if isinstance(exc, UserError):
        return str(exc)
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f"（{Path(frame.filename).name}:{frame.lineno}）" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def environment(_: SelfTest) -> str:
    """A frozen build must run in UTF-8 mode (Chinese Windows would otherwise read and write cp936)."""
    frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        expect(sys.flags.utf8_mode == 1, "打包程序未启用 Python UTF-8 模式（jxplan.spec 中的 X utf8 选项）")
    where = "打包程序" if frozen else "源码运行"
    return f"{where}，Python {sys.version.split()[0]}，UTF-8 模式={sys.flags.utf8_mode}"


def shipped_resources(_: SelfTest) -> str:
    files = [("units.json",), SAMPLE_PLAN, ("icons", "jxplan.png"), ("icons", "jxplan.ico")]
    absent = [("/".join(f)) for f in files if not resource_path(*f).is_file()]
    expect(not absent, f"缺少资源文件：{'、'.join(absent)}（在 {resource_path()} 下）")
    return f"{len(files)} 个资源文件齐全"


def create_workspace(t: SelfTest) -> str:
    from jxplan.services.workspace import Workspace

    path = t.folder / "自检工作区.jxplan"
    t.state["ws"] = Workspace.open(path)
    t.state["ws_path"] = path
    return f"已创建 {path.name}"


def import_sample(t: SelfTest) -> str:
    from jxplan.importer import parse_file
    from jxplan.services.plan_store import save_parsed_plan
    from jxplan.services.plans import load_plan

    ws = t.state["ws"]
    parsed = parse_file(resource_path(*SAMPLE_PLAN))
    result = save_parsed_plan(ws, parsed, source_file=SAMPLE_PLAN[-1])
    plan = load_plan(ws, result.plan_id)
    counts = {"tasks": len(plan.tasks), "indicators": len(plan.indicators), "key_works": len(plan.key_works)}
    expect(counts == SAMPLE_COUNTS, f"示例方案应有 {SAMPLE_COUNTS}，导入得到 {counts}")
    t.state["plan"] = plan
    return (
        f"《{plan.title}》：{counts['tasks']} 项任务、{counts['indicators']} 项指标、{counts['key_works']} 项重点工作"
    )


def record_sample_progress(t: SelfTest) -> str:
    from jxplan.core.model import IndicatorActual, TaskProgress
    from jxplan.core.status import Status
    from jxplan.services.progress import plan_actuals, plan_progress, record_actual, record_progress
    from jxplan.services.units import find_unit

    ws, plan = t.state["ws"], t.state["plan"]
    unit_id = find_unit(ws, SAMPLE_LEAD_UNIT)
    task, indicator = plan.tasks[0], plan.indicators[0]
    entry = TaskProgress(
        unit_id=unit_id,
        period=SAMPLE_PERIOD,
        status=Status.ON_TRACK,
        percent=40,
        progress="已完成首批40家企业数字化改造诊断。",
        problems="部分企业改造资金不足。",
        next_steps="下季度启动第二批改造。",
        task_id=task.id,
    )
    record_progress(ws, entry, actor="自检")
    record_actual(ws, IndicatorActual(indicator.id, unit_id, SAMPLE_PERIOD, raw="45", value=45.0), actor="自检")
    stored = plan_progress(ws, plan.id, SAMPLE_PERIOD).get(("task", task.id, unit_id))
    expect(stored and stored.status is Status.ON_TRACK and stored.percent == 40, f"读回的进展不一致：{stored}")
    actual = plan_actuals(ws, plan.id, SAMPLE_PERIOD).get((indicator.id, unit_id))
    expect(actual and actual.value == 45.0, f"读回的指标完成值不一致：{actual}")
    t.state["unit_id"] = unit_id
    return f"{SAMPLE_LEAD_UNIT} {SAMPLE_PERIOD}：任务{task.number}“序时推进 40%”，指标“{indicator.name}”完成 45"
