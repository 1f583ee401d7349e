"""The export-control lens on real stores: rules as data, and each device's verdicts with the arithmetic.

Expected numbers come from the data: a device's TPP is the comparison's own figure, thresholds are read
from the bundled rules."""
from __future__ import annotations

import json
import sqlite3

import pytest

import resources
from db import api
from db.api import Library
from db.control_dto import (DEPENDS, LEAF_MISSED, MEETS, MEETS_REGARDLESS, MISSES, NAMED, NOT_ASSESSED, PD,
                            PD_NO_DIE_AREA, TPP, UNDECIDED, ConditionDTO, RuleTestDTO)
from db.control_rules import from_json, to_json, validate
from db.controls import ChipInputs, judge_test

RULE_2022, RULE_2023, RULE_2026 = "US-2022-10-07-3A090", "US-2023-10-17-3A090", "US-2026-01-15-H200-case-by-case"


@pytest.fixture
def lib(db_path):
    return Library(db_path)


def leaves(c: ConditionDTO):
    if c.metric is not None:
        yield c
    for k in c.children:
        yield from leaves(k)


def thresholds(lib, rule_id, metric, op=">=", test=None):
    """The rule's lines for a metric, lowest first, as its data gives them."""
    rule = lib.controls.rule(rule_id)
    found = sorted({x.value for t in rule.tests if test in (None, t.key) for x in leaves(t.condition)
                    if x.metric == metric and x.op == op})
    assert found
    return found


def shown_tpp(lib, slug):
    """TPP as the comparison's Policy row shows it for the device."""
    comparison = lib.compare.many([slug, "h100-sxm" if slug != "h100-sxm" else "h20"])
    row = next(r for r in comparison.rows if r.metric.key == "tpp")
    return row.cells[0].value.value_num


def test_the_bundled_rules_are_the_reference_rules_with_conditions_as_data(lib):
    doc = json.loads(resources.seed_bytes("controls.json"))
    rules = lib.controls.rules()
    assert [r.id for r in rules] == sorted((r["id"] for r in doc["rules"]),
                                           key=lambda i: (next(r["effective"] for r in doc["rules"] if r["id"] == i), i))
    r2023 = lib.controls.rule(RULE_2023)
    assert [t.key for t in r2023.tests] == ["3A090.a", "3A090.b"]
    assert [t.verified for t in r2023.tests] == [True, False]
    assert any(n.key == "datacenter_designation" and n.verified is False for n in r2023.notes)
    assert r2023.events and all(e.role for e in r2023.events)
    event_uids = {e.uid for e in api.list_events(lib.path)}
    assert {e.uid for r in rules for e in r.events} <= event_uids  # every link reaches a timeline event
    assert {p.device_slug for r in rules for p in r.products if p.device_slug} >= {"h20", "ascend-910c"}
    for rule in doc["rules"]:  # stored JSON reads back and writes out unchanged
        assert validate(rule) == {}
        again = to_json(from_json(rule))
        assert {k: again[k] for k in rule} == rule


def test_the_verdict_tpp_is_the_comparisons_figure(lib):
    for slug in ("h100-sxm", "h20", "ascend-910c", "a100-sxm"):
        (v,) = lib.controls.verdicts([slug], "2024-06-01")
        assert v.tpp == shown_tpp(lib, slug)
        assert v.tpp_format and v.tpp_bits == 16 and "× 16" in v.tpp_formula


def test_h100_meets_3a090a_in_december_2023_and_no_rule_before_october_2022(lib):
    (v,) = lib.controls.verdicts(["H100"], "2023-12-01")
    assert v.tpp == pytest.approx(15830, abs=5)
    r = v.rule(RULE_2023)
    assert r.in_force and r.meets is True and r.status == MEETS and not r.unverified
    assert r.deciding[0].metric == TPP and r.deciding[0].threshold == thresholds(lib, RULE_2023, TPP, test="3A090.a")[-1]
    (before,) = lib.controls.verdicts(["H100"], "2022-10-06")
    assert not any(r.in_force for r in before.rules)
    (first_day,) = lib.controls.verdicts(["H100"], "2022-10-07")
    assert first_day.rule(RULE_2022).in_force and first_day.rule(RULE_2022).meets is True


