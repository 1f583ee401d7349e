"""Upgrading a figure's citation in place (issue 17): the same figure attached to a better source.

The figure the analyst upgrades stays as it is (a bundled one cannot change, and it stays listed as an
alternative); the upgrade is a new figure of the user's that copies its number, text, unit, basis, producer
and confidence, with the new source and the carrier quality of the page it was read on. The automatic choice
then prefers it by carrier rank; when the analyst had picked the old figure for its cell, the pick follows it.
The edit is a CatalogEditDTO of kind 'value' like any other, so Edit ▸ Undo removes it.
"""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.engine import Connection

from db.catalog import CatalogValidationError
from db.catalog_writes import _edit, _restore_value, value_state
from db.dto import CatalogEditDTO
from db.provenance import CARRIERS, default_carrier
from db.schema import Source


def upgrade_citation(conn: Connection, uid: str, source_key: str, carrier: str | None = None,
                     note: str | None = None) -> CatalogEditDTO:
    """Attach the source `source_key` to a copy of the figure `uid`; `carrier` None: the default of the
    source's kind (db.provenance.default_carrier). `note` (phrased by the caller) replaces the figure's note."""
    old = value_state(conn, uid, ("", ""))
    if old["row"] is None:
        raise CatalogValidationError({"value": f"no value {uid!r}"})
    if old["row"]["value_num"] is None and old["row"]["value_text"] is None:
        raise CatalogValidationError({"value": f"{uid!r} is a recorded gap, not a figure"})
    found = conn.execute(select(Source.kind, Source.date_sort).where(Source.key == source_key)).first()
    if found is None:
        raise CatalogValidationError({"source": f"no source {source_key!r}"})
    if source_key == old["row"]["source"]:
        raise CatalogValidationError({"source": f"the figure already cites {source_key!r}"})
    if carrier is None:
        carrier = default_carrier(found.kind)
    if carrier is not None and carrier not in CARRIERS:
        raise CatalogValidationError({"carrier_quality": f"unknown carrier quality {carrier!r}"})
    new_uid = "user-" + uuid.uuid4().hex
    cell = tuple(old["cell"])
    before = value_state(conn, new_uid, cell)
    row = dict(old["row"], uid=new_uid, source=source_key, carrier_quality=carrier, origin="user",
               as_of=found.date_sort or old["row"]["as_of"])
    if note is not None:
        row["note"] = note
    choice = new_uid if before["choice"] == uid else before["choice"]
    _restore_value(conn, new_uid, {"cell": list(cell), "row": row, "choice": choice})
    return _edit("value", new_uid, before, value_state(conn, new_uid, cell), "citation")
