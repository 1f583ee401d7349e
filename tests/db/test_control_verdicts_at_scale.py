"""Every device's export-control verdicts at catalog scale: read in a fixed number of statements, judged once per
distinct set of figures, and equal to each device's verdicts read on their own (today's path).

The large store is made here: copies of the bundled devices, some with their figures as they are, some with
their numbers scaled (distinct figures, as a real import has)."""
from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date

import pytest

import db.connect
from db.api import Library
from db.controls import ChipInputs, judge

COPIES = 600  # devices added to the bundled catalog: enough to see growth, small enough for a unit test


def add_copies(path, copies: int) -> list[str]:
    """`copies` devices copied from the bundled ones (round robin); every other copy has its numbers scaled."""
    made = []
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        bundled = conn.execute("SELECT id, slug, name, kind, family, status, organisation_id, granularity, packages "
                               "FROM device WHERE origin = 'seed' ORDER BY id").fetchall()
        cols = [r[1] for r in conn.execute("PRAGMA table_info(spec_value)")
                if r[1] not in ("id", "uid", "device_id", "origin", "value_num")]
        with conn:
            for n in range(copies):
                d = bundled[n % len(bundled)]
                slug = f"copy-{n:05d}-{d[1]}"
                new = conn.execute("INSERT INTO device (slug, name, kind, family, status, organisation_id, racks_note, "
                                   "origin, granularity, packages) VALUES (?, ?, ?, ?, ?, ?, '', 'user', ?, ?)",
                                   (slug, f"{d[2]} (copy {n:05d})", d[3], d[4], d[5], d[6], d[7], d[8])).lastrowid
                factor = 1.0 if n % 2 == 0 else 0.5 + (n % 97) / 48  # distinct figures for the odd copies
                conn.execute(f"INSERT INTO spec_value (uid, device_id, origin, value_num, {', '.join(cols)}) "
                             f"SELECT 'copy-' || ? || '-' || id, ?, 'user', value_num * ?, {', '.join(cols)} "
                             "FROM spec_value WHERE device_id = ?", (n, new, factor, d[0]))
                made.append(slug)
    return made


def rule_days(lib) -> list[str]:
    """Every day a rule starts or ends, the day before each, and today."""
    days = {date.today().isoformat()}
    for r in lib.controls.rules():
        for d in filter(None, (r.effective, r.ends)):
            days.add(d)
            days.add(date.fromordinal(date.fromisoformat(d).toordinal() - 1).isoformat())
    return sorted(days)


def chip_of(v) -> ChipInputs:
    return ChipInputs(v.via_slug or v.device_slug, v.via_name or v.device_name, v.tpp, v.die_area, v.io, v.dram)


def test_every_verdict_of_the_catalog_equals_the_devices_own_on_every_rule_day(db_path):
    lib = Library(db_path)
    rules = lib.controls.rules()
    days = rule_days(lib)
    assert len(days) > 2
    for on in days:
        batched = lib.controls.all_verdicts(on)
        slugs = [v.device_slug for v in batched]
        assert batched == lib.controls.verdicts(slugs, on), on  # each device's figures read with all its rows
        for v in batched:  # judged once per distinct figures: each equals its own judgement
            assert v.rules == judge(chip_of(v), rules, on), (on, v.device_slug)
    for kind in ("chip", "system"):
        one_kind = lib.controls.all_verdicts(days[-1], kind=kind)
        assert one_kind and {v.kind for v in one_kind} == {kind}


@pytest.fixture(scope="module")
def large(tmp_path_factory, seeded_template):
    """A store of the bundled catalog plus COPIES copies (made once for the module)."""
    path = tmp_path_factory.mktemp("large") / seeded_template.name
    shutil.copy(seeded_template, path)
    return path, add_copies(path, COPIES)


def test_a_large_catalogs_verdicts_equal_each_devices_own(large):
    path, copies = large
    lib = Library(path)
    on = date.today().isoformat()
    batched = {v.device_slug: v for v in lib.controls.all_verdicts(on)}
    bundled = [v.device_slug for v in Library(path).controls.all_verdicts(on) if not v.device_slug.startswith("copy-")]
    chosen = copies[:3] + copies[len(copies) // 2:len(copies) // 2 + 5] + copies[-3:] + bundled[:3]
    for slug in chosen:
        assert batched[slug] == lib.controls.verdicts([slug], on)[0], slug
    assert len(batched) == len(bundled) + len(copies)


class Statements:
    """The SQL statements of every connection db.api opens while counting (real SQLite, traced)."""

    def __init__(self, monkeypatch):
        self.seen: list[str] = []
        real = db.connect.connect

        def traced(*args, **kwargs):
            conn = real(*args, **kwargs)
            conn.set_trace_callback(self.seen.append)
            return conn
        monkeypatch.setattr(db.connect, "connect", traced)

    def count(self, fn) -> int:
        self.seen = []
        fn()
        return len([s for s in self.seen if s.lstrip().upper().startswith(("SELECT", "WITH"))])


def test_the_statements_for_every_verdict_do_not_grow_with_the_catalog(db_path, large, monkeypatch):
    counter = Statements(monkeypatch)
    small = counter.count(lambda: Library(db_path).controls.all_verdicts("2025-01-01"))
    big = counter.count(lambda: Library(large[0]).controls.all_verdicts("2025-01-01"))
    assert big == small, counter.seen
