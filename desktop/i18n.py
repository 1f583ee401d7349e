"""The window's language: Qt's translators for ChipLens's own strings and for Qt's (dialog buttons, menus).

The language is a setting (View ▸ Language: System, English, Français, 简体中文), applied at start-up before
the window is built and again, at once, when the user picks another. ChipLens's `.qm` files are built by
`pyside6-lrelease` from `resources/i18n/*.ts`: the installers and the frozen app carry them built; a
source checkout builds them on first use into the user's cache folder (a `.ts` newer than its `.qm` is
built again). Without `lrelease` (or if it fails) the `.ts` file itself is read (desktop.present.lang),
so a translation never silently disappears. Qt's own translations come from Qt's translations folder.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.present import lang as langs

log = logging.getLogger("chiplens")
_installed: list[QTranslator] = []
_current = langs.ENGLISH


class TsTranslator(QTranslator):
    """A translator reading a `.ts` file's finished messages (when no `.qm` could be built)."""

    def __init__(self, table: dict[tuple[str, str], str], parent=None):
        super().__init__(parent)
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt's virtual
        return self.table.get((context, source))  # None: not here (Qt goes on to the next translator)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.table


def system_language() -> str:
    """The system's UI language as ChipLens names it ('fr', 'zh_CN' or 'en')."""
    languages = QLocale.system().uiLanguages()
    return langs.normalize(languages[0] if languages else QLocale.system().name())


def resolve(setting: str) -> str:
    """The language a setting ('system' or a code) means on this machine."""
    return langs.resolve(setting, system_language() if setting not in langs.LANGUAGES else None)


def current() -> str:
    """The language the window speaks now."""
    return _current


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "chiplens" / "i18n"


def _lrelease() -> str | None:
    import PySide6
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return str(folder / name)
    return None


def qm_file(lang: str) -> Path | None:
    """The built `.qm` of `lang`: the installed one, else one built from the `.ts` into the cache, once per version
    of the `.ts` (None if impossible)."""
    import zlib
    ts = langs.i18n_dir() / f"chiplens_{lang}.ts"
    built = ts.with_suffix(".qm")
    if built.is_file() and (not ts.is_file() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    try:
        data = ts.read_bytes()
    except OSError:
        return built if built.is_file() else None
    # the .ts's checksum and length name its build: cheap at every start (hashlib's OpenSSL costs a few ms to load)
    cached = _cache_dir() / f"chiplens_{lang}-{zlib.crc32(data):08x}{len(data):x}.qm"
    if cached.is_file():
        return cached
    return _build(ts, cached, lang)


def _build(ts: Path, cached: Path, lang: str) -> Path | None:
    """Build `ts` into `cached` with lrelease (a source checkout's first use of a language, or of a new `.ts`)."""
    import subprocess
    tool = _lrelease()
    if tool is None or getattr(sys, "frozen", False):
        return None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".part")
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], capture_output=True, timeout=60)
        if done.returncode != 0 or not partial.is_file():
            log.warning("lrelease could not build %s: %s", ts, done.stderr.decode(errors="replace")[:300])
            return None
        partial.replace(cached)
        for old in cached.parent.glob(f"chiplens_{lang}-*.qm"):  # earlier builds of this language
            if old != cached:
                old.unlink(missing_ok=True)
        return cached
    except (OSError, subprocess.SubprocessError) as exc:  # a cache folder that cannot be written, say
        log.warning("could not build the %s translation: %s", lang, exc)
        return None


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Make the application speak `lang` ('en', 'fr', 'zh_CN'): ChipLens's strings and Qt's. Returns `lang`."""
    global _current
    app = app or QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in langs.LANGUAGES else langs.ENGLISH
    if lang == _current == langs.ENGLISH and not _installed and lang == system_language():
        return lang  # nothing to load or change (the start of an English session)
    # Qt's own number and date widgets: the system's own locale when it speaks that language (en_GB stays)
    QLocale.setDefault(QLocale.system() if lang == system_language() else QLocale(lang))
    if lang != langs.ENGLISH:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
        own = QTranslator(app)
        qm = qm_file(lang)
        if qm is not None and own.load(str(qm)):
            _installed.append(own)
        else:
            _installed.append(TsTranslator(langs.catalog(lang), app))
        for translator in _installed:
            app.installTranslator(translator)
    _current = lang
    return lang
