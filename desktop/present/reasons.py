"""Phrasing of db's reasons (db.reasons): db returns a code and its data, this module says it in words.

The English table lives here, not in the Qt layer, because the command line (no Qt) must say the same
thing as the window. Each template is marked with QT_TRANSLATE_NOOP so that Qt's lupdate extracts it;
the window passes its translate function (`QCoreApplication.translate`) as `translate`, the command line
none (English).
"""
from __future__ import annotations

from typing import Callable

from db.api.compare import (BASELINE_ZERO, BASIS_DIFFERS, BASIS_NOT_STATED, CONDITION_DIFFERS, FORMAT_DIFFERS,
                            METHODS_DIFFER, OTHER_ZERO, QUALIFIERS_DIFFER, SOURCES_DIFFER, SOURCES_DIFFER_SHARED, Reason)

CONTEXT = "Reason"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


TEMPLATES = {
    QUALIFIERS_DIFFER: QT_TRANSLATE_NOOP("Reason", "not comparable: %1 vs %2"),
    BASELINE_ZERO: QT_TRANSLATE_NOOP("Reason", "the baseline's figure is zero"),
    OTHER_ZERO: QT_TRANSLATE_NOOP("Reason", "second value is zero"),
    # db.basis.check: (field, value of the figure, value of the other, its device, the other device)
    (BASIS_DIFFERS, "sparsity"): QT_TRANSLATE_NOOP("Reason", "not comparable: %4's figure is %2, %5's %3"),
    (BASIS_DIFFERS, "direction"): QT_TRANSLATE_NOOP("Reason", "not comparable: %4's figure counts %2, %5's %3"),
    (BASIS_DIFFERS, "scope"): QT_TRANSLATE_NOOP("Reason", "not comparable: %4's figure counts %2, %5's %3"),
    (BASIS_DIFFERS, "granularity"): QT_TRANSLATE_NOOP("Reason", "not comparable: %4's figure is per %2, %5's per %3"),
    BASIS_DIFFERS: QT_TRANSLATE_NOOP("Reason", "not comparable: %1 differs (%2 vs %3)"),
    BASIS_NOT_STATED: QT_TRANSLATE_NOOP("Reason", "%1: %2 not stated by the sources"),
    FORMAT_DIFFERS: QT_TRANSLATE_NOOP("Reason", "different formats: %1 vs %2"),
    CONDITION_DIFFERS: QT_TRANSLATE_NOOP("Reason", "different conditions: %1 at %2, %3 at %4"),
    # each side shows its own headline figure; the row says when they were not produced alike
    SOURCES_DIFFER: QT_TRANSLATE_NOOP("Reason", "different sources"),
    SOURCES_DIFFER_SHARED: QT_TRANSLATE_NOOP("Reason", "different sources (%1 gives a figure for each)"),
    METHODS_DIFFER: QT_TRANSLATE_NOOP("Reason", "different methods: one figure stated, another worked out"),
}
STANDARD = QT_TRANSLATE_NOOP("Reason", "standard figure")  # a power figure with no qualifier
# basis values as a sentence reads them (the others read as they are: dense, FP8, package, superchip)
WORDS = {
    "one-way": QT_TRANSLATE_NOOP("Reason", "one way"),
    "both-ways": QT_TRANSLATE_NOOP("Reason", "both ways"),
    "whole": QT_TRANSLATE_NOOP("Reason", "all compute units"),
    "cube": QT_TRANSLATE_NOOP("Reason", "Cube units only"),
    "vector": QT_TRANSLATE_NOOP("Reason", "vector units only"),
    "sparse": QT_TRANSLATE_NOOP("Reason", "2:4 sparse"),
    "package": QT_TRANSLATE_NOOP("Reason", "package (one accelerator)"),
    "sparsity": QT_TRANSLATE_NOOP("Reason", "sparsity"),
    "granularity": QT_TRANSLATE_NOOP("Reason", "granularity"),
    "direction": QT_TRANSLATE_NOOP("Reason", "direction"),
    "scope": QT_TRANSLATE_NOOP("Reason", "scope"),
    "format": QT_TRANSLATE_NOOP("Reason", "format"),
}

Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


def fill(template: str, *values: str) -> str:
    """A template with its %1, %2, ... replaced by the values (%10 before %1)."""
    for n, value in reversed(list(enumerate(values, 1))):
        template = template.replace(f"%{n}", value)
    return template


def reworded(text: str, table, context: str, translate: Translate = _english) -> str | None:
    """db's English `text` in the language: the template of the first (compiled pattern, template) of `table`
    whose pattern matches it whole, translated in `context`, its %1, %2, ... the matched groups; None when no
    pattern matches."""
    for pattern, template in table:
        found = pattern.fullmatch(text or "")
        if found:
            return fill(translate(context, template), *found.groups())
    return None


def phrase(reason: Reason | None, translate: Translate = _english) -> str:
    """The reason in words ('' for None): 'not comparable: unidirectional vs bidirectional'."""
    if reason is None:
        return ""
    template = TEMPLATES.get((reason.code, reason.data[0]) if reason.data else reason.code) \
        or TEMPLATES.get(reason.code, reason.code)
    text = translate(CONTEXT, template)
    for n, value in reversed(list(enumerate(reason.data, 1))):  # %10 before %1
        words = ", ".join(translate(CONTEXT, WORDS.get(v.strip(), v.strip())) for v in str(value).split(",")) \
            if value else translate(CONTEXT, STANDARD)
        text = text.replace(f"%{n}", words)
    return text


def phrase_all(reasons: tuple[Reason, ...], translate: Translate = _english) -> list[str]:
    """Each reason in words, without repeats."""
    return list(dict.fromkeys(phrase(r, translate) for r in reasons))
