"""Data shipped with ChipLens (seed data, icons), read with importlib.resources."""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any

SEED_FILES = ("metrics.json", "devices.json", "sources.json", "values.json", "events.json")
RELEASE_FILE = "release.json"  # the data release's version and date, and what changed since each earlier one


def seed_bytes(name: str) -> bytes:
    return resources.files(__name__).joinpath("seed", name).read_bytes()


def seed_hash() -> str:
    """Fingerprint of the bundled seed data: the store re-seeds when it changes."""
    h = hashlib.sha256()
    for name in SEED_FILES:
        h.update(seed_bytes(name))
    if resources.files(__name__).joinpath("seed", RELEASE_FILE).is_file():
        h.update(seed_bytes(RELEASE_FILE))
    return h.hexdigest()[:20]


def data_release() -> dict[str, Any]:
    """The bundled data release (db.importers.release_notes writes it): {} if the seed has none."""
    if not resources.files(__name__).joinpath("seed", RELEASE_FILE).is_file():
        return {}
    doc: dict[str, Any] = json.loads(seed_bytes(RELEASE_FILE))
    return doc


def icon_path(name: str) -> str:
    return str(resources.files(__name__).joinpath("icons", name))
