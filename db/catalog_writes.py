"""Writing the user's edits to the catalog with SQLAlchemy Core (imported only when the user edits).

Every write returns a CatalogEditDTO holding the row's state before and after, as JSON keyed by
slugs, source keys and value uids (never by autoincrement ids), so that `restore` can put back the
exact earlier state: that is how undo and redo work.

What the user writes is theirs (origin 'user') and re-seeding leaves it alone: a bundled device,
source or pairing the user edits becomes theirs; a bundled value is never changed, a correction is
a new user value, shown instead of the bundled ones when the user asks (a value choice).
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from db import catalog
from db.catalog import CatalogValidationError
from db.basis import COLUMNS as BASIS_COLUMNS
from db.basis import Basis
from db.dto import CatalogEditDTO, MetricDTO
from db.provenance import default_carrier
from db.schema import (Device, DeviceAlias, Metric, Organisation, Pairing, Source, SpecValue, SystemComponent,
                       ValueChoice)
from db.seed import parse_date
from db.units import PLAIN, NumberStyle

_DEVICE_COLS = ("name", "kind", "family", "status", "racks", "racks_note", "origin", "granularity", "packages")
_SOURCE_COLS = ("publisher", "title", "url", "date_text", "date_sort", "kind", "other_urls", "repo_ref", "origin")
_VALUE_COLS = ("value_num", "value_text", "qualifier", "approximate", "confidence", "as_of", "note", "unit_text",
               "origin", *BASIS_COLUMNS)
_VALUE_COLS += ("producer", "carrier_quality")  # who produced the figure and the page it was read on (issue 17)


def _dump(state: dict[str, Any] | None) -> str:
    return json.dumps(state, ensure_ascii=False, sort_keys=True)


def _one(conn: Connection, stmt: Any) -> Any:
    return conn.execute(stmt).scalar_one_or_none()


def _new_id(conn: Connection, stmt: Any) -> int:
    """The primary key of the row an INSERT just made."""
    key = conn.execute(stmt).inserted_primary_key
    assert key is not None
    return int(key[0])


def _device_id(conn: Connection, slug: str) -> int:
    found: int | None = _one(conn, select(Device.id).where(Device.slug == slug))
    if found is None:
        raise CatalogValidationError({"device": f"no device {slug!r}"})
    return found


def _source_id(conn: Connection, key: str | None) -> int | None:
    if not key:
        return None
    found: int | None = _one(conn, select(Source.id).where(Source.key == key))
    if found is None:
        raise CatalogValidationError({"source": f"no source {key!r}"})
    return found


def _source_key(conn: Connection, source_id: int | None) -> str | None:
    return None if source_id is None else _one(conn, select(Source.key).where(Source.id == source_id))


def _unique(conn: Connection, column: Any, base: str) -> str:
    key, n = base, 1
    while _one(conn, select(column).where(column == key)) is not None:
        n += 1
        key = f"{base}-{n}"
    return key


# ---------------------------------------------------------------- snapshots (the state undo puts back)

def device_state(conn: Connection, slug: str) -> dict[str, Any] | None:
    row = conn.execute(select(Device, Organisation.slug.label("org_slug"), Organisation.name.label("org_name"),
                              Organisation.country).join(Organisation, Organisation.id == Device.organisation_id)
                       .where(Device.slug == slug)).mappings().first()
    if row is None:
        return None
    dev_id = row["id"]
    aliases = conn.execute(select(DeviceAlias.alias, DeviceAlias.alias_norm).where(DeviceAlias.device_id == dev_id)
                           .order_by(DeviceAlias.id)).all()
    comp_rows = conn.execute(select(SystemComponent).where(SystemComponent.system_id == dev_id)
                             .order_by(SystemComponent.id)).mappings().all()
    slugs = dict(conn.execute(select(Device.id, Device.slug)).all())
    comps = [{"name": c["name"], "role": c["role"], "count": c["count"],
              "device": slugs.get(c["component_device_id"]), "source": _source_key(conn, c["source_id"]),
              "confidence": c["confidence"]} for c in comp_rows]
    return {"row": {k: row[k] for k in _DEVICE_COLS}, "composition_source": _source_key(conn, row["composition_source_id"]),
            "organisation": {"slug": row["org_slug"], "name": row["org_name"], "country": row["country"]},
            "aliases": [list(a) for a in aliases], "components": comps}


def source_state(conn: Connection, key: str) -> dict[str, Any] | None:
    row = conn.execute(select(Source).where(Source.key == key)).mappings().first()
    return None if row is None else {k: row[k] for k in _SOURCE_COLS}


def value_state(conn: Connection, uid: str | None, cell: tuple[str, str]) -> dict[str, Any]:
    """A value row (or None) with the choice of its cell (device slug, metric key): both are put back."""
    row = None
    if uid is not None:
        found = conn.execute(select(SpecValue, Device.slug.label("device_slug"), Metric.key.label("metric_key"))
                             .join(Device, Device.id == SpecValue.device_id).join(Metric, Metric.id == SpecValue.metric_id)
                             .where(SpecValue.uid == uid)).mappings().first()
        if found is not None:
            row = {k: found[k] for k in _VALUE_COLS}
            row.update(uid=uid, device=found["device_slug"], metric=found["metric_key"],
                       source=_source_key(conn, found["source_id"]))
            cell = (found["device_slug"], found["metric_key"])
    choice = _one(conn, select(ValueChoice.value_uid).where(ValueChoice.device_slug == cell[0],
                                                          ValueChoice.metric_key == cell[1]))
    return {"cell": list(cell), "row": row, "choice": choice}


def pairing_state(conn: Connection, slug: str) -> dict[str, Any] | None:
    row = conn.execute(select(Pairing).where(Pairing.slug == slug)).mappings().first()
    if row is None:
        return None
    slugs = dict(conn.execute(select(Device.id, Device.slug)).all())
    devices = [slugs[row[c]] for c in ("device_a_id", "device_b_id", "device_c_id", "device_d_id") if row[c] is not None]
    return {"name": row["name"], "devices": devices, "baseline": row["baseline"], "position": row["position"],
            "origin": row["origin"]}


def _edit(kind: str, key: str, before: dict[str, Any] | None, after: dict[str, Any] | None,
          label: str) -> CatalogEditDTO:
    return CatalogEditDTO(kind, key, _dump(before), _dump(after), label)


# ---------------------------------------------------------------- restore (undo / redo)

def restore(conn: Connection, kind: str, key: str, state_json: str) -> None:
    """Put the row `key` of `kind` back exactly as `state_json` (from a CatalogEditDTO) describes it."""
    state = json.loads(state_json)
    if kind == "device":
        _restore_device(conn, key, state)
    elif kind == "source":
        _restore_source(conn, key, state)
    elif kind == "value":
        _restore_value(conn, key, state)
    elif kind == "pairing":
        _restore_pairing(conn, key, state)
    else:
        raise ValueError(f"unknown kind of catalog row {kind!r}")


def _org_id(conn: Connection, org: Mapping[str, str]) -> int:
    found: int | None = _one(conn, select(Organisation.id).where(Organisation.slug == org["slug"]))
    if found is not None:
        conn.execute(update(Organisation).where(Organisation.id == found).values(name=org["name"], country=org["country"]))
        return found
    return _new_id(conn, insert(Organisation).values(**org))


def _restore_device(conn: Connection, slug: str, state: dict[str, Any] | None) -> None:
    dev_id = _one(conn, select(Device.id).where(Device.slug == slug))
    if state is None:
        if dev_id is not None:
            conn.execute(delete(ValueChoice).where(ValueChoice.device_slug == slug))
            conn.execute(delete(Device).where(Device.id == dev_id))
        used = select(Device.organisation_id)
        conn.execute(delete(Organisation).where(Organisation.id.not_in(used)))
        return
    values = dict(state["row"], organisation_id=_org_id(conn, state["organisation"]),
                  composition_source_id=_source_id(conn, state.get("composition_source")))
    if dev_id is None:
        dev_id = _new_id(conn, insert(Device).values(slug=slug, **values))
    else:
        conn.execute(update(Device).where(Device.id == dev_id).values(**values))
    conn.execute(delete(DeviceAlias).where(DeviceAlias.device_id == dev_id))
    conn.execute(delete(SystemComponent).where(SystemComponent.system_id == dev_id))
    if state["aliases"]:
        conn.execute(insert(DeviceAlias), [{"device_id": dev_id, "alias": a, "alias_norm": n}
                                           for a, n in state["aliases"]])
    for c in state["components"]:
        conn.execute(insert(SystemComponent).values(
            system_id=dev_id, component_device_id=_device_id(conn, c["device"]) if c["device"] else None,
            name=c["name"], role=c["role"], count=c["count"], source_id=_source_id(conn, c["source"]),
            confidence=c["confidence"]))
    conn.execute(delete(Organisation).where(Organisation.id.not_in(select(Device.organisation_id))))


def _restore_source(conn: Connection, key: str, state: dict[str, Any] | None) -> None:
    if state is None:
        conn.execute(delete(Source).where(Source.key == key))
    elif _one(conn, select(Source.id).where(Source.key == key)) is None:
        conn.execute(insert(Source).values(key=key, **state))
    else:
        conn.execute(update(Source).where(Source.key == key).values(**state))


def _restore_value(conn: Connection, uid: str, state: dict[str, Any]) -> None:
    row = state["row"]
    if row is None:
        conn.execute(delete(SpecValue).where(SpecValue.uid == uid))
    else:
        values = {k: row[k] for k in _VALUE_COLS}
        values.update(device_id=_device_id(conn, row["device"]), source_id=_source_id(conn, row["source"]),
                      metric_id=_one(conn, select(Metric.id).where(Metric.key == row["metric"])))
        if _one(conn, select(SpecValue.id).where(SpecValue.uid == uid)) is None:
            conn.execute(insert(SpecValue).values(uid=uid, **values))
        else:
            conn.execute(update(SpecValue).where(SpecValue.uid == uid).values(**values))
    _set_choice(conn, tuple(state["cell"]), state["choice"])


def _set_choice(conn: Connection, cell: tuple[str, str], uid: str | None) -> None:
    conn.execute(delete(ValueChoice).where(ValueChoice.device_slug == cell[0], ValueChoice.metric_key == cell[1]))
    if uid is not None:
        conn.execute(insert(ValueChoice).values(device_slug=cell[0], metric_key=cell[1], value_uid=uid))


def _restore_pairing(conn: Connection, slug: str, state: dict[str, Any] | None) -> None:
    if state is None:
        conn.execute(delete(Pairing).where(Pairing.slug == slug))
        return
    ids = [_device_id(conn, s) for s in state["devices"]] + [None, None]
    values = {"name": state["name"], "device_a_id": ids[0], "device_b_id": ids[1], "device_c_id": ids[2],
              "device_d_id": ids[3], "baseline": state["baseline"], "position": state["position"],
              "origin": state["origin"]}
    if _one(conn, select(Pairing.id).where(Pairing.slug == slug)) is None:
        conn.execute(insert(Pairing).values(slug=slug, **values))
    else:
        conn.execute(update(Pairing).where(Pairing.slug == slug).values(**values))


# ---------------------------------------------------------------- edits

def taken_names(conn: Connection) -> dict[str, str]:
    """Normalised names and aliases in use -> the slug of their device."""
    rows = conn.execute(select(DeviceAlias.alias_norm, Device.slug).join(Device, Device.id == DeviceAlias.device_id))
    out = {n: s for n, s in rows}
    for slug, name in conn.execute(select(Device.slug, Device.name)):
        out.setdefault(catalog.norm(name), slug)
        out.setdefault(catalog.norm(slug), slug)
    return out


def _organisation(conn: Connection, vendor: str, country: str) -> dict[str, Any]:
    """The organisation called `vendor` (by name or slug), or a new one with that country."""
    key = catalog.norm(vendor)
    for slug, name, ctry in conn.execute(select(Organisation.slug, Organisation.name, Organisation.country)):
        if key in (catalog.norm(name), slug):
            return {"slug": slug, "name": name, "country": country or ctry}
    return {"slug": _unique(conn, Organisation.slug, catalog.slugify(vendor) or "vendor"), "name": vendor.strip(),
            "country": country}


def _not_teammates(origin: str | None, field: str, what: str, done: str = "edited") -> None:
    """A teammate's row (origin 'team', from the team library) stays its author's: refused, in words."""
    if origin == "team":
        raise CatalogValidationError({field: f"a teammate's {what} (from the team library) cannot be {done} here: it "
                                             "stays its author's; add one of your own instead"})


def save_device(conn: Connection, fields: Mapping[str, object], slug: str | None = None) -> CatalogEditDTO:
    """Create a user device (slug None) or edit one; an edited bundled device becomes the user's."""
    errors = catalog.validate_device(fields, taken_names(conn), slug)
    if errors:
        raise CatalogValidationError(errors)
    before = device_state(conn, slug) if slug is not None else None
    if slug is not None and before is None:
        raise CatalogValidationError({"device": f"no device {slug!r}"})
    _not_teammates(before["row"]["origin"] if before else None, "device", "device")
    name = str(fields["name"]).strip()
    if slug is None:
        slug = _unique(conn, Device.slug, "user-" + (catalog.slugify(name) or "device"))
    aliases = [slug, name] + catalog.clean_aliases(fields.get("aliases"))
    seen: dict[str, str] = {}
    for a in aliases:
        seen.setdefault(catalog.norm(a), a)
    comps = []
    for c in cast("Iterable[Mapping[str, Any]]", fields.get("components") or []):
        comps.append({"name": str(c.get("name") or "").strip() or (c.get("device") or ""), "role": c.get("role") or "accelerator",
                      "count": c.get("count"), "device": c.get("device") or None, "source": c.get("source") or None,
                      "confidence": c.get("confidence") or None})
    after = {
        "row": {"name": name, "kind": fields.get("kind", "chip"), "family": str(fields.get("family") or "").strip(),
                "status": fields.get("status", "shipping"), "racks": fields.get("racks"),
                "racks_note": str(fields.get("racks_note") or "").strip(), "origin": "user",
                "granularity": fields.get("granularity") or (before["row"]["granularity"] if before else None)
                or ("package" if fields.get("kind", "chip") == "chip" else "system"),
                "packages": fields.get("packages", before["row"]["packages"] if before else None)},
        "composition_source": before["composition_source"] if before else None,
        "organisation": _organisation(conn, str(fields["vendor"]), str(fields["country"]).strip()),
        "aliases": [[a, n] for n, a in seen.items()], "components": comps}
    for c in comps:  # check the references before writing anything
        if c["device"]:
            _device_id(conn, c["device"])
        _source_id(conn, c["source"])
    _restore_device(conn, slug, after)
    return _edit("device", slug, before, device_state(conn, slug), "device")


