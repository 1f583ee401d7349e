"""Every path ChipLens uses, in one place. Relocatable with --data-dir or CHIPLENS_DATA_DIR."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "CHIPLENS_DATA_DIR"
ENV_TESTING = "CHIPLENS_TESTING"  # set by the test suite: the real home must never be touched


class PathError(RuntimeError):
    pass


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "chiplens.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "chiplens.log"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "chiplens.lock"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"


def resolve(data_dir: str | os.PathLike | None = None) -> Paths:
    """--data-dir wins, then CHIPLENS_DATA_DIR, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Paths(Path(chosen).expanduser().absolute())
    if os.environ.get(ENV_TESTING):
        raise PathError("tests must pass --data-dir or set CHIPLENS_DATA_DIR: the real user folder is off limits")
    import platformdirs
    return Paths(Path(platformdirs.user_data_dir("ChipLens", appauthor=False)))
