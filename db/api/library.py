"""db.Library: one object opened on a store file, with a sub-facade per concern (Anki's Collection idea).

    lib = Library(path)
    lib.open()                       # migrate / seed as needed; StoreError with advice if it cannot
    lib.catalog.devices(); lib.compare.pair("H100", "910C"); lib.notes.create("Title")

Each call opens a short connection (db.connect) and returns frozen dataclasses; every write returns
a ChangeSet for the caller to broadcast.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from db.api.store import create_empty_store, open_store
from db.dto import StoreInfo
from db.units import PLAIN, NumberStyle

if TYPE_CHECKING:
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
    from db.api.team import Team


class Library:
    """The store at `path`, with `catalog`, `compare`, `controls`, `beyond`, `events`, `notes`, `imports`, `backups`, `exports`, `releases` and `team`.

    Each sub-facade (and the modules behind it) is made on first use: a window start pays only for those its
    first paint reads."""

    def __init__(self, path: Path | str, style: NumberStyle = PLAIN) -> None:
        self.path = Path(path)
        self._style = style

    @cached_property
    def catalog(self) -> Catalog:
        from db.api.catalog import Catalog
        return Catalog(self.path)

    @cached_property
    def compare(self) -> Compare:
        from db.api.compare import Compare
        return Compare(self.path, self._style)

    @cached_property
    def events(self) -> Events:
        from db.api.events import Events
        return Events(self.path)

    @cached_property
    def controls(self) -> Controls:
        from db.api.controls import Controls
        return Controls(self.path)

    @cached_property
    def beyond(self) -> Beyond:
        from db.api.beyond import Beyond
        return Beyond(self.path)

    @cached_property
    def notes(self) -> Notes:
        from db.api.notes import Notes
        return Notes(self.path)

    @cached_property
    def imports(self) -> Imports:
        from db.api.imports import Imports
        return Imports(self.path)

    @cached_property
    def backups(self) -> Backups:
        from db.api.backups import Backups
        return Backups(self.path)

    @cached_property
    def exports(self) -> Exports:
        from db.api.exports import Exports
        return Exports(self.path)

    @cached_property
    def releases(self) -> Releases:
        from db.api.releases import Releases
        return Releases(self.path)

    @property
    def style(self) -> NumberStyle:
        """How numbers are written (decimal point, group separator) in comparisons."""
        return self.compare.style if "compare" in self.__dict__ else self._style

    @style.setter
    def style(self, style: NumberStyle) -> None:
        self._style = style
        if "compare" in self.__dict__:
            self.compare.style = style

    def open(self, check_later: bool = False) -> StoreInfo:
        """Make the file a usable, current, seeded store (see db.api.store.open_store)."""
        return open_store(self.path, check_later=check_later)

    def create_empty(self) -> StoreInfo:
        """A store with the current schema and no data (what a data pack is restored into)."""
        return create_empty_store(self.path)

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"

    @cached_property
    def team(self) -> Team:
        from db.api.team import Team
        return Team(self.path)
