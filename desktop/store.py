"""Store: a thin QObject over a db.api Library. Views never query; they ask the Store.

Every write returns a ChangeSet that the Store broadcasts through `changed(change_set, initiator)`;
each panel decides whether to refresh (and skips changes it made itself).
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from db.api import Library
from db.api.compare import NumberStyle
from desktop import i18n
from desktop.present import dates
from desktop.present.beyond_rows import add_beyond
from desktop.present.verdict_row import add_verdicts
from db.dto import (CatalogEditDTO, ChangeSet, ComparisonDTO, ComponentDTO, DeviceDTO, EventDTO, MetricDTO,
                    OrganisationDTO, PairingDTO, ScaleMatchDTO, SourceDTO, SourceQualityDTO, ValueDTO)

if TYPE_CHECKING:
    from db.dto import NoteDTO, NoteHitDTO, NoteQuery, NoteSummaryDTO, NoteVersionDTO

COMPARISONS_KEPT = 32


def locale_style(locale: QLocale | None = None, lang: str | None = None) -> NumberStyle:
    """How numbers read in the window, for the one unit formatter: in French and Chinese, the language's own style
    (separators, unit symbols: desktop.present.locale_style); in English (or without a language), the user's own
    decimal point and group separator from QLocale, as ChipLens has always written them."""
    from desktop.present.locale_style import number_style, with_separators
    if lang not in (None, "en"):
        return number_style(lang)
    loc = locale or QLocale()
    return with_separators("en", loc.groupSeparator(), loc.decimalPoint())


def window_count(n: int) -> str:
    """A count as the window writes its numbers, for a dialog or view that has no store at hand: '10 000' in French,
    in English the system's grouping (the store's own style, Store.style, is the same)."""
    from desktop.present import dates
    from desktop.present.locale_style import count_text
    return count_text(n, locale_style(lang=dates.language()))


class Store(QObject):
    changed = Signal(object, object)  # ChangeSet, initiator (or None)

    def __init__(self, database: Path, parent: QObject | None = None, language: str | None = None):
        super().__init__(parent)
        self.language = language or i18n.current()  # numbers and dates follow the window's language
        self.library = Library(database, locale_style(lang=self.language))
        dates.set_language(self.language)
        self.verdicts_on: str | None = None  # the comparison's export-control verdicts: today, or the map's date
        self._devices: list[DeviceDTO] | None = None
        # the comparisons shown lately, as built: switching back to a pairing reads nothing again; any broadcast
        # change but a note's forgets them all (connected first: every panel refreshing after it reads anew)
        self._comparisons: dict[tuple, ComparisonDTO] = {}
        self.changed.connect(self._forget_comparisons)

    @property
    def database(self) -> Path:
        return self.library.path

    @property
    def style(self) -> NumberStyle:
        return self.library.style

    def set_language(self, lang: str) -> None:
        """Numbers and dates in `lang` ('en', 'fr', 'zh_CN') from now on (View ▸ Language, before the window is
        rebuilt): '1 229 To/s' and '4 déc. 2026' in French. The comparisons kept were written in the old style."""
        self.language = lang
        self.library.style = locale_style(lang=lang)
        dates.set_language(lang)
        self._comparisons.clear()

    # reads -------------------------------------------------------------
    def devices(self) -> list[DeviceDTO]:
        if self._devices is None:
            self._devices = self.library.catalog.devices()
        return self._devices

    def device(self, slug: str) -> DeviceDTO | None:
        return next((d for d in self.devices() if d.slug == slug), None)

    def pairings(self) -> list[PairingDTO]:
        return self.library.catalog.pairings()

    def metrics(self) -> list[MetricDTO]:
        return self.library.catalog.metrics()

    def compare(self, a: str, b: str) -> ComparisonDTO:
        comparison = add_verdicts(self.library, self.library.compare.pair(a, b), self.verdicts_on,
                                  QCoreApplication.translate, self.style)
        return add_beyond(self.library, comparison, QCoreApplication.translate)  # and the Software and Supply groups

    def scale_to_match(self, comparison: ComparisonDTO, metric_key: str, index: int | None = None) -> ScaleMatchDTO:
        return self.library.compare.scale_to_match(comparison, metric_key, index)

    def compare_many(self, slugs, baseline: int | None = None, per_package: bool = False) -> ComparisonDTO:
        """2 to 4 devices (slugs, names or aliases), ratios against the `baseline` column (default the second);
        `per_package`: boards and superchips split per accelerator package."""
        # "today" moves at midnight; the rows built here speak the window's language (View ▸ Language)
        key = (tuple(slugs), baseline, per_package, self.verdicts_on, date.today(), i18n.current())
        if (cached := self._comparisons.get(key)) is not None:
            return cached
        comparison = self.library.compare.many(list(slugs), baseline, per_package=per_package)
        comparison = add_verdicts(self.library, comparison, self.verdicts_on,  # the export-control row, the map's date
                                  QCoreApplication.translate, self.style)
        comparison = add_beyond(self.library, comparison, QCoreApplication.translate)  # the Software and Supply groups
        while len(self._comparisons) >= COMPARISONS_KEPT:
            del self._comparisons[next(iter(self._comparisons))]
        self._comparisons[key] = comparison
        return comparison

    def _forget_comparisons(self, change: ChangeSet, _initiator=None) -> None:
        if not change.kinds <= {"note"}:  # a note shows nowhere in a comparison
            self._comparisons.clear()

    # editing the catalog (every edit returns a CatalogEditDTO for undo / redo) ----------------
    def sources(self) -> list[SourceDTO]:
        return self.library.catalog.sources()

    def organisations(self) -> list[OrganisationDTO]:
        return self.library.catalog.organisations()

    def value(self, uid: str) -> ValueDTO | None:
        return self.library.catalog.value(uid)

    def components(self, slug: str) -> list[ComponentDTO]:
        return self.library.catalog.components(slug)

    def save_device(self, fields: dict, slug: str | None = None, initiator=None) -> CatalogEditDTO:
        return self._edited(self.library.catalog.save_device(fields, slug), initiator)

    def save_source(self, fields: dict, key: str | None = None, initiator=None) -> CatalogEditDTO:
        return self._edited(self.library.catalog.save_source(fields, key), initiator)

    def save_value(self, fields: dict, uid: str | None = None, initiator=None) -> CatalogEditDTO:
        return self._edited(self.library.catalog.save_value(fields, uid, self.style), initiator)

    def delete_value(self, uid: str, initiator=None) -> CatalogEditDTO:
        return self._edited(self.library.catalog.delete_value(uid), initiator)

    def save_group(self, name: str, slugs, baseline: int = 1, slug: str | None = None,
                   initiator=None) -> CatalogEditDTO:
        return self._edited(self.library.catalog.save_group(name, list(slugs), baseline, slug), initiator)

    def delete_pairing(self, slug: str, initiator=None) -> CatalogEditDTO:
        return self._edited(self.library.catalog.delete_pairing(slug), initiator)

    def sources_overview(self) -> list[SourceQualityDTO]:
        """Every source as a citation: its figures, their carrier quality, the headline figures resting on it."""
        return self.library.catalog.sources_overview()

    def upgrade_citation(self, uid: str, source_key: str, carrier: str | None = None, note: str | None = None,
                         initiator=None) -> CatalogEditDTO:
        """The figure `uid` read on a better source: a new figure of the user's; the old one stays listed."""
        return self._edited(self.library.catalog.upgrade_citation(uid, source_key, carrier, note), initiator)

    def undo_edit(self, edit: CatalogEditDTO, initiator=None) -> None:
        self._emit(self.library.catalog.undo(edit), initiator)

    def redo_edit(self, edit: CatalogEditDTO, initiator=None) -> None:
        self._emit(self.library.catalog.redo(edit), initiator)

    def _edited(self, result: tuple[CatalogEditDTO, ChangeSet], initiator) -> CatalogEditDTO:
        edit, change = result
        self._emit(change, initiator)
        return edit

    def events(self) -> list[EventDTO]:
        return self.library.events.list()

    # writes ------------------------------------------------------------
    def choose_value(self, device_slug: str, metric_key: str, value_uid: str | None, initiator=None) -> None:
        self._emit(self.library.catalog.choose_value(device_slug, metric_key, value_uid), initiator)

    def save_pairing(self, name: str, a: str, b: str, initiator=None) -> str:
        slug, change = self.library.catalog.save_pairing(name, a, b)
        self._emit(change, initiator)
        return slug

    def save_event(self, fields: dict, uid: str | None = None, initiator=None) -> str:
        """Create (uid None) or edit a user event; EventValidationError lists what is wrong."""
        saved, change = self.library.events.save(fields, uid)
        self._emit(change, initiator)
        return saved

    def delete_event(self, uid: str, initiator=None) -> EventDTO:
        """Delete a user event and return it as it was, for undo."""
        event, change = self.library.events.delete(uid)
        self._emit(change, initiator)
        return event

    def restore_event(self, event: EventDTO, initiator=None) -> None:
        self._emit(self.library.events.restore(event), initiator)

    def export_data(self, target: Path) -> int:
        return self.library.exports.data(target)

    # notes -------------------------------------------------------------
    # Reads are short plain-sqlite calls on the GUI thread; autosave writes go through
    # desktop.views.notes.note_autosaver (a single-writer worker) and are broadcast with publish().
    def notes(self, tag: str | None = None, device: str | None = None, linked: tuple[str, str] | None = None,
              trash: bool = False, sort: str = "updated") -> list[NoteSummaryDTO]:
        return self.library.notes.list(tag=tag, device=device, linked=linked, trash=trash, sort=sort)

    def notes_linked(self, links: Iterable[tuple[str, str]], limit: int | None = None, tag: str | None = None,
                     device: str | None = None, sort: str = "updated") -> tuple[list[NoteSummaryDTO], int]:
        """Notes (not in the trash) linked to any of `links` ((kind, target) pairs), each once, the first `limit`
        of them in `sort` order (all when None), and how many there are in all."""
        from db.dto import NoteQuery
        query = NoteQuery(tag, device, sort=sort, linked_any=tuple(dict.fromkeys(links)))
        total = self.count_notes(query)
        page = self.note_page(query, max(min(total, limit if limit is not None else total), 1))
        return [note for _key, note in page], total

    def count_notes(self, query: NoteQuery) -> int:
        """How many notes the list `query` holds (an index walk, never the notes' text)."""
        return self.library.notes.count(query)

    def note_page(self, query: NoteQuery, limit: int, after: tuple[str, int] | None = None, backward: bool = False,
                  offset: int = 0) -> list[tuple[tuple[str, int], NoteSummaryDTO]]:
        """A page of the list `query` with each row's key (db.api.notes.note_page)."""
        return self.library.notes.page(query, limit, after, backward, offset)

    def note_row(self, query: NoteQuery, uid: str) -> tuple[tuple[str, int], NoteSummaryDTO] | None:
        """One note's row in the list `query` (after a save: one row read); None if the list does not hold it."""
        return self.library.notes.row(query, uid)

    def note_position(self, query: NoteQuery, key: tuple[str, int]) -> int:
        return self.library.notes.position(query, key)

    def note(self, uid: str) -> NoteDTO:
        """The note with its body; UnknownNoteError if it no longer exists."""
        return self.library.notes.get(uid)

    def note_tags(self) -> list[str]:
        """Every tag used by a note (trash included), sorted case-insensitively (one indexed query)."""
        return self.library.notes.tags()

    def search_notes(self, query: str, tag: str | None = None, device: str | None = None,
                     limit: int = 200, linked_any=None) -> list[NoteHitDTO]:
        return self.library.notes.search(query, tag=tag, device=device, limit=limit, linked_any=linked_any)

    def note_versions(self, uid: str) -> list[NoteVersionDTO]:
        return self.library.notes.versions(uid)

    def create_note(self, title: str, body: str = "", tags: Iterable[str] = (), links: Iterable = (),
                    initiator=None) -> str:
        uid, change = self.library.notes.create(title, body, tags=tuple(tags), links=tuple(links))
        self._emit(change, initiator)
        return uid

    def save_note(self, uid: str, title: str, body: str, tags: Iterable[str] | None = None,
                  links: Iterable | None = None, checkpoint: bool = False, initiator=None) -> None:
        """A synchronous save (on the calling thread); the panel's autosave uses the worker instead."""
        change = self.library.notes.save(uid, title, body, tags=None if tags is None else tuple(tags),
                                        links=None if links is None else tuple(links), checkpoint=checkpoint)
        self._emit(change, initiator)

    def restore_note_version(self, uid: str, version_id: int, initiator=None) -> None:
        self._emit(self.library.notes.restore_version(uid, version_id), initiator)

    def delete_note(self, uid: str, initiator=None) -> None:
        """Move a note to the trash (undelete_note brings it back)."""
        self._emit(self.library.notes.delete(uid), initiator)

    def undelete_note(self, uid: str, initiator=None) -> None:
        self._emit(self.library.notes.undelete(uid), initiator)

    def empty_trash(self, initiator=None) -> int:
        count, change = self.library.notes.empty_trash()
        self._emit(change, initiator)
        return count

    # the team library (db.api.team: its driver is imported only when a sync or a connection needs it) ----------
    def team_connected(self) -> bool:
        """Whether this store syncs with a team library (one short read; asked when a note is shown, never at
        start-up)."""
        return self.library.team.connected()

    def share_note(self, uid: str, initiator=None) -> None:
        """Share the analyst's note with the team from the next sync (it stays shared)."""
        self.library.team.share_note(uid)
        self._emit(ChangeSet(frozenset({"note"})), initiator)

    def export_notes(self, folder: Path, uids: Iterable[str] | None = None, replace: bool = False) -> list[Path]:
        return self.library.notes.export(Path(folder), None if uids is None else list(uids), replace)

    def import_notes(self, source: Path, initiator=None) -> dict:
        report = self.library.notes.import_files(Path(source))
        self._emit(ChangeSet(frozenset({"note"})), initiator)
        return report

    def publish(self, change: ChangeSet, initiator=None) -> None:
        """Broadcast a ChangeSet from a write made off the GUI thread (the notes autosave worker)."""
        self._emit(change, initiator)

    def _emit(self, change: ChangeSet, initiator) -> None:
        if "seed" in change.kinds or "device" in change.kinds:
            self._devices = None
        self.changed.emit(change, initiator)

    # supply facts (the Supply tab) ---------------------------------------------
    def supply(self, subject: str | None = None, kind: str | None = None, organisation: str | None = None):
        """Supply facts, bundled and the analyst's, none merged (db.api.beyond.Beyond.supply)."""
        return self.library.beyond.supply(subject, kind, organisation=organisation)

    def market_share(self):
        """One market-share series per source and subject, and the statements with no year to chart."""
        return self.library.beyond.market_share(), self.library.beyond.market_share_left_out()

    # software stacks (issue 25) ------------------------------------------------
    def stacks(self, jurisdiction: str | None = None):
        """The software stacks (db.beyond_dto.StackDTO), 'US' or 'CN' for one side only."""
        return self.library.beyond.stacks(jurisdiction)

    def device_stacks(self, slugs: Iterable[str]):
        """The stack each device runs (db.beyond_dto.DeviceStackDTO), a system through its accelerator."""
        return self.library.beyond.device_stacks(slugs)
