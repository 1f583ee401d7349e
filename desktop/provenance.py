"""How provenance reads on screen: confidence marks, tooltips and the detail panel's HTML.

Marks never rely on colour alone: each carries a letter (O official, T third-party,
R reported, ƒ derived) and the legend spells them out.
"""
from __future__ import annotations

import html
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from db.dto import CellDTO, ComparisonDTO, RowDTO, ValueDTO
from db.api.compare import BASIS_DIFFERS, PLAIN, NumberStyle, explain_disagreement
from desktop.present import comparison as pc
from desktop.present.basis import basis_line as _basis_line
from desktop.present.fact_rows import fact_citation, facts_tooltip, is_fact_row
from desktop.present import disagreement as pd
from desktop.present.provenance import NOTE_MARK, added_by, citation, produced_by, producer_detail, rests_on_weak_relay
from desktop.present.reasons import phrase, phrase_all

translate = QCoreApplication.translate

CONFIDENCE = {
    "official": ("O", QColor(21, 101, 192)),
    "third-party": ("T", QColor(123, 31, 162)),
    "reported": ("R", QColor(191, 54, 12)),
}


def confidence_label(conf: str | None) -> str:
    return {"official": translate("Provenance", "official"), "third-party": translate("Provenance", "third-party"),
            "reported": translate("Provenance", "reported")}.get(conf or "", translate("Provenance", "unrated"))


@lru_cache(maxsize=32)
def _icon(letter: str, rgb: tuple[int, int, int], filled: bool, derived: bool, weak: bool = False) -> QIcon:
    """The letter in a circle: filled for an official figure, dashed for one ChipLens worked out. A figure read only
    on a weak relay has a hollow circle of round dots, moved up-left for a small open ring at its lower right (the
    text's ◦): a weak citation reads at a glance, at 16 px too, in light and dark themes."""
    icon = QIcon()
    for size in (16, 32, 48):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(*rgb)
        width = max(1.0, size / 12)
        pen = QPen(colour, width)
        if derived:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif weak:  # round dots, unlike ƒ's dashes, large enough to read at 16 px
            pen.setWidthF(max(1.6, size / 10))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setDashPattern([0.01, 2.0])
        p.setPen(pen)
        filled = filled and not weak
        p.setBrush(colour if filled else Qt.GlobalColor.transparent)
        m = size * 0.08
        box = QRectF(0, 0, size * 0.86, size * 0.86) if weak else QRectF(0, 0, size, size)
        p.drawEllipse(box.adjusted(m, m, -m, -m))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(box.height() * 0.6))
        p.setFont(font)
        p.setPen(QColor("white") if filled else colour)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
        if weak:
            r = size * 0.19
            p.setBrush(Qt.GlobalColor.transparent)
            p.setPen(QPen(colour, max(1.0, size / 14)))
            w = p.pen().widthF() / 2
            p.drawEllipse(QRectF(size - 2 * r, size - 2 * r, 2 * r, 2 * r).adjusted(w, w, -w, -w))
        p.end()
        icon.addPixmap(pm)
    return icon


def confidence_icon(v: ValueDTO | None) -> QIcon | None:
    if v is None:
        return None
    letter, colour = CONFIDENCE.get(v.confidence or "", ("?", QColor(117, 117, 117)))
    derived = v.is_derived
    return _icon("ƒ" if derived else letter, colour.getRgb()[:3], not derived and v.confidence == "official", derived,
                 rests_on_weak_relay(v))


def team_author(v: ValueDTO) -> str:
    """Who added a teammate's figure (the login the team library knows them by)."""
    return added_by(v, QCoreApplication.translate)


def _source_line(v: ValueDTO) -> str:
    if v.source is None:
        return translate("Provenance", "no source (derived)")
    s = v.source
    parts = [s.publisher, f"“{s.title}”" if s.title else "", s.date_text or translate("Provenance", "n.d.")]
    return " — ".join(p for p in parts if p)


def basis_line(v: ValueDTO, row: RowDTO | None = None) -> str:
    """The figure's basis in words, for the fields its row cares about ('' for a text or a figure of no basis)."""
    if v.value_num is None:
        return ""
    return _basis_line(v.basis, row.metric.rule if row is not None else None, QCoreApplication.translate)


