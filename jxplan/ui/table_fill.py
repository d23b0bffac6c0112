"""Fill a read-only QTableWidget from plain rows of text, each cell with its full text as a tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    """Plain read-only rows; every cell carries its full text as a tooltip, so nothing is hidden by a narrow column."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
