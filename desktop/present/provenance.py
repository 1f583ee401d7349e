"""How a figure's provenance reads, once for the window, the command line and every export: its mark (the
letter of its producer's kind, ƒ when worked out, ◦ when its citation is a weak relay) and its citation in
words ("official figure, read on a weak relay (awesomeagents.ai)").

No Qt here (an import-linter contract): templates are marked for Qt's translation tools as in
desktop/present/reasons.py; the window passes its translate function, the command line none (English).
"""
from __future__ import annotations

import re

from db.api.compare import is_weak, producer_kind, producer_name
from db.dto import SourceDTO, ValueDTO
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Provenance"
CONFIDENCE_LETTERS = {"official": "O", "third-party": "T", "reported": "R"}
UNRATED_LETTER = "?"
DERIVED_LETTER = "ƒ"
WEAK_MARK = "◦"  # after the letter: the figure rests on a weak relay (aggregator, wiki, reseller blog, mirror)

CONFIDENCE_WORDS = {
    "official": QT_TRANSLATE_NOOP("Provenance", "official figure"),
    "third-party": QT_TRANSLATE_NOOP("Provenance", "third-party figure"),
    "reported": QT_TRANSLATE_NOOP("Provenance", "reported figure"),
}
UNRATED_WORDS = QT_TRANSLATE_NOOP("Provenance", "figure of no stated confidence")
DERIVED_WORDS = QT_TRANSLATE_NOOP("Provenance", "worked out by ChipLens")
CARRIER_WORDS = {
    "primary": QT_TRANSLATE_NOOP("Provenance", "read on its producer's own page"),
    "reputable-relay": QT_TRANSLATE_NOOP("Provenance", "read on a reputable relay"),
    "weak-relay": QT_TRANSLATE_NOOP("Provenance", "read on a weak relay"),
    "derived": QT_TRANSLATE_NOOP("Provenance", "arithmetic on other figures"),
}
CARRIER_UNSTATED = QT_TRANSLATE_NOOP("Provenance", "carrier not stated")
CARRIER_NAMES = {  # short names, for lists, filters and table columns
    "primary": QT_TRANSLATE_NOOP("Provenance", "primary"),
    "reputable-relay": QT_TRANSLATE_NOOP("Provenance", "reputable relay"),
    "weak-relay": QT_TRANSLATE_NOOP("Provenance", "weak relay"),
    "derived": QT_TRANSLATE_NOOP("Provenance", "derived"),
}
PRODUCER_KIND_WORDS = {
    "vendor": QT_TRANSLATE_NOOP("Provenance", "the vendor"),
    "vendor-press": QT_TRANSLATE_NOOP("Provenance", "the vendor, as reported by the press"),
    "dataset": QT_TRANSLATE_NOOP("Provenance", "a dataset compiler"),
    "analyst": QT_TRANSLATE_NOOP("Provenance", "an analyst"),
    "government": QT_TRANSLATE_NOOP("Provenance", "a government"),
    "press": QT_TRANSLATE_NOOP("Provenance", "the press"),
    "derived": QT_TRANSLATE_NOOP("Provenance", "arithmetic on other figures"),
}
PRODUCER_UNSTATED = QT_TRANSLATE_NOOP("Provenance", "not stated")
PRODUCED_BY = QT_TRANSLATE_NOOP("Provenance", "produced by %1")
PRODUCER_NOT_STATED = QT_TRANSLATE_NOOP("Provenance", "producer not stated")


def _root(v: ValueDTO) -> ValueDTO:
    """The stored figure a derived one was worked out from (its first input, down the chain)."""
    while v.inputs:
        v = v.inputs[0]
    return v


def letter(v: ValueDTO | None) -> str:
    """O, T or R for the kind of producer (the confidence grade), ƒ for a figure ChipLens worked out."""
    if v is None:
        return ""
    return DERIVED_LETTER if v.is_derived else CONFIDENCE_LETTERS.get(v.confidence or "", UNRATED_LETTER)


def rests_on_weak_relay(v: ValueDTO | None) -> bool:
    """Whether the figure (or, for a worked-out one, the figure it comes from) was read only on a weak relay."""
    return v is not None and is_weak(_root(v).carrier_quality)


def mark(v: ValueDTO | None) -> str:
    """The cell mark in text: 'O', 'T◦' (a third-party figure read on a weak relay), 'ƒ', 'ƒ◦'."""
    if v is None:
        return ""
    return letter(v) + (WEAK_MARK if rests_on_weak_relay(v) else "")


def full_mark(v: ValueDTO | None) -> str:
    """The mark with the grade a worked-out figure's input has: 'ƒO' (from an official figure), 'T◦', 'O'."""
    if v is None:
        return ""
    root = _root(v)
    return (DERIVED_LETTER if v.is_derived else "") + CONFIDENCE_LETTERS.get(root.confidence or "", UNRATED_LETTER) \
        + (WEAK_MARK if rests_on_weak_relay(v) else "")


def short_publisher(publisher: str, limit: int = 42) -> str:
    """'SemiAnalysis (D. Patel, …)' -> 'SemiAnalysis': the publisher without its parenthesised detail."""
    short = re.split(r" \(| – | - |; ", publisher or "", maxsplit=1)[0].strip() or (publisher or "").strip()
    return short if len(short) <= limit else short[: limit - 1].rstrip() + "…"


