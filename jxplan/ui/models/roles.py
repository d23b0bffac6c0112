"""Custom item-data roles shared by the table models and their filter proxies."""

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole  # native value the proxy sorts by (numbers, positions, dates)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself; survives proxy mapping
