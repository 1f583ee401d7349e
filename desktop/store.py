"""Store: the Qt-side facade over db.api. Views never query; they ask the Store.

Every write returns a ChangeSet that the Store broadcasts through `changed(change_set, initiator)`;
each panel decides whether to refresh (and skips changes it made itself).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from db import api
from db.dto import (CatalogEditDTO, ChangeSet, ComparisonDTO, ComponentDTO, DeviceDTO, EventDTO, MetricDTO,
                    OrganisationDTO, PairingDTO, ScaleMatchDTO, SourceDTO, ValueDTO)
from db.units import NumberStyle

if TYPE_CHECKING:
    from db.dto import NoteDTO, NoteHitDTO, NoteSummaryDTO, NoteVersionDTO


def locale_style(locale: QLocale | None = None) -> NumberStyle:
    """The user's decimal point and group separator, for the one unit formatter."""
    loc = locale or QLocale()
    return NumberStyle(group=loc.groupSeparator(), point=loc.decimalPoint())


class Store(QObject):
    changed = Signal(object, object)  # ChangeSet, initiator (or None)

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.database = Path(database)
        self.style = locale_style()
        self._devices: list[DeviceDTO] | None = None

    # reads -------------------------------------------------------------
    def devices(self) -> list[DeviceDTO]:
        if self._devices is None:
            self._devices = api.list_devices(self.database)
        return self._devices

    def device(self, slug: str) -> DeviceDTO | None:
        return next((d for d in self.devices() if d.slug == slug), None)

    def pairings(self) -> list[PairingDTO]:
        return api.list_pairings(self.database)

    def metrics(self) -> list[MetricDTO]:
        return api.list_metrics(self.database)

    def compare(self, a: str, b: str) -> ComparisonDTO:
        return api.compare(self.database, a, b, self.style)

    def scale_to_match(self, comparison: ComparisonDTO, metric_key: str, index: int | None = None) -> ScaleMatchDTO:
        return api.scale_to_match(comparison, metric_key, self.style, index)

    def compare_many(self, slugs, baseline: int | None = None) -> ComparisonDTO:
        """2 to 4 devices (slugs, names or aliases), ratios against the `baseline` column (default the second)."""
        return api.compare_many(self.database, list(slugs), baseline, self.style)

    # editing the catalog (every edit returns a CatalogEditDTO for undo / redo) ----------------
    def sources(self) -> list[SourceDTO]:
        return api.list_sources(self.database)

    def organisations(self) -> list[OrganisationDTO]:
        return api.list_organisations(self.database)

    def value(self, uid: str) -> ValueDTO | None:
        return api.get_value(self.database, uid)

    def components(self, slug: str) -> list[ComponentDTO]:
        return api.device_components(self.database, slug)

    def save_device(self, fields: dict, slug: str | None = None, initiator=None) -> CatalogEditDTO:
        return self._edited(api.save_device(self.database, fields, slug), initiator)

    def save_source(self, fields: dict, key: str | None = None, initiator=None) -> CatalogEditDTO:
        return self._edited(api.save_source(self.database, fields, key), initiator)

    def save_value(self, fields: dict, uid: str | None = None, initiator=None) -> CatalogEditDTO:
        return self._edited(api.save_value(self.database, fields, uid, self.style), initiator)

    def delete_value(self, uid: str, initiator=None) -> CatalogEditDTO:
        return self._edited(api.delete_value(self.database, uid), initiator)

    def save_group(self, name: str, slugs, baseline: int = 1, slug: str | None = None,
                   initiator=None) -> CatalogEditDTO:
        return self._edited(api.save_group(self.database, name, list(slugs), baseline, slug), initiator)

    def delete_pairing(self, slug: str, initiator=None) -> CatalogEditDTO:
        return self._edited(api.delete_pairing(self.database, slug), initiator)

    def undo_edit(self, edit: CatalogEditDTO, initiator=None) -> None:
        self._emit(api.undo_edit(self.database, edit), initiator)

    def redo_edit(self, edit: CatalogEditDTO, initiator=None) -> None:
        self._emit(api.redo_edit(self.database, edit), initiator)

    def _edited(self, result: tuple[CatalogEditDTO, ChangeSet], initiator) -> CatalogEditDTO:
        edit, change = result
        self._emit(change, initiator)
        return edit

    def events(self) -> list[EventDTO]:
        return api.list_events(self.database)

    # writes ------------------------------------------------------------
    def choose_value(self, device_slug: str, metric_key: str, value_uid: str | None, initiator=None) -> None:
        self._emit(api.choose_value(self.database, device_slug, metric_key, value_uid), initiator)

    def save_pairing(self, name: str, a: str, b: str, initiator=None) -> str:
        slug, change = api.save_pairing(self.database, name, a, b)
        self._emit(change, initiator)
        return slug

    def save_event(self, fields: dict, uid: str | None = None, initiator=None) -> str:
        """Create (uid None) or edit a user event; EventValidationError lists what is wrong."""
        saved, change = api.save_event(self.database, fields, uid)
        self._emit(change, initiator)
        return saved

    def delete_event(self, uid: str, initiator=None) -> EventDTO:
        """Delete a user event and return it as it was, for undo."""
        event, change = api.delete_event(self.database, uid)
        self._emit(change, initiator)
        return event

    def restore_event(self, event: EventDTO, initiator=None) -> None:
        self._emit(api.restore_event(self.database, event), initiator)

    def export_data(self, target: Path) -> int:
        return api.export_data(self.database, target)

    # notes -------------------------------------------------------------
    # Reads are short plain-sqlite calls on the GUI thread; autosave writes go through
    # desktop.views.notes.note_autosaver (a single-writer worker) and are broadcast with publish().
    def notes(self, tag: str | None = None, device: str | None = None, linked: tuple[str, str] | None = None,
              trash: bool = False, sort: str = "updated") -> list[NoteSummaryDTO]:
        return api.list_notes(self.database, tag=tag, device=device, linked=linked, trash=trash, sort=sort)

    def notes_linked(self, links: Iterable[tuple[str, str]], tag: str | None = None, device: str | None = None,
                     sort: str = "updated") -> list[NoteSummaryDTO]:
        """Notes (not in the trash) linked to any of `links` ((kind, target) pairs), each once."""
        seen: dict[str, NoteSummaryDTO] = {}
        for link in dict.fromkeys(links):
            for note in self.notes(tag=tag, device=device, linked=link, sort=sort):
                seen.setdefault(note.uid, note)
        out = list(seen.values())
        if sort == "title":
            out.sort(key=lambda n: (n.title.casefold(), n.uid))
        else:
            out.sort(key=lambda n: (n.updated, n.uid), reverse=True)
        return out

    def note(self, uid: str) -> NoteDTO:
        """The note with its body; UnknownNoteError if it no longer exists."""
        return api.get_note(self.database, uid)

    def note_tags(self) -> list[str]:
        """Every tag used by a note (trash included), sorted case-insensitively."""
        tags = {t for trash in (False, True) for n in self.notes(trash=trash) for t in n.tags}
        return sorted(tags, key=lambda t: (t.casefold(), t))

    def search_notes(self, query: str, tag: str | None = None, device: str | None = None,
                     limit: int = 200, linked_any=None) -> list[NoteHitDTO]:
        return api.search_notes(self.database, query, tag=tag, device=device, limit=limit, linked_any=linked_any)

    def note_versions(self, uid: str) -> list[NoteVersionDTO]:
        return api.list_versions(self.database, uid)

    def create_note(self, title: str, body: str = "", tags: Iterable[str] = (), links: Iterable = (),
                    initiator=None) -> str:
        uid, change = api.create_note(self.database, title, body, tags=tuple(tags), links=tuple(links))
        self._emit(change, initiator)
        return uid

    def save_note(self, uid: str, title: str, body: str, tags: Iterable[str] | None = None,
                  links: Iterable | None = None, checkpoint: bool = False, initiator=None) -> None:
        """A synchronous save (on the calling thread); the panel's autosave uses the worker instead."""
        change = api.save_note(self.database, uid, title, body, tags=None if tags is None else tuple(tags),
                               links=None if links is None else tuple(links), checkpoint=checkpoint)
        self._emit(change, initiator)

    def restore_note_version(self, uid: str, version_id: int, initiator=None) -> None:
        self._emit(api.restore_version(self.database, uid, version_id), initiator)

    def delete_note(self, uid: str, initiator=None) -> None:
        """Move a note to the trash (undelete_note brings it back)."""
        self._emit(api.delete_note(self.database, uid), initiator)

    def undelete_note(self, uid: str, initiator=None) -> None:
        self._emit(api.undelete_note(self.database, uid), initiator)

    def empty_trash(self, initiator=None) -> int:
        count, change = api.empty_trash(self.database)
        self._emit(change, initiator)
        return count

    def export_notes(self, folder: Path, uids: Iterable[str] | None = None) -> list[Path]:
        return api.export_notes(self.database, Path(folder), None if uids is None else list(uids))

    def import_notes(self, source: Path, initiator=None) -> dict:
        report = api.import_notes(self.database, Path(source))
        self._emit(ChangeSet(frozenset({"note"})), initiator)
        return report

    def publish(self, change: ChangeSet, initiator=None) -> None:
        """Broadcast a ChangeSet from a write made off the GUI thread (the notes autosave worker)."""
        self._emit(change, initiator)

    def _emit(self, change: ChangeSet, initiator) -> None:
        if "seed" in change.kinds or "device" in change.kinds:
            self._devices = None
        self.changed.emit(change, initiator)
