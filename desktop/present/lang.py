"""The languages ChipLens speaks, and their translations read without Qt.

The window translates through Qt (QTranslator, the `.qm` files `pyside6-lrelease` builds from
`resources/i18n/chiplens_<lang>.ts`). The command line and the exports do not load Qt's translator: an
export has its own language, chosen independently of the window's. They read the same `.ts` files here,
so every surface says the same words. A message that is unfinished, vanished or obsolete in the `.ts`
file is not used: the English source is shown instead, as Qt does.

A translate function takes (context, source text) and returns the text to show; `%1`, `%2`... stay in it
and are filled by `arg()` below, in the order the translation puts them.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

Translate = Callable[[str, str], str]

ENGLISH = "en"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "zh_CN": "简体中文"}  # each in its own words
SYSTEM = "system"  # the setting's value when the language follows the system's


def english(context: str, text: str) -> str:
    return text


def i18n_dir() -> Path:
    """The folder of the `.ts` sources (and of `.qm` files built into the install, if any)."""
    import resources
    return Path(str(resources.package_files())) / "i18n"


def normalize(code: str | None) -> str:
    """A language code as ChipLens names it: 'fr_FR.UTF-8' -> 'fr', 'zh-Hans-CN' -> 'zh_CN', else 'en'."""
    if not code:
        return ENGLISH
    low = code.replace("-", "_").split(".")[0].split("@")[0].lower()
    if low.startswith("fr"):
        return "fr"
    if low.startswith("zh") and not any(t in low for t in ("_tw", "_hk", "_mo", "hant")):
        return "zh_CN"
    return ENGLISH


def from_environment(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the C library reads it."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key)
        if value:
            return normalize(value.split(":")[0])
    return ENGLISH


def resolve(setting: str | None, system: str | None = None) -> str:
    """The language to use for a setting ('system', a code, or nothing), `system` being the system's code."""
    if setting in LANGUAGES:
        return setting
    return normalize(system) if system is not None else from_environment()


@lru_cache(maxsize=None)
def catalog(lang: str, folder: str | None = None) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read from `chiplens_<lang>.ts`; empty for English or no file."""
    if lang == ENGLISH or lang not in LANGUAGES:
        return {}
    path = Path(folder) if folder else i18n_dir()
    path = path / f"chiplens_{lang}.ts"
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    import xml.etree.ElementTree as ET  # a command that translates pays for the parser, not every start
    out: dict[tuple[str, str], str] = {}
    for context in ET.fromstring(data).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text:
                continue
            out[(name, message.findtext("source") or "")] = tr.text
    return out


def translator(lang: str | None) -> Translate:
    """A translate function for `lang` (English: the source text itself)."""
    if not lang or lang == ENGLISH:
        return english
    table = catalog(lang)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)
    return translate


_PLACE = re.compile(r"%(\d{1,2})")


def arg(template: str, *values: object) -> str:
    """Fill Qt's numbered places (%1, %2, ...) as QString.arg does, whatever order a translation puts them in."""
    return _PLACE.sub(lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                      else m.group(0), template)
