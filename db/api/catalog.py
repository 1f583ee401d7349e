"""The catalog: devices, metrics, sources, values, pairings and groups; reading it and editing it.

Every edit returns a CatalogEditDTO (for undo / redo) and the ChangeSet to broadcast.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import read
from db.api._session import read as _read
from db.api._session import write as _write
from db.basis import FORMATS, GRANULARITIES, POWER_QUALIFIERS, Basis, BasisRule  # noqa: F401 - for the value dialog
from db.catalog import (  # noqa: F401
    CONFIDENCES,
    KINDS,
    MAX_COMPARED,
    ROLES,
    STATUSES,
    CatalogValidationError,
    norm,
    validate_device,
    validate_group,
    validate_source,
    validate_value,
)
from db.dto import (CatalogEditDTO, ChangeSet, ComponentDTO, DeviceDTO, MetricDTO, OrganisationDTO, PairingDTO,
                    SourceDTO, SourceQualityDTO, ValueDTO)
from db.units import PLAIN, NumberStyle

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["CONFIDENCES", "FORMATS", "GRANULARITIES", "KINDS", "MAX_COMPARED", "POWER_QUALIFIERS", "ROLES", "STATUSES",
           "Basis", "BasisRule", "Catalog", "CatalogValidationError", "norm", "validate_device", "validate_group",
           "validate_source", "validate_value"]


def list_devices(path: Path) -> list[DeviceDTO]:
    return _read(path, read.devices)


def list_metrics(path: Path) -> list[MetricDTO]:
    return _read(path, read.metrics)


def list_pairings(path: Path) -> list[PairingDTO]:
    return _read(path, read.pairings)


def list_sources(path: Path) -> list[SourceDTO]:
    return _read(path, read.sources)


def sources_overview(path: Path) -> list[SourceQualityDTO]:
    """Every source as a citation (db.sources): its figures, their carrier quality and the headline figures
    resting on it, from one read of every device."""
    from db import sources
    from db.api.compare import load_bundle

    def _run(conn: sqlite3.Connection) -> list[SourceQualityDTO]:
        bundle = load_bundle(conn, [d.slug for d in read.devices(conn)])
        return sources.overview(read.sources(conn), bundle)
    return _read(path, _run)


def resolve_device(path: Path, name: str) -> str:
    """Slug for a slug, name or alias (case-insensitive); UnknownDeviceError with suggestions."""
    return _read(path, lambda conn: read.resolve_device(conn, name))


def get_value(path: Path, uid: str) -> ValueDTO | None:
    """The stored value with this uid (None if there is none)."""
    def _run(conn: sqlite3.Connection) -> ValueDTO | None:
        row = conn.execute("SELECT d.slug FROM spec_value v JOIN device d ON d.id = v.device_id WHERE v.uid = ?",
                           (uid,)).fetchone()
        if row is None:
            return None
        return next((v for vs in read.values(conn, [row[0]]).values() for v in vs if v.uid == uid), None)
    return _read(path, _run)


def device_components(path: Path, slug: str) -> list[ComponentDTO]:
    """The composition of a system (empty for a chip)."""
    return _read(path, lambda conn: read.components(conn, slug))


def list_organisations(path: Path) -> list[OrganisationDTO]:
    return _read(path, read.organisations)


def choose_value(path: Path, device_slug: str, metric_key: str, value_uid: str | None) -> ChangeSet:
    """Pin the figure a cell shows to one value (None: back to the automatic preference)."""
    from sqlalchemy import delete, insert

    from db.schema import ValueChoice

    def _run(conn: Connection) -> None:
        conn.execute(delete(ValueChoice).where(ValueChoice.device_slug == device_slug,
                                               ValueChoice.metric_key == metric_key))
        if value_uid is not None:
            conn.execute(insert(ValueChoice).values(device_slug=device_slug, metric_key=metric_key,
                                                    value_uid=value_uid))
    _write(path, _run)
    return ChangeSet(frozenset({"choice"}), frozenset({device_slug}), frozenset({metric_key}))


def save_pairing(path: Path, name: str, a: str, b: str) -> tuple[str, ChangeSet]:
    """Save a user pairing (kept across re-seeding); returns its slug."""
    from sqlalchemy import insert, select

    from db.schema import Device, Pairing

    def _run(conn: Connection) -> str:
        ids = {slug: id_ for slug, id_ in conn.execute(select(Device.slug, Device.id).where(Device.slug.in_([a, b])))}
        base = "user-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "pairing")
        slug, n = base, 1
        while conn.execute(select(Pairing.id).where(Pairing.slug == slug)).first():
            n += 1
            slug = f"{base}-{n}"
        conn.execute(insert(Pairing).values(slug=slug, name=name, device_a_id=ids[a], device_b_id=ids[b],
                                            position=0, origin="user"))
        return slug
    slug = _write(path, _run)
    return slug, ChangeSet(frozenset({"pairing"}), frozenset({a, b}))


_EDIT_KINDS = {"device": frozenset({"device"}), "source": frozenset({"source"}),
               "value": frozenset({"value", "choice"}), "pairing": frozenset({"pairing"})}


def _edit_change(edit: CatalogEditDTO) -> ChangeSet:
    from db.catalog_writes import affected
    devices: set[str] = set()
    metrics: set[str] = set()
    for state in (edit.before, edit.after):
        d, m = affected(edit.kind, state)
        devices |= d
        metrics |= m
    if edit.kind == "device":
        devices.add(edit.key)
    return ChangeSet(_EDIT_KINDS[edit.kind], frozenset(devices), frozenset(metrics))


def _catalog_write(path: Path, name: str, *args: Any) -> tuple[CatalogEditDTO, ChangeSet]:
    from db import catalog_writes
    edit: CatalogEditDTO = _write(path, lambda conn: getattr(catalog_writes, name)(conn, *args))
    return edit, _edit_change(edit)


def save_device(path: Path, fields: Mapping[str, object], slug: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Add a device (slug None) or edit one: name, kind, family, status, vendor, country, aliases, racks,
    racks_note, components (dicts: name, role, count, device, source, confidence). An edited bundled
    device becomes the user's and re-seeding leaves it alone. CatalogValidationError lists problems."""
    return _catalog_write(path, "save_device", fields, slug)


