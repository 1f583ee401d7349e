"""Data shipped with ChipLens (seed data, icons), read with importlib.resources."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SEED_FILES = ("metrics.json", "devices.json", "sources.json", "values.json", "events.json")
RELEASE_FILE = "release.json"  # the data release's version and date, and what changed since each earlier one


def package_files() -> Path | Traversable:
    """This package's files: its folder when it is one (an installed or frozen ChipLens), without loading
    importlib.resources (about 10 ms of every start, with tempfile, shutil and the compression modules);
    else (a zip) what importlib.resources gives."""
    here = Path(__file__).resolve().parent
    if (here / "seed").is_dir():
        return here
    from importlib import resources
    return resources.files(__name__)


def seed_bytes(name: str) -> bytes:
    return package_files().joinpath("seed", name).read_bytes()


def seed_hash() -> str:
    """Fingerprint of the bundled seed data: the store re-seeds when it changes. Read at every start, so it is
    zlib's two checksums and the length (a change detector, not a signature: loading hashlib's OpenSSL costs
    some 4 ms of every start)."""
    import zlib
    crc, adler, size = 0, 1, 0
    names = SEED_FILES + ((RELEASE_FILE,) if package_files().joinpath("seed", RELEASE_FILE).is_file() else ())
    for name in names:
        data = seed_bytes(name)
        crc, adler, size = zlib.crc32(data, crc), zlib.adler32(data, adler), size + len(data)
    return f"{crc:08x}{adler:08x}{size & 0xFFFF:04x}"


def data_release() -> dict[str, Any]:
    """The bundled data release (db.importers.release_notes writes it): {} if the seed has none."""
    if not package_files().joinpath("seed", RELEASE_FILE).is_file():
        return {}
    doc: dict[str, Any] = json.loads(seed_bytes(RELEASE_FILE))
    return doc


def icon_path(name: str) -> str:
    return str(package_files().joinpath("icons", name))
