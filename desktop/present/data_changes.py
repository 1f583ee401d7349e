"""What changed in the data, in words: the sections of Help ▸ What's new in the data and of
`chiplens data changes`, and the data-release line of every export's caption.

db.api.releases gives each release's changes as codes and data (DataChangesDTO); this module phrases them,
one line per device, figure, event or disagreement:
"NVIDIA GB200 NVL72 · Memory capacity: 13.8 TB → 13.4 TB (now MLCommons / NVIDIA; was WinBuzzer)".
Templates are marked for Qt's lupdate; the window passes its translate function, the command line none. Dates read
in `lang` (desktop.present.dates: '5 déc. 2026' in French, ISO in English); without one, in the window's language.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

from db.api.compare import PLAIN, NumberStyle, format_quantity
from db.api.releases import DISAGREEMENT
from db.dto import DataChangesDTO, DataReleaseDTO
from desktop.present import dates
from desktop.present.provenance import short_publisher
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "DataChanges"


RELEASE = QT_TRANSLATE_NOOP("DataChanges", "Data release %1 (%2)")
HEADING = QT_TRANSLATE_NOOP("DataChanges", "Data release %1 (%2): what changed since %3")
NOTHING = QT_TRANSLATE_NOOP("DataChanges", "Nothing changed in the data since %1.")
# section titles, in the order they are listed (what may change an earlier brief first); %1: how many lines
TITLES = {
    "shown_changed": QT_TRANSLATE_NOOP("DataChanges", "Figures the comparisons show that changed (%1)"),
    "values_changed": QT_TRANSLATE_NOOP("DataChanges", "Figures a source now gives differently (%1)"),
    "values_recited": QT_TRANSLATE_NOOP("DataChanges", "Figures now cited from a better page (%1)"),
    "values_removed": QT_TRANSLATE_NOOP("DataChanges", "Figures removed (%1)"),
    "disagreements_opened": QT_TRANSLATE_NOOP("DataChanges", "Sources now disagree by more than %2 (%1)"),
    "disagreements_resolved": QT_TRANSLATE_NOOP("DataChanges", "Sources no longer disagree (%1)"),
    "devices_status": QT_TRANSLATE_NOOP("DataChanges", "Devices with another status (%1)"),
    "devices_removed": QT_TRANSLATE_NOOP("DataChanges", "Devices removed (%1)"),
    "devices_added": QT_TRANSLATE_NOOP("DataChanges", "Devices added (%1)"),
    "values_added": QT_TRANSLATE_NOOP("DataChanges", "Figures added for devices already listed (%1)"),
    "presets_added": QT_TRANSLATE_NOOP("DataChanges", "Preset pairings added (%1)"),
    "events_added": QT_TRANSLATE_NOOP("DataChanges", "Timeline events added (%1)"),
    "events_changed": QT_TRANSLATE_NOOP("DataChanges", "Timeline events updated (%1)"),
    "events_removed": QT_TRANSLATE_NOOP("DataChanges", "Timeline events removed (%1)"),
}
DEVICE = QT_TRANSLATE_NOOP("DataChanges", "%1 — %2, %3 (%4 figures)")
KINDS = {"chip": QT_TRANSLATE_NOOP("DataChanges", "chip"), "system": QT_TRANSLATE_NOOP("DataChanges", "system")}
STATUS = {"shipping": QT_TRANSLATE_NOOP("DataChanges", "shipping"),
          "announced": QT_TRANSLATE_NOOP("DataChanges", "announced"),
          "roadmap": QT_TRANSLATE_NOOP("DataChanges", "roadmap"),
          "china-specific": QT_TRANSLATE_NOOP("DataChanges", "China-specific"),
          "cancelled": QT_TRANSLATE_NOOP("DataChanges", "cancelled")}
NOW_WAS = QT_TRANSLATE_NOOP("DataChanges", "now %1; was %2")
SAME_SOURCE = QT_TRANSLATE_NOOP("DataChanges", "%1, the same source")
WAS = QT_TRANSLATE_NOOP("DataChanges", "was %1")
UPDATED = QT_TRANSLATE_NOOP("DataChanges", "updated: %1")
EVENT_FIELDS = {"date": QT_TRANSLATE_NOOP("DataChanges", "date"), "title": QT_TRANSLATE_NOOP("DataChanges", "title"),
                "summary": QT_TRANSLATE_NOOP("DataChanges", "summary"),
                "sources": QT_TRANSLATE_NOOP("DataChanges", "sources"),
                "devices": QT_TRANSLATE_NOOP("DataChanges", "devices"),
                "tags": QT_TRANSLATE_NOOP("DataChanges", "tags")}
SUMMARY = {
    "devices_added": QT_TRANSLATE_NOOP("DataChanges", "%1 devices added"),
    "figures_added": QT_TRANSLATE_NOOP("DataChanges", "%1 figures added"),
    "shown_changed": QT_TRANSLATE_NOOP("DataChanges", "%1 figures shown in comparisons changed"),
    "values_changed": QT_TRANSLATE_NOOP("DataChanges", "%1 figures changed"),
    "values_removed": QT_TRANSLATE_NOOP("DataChanges", "%1 figures removed"),
    "events_added": QT_TRANSLATE_NOOP("DataChanges", "%1 events added"),
    "disagreements_opened": QT_TRANSLATE_NOOP("DataChanges", "%1 disagreements opened"),
    "disagreements_resolved": QT_TRANSLATE_NOOP("DataChanges", "%1 resolved"),
}
TEXT_LIMIT = 90  # a text figure longer than this is clipped in its line


@dataclass(frozen=True)
class Section:
    kind: str  # the DataChangesDTO key it lists
    title: str
    lines: tuple[str, ...]


def release_line(release: DataReleaseDTO | None, translate: Translate = _english, lang: str | None = None) -> str:
    """'Data release 2026.12 (2026-12-05)' ('Version des données 2026.12 (5 déc. 2026)'; '' when the data has no
    release), its date in `lang` (None: the window's language)."""
    if release is None:
        return ""
    return translate(CONTEXT, RELEASE).replace("%1", release.version).replace("%2", dates.day(release.date, lang))


def heading(changes: DataChangesDTO, translate: Translate = _english, lang: str | None = None) -> str:
    return (translate(CONTEXT, HEADING).replace("%1", changes.release).replace("%2", dates.day(changes.date, lang))
            .replace("%3", changes.since))


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1].rstrip() + "…"


