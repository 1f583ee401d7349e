"""Data shipped with ChipLens (seed data, icons), read with importlib.resources."""
from __future__ import annotations

import hashlib
from importlib import resources

SEED_FILES = ("metrics.json", "devices.json", "sources.json", "values.json", "events.json")


def seed_bytes(name: str) -> bytes:
    return resources.files(__name__).joinpath("seed", name).read_bytes()


def seed_hash() -> str:
    """Fingerprint of the bundled seed data: the store re-seeds when it changes."""
    h = hashlib.sha256()
    for name in SEED_FILES:
        h.update(seed_bytes(name))
    return h.hexdigest()[:20]


def icon_path(name: str) -> str:
    return str(resources.files(__name__).joinpath("icons", name))
