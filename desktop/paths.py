"""Every path ChipLens uses, in one place. Relocatable with --data-dir or CHIPLENS_DATA_DIR."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "CHIPLENS_DATA_DIR"
ENV_TESTING = "CHIPLENS_TESTING"  # set by the test suite: the real home must never be touched
ENV_CACHE_DIR = "CHIPLENS_CACHE_DIR"  # what can be rebuilt (compiled code); by default the user's cache folder
PORTABLE_MARKER = "chiplens.portable"  # next to the frozen executable: user data in "data" beside it


def portable_data_dir(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """Portable mode (the .tar.gz/.zip builds): a marker file next to the frozen executable puts the
    user data in the `data` folder beside it, so the app runs from a USB stick or an unpacked archive."""
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return None
    app_dir = Path(executable or sys.executable).resolve().parent
    return app_dir / "data" if (app_dir / PORTABLE_MARKER).is_file() else None


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
    def fault_log(self) -> Path:
        """faulthandler's output (a hard crash: segfault, abort) goes here."""
        return self.data_dir / "logs" / "faulthandler.log"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "chiplens.lock"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"


def resolve(data_dir: str | os.PathLike | None = None) -> Paths:
    """--data-dir wins, then CHIPLENS_DATA_DIR, then portable mode, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Paths(Path(chosen).expanduser().absolute())
    portable = portable_data_dir()
    if portable is not None:
        return Paths(portable)
    if os.environ.get(ENV_TESTING):
        raise PathError("tests must pass --data-dir or set CHIPLENS_DATA_DIR: the real user folder is off limits")
    import platformdirs
    return Paths(Path(platformdirs.user_data_dir("ChipLens", appauthor=False)))


def cache_dir(environ: dict | None = None, platform: str | None = None) -> Path | None:
    """Where ChipLens keeps what it can rebuild: CHIPLENS_CACHE_DIR, else the platform's user cache folder
    (~/.cache/chiplens, ~/Library/Caches/ChipLens, %LOCALAPPDATA%\\ChipLens\\Cache, as platformdirs names them,
    without its import on every start); None in the test suite unless CHIPLENS_CACHE_DIR is set."""
    env = os.environ if environ is None else environ
    if env.get(ENV_CACHE_DIR):
        return Path(env[ENV_CACHE_DIR]).expanduser()
    if env.get(ENV_TESTING):
        return None
    platform = platform or sys.platform
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA")
        return Path(base) / "ChipLens" / "Cache" if base else None
    home = Path(env.get("HOME") or Path.home())
    if platform == "darwin":
        return home / "Library" / "Caches" / "ChipLens"
    xdg = env.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else home / ".cache") / "chiplens"


def make_private(folder: Path) -> None:
    """Create `folder` (and missing parents) if needed; a folder created here is readable by its owner only."""
    folder = Path(folder)
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
