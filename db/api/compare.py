"""Comparing devices: side by side with ratios (db.compare does the work on a Bundle read here)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from db import read
from db.api._session import read as _read
from db.basis import DIMENSIONS, VOCABULARY, Basis, BasisRule
from db.compare import Bundle, build_comparison, compare_devices, describe
from db.scale import scale_to_match
from db.dto import ComparisonDTO, ScaleMatchDTO
from db.provenance import CARRIERS, default_carrier, is_weak, producer_kind, producer_name
from db.reasons import (BASELINE_ZERO, BASIS_DIFFERS, BASIS_NOT_STATED, CONDITION_DIFFERS, FORMAT_DIFFERS,
                        METHODS_DIFFER, OTHER_ZERO, QUALIFIERS_DIFFER, SOURCES_DIFFER, SOURCES_DIFFER_SHARED, Reason)
from db.units import PLAIN, NumberStyle, format_number, format_quantity, format_ratio, scale
from db.disagreement import DISAGREEMENT, Disagreement, explain as explain_disagreement
from db.reasons import BITS_VS_BYTES, DIFFERENT_CONDITIONS, ESTIMATE_VS_VENDOR, GIB_VS_GB

__all__ = ["CARRIERS", "DIMENSIONS", "VOCABULARY", "Basis", "BasisRule", "BASELINE_ZERO", "BASIS_DIFFERS",
           "BASIS_NOT_STATED", "CONDITION_DIFFERS", "FORMAT_DIFFERS", "METHODS_DIFFER", "OTHER_ZERO", "PLAIN",
           "QUALIFIERS_DIFFER", "SOURCES_DIFFER", "SOURCES_DIFFER_SHARED", "Compare", "NumberStyle", "Reason", "default_carrier", "describe",
           "is_weak", "producer_kind", "producer_name", "format_number", "format_quantity", "format_ratio", "scale", "scale_to_match"]
__all__ += ["BITS_VS_BYTES", "DIFFERENT_CONDITIONS", "Disagreement", "ESTIMATE_VS_VENDOR", "GIB_VS_GB",
            "explain_disagreement", "DISAGREEMENT"]


def load_bundle(conn: sqlite3.Connection, slugs: list[str]) -> Bundle:
    devs = {d.slug: d for d in read.devices(conn, slugs)}
    comps = {s: read.components(conn, s) for s in slugs if devs.get(s) and devs[s].kind == "system"}
    parts = sorted({c.device_slug for cs in comps.values() for c in cs if c.device_slug} - set(slugs))
    if parts:
        devs.update({d.slug: d for d in read.devices(conn, parts)})
    return Bundle(read.metrics(conn), devs, read.values(conn, list(slugs) + parts), comps, read.choices(conn, list(slugs)))


def compare(path: Path, a: str, b: str, style: NumberStyle = PLAIN) -> ComparisonDTO:
    """Compare two devices given by slug, name or alias."""
    def _run(conn: sqlite3.Connection) -> ComparisonDTO:
        slug_a, slug_b = read.resolve_device(conn, a), read.resolve_device(conn, b)
        return build_comparison(load_bundle(conn, [slug_a, slug_b]), slug_a, slug_b, style)
    return _read(path, _run)


def compare_many(path: Path, names: Iterable[str], baseline: int | str | None = None,
                 style: NumberStyle = PLAIN, per_package: bool = False) -> ComparisonDTO:
    """Compare 2 to 4 devices (slugs, names or aliases) with ratios against the `baseline` column: an
    index, or the name of one of the devices; default the second (a pair reads A ÷ B)."""
    names = list(names)

    def _run(conn: sqlite3.Connection) -> ComparisonDTO:
        slugs = [read.resolve_device(conn, n) for n in names]
        if isinstance(baseline, str):
            wanted = read.resolve_device(conn, baseline)
            if wanted not in slugs:
                raise ValueError(f"the baseline {baseline!r} is not one of the compared devices")
            index: int | None = slugs.index(wanted)
        else:
            index = baseline
        return compare_devices(load_bundle(conn, slugs), slugs, index, style, per_package)
    return _read(path, _run)


class Compare:
    """`library.compare`: comparisons of the devices of one store, formatted with `style`."""

    def __init__(self, path: Path, style: NumberStyle = PLAIN) -> None:
        self.path = path
        self.style = style

    def pair(self, a: str, b: str, style: NumberStyle | None = None) -> ComparisonDTO:
        return compare(self.path, a, b, style or self.style)

    def many(self, names: Iterable[str], baseline: int | str | None = None,
             style: NumberStyle | None = None, per_package: bool = False) -> ComparisonDTO:
        return compare_many(self.path, names, baseline, style or self.style, per_package)

    def scale_to_match(self, comparison: ComparisonDTO, metric_key: str, index: int | None = None,
                       style: NumberStyle | None = None) -> ScaleMatchDTO:
        return scale_to_match(comparison, metric_key, style or self.style, index)
