"""The quality of the sources as citations: for each source, the figures resting on it, the carrier quality
of the pages they were read on, and the devices whose headline figure rests on it (issue 17).

Pure functions over DTOs (no SQL): `overview` takes every source and one Bundle of every device.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from db.compare import Bundle, headlines
from db.dto import HeadlineUseDTO, SourceDTO, SourceQualityDTO, ValueDTO
from db.provenance import carrier_rank, is_weak


def root(v: ValueDTO) -> ValueDTO:
    """The stored figure a worked-out one comes from (its first input, down the chain)."""
    while v.inputs:
        v = v.inputs[0]
    return v


def _carriers(figures: list[ValueDTO]) -> tuple[str | None, ...]:
    """The carrier qualities of these figures, most common first (ties: the better carrier first)."""
    counts = Counter(v.carrier_quality for v in figures)
    return tuple(sorted(counts, key=lambda c: (-counts[c], carrier_rank(c))))


def overview(sources: list[SourceDTO], bundle: Bundle) -> list[SourceQualityDTO]:
    """Every source (those no figure cites too), in the order given."""
    figures: dict[str, list[ValueDTO]] = defaultdict(list)
    for values in bundle.values.values():
        for v in values:
            if v.source is not None and not v.is_gap:
                figures[v.source.key].append(v)
    labels = {m.key: m.label for m in bundle.metrics}
    uses: dict[str, list[HeadlineUseDTO]] = defaultdict(list)
    for (slug, key), (shown, candidates) in headlines(bundle).items():
        src = root(shown).source
        if src is None:
            continue
        weak_only = all(is_weak(root(c).carrier_quality) for c in candidates)
        uses[src.key].append(HeadlineUseDTO(slug, bundle.devices[slug].name, key, labels[key], shown.uid,
                                            root(shown).uid, bundle.choices.get((slug, key)) == shown.uid, weak_only))
    order = {m.key: i for i, m in enumerate(bundle.metrics)}
    return [SourceQualityDTO(s, _carriers(figures[s.key]), tuple(figures[s.key]),
                             tuple(sorted(uses[s.key], key=lambda h: (h.device_name.casefold(), order[h.metric_key]))))
            for s in sources]
