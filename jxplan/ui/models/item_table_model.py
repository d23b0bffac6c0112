"""Table model of tasks or key works with this period's status, filtered by search, section and role."""

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jxplan.core.model import KeyWork, Task
from jxplan.ui.models.item_rows import ItemRow
from jxplan.ui.models.row_table_model import FilteredRowModel

Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple):
    header: str
    text: Callable[[ItemRow], str]
    sort: Callable[[ItemRow], object]
    width: int = 80  # in average character widths, scaled by the view


def _percent(row: ItemRow) -> str:
    p = row.state.percent
    return "" if p is None else f"{p:g}%"


def _updated(row: ItemRow) -> str:
    return row.updated_at[:16].replace("T", " ")


def _deadline(row: ItemRow) -> str:
    item = row.item
    return (item.deadline or item.deadline_text) if isinstance(item, Task) else ""


def _status_sort(row: ItemRow) -> int:
    # 滞后 first when sorted ascending: what needs attention comes to the top.
    order = {"滞后": 0, "未填报": 1, "未启动": 2, "序时推进": 3, "已完成": 4}
    return order.get(row.state.label, 5)


_STATUS = Column("本期状态", lambda r: r.state.label, _status_sort, 7)
_PERCENT = Column("进度", _percent, lambda r: -1 if r.state.percent is None else r.state.percent, 5)
_LEAD = Column("牵头单位", lambda r: r.lead_name, lambda r: r.lead_name, 9)
_COOPS = Column("配合单位", lambda r: "、".join(r.coop_names), lambda r: "、".join(r.coop_names), 12)
_UPDATED = Column("最近更新", _updated, lambda r: r.updated_at, 13)
_NUMBER = Column("编号", lambda r: r.item.number, lambda r: r.item.position, 4)
# Status comes right after the title: it is what the clerk scans for, and must be visible on a 1366-wide screen.
TASK_COLUMNS = (
    _NUMBER,
    Column("重点任务", lambda r: r.title, lambda r: r.title, 20),
    _STATUS,
    _PERCENT,
    _LEAD,
    _COOPS,
    Column("完成时限", _deadline, _deadline, 9),
    _UPDATED,
)
KEY_WORK_COLUMNS = (
    _NUMBER,
    Column("类别", lambda r: r.item.category if isinstance(r.item, KeyWork) else "", lambda r: r.item.position, 7),
    Column("重点工作", lambda r: r.title, lambda r: r.title, 18),
    _STATUS,
    _PERCENT,
    _LEAD,
    _COOPS,
    _UPDATED,
)
STATUS_HEADER = "本期状态"


class ItemTableModel(FilteredRowModel):
    """Read-only rows of tasks or key works; the status column carries its light colour and the suggestion's reason."""

    def __init__(self, columns: tuple[Column, ...], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.headers = tuple(c.header for c in columns)
        self._status_col = next(i for i, c in enumerate(columns) if c.header == STATUS_HEADER)

    def row_key(self, row: ItemRow) -> tuple[str, int]:
        return row.key

    def display(self, row: ItemRow, column: int) -> str:
        return self.columns[column].text(row)

    def sort_key(self, row: ItemRow, column: int) -> object:
        return self.columns[column].sort(row)

    def extra_data(self, row: ItemRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self._status_col and row.state.suggestion:
                return f"按序时进度：{row.state.suggestion.reason}"
            return self.display(row, column)
        if column == self._status_col and row.state.light:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#" + row.state.light.fill)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#000000")  # the light fill is pale: keep dark text in dark themes too
        return None