def figure_text(f: dict[str, Any], unit: str, style: NumberStyle = PLAIN) -> str:
    """A figure's number in the metric's unit ('13.4 TB', '~600 kW'), or its text, clipped."""
    if f.get("value_num") is not None:
        return ("~" if f.get("approximate") else "") + format_quantity(f["value_num"], unit, style)
    return _clip(f.get("value_text") or "")


def _where(f: dict[str, Any]) -> str:
    return short_publisher(f.get("publisher") or "") or (f.get("source") or "?")


def _subject(e: dict[str, Any]) -> str:
    return f"{e['device_name']} · {e['metric_label']}"


def _line(kind: str, e: dict[str, Any], tr: Callable[[str], str], style: NumberStyle, counts: Counter,
          lang: str | None = None) -> str:
    if kind == "devices_added":
        return (tr(DEVICE).replace("%1", e["name"]).replace("%2", tr(KINDS.get(e["kind"], e["kind"])))
                .replace("%3", tr(STATUS.get(e["status"], e["status"]))).replace("%4", str(counts[e["slug"]])))
    if kind == "devices_removed":
        return e["name"]
    if kind == "devices_status":
        return f"{e['name']}: {tr(STATUS.get(e['old_status'], e['old_status']))} → {tr(STATUS.get(e['status'], e['status']))}"
    if kind == "presets_added":
        return e["name"]
    if kind in ("shown_changed", "values_changed", "values_recited"):
        old, new = e["old"], e["new"]
        if old.get("source") == new.get("source"):
            why = tr(SAME_SOURCE).replace("%1", _where(new))
        else:
            why = tr(NOW_WAS).replace("%1", _where(new)).replace("%2", _where(old))
        numbers = (figure_text(new, e["unit"], style) if kind == "values_recited"
                   else f"{figure_text(old, e['unit'], style)} → {figure_text(new, e['unit'], style)}")
        return f"{_subject(e)}: {numbers} ({why})"
    if kind in ("values_added", "values_removed"):
        return f"{_subject(e)}: {figure_text(e, e['unit'], style)} ({_where(e)})"
    if kind == "disagreements_opened":
        return f"{_subject(e)}: {e['figures']}"
    if kind == "disagreements_resolved":
        return f"{_subject(e)}: " + tr(WAS).replace("%1", e["figures"])
    if kind in ("events_added", "events_removed"):
        return f"{dates.day(e['date'], lang)} · {e['title']}"
    if kind == "events_changed":
        fields = ", ".join(tr(EVENT_FIELDS.get(f, f)) for f in e.get("fields", ()))
        return f"{dates.day(e['date'], lang)} · {e['title']} (" + tr(UPDATED).replace("%1", fields) + ")"
    return str(e)


def sections(changes: DataChangesDTO, translate: Translate = _english, style: NumberStyle = PLAIN,
             lang: str | None = None) -> list[Section]:
    """The non-empty sections of one release's changes, in reading order. The figures of a new device are
    counted on its line, not listed one by one."""
    def tr(text: str) -> str:
        return translate(CONTEXT, text)
    new_devices = {d["slug"] for d in changes.of("devices_added")}
    counts = Counter(v["device"] for v in changes.of("values_added"))
    out = []
    for kind, title in TITLES.items():
        entries = changes.of(kind)
        if kind == "values_added":
            entries = tuple(v for v in entries if v["device"] not in new_devices)
        if not entries:
            continue
        lines = tuple(_line(kind, e, tr, style, counts, lang) for e in entries)
        text = tr(title).replace("%1", str(len(lines))).replace("%2", f"{DISAGREEMENT:.0%}")
        out.append(Section(kind, text, lines))
    return out


def summary(changes: DataChangesDTO, translate: Translate = _english) -> str:
    """'26 devices added · 247 figures added · 10 figures shown in comparisons changed · ...' or 'Nothing
    changed in the data since 2026.11.'"""
    counts = {k: len(changes.of(k)) for k in SUMMARY}
    counts["figures_added"] = len(changes.of("values_added"))
    parts = [translate(CONTEXT, t).replace("%1", str(counts[k])) for k, t in SUMMARY.items() if counts[k]]
    return " · ".join(parts) if parts else translate(CONTEXT, NOTHING).replace("%1", changes.since)


def as_text(all_changes: list[DataChangesDTO], translate: Translate = _english, style: NumberStyle = PLAIN,
            lang: str | None = None) -> str:
    """Every release's changes as plain text, newest release first (the command line's table format)."""
    out = []
    for changes in all_changes:
        out += [heading(changes, translate, lang), summary(changes, translate), ""]
        for s in sections(changes, translate, style, lang):
            out.append(s.title)
            out += [f"  {line}" for line in s.lines]
            out.append("")
    return "\n".join(out).rstrip() + "\n"
