"""Exporting the catalog: a JSON data pack (see db.pack) or CSV values, written atomically."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

from db import read
from db.api._session import read as _read
from db.basis import COLUMNS as BASIS_COLUMNS
from db.compare import describe
from db.dto import DeviceDTO, MetricDTO, SourceDTO
from db.files import atomic_target, atomic_write

__all__ = ["Exports", "atomic_target", "atomic_write"]

ExportRows = tuple[list[DeviceDTO], list[MetricDTO], list[SourceDTO], list[dict[str, Any]]]


def export_rows(path: Path) -> ExportRows:
    """Every device, metric, source and stored value, as plain rows for `export data` (a value's basis as one
    mapping "basis" with its six fields, None where not stated; who produced it and its carrier quality, '' where
    not stated)."""
    devs, mets, sources, rows, _uids = _read(path, _export_rows)
    return devs, mets, sources, rows


def _export_rows(conn: sqlite3.Connection) -> tuple[list[DeviceDTO], list[MetricDTO], list[SourceDTO],
                                                    list[dict[str, Any]], list[str]]:
    """export_rows' result, plus the uid of each value row (a data pack's choices point at rows)."""
    devs = read.devices(conn)
    mets = read.metrics(conn)
    by_key = {m.key: m for m in mets}
    vals = read.values(conn, [d.slug for d in devs])
    rows, uids = [], []
    for d in devs:
        for m in mets:
            for v in vals.get((d.slug, m.key), []):
                uids.append(v.uid)
                rows.append({
                    "device": d.slug, "device_name": d.name, "metric": m.key, "metric_label": m.label,
                    "value": v.value_num if v.value_num is not None else v.value_text, "unit": m.unit if v.value_num is not None else "",
                    "display": describe(v, by_key[m.key]), "qualifier": v.qualifier or "", "approximate": v.approximate,
                    "confidence": v.confidence or "", "producer": v.producer or "",
                    "carrier_quality": v.carrier_quality or "", "source": v.source.key if v.source else "",
                    "publisher": v.source.publisher if v.source else "", "title": v.source.title if v.source else "",
                    "url": (v.source.url or "") if v.source else "", "source_date": v.source.date_text if v.source else "",
                    "as_of": v.as_of or "", "note": v.note, "origin": v.origin, "basis": v.basis.as_dict()})
    return devs, mets, read.sources(conn), rows, uids


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A value row as the CSV writes it: the basis as six columns basis_format … basis_condition ('' not stated)."""
    out = {k: v for k, v in row.items() if k != "basis"}
    out.update({column: value or "" for column, value in zip(BASIS_COLUMNS, row["basis"].values())})
    return out


def export_data(path: Path, target: Path) -> int:
    """Write the catalog to `target`, atomically: .json a data pack (devices with aliases and composition,
    metrics, sources, values, pairings and groups, value choices: see db.pack), .csv the values only, one a
    row. Returns the number of values."""
    target = Path(target)
    if target.suffix.lower() == ".json":
        from db import pack
        doc = _read(path, lambda conn: pack.document(conn, *_export_rows(conn)))
        rows = doc["values"]
        payload = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    elif target.suffix.lower() == ".csv":
        rows = export_rows(path)[3]
        flat = [csv_row(r) for r in rows]
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(flat[0].keys()) if flat else ["device"], lineterminator="\n")
        writer.writeheader()
        from db.importers.text import escape_row  # cells starting with = + - @ cannot run as formulas
        writer.writerows(escape_row(r) for r in flat)
        payload = buf.getvalue().encode("utf-8-sig")
    else:
        raise ValueError(f"unsupported export format {target.suffix!r}: use .json or .csv")
    atomic_write(target, payload)
    return len(rows)


class Exports:
    """`library.exports`: the catalog of one store written to files."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self) -> ExportRows:
        return export_rows(self.path)

    def data(self, target: Path) -> int:
        return export_data(self.path, target)
