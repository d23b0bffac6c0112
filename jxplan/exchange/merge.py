"""Merge returned files into the workspace: each file one action, whole or not at all, explained field by field.

Rules: blank cells never erase; a value already stored from an earlier return of the same unit is replaced by
a newer return (the older return stays in the history, marked superseded); a value that someone changed
since, or that a newer return already gave, is not overwritten but listed as a conflict for the clerk.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from jxplan.core.model import IndicatorActual, KeyWork, Plan, Task, TaskProgress
from jxplan.core.periods import Period
from jxplan.core.status import Status
from jxplan.errors import InputFileError, WorkspaceError
from jxplan.exchange import conflicts as cf
from jxplan.exchange.identify import Identity, identify
from jxplan.exchange.items import PlanSlices
from jxplan.exchange.reader import SPREADSHEET_SUFFIXES, Book, read_book, saved_at
from jxplan.exchange.report import FileResult, MergeReport, missing_returns
from jxplan.exchange.rows import Problem, RowInput, parse_rows
from jxplan.services.plans import load_plan
from jxplan.services.progress import record_actuals_many, record_progress_many
from jxplan.services.units import group_members, unit_names
from jxplan.services.workspace import Workspace

Progress = Callable[[int, int, str], None]
READ_THREADS = 2  # reading keeps ahead of merging with one or two; more threads only contend for the GIL
_STATUS_OF = {s.value: s for s in Status}  # Status(value) costs a microsecond; thousands per return
_PROGRESS_FIELDS = ("status", "percent", "progress", "problems", "next_steps")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by the spreadsheets inside them (Office lock files ~$… skipped). A folder
    without any stays in the list, so that the report says so instead of passing over it in silence."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SPREADSHEET_SUFFIXES and not f.name.startswith("~$")
            )
            out += found or [p]
        else:
            out.append(p)
    return out


def merge_files(
    ws: Workspace,
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    confirm: bool = False,
    progress: Progress | None = None,
    plan_id: int | None = None,
    period: str | None = None,
) -> MergeReport:
    """Merge returned files (and folders of them); return what happened to each.

    `confirm` accepts identities inferred without the meta sheet. `plan_id`/`period`, when given, reject
    files for another plan or period. `progress(done, total, message)` counts two steps per file (reading,
    merging) and may raise to cancel — it is called from the GUI's worker thread: files already merged stay
    merged, the one in hand is rolled back, so the workspace is exactly as it was before that file.
    """
    files = expand_paths(paths)
    report = MergeReport(dry_run=dry_run)
    total = 2 * len(files)
    saved: list[str] = []
    for done, path in enumerate(files):
        if progress:
            progress(done, total, f"正在读取“{path.name}”")
        saved.append(saved_at(path))
    # Oldest first, so that of two returns from one unit the newer one is merged last and supersedes.
    order = sorted(range(len(files)), key=saved.__getitem__)
    names = unit_names(ws)
    plans: dict[int, _PlanInfo] = {}
    touched: dict[tuple[int, str], None] = {}
    unreadable: list[tuple[int, FileResult]] = []
    with ws.batch(), contextlib.closing(_read_ahead([files[i] for i in order])) as books:
        for done, (index, (path, reading)) in enumerate(zip(order, books, strict=True), start=len(files)):
            if progress:
                progress(done, total, f"正在合并“{path.name}”")
            try:
                book = reading.result()
            except InputFileError as exc:
                unreadable.append((index, FileResult.failed(path, str(exc))))
                continue
            # Last chance to cancel a file, inside its action: cancelling there rolls the whole file back.
            last_check = (lambda d=done, n=path.name: progress(d, total, f"正在写入“{n}”")) if progress else None
            try:
                result = _merge_one(
                    ws,
                    book,
                    plans,
                    names,
                    dry_run=dry_run,
                    confirm=confirm,
                    plan_id=plan_id,
                    period=period,
                    check=last_check,
                )
            except WorkspaceError as exc:
                # The workspace itself refused (a full disk): this file is rolled back, those before it stay merged,
                # and the report still says so and names the files not reached, instead of ending without one.
                report.files.append(FileResult.failed(path, str(exc)))
                rest = order[done - len(files) + 1 :]
                report.files += [
                    FileResult.failed(files[i], f"未合并：合并在“{path.name}”处停止（{exc}）") for i in rest
                ]
                break
            report.files.append(result)
            if result.plan_id:
                touched[(result.plan_id, result.period_code)] = None
    # Files that could not be read come first, in the order given, as when every file was read before merging.
    report.files[:0] = [result for _, result in sorted(unreadable, key=lambda u: u[0])]
    if progress:
        progress(total, total, "合并完成")
    if plan_id is not None and period is not None:
        touched.setdefault((plan_id, Period.parse(period).code), None)
    for pid, code in touched:
        units = missing_returns(ws, pid, code, plans[pid].plan if pid in plans else None)
        report.missing.append({"plan_id": pid, "period": code, "units": units})
    return report


def _read_ahead(order: list[Path]) -> Iterator[tuple[Path, Future[Book]]]:
    """The files in `order`, each with its reading, done a few files ahead by a small thread pool: python-calamine
    parses without the GIL, so reading the next files overlaps merging this one. Only a few books are held at
    once; closing the iterator (a cancel) drops the reads not begun."""
    with ThreadPoolExecutor(max_workers=min(READ_THREADS, os.cpu_count() or 1)) as pool:
        waiting = iter(order)
        ahead = deque((path, pool.submit(read_book, path)) for path in islice(waiting, 2 * READ_THREADS))
        try:
            while ahead:
                item = ahead.popleft()
                ahead.extend((path, pool.submit(read_book, path)) for path in islice(waiting, 1))
                yield item
        finally:
            for _, reading in ahead:
                reading.cancel()


def _merge_one(ws, book: Book, plans, names, *, dry_run, confirm, plan_id, period, check=None) -> FileResult:
    try:
        ident = identify(ws, book)
    except InputFileError as exc:
        return FileResult.failed(book.path, str(exc))
    result = FileResult.for_identity(book.path, ident)
    if plan_id is not None and ident.plan_id != plan_id:
        return result.reject(f"这是《{ident.plan_title}》的填报表，不是本次要汇总的方案")
    if period is not None and ident.period != Period.parse(period):
        return result.reject(f"这是{ident.period.label}的填报表，不是本次要汇总的{Period.parse(period).label}")
    earlier = ws.conn.execute(
        "SELECT received_at, file_name FROM return_file WHERE sha256 = ? AND plan_id = ? AND unit_id = ? AND period = ?",
        (book.sha256, ident.plan_id, ident.unit_id, ident.period.code),
    ).fetchone()
    if earlier:
        return result.unchanged(f"同一文件已于{earlier['received_at'].replace('T', ' ')}合并过，本次未作改动")
    if ident.plan_id not in plans:
        plans[ident.plan_id] = _PlanInfo.load(ws, ident.plan_id)
    info = plans[ident.plan_id]
    plan = info.plan
    parsed = parse_rows(ws, plan, ident, book, info.slices(ws, ident.period))
    result.take(parsed)
    if book.has_formulas:
        result.warnings.append(Problem(book.path.name, "文件中含有公式，已按保存时的计算结果读取").as_dict())
    if not parsed.rows:
        why = "没有可以合并的行" if parsed.errors else "没有填写任何进展或完成值"
        return result.reject(f"{why}，整个文件未合并")
    if ident.inferred and not confirm:
        return result.needs_confirmation(
            f"这不是本系统生成的填报表，按标题、表头和文件名推断为《{ident.plan_title}》{ident.period.label}{ident.unit_name}的填报表，请确认后再合并"
        )
    content_sha = parsed.content_sha256(ident)
    latest = _returns(ws, ident)
    if latest and latest[-1]["content_sha256"] == content_sha:
        return result.unchanged("内容与该单位本期已合并的报送完全相同，本次未作改动")
    if dry_run:
        changes = _Changes(ws, info, ident, book, latest, names)
        changes.compute(parsed.rows)
        result.changes = changes.count
        result.conflicts = [c.as_dict(names) for c in changes.conflicts]
        result.status = "merged"
        result.message = "试合并：未写入工作区"
        return result
    summary = f"合并{ident.unit_name}{ident.period.label}填报表“{book.path.name}”"
    with ws.action(summary, kind="merge", source=str(book.path)) as conn:
        # Computed inside the action: the GUI thread cannot change an entry between reading and writing it.
        changes = _Changes(ws, info, ident, book, latest, names)
        changes.compute(parsed.rows)
        result.changes = changes.count
        return_id = conn.execute(
            "INSERT INTO return_file (sha256, file_name, plan_id, unit_id, period, status, action_id, content_sha256, "
            "saved_at) VALUES (?, ?, ?, ?, ?, 'merged', ?, ?, ?)",
            (
                book.sha256,
                book.path.name,
                ident.plan_id,
                ident.unit_id,
                ident.period.code,
                ws.last_action_id(),
                content_sha,
                book.saved_at,
            ),
        ).lastrowid
        changes.apply(return_id)
        result.conflicts = [
            c.as_dict(names, cid) for c, cid in zip(changes.conflicts, changes.conflict_ids, strict=True)
        ]
        newer = [r["id"] for r in latest if r["saved_at"] > book.saved_at]
        if newer:
            conn.execute("UPDATE return_file SET superseded_by = ? WHERE id = ?", (newer[-1], return_id))
        older = [r["id"] for r in latest if r["saved_at"] <= book.saved_at]
        conn.executemany("UPDATE return_file SET superseded_by = ? WHERE id = ?", [(return_id, i) for i in older])
        result.status, result.return_id = "merged", return_id
        result.message = f"已合并，更新{changes.count}处" + (
            f"，{len(changes.conflicts)}处冲突待处理" if changes.conflicts else ""
        )
        conn.execute(
            "UPDATE return_file SET report = ? WHERE id = ?",
            (json.dumps(result.as_dict(), ensure_ascii=False), return_id),
        )
        if check:
            check()
    return result


def _returns(ws: Workspace, ident: Identity) -> list:
    """Merged returns of this unit, plan and period, oldest first."""
    return ws.conn.execute(
        "SELECT id, action_id, saved_at, content_sha256 FROM return_file WHERE plan_id = ? AND unit_id = ? AND period = ? "
        "AND status = 'merged' ORDER BY saved_at, id",
        (ident.plan_id, ident.unit_id, ident.period.code),
    ).fetchall()


def _same(field: str, a: object, b: object) -> bool:
    if field == "value":
        a, b = a or {}, b or {}
        if a.get("value") is not None and b.get("value") is not None:
            return abs(a["value"] - b["value"]) < 1e-9
        return (a.get("raw") or "") == (b.get("raw") or "")
    if field == "percent" and a is not None and b is not None:
        return abs(a - b) < 1e-9
    return (a if a not in ("", None) else None) == (b if b not in ("", None) else None)


def _blank(field: str, value: object) -> bool:
    if field == "value":
        return not value or (value.get("value") is None and not value.get("raw"))
    return value in (None, "")


@dataclass
class _PlanInfo:
    """What every return of one plan needs, worked out once per merge run: the plan, its tasks and key works,
    their lead units, labels for conflicts, and the unit groups."""

    plan: Plan
    items: dict[tuple[str, int], Task | KeyWork]
    leads: dict[tuple[str, int], int]
    labels: dict[tuple[str, int], str]  # (kind, id): ids repeat across tasks, key works and indicators
    groups: dict[int, list[int]]
    _slices: dict[str, PlanSlices] = field(default_factory=dict)

    def slices(self, ws: Workspace, period: Period) -> PlanSlices:
        if period.code not in self._slices:
            self._slices[period.code] = PlanSlices(ws, self.plan, period)
        return self._slices[period.code]

    @classmethod
    def load(cls, ws: Workspace, plan_id: int) -> _PlanInfo:
        plan = load_plan(ws, plan_id)
        groups = group_members(ws)
        items = {("task", t.id): t for t in plan.tasks} | {("key_work", k.id): k for k in plan.key_works}
        leads = {
            key: item.lead.unit_id
            for key, item in items.items()
            # a group leads (各县（市、区）政府): every county answers for its own part
            if item.lead is not None and item.lead.unit_id not in groups
        }
        kinds = (("task", plan.tasks), ("key_work", plan.key_works), ("indicator", plan.indicators))
        labels = {
            (kind, i.id): f"{i.number} {getattr(i, 'title', None) or i.name}".strip()
            for kind, group in kinds
            for i in group
        }
        return cls(plan, items, leads, labels, groups)


class _Changes:
    """The writes and conflicts one return causes, computed against the workspace before anything is written."""

    def __init__(self, ws: Workspace, info: _PlanInfo, ident: Identity, book: Book, returns: list, names):
        self.ws, self.info, self.plan, self.ident, self.book, self.names = ws, info, info.plan, ident, book, names
        self.returns = {r["action_id"]: r["saved_at"] for r in returns}
        self.progress_writes: list[TaskProgress] = []
        self.actual_writes: list[IndicatorActual] = []
        self.conflicts: list[cf.Conflict] = []
        self.conflict_ids: list[int] = []
        self.count = 0
        self._open = cf.open_keys(ws, info.plan.id, ident.period.code)

    def _last_actions(self) -> dict[tuple, int | None]:
        """(kind, item id) → the action that last changed this unit's stored entry or actual (None: no history).

        Driven from the plan's items through the (item, unit, period) indexes, so it costs the same however many
        units have reported before.
        """
        last = "(SELECT h.action_id FROM history h WHERE h.tbl = '{t}' AND h.row_id = x.id ORDER BY h.id DESC LIMIT 1)"
        sql = " UNION ALL ".join(
            f"SELECT '{kind}' AS kind, i.id AS item_id, {last.format(t=table)} AS action_id FROM {kind} i "
            f"CROSS JOIN {table} x ON x.{kind}_id = i.id AND x.unit_id = ? AND x.period = ? WHERE i.plan_id = ?"
            for kind, table in (("task", "progress"), ("key_work", "progress"), ("indicator", "indicator_actual"))
        )
        args = (self.ident.unit_id, self.ident.period.code, self.plan.id) * 3
        return {(r["kind"], r["item_id"]): r["action_id"] for r in self.ws.conn.execute(sql, args)}

    def _may_replace(self, last_action: int | None) -> tuple[bool, str]:
        """Whether a stored value may be replaced: it came from an earlier return of this unit, not newer."""
        saved = self.returns.get(last_action)
        if saved is None:
            return False, "edited"
        return (saved <= self.book.saved_at), "older_return"

    def compute(self, rows: list[RowInput]) -> None:
        unit, period = self.ident.unit_id, self.ident.period.code
        from jxplan.services.progress import plan_actuals, plan_progress

        entries = plan_progress(self.ws, self.plan.id, period, unit)
        actuals = plan_actuals(self.ws, self.plan.id, period, unit)
        last = self._last_actions()
        statuses: dict[tuple[str, int], object] = {}
        source = self.book.path.name
        for row in rows:
            if row.kind == "indicator":
                self._actual(row, actuals.get((row.item_id, unit)), last.get(("indicator", row.item_id)), source)
                continue
            current = entries.get((row.kind, row.item_id, unit))
            if current is None:
                # Nothing stored yet (most rows of a first return): every field the unit filled is applied, as
                # _fields would decide (a row's fields are never blank).
                applied = row.fields
                self.count += len(applied)
                status = None
            else:
                cur = {f: getattr(current, f) for f in _PROGRESS_FIELDS}
                applied = self._fields(row, cur, row.fields, last.get((row.kind, row.item_id)))
                status = current.status
            if applied:
                key = {"task_id": row.item_id} if row.kind == "task" else {"key_work_id": row.item_id}
                if current is None:  # built directly: replace() costs more
                    after = TaskProgress(unit, period, **applied, source=source, **key)
                else:
                    after = current._replace(**applied, source=source)
                self.progress_writes.append(after)
                status = after.status
            if status is not None:
                statuses[(row.kind, row.item_id)] = status
        self._lead_coop(statuses, entries)

    def _actual(self, row: RowInput, current: IndicatorActual | None, last_action: int | None, source: str) -> None:
        """An indicator row: the actual to write when the value or note changes (conflicts listed as for entries)."""
        fields = row.fields
        new = {}
        if "raw" in fields:
            new["value"] = {"raw": fields["raw"], "value": fields.get("value")}
        if "note" in fields:
            new["note"] = fields["note"]
        if current is None:  # nothing stored: everything filled is applied, as for entries
            applied = new
            self.count += len(applied)
        else:
            cur = {"value": {"raw": current.raw, "value": current.value}, "note": current.note}
            applied = self._fields(row, cur, new, last_action)
        if not applied:
            return
        value = applied.get("value")
        changed = {"raw": value["raw"], "value": value["value"]} if value else {}
        if "note" in applied:
            changed["note"] = applied["note"]
        if current is None:
            ident = self.ident
            self.actual_writes.append(
                IndicatorActual(row.item_id, ident.unit_id, ident.period.code, **changed, source=source)
            )
        else:
            self.actual_writes.append(current._replace(**changed, source=source))

    def _others(self, leads: dict) -> dict[tuple[str, int, int], Status]:
        """Statuses of the other units the lead/co-op check compares with: every unit's on items this unit leads,
        the lead's on the rest (loading every unit's entries for every return would grow with the square)."""
        unit, period = self.ident.unit_id, self.ident.period.code
        out = {}
        if any(lead == unit for lead in leads.values()):
            out = self._statuses(period, None)
        # One query per other lead (a handful), not one per item.
        for lead in {lead for lead in leads.values() if lead != unit}:
            out |= {k: s for k, s in self._statuses(period, lead).items() if leads.get(k[:2]) == lead}
        return out

    def _statuses(self, period: str, unit_id: int | None) -> dict[tuple[str, int, int], Status]:
        """(kind, item id, unit id) → status of the plan's entries in a period, of one unit when given."""
        unit = "" if unit_id is None else "AND p.unit_id = ?"
        sql = " UNION ALL ".join(
            f"SELECT '{kind}' AS kind, i.id AS item_id, p.unit_id, p.status FROM {kind} i CROSS JOIN progress p "
            f"ON p.{kind}_id = i.id AND p.period = ? {unit} WHERE i.plan_id = ? AND p.status IS NOT NULL"
            for kind in ("task", "key_work")
        )
        args = (period, *(() if unit_id is None else (unit_id,)), self.plan.id) * 2
        cursor = self.ws.conn.cursor()
        cursor.row_factory = None  # plain tuples: a lead's query returns every unit's entries
        return {(kind, item, unit): _STATUS_OF[status] for kind, item, unit, status in cursor.execute(sql, args)}

    def _fields(self, row: RowInput, cur: dict, new: dict, last_action: int | None) -> dict:
        applied = {}
        for name, value in new.items():
            stored = cur.get(name)
            if _same(name, stored, value):
                continue
            if _blank(name, stored):
                applied[name] = value
                continue
            ok, reason = self._may_replace(last_action)
            if ok:
                applied[name] = value
            else:
                self._conflict(
                    row.kind,
                    row.item_id,
                    self.ident.unit_id,
                    name,
                    stored,
                    value,
                    reason,
                    self.ident.unit_id,
                    row.where,
                )
        self.count += len(applied)
        return applied

    def _conflict(self, kind, item_id, unit_id, field, current, proposed, reason, source_unit, where) -> None:
        enc = {"status": lambda s: s.value if s is not None else None}.get(field, lambda v: v)
        conflict = cf.Conflict(
            kind,
            item_id,
            unit_id,
            field,
            enc(current),
            enc(proposed),
            reason,
            source_unit,
            where,
            self.info.labels.get((kind, item_id), ""),
        )
        if conflict.dedupe_key not in self._open:
            self._open.add(conflict.dedupe_key)
            self.conflicts.append(conflict)

    def _lead_coop(self, statuses: dict, own: dict) -> None:
        """The lead's status against each co-operating unit's, on every task or key work this return touched."""
        groups, items = self.info.groups, self.info.items
        unit = self.ident.unit_id
        leads = {key: self.info.leads[key] for key in statuses if key in self.info.leads}
        others = self._others(leads) | {k: e.status for k, e in own.items() if e.status is not None}
        where = f"{self.names.get(unit, '')}报送"
        for (kind, item_id), status in statuses.items():
            lead = leads.get((kind, item_id))
            if lead is None:
                continue
            if unit == lead:
                for a in items[(kind, item_id)].assignments:
                    if a.role != "coop":
                        continue
                    for member in groups.get(a.unit_id, [a.unit_id]):
                        other = others.get((kind, item_id, member))
                        if other and other != status:
                            self._conflict(kind, item_id, unit, "status", status, other, "lead_coop", member, where)
            else:
                other = others.get((kind, item_id, lead))
                if other and other != status:
                    self._conflict(kind, item_id, lead, "status", other, status, "lead_coop", unit, where)

    def apply(self, return_id: int) -> None:
        """Write inside the merge's action: every entry and actual in one batch each, then the conflicts."""
        actor = self.ident.unit_name
        record_progress_many(self.ws, self.progress_writes, actor=actor)
        record_actuals_many(self.ws, self.actual_writes, actor=actor)
        for conflict in self.conflicts:
            self.conflict_ids.append(cf.store(self.ws, self.plan.id, self.ident.period.code, conflict, return_id))
