"""Where the notes panel shows, so that opening it never squeezes the comparison's figures.

On a window with room for the comparison table (every figure whole), its chart column and the notes, the
notes are a dock at the right, beside both tabs. On a narrower window (a 1440- or 1280-pixel laptop screen)
they open as a tab of the window ("Notes", beside Comparison and Policy timeline) at the window's full width.
A window resized across that line moves the panel to the other place; the open note stays as it is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

NOTES_WIDTH = 340  # the notes dock's width beside the comparison
CHART_MIN = 440  # the comparison's right column (chart, calculator, sources) at its narrowest readable width
BESIDE, TAB = "beside", "tab"


class NotesHost(QObject):
    """Makes the notes panel on first use and shows it beside the tabs or as a tab of its own."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = None
        self.dock: QDockWidget | None = None
        self.placement: str | None = None  # BESIDE or TAB while shown; None while hidden
        self._pending = False  # the window's resizes are watched once the panel exists (load)

    def wanted(self) -> str:
        """BESIDE when the window has room for the table's figures, the chart column and the notes; else TAB."""
        needed = self.window.panel.needed_width() + CHART_MIN + NOTES_WIDTH
        return BESIDE if self.window.width() >= needed else TAB

    def load(self):
        """The notes panel and its dock, made once (after the first paints, like the timeline)."""
        if self.panel is not None:
            return self.panel
        from desktop.views.notes.notes_panel import NotesPanel
        w = self.window
        self.panel = NotesPanel(w.store, w)
        self.panel.setObjectName("notesPanel")
        self.dock = QDockWidget(QCoreApplication.translate("MainWindow", "Notes"), w)
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.panel)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_visibility)
        w.installEventFilter(self)  # a resize may move the panel beside the tabs or into one
        return self.panel

    def show(self) -> None:
        """Show the notes where they fit, and bring them forward."""
        self.load()
        self._place(self.wanted())
        if self.placement == BESIDE:
            self.dock.raise_()
        else:
            self.window.tabs.setCurrentWidget(self.panel)

    def hide(self) -> None:
        if self.panel is None or self.placement is None:
            return
        self.panel.flush()
        if self.placement == BESIDE:
            self.dock.hide()
        else:
            self._remove_tab()
        self.placement = None

    def shown(self) -> bool:
        return self.placement is not None

    def _place(self, where: str) -> None:
        if where == self.placement:
            if where == BESIDE:
                self.dock.show()
            return
        w = self.window
        if where == BESIDE:
            self._remove_tab()
            if self.dock.widget() is not self.panel:
                self.dock.setWidget(self.panel)
            self.placement = BESIDE
            self.dock.show()
            w.resizeDocks([self.dock], [NOTES_WIDTH], Qt.Orientation.Horizontal)
        else:
            self.placement = TAB
            self.dock.hide()
            current = w.tabs.currentWidget()
            w.tabs.addTab(self.panel, QCoreApplication.translate("MainWindow", "Notes"))  # takes the panel out of the dock
            self.panel.show()
            w.tabs.setCurrentWidget(current)

    def _remove_tab(self) -> None:
        index = self.window.tabs.indexOf(self.panel)
        if index >= 0:
            self.window.tabs.removeTab(index)

    def _dock_visibility(self, visible: bool) -> None:
        """The dock closed by its own button: the notes are hidden (the open note saved)."""
        if not visible and self.placement == BESIDE and not self.dock.isVisible() and not self.window.isMinimized():
            self.panel.flush()
            self.placement = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Resize and self.placement is not None \
                and not self._pending:
            self._pending = True  # once the resize is done: moving the panel resizes the window's parts again
            QTimer.singleShot(0, self._replace)
        return False

    def _replace(self) -> None:
        self._pending = False
        if self.placement is not None and self.wanted() != self.placement:
            was_current = self.window.tabs.currentWidget() is self.panel
            self._place(self.wanted())
            if was_current and self.placement == BESIDE:
                self.window.tabs.setCurrentIndex(0)
