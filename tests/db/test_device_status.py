"""A device's status and the date it was last sourced: the newest date among its own availability and
announcement figures, worked out from the seed files (never copied from them); "cancelled" is a status a user
can give a device."""
from __future__ import annotations

import json

import pytest

import resources
from db.api import Library
from db.api.catalog import STATUSES, validate_device
from db.seed import parse_date


def _seed(name):
    return json.loads(resources.seed_bytes(name))


def expected_as_of() -> dict[str, str | None]:
    """Each seed device -> the newest source date of its availability / announced figures (None: none dated)."""
    dates = {s["key"]: parse_date(s.get("date")) for s in _seed("sources.json")["sources"]}
    out: dict[str, str | None] = {d["slug"]: None for d in _seed("devices.json")["devices"]}
    for v in _seed("values.json")["values"]:
        date = dates.get(v.get("source"))
        if v["metric"] in ("availability", "announced") and date:
            out[v["device"]] = max(filter(None, (out[v["device"]], date)))
    return out


def test_every_device_says_when_its_status_was_last_sourced(db_path):
    devices = {d.slug: d for d in Library(db_path).catalog.devices()}
    expected = expected_as_of()
    assert {s: devices[s].status_as_of for s in expected} == expected
    assert any(v is None for v in expected.values()), "a device with no dated figure reads 'not stated'"


def test_a_roadmap_systems_status_date_is_its_announcement(db_path):
    atlas = next(d for d in Library(db_path).catalog.devices() if d.slug == "atlas-950-superpod")
    assert atlas.status == "roadmap" and atlas.status_as_of == expected_as_of()["atlas-950-superpod"]


def test_a_newer_figure_of_the_users_moves_the_date(db_path):
    lib = Library(db_path)
    before = next(d for d in lib.catalog.devices() if d.slug == "ascend-910c").status_as_of
    lib.catalog.save_value({"device": "ascend-910c", "metric": "availability", "value": "2099-01",
                            "source": "HC25-KEYNOTE", "confidence": "official", "as_of": "2099-01-02"})
    after = next(d for d in lib.catalog.devices() if d.slug == "ascend-910c").status_as_of
    assert after == "2099-01-02" != before


def test_cancelled_is_a_status_no_seed_device_uses(db_path):
    assert "cancelled" in STATUSES
    assert all(d["status"] != "cancelled" for d in _seed("devices.json")["devices"])
    assert {d["status"] for d in _seed("devices.json")["devices"]} <= set(STATUSES)
    fields = {"name": "Lab Chip X", "kind": "chip", "status": "cancelled", "vendor": "Huawei", "country": "CN"}
    assert validate_device(fields) == {}
    lib = Library(db_path)
    lib.catalog.save_device(fields)
    assert next(d for d in lib.catalog.devices() if d.name == "Lab Chip X").status == "cancelled"
    with pytest.raises(ValueError, match="status"):
        lib.catalog.save_device({**fields, "name": "Lab Chip Y", "status": "vapourware"})
