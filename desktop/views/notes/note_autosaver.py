"""NoteAutosaver: saves notes off the GUI thread, one write at a time, and never drops a text.

The GUI thread hands over a SaveRequest (a snapshot of a note: plain strings); a single-thread
QThreadPool runs db.api.save_note on it; the result comes back through a queued signal. Nothing in
the worker touches a widget.

- Single writer: at most one save is in flight; later requests for a note replace the queued one
  (only the newest text matters), so a burst of edits costs one write.
- Nothing is lost: a request stays in `unsaved` until the store confirmed it. A failed save (disk full,
  locked, read-only...) is reported with `failed` and retried every `retry_ms` until it succeeds; the
  owner also resubmits on the next edit. A note that vanished (trash emptied elsewhere) is re-created
  with the text, and `recreated(old_uid, new_uid)` says so.
- flush() saves everything synchronously and returns once the store has it (for closeEvent).
- rescue() is the last resort when the process ends and the store still refuses the texts (a failed flush
  at exit, logout or SIGTERM): it writes them to `unsaved-notes-<time>.md` in the data folder (the system's
  temporary folder if that fails too, stderr as a last resort), logs where, and the next start says so.
"""
from __future__ import annotations

import itertools
import logging
import re
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from db import api
from db.errors import StoreError

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

_SEQ = itertools.count(1)
RESCUE_GLOB = "unsaved-notes-*.md"  # texts the store refused when the app ended, in the data folder


@dataclass(frozen=True)
class SaveRequest:
    """What to write: a snapshot of one note. tags/links None = leave them as they are."""
    uid: str
    title: str
    body: str
    tags: tuple[str, ...] | None = None
    links: tuple | None = None
    checkpoint: bool = False
    seq: int = field(default_factory=lambda: next(_SEQ))


@dataclass(frozen=True)
class SaveResult:
    request: SaveRequest
    change: object | None = None  # ChangeSet on success
    error: BaseException | None = None
    new_uid: str | None = None  # set when the note had vanished and was re-created

    @property
    def ok(self) -> bool:
        return self.error is None


def perform_save(database: Path, req: SaveRequest) -> SaveResult:
    """The write itself (runs on the worker thread, or on the GUI thread in flush()). Never raises."""
    try:
        change = api.save_note(database, req.uid, req.title, req.body, tags=req.tags, links=req.links,
                               checkpoint=req.checkpoint)
        return SaveResult(req, change)
    except StoreError as exc:
        return SaveResult(req, error=exc)
    except Exception as exc:  # noqa: BLE001 - reported to the user, the text stays in the editor
        from db.errors import UnknownNoteError
        if isinstance(exc, UnknownNoteError):
            try:
                uid, change = api.create_note(database, req.title, req.body, tags=tuple(req.tags or ()),
                                              links=tuple(req.links or ()))
                return SaveResult(req, change, new_uid=uid)
            except Exception as again:  # noqa: BLE001
                exc = again
        log.exception("saving note %s failed", req.uid)
        return SaveResult(req, error=exc)


class _SaveJob(QRunnable):
    def __init__(self, database: Path, request: SaveRequest, sink):
        super().__init__()
        self.setAutoDelete(True)
        self._database, self._request, self._sink = database, request, sink

    def run(self) -> None:
        self._sink(perform_save(self._database, self._request))


class _Relay(QObject):
    """Lives in the GUI thread: a signal emitted from the worker reaches its slots queued."""
    done = Signal(object)  # SaveResult


