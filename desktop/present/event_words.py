"""The timeline's vocabulary in words: an event's category, jurisdiction, confidence and date precision (the
codes of db.api.events), for the window's timeline and event details, and for the exports and the command line in
their own language. An event's title and summary are the sources' words and are never translated.

No Qt here: the words are marked for Qt's lupdate (context "Timeline"); the window passes its translate function,
an export or the command line `lang.translator(code)`, English without one.
"""
from __future__ import annotations

from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Timeline"
CATEGORIES = {
    "export-control": QT_TRANSLATE_NOOP("Timeline", "Export control"),
    "entity-list": QT_TRANSLATE_NOOP("Timeline", "Entity List"),
    "procurement-guidance": QT_TRANSLATE_NOOP("Timeline", "Procurement guidance"),
    "industrial-policy": QT_TRANSLATE_NOOP("Timeline", "Industrial policy"),
    "subsidy": QT_TRANSLATE_NOOP("Timeline", "Subsidy"),
    "security-review": QT_TRANSLATE_NOOP("Timeline", "Security review"),
    "antitrust": QT_TRANSLATE_NOOP("Timeline", "Antitrust"),
    "product-launch": QT_TRANSLATE_NOOP("Timeline", "Product launch"),
    "software": QT_TRANSLATE_NOOP("Timeline", "Software"),
    "supply": QT_TRANSLATE_NOOP("Timeline", "Supply"),
    "market": QT_TRANSLATE_NOOP("Timeline", "Market"),
    "funding": QT_TRANSLATE_NOOP("Timeline", "Funding"),
    "regulation": QT_TRANSLATE_NOOP("Timeline", "Regulation"),
    "other": QT_TRANSLATE_NOOP("Timeline", "Other"),
}
JURISDICTIONS = {
    "US": QT_TRANSLATE_NOOP("Timeline", "United States"),
    "CN": QT_TRANSLATE_NOOP("Timeline", "China"),
    "EU": QT_TRANSLATE_NOOP("Timeline", "European Union"),
    "NL": QT_TRANSLATE_NOOP("Timeline", "Netherlands"),
    "JP": QT_TRANSLATE_NOOP("Timeline", "Japan"),
    "TW": QT_TRANSLATE_NOOP("Timeline", "Taiwan"),
    "KR": QT_TRANSLATE_NOOP("Timeline", "South Korea"),
    "HK": QT_TRANSLATE_NOOP("Timeline", "Hong Kong"),
    "other": QT_TRANSLATE_NOOP("Timeline", "Other"),
}
CONFIDENCES = {
    "official": QT_TRANSLATE_NOOP("Timeline", "official"),
    "third-party": QT_TRANSLATE_NOOP("Timeline", "third-party"),
    "reported": QT_TRANSLATE_NOOP("Timeline", "reported"),
}
PRECISIONS = {
    "day": QT_TRANSLATE_NOOP("Timeline", "day"),
    "month": QT_TRANSLATE_NOOP("Timeline", "month"),
    "quarter": QT_TRANSLATE_NOOP("Timeline", "quarter"),
    "year": QT_TRANSLATE_NOOP("Timeline", "year"),
}
QUARTER = QT_TRANSLATE_NOOP("Timeline", "Q%1 %2")  # 'Q2 2025': the quarter, the year


def _word(table: dict[str, str], key: str, translate: Translate) -> str:
    return translate(CONTEXT, table[key]) if key in table else key


def category_label(key: str, translate: Translate = _english) -> str:
    return _word(CATEGORIES, key, translate)


def jurisdiction_label(key: str, translate: Translate = _english) -> str:
    return _word(JURISDICTIONS, key, translate)


def confidence_label(key: str, translate: Translate = _english) -> str:
    return _word(CONFIDENCES, key, translate)


def precision_label(key: str, translate: Translate = _english) -> str:
    return _word(PRECISIONS, key, translate)


def quarter_template(translate: Translate = _english) -> str:
    """The template of a quarter's date ('Q%1 %2'), for desktop.present.dates.period."""
    return translate(CONTEXT, QUARTER)
