"""Table model of task status counts per unit (or section) for the dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from jxplan.core.status import Status
from jxplan.services.dashboard import STATUS_ORDER, CountRow
from jxplan.ui.models.row_table_model import RowTableModel

LAGGING_FILL = "#FFC7CE"


class CountTableModel(RowTableModel):
    def __init__(self, first_header: str, parent=None):
        super().__init__(parent)
        self.headers = (first_header, "任务数", *STATUS_ORDER)

    def row_key(self, row: CountRow) -> str:
        return row.name

    def sort_key(self, row: CountRow, col: int):
        if col == 0:
            return row.name
        if col == 1:
            return row.total
        return row.counts[STATUS_ORDER[col - 2]]

    def display(self, row: CountRow, col: int) -> str:
        value = self.sort_key(row, col)
        return "" if value == 0 and col > 1 else str(value)

    def extra_data(self, row: CountRow, col: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and col == 2 + STATUS_ORDER.index(Status.BEHIND.label)
            and row.lagging
        ):
            return QColor(LAGGING_FILL)
        return None
