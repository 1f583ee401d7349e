"""Who produced a figure and where it was read: the two fields in the store, their migration, the seed's picks."""
from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import resources
from db import api
from db.provenance import clean_producer, default_carrier, producer_kind, producer_name

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"


def bundled_values() -> list[dict]:
    return json.loads(resources.seed_bytes("values.json"))["values"]


def test_every_bundled_figure_says_who_produced_it_and_where_it_was_read():
    values = bundled_values()
    assert values and all(v.get("carrier_quality") in ("primary", "reputable-relay", "weak-relay", "derived")
                          for v in values)
    assert all(producer_kind(v.get("producer")) for v in values), "a producer whose kind is not known"


def test_a_store_carries_producer_and_carrier_on_each_figure(db_path):
    values = {(v["device"], v["metric"], v["source"], v["value_num"], v["value_text"]): v for v in bundled_values()}
    cmp = api.compare(db_path, "CM384", "NVL72")
    seen = 0
    for row in cmp.rows:
        for cell in row.cells:
            for v in cell.candidates:
                if v.is_derived or v.source is None or v.metric_key == "composition":  # counts, from devices.json
                    continue
                ref = values[(v.device_slug, v.metric_key, v.source.key, v.value_num, v.value_text)]
                assert (v.producer, v.carrier_quality) == (ref.get("producer"), ref["carrier_quality"])
                seen += 1
    assert seen


def test_the_cloudmatrix_300_pflops_is_semianalysis_estimate(db_path):
    v = api.compare(db_path, "CM384", "NVL72").row("bf16_dense").cells[0].value
    assert v.value_num == 300_000 and v.confidence == "third-party"
    assert producer_kind(v.producer) == "analyst" and producer_name(v.producer) == "SemiAnalysis"


@pytest.mark.parametrize("text, kind, name", [
    ("vendor", "vendor", None),
    ("vendor (as reported by press; unconfirmed)", "vendor-press", None),
    ("vendor (event date, as reported)", "vendor-press", None),
    ("vendor (via secondary compilation)", "vendor", None),
    ("analyst firm (SemiAnalysis)", "analyst", "SemiAnalysis"),
    ("analyst (L. Heim / TrendForce)", "analyst", "L. Heim / TrendForce"),
    ("dataset compiler (Epoch AI; underlying origin not stated)", "dataset", "Epoch AI"),
    ("government (export-control rule, as reported)", "government", None),
    ("press report", "press", None),
    ("derived (arithmetic in this dataset)", "derived", None),
    ("a blogger", None, None),
    (None, None, None),
])
def test_producer_kinds_and_names(text, kind, name):
    assert producer_kind(text) == kind and producer_name(text) == name


def test_a_reviewers_aside_is_not_part_of_the_producer():
    assert clean_producer("analyst firm (SemiAnalysis) - currently graded official") == "analyst firm (SemiAnalysis)"
    assert clean_producer("  ") is None and clean_producer(None) is None


@pytest.mark.parametrize("kind, carrier", [
    ("vendor", "primary"), ("vendor-submission", "primary"), ("analyst", "primary"), ("press", "reputable-relay"),
    ("dataset", "reputable-relay"), ("compilation", "weak-relay"), ("reseller", "weak-relay"),
    ("press (low reliability)", "weak-relay"), ("vendor-filing (mirror)", "weak-relay"), ("derived", "derived"),
    ("user", None), ("", None), (None, None),
])
def test_a_sources_kind_gives_the_default_carrier(kind, carrier):
    assert default_carrier(kind) == carrier


def test_migrating_a_0005_store_gives_user_figures_their_sources_carrier(tmp_path):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0005.sqlite", db)
    with closing(sqlite3.connect(db)) as c, c:
        device, metric = c.execute("SELECT device_id, metric_id FROM spec_value WHERE origin = 'user'").fetchone()
        for key, kind in (("my-press", "press"), ("my-blog", "compilation (low reliability)"), ("my-own", "user")):
            c.execute("INSERT INTO source (key, publisher, title, date_text, kind, other_urls, origin) "
                      "VALUES (?, ?, '', '', ?, '', 'user')", (key, key, kind))
            c.execute("INSERT INTO spec_value (uid, device_id, metric_id, value_num, approximate, source_id, note, "
                      "unit_text, origin) VALUES (?, ?, ?, 1.0, 0, (SELECT id FROM source WHERE key = ?), '', '', "
                      "'user')", (f"u-{key}", device, metric, key))
    api.open_store(db)
    with closing(sqlite3.connect(db)) as c:
        got = dict(c.execute("SELECT uid, carrier_quality FROM spec_value WHERE uid LIKE 'u-my-%'"))
        producers = {r[0] for r in c.execute("SELECT producer FROM spec_value WHERE origin = 'user'")}
    assert got == {"u-my-press": "reputable-relay", "u-my-blog": "weak-relay", "u-my-own": None}
    assert producers == {None}  # who produced a user's figure is not guessed


def test_a_pick_of_a_figure_re_cited_to_a_better_page_follows_it(db_path):
    moved = next(v for v in bundled_values() if v.get("former_uids"))
    with closing(sqlite3.connect(db_path)) as c, c:
        c.execute("INSERT INTO value_choice (device_slug, metric_key, value_uid) VALUES (?, ?, ?)",
                  (moved["device"], moved["metric"], moved["former_uids"][0]))
        c.execute("UPDATE app_meta SET value = 'an older seed' WHERE key = 'seed_hash'")
    api.open_store(db_path)  # what an upgrade does: the bundled seed is loaded again
    with closing(sqlite3.connect(db_path)) as c:
        uid = c.execute("SELECT value_uid FROM value_choice WHERE device_slug = ? AND metric_key = ?",
                        (moved["device"], moved["metric"])).fetchone()[0]
    assert uid == moved["uid"]
