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
from db.api.compare import BASIS_DIFFERS
from desktop.present import comparison as pc
from desktop.present.basis import basis_line as _basis_line
from desktop.present.reasons import phrase, phrase_all

CONFIDENCE = {
    "official": ("O", QColor(21, 101, 192)),
    "third-party": ("T", QColor(123, 31, 162)),
    "reported": ("R", QColor(191, 54, 12)),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Provenance", text)


def confidence_label(conf: str | None) -> str:
    return {"official": tr("official"), "third-party": tr("third-party"), "reported": tr("reported")}.get(
        conf or "", tr("unrated"))


@lru_cache(maxsize=16)
def _icon(letter: str, rgb: tuple[int, int, int], filled: bool, derived: bool) -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(*rgb)
        pen = QPen(colour, max(1.0, size / 12))
        if derived:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(colour if filled else Qt.GlobalColor.transparent)
        m = size * 0.08
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.6))
        p.setFont(font)
        p.setPen(QColor("white") if filled else colour)
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
        p.end()
        icon.addPixmap(pm)
    return icon


def confidence_icon(v: ValueDTO | None) -> QIcon | None:
    if v is None:
        return None
    letter, colour = CONFIDENCE.get(v.confidence or "", ("?", QColor(117, 117, 117)))
    derived = v.is_derived
    return _icon("ƒ" if derived else letter, colour.getRgb()[:3], not derived and v.confidence == "official", derived)


def _source_line(v: ValueDTO) -> str:
    if v.source is None:
        return tr("no source (derived)")
    s = v.source
    parts = [s.publisher, f"“{s.title}”" if s.title else "", s.date_text or "n.d."]
    return " — ".join(p for p in parts if p)


def basis_line(v: ValueDTO, row: RowDTO | None = None) -> str:
    """The figure's basis in words, for the fields its row cares about ('' for a text or a figure of no basis)."""
    if v.value_num is None:
        return ""
    return _basis_line(v.basis, row.metric.rule if row is not None else None, QCoreApplication.translate)


def cell_tooltip(row: RowDTO, cell: CellDTO) -> str:
    v = cell.value
    if v is None:
        note = cell.gap_note or tr("no source in the catalog gives this figure")
        return f"{tr('Not published')}: {note}"
    lines = [f"{cell.display}  [{confidence_label(v.confidence)}]"]
    basis = basis_line(v, row)
    if basis:
        lines.append(tr("Basis: ") + basis)
    if v.formula:
        lines.append(tr("Derived: ") + v.formula)
    lines.append(tr("Source: ") + _source_line(v))
    if v.source and v.source.url:
        lines.append(v.source.url)
    if v.note:
        lines.append(tr("Note: ") + v.note)
    if cell.disagreement:
        lines.append(tr("Sources disagree (more than 5%): ") + cell.disagreement)
    if len(cell.candidates) > 1:
        lines.append(tr("%n other figure(s): select the cell to see them and pick another source.").replace(
            "%n", str(len(cell.candidates) - 1)))
    if cell.user_choice:
        lines.append(tr("You chose this source for this cell."))
    if v.origin == "user":
        lines.append(tr("Your own figure (italic): right-click to edit it."))
    elif v.origin == "import":
        lines.append(tr("Imported from a data file (File ▸ Import data); a newer import of it updates it."))
    return "\n".join(lines)


def ratio_tooltip(row: RowDTO, comparison: ComparisonDTO | None, side: int | None = None) -> str:
    """The ratio of the device at `side` (default: the first that is not the baseline) to the baseline."""
    if comparison is None:
        return ""
    base = comparison.baseline
    side = comparison.other if side is None else side
    if side == base:
        return tr("Baseline: the other devices' ratios are taken against this one.") if len(row.cells) > 2 else ""
    cell = row.cells[side]
    ratio, text, note = (row.ratio, row.ratio_display, row.ratio_note) if side == comparison.other \
        else (cell.ratio, cell.ratio_display, cell.ratio_note)
    if ratio is None:
        why = phrase(note, QCoreApplication.translate) or tr("No ratio: a figure is missing or not numeric.")
        if note is not None and note.code == BASIS_DIFFERS and note.data[0] == "granularity" and comparison.splittable:
            why += "\n" + tr("Compare ▸ Per accelerator package splits a board's or superchip's figures.")
        return why
    hib = row.metric.higher_is_better
    sense = tr("higher is better") if hib else (tr("lower is better") if hib is False else tr("neither side is better"))
    a, b = comparison.devices[side], comparison.devices[base]
    warnings = row.ratio_warnings if side == comparison.other else cell.ratio_warnings
    lines = [f"{a.name} ÷ {b.name} = {text} ({sense})", f"{cell.display} ÷ {row.cells[base].display}"]
    lines += [f"{pc.WARNING_MARK} {w}" for w in phrase_all(warnings, QCoreApplication.translate)]
    return "\n".join(lines)


