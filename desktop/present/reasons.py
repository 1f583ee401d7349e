"""Phrasing of db's reasons (db.reasons): db returns a code and its data, this module says it in words.

The English table lives here, not in the Qt layer, because the command line (no Qt) must say the same
thing as the window. Each template is marked with QT_TRANSLATE_NOOP so that Qt's lupdate extracts it;
the window passes its translate function (`QCoreApplication.translate`) as `translate`, the command line
none (English).
"""
from __future__ import annotations

from typing import Callable

from db.api.compare import BASELINE_ZERO, OTHER_ZERO, QUALIFIERS_DIFFER, Reason

CONTEXT = "Reason"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


TEMPLATES = {
    QUALIFIERS_DIFFER: QT_TRANSLATE_NOOP("Reason", "not comparable: %1 vs %2"),
    BASELINE_ZERO: QT_TRANSLATE_NOOP("Reason", "the baseline's figure is zero"),
    OTHER_ZERO: QT_TRANSLATE_NOOP("Reason", "second value is zero"),
}
STANDARD = QT_TRANSLATE_NOOP("Reason", "standard figure")  # a figure with the metric's default qualifier

Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


def phrase(reason: Reason | None, translate: Translate = _english) -> str:
    """The reason in words ('' for None): 'not comparable: unidirectional vs bidirectional'."""
    if reason is None:
        return ""
    text = translate(CONTEXT, TEMPLATES.get(reason.code, reason.code))
    for n, value in enumerate(reason.data, 1):
        text = text.replace(f"%{n}", value if value else translate(CONTEXT, STANDARD))
    return text
