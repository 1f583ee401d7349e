"""A device's status as a user reads it at a glance, once for the picker, the table header, the charts, the
command line and every export: a word with a small shape (never a colour alone), the date it was last
sourced, whether its figures are targets (drawn outlined in every chart), and the brief's roadmap caution.

No Qt here (an import-linter contract). The English templates are marked with QT_TRANSLATE_NOOP; the
window and the exports pass Qt's translate function, the command line none (English).
"""
from __future__ import annotations

from db.dto import ComparisonDTO, DeviceDTO
from desktop.present import dates
from desktop.present.comparison import LETTERS
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Status"

# the vocabulary of DeviceDTO.status, each a word and a small shape
WORDS = {
    "shipping": QT_TRANSLATE_NOOP("Status", "shipping"),
    "announced": QT_TRANSLATE_NOOP("Status", "announced"),
    "roadmap": QT_TRANSLATE_NOOP("Status", "roadmap"),
    "china-specific": QT_TRANSLATE_NOOP("Status", "China-specific"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "cancelled"),
}
SHAPES = {"shipping": "●", "announced": "◐", "roadmap": "○", "china-specific": "◆", "cancelled": "✕"}
TARGETS = ("announced", "roadmap")  # figures are announced targets, not measured parts
OUTLINE_MARK = "□"  # before the legend line of outlined bars and markers, where no drawn sample precedes it

AS_OF = QT_TRANSLATE_NOOP("Status", "as of %1")
NOT_STATED = QT_TRANSLATE_NOOP("Status", "date not stated")
OUTLINED_LEGEND = QT_TRANSLATE_NOOP("Status", "outlined: announced or roadmap targets, not measured parts (%1)")
CAUTION = {
    "roadmap": QT_TRANSLATE_NOOP(
        "Status", "%1 is a roadmap %2 (%3): its figures are announced targets, not measured parts."),
    "announced": QT_TRANSLATE_NOOP(
        "Status", "%1 is an announced %2, not yet shipping (%3): its figures are announced targets, not measured "
                  "parts."),
}
KINDS = {"chip": QT_TRANSLATE_NOOP("Status", "chip"), "system": QT_TRANSLATE_NOOP("Status", "system")}


def word(status: str, translate: Translate = _english) -> str:
    """'roadmap', 'China-specific' (an unknown code reads as it is)."""
    return translate(CONTEXT, WORDS[status]) if status in WORDS else status


def badge(status: str, translate: Translate = _english) -> str:
    """'○ roadmap': the shape and the word."""
    shape = SHAPES.get(status, "")
    return f"{shape} {word(status, translate)}".strip()


def as_of(device: DeviceDTO, translate: Translate = _english, lang: str | None = None) -> str:
    """'as of 2025-09-18' (the newest date of its availability and announcement figures), or 'date not stated';
    the date in `lang` (None: the window's)."""
    if not device.status_as_of:
        return translate(CONTEXT, NOT_STATED)
    return translate(CONTEXT, AS_OF).replace("%1", dates.day(device.status_as_of, lang))


def status_line(device: DeviceDTO, translate: Translate = _english, lang: str | None = None) -> str:
    """'○ roadmap · as of 2025-09-18'."""
    return f"{badge(device.status, translate)} · {as_of(device, translate, lang)}"


def short_line(device: DeviceDTO, translate: Translate = _english, lang: str | None = None) -> str:
    """'○ roadmap · 2025-09-18' where room is short (a table header; its tooltip says 'as of')."""
    date = f" · {dates.day(device.status_as_of, lang)}" if device.status_as_of else ""
    return badge(device.status, translate) + date


def is_target(device: DeviceDTO) -> bool:
    """Whether its figures are announced targets (roadmap or announced, not shipping)."""
    return device.status in TARGETS


def outlined(devices: tuple[DeviceDTO, ...] | list[DeviceDTO]) -> bool:
    """The one style decision of every chart, on screen and exported: a bar or marker whose figures involve
    any of `devices` is drawn outlined (not filled) when one of them is a target. A pair's bar involves both
    devices; a dot plot's marker its own device."""
    return any(is_target(d) for d in devices)


def target_legend(comparison: ComparisonDTO, translate: Translate = _english, names: bool = True) -> str:
    """The legend line of outlined bars and markers ('' when no device is a target):
    'outlined: announced or roadmap targets, not measured parts (A: Atlas 950 SuperPoD)', or with the letters
    alone ('(A, B)') where room is short."""
    targets = [f"{LETTERS[i]}: {d.name}" if names else LETTERS[i]
               for i, d in enumerate(comparison.devices) if is_target(d)]
    return translate(CONTEXT, OUTLINED_LEGEND).replace("%1", ", ".join(targets)) if targets else ""


def cautions(comparison: ComparisonDTO, translate: Translate = _english) -> list[str]:
    """The brief's key findings on roadmap and announced devices: 'Atlas 950 SuperPoD is a roadmap system (as of
    2025-09-18): its figures are announced targets, not measured parts.'"""
    out = []
    for d in comparison.devices:
        if d.status in CAUTION:
            kind = translate(CONTEXT, KINDS[d.kind]) if d.kind in KINDS else d.kind
            out.append(translate(CONTEXT, CAUTION[d.status]).replace("%1", d.name).replace("%2", kind)
                       .replace("%3", as_of(d, translate)))
    return out
