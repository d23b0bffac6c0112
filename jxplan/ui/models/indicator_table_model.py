"""Table model of a plan's indicators for a period: targets as written, the editable actual, rate and light."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from jxplan.services.report_data import IndicatorRow
from jxplan.ui.models.row_table_model import FilteredRowModel, Index

DIRECTION_LABELS = {"higher": "越高越好", "lower": "越低越好", "keep": "保持稳定"}
HEADERS = ("序号", "指标名称", "单位", "基期值", "目标值", "本期节点", "本期完成值", "完成率", "状态", "责任单位")
WIDTHS = (5, 26, 6, 9, 12, 9, 10, 8, 7, 16)
ACTUAL_COL = HEADERS.index("本期完成值")
STATUS_COL = HEADERS.index("状态")


@dataclass(frozen=True)
class IndicatorItem:
    """One grid row: the collected data, the unit whose actual is edited (None: nobody to record for), its role."""

    data: IndicatorRow
    entry_unit_id: int | None
    role: str | None
    search_text: str

    @property
    def id(self) -> int:
        return self.data.indicator.id

    @property
    def section_id(self) -> None:  # indicators have no sections; lets the shared filter treat them alike
        return None


def _value_text(v) -> str:
    if v is None:
        return ""
    return f"{v.year}年：{v.raw}" if v.year and v.kind == "target" else v.raw


def _rate_text(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.1%}"


class IndicatorTableModel(FilteredRowModel):
    """Edits are not written here: `edit_requested` hands (row, text) pairs to the page, which records them undoably.

    Signals:
        edit_requested(list): [(IndicatorItem, text)] to store as one action.
    """

    edit_requested = Signal(list)
    headers = HEADERS

    def row_key(self, row: IndicatorItem) -> int:
        return row.id

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == ACTUAL_COL and self._rows[index.row()].entry_unit_id is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def display(self, item: IndicatorItem, col: int) -> str:
        r = item.data
        ind = r.indicator
        match col:
            case 0:
                return ind.number
            case 1:
                return ("*" if ind.self_set else "") + ind.name
            case 2:
                return ind.measure_unit
            case 3:
                return r.baseline.raw if r.baseline else ""
            case 4:
                return _value_text(r.target)
            case 5:
                return r.milestone.raw if r.milestone else ""
            case 6:
                return r.actual.raw if r.actual else ""
            case 7:
                return _rate_text(r.rate)
            case 8:
                return r.light.label if r.light else ("未填报" if r.actual is None else "—")
            case _:
                return "、".join(r.unit_names)

    def sort_key(self, item: IndicatorItem, col: int):
        r = item.data
        if col == 0:
            return r.indicator.position
        if col == 6:
            return r.actual.value if r.actual and r.actual.value is not None else float("-inf")
        if col == 7:
            return -1.0 if r.rate is None else r.rate
        if col == 8:
            return {"red": 0, "yellow": 1, "green": 2}.get(r.light.value if r.light else "", 3)
        return self.display(item, col)

    def _tooltip(self, item: IndicatorItem, col: int) -> str:
        r = item.data
        ind = r.indicator
        if col == 1:
            return f"{ind.name}（{DIRECTION_LABELS.get(ind.direction, '')}）"
        if col == 4:
            return "；".join(_value_text(v) for v in ind.targets) or "没有目标值"
        if col == 6 and item.entry_unit_id is None:
            return "此指标没有责任单位，不能填报"
        if col == 7 and r.rate is not None:
            goal = "本期节点" if r.milestone else "目标值"
            return f"按{goal}计算；应达到 {r.expected:.0%}"
        return self.display(item, col)

    def extra_data(self, item: IndicatorItem, col: int, role: int):
        if role == Qt.ItemDataRole.EditRole:
            return self.display(item, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        light = item.data.light
        if col == STATUS_COL and light:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#" + light.fill)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4, 5, 6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        editable = index.isValid() and bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if not editable or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        text = str(value or "").strip()
        if text == self.display(item, ACTUAL_COL):
            return False
        self.edit_requested.emit([(item, text)])
        return True