def save_source(conn: Connection, fields: Mapping[str, object], key: str | None = None) -> CatalogEditDTO:
    """Create a user source (key None) or edit one; an edited bundled source becomes the user's."""
    errors = catalog.validate_source(fields)
    if errors:
        raise CatalogValidationError(errors)
    before = source_state(conn, key) if key is not None else None
    if key is not None and before is None:
        raise CatalogValidationError({"source": f"no source {key!r}"})
    _not_teammates(before["origin"] if before else None, "source", "source")
    publisher = str(fields["publisher"]).strip()
    title = str(fields.get("title") or "").strip()
    if key is None:
        key = _unique(conn, Source.key, ("user-" + catalog.slugify(f"{publisher} {title}"))[:56].rstrip("-"))
    date = str(fields.get("date") or "").strip()
    after = {"publisher": publisher, "title": title, "url": str(fields.get("url") or "").strip() or None,
             "date_text": date, "date_sort": parse_date(date), "kind": str(fields.get("kind") or "user").strip(),
             "other_urls": before["other_urls"] if before else "", "repo_ref": before["repo_ref"] if before else None,
             "origin": "user"}
    _restore_source(conn, key, after)
    return _edit("source", key, before, after, "source")


def _metric(conn: Connection, key: str) -> MetricDTO | None:
    from db import read
    raw = cast(sqlite3.Connection, conn.connection.driver_connection)
    return next((m for m in read.metrics(raw) if m.key == key), None)


