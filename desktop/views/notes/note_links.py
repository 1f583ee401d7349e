"""NoteLinks: the links of the open note (devices, pairing, event, source) as chips, each with a menu to
remove it, and a button that links the note to what is on screen."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.views.flow_layout import FlowLayout

# a symbol per kind, so the kind never rests on colour alone
LINK_SYMBOLS = {"device": "▣", "pairing": "⇄", "event": "◆", "source": "❝"}


def link_key(link) -> tuple[str, str]:
    """(kind, target) of a stored link (a NoteLink DTO) or of a link made here (a tuple)."""
    return (link.kind, link.target) if hasattr(link, "kind") else (link[0], link[1])


class NoteLinks(QWidget):
    links_edited = Signal()  # the user added or removed a link

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Links of the note"))
        self._links: tuple = ()
        self._context_links: list[tuple[str, str]] = []
        self.links_layout = FlowLayout(self)
        self.link_context_button = QToolButton(self)
        self.link_context_button.setText(self.tr("＋ Link to on screen"))
        self.link_context_button.setAccessibleName(self.tr("Link the note to what is on screen"))
        self.link_context_button.clicked.connect(self.link_to_context)

    def links(self) -> tuple:
        return self._links

    def keys(self) -> tuple[tuple[str, str], ...]:
        return tuple(link_key(link) for link in self._links)

    def set_links(self, links) -> None:
        """Show the links of a note just opened (the user did not edit them)."""
        self._links = links
        self._show_links()

    def set_context_links(self, links: list[tuple[str, str]]) -> None:
        """The links a note gets from what is on screen; the button shows while the note lacks one of them."""
        self._context_links = list(links)
        self._update_link_button()

    def set_read_only(self, read_only: bool) -> None:
        self.link_context_button.setEnabled(not read_only)

    def link_to_context(self) -> None:
        have = set(self.keys())
        extra = [k for k in self._context_links if k not in have]
        if not extra:
            return
        self._links = tuple(self._links) + tuple(extra)
        self._show_links()
        self.links_edited.emit()

    def remove_link(self, key: tuple[str, str]) -> None:
        self._links = tuple(link for link in self._links if link_key(link) != key)
        self._show_links()
        self.links_edited.emit()

    def _show_links(self) -> None:
        while self.links_layout.count():
            item = self.links_layout.takeAt(0)
            w = item.widget()
            if w is not None and w is not self.link_context_button:
                w.deleteLater()
        for link in self._links:
            self.links_layout.addWidget(self._chip(link))
        self.links_layout.addWidget(self.link_context_button)
        self.link_context_button.show()
        self._update_link_button()

    def _chip(self, link) -> QToolButton:
        key = link_key(link)
        label = getattr(link, "label", "") or key[1]
        missing = getattr(link, "missing", False)
        chip = QToolButton(self)
        text = f"{LINK_SYMBOLS.get(key[0], '•')} {label}"
        if missing:
            text += " " + self.tr("(missing)")
        chip.setText(text)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        kind = {"device": self.tr("Device"), "pairing": self.tr("Pairing"), "event": self.tr("Event"),
                "source": self.tr("Source")}.get(key[0], key[0])
        tip = f"{kind}: {label} ({key[1]})"
        if missing:
            tip += "\n" + self.tr("It no longer exists in the database; the link is kept.")
        chip.setToolTip(tip)
        chip.setAccessibleName(tip)
        menu = QMenu(chip)
        menu.addAction(self.tr("Remove this link"), lambda k=key: self.remove_link(k))
        chip.setMenu(menu)
        chip.setObjectName("noteLinkMissing" if missing else "noteLink")
        chip.setStyleSheet("QToolButton { padding-right: 14px; }")
        return chip

    def _update_link_button(self) -> None:
        have = set(self.keys())
        self.link_context_button.setVisible(any(k not in have for k in self._context_links))