def test_a100_meets_the_2022_rule_on_tpp_and_io(lib):
    (v,) = lib.controls.verdicts(["A100"], "2022-11-01")
    assert v.tpp == pytest.approx(4990, abs=5)
    assert [f.value for f in v.io] == [600]
    r = v.rule(RULE_2022)
    assert r.meets is True and r.status == MEETS
    assert {x.metric for x in r.deciding} == {TPP, "io_bidirectional_gbps"}
    assert r.deciding[0].margin == pytest.approx(v.tpp / thresholds(lib, RULE_2022, TPP)[0] - 1)


def test_h800_misses_the_2022_rule_on_io_with_both_reported_rates_and_meets_the_2023_rule(lib):
    (v,) = lib.controls.verdicts(["H800"], "2022-11-01")
    io = sorted(f.value for f in v.io)
    assert io == [300, 400]  # both reported values are shown
    assert all(x < thresholds(lib, RULE_2022, "io_bidirectional_gbps")[0] for x in io)
    r = v.rule(RULE_2022)
    assert r.meets is False and r.status == MISSES
    assert [(x.metric, x.status) for x in r.deciding] == [("io_bidirectional_gbps", LEAF_MISSED)]
    (later,) = lib.controls.verdicts(["H800"], "2023-12-01")
    assert not later.rule(RULE_2022).in_force
    assert later.rule(RULE_2023).meets is True


def test_h20_misses_both_2023_tiers_with_its_margins(lib):
    (v,) = lib.controls.verdicts(["H20"], "2024-06-01")
    assert v.tpp == pytest.approx(2368)
    assert v.die_area[0].inferred and v.die_area[0].origin == "reference"  # GH100 area, inferred
    assert v.performance_density == pytest.approx(v.tpp / v.die_area[0].value)
    r = v.rule(RULE_2023)
    assert r.in_force and r.meets is False and r.status == MISSES
    assert [t.meets for t in r.tests] == [False, False]
    assert r.unverified  # the 3A090.b bands it rests on are unverified
    band = {(x.metric, x.threshold): x for x in r.deciding}
    tpp_line = thresholds(lib, RULE_2023, TPP, test="3A090.b")[-1]  # band 1 starts at TPP 2,400
    assert (TPP, tpp_line) in band and band[(TPP, tpp_line)].margin == pytest.approx(v.tpp / tpp_line - 1)
    assert round(-band[(TPP, tpp_line)].margin * 100, 1) == 1.3
    assert any(m == PD and x.status == LEAF_MISSED for (m, _), x in band.items())


def test_910c_meets_3a090a_on_tpp_alone_with_its_density_unknown(lib):
    (v,) = lib.controls.verdicts(["910C"], "2024-06-01")
    assert v.performance_density is None and v.pd_missing == PD_NO_DIE_AREA
    r = v.rule(RULE_2023)
    assert r.meets is True and r.status == MEETS_REGARDLESS and PD in r.unknown
    assert [x.metric for x in r.deciding] == [TPP]


def test_a_system_is_judged_through_its_chip(lib):
    (system, chip) = lib.controls.verdicts(["CM384", "910C"], "2024-06-01")
    assert system.kind == "system" and system.via_slug == "ascend-910c" and system.via_count
    assert system.tpp == chip.tpp
    assert [(r.rule_id, r.status) for r in system.rules] == [(r.rule_id, r.status) for r in chip.rules]


def test_named_products_and_rules_without_a_chip_test(lib):
    (h20, h100) = lib.controls.verdicts(["H20", "H100"], "2025-05-01")
    letter = "US-2025-04-09-H20-MI308-is-informed"
    assert h20.rule(letter).status == NAMED and h20.rule(letter).meets is True
    assert h100.rule(letter).meets is False
    assert h20.rule("US-2024-04-04-corrections").status == NOT_ASSESSED and h20.rule(
        "US-2024-04-04-corrections").meets is None


def test_the_2026_case_by_case_test_reads_dram_bandwidth(lib):
    (h200, b200) = lib.controls.verdicts(["H200", "B200"], "2026-02-01")
    assert h200.rule(RULE_2026).meets is True
    assert b200.rule(RULE_2026).meets is False