def save_value(conn: Connection, fields: Mapping[str, object], uid: str | None = None,
               style: NumberStyle = PLAIN) -> CatalogEditDTO:
    """Create a user value, or edit one of the user's values. Editing a bundled value saves a
    correction as a new user value (the bundled row stays, re-seeding replaces it). With
    fields['prefer'] the cell shows this value from now on (a value choice)."""
    metric = _metric(conn, str(fields.get("metric") or ""))
    sources = list(conn.execute(select(Source.key)).scalars())
    errors, number, text = catalog.validate_value(fields, metric, style, sources)
    device = str(fields.get("device") or "")
    if "device" not in errors and _one(conn, select(Device.id).where(Device.slug == device)) is None:
        errors["device"] = f"no device {device!r}"
    if errors:
        raise CatalogValidationError(errors)
    assert metric is not None  # an unknown metric is one of the errors above
    cell = (device, metric.key)
    existing = value_state(conn, uid, cell) if uid is not None else None
    if existing is not None and existing["row"] is not None and existing["row"]["origin"] != "user":
        uid = None  # a correction of a bundled figure: a new row of the user's
    if uid is None:
        uid = "user-" + uuid.uuid4().hex
    before = value_state(conn, uid, cell)
    if before["row"] is not None and tuple(before["cell"]) != cell:
        raise CatalogValidationError({"device": "a value cannot move to another device or metric: add a new one"})
    as_of = str(fields.get("as_of") or "").strip() or None
    source = str(fields.get("source") or "").strip() or None
    if as_of is None and source:
        as_of = _one(conn, select(Source.date_sort).where(Source.key == source))
    row = {"uid": uid, "device": device, "metric": metric.key, "value_num": number, "value_text": text,
           "qualifier": str(fields.get("qualifier") or "").strip() or None, "approximate": bool(fields.get("approximate")),
           "source": source, "confidence": fields.get("confidence") or None, "as_of": as_of,
           "note": str(fields.get("note") or "").strip(), "unit_text": str(fields.get("value") or "").strip()
           if metric.kind == "number" else "", "origin": "user"}
    if isinstance(fields.get("basis"), dict):  # as given (a text such as 'not supported' may name its format)
        basis = Basis.from_mapping(fields["basis"])
    elif number is not None:  # the row's standard basis on this device
        basis = metric.rule.defaults(_one(conn, select(Device.granularity).where(Device.slug == device)) or "package")
    else:
        basis = Basis()
    row.update(basis.columns())
    kept = (existing or {}).get("row") or {}  # an edit keeps the figure's provenance unless it is given
    if kept.get("source") != source:  # a new figure, or read on another page: the carrier the source's kind implies
        kept = dict(kept, carrier_quality=default_carrier(_one(conn, select(Source.kind).where(Source.key == source))))
    for key in ("producer", "carrier_quality"):
        row[key] = (fields.get(key) or None) if key in fields else kept.get(key)
    choice = before["choice"]
    if fields.get("prefer"):
        choice = uid
    elif choice == uid:
        choice = None
    after = {"cell": list(cell), "row": row, "choice": choice}
    _restore_value(conn, uid, after)
    return _edit("value", uid, before, value_state(conn, uid, cell), "value")


