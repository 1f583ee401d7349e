"""A store that syncs with a team library holds teammates' rows (origin 'team'). Its data pack and its figures
CSV carry them, and another store imports them as imported rows: not refused, not taken as that analyst's own."""
from __future__ import annotations

import json
import sqlite3

import pytest

from db import api
from db.connect import connect
from db.team import shared_rows


def pulled(db_path, rows) -> None:
    """Rows as a pull applies them (a teammate, desk_ana, seen from desk_ben's store)."""
    with connect(db_path, writing=True) as conn:
        shared_rows.apply_pulled(conn, [(uid, kind, json.dumps(body), "desk_ana", 1, "2026-12-06T10:00:00Z", None)
                                        for uid, kind, body in rows], "desk_ben")


@pytest.fixture
def teams_store(db_path):
    source = {"key": "desk-lab-run-7", "publisher": "Desk lab", "title": "Bench run 7", "url": "https://example.org/7",
              "date_text": "2026-11", "date_sort": "2026-11", "kind": "", "other_urls": "", "repo_ref": None}
    figure = {"uid": "team-fig-7", "device": "ascend-910c", "metric": "bf16_dense", "value_num": 820.0,
              "value_text": None, "unit_text": "820 TFLOPS", "approximate": False, "confidence": "third-party",
              "as_of": "2026-11", "note": "", "source": {"team": "9a3c1f0e-0000-4000-8000-000000000001"}}
    pairing = {"slug": "desk-910c-h20", "name": "Desk: 910C vs H20", "devices": ["ascend-910c", "h20"],
               "baseline": 1}
    pulled(db_path, [("9a3c1f0e-0000-4000-8000-000000000001", "source", source),
                     ("9a3c1f0e-0000-4000-8000-000000000002", "figure", figure),
                     ("9a3c1f0e-0000-4000-8000-000000000003", "pairing", pairing)])
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT origin FROM spec_value WHERE uid = 'team-fig-7'").fetchone() == ("team",)
    c.close()
    return db_path


@pytest.mark.parametrize("name", ["pack.json", "figures.csv"])
def test_teammates_rows_exported_import_elsewhere_as_imported(teams_store, tmp_path, seeded_template, name):
    exported = tmp_path / name
    api.export_data(teams_store, exported)
    assert '"team"' in exported.read_text() or ",team," in exported.read_text()  # the file says whose they were
    other = tmp_path / "other.sqlite"
    other.write_bytes(seeded_template.read_bytes())
    plan = api.plan_import(other, exported)
    assert not plan.errors, plan.errors
    api.apply_import(other, plan)
    with sqlite3.connect(other) as c:
        found = c.execute("SELECT v.origin FROM spec_value v JOIN device d ON d.id = v.device_id JOIN metric m "
                          "ON m.id = v.metric_id WHERE d.slug = 'ascend-910c' AND m.key = 'bf16_dense' "
                          "AND v.value_num = 820").fetchall()
        assert found == [("import",)]
        assert c.execute("SELECT count(*) FROM team_row").fetchone() == (0,)  # not the team library's here
    c.close()