class NoteAutosaver(QObject):
    saved = Signal(str, object)  # uid, ChangeSet — the store has this text
    failed = Signal(str, object)  # uid, exception — the text is kept and the save will be retried
    recreated = Signal(str, str)  # old uid, new uid
    state_changed = Signal()  # busy / failing / unsaved changed

    def __init__(self, database: Path, parent: QObject | None = None, retry_ms: int = 5000):
        super().__init__(parent)
        self.database = Path(database)
        # created before the relay, so destroyed (waiting for a running save) before it
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._lock = threading.Lock()
        self._results: dict[int, SaveResult] = {}
        self._idle = threading.Event()
        self._idle.set()
        self._queue: OrderedDict[str, SaveRequest] = OrderedDict()
        self._unsaved: dict[str, SaveRequest] = {}
        self._inflight: SaveRequest | None = None
        self._flushing = False
        self._rescued: dict[str, int] = {}  # uid -> seq of the text already written by rescue()
        self.last_error: BaseException | None = None
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry)

    # state ------------------------------------------------------------------
    def pending(self, uid: str) -> SaveRequest | None:
        """The newest text of `uid` that the store has not confirmed yet (or None)."""
        return self._unsaved.get(uid)

    def has_unsaved(self, uid: str | None = None) -> bool:
        return bool(self._unsaved) if uid is None else uid in self._unsaved

    @property
    def busy(self) -> bool:
        return self._inflight is not None

    @property
    def failing(self) -> bool:
        return self.last_error is not None

    # requests ---------------------------------------------------------------
    def submit(self, request: SaveRequest) -> None:
        """Save `request` in the background (it replaces any older queued text of the same note)."""
        self._unsaved[request.uid] = request
        self._queue[request.uid] = request
        self._queue.move_to_end(request.uid)
        self._pump()
        self.state_changed.emit()

    def retry(self) -> None:
        """Queue again every text the store has not confirmed (the retry timer calls this)."""
        for uid, req in self._unsaved.items():
            if uid not in self._queue and (self._inflight is None or self._inflight.seq != req.seq):
                self._queue[uid] = req
        self._pump()

    def flush(self, timeout_ms: int = 30_000) -> bool:
        """Save everything now, on this thread; True once the store has every text."""
        self._flushing = True
        try:
            if self._inflight is not None:
                if not self._idle.wait(timeout_ms / 1000):
                    return False
                result = self._take(self._inflight.seq)
                if result is not None:
                    self._handle(result)
            for uid, req in list(self._unsaved.items()):
                if uid not in self._queue:
                    self._queue[uid] = req
            while self._queue:
                _uid, req = self._queue.popitem(last=False)
                self._handle(perform_save(self.database, req))
        finally:
            self._flushing = False
        self.state_changed.emit()
        if self._unsaved:
            self.retry_timer.start()
        return not self._unsaved

    def rescue(self, folder: Path | None = None) -> Path | None:
        """Write every text the store has not confirmed (and not rescued already) to a new Markdown file in
        `folder` (the data folder by default); returns the file, or None if there was nothing to write or no
        folder took it (the texts then go to stderr). For the end of the process only: the texts stay pending."""
        todo = [r for r in self._unsaved.values() if self._rescued.get(r.uid) != r.seq]
        if not todo:
            return None
        text = rescue_markdown(todo, self.last_error)
        name = time.strftime("unsaved-notes-%Y%m%d-%H%M%S.md")
        for place in (Path(folder) if folder is not None else self.database.parent, Path(tempfile.gettempdir())):
            target = place / name
            n = 1
            while target.exists():
                n += 1
                target = place / name.replace(".md", f"-{n}.md")
            try:
                api.atomic_write(target, text.encode("utf-8"))
            except Exception as exc:  # noqa: BLE001 - try the next place; the text must go somewhere
                log.error("could not write the unsaved notes to %s: %s", target, exc)
                continue
            log.error("the store refused %d note(s) at exit; their text is in %s", len(todo), target)
            self._rescued.update((r.uid, r.seq) for r in todo)
            return target
        log.error("the store refused %d note(s) at exit and no folder took them; they follow on stderr", len(todo))
        sys.stderr.write(text)
        sys.stderr.flush()
        self._rescued.update((r.uid, r.seq) for r in todo)
        return None

    def forget(self, uid: str) -> None:
        """Drop what is queued for `uid` (the user deleted it for good); a running save still completes."""
        self._queue.pop(uid, None)
        self._unsaved.pop(uid, None)

    # worker side ------------------------------------------------------------
    def _pump(self) -> None:
        if self._inflight is not None or not self._queue or self._flushing:
            return
        _uid, req = self._queue.popitem(last=False)
        self._inflight = req
        self._idle.clear()
        self._pool.start(_SaveJob(self.database, req, self._deliver))

    def _deliver(self, result: SaveResult) -> None:
        """Worker thread: keep the result for flush(), wake it, and post it to the GUI thread."""
        with self._lock:
            self._results[result.request.seq] = result
        self._idle.set()
        try:
            self._relay.done.emit(result)
        except RuntimeError:  # the autosaver was deleted meanwhile
            pass

    def _take(self, seq: int) -> SaveResult | None:
        with self._lock:
            return self._results.pop(seq, None)

    def _on_done(self, result: SaveResult) -> None:
        if self._take(result.request.seq) is None:
            return  # flush() handled it already
        self._handle(result)
        self._pump()
        self.state_changed.emit()

    def _handle(self, result: SaveResult) -> None:
        req = result.request
        if self._inflight is not None and self._inflight.seq == req.seq:
            self._inflight = None
        if not result.ok:
            self.last_error = result.error
            if not self.retry_timer.isActive():
                self.retry_timer.start()
            self.failed.emit(req.uid, result.error)
            return
        current = self._unsaved.get(req.uid)
        uid = req.uid
        if result.new_uid is not None:
            uid = result.new_uid
            self._queue.pop(req.uid, None)
            self._unsaved.pop(req.uid, None)
            if current is not None and current.seq != req.seq:
                # newer text was typed meanwhile: it goes to the re-created note
                moved = SaveRequest(uid, current.title, current.body, current.tags, current.links,
                                    current.checkpoint)
                self._unsaved[uid] = self._queue[uid] = moved
            self.recreated.emit(req.uid, uid)
        elif current is not None and current.seq == req.seq:
            del self._unsaved[req.uid]
        self.last_error = None  # the store takes writes again: retry the others now
        if self._unsaved:
            self.retry()
        else:
            self.retry_timer.stop()
        self.saved.emit(uid, result.change)


def rescue_markdown(requests: list[SaveRequest], error: BaseException | None) -> str:
    """The texts of `requests` as one Markdown file, each under its title, with why they are there."""
    why = getattr(error, "message", None) or (f"{type(error).__name__}: {error}" if error else "")
    lines = [translate("NoteAutosaver", "# Notes ChipLens could not save"), "",
             translate("NoteAutosaver", "ChipLens was closing and the store did not take these texts (%1). Each is the note as it was "
                 "last typed: copy it back into the note.").replace("%1", why or translate("NoteAutosaver", "no reason given")), ""]
    for req in requests:
        lines += ["## " + (req.title or translate("NoteAutosaver", "Untitled")), "",
                  translate("NoteAutosaver", "Note id: %1").replace("%1", req.uid)]
        if req.tags:
            lines.append(translate("NoteAutosaver", "Tags: %1").replace("%1", ", ".join(req.tags)))
        fence = "~" * max([4] + [len(run) + 1 for run in re.findall("~+", req.body)])  # longer than any in it
        lines += ["", fence + "markdown", req.body, fence, ""]
    return "\n".join(lines)