def _value_html(v: ValueDTO, display: str, chosen: bool, can_choose: bool, row: RowDTO | None = None) -> str:
    esc = html.escape
    conf = confidence_label(v.confidence)
    mine = {"user": ", " + esc(tr("yours")), "import": ", " + esc(tr("imported"))}.get(v.origin, "")
    head = (f"<b>{esc(display)}</b> &nbsp;<span>[{esc(conf)}{', ' + esc(tr('derived')) if v.is_derived else ''}"
            f"{mine}]</span>")
    if chosen:
        head += f" &nbsp;<i>{esc(tr('shown'))}</i>"
    elif can_choose:
        head += f" &nbsp;<a href='choose:{esc(v.uid)}'>{esc(tr('Use this figure'))}</a>"
    rows = [head]
    basis = basis_line(v, row)
    if basis:
        rows.append(f"{esc(tr('Basis'))}: {esc(basis)}")
    if v.formula:
        rows.append(f"{esc(tr('Formula'))}: {esc(v.formula)}")
    if v.source is not None:
        s = v.source
        src = esc(s.publisher)
        if s.title:
            src += f", “{esc(s.title)}”"
        src += f" ({esc(s.date_text or 'n.d.')})"
        rows.append(f"{esc(tr('Source'))}: {src}")
        if s.url:
            rows.append(f"<a href='{esc(s.url)}'>{esc(s.url)}</a>")
    if v.as_of:
        rows.append(f"{esc(tr('As of'))}: {esc(v.as_of)}")
    if v.note:
        rows.append(f"{esc(tr('Note'))}: {esc(v.note)}")
    for inp in v.inputs:
        if inp.source is not None:
            basis = basis_line(inp)
            rows.append(f"&nbsp;&nbsp;← {esc(inp.source.publisher)} ({esc(confidence_label(inp.confidence))})"
                        + (f": {esc(basis)}" if basis else ""))
    return "<p style='margin:4px 0 8px 0'>" + "<br>".join(rows) + "</p>"


def provenance_html(row: RowDTO, side: int, comparison: ComparisonDTO, describe) -> str:
    """Every figure known for one cell, the one shown first, with links to pick another."""
    esc = html.escape
    cell = row.cells[side]
    device = comparison.devices[side]
    parts = [f"<h3 style='margin:0'>{esc(row.metric.label)} — {esc(device.name)}</h3>",
             f"<p style='margin:2px 0 6px 0'>{esc(row.metric.description)}</p>"]
    if cell.value is None:
        parts.append(f"<p><b>{esc(tr('Not published'))}</b>: {esc(cell.gap_note or tr('no source gives this figure'))}</p>")
        return "".join(parts)
    if cell.disagreement:
        parts.append(f"<p><b>≠ {esc(tr('Sources disagree by more than 5%'))}:</b> {esc(cell.disagreement)}</p>")
    if cell.user_choice:
        parts.append(f"<p><i>{esc(tr('You picked this figure.'))}</i> <a href='choose:'>{esc(tr('Back to automatic choice'))}</a></p>")
    can_choose = not row.metric.derived
    ordered = [cell.value] + [v for v in cell.candidates if v.uid != cell.value.uid]
    for v in ordered:
        parts.append(_value_html(v, describe(v, row.metric), v.uid == cell.value.uid, can_choose, row))
    if not row.metric.derived:
        parts.append(f"<p style='color:gray'>{esc(tr('Automatic choice: official before third-party before reported, stored before derived, exact before approximate, newest first; the same source on both sides where it is equally good.'))}</p>")
    return "".join(parts)


def legend_text() -> str:
    return tr("O official · T third-party · R reported (letter in a circle) · ƒ derived, with its formula · "
              "≠ sources disagree by more than 5% · ▲ better side · ⚠ basis not fully stated · underlined: your pick · "
              "italic: your figure · hover or select a cell for its sources and basis, right-click to edit")


