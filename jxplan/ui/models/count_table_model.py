"""Table model of task status counts per unit (or section) for the dashboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jxplan.core.status import Status
from jxplan.services.dashboard import STATUS_ORDER, CountRow
from jxplan.ui.models.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default parent: the invisible root of a flat table
LAGGING_FILL = "#FFC7CE"


class CountTableModel(QAbstractTableModel):
    def __init__(self, first_header: str, parent=None):
        super().__init__(parent)
        self.headers = (first_header, "任务数", *STATUS_ORDER)
        self._rows: list[CountRow] = []

    def set_rows(self, rows: list[CountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CountRow]:
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def _value(self, row: CountRow, col: int):
        if col == 0:
            return row.name
        if col == 1:
            return row.total
        return row.counts[STATUS_ORDER[col - 2]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(row, col)
            return "" if value == 0 and col > 1 else str(value)
        if role == SORT_ROLE:
            return self._value(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and col == 2 + STATUS_ORDER.index(Status.BEHIND.label)
            and row.lagging
        ):
            return QBrush(QColor(LAGGING_FILL))
        if role == ROW_ROLE:
            return row
        return None
