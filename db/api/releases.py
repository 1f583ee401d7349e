"""The bundled data release and what changed in the data since an earlier one (resources/seed/release.json,
written at build time by db.importers.release_notes); the store remembers the release it was seeded with and
the one it held before (app_meta, written by db.seed)."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from db import read
from db.api._session import read as _read
from db.dto import DataChangesDTO, DataReleaseDTO
from db.disagreement import DISAGREEMENT

__all__ = ["DISAGREEMENT", "Releases", "UnknownReleaseError", "bundled_release", "changes_since"]


class UnknownReleaseError(ValueError):
    """--since names no data release; `known` lists the ones there are."""

    def __init__(self, version: str, known: tuple[str, ...]) -> None:
        super().__init__(version)
        self.version, self.known = version, known


def _doc() -> dict[str, Any]:
    import resources
    return resources.data_release()


@functools.lru_cache(maxsize=1)
def bundled_release() -> DataReleaseDTO | None:
    """The release of the bundled data (no store needed: what every export's caption names); None if none."""
    doc = _doc()
    if not doc:
        return None
    known = tuple((r["version"], r["date"]) for r in doc.get("releases", ())) + ((doc["version"], doc["date"]),)
    return DataReleaseDTO(doc["version"], doc["date"], None, known)


def changes_since(since: str | None, doc: dict[str, Any] | None = None) -> list[DataChangesDTO]:
    """The changes of every release after `since`, newest first (None: the latest release's own changes)."""
    doc = _doc() if doc is None else doc
    if not doc:
        return []
    known = tuple(r["version"] for r in doc.get("releases", ())) + (doc["version"],)
    if since is not None and since not in known:
        raise UnknownReleaseError(since, known)
    order = {v: i for i, v in enumerate(known)}
    out = []
    for c in doc.get("changes", ()):
        if since is not None and order.get(c["release"], len(known)) <= order[since]:
            break
        out.append(DataChangesDTO(c["release"], c["date"], c["since"],
                                  {k: tuple(v) for k, v in c.items() if isinstance(v, list)}))
        if since is None or c["since"] == since:
            break
    return out


class Releases:
    """`library.releases`: the store's data release and what changed since the one before."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def current(self) -> DataReleaseDTO | None:
        """The bundled release, with the release the store held before it was last seeded."""
        release = bundled_release()
        if release is None:
            return None
        previous = _read(self.path, lambda conn: read.meta(conn, "data_release_previous"))
        return DataReleaseDTO(release.version, release.date, previous or None, release.known)

    def changes(self, since: str | None = None) -> list[DataChangesDTO]:
        """What changed since `since` (default: the release the store held before; on a new store, the
        latest release's own changes), newest release first. UnknownReleaseError if `since` is none."""
        if since is None:
            current = self.current()
            since = current.previous if current else None
        return changes_since(since)