def cell_tooltip(row: RowDTO, cell: CellDTO) -> str:
    v = cell.value
    if v is None:
        note = cell.gap_note or translate("Provenance", "no source in the catalog gives this figure")
        gap = translate("Provenance", "Not found") if is_fact_row(row) else translate("Provenance", "Not published")
        return f"{gap}: {note}"
    if is_fact_row(row):  # the reference's words and every fact behind them
        return facts_tooltip(cell, QCoreApplication.translate)
    lines = [f"{cell.display}  [{confidence_label(v.confidence)}]",
             f"{citation(v, QCoreApplication.translate)}; {produced_by(v, QCoreApplication.translate)}"]
    basis = basis_line(v, row)
    if basis:
        lines.append(translate("Provenance", "Basis: ") + basis)
    if v.formula:
        lines.append(translate("Provenance", "Derived: ") + v.formula)
    lines.append(translate("Provenance", "Source: ") + _source_line(v))
    if v.source and v.source.url:
        lines.append(v.source.url)
    if v.note:
        lines.append(translate("Provenance", "Note: ") + v.note)
    if cell.disagreement:
        lines.append(translate("Provenance", "Sources disagree (more than %1): ").replace("%1", pd.threshold()) + cell.disagreement)
    if len(cell.candidates) > 1:
        lines.append(translate("Provenance", "%n other figure(s): select the cell to see them and pick another source.").replace(
            "%n", str(len(cell.candidates) - 1)))
    if cell.user_choice:
        lines.append(translate("Provenance", "You chose this source for this cell."))
    if v.origin == "user":
        lines.append(translate("Provenance", "Your own figure (italic): right-click to edit it."))
    elif v.origin == "team":
        lines.append(translate("Provenance", "Added by %1 (overlined), from the team library: right-click to correct "
                                             "it with a figure of your own.").replace("%1", team_author(v)))
    elif v.origin == "import":
        lines.append(translate("Provenance", "Imported from a data file (File ▸ Import data); a newer import of it updates it."))
    return "\n".join(lines)


def ratio_tooltip(row: RowDTO, comparison: ComparisonDTO | None, side: int | None = None) -> str:
    """The ratio of the device at `side` (default: the first that is not the baseline) to the baseline."""
    if comparison is None:
        return ""
    base = comparison.baseline
    side = comparison.other if side is None else side
    if side == base:
        return translate("Provenance", "Baseline: the other devices' ratios are taken against this one.") if len(row.cells) > 2 else ""
    cell = row.cells[side]
    ratio, text, note = (row.ratio, row.ratio_display, row.ratio_note) if side == comparison.other \
        else (cell.ratio, cell.ratio_display, cell.ratio_note)
    if ratio is None:
        why = phrase(note, QCoreApplication.translate) or translate("Provenance", "No ratio: a figure is missing or not numeric.")
        if note is not None and note.code == BASIS_DIFFERS and note.data[0] == "granularity" and comparison.splittable:
            why += "\n" + translate("Provenance", "Compare ▸ Per accelerator package splits a board's or superchip's figures.")
        return why
    hib = row.metric.higher_is_better
    sense = translate("Provenance", "higher is better") if hib else (
        translate("Provenance", "lower is better") if hib is False else translate("Provenance", "neither side is better"))
    a, b = comparison.devices[side], comparison.devices[base]
    warnings = row.ratio_warnings if side == comparison.other else cell.ratio_warnings
    lines = [f"{a.name} ÷ {b.name} = {text} ({sense})", f"{cell.display} ÷ {row.cells[base].display}"]
    lines += [f"{pc.WARNING_MARK} {w}" for w in phrase_all(warnings, QCoreApplication.translate)]
    if row.provenance_note is not None:
        lines.append(f"{NOTE_MARK} {phrase(row.provenance_note, QCoreApplication.translate)}")
    return "\n".join(lines)


def _line(label: str, value_html: str) -> str:
    """'Label: value' (the value already in HTML)."""
    return translate("Provenance", "%1: %2").replace("%2", value_html).replace("%1", html.escape(label))


