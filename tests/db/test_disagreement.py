"""Why a cell's sources disagree (issue 17, point 5): db recognises a reason only when the figures show it, and a
user's figure keeps who produced it and how good its citation is. Real stores, figures saved as a user would."""
from __future__ import annotations

import dataclasses
import json

import pytest
from tests_support import user_device_with_sources

import resources
from db import api
from db.api.compare import PLAIN, Basis, BasisRule, NumberStyle
from db.disagreement import differing, explain, flag
from db.dto import CellDTO, MetricDTO, SourceDTO, ValueDTO
from db.catalog import CatalogValidationError
from db.api.compare import (BITS_VS_BYTES, DIFFERENT_CONDITIONS, ESTIMATE_VS_VENDOR, GIB_VS_GB, default_carrier,
                            explain_disagreement)


@pytest.fixture
def lab(db_path):
    """A device of the user's with no figure yet, and two sources: the vendor's page and a press article."""
    return user_device_with_sources(db_path, ("Daily Chips", "Teardown", "2026-02", "press"))


def save(db_path, slug, metric, text, source, **more):
    return api.save_value(db_path, {"device": slug, "metric": metric, "value": text, "source": source,
                                    "confidence": "official", **more})[0].key


def explained(db_path, slug, metric):
    row = api.compare(db_path, slug, "h100-sxm").row(metric)
    return row.cells[0], explain_disagreement(row.cells[0], row.metric)


@pytest.mark.parametrize("low, high, recognised", [
    ("96 GB", "103 GB", "GiB"),  # 1.073: 96 GiB read as GB
    ("1.8 TB", "1.98 TB", "TiB"),  # 1.1: the TiB / TB factor at the size the figures read in
    ("96 GB", "115 GB", None),  # 1.2: no unit factor
    ("96 GB", "108 GB", None),  # 1.125 is the PiB factor, but nobody writes 96 GB in PiB
])
def test_a_binary_unit_read_as_decimal_is_recognised_and_nothing_else(db_path, lab, low, high, recognised):
    slug, vendor, press = lab
    a, b = save(db_path, slug, "memory_capacity", low, vendor), save(db_path, slug, "memory_capacity", high, press)
    cell, why = explained(db_path, slug, "memory_capacity")
    assert cell.disagreement and why is not None
    assert why.spread == pytest.approx(why.values[-1].value_num / why.values[0].value_num - 1)
    units = [r for r in why.reasons if r.code == GIB_VS_GB]
    if recognised:
        assert [r.data for r in units] == [(a, b, recognised, recognised[0] + "B")]
    else:
        assert units == [] and why.reasons == ()


def test_the_gib_factor_means_nothing_for_a_compute_figure(db_path, lab):
    slug, vendor, press = lab
    save(db_path, slug, "bf16_dense", "960 TFLOPS", vendor)
    save(db_path, slug, "bf16_dense", "1,031 TFLOPS", press)
    cell, why = explained(db_path, slug, "bf16_dense")
    assert cell.disagreement and why.reasons == ()


@pytest.mark.parametrize("high, recognised", [("6,400 GB/s", True), ("5,600 GB/s", False)])
def test_bits_read_as_bytes_is_a_factor_of_eight(db_path, lab, high, recognised):
    slug, vendor, press = lab
    save(db_path, slug, "memory_bandwidth", "800 GB/s", vendor)
    save(db_path, slug, "memory_bandwidth", high, press)
    codes = [r.code for r in explained(db_path, slug, "memory_bandwidth")[1].reasons]
    assert (BITS_VS_BYTES in codes) == recognised


@pytest.mark.parametrize("conditions, recognised", [(("700 W config", "1000 W config"), True),
                                                    (("", "1000 W config"), True),
                                                    (("1000 W config", "1000 W config"), False)])
