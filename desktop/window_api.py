"""What the window's action groups (the Data menu, exports) may ask of the window: a narrow protocol, so that
they depend on these few members and not on MainWindow and its widgets (and MainWindow, which builds them,
is not imported back)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QScreen, QUndoStack
from PySide6.QtWidgets import QStatusBar

from db.dto import ComparisonDTO, EventDTO, PairingDTO


@dataclass(frozen=True)
class TimelineShown:
    """The policy timeline as the window shows it: its events after the filters, and the days in view."""
    events: list[EventDTO]
    period: tuple[str, str] | None  # first and last ISO day on screen; None before the chart is drawn


@dataclass(frozen=True)
class CurrentView:
    """What the window shows now, for the exports: which view has the user's attention and what each holds."""
    focus: str  # "compare", "timeline" or "note"
    comparison: ComparisonDTO | None
    note_uid: str | None  # the note open in the notes panel, saved up to its last keystroke
    timeline: TimelineShown | None  # None until the timeline tab is built


class MetricCursor(Protocol):
    def current_metric(self) -> str | None: ...


class WindowApi(Protocol):
    """The main window as the catalog actions see it (MainWindow implements it; it is also the parent widget
    of their dialogs and menus)."""

    store: object  # desktop.store.Store
    settings: QSettings | None  # the window's settings (None in tests that keep none)
    app_settings: object | None  # desktop.settings.AppSettings of the session, once the GUI start sets it
    comparison: ComparisonDTO | None
    pairings: list[PairingDTO]
    panel: MetricCursor
    undo_stack: QUndoStack

    def current_pairing_slug(self) -> str | None: ...
    def current_view(self) -> CurrentView: ...
    def set_devices(self, slugs, baseline: int = 1, quiet: bool = False) -> bool: ...
    def reload_events(self, select: str | None = None) -> None: ...
    def team(self): ...  # desktop.team_link.TeamLink: the team library (issue 24)
    def statusBar(self) -> QStatusBar: ...  # noqa: N802  (Qt's name)
    def screen(self) -> QScreen | None: ...
    def addAction(self, action: QAction) -> None: ...  # noqa: N802  (Qt's name)

