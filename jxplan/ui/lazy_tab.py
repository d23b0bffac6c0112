"""A tab whose page is built the first time it is shown or asked for, so start-up builds only the first tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTab:
    """Holds a placeholder in `tabs` until `page()` builds the real page, puts it in the same place and feeds it."""

    def __init__(self, tabs: QTabWidget, title: str, build: Callable[[], QWidget], feed: Callable[[QWidget], None]):
        self.tabs, self._build, self._feed = tabs, build, feed
        self.built: QWidget | None = None
        self._placeholder = QWidget()
        tabs.addTab(self._placeholder, title)

    @property
    def widget(self) -> QWidget:
        """What sits in the tab now: the page once built, else the placeholder."""
        return self.built or self._placeholder

    def page(self) -> QWidget:
        if self.built is None:
            page = self._build()
            tabs, i = self.tabs, self.tabs.indexOf(self._placeholder)
            visible, text, current = tabs.isTabVisible(i), tabs.tabText(i), tabs.currentIndex()
            with QSignalBlocker(tabs):  # the swap is not a change of tab for the window
                tabs.removeTab(i)
                tabs.insertTab(i, page, text)
                tabs.setTabVisible(i, visible)
                tabs.setCurrentIndex(current)
            self._placeholder.deleteLater()
            self.built = page
            self._feed(page)
        return self.built
