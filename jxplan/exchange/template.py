"""Write one fill-in workbook per unit: its slice of a plan for a period, inputs open, keys locked, a meta sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from jxplan import __version__
from jxplan.core.periods import Period
from jxplan.core.status import STATUS_CHOICES
from jxplan.errors import UserError, os_reason
from jxplan.exchange import contract as c
from jxplan.exchange.items import PlanSlices, SliceItem, locked_digest
from jxplan.exchange.look import GUIDE_FONTS, Looks, row_height
from jxplan.paths import file_name_part
from jxplan.reports.xlsx.common import save_workbook
from jxplan.reports.xlsx.sheet import height_for, set_value, setup_print, width_for
from jxplan.services.plans import load_plan
from jxplan.services.progress import plan_actuals, plan_progress
from jxplan.services.settings import all_settings
from jxplan.services.slice import responsible_units
from jxplan.services.workspace import Workspace

Progress = Callable[[int, int, str], None]

# Column widths (character units) by header; reference columns get REF_WIDTH.
_WIDTHS = {
    c.KEY: 13,
    c.SEQ: 6,
    "重点任务": 40,
    "重点工作": 40,
    c.ROLE: 8,
    c.STATUS: 11,
    c.PERCENT: 10,
    c.PROGRESS: 36,
    c.PROBLEMS: 20,
    c.NEXT_STEPS: 20,
    c.IND_NAME: 34,
    c.IND_UNIT: 8,
    c.IND_TARGET: 14,
    c.IND_MILESTONE: 11,
    c.IND_ACTUAL: 12,
    c.IND_NOTE: 28,
}
REF_WIDTH = 26
# Short locked values read badly when wrapped ("700以上（2027年\n）"): their columns grow to fit, up to a limit.
_NO_WRAP = {c.KEY, c.SEQ, c.ROLE, c.IND_UNIT, c.IND_TARGET, c.IND_MILESTONE}
_NO_WRAP_MAX = 24


def file_name(period: Period, unit_name: str) -> str:
    return f"{period.label}_{file_name_part(unit_name)}_填报表.xlsx"


def make_templates(
    ws: Workspace,
    plan_id: int,
    period: str | Period,
    out_dir: str | Path,
    unit_ids: list[int] | None = None,
    progress: Progress | None = None,
    *,
    due: date | None = None,
) -> list[Path]:
    """Write the fill-in workbooks of a plan and period into `out_dir`; return their paths.

    Default units: every unit responsible for something in the plan (group terms expanded to the counties).
    Entries already recorded for the period are filled in, so a unit using jxplan returns the same file.
    `progress(done, total, message)` may raise to cancel; files already written stay.
    """
    period = period if isinstance(period, Period) else Period.parse(period)
    plan = load_plan(ws, plan_id)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法创建输出文件夹：{os_reason(exc)}", where=str(out_dir)) from exc
    units = {r["id"]: r for r in ws.conn.execute("SELECT id, uid, name, jurisdiction FROM unit")}
    chosen = unit_ids if unit_ids is not None else responsible_units(ws, plan)
    context = _Context(ws, plan, period, due or period.end + timedelta(days=7))
    names = [units[u]["name"] for u in chosen]
    slices = PlanSlices(ws, plan, period)
    paths: list[Path] = []
    for done, unit_id in enumerate(chosen):
        unit = units[unit_id]
        if progress:
            progress(done, len(chosen), f"正在生成{unit['name']}的填报表")
        items = slices.of(unit_id)
        if not any(items.values()):
            if unit_ids is not None:
                raise UserError(f"单位“{unit['name']}”在《{plan.title}》中没有牵头或配合的任务、指标，无需填报")
            continue
        name = unit["name"] if names.count(unit["name"]) == 1 else f"{unit['jurisdiction']}{unit['name']}"
        paths.append(save_workbook(context.workbook(unit, items), out_dir / file_name(period, name)))
    if progress:
        progress(len(chosen), len(chosen), "填报表已生成")
    return paths


class _Context:
    """What every unit's workbook of one plan and period shares: entries of this and the previous period."""

    def __init__(self, ws: Workspace, plan, period: Period, due: date):
        self.plan, self.period, self.due = plan, period, due
        self.previous = period.previous()
        self.entries = plan_progress(ws, plan.id, period.code)
        self.prev_entries = plan_progress(ws, plan.id, self.previous.code)
        self.actuals = plan_actuals(ws, plan.id, period.code)
        self.prev_actuals = plan_actuals(ws, plan.id, self.previous.code)
        self.settings = all_settings(ws)
        lead = plan.lead_unit_id or self.settings.get("clerk_unit_id")
        row = ws.conn.execute("SELECT name FROM unit WHERE id = ?", (lead,)).fetchone() if lead else None
        self.office = row["name"] if row else ""

    def workbook(self, unit, items: dict[str, list[SliceItem]]):
        from openpyxl import Workbook

        wb = Workbook()
        guide = wb.active
        guide.title = c.SHEET_GUIDE
        self._guide(guide, unit, items)
        for kind in c.SHEET_KINDS:
            if items[kind.kind]:
                self._data_sheet(wb.create_sheet(kind.sheet), kind, unit, items[kind.kind])
        self._meta(wb.create_sheet(c.SHEET_META), unit, items)
        wb.active = 1 if len(wb.sheetnames) > 2 else 0
        return wb

    def _guide(self, sheet, unit, items) -> None:
        looks = Looks(sheet, GUIDE_FONTS)
        p = self.period
        counts = "、".join(f"{kind.sheet}{len(items[kind.kind])}项" for kind in c.SHEET_KINDS if items[kind.kind])
        contact = "，".join(x for x in (self.settings.get("clerk_name"), self.settings.get("clerk_phone")) if x)
        lines = [
            ("title", f"{p.label}推进情况填报说明"),
            ("guide", f"方案：《{self.plan.title}》{self.plan.doc_number}"),
            ("guide", f"填报单位：{unit['name']}　　报告期：{p.label}（{p.start:%Y年%m月%d日}至{p.end:%Y年%m月%d日}）"),
            ("guide", f"本表共需填报：{counts}。"),
            ("guide_head", "一、填什么"),
            ("guide", "只填黄色单元格：完成状态、完成进度(%)、进展情况、存在问题、下步计划；指标填本期完成值和说明。"),
            ("guide", f"完成状态从下拉列表中选择：{'、'.join(STATUS_CHOICES)}。完成进度填0到100之间的数。"),
            ("guide", "状态为“滞后”的，须在“存在问题”中写明原因。指标完成值只填数字，单位已在“单位”列中给出。"),
            ("guide_head", "二、不要改什么"),
            ("guide", "编号、序号、任务内容、责任类型、目标值等灰白单元格已锁定，请勿修改、删除或调整行的顺序；"),
            ("guide", "请勿删除或重命名工作表，不要把内容复制到新的工作簿中，以免无法自动汇总。"),
            ("guide_head", "三、何时报送"),
            (
                "guide",
                f"请于{self.due:%Y年%m月%d日}前将本表（保持.xlsx格式，不改文件名亦可）报送{self.office or '牵头单位'}。",
            ),
        ]
        if contact:
            lines.append(("guide", f"联系人：{contact}"))
        sheet.column_dimensions["A"].width = 84
        for row, (role, text) in enumerate(lines, start=1):
            cell = sheet.cell(row, 1)
            set_value(cell, text)
            looks.apply(cell, role)
            height = row_height([(text, 84)], looks.size(role))
            # Air above each part heading and below the title, as a printed notice has.
            sheet.row_dimensions[row].height = height + (14 if role in ("title", "guide_head") else 2)
        sheet.protection.sheet = True
        setup_print(sheet, title_rows=None, freeze=None, landscape=False, footer_font=looks.fonts.footer)

    def _data_sheet(self, sheet, kind: c.SheetKind, unit, rows: list[SliceItem]) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        looks = Looks(sheet)
        prev = self.previous.label
        if kind.kind == "indicator":
            refs = [f"上期完成值（{prev}）", "基期值"]
        else:
            refs = [f"上期状态（{prev}）", f"上期进展情况（{prev}）"]
        headers = [*kind.locked, *kind.inputs, *refs]
        what = {"task": "重点任务推进情况", "key_work": "重点工作推进情况", "indicator": "指标完成情况"}[kind.kind]
        # Title and info span the printed columns (the earlier periods' columns are for the screen only).
        last = get_column_letter(len(kind.locked) + len(kind.inputs))
        looks.apply(sheet.cell(1, 1, f"{self.period.label}{what}填报表"), "title")
        sheet.merge_cells(f"A1:{last}1")
        sheet.row_dimensions[1].height = 36
        info = sheet.cell(2, 1)
        set_value(info, f"填报单位：{unit['name']}　　方案：《{self.plan.title}》　　报告期：{self.period.label}")
        looks.apply(info, "info")
        sheet.merge_cells(f"A2:{last}2")
        sheet.row_dimensions[2].height = 24
        table = [
            [
                *(it.locked[h] for h in kind.locked),
                *self._inputs(kind, it, unit["id"]),
                *self._refs(kind, it, unit["id"]),
            ]
            for it in rows
        ]
        widths = [_width(h, [row[i] for row in table], looks.size("locked")) for i, h in enumerate(headers)]
        for col, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
            looks.apply(sheet.cell(c.HEADER_ROW, col, header), "header")
            sheet.column_dimensions[get_column_letter(col)].width = width
        sheet.row_dimensions[c.HEADER_ROW].height = row_height(
            list(zip(headers, widths, strict=True)), looks.size("header")
        )
        first = c.HEADER_ROW + 1
        for r, values in enumerate(table, start=first):
            for col, (header, value) in enumerate(zip(headers, values, strict=True), start=1):
                cell = sheet.cell(r, col)
                # Text from the workspace stays text: a progress note starting with "=" is not a formula.
                set_value(cell, value if value is not None else "")
                looks.apply(cell, _role(kind, header, col > len(kind.locked) + len(kind.inputs)))
            # At least two lines: room to write in, as on a printed form.
            sheet.row_dimensions[r].height = max(
                row_height([(str(v or ""), w) for v, w in zip(values, widths, strict=True)], looks.size("locked")),
                height_for(2, looks.size("locked")),
            )
        end = first + len(rows) - 1
        col_of = {h: get_column_letter(i) for i, h in enumerate(headers, start=1)}
        if kind.kind == "indicator":
            dv = DataValidation(type="custom", formula1="TRUE", allow_blank=True)
            dv.promptTitle, dv.prompt = "本期完成值", "填写数字，单位见“单位”列；百分比指标可填 3.2 或 3.2%"
            dv.add(f"{col_of[c.IND_ACTUAL]}{first}:{col_of[c.IND_ACTUAL]}{end}")
            validations = [dv]
        else:
            status = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True)
            status.error, status.errorTitle = f"请从下拉列表选择：{'、'.join(STATUS_CHOICES)}", "完成状态"
            status.promptTitle, status.prompt = "完成状态", "从下拉列表中选择"
            status.add(f"{col_of[c.STATUS]}{first}:{col_of[c.STATUS]}{end}")
            percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True)
            percent.error, percent.errorTitle = "请填写0到100之间的数", "完成进度(%)"
            percent.promptTitle, percent.prompt = "完成进度(%)", "0到100之间的数，如 80"
            percent.add(f"{col_of[c.PERCENT]}{first}:{col_of[c.PERCENT]}{end}")
            problems = DataValidation(type="custom", formula1="TRUE", allow_blank=True)
            problems.promptTitle, problems.prompt = "存在问题", "完成状态为“滞后”时必须填写"
            problems.add(f"{col_of[c.PROBLEMS]}{first}:{col_of[c.PROBLEMS]}{end}")
            validations = [status, percent, problems]
        for dv in validations:
            dv.showInputMessage = dv.showErrorMessage = True
            sheet.add_data_validation(dv)
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False  # unlocked: let them widen columns and rows to read
        sheet.protection.formatRows = False
        setup_print(sheet, title_rows=(c.HEADER_ROW, c.HEADER_ROW), freeze=f"D{first}", footer_font=looks.fonts.footer)
        # Print what the unit fills; the earlier periods' columns are for reading on screen.
        sheet.print_area = f"A1:{get_column_letter(len(kind.locked) + len(kind.inputs))}{max(end, c.HEADER_ROW)}"

    def _inputs(self, kind: c.SheetKind, it: SliceItem, unit_id: int) -> list[object]:
        if kind.kind == "indicator":
            a = self.actuals.get((it.item.id, unit_id))
            return [a.raw or (a.value if a.value is not None else None), a.note] if a else [None, None]
        e = self.entries.get((kind.kind, it.item.id, unit_id))
        if e is None:
            return [None] * len(kind.inputs)
        return [e.status.label if e.status else None, e.percent, e.progress, e.problems, e.next_steps]

    def _refs(self, kind: c.SheetKind, it: SliceItem, unit_id: int) -> list[object]:
        if kind.kind == "indicator":
            a = self.prev_actuals.get((it.item.id, unit_id))
            base = it.item.baseline
            return [
                a.raw if a else "",
                f"{base.raw}（{base.year}年）" if base and base.year else (base.raw if base else ""),
            ]
        e = self.prev_entries.get((kind.kind, it.item.id, unit_id))
        return [e.status.label if e and e.status else "", e.progress if e else ""]

    def _meta(self, sheet, unit, items) -> None:
        values = {
            "format": c.FORMAT_TAG,
            "template_version": c.TEMPLATE_VERSION,
            "plan_uid": self.plan.uid,
            "plan_title": self.plan.title,
            "period": self.period.code,
            "period_label": self.period.label,
            "unit_uid": unit["uid"],
            "unit_name": unit["name"],
            "generated_at": datetime.now().isoformat(timespec="seconds"),
            "generator": f"jxplan {__version__}",
            "locked_sha256": locked_digest(items),
        }
        for row, key in enumerate(c.META_KEYS, start=1):
            sheet.cell(row, 1, key)
            sheet.cell(row, 2, values[key])
        sheet.sheet_state = "veryHidden"
        sheet.protection.sheet = True


def _width(header: str, values: list[object], font_size: float) -> float:
    """A column's width: the contract's default, widened for short values that should not wrap (编号, 目标值)."""
    width = _WIDTHS.get(header, REF_WIDTH)
    if header in _NO_WRAP:
        longest = max((str(v) for v in values if v not in (None, "")), key=len, default="")
        width = max(width, min(width_for(longest, font_size), _NO_WRAP_MAX))
    return width


def _role(kind: c.SheetKind, header: str, reference: bool) -> str:
    if reference:
        return "reference"
    if header in kind.inputs:
        return "input_center" if header in (c.STATUS, c.PERCENT, c.IND_ACTUAL) else "input"
    if header in (c.KEY,):
        return "key"
    if header in (c.SEQ, c.ROLE, c.IND_UNIT, c.IND_TARGET, c.IND_MILESTONE):
        return "center"
    return "locked"
