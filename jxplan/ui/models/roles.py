"""Custom item-data roles shared by the table models (and the dashboard's sorting proxy)."""

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole  # native value the proxy sorts by (numbers, positions, dates)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself, behind any index of the table
