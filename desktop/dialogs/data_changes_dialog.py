"""Help ▸ What's new in the data: what changed in the bundled data since an earlier release.

Shown once, without blocking the window, after an upgrade brought a new data release to a store that held an
older one; always from the Help menu. The lines are phrased by desktop.present.data_changes (the same as
`chiplens data changes`).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMenu, QTextBrowser,
                               QVBoxLayout, QWidget)

from db.api.compare import PLAIN, NumberStyle
from db.dto import DataChangesDTO, DataReleaseDTO
from desktop.present import dates

SEEN_KEY = "data/whats_new_seen"  # "<release>@<database>": the store whose upgrade was already shown


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def changes_html(all_changes: list[DataChangesDTO], style: NumberStyle = PLAIN) -> str:
    from desktop.present.data_changes import heading, sections, summary  # loaded with the dialog, not at start
    parts = []
    for changes in all_changes:
        parts.append(f"<h3>{html.escape(heading(changes, _translate))}</h3>"
                     f"<p>{html.escape(summary(changes, _translate))}</p>")
        for s in sections(changes, _translate, style):
            items = "".join(f"<li>{html.escape(line)}</li>" for line in s.lines)
            parts.append(f"<p><b>{html.escape(s.title)}</b></p><ul>{items}</ul>")
    return "".join(parts)


class DataChangesDialog(QDialog):
    """The changes of every release after the chosen one (default: the store's previous release)."""

    def __init__(self, library, release: DataReleaseDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.release = release
        self.setObjectName("dataChangesDialog")
        self.setWindowTitle(self.tr("What's new in the data"))
        self.setModal(False)
        self.title = QLabel(self)
        self.title.setObjectName("dataReleaseLabel")
        self.title.setWordWrap(True)
        from desktop.present.data_changes import release_line
        title = "<b>" + html.escape(release_line(release, _translate)) + "</b>"
        if release.previous and release.previous != release.version:
            title += " · " + html.escape(self.tr("your data was release %1 before this upgrade").replace(
                "%1", release.previous))
        self.title.setText(title)
        self.since_box = QComboBox(self)
        self.since_box.setObjectName("sinceBox")
        earlier = [(v, d) for v, d in release.known if v != release.version]
        for version, date in reversed(earlier):  # the newest first
            self.since_box.addItem(f"{version} ({dates.day(date)})", version)  # the window's language
        default = release.previous if release.previous in {v for v, _ in earlier} else (earlier[-1][0] if earlier else None)
        if default is not None:
            self.since_box.setCurrentIndex(self.since_box.findData(default))
        self.since_box.currentIndexChanged.connect(self._refresh)
        since = QLabel(self.tr("Changes since release:"), self)
        since.setBuddy(self.since_box)
        self.view = QTextBrowser(self)
        self.view.setObjectName("dataChangesView")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("What changed in the data"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(since)
        row.addWidget(self.since_box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._refresh()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 80), min(640, screen.height() - 80))

    def _refresh(self) -> None:
        since = self.since_box.currentData()
        self.changes = self.library.releases.changes(since) if since else []
        text = changes_html(self.changes, self.library.style)
        if not text:
            text = "<p>" + html.escape(self.tr("No earlier data release to compare with.")) + "</p>"
        self.view.setHtml(text)


def show_changes(window) -> DataChangesDialog | None:
    """Open the dialog beside the window (not modal); None if the data has no release."""
    release = window.store.library.releases.current()
    if release is None:
        return None
    dialog = DataChangesDialog(window.store.library, release, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.data_changes_dialog = dialog
    return dialog


def show_once_after_upgrade(window) -> DataChangesDialog | None:
    """After an upgrade brought a new data release to this store, show what changed, once."""
    release = window.store.library.releases.current()
    if release is None or not release.previous or release.previous == release.version:
        return None
    seen = f"{release.version}@{window.store.database}"
    settings = window.settings
    if getattr(window, "_data_changes_shown", None) == seen or (settings is not None
                                                                and settings.value(SEEN_KEY) == seen):
        return None
    window._data_changes_shown = seen
    if settings is not None:
        settings.setValue(SEEN_KEY, seen)
    return show_changes(window)


def install(window, help_menu: QMenu) -> None:
    """Help ▸ What's new in the data, and its one showing after an upgrade (once the window is painted)."""
    action = QAction(QCoreApplication.translate("MainWindow", "What's &new in the data…"), window)
    action.setObjectName("whatsNewInTheData")
    action.triggered.connect(lambda: show_changes(window))
    help_menu.addAction(action)
    window.data_changes_dialog = None
    # after the first paint, and after whatever else waits for it (--quit-when-ready exits first)
    window.ready.connect(lambda: QTimer.singleShot(0, window, lambda: show_once_after_upgrade(window)))