def carrier_name(carrier: str | None, translate: Translate = _english) -> str:
    """'weak relay', 'primary', ... ('carrier not stated' for None)."""
    return translate(CONTEXT, CARRIER_NAMES.get(carrier or "", CARRIER_UNSTATED))


def producer_words(producer: str | None, translate: Translate = _english) -> str:
    """Who produced the figure: 'SemiAnalysis' (a named producer), 'the vendor', ...; 'not stated'."""
    name = producer_name(producer)
    if name:
        return name
    kind = producer_kind(producer)
    if kind:
        return translate(CONTEXT, PRODUCER_KIND_WORDS[kind])
    return producer.strip() if producer and producer.strip() else translate(CONTEXT, PRODUCER_UNSTATED)


def citation(v: ValueDTO | None, translate: Translate = _english, source: SourceDTO | None = None) -> str:
    """A figure's citation in words: 'official figure, read on a weak relay (awesomeagents.ai)';
    'third-party figure, read on its producer's own page (SemiAnalysis)'; a worked-out figure:
    'worked out by ChipLens from an official figure, read on ...'."""
    if v is None:
        return ""
    root = _root(v)
    src = source or root.source
    words = translate(CONTEXT, CONFIDENCE_WORDS.get(root.confidence or "", UNRATED_WORDS))
    words += ", " + translate(CONTEXT, CARRIER_WORDS.get(root.carrier_quality or "", CARRIER_UNSTATED))
    if src is not None and src.publisher and root.carrier_quality != "derived":
        words += f" ({short_publisher(src.publisher)})"
    if v.is_derived and v is not root:
        words = translate(CONTEXT, DERIVED_WORDS) + ": " + words
    return words


def produced_by(v: ValueDTO | None, translate: Translate = _english) -> str:
    """'produced by SemiAnalysis', 'produced by the vendor', or 'producer not stated'."""
    if v is None:
        return ""
    root = _root(v)
    if not (root.producer or "").strip():
        return translate(CONTEXT, PRODUCER_NOT_STATED)
    return translate(CONTEXT, PRODUCED_BY).replace("%1", producer_words(root.producer, translate))


# ------------------------------------------------------------------ lists of sources (exports, the brief)
WEAK_LEGEND = QT_TRANSLATE_NOOP("Provenance", "%1 read on a weak relay (aggregator, wiki, reseller blog, mirror)")
WEAK_ONLY = QT_TRANSLATE_NOOP("Provenance", "weak relay only")
WEAK_ONLY_LEGEND = QT_TRANSLATE_NOOP("Provenance", "%1 before a source: every figure cited to it was read on a weak relay")
CARRIER_ORDER = ("primary", "reputable-relay", "derived", "weak-relay", None)


def weak_legend(translate: Translate = _english) -> str:
    """What the ◦ after a mark means: '◦ read on a weak relay (aggregator, wiki, reseller blog, mirror)'."""
    return translate(CONTEXT, WEAK_LEGEND).replace("%1", WEAK_MARK)


def weak_only(translate: Translate = _english) -> str:
    """'weak relay only': a source every cited figure of which was read on a weak relay, in a source list."""
    return translate(CONTEXT, WEAK_ONLY)


def weak_only_legend(translate: Translate = _english) -> str:
    """What ◦ before a source in a source list means."""
    return translate(CONTEXT, WEAK_ONLY_LEGEND).replace("%1", WEAK_MARK)


def carrier_names(carriers, translate: Translate = _english) -> str:
    """Where a source's cited figures were read, best first: 'primary', 'reputable relay, weak relay'."""
    found = set(carriers)
    return ", ".join(carrier_name(c, translate) for c in CARRIER_ORDER if c in found)


def all_weak(carriers) -> bool:
    """Whether every one of these carrier qualities is a weak relay (False for none)."""
    carriers = list(carriers)
    return bool(carriers) and all(is_weak(c) for c in carriers)


# a row whose sides' figures were not produced alike (RowDTO.provenance_note): a footnote mark after the metric's
# name in the table, the note itself on hover and in the sources panel
NOTE_MARK = "†"
# what the value dialog offers for "Produced by", one text per kind of producer (db's producer_kind reads them);
# the analyst may name the producer: "analyst firm (SemiAnalysis)"
PRODUCER_SUGGESTIONS = ("vendor", "vendor (as reported by press)", "analyst firm", "dataset compiler", "government",
                        "press report")


def producer_detail(producer: str | None) -> str:
    """The producer's own words when they say more than `producer_words` does ('vendor (as reported by press;
    unconfirmed)', 'dataset compiler (Epoch AI; underlying origin not stated)'); '' otherwise."""
    text = (producer or "").strip()
    if "(" not in text or (producer_name(text) and ";" not in text):
        return ""
    return text


ADDED_BY = {"user": QT_TRANSLATE_NOOP("Provenance", "yours"), "import": QT_TRANSLATE_NOOP("Provenance", "imported"),
            "seed": QT_TRANSLATE_NOOP("Provenance", "bundled")}
A_TEAMMATE = QT_TRANSLATE_NOOP("Provenance", "a teammate")


def added_by(v: ValueDTO | None, translate: Translate = _english) -> str:
    """Who added a stored figure: 'yours', a teammate's name (a figure from the team library), 'imported' or
    'bundled'; '' for one ChipLens worked out."""
    if v is None:
        return ""
    if v.origin == "team":
        return v.author or translate(CONTEXT, A_TEAMMATE)
    words = ADDED_BY.get(v.origin)
    return translate(CONTEXT, words) if words else ""
