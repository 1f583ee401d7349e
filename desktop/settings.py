"""AppSettings: the user's settings (window geometry, last pairing, theme, backup policy), apart from the database.

They live in an ini file (`Paths.settings_file`) read through QSettings, with a version number
(`meta/version`). Loading never fails:

- a damaged file (NUL bytes, not UTF-8, or an ini QSettings cannot parse) is moved aside to
  `settings.ini.damaged-<timestamp>` (kept, never deleted) and the defaults are used; the log says so;
- a value of the wrong type or out of range is dropped (its default applies) with a note in the log;
- a file from a newer ChipLens (a higher version) is read but never written: this session's changes go
  to a private copy, so the newer version's file stays as it was;
- `--safe-mode` starts from the defaults and leaves the user's file alone; only a deliberate choice
  (`set_user_choice`, e.g. the backup policy in File ▸ Backups) is written to it.

Keys this module does not know (other panels' state) are kept as they are.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger("chiplens.settings")

SETTINGS_VERSION = 1
VERSION_KEY = "meta/version"
THEMES = ("system", "light", "dark")
GEOMETRY = "window/geometry"
LAST_PAIR = "comparison/last_pair"
THEME = "appearance/theme"
LANGUAGE = "appearance/language"  # "system" or a code of desktop.present.lang.LANGUAGES
LANGUAGES = ("system", "en", "fr", "zh_CN")
BACKUP_KEYS = ("backup/daily", "backup/weekly", "backup/monthly")
DEFAULTS: dict[str, object] = {THEME: "system", LANGUAGE: "system", "backup/daily": 7, "backup/weekly": 4, "backup/monthly": 6}
MAX_KEEP = 999


def _as_int(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("+").isdigit() and len(value.strip()) < 6:
        return int(value.strip())
    return None


def valid(key: str, value) -> object | None:
    """The value in its proper type if it is acceptable for `key`, else None."""
    if key == GEOMETRY:
        return value if isinstance(value, QByteArray) and 0 < value.size() < 4096 else None
    if key == LAST_PAIR:
        if isinstance(value, (list, tuple)) and len(value) == 2 and all(
                isinstance(v, str) and 0 < len(v) <= 200 for v in value):
            return [str(v) for v in value]
        return None
    if key == THEME:
        return value if isinstance(value, str) and value in THEMES else None
    if key == LANGUAGE:
        return value if isinstance(value, str) and value in LANGUAGES else None
    if key in BACKUP_KEYS:
        n = _as_int(value)
        return n if n is not None and 0 <= n <= MAX_KEEP else None
    if key == VERSION_KEY:
        n = _as_int(value)
        return n if n is not None and n >= 0 else None
    return value


def _damage(path: Path) -> str | None:
    """Why the file cannot be trusted at all (None: it can be parsed)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if b"\x00" in data:
        return "contains binary data"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "is not UTF-8 text"
    return None


def _move_aside(path: Path) -> Path | None:
    target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(target)
        return target
    except OSError:
        return None