def test_figures_for_different_conditions(db_path, lab, conditions, recognised):
    slug, vendor, press = lab
    for text, condition in zip(("900 TFLOPS", "1,200 TFLOPS"), conditions):
        save(db_path, slug, "bf16_dense", text, vendor,
             basis={"format": "BF16/FP16", "sparsity": "dense", "granularity": "package", "scope": "whole",
                    "condition": condition or None})
    reasons = [r for r in explained(db_path, slug, "bf16_dense")[1].reasons if r.code == DIFFERENT_CONDITIONS]
    assert [r.data[2:] for r in reasons] == ([conditions] if recognised else [])


@pytest.mark.parametrize("producers, recognised", [(("analyst firm (SemiAnalysis)", "vendor"), True),
                                                   (("press report", "vendor (as reported by press)"), True),
                                                   (("vendor", "vendor"), False),
                                                   (("analyst firm (SemiAnalysis)", ""), False)])
def test_an_estimate_against_the_vendors_figure(db_path, lab, producers, recognised):
    slug, vendor, press = lab
    estimate = save(db_path, slug, "bf16_dense", "800 TFLOPS", press, producer=producers[0])
    official = save(db_path, slug, "bf16_dense", "1,000 TFLOPS", vendor, producer=producers[1])
    reasons = [r for r in explained(db_path, slug, "bf16_dense")[1].reasons if r.code == ESTIMATE_VS_VENDOR]
    assert [r.data for r in reasons] == ([(estimate, official)] if recognised else [])


def test_figures_that_agree_have_nothing_to_explain(db_path, lab):
    slug, vendor, press = lab
    save(db_path, slug, "bf16_dense", "1,000 TFLOPS", vendor)
    save(db_path, slug, "bf16_dense", "1,040 TFLOPS", press)
    cell, why = explained(db_path, slug, "bf16_dense")
    assert cell.disagreement == "" and why is None


def test_a_users_figure_keeps_its_producer_and_carrier_through_edit_and_undo(db_path, lab):
    slug, vendor, press = lab
    edit, _ = api.save_value(db_path, {"device": slug, "metric": "bf16_dense", "value": "900 TFLOPS", "source": press,
                                       "confidence": "third-party"})
    first = api.get_value(db_path, edit.key)
    assert (first.producer, first.carrier_quality) == (None, default_carrier("press")) == (None, "reputable-relay")
    fields = {"device": slug, "metric": "bf16_dense", "value": "900 TFLOPS", "source": press,
              "confidence": "third-party"}
    changed, _ = api.save_value(db_path, {**fields, "producer": "analyst firm (Daily Chips)",
                                          "carrier_quality": "weak-relay"}, edit.key)
    v = api.get_value(db_path, edit.key)
    assert (v.producer, v.carrier_quality) == ("analyst firm (Daily Chips)", "weak-relay")
    api.save_value(db_path, {**fields, "note": "rechecked"}, edit.key)  # not given: kept
    v = api.get_value(db_path, edit.key)
    assert (v.producer, v.carrier_quality, v.note) == ("analyst firm (Daily Chips)", "weak-relay", "rechecked")
    api.undo_edit(db_path, changed)
    v = api.get_value(db_path, edit.key)
    assert (v.producer, v.carrier_quality) == (None, "reputable-relay")
    api.redo_edit(db_path, changed)
    assert api.get_value(db_path, edit.key).carrier_quality == "weak-relay"
    api.save_value(db_path, {**fields, "producer": "", "carrier_quality": ""}, edit.key)  # empty: not stated
    v = api.get_value(db_path, edit.key)
    assert (v.producer, v.carrier_quality) == (None, None)
    with pytest.raises(CatalogValidationError) as err:
        api.save_value(db_path, {**fields, "carrier_quality": "excellent"}, edit.key)
    assert "carrier_quality" in err.value.errors


# ------------------------------------------------------------------ the rules, on hand-built figures