def test_every_device_gets_verdicts(lib):
    everyone = lib.controls.all_verdicts("2024-06-01")
    assert {v.device_slug for v in everyone} == {d.slug for d in api.list_devices(lib.path)}
    assert all(len(v.rules) == len(lib.controls.rules()) for v in everyone)


# --- three-valued logic on its own --------------------------------------------------------------------------

def _test(tree, verified=True):
    return RuleTestDTO("t", "controlled", verified, None, "", from_json({
        "id": "x-1", "name": "x", "jurisdiction": "US", "kind": "threshold-rule", "effective": "2020-01-01",
        "tests": [{"key": "t", "condition": tree}]}).tests[0].condition)


def test_two_values_on_both_sides_of_a_line_make_the_verdict_depend():
    chip = ChipInputs("x", "X", 5000, io=(_fig(300), _fig(700)))
    tree = {"all_of": [{"metric": "tpp", "op": ">=", "value": 4800},
                       {"metric": "io_bidirectional_gbps", "op": ">=", "value": 600}]}
    t = judge_test(_test(tree), chip.values())
    assert t.meets is None and t.status == DEPENDS


def test_an_unknown_figure_leaves_the_test_undecided_unless_the_known_ones_settle_it():
    chip = ChipInputs("x", "X", 2000)  # no die area: no density
    both = {"all_of": [{"metric": "tpp", "op": ">=", "value": 1600},
                       {"metric": "performance_density", "op": ">=", "value": 5.92}]}
    assert judge_test(_test(both), chip.values()).status == UNDECIDED
    either = {"any_of": [{"metric": "tpp", "op": ">=", "value": 4800}, both]}
    assert judge_test(_test(either), chip.values()).status == UNDECIDED
    low = ChipInputs("x", "X", 1000)
    settled = judge_test(_test(either), low.values())
    assert settled.meets is False and settled.unknown == (PD,)


def _fig(value):
    from db.control_dto import FigureDTO
    return FigureDTO("io_bidirectional_gbps", value, "test", "reference")


def test_the_bundled_rules_are_not_stored_in_the_database(db_path):
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT count(*) FROM control_rule").fetchone()[0] == 0


# --- the analyst's rules -------------------------------------------------------------------------------------

def draft(**changes):
    rule = {"id": "DRAFT-TPP-2000", "name": "Proposed: TPP 2,000 line", "jurisdiction": "US",
            "kind": "threshold-rule", "effective": "2024-01-01", "ends": None, "destinations": ["CN"],
            "tests": [{"key": "3A090.a", "verified": None,
                       "condition": {"any_of": [{"metric": "tpp", "op": ">=", "value": 2000}]}}]}
    return {**rule, **changes}


