"""TagEdit: a note's tags, comma-separated, completing the tag being typed from the tags already in use."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class TagEdit(QLineEdit):
    """Comma-separated tags, completing the tag being typed from the tags already in use."""

    tags_edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tag_model = QStringListModel(self)
        self.completer_ = QCompleter(self.tag_model, self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.activated[str].connect(self.insert_completion)
        self.textEdited.connect(self._edited)

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_model.setStringList(list(tags))

    def tags(self) -> tuple[str, ...]:
        out: dict[str, str] = {}
        for part in self.text().split(","):
            tag = " ".join(part.split())
            if tag:
                out.setdefault(tag.casefold(), tag)
        return tuple(out.values())

    def set_tags(self, tags) -> None:
        self.setText(", ".join(tags))

    def current_prefix(self) -> str:
        return self.text()[:self.cursorPosition()].split(",")[-1].strip()

    def completions(self) -> list[str]:
        """What the completer offers for the tag being typed."""
        out = []
        for i in range(self.completer_.completionCount()):
            self.completer_.setCurrentRow(i)
            out.append(self.completer_.currentCompletion())
        return out

    def _edited(self, _text: str) -> None:
        prefix = self.current_prefix()
        self.completer_.setCompletionPrefix(prefix)
        if prefix and self.completer_.completionCount() > 0 and self.isVisible():
            rect = self.cursorRect()
            rect.setWidth(max(160, self.completer_.popup().sizeHintForColumn(0) + 24))
            self.completer_.complete(rect)
        else:
            self.completer_.popup().hide()
        self.tags_edited.emit()

    def insert_completion(self, completion: str) -> None:
        before = self.text()[:self.cursorPosition()]
        after = self.text()[self.cursorPosition():]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        text = f"{head}{completion}, "
        self.setText(text + after.lstrip(", "))
        self.setCursorPosition(len(text))
        self.tags_edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.completer_.popup().isVisible() and event.key() in (
                Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)