def _value_html(v: ValueDTO, display: str, chosen: bool, can_choose: bool, row: RowDTO | None = None) -> str:
    esc = html.escape
    conf = confidence_label(v.confidence)
    mine = {"user": ", " + esc(translate("Provenance", "yours")),
            "import": ", " + esc(translate("Provenance", "imported")),
            "team": ", " + esc(translate("Provenance", "added by %1").replace("%1", team_author(v)))}.get(v.origin, "")
    derived = ", " + esc(translate("Provenance", "derived")) if v.is_derived else ""
    head = f"<b>{esc(display).replace(chr(10), '<br>')}</b> &nbsp;<span>[{esc(conf)}{derived}{mine}]</span>"
    if chosen:
        head += " &nbsp;<i>" + esc(translate("Provenance", "shown")) + "</i>"
    elif can_choose:
        head += f" &nbsp;<a href='choose:{esc(v.uid)}'>" + esc(translate("Provenance", "Use this figure")) + "</a>"
    if row is not None and is_fact_row(row):
        return _fact_html(v, head)
    rows = [head, _citation_html(v)]
    basis = basis_line(v, row)
    if basis:
        rows.append(_line(translate("Provenance", "Basis"), esc(basis)))
    if v.formula:
        rows.append(_line(translate("Provenance", "Formula"), esc(v.formula)))
    if v.source is not None:
        s = v.source
        src = esc(s.publisher)
        if s.title:
            src += f", “{esc(s.title)}”"
        src += " (" + esc(s.date_text or translate("Provenance", "n.d.")) + ")"
        rows.append(_line(translate("Provenance", "Source"), src))
        if s.url:
            rows.append(f"<a href='{esc(s.url)}'>{esc(s.url)}</a>")
    if v.as_of:
        rows.append(_line(translate("Provenance", "As of"), esc(v.as_of)))
    if v.note:
        rows.append(_line(translate("Provenance", "Note"), esc(v.note)))
    for inp in v.inputs:
        if inp.source is not None:
            basis = basis_line(inp)
            rows.append(f"&nbsp;&nbsp;← {esc(inp.source.publisher)} ({esc(confidence_label(inp.confidence))})"
                        + (f": {esc(basis)}" if basis else ""))
    return "<p style='margin:4px 0 8px 0'>" + "<br>".join(rows) + "</p>"


def _fact_html(v: ValueDTO, head: str) -> str:
    """A statement cell's words with the facts behind them (←), or one fact: its citation, address, period, note."""
    esc = html.escape
    t = QCoreApplication.translate
    if v.inputs:
        rows = [head] + [f"&nbsp;&nbsp;← {esc(fact_citation(f, t))}" for f in v.inputs]
    else:
        rows = [head, esc(fact_citation(v, t))]
        if v.source is not None and v.source.url:
            rows.append(f"<a href='{esc(v.source.url)}'>{esc(v.source.url)}</a>")
        if v.as_of:
            rows.append(_line(translate("Provenance", "As of"), esc(v.as_of)))
        if v.note:
            rows.append(_line(translate("Provenance", "Note"), esc(v.note)))
    return "<p style='margin:4px 0 8px 0'>" + "<br>".join(rows) + "</p>"


def _citation_html(v: ValueDTO) -> str:
    """'Citation: official figure, read on a weak relay (awesomeagents.ai); produced by the vendor', with the
    producer's own words in grey when they say more ('vendor (as reported by press; unconfirmed)')."""
    t = QCoreApplication.translate
    text = _line(translate("Provenance", "Citation"), f"{html.escape(citation(v, t))}; {html.escape(produced_by(v, t))}")
    detail = producer_detail(v.producer)
    return text + (f" <span style='color:gray'>— “{html.escape(detail)}”</span>" if detail else "")


