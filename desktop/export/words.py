"""The timeline's words as an export draws them, in the export's language: category and jurisdiction names and
event dates. Qt-free tables marked for lupdate in the window's own context ("Timeline"), so the window and the
exports use one translation of each name."""
from __future__ import annotations

from desktop.export.options import event_date
from desktop.present.lang import ENGLISH, Translate, english
from desktop.present.reasons import QT_TRANSLATE_NOOP

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


def category_label(key: str, translate: Translate = english) -> str:
    return translate("Timeline", CATEGORIES[key]) if key in CATEGORIES else key


def jurisdiction_label(key: str, translate: Translate = english) -> str:
    return translate("Timeline", JURISDICTIONS[key]) if key in JURISDICTIONS else key


def format_event_date(iso: str, precision: str, lang: str = ENGLISH) -> str:
    """'9 April 2025', 'April 2025', 'Q2 2025', '2025' in English; the same precision in `lang`."""
    return event_date(iso, precision, lang)


CONFIDENCES = {
    "official": QT_TRANSLATE_NOOP("Timeline", "official"),
    "third-party": QT_TRANSLATE_NOOP("Timeline", "third-party"),
    "reported": QT_TRANSLATE_NOOP("Timeline", "reported"),
}


def confidence_label(key: str, translate: Translate = english) -> str:
    return translate("Timeline", CONFIDENCES[key]) if key in CONFIDENCES else key