def _metrics() -> dict[str, MetricDTO]:
    doc = json.loads(resources.seed_bytes("metrics.json"))
    return {m["key"]: MetricDTO(m["key"], m["label"], m["group"], m.get("unit", ""), m["kind"],
                                m.get("higher_is_better"), m.get("aggregate"), None, bool(m.get("directional")),
                                bool(m.get("derived")), m.get("formula", ""), tuple(m.get("inputs", ())),
                                bool(m.get("key_metric")), m.get("description", ""), pos,
                                BasisRule.from_json(json.dumps(m.get("basis") or {})))
            for pos, m in enumerate(doc["metrics"])}


METRICS = _metrics()
CAPACITY = METRICS["memory_capacity"]
_uid = iter(range(10**6))


def fig(number: float | None, producer: str | None = "vendor", condition: str | None = None,
        qualifier: str | None = None, derived: bool = False, key: str = "memory_capacity") -> ValueDTO:
    source = SourceDTO(f"S{next(_uid)}", "Publisher", "", None, "", None, "test")
    return ValueDTO(f"v{next(_uid)}", "a", key, number, None if number is not None else "text", qualifier, False,
                    source, "official", None, "", derived=derived, basis=Basis(granularity="package",
                                                                             condition=condition),
                    producer=producer, carrier_quality="primary")


def why(*values: ValueDTO, metric: MetricDTO = CAPACITY):
    return explain(CellDTO("a", values[0], "", tuple(values)), metric)


def codes(*values: ValueDTO, metric: MetricDTO = CAPACITY) -> list[str]:
    found = why(*values, metric=metric)
    return [r.code for r in found.reasons] if found else []


def test_the_figures_held_against_the_shown_one():
    shown, low, text = fig(110), fig(100), fig(None)
    assert differing(shown, [shown, low, text], CAPACITY) == [low, shown]  # lowest first, the text left out
    assert differing(None, [shown, low], CAPACITY) == [] and differing(text, [shown, low], CAPACITY) == []
    assert differing(shown, [shown, fig(100, qualifier="per stack")], CAPACITY) == []
    assert differing(shown, [shown, fig(100, derived=True)], CAPACITY) == []
    assert differing(shown, [shown, fig(110 / 1.05)], CAPACITY) == []  # 5% exactly is no disagreement
    assert len(differing(shown, [shown, fig(110 / 1.0501)], CAPACITY)) == 2
    zero = fig(0)
    assert differing(shown, [shown, zero], CAPACITY) == []  # no spread from a zero


def test_the_flag_reads_in_the_display_unit():
    a, b = fig(1800), fig(2500)
    assert flag(a, [a, b], CAPACITY, PLAIN) == "1.8 / 2.5 TB"
    assert flag(a, [a, fig(1810)], CAPACITY, PLAIN) == ""
    assert flag(a, [a, b], dataclasses.replace(CAPACITY, unit="widgets"), PLAIN) == "1,800 / 2,500 widgets"
    assert flag(a, [a, b], dataclasses.replace(CAPACITY, unit=""), PLAIN) == "1,800 / 2,500"
    # in a language of its own symbols and spacing (a made-up multiple shows the figures are converted too)
    french = NumberStyle(group="\u202f", point=",", space="\u202f", units=(("TB", "To"),), multiples=(("TB", 10.0),))
    assert flag(a, [a, b], CAPACITY, french) == "18\u202f/\u202f25\u202fTo".replace("\u202f/\u202f", " / ")


@pytest.mark.parametrize("factor, found", [(2 ** 30 / 1e9 * 1.0049, True), (2 ** 30 / 1e9 * 1.0051, False),
                                           (2 ** 30 / 1e9 / 1.0049, True), (2 ** 30 / 1e9 / 1.0051, False)])
def test_a_unit_factor_is_recognised_within_half_a_percent(factor, found):
    assert (codes(fig(100), fig(100 * factor)) == [GIB_VS_GB]) == found
    low, high = fig(800), fig(800 * 8 * factor / (2 ** 30 / 1e9))
    assert ([(r.code, r.data) for r in why(low, high).reasons] == [(BITS_VS_BYTES, (low.uid, high.uid))]) == found