class AppSettings:
    """The settings of one session. `qsettings` is what the window reads and writes."""

    def __init__(self, path: Path, safe_mode: bool = False):
        self.path = Path(path)
        self.safe_mode = safe_mode
        self.notes: list[str] = []  # what was wrong with the file, as written to the log
        self.moved_to: Path | None = None
        self._scratch: Path | None = None
        self.read_only = False  # True: the user's file is left alone (safe mode, newer version)
        self.qsettings = self._load()

    # loading ----------------------------------------------------------------------------------------
    def _note(self, text: str) -> None:
        self.notes.append(text)
        log.warning("settings %s: %s", self.path, text)

    def _private_copy(self, seed: Path | None) -> QSettings:
        """Settings in a scratch file (safe mode, or a newer version's file): the user's file stays as it is."""
        import shutil
        import tempfile
        self.read_only = True
        self._scratch = Path(tempfile.mkdtemp(prefix="chiplens-settings-"))
        scratch = self._scratch / "settings.ini"
        if seed is not None:
            shutil.copyfile(seed, scratch)
        return QSettings(str(scratch), QSettings.Format.IniFormat)

    def _load(self) -> QSettings:
        path = self.path
        if self.safe_mode:
            log.info("safe mode: default settings; %s is left as it is", path)
            return self._private_copy(None)
        if path.exists():
            why = _damage(path)
            if why is None:
                probe = QSettings(str(path), QSettings.Format.IniFormat)
                if probe.status() != QSettings.Status.NoError:
                    why = "cannot be parsed as an ini file"
                del probe
            if why is not None:
                self.moved_to = _move_aside(path)
                self._note(f"the file {why}; using the default settings"
                           + (f" (the damaged file was kept as {self.moved_to.name})" if self.moved_to else ""))
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        version = valid(VERSION_KEY, settings.value(VERSION_KEY))
        if settings.contains(VERSION_KEY) and version is None:
            self._note(f"its version {settings.value(VERSION_KEY)!r} is not a number; treating it as version 0")
            version = 0
        if version is not None and version > SETTINGS_VERSION:
            self._note(f"the file was written by a newer ChipLens (settings version {version}, this one knows "
                       f"{SETTINGS_VERSION}); it is read but not changed")
            settings = self._private_copy(path)
        for key in (GEOMETRY, LAST_PAIR, THEME, *BACKUP_KEYS):
            if settings.contains(key) and valid(key, settings.value(key)) is None:
                self._note(f"{key} = {settings.value(key)!r} is not valid; using the default")
                settings.remove(key)
        if not self.read_only and (version or 0) < SETTINGS_VERSION:
            settings.setValue(VERSION_KEY, SETTINGS_VERSION)  # version 0 (no number): same keys, now numbered
        return settings

    # values -----------------------------------------------------------------------------------------
    def value(self, key: str):
        got = valid(key, self.qsettings.value(key)) if self.qsettings.contains(key) else None
        return DEFAULTS.get(key) if got is None else got

    def set_value(self, key: str, value) -> None:
        """A change of this session (window geometry, last pairing): not written to the user's file in safe mode."""
        checked = valid(key, value)
        if checked is None:
            raise ValueError(f"{value!r} is not a valid value for {key}")
        self.qsettings.setValue(key, checked)

    def set_user_choice(self, key: str, value) -> None:
        """A setting the user chose on purpose: written to their file even in safe mode."""
        self.set_value(key, value)
        if self.read_only and self.safe_mode:
            user = QSettings(str(self.path), QSettings.Format.IniFormat)
            if user.status() == QSettings.Status.NoError:
                user.setValue(key, self.qsettings.value(key))
                if not user.contains(VERSION_KEY):
                    user.setValue(VERSION_KEY, SETTINGS_VERSION)
                user.sync()
        self.qsettings.sync()

    @property
    def theme(self) -> str:
        return str(self.value(THEME))

    @property
    def language(self) -> str:
        """The language setting: 'system' or a language code."""
        return str(self.value(LANGUAGE))

    def retention(self):
        from db.api.backups import RetentionPolicy
        return RetentionPolicy(*(int(self.value(k)) for k in BACKUP_KEYS))

    def set_retention(self, policy) -> None:
        for key, n in zip(BACKUP_KEYS, (policy.daily, policy.weekly, policy.monthly), strict=True):
            self.set_user_choice(key, int(n))

    # window -----------------------------------------------------------------------------------------
    def restore_window(self, window) -> bool:
        """The saved geometry, brought within the screen the window opens on (saved on a larger screen, it is
        made smaller; partly off screen, it is moved back)."""
        from desktop.window_geometry import clamp
        geometry = self.value(GEOMETRY)
        restored = bool(geometry is not None and window.restoreGeometry(geometry))
        if restored:
            clamp(window)
        return restored

    def save_window(self, window) -> None:
        self.qsettings.setValue(GEOMETRY, window.saveGeometry())

    def sync(self) -> None:
        self.qsettings.sync()

    def close(self) -> None:
        """Write what changed; a scratch copy (safe mode) is removed."""
        self.qsettings.sync()
        if self._scratch is not None:
            import shutil
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


_SYSTEM_LOOK: tuple | None = None  # (style name, palette) as the platform gave them, kept for 'system'


def apply_theme(app, theme: str) -> None:
    """'light' or 'dark' override the system colour scheme; 'system' (or anything else) follows it.

    Qt's colour-scheme hint is asked first; where the platform ignores it (no theme plugin, offscreen),
    a light or dark palette on the Fusion style gives the same result."""
    global _SYSTEM_LOOK
    from PySide6.QtCore import Qt
    if theme not in ("light", "dark") and _SYSTEM_LOOK is None:
        return  # the platform's look, never overridden yet: nothing to undo (and no style made before the paint)
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleFactory
    if _SYSTEM_LOOK is None:
        _SYSTEM_LOOK = (app.style().name(), QPalette(app.palette()))
    hints = app.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted) if wanted is not None else hints.unsetColorScheme()
    if wanted is None:
        if app.style().name() != _SYSTEM_LOOK[0]:
            app.setStyle(QStyleFactory.create(_SYSTEM_LOOK[0]))
        app.setPalette(_SYSTEM_LOOK[1])
        return
    system_is_dark = _SYSTEM_LOOK[1].color(QPalette.ColorRole.Window).lightness() < 128
    if hints.colorScheme() == wanted and system_is_dark == (theme == "dark"):
        return  # the platform did it
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))  # native styles may ignore the palette
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


def _dark_palette():
    from PySide6.QtGui import QColor, QPalette
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pal = QPalette()
    for r, colour in ((role.Window, "#2b2d30"), (role.WindowText, "#e8e8e8"), (role.Base, "#1e1f22"),
                      (role.AlternateBase, "#26282b"), (role.Text, "#e8e8e8"), (role.Button, "#36383b"),
                      (role.ButtonText, "#e8e8e8"), (role.BrightText, "#ffffff"), (role.Highlight, "#3b74c9"),
                      (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#36383b"), (role.ToolTipText, "#e8e8e8"),
                      (role.PlaceholderText, "#9a9a9a"), (role.Link, "#78aef5"), (role.LinkVisited, "#b19cf0"),
                      (role.Light, "#4a4c50"), (role.Midlight, "#3c3e42"), (role.Mid, "#2f3134"),
                      (role.Dark, "#18191b"), (role.Shadow, "#000000")):
        pal.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor("#7d7d7d"))
    return pal
