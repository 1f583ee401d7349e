"""db.Library: one object opened on a store file, with a sub-facade per concern (Anki's Collection idea).

    lib = Library(path)
    lib.open()                       # migrate / seed as needed; StoreError with advice if it cannot
    lib.catalog.devices(); lib.compare.pair("H100", "910C"); lib.notes.create("Title")

Each call opens a short connection (db.connect) and returns frozen dataclasses; every write returns
a ChangeSet for the caller to broadcast.
"""
from __future__ import annotations

from pathlib import Path

from db.api.backups import Backups
from db.api.beyond import Beyond
from db.api.catalog import Catalog
from db.api.compare import Compare
from db.api.controls import Controls
from db.api.events import Events
from db.api.exports import Exports
from db.api.imports import Imports
from db.api.notes import Notes
from db.api.releases import Releases
from db.api.store import create_empty_store, open_store
from db.dto import StoreInfo
from db.units import PLAIN, NumberStyle


class Library:
    """The store at `path`, with `catalog`, `compare`, `controls`, `beyond`, `events`, `notes`, `imports`, `backups`, `exports` and `releases`."""

    def __init__(self, path: Path | str, style: NumberStyle = PLAIN) -> None:
        self.path = Path(path)
        self.catalog = Catalog(self.path)
        self.compare = Compare(self.path, style)
        self.events = Events(self.path)
        self.controls = Controls(self.path)
        self.beyond = Beyond(self.path)
        self.notes = Notes(self.path)
        self.imports = Imports(self.path)
        self.backups = Backups(self.path)
        self.exports = Exports(self.path)
        self.releases = Releases(self.path)

    @property
    def style(self) -> NumberStyle:
        """How numbers are written (decimal point, group separator) in comparisons."""
        return self.compare.style

    @style.setter
    def style(self, style: NumberStyle) -> None:
        self.compare.style = style

    def open(self) -> StoreInfo:
        """Make the file a usable, current, seeded store (see db.api.store.open_store)."""
        return open_store(self.path)

    def create_empty(self) -> StoreInfo:
        """A store with the current schema and no data (what a data pack is restored into)."""
        return create_empty_store(self.path)

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"