def disagreement_html(row: RowDTO, cell: CellDTO, describe, style: NumberStyle = PLAIN) -> str:
    """The ≠ flag explained: the spread, each differing figure with its producer, carrier quality, date and
    source (and its note, which often says why), and the reasons db recognised; nothing more is said."""
    esc = html.escape
    t = QCoreApplication.translate
    why = explain_disagreement(cell, row.metric)
    flag = esc(translate("Provenance", "Sources disagree by more than %1").replace("%1", pd.threshold()))
    if why is None:
        return f"<p><b>≠ {flag}:</b> {esc(cell.disagreement)}</p>"
    shown = {v.uid: describe(v, row.metric) for v in why.values}
    items = []
    for v in why.values:
        facts = " · ".join(esc(f) for f in pd.figure_facts(v, t))
        note = "<br><span style='color:gray'>" + _line(translate("Provenance", "Note"), esc(v.note)) + "</span>" \
            if v.note else ""
        items.append(f"<li><b>{esc(shown[v.uid])}</b> — {facts}{note}</li>")
    parts = [f"<p style='margin:4px 0 0 0'><b>≠ {flag}:</b> "
             f"{esc(cell.disagreement)}; {esc(pd.spread_text(why, t, style))}</p>",
             "<ul style='margin:2px 0 4px 0'>" + "".join(items) + "</ul>"]
    parts += [f"<p style='margin:0 0 6px 0'><b>{esc(t('Provenance', pd.KNOWN_REASON))}:</b> {esc(text)}</p>"
              for text in pd.reasons_text(why, shown, t)]
    return "".join(parts)


def provenance_html(row: RowDTO, side: int, comparison: ComparisonDTO, describe, style: NumberStyle = PLAIN) -> str:
    """Every figure known for one cell, the one shown first, with links to pick another."""
    esc = html.escape
    cell = row.cells[side]
    device = comparison.devices[side]
    parts = [f"<h3 style='margin:0'>{esc(row.metric.label)} — {esc(device.name)}</h3>",
             f"<p style='margin:2px 0 6px 0'>{esc(row.metric.description)}</p>"]
    if row.provenance_note is not None:
        parts.append(f"<p style='margin:0 0 6px 0'>{NOTE_MARK} {esc(phrase(row.provenance_note, QCoreApplication.translate))}"
                     f"</p>")
    if cell.value is None:
        gap = translate("Provenance", "Not found") if is_fact_row(row) else translate("Provenance", "Not published")
        why = cell.gap_note or translate("Provenance", "no source gives this figure")
        parts.append(f"<p><b>{esc(gap)}</b>: {esc(why)}</p>")
        return "".join(parts)
    if cell.disagreement:
        parts.append(disagreement_html(row, cell, describe, style))
    if cell.user_choice:
        picked, back = translate("Provenance", "You picked this figure."), translate("Provenance", "Back to automatic choice")
        parts.append(f"<p><i>{esc(picked)}</i> <a href='choose:'>{esc(back)}</a></p>")
    can_choose = not row.metric.derived and not is_fact_row(row)  # a statement row shows the reference's words
    ordered = [cell.value] + [v for v in cell.candidates if v.uid != cell.value.uid]
    for v in ordered:
        parts.append(_value_html(v, describe(v, row.metric), v.uid == cell.value.uid, can_choose, row))
    if can_choose:
        rule = translate("Provenance", "Automatic choice, the same for this device in every comparison: the row’s "
                                       "standard kind of figure first; then read on its producer’s own page, on a "
                                       "reputable relay, worked out, on a weak relay; official before third-party "
                                       "before reported; stored before derived; exact before approximate; newest first.")
        parts.append(f"<p style='color:gray'>{esc(rule)}</p>")
    return "".join(parts)


def legend_text(team: bool = False) -> str:
    """The comparison's legend; `team`: the comparison shows a teammate's figure (its style is told too)."""
    return _legend() + (" · " + translate("Provenance", "overlined: a teammate's figure, from the team library")
                        if team else "")


def _legend() -> str:
    return translate("Provenance", "O official · T third-party · R reported (letter in a circle) · ƒ derived, with its formula · "
              "dotted circle with a small ring: read only on a weak relay (aggregator, wiki, reseller) · "
              "≠ sources disagree by more than %2 · %1 the sides' figures come from different sources or methods · "
              "▲ better side · ⚠ basis not fully stated · underlined: your pick · "
              "italic: your figure · hover or select a cell for its sources and basis, right-click to edit").replace(
        "%1", NOTE_MARK).replace("%2", pd.threshold())


