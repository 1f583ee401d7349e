"""How the sources read as citations (issue 17), for the Data ▸ Sources dialog and `chiplens sources`: the
carrier quality of a source's figures, its headline devices, the note an upgraded citation carries.

No Qt (an import-linter contract); templates are marked for Qt's translation tools as in reasons.py.
"""
from __future__ import annotations

from db.api.compare import CARRIERS
from db.dto import SourceQualityDTO
from desktop.present.provenance import carrier_name, short_publisher
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Sources"
UPGRADED_FROM = QT_TRANSLATE_NOOP("Sources", "citation upgraded from %1")
NO_FIGURES = "—"


def carriers_text(q: SourceQualityDTO, translate: Translate = _english) -> str:
    """'weak relay'; 'primary, reputable relay' when its figures were read on pages of several qualities (most
    common first); '—' for a source no figure cites."""
    if not q.figures:
        return NO_FIGURES
    return ", ".join(carrier_name(c, translate) for c in q.carriers)


def carrier_order(carrier: str | None) -> int:
    """Where a carrier sorts in a list: primary, reputable relay, weak relay, derived, then not stated."""
    return CARRIERS.index(carrier) if carrier in CARRIERS else len(CARRIERS)


def headline_text(q: SourceQualityDTO) -> str:
    """The devices whose headline figure rests on the source: 'Huawei Ascend 910B, NVIDIA H20'."""
    return ", ".join(q.headline_devices)


def upgrade_note(old_publisher: str | None, translate: Translate = _english) -> str:
    """The note of a figure whose citation was upgraded: 'citation upgraded from awesomeagents.ai'."""
    return translate(CONTEXT, UPGRADED_FROM).replace("%1", short_publisher(old_publisher or "") or "?")


def worst_first(qualities: list[SourceQualityDTO]) -> list[SourceQualityDTO]:
    """The sources with the most figures read on weak relays first, then the most cited, then by publisher."""
    return sorted(qualities, key=lambda q: (-len(q.weak_figures), -len(q.figures), q.source.publisher.casefold(),
                                            q.source.key))
