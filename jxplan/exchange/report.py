"""The merge report: per file what was accepted, rejected and why, conflicts, and who has not returned (催报)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jxplan.core.model import Plan
from jxplan.core.periods import Period
from jxplan.exchange.identify import Identity
from jxplan.services.plans import load_plan
from jxplan.services.slice import responsible_units
from jxplan.services.units import unit_names
from jxplan.services.workspace import Workspace

STATUS_LABELS = {"merged": "已合并", "rejected": "未合并", "unchanged": "无变化", "needs_confirmation": "待确认"}


@dataclass
class FileResult:
    file: str
    status: str = "rejected"  # merged | rejected | unchanged | needs_confirmation
    message: str = ""
    unit: str = ""
    period: str = ""  # Chinese label
    period_code: str = ""
    plan: str = ""
    plan_id: int | None = None
    rows_accepted: int = 0
    rows_rejected: int = 0
    rows_blank: int = 0
    changes: int = 0
    errors: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    return_id: int | None = None

    @classmethod
    def failed(cls, path: Path, message: str) -> FileResult:
        return cls(
            str(path), "rejected", message, errors=[{"where": path.name, "key": "", "message": message, "expected": ""}]
        )

    @classmethod
    def for_identity(cls, path: Path, ident: Identity) -> FileResult:
        return cls(
            str(path),
            unit=ident.unit_name,
            period=ident.period.label,
            period_code=ident.period.code,
            plan=ident.plan_title,
            plan_id=ident.plan_id,
        )

    def take(self, parsed) -> None:
        self.rows_accepted, self.rows_rejected, self.rows_blank = len(parsed.rows), parsed.rejected, parsed.blank
        self.errors += [p.as_dict() for p in parsed.errors]
        self.warnings += [p.as_dict() for p in parsed.warnings]

    def reject(self, message: str) -> FileResult:
        self.status, self.message = "rejected", message
        if not self.errors:
            self.errors.append({"where": Path(self.file).name, "key": "", "message": message, "expected": ""})
        self.rows_rejected += self.rows_accepted
        self.rows_accepted = 0
        return self

    def unchanged(self, message: str) -> FileResult:
        self.status, self.message = "unchanged", message
        return self

    def needs_confirmation(self, message: str) -> FileResult:
        self.status, self.message = "needs_confirmation", message
        return self

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "unit": self.unit,
            "period": self.period_code,
            "period_label": self.period,
            "plan": self.plan,
            "status": self.status,
            "message": self.message,
            "rows_accepted": self.rows_accepted,
            "rows_rejected": self.rows_rejected,
            "rows_blank": self.rows_blank,
            "changes": self.changes,
            "errors": self.errors,
            "warnings": self.warnings,
            "conflicts": self.conflicts,
        }


@dataclass
class MergeReport:
    dry_run: bool = False
    files: list[FileResult] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)  # [{plan_id, period, units: [{unit, ...}]}]

    @property
    def missing_units(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.missing:
            for u in m["units"]:
                seen.setdefault(u["unit"], None)
        return list(seen)

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "files": [f.as_dict() for f in self.files],
            "missing_units": self.missing_units,
            "missing": self.missing,
        }


def missing_returns(ws: Workspace, plan_id: int, period: str, plan: Plan | None = None) -> list[dict]:
    """The 催报 list: responsible units with neither a merged return nor any entry for the period.

    `plan` is the loaded plan when the caller has it already (a merge run loads each plan once).
    """
    plan = plan or load_plan(ws, plan_id)
    names = unit_names(ws)
    returned = {
        r[0]
        for r in ws.conn.execute(
            "SELECT unit_id FROM return_file WHERE plan_id = ? AND period = ? AND status = 'merged' "
            "UNION SELECT p.unit_id FROM progress p LEFT JOIN task t ON t.id = p.task_id "
            "LEFT JOIN key_work k ON k.id = p.key_work_id WHERE coalesce(t.plan_id, k.plan_id) = ? AND p.period = ? "
            "UNION SELECT a.unit_id FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
            "WHERE i.plan_id = ? AND a.period = ?",
            (plan_id, period, plan_id, period, plan_id, period),
        )
    }
    last_file = {
        r["unit_id"]: r["last"]
        for r in ws.conn.execute(
            "SELECT unit_id, max(received_at) AS last FROM return_file WHERE plan_id = ? AND status = 'merged' GROUP BY unit_id",
            (plan_id,),
        )
    }
    last_period = _last_periods(ws, plan_id)
    return [
        {
            "unit_id": u,
            "unit": names[u],
            "last_return": last_file.get(u, ""),
            "last_report": _last_report(last_period.get(u), last_file.get(u, "")),
        }
        for u in responsible_units(ws, plan)
        if u not in returned
    ]


def _last_periods(ws: Workspace, plan_id: int) -> dict[int, Period]:
    """Each unit's latest period with progress or actuals in the plan, typed in or merged."""
    out: dict[int, Period] = {}
    for r in ws.conn.execute(
        "SELECT DISTINCT p.unit_id, p.period FROM progress p LEFT JOIN task t ON t.id = p.task_id "
        "LEFT JOIN key_work k ON k.id = p.key_work_id WHERE coalesce(t.plan_id, k.plan_id) = ? "
        "UNION SELECT a.unit_id, a.period FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
        "WHERE i.plan_id = ?",
        (plan_id, plan_id),
    ):
        try:
            period = Period.parse(r[1])
        except ValueError:
            continue
        if r[0] not in out or period.end > out[r[0]].end:
            out[r[0]] = period
    return out


def _last_report(period: Period | None, file_time: str) -> str:
    """`2026年第三季度（文件收到于 2026-10-08 14:00）`, `2026年第三季度`, or 从未报送 when the unit never reported."""
    received = f"（文件收到于 {file_time.replace('T', ' ')[:16]}）" if file_time else ""
    if period is None:
        return f"有报送文件{received}" if file_time else "从未报送"
    return period.label + received