def test_unit_factors_hold_for_bandwidth_but_not_for_compute():
    bw = METRICS["memory_bandwidth"]
    assert codes(fig(100, key="memory_bandwidth"), fig(107.37, key="memory_bandwidth"), metric=bw) == [GIB_VS_GB]
    assert codes(fig(100, key="memory_bandwidth"), fig(800, key="memory_bandwidth"), metric=bw) == [BITS_VS_BYTES]
    compute = dataclasses.replace(CAPACITY, unit="TFLOPS")
    assert codes(fig(100), fig(107.37), metric=compute) == [] and codes(fig(100), fig(800), metric=compute) == []


def test_reasons_hold_for_figures_more_than_five_percent_apart_and_each_pair_of_numbers_once():
    a, b, c = fig(100, condition="A"), fig(104, condition="B"), fig(120, condition="B")
    found = why(a, b, c)
    assert [(r.code, r.data[:2]) for r in found.reasons] == [(DIFFERENT_CONDITIONS, (a.uid, c.uid))]
    assert found.values == (a, b, c) and found.spread == pytest.approx(0.2)
    twice = why(fig(100), fig(100), fig(107.37))  # two sources give 100: one reason for the pair of numbers
    assert [r.code for r in twice.reasons] == [GIB_VS_GB]
    both = why(fig(100, producer="analyst firm (X)"), fig(107.37))  # two reasons for one pair: both said
    assert [r.code for r in both.reasons] == [GIB_VS_GB, ESTIMATE_VS_VENDOR]
    assert codes(fig(100, condition="1000 W"), fig(120, condition=" 1000 w ")) == []  # the same words
    assert codes(fig(100, condition="X"), fig(100, condition="Y"), fig(120, condition="X")) == [DIFFERENT_CONDITIONS]


@pytest.mark.parametrize("low, high, first", [("analyst firm (X)", "vendor", 0), ("vendor", "press report", 1),
                                              ("vendor (as reported by press)", "analyst", 1)])
def test_the_estimate_is_named_first_whichever_is_higher(low, high, first):
    a, b = fig(100, producer=low), fig(120, producer=high)
    (reason,) = why(a, b).reasons
    assert reason.code == ESTIMATE_VS_VENDOR and reason.data == ((a.uid, b.uid) if first == 0 else (b.uid, a.uid))
    # figures within 5% of each other are not what the disagreement is about
    assert codes(fig(100, producer=low), fig(104, producer=high), fig(200, producer="dataset compiler (Y)")) == []


def test_nothing_to_explain_without_a_disagreement():
    assert why(fig(100), fig(104)) is None
    assert explain(CellDTO("a", None, "", (fig(100), fig(200))), CAPACITY) is None


def test_a_pair_exactly_five_percent_apart_gets_no_reason_though_the_cell_disagrees():
    low, near, high = fig(100, condition="X"), fig(105, condition="Y"), fig(120, condition="Z")
    found = why(low, near, high)
    pairs = {(r.data[0], r.data[1]) for r in found.reasons if r.code == DIFFERENT_CONDITIONS}
    assert (low.uid, near.uid) not in pairs, "5% exactly is no disagreement, for a pair as for the cell"
    assert (low.uid, high.uid) in pairs and (near.uid, high.uid) in pairs


def test_two_conditions_against_one_figure_are_both_named():
    x, y, z = fig(100, condition="1000 W"), fig(100, condition="1200 W"), fig(120, condition="Server tier")
    named = [r.data[2:] for r in why(x, y, z).reasons if r.code == DIFFERENT_CONDITIONS]
    assert ("1000 W", "Server tier") in named and ("1200 W", "Server tier") in named, \
        "one reason per pair of numbers and conditions, not one per pair of numbers"