def save_source(path: Path, fields: Mapping[str, object], key: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Add a source (key None) or edit one: publisher, title, url, date, kind."""
    return _catalog_write(path, "save_source", fields, key)


def save_value(path: Path, fields: Mapping[str, object], uid: str | None = None,
               style: NumberStyle = PLAIN) -> tuple[CatalogEditDTO, ChangeSet]:
    """Add a value or edit one of the user's: device, metric, value (typed, with or without a unit:
    '1.2 PFLOPS'), qualifier, approximate, source, confidence, as_of, note, prefer (show it in the cell).
    Editing a bundled value saves the correction as a new user value (edit.key is its uid)."""
    return _catalog_write(path, "save_value", fields, uid, style)


def delete_value(path: Path, uid: str) -> tuple[CatalogEditDTO, ChangeSet]:
    return _catalog_write(path, "delete_value", uid)


def save_group(path: Path, name: str, devices: Iterable[str], baseline: int = 1,
               slug: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Save a named pairing or group of 2-4 devices (slugs) with its baseline column (kept across re-seeding)."""
    return _catalog_write(path, "save_pairing", name, list(devices), baseline, slug)


def delete_pairing(path: Path, slug: str) -> tuple[CatalogEditDTO, ChangeSet]:
    return _catalog_write(path, "delete_pairing", slug)


def upgrade_citation(path: Path, uid: str, source_key: str, carrier: str | None = None,
                     note: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Attach a better source to the figure `uid`: a new figure of the user's with the same number and the new
    source (`carrier` None: the default of the source's kind); the old one stays as an alternative. `note`: the
    new figure's note (phrased by the caller)."""
    from db import citation_writes
    edit: CatalogEditDTO = _write(path, lambda conn: citation_writes.upgrade_citation(conn, uid, source_key, carrier,
                                                                                        note))
    return edit, _edit_change(edit)


def undo_edit(path: Path, edit: CatalogEditDTO) -> ChangeSet:
    """Put the row back as it was before `edit`."""
    from db import catalog_writes
    _write(path, lambda conn: catalog_writes.restore(conn, edit.kind, edit.key, edit.before))
    return _edit_change(edit)


def redo_edit(path: Path, edit: CatalogEditDTO) -> ChangeSet:
    """Make `edit` again, exactly as it was first made."""
    from db import catalog_writes
    _write(path, lambda conn: catalog_writes.restore(conn, edit.kind, edit.key, edit.after))
    return _edit_change(edit)


class Catalog:
    """`library.catalog`: reading and editing the catalog of one store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def devices(self) -> list[DeviceDTO]:
        return list_devices(self.path)

    def metrics(self) -> list[MetricDTO]:
        return list_metrics(self.path)

    def pairings(self) -> list[PairingDTO]:
        return list_pairings(self.path)

    def sources(self) -> list[SourceDTO]:
        return list_sources(self.path)

    def organisations(self) -> list[OrganisationDTO]:
        return list_organisations(self.path)

    def resolve_device(self, name: str) -> str:
        return resolve_device(self.path, name)

    def sources_overview(self) -> list[SourceQualityDTO]:
        return sources_overview(self.path)

    def upgrade_citation(self, uid: str, source_key: str, carrier: str | None = None,
                         note: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
        return upgrade_citation(self.path, uid, source_key, carrier, note)

    def value(self, uid: str) -> ValueDTO | None:
        return get_value(self.path, uid)

    def components(self, slug: str) -> list[ComponentDTO]:
        return device_components(self.path, slug)

    def choose_value(self, device_slug: str, metric_key: str, value_uid: str | None) -> ChangeSet:
        return choose_value(self.path, device_slug, metric_key, value_uid)

    def save_pairing(self, name: str, a: str, b: str) -> tuple[str, ChangeSet]:
        return save_pairing(self.path, name, a, b)

    def save_device(self, fields: Mapping[str, object], slug: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
        return save_device(self.path, fields, slug)

    def save_source(self, fields: Mapping[str, object], key: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
        return save_source(self.path, fields, key)

    def save_value(self, fields: Mapping[str, object], uid: str | None = None,
                   style: NumberStyle = PLAIN) -> tuple[CatalogEditDTO, ChangeSet]:
        return save_value(self.path, fields, uid, style)

    def delete_value(self, uid: str) -> tuple[CatalogEditDTO, ChangeSet]:
        return delete_value(self.path, uid)

    def save_group(self, name: str, devices: Iterable[str], baseline: int = 1,
                   slug: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
        return save_group(self.path, name, devices, baseline, slug)

    def delete_pairing(self, slug: str) -> tuple[CatalogEditDTO, ChangeSet]:
        return delete_pairing(self.path, slug)

    def undo(self, edit: CatalogEditDTO) -> ChangeSet:
        return undo_edit(self.path, edit)

    def redo(self, edit: CatalogEditDTO) -> ChangeSet:
        return redo_edit(self.path, edit)
