"""A salvage of a damaged store and a merge into the latest backup, in words: the table shown by the
damaged-store dialog and printed by `chiplens db salvage`.

db.api.backups gives the counts per kind of the analyst's rows (SalvageReport, MergeReport); this module names
the kinds in the user's terms and phrases the summary. Templates are marked for Qt's lupdate; the window passes
its translate function, the command line none.
"""
from __future__ import annotations

from dataclasses import dataclass

from db.api.backups import KINDS, MergeReport, SalvageReport
from desktop.present.dates import date_time
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Salvage"

KIND_LABELS = {
    "notes": QT_TRANSLATE_NOOP("Salvage", "Notes"),
    "note_versions": QT_TRANSLATE_NOOP("Salvage", "Earlier versions of notes"),
    "figures": QT_TRANSLATE_NOOP("Salvage", "Your figures"),
    "sources": QT_TRANSLATE_NOOP("Salvage", "Your sources"),
    "events": QT_TRANSLATE_NOOP("Salvage", "Your timeline events"),
    "devices": QT_TRANSLATE_NOOP("Salvage", "Devices you added or edited"),
    "pairings": QT_TRANSLATE_NOOP("Salvage", "Your pairings"),
    "choices": QT_TRANSLATE_NOOP("Salvage", "Your choices of source for a cell"),
    "control_rules": QT_TRANSLATE_NOOP("Salvage", "Your export-control rules"),
    "facts": QT_TRANSLATE_NOOP("Salvage", "Your stack and supply facts"),
}
HEADERS = (QT_TRANSLATE_NOOP("Salvage", "What"), QT_TRANSLATE_NOOP("Salvage", "Recovered"),
           QT_TRANSLATE_NOOP("Salvage", "Lost"), QT_TRANSLATE_NOOP("Salvage", "In the backup"))
MERGE_HEADERS = (QT_TRANSLATE_NOOP("Salvage", "What"), QT_TRANSLATE_NOOP("Salvage", "Added"),
                 QT_TRANSLATE_NOOP("Salvage", "Updated"), QT_TRANSLATE_NOOP("Salvage", "Already in the backup"),
                 QT_TRANSLATE_NOOP("Salvage", "Not merged"))
NO_BACKUP_CELL = QT_TRANSLATE_NOOP("Salvage", "no backup")
SUMMARY = QT_TRANSLATE_NOOP("Salvage", "Recovered %1 of your rows; %2 known to be lost.")
COMPARED = QT_TRANSLATE_NOOP("Salvage", "Losses are counted against the latest good backup, from %1, and from the "
                                        "index entries of rows that could no longer be read.")
NO_BACKUP = QT_TRANSLATE_NOOP("Salvage", "There is no backup to compare with: only rows whose index entry survived "
                                         "can be counted as lost; others may be lost without a trace.")
DAMAGED_TABLES = QT_TRANSLATE_NOOP("Salvage", "Tables with unreadable pages: %1.")
BUNDLED = QT_TRANSLATE_NOOP("Salvage", "The bundled reference data (devices, figures, sources, events) is loaded "
                                       "again from ChipLens itself.")
SALVAGED_AT = QT_TRANSLATE_NOOP("Salvage", "Salvaged store: %1")
KEPT_AT = QT_TRANSLATE_NOOP("Salvage", "The damaged file is kept: %1")
MERGED = QT_TRANSLATE_NOOP("Salvage", "Merged %1 of your rows from the salvage into the backup from %2.")
BACK_FROM_BACKUP = QT_TRANSLATE_NOOP("Salvage", "Of the %1 rows known lost, %2 are back from the backup; %3 were "
                                                "written after it and stay lost.")
SKIPPED = QT_TRANSLATE_NOOP("Salvage", "%1 rows point at something neither store has and were not merged; they "
                                       "stay in the salvaged store.")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first column is a label, the others counts


def kind_label(kind: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, KIND_LABELS.get(kind, kind))


def salvage_table(report: SalvageReport, translate: Translate = _english) -> Table:
    """One row per kind that has anything to say (recovered, lost or in the backup); notes and figures always."""
    rows = []
    for r in report.rows:
        if not (r.recovered or r.lost or r.in_backup) and r.kind not in ("notes", "figures"):
            continue
        backup = translate(CONTEXT, NO_BACKUP_CELL) if r.in_backup is None else str(r.in_backup)
        rows.append((kind_label(r.kind, translate), str(r.recovered), str(r.lost), backup))
    return Table(tuple(translate(CONTEXT, h) for h in HEADERS), tuple(rows))


def salvage_notes(report: SalvageReport, translate: Translate = _english) -> list[str]:
    """The sentences under the table: summary, what the losses are counted against, damaged tables."""
    t = translate
    lines = [fill(t(CONTEXT, SUMMARY), str(report.recovered), str(report.lost))]
    if report.backup_created is not None:
        lines.append(fill(t(CONTEXT, COMPARED), date_time(report.backup_created)))
    else:
        lines.append(t(CONTEXT, NO_BACKUP))
    if report.tables_damaged:
        kinds = {k.table: k.name for k in KINDS}
        names = [kind_label(kinds[n], t) if n in kinds else n for n in report.tables_damaged]
        lines.append(fill(t(CONTEXT, DAMAGED_TABLES), ", ".join(names)))
    lines.append(t(CONTEXT, BUNDLED))
    return lines


def merge_table(report: MergeReport, translate: Translate = _english) -> Table:
    rows = tuple((kind_label(r.kind, translate), str(r.added), str(r.updated), str(r.kept), str(r.skipped))
                 for r in report.rows if r.added or r.updated or r.kept or r.skipped or r.kind == "notes")
    return Table(tuple(translate(CONTEXT, h) for h in MERGE_HEADERS), rows)


def merge_notes(report: MergeReport, salvaged: SalvageReport, backup_created: str,
                translate: Translate = _english) -> list[str]:
    lines = [fill(translate(CONTEXT, MERGED), str(report.merged), backup_created)]
    if salvaged.lost:
        lines.append(fill(translate(CONTEXT, BACK_FROM_BACKUP), str(salvaged.lost),
                          str(salvaged.lost - salvaged.lost_since_backup), str(salvaged.lost_since_backup)))
    skipped = sum(r.skipped for r in report.rows)
    if skipped:
        lines.append(fill(translate(CONTEXT, SKIPPED), str(skipped)))
    return lines


def text_table(table: Table) -> list[str]:
    """The table as aligned plain-text lines (the command line): labels left, counts right."""
    widths = [max(len(row[i]) for row in (table.headers, *table.rows)) for i in range(len(table.headers))]
    out = []
    for row in (table.headers, *table.rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:])]
        out.append("  ".join(cells).rstrip())
    return out
