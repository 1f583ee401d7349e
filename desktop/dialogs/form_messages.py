"""The catalog and event checks' messages (db.catalog, db.units, db.events) in the window's language.

db/ words its checks in English, for the command line and the logs. The editing dialogs show them under each
field: this table gives the same sentences as translatable sources, the ones that name a value as a template
with %1 (the value is put back as the check quoted it). A message not in the table is shown as db/ wrote it.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.present.reasons import reworded

FIXED = (
    QT_TRANSLATE_NOOP("CatalogForm", "a name is required"),
    QT_TRANSLATE_NOOP("CatalogForm", "a vendor is required"),
    QT_TRANSLATE_NOOP("CatalogForm", "a country code such as CN, US, KR or TW is required"),
    QT_TRANSLATE_NOOP("CatalogForm", "only a system has a composition: set the kind to system or remove the "
                                     "components"),
    QT_TRANSLATE_NOOP("CatalogForm", "not a component"),
    QT_TRANSLATE_NOOP("CatalogForm", "a name or a known device is required"),
    QT_TRANSLATE_NOOP("CatalogForm", "the count must be a whole number of at least 1, or empty"),
    QT_TRANSLATE_NOOP("CatalogForm", "a value is required"),
    QT_TRANSLATE_NOOP("CatalogForm", "choose a device"),
    QT_TRANSLATE_NOOP("CatalogForm", "choose a metric"),
    QT_TRANSLATE_NOOP("CatalogForm", "a figure needs a source: choose one or add a new source"),
    QT_TRANSLATE_NOOP("CatalogForm", "a figure needs a confidence: official, third-party or reported"),
    QT_TRANSLATE_NOOP("CatalogForm", "a publisher is required (who published the figure)"),
    QT_TRANSLATE_NOOP("CatalogForm", "a web address starts with http:// or https:// and has no spaces"),
    QT_TRANSLATE_NOOP("CatalogForm", "a teammate's device (from the team library) cannot be edited here: it stays "
                                     "its author's; add one of your own instead"),
    QT_TRANSLATE_NOOP("CatalogForm", "a teammate's source (from the team library) cannot be edited here: it stays "
                                     "its author's; add one of your own instead"),
    QT_TRANSLATE_NOOP("CatalogForm", "a teammate's figure (from the team library) cannot be edited here: it stays "
                                     "its author's; add one of your own instead"),
    QT_TRANSLATE_NOOP("CatalogForm", "a teammate's figure (from the team library) cannot be deleted here: it stays "
                                     "its author's; add one of your own instead"),
    QT_TRANSLATE_NOOP("CatalogForm", "a teammate's saved comparison (from the team library) cannot be edited here: "
                                     "it stays its author's; add one of your own instead"),
    QT_TRANSLATE_NOOP("CatalogForm", "a teammate's saved comparison (from the team library) cannot be deleted here: "
                                     "it stays its author's; add one of your own instead"),
    QT_TRANSLATE_NOOP("CatalogForm", "write the date as YYYY, YYYY-MM or YYYY-MM-DD (or n.d. if it has none)"),
    QT_TRANSLATE_NOOP("CatalogForm", "each device may appear only once"),
    QT_TRANSLATE_NOOP("CatalogForm", "the baseline must be one of the devices"),
    QT_TRANSLATE_NOOP("CatalogForm", "no number"),
    QT_TRANSLATE_NOOP("CatalogForm", "empty: type a number, with or without a unit"),
    QT_TRANSLATE_NOOP("CatalogForm", "title is required"),
)
# (the check's English with its values as groups, the same sentence as a template)
TEMPLATES = (
    (r"(.+) is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
     QT_TRANSLATE_NOOP("CatalogForm", "%1 is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    (r"(.+) is not a number \(a letter O or l in place of a digit\?\)",
     QT_TRANSLATE_NOOP("CatalogForm", "%1 is not a number (a letter O or l in place of a digit?)")),
    (r"(.+) is not a finite number", QT_TRANSLATE_NOOP("CatalogForm", "%1 is not a finite number")),
    (r"(.+) is not a number", QT_TRANSLATE_NOOP("CatalogForm", "%1 is not a number")),
    (r"this metric has no unit: type the number alone, without (.+)",
     QT_TRANSLATE_NOOP("CatalogForm", "this metric has no unit: type the number alone, without %1")),
    (r"unknown unit (.+): use (.+) or a multiple of it",
     QT_TRANSLATE_NOOP("CatalogForm", "unknown unit %1: use %2 or a multiple of it")),
    (r"(.+) already names another device \((.+)\)",
     QT_TRANSLATE_NOOP("CatalogForm", "%1 already names another device (%2)")),
    (r"(.+) is computed by ChipLens \((.+)\): enter its inputs instead",
     QT_TRANSLATE_NOOP("CatalogForm", "%1 is computed by ChipLens (%2): enter its inputs instead")),
    (r"choose 2 to (\d+) devices", QT_TRANSLATE_NOOP("CatalogForm", "choose 2 to %1 devices")),
    (r"unknown source (.+)", QT_TRANSLATE_NOOP("CatalogForm", "unknown source %1")),
    (r"source (\d+): publisher is required", QT_TRANSLATE_NOOP("CatalogForm", "source %1: publisher is required")),
    (r"source (\d+): URL (.+) is not a well-formed http\(s\) address",
     QT_TRANSLATE_NOOP("CatalogForm", "source %1: URL %2 is not a well-formed http(s) address")),
    (r"date (.+) is not a valid date written YYYY-MM-DD",
     QT_TRANSLATE_NOOP("CatalogForm", "date %1 is not a valid date written YYYY-MM-DD")),
    (r"a month-precision date must be the first day of the month \((.+)\), not (.+)",
     QT_TRANSLATE_NOOP("CatalogForm", "a month-precision date must be the first day of the month (%1), not %2")),
    (r"a quarter-precision date must be the first day of a quarter \((\d+)-01-01, -04-01, -07-01 or -10-01\), "
     r"not (.+)",
     QT_TRANSLATE_NOOP("CatalogForm", "a quarter-precision date must be the first day of a quarter (%1-01-01, "
                                      "-04-01, -07-01 or -10-01), not %2")),
    (r"a year-precision date must be 1 January \((\d+)-01-01\), not (.+)",
     QT_TRANSLATE_NOOP("CatalogForm", "a year-precision date must be 1 January (%1-01-01), not %2")),
)
_TEMPLATES = tuple((re.compile(pattern, re.S), template) for pattern, template in TEMPLATES)


def said(message: str) -> str:
    """`message` (a db check's words) in the window's language; as it is if the table does not know it."""
    if message in FIXED:
        return QCoreApplication.translate("CatalogForm", message)
    return reworded(message, _TEMPLATES, "CatalogForm", QCoreApplication.translate) or message
