"""Who produced a figure and how good the page it was read on is: two questions, two fields.

- `producer`: who produced the number, as the reference data says it ('vendor', 'analyst firm (SemiAnalysis)',
  'dataset compiler (Epoch AI; underlying origin not stated)', 'press report', ...). None: not stated.
- `carrier_quality`: how strong the cited page is as a citation of it: `primary` (the producer's own document),
  `reputable-relay` (a reputable outlet or compiler restating it), `weak-relay` (aggregator, syndication,
  reseller blog, wiki, personal compilation), `derived` (arithmetic on other figures). None: not stated.

`confidence` (official / third-party / reported) keeps its meaning: the kind of producer.
"""
from __future__ import annotations

import re

CARRIERS = ("primary", "reputable-relay", "weak-relay", "derived")
# the automatic choice prefers a figure read on the producer's own page, then on a reputable relay; a figure
# worked out from others comes before one read only on a weak relay; an unstated carrier comes last
CARRIER_RANK = {"primary": 0, "reputable-relay": 1, "derived": 2, "weak-relay": 3}
UNSTATED_RANK = 4

# the kinds of producer, by the words a producer text starts with (first match wins)
PRODUCER_KINDS = ("vendor", "vendor-press", "dataset", "analyst", "government", "press", "derived")
_KIND_PREFIXES = (("vendor (as reported", "vendor-press"), ("vendor (event date", "vendor-press"),
                  ("vendor", "vendor"), ("dataset", "dataset"), ("analyst", "analyst"),
                  ("government", "government"), ("press", "press"), ("derived", "derived"))
_NAMED = re.compile(r"^(?:analyst firm|analyst|dataset compiler)\s*\(([^;)]+)")

# a source's kind (sources.json) -> the carrier quality a figure read there has unless told otherwise
_SOURCE_KIND_CARRIER = {
    "vendor": "primary", "vendor-repo": "primary", "vendor-paper": "primary", "vendor-submission": "primary",
    "analyst": "primary", "government": "primary",
    "dataset": "reputable-relay", "press": "reputable-relay", "legal": "reputable-relay",
    "partner-submission": "reputable-relay", "issue": "reputable-relay", "press (vendor statement)": "reputable-relay",
    "compilation": "weak-relay", "reseller": "weak-relay", "vendor-relay": "weak-relay", "analyst-relay": "weak-relay",
    "derived": "derived",
}


def clean_producer(text: str | None) -> str | None:
    """The producer as stored: trimmed, without a reviewer's aside after ' - ' (None for an empty text)."""
    if text is None:
        return None
    text = text.split(" - ", 1)[0].strip()
    return text or None


def producer_kind(producer: str | None) -> str | None:
    """'analyst firm (SemiAnalysis)' -> 'analyst'; 'vendor (as reported by press; unconfirmed)' -> 'vendor-press'."""
    if not producer:
        return None
    low = producer.casefold().strip()
    return next((kind for prefix, kind in _KIND_PREFIXES if low.startswith(prefix)), None)


def producer_name(producer: str | None) -> str | None:
    """The named producer in 'analyst firm (SemiAnalysis)' or 'dataset compiler (Epoch AI; ...)'; None otherwise."""
    m = _NAMED.match((producer or "").strip())
    return m.group(1).strip() if m else None


def carrier_rank(carrier: str | None) -> int:
    return CARRIER_RANK.get(carrier or "", UNSTATED_RANK)


def default_carrier(source_kind: str | None) -> str | None:
    """The carrier quality a figure read on a source of this kind has by default: 'press' -> reputable relay,
    'compilation (low reliability)' -> weak relay, a mirror -> weak relay; None when the kind says nothing."""
    kind = (source_kind or "").strip().casefold()
    if not kind:
        return None
    if "low reliability" in kind or "mirror" in kind or "syndication" in kind or "aggregat" in kind:
        return "weak-relay"
    return _SOURCE_KIND_CARRIER.get(kind)


def is_weak(carrier: str | None) -> bool:
    return carrier == "weak-relay"