def reseed(path):
    with sqlite3.connect(path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    api.open_store(path)


def test_a_draft_rule_changes_the_verdicts_and_survives_reseeding(lib):
    (before,) = lib.controls.verdicts(["H20"], "2024-06-01")
    assert "DRAFT-TPP-2000" not in {r.rule_id for r in before.rules}
    changes = lib.controls.save_rule(draft())
    assert "control_rule" in changes.kinds
    (after,) = lib.controls.verdicts(["H20"], "2024-06-01")
    mine = after.rule("DRAFT-TPP-2000")
    assert mine.origin == "user" and mine.in_force and mine.meets is True and after.tpp >= 2000
    reseed(lib.path)
    assert lib.controls.verdicts(["H20"], "2024-06-01")[0].rule("DRAFT-TPP-2000").meets is True
    (earlier,) = lib.controls.verdicts(["H20"], "2023-12-31")
    assert not earlier.rule("DRAFT-TPP-2000").in_force


def test_editing_a_bundled_rule_makes_it_the_analysts_and_deleting_it_restores_the_bundled_one(lib):
    bundled = lib.controls.rule(RULE_2023)
    from db.control_rules import to_json
    doc = to_json(bundled)
    band1 = doc["tests"][1]["condition"]["any_of"][0]["all_of"][0]
    assert band1 == {"metric": "tpp", "op": ">=", "value": 2400}
    band1["value"] = 2300  # model a lower band 1 (TPP >= 2,300, PD >= 1.0): the H20 falls in it
    doc["tests"][1]["condition"]["any_of"][0]["all_of"][2]["value"] = 1.0
    undo = lib.controls.user_rule_json(RULE_2023)
    assert undo is None
    lib.controls.save_rule(doc)
    edited = lib.controls.rule(RULE_2023)
    assert edited.origin == "user" and edited.based_on == RULE_2023
    assert len(lib.controls.rules()) == len(lib.controls.seed_rules())  # replaced, not added
    (h20,) = lib.controls.verdicts(["H20"], "2024-06-01")
    assert h20.rule(RULE_2023).meets is True and h20.rule(RULE_2023).unverified
    reseed(lib.path)
    assert lib.controls.rule(RULE_2023).origin == "user"
    lib.controls.restore_rule(RULE_2023, undo)  # undo: back to the bundled rule
    assert lib.controls.rule(RULE_2023) == bundled
    assert lib.controls.verdicts(["H20"], "2024-06-01")[0].rule(RULE_2023).meets is False


def test_an_invalid_rule_is_refused_with_every_problem(lib):
    from db.errors import ControlRuleValidationError
    bad = draft(id="", name=" ", effective="2024-13", kind="wish",
                tests=[{"key": "x", "condition": {"any_of": [{"metric": "tpp", "op": "≈", "value": 1}]}}])
    with pytest.raises(ControlRuleValidationError) as caught:
        lib.controls.save_rule(bad)
    assert set(caught.value.errors) == {"id", "name", "effective", "kind", "tests"}
    with pytest.raises(ControlRuleValidationError) as caught:
        lib.controls.save_rule(draft(ends="2023-01-01"))
    assert set(caught.value.errors) == {"ends"}
    assert lib.controls.user_rule_json("DRAFT-TPP-2000") is None


def test_the_bundled_rules_are_what_the_converter_makes_of_the_reference(tmp_path):
    """tests/fixtures/controls holds copies of the reference's export-controls.json and controls-chip-figures.json."""
    from pathlib import Path

    from db.importers.controls import convert_controls
    reference = Path(__file__).resolve().parents[1] / "fixtures" / "controls"
    for name in ("devices.json", "events.json"):
        (tmp_path / name).write_bytes(resources.seed_bytes(name))
    counts = convert_controls(reference, tmp_path)
    source = json.loads((reference / "export-controls.json").read_text(encoding="utf-8"))
    assert counts["control_rules"] == len(source)
    assert json.loads((tmp_path / "controls.json").read_text(encoding="utf-8")) == \
        json.loads(resources.seed_bytes("controls.json"))
    chips = json.loads((reference / "controls-chip-figures.json").read_text(encoding="utf-8"))
    h800 = next(c for c in json.loads(resources.seed_bytes("controls.json"))["chip_figures"] if c["device"] == "h800")
    raw = next(c for c in chips if c["name"] == h800["name"])
    assert len(h800["io_bidirectional_gbps"]) == len(raw["io_conflict"])  # both reported rates kept
    assert h800["die_area_mm2"]["inferred"] is True


def test_a_chiplets_area_gives_no_performance_density(lib):
    """A die area the sources give per chiplet ('mm2 per XCD') would inflate the density by the number of dies:
    the verdict says only one die's area is published and judges the density as unknown."""
    from db.api.controls import PD_DIE_ONLY

    def shown_area(slug):
        row = next(r for r in lib.compare.many([slug, "h100-sxm"]).rows if r.metric.key == "die_area")
        return row.cells[0].value

    chips = [d.slug for d in lib.catalog.devices() if d.kind == "chip" and d.slug != "h100-sxm"]
    per_die = [s for s in chips if (a := shown_area(s)) is not None and a.basis.granularity == "die"]
    assert per_die, "the bundled catalog holds a chiplet's die area (the MI355X's, per XCD)"
    for v in lib.controls.verdicts(per_die, "2026-12-01"):
        assert v.tpp is not None and v.performance_density is None and v.pd_missing == PD_DIE_ONLY
        assert v.die_area and v.die_area[0].per_die
    whole = next(s for s in chips if (a := shown_area(s)) is not None and a.basis.granularity != "die")
    assert lib.controls.verdicts([whole], "2026-12-01")[0].pd_missing is None  # a package's area still counts