def delete_value(conn: Connection, uid: str) -> CatalogEditDTO:
    """Delete one of the user's values (bundled values cannot be deleted: pick another figure instead)."""
    before = value_state(conn, uid, ("", ""))
    if before["row"] is None:
        raise CatalogValidationError({"value": f"no value {uid!r}"})
    _not_teammates(before["row"]["origin"], "value", "figure", "deleted")
    if before["row"]["origin"] != "user":
        raise CatalogValidationError({"value": "a bundled figure cannot be deleted; pick another figure for the "
                                               "cell instead, or add your own"})
    after = {"cell": before["cell"], "row": None, "choice": None if before["choice"] == uid else before["choice"]}
    _restore_value(conn, uid, after)
    return _edit("value", uid, before, after, "value")


def save_pairing(conn: Connection, name: str, devices: Sequence[str], baseline: int = 1,
                 slug: str | None = None) -> CatalogEditDTO:
    """Save a named pairing (2 devices) or group (3-4) of the user's, with its baseline column."""
    errors = catalog.validate_group(name, list(devices), baseline)
    if errors:
        raise CatalogValidationError(errors)
    for s in devices:
        _device_id(conn, s)
    before = pairing_state(conn, slug) if slug is not None else None
    _not_teammates(before["origin"] if before else None, "pairing", "saved comparison")
    if slug is None:
        slug = _unique(conn, Pairing.slug, "user-" + (catalog.slugify(name) or "pairing"))
    after = {"name": name.strip(), "devices": list(devices), "baseline": baseline,
             "position": before["position"] if before else 0, "origin": "user"}
    _restore_pairing(conn, slug, after)
    return _edit("pairing", slug, before, after, "pairing")


def delete_pairing(conn: Connection, slug: str) -> CatalogEditDTO:
    before = pairing_state(conn, slug)
    if before is None:
        raise CatalogValidationError({"pairing": f"no pairing {slug!r}"})
    _not_teammates(before["origin"], "pairing", "saved comparison", "deleted")
    if before["origin"] != "user":
        raise CatalogValidationError({"pairing": "a bundled pairing cannot be deleted"})
    _restore_pairing(conn, slug, None)
    return _edit("pairing", slug, before, None, "pairing")


def affected(kind: str, state_json: str) -> tuple[frozenset[str], frozenset[str]]:
    """(device slugs, metric keys) a state touches, for the ChangeSet."""
    state = json.loads(state_json)
    if state is None:
        return frozenset(), frozenset()
    if kind == "value":
        return frozenset({state["cell"][0]}), frozenset({state["cell"][1]})
    if kind == "pairing":
        return frozenset(state["devices"]), frozenset()
    return frozenset(), frozenset()

