"""db.basis on its own: the vocabulary, a row's rule, the guard every ratio goes through, the words a cell adds,
and the reading of the old single qualifier. Pure functions: each test says which rule broke."""
from __future__ import annotations

import json

import pytest

from db.basis import (DIMENSIONS, FORMATS, GRANULARITIES, LEGACY_QUALIFIERS, Basis, BasisRule, check, from_legacy,
                      granularity_class, invalid, tags)
from db.reasons import BASIS_DIFFERS, BASIS_NOT_STATED, CONDITION_DIFFERS, FORMAT_DIFFERS

COMPUTE = BasisRule(("format", "sparsity", "scope", "granularity", "condition"), ("FP8", "MXFP8", "HiF8"), "dense",
                    "fp8_sparse")
LINK = BasisRule(("direction", "granularity", "condition"), per_accelerator=True)
MEMORY = BasisRule(("granularity", "condition"))
FULL = Basis("FP8", "dense", "package", None, "whole", None)


# ------------------------------------------------------------------ values and vocabulary

def test_a_basis_reads_a_mapping_and_says_not_stated_for_what_is_missing():
    assert Basis.from_mapping({"format": "FP8", "sparsity": "", "scope": None, "extra": 1}) == Basis(format="FP8")
    assert Basis.from_mapping({"granularity": " rack "}) == Basis(granularity="rack")
    assert Basis.from_mapping(None) == Basis() and Basis.from_mapping("FP8") == Basis()
    assert list(Basis().as_dict()) == list(DIMENSIONS)
    assert FULL.but(scope="cube") == Basis("FP8", "dense", "package", None, "cube", None) and FULL.scope == "whole"


def test_values_outside_the_vocabulary_are_named():
    assert invalid(Basis("FP7", "half", "shelf", "sideways", "most", "any words")) == [
        ("format", "FP7"), ("sparsity", "half"), ("granularity", "shelf"), ("direction", "sideways"),
        ("scope", "most")]
    assert invalid(Basis(FORMATS[0], "sparse", GRANULARITIES[-1], "both-ways", "vector", "x")) == []


def test_a_node_a_rack_a_pod_and_a_system_are_all_the_whole_system():
    assert {granularity_class(g) for g in ("node", "rack", "system", "pod")} == {"system"}
    assert [granularity_class(g) for g in ("die", "package", "board", "superchip", None)] == [
        "die", "package", "board", "superchip", None]


# ------------------------------------------------------------------ a row's rule

def test_a_rule_survives_its_json_form():
    for rule in (COMPUTE, LINK, MEMORY, BasisRule()):
        assert BasisRule.from_json(rule.to_json()) == rule
    assert BasisRule.from_json("") == BasisRule() and BasisRule.from_json(None) == BasisRule()
    assert json.loads(MEMORY.to_json()) == {"dimensions": ["granularity", "condition"]}  # nothing else written
    assert json.loads(LINK.to_json())["per_accelerator"] is True
    assert json.loads(COMPUTE.to_json()) == {"dimensions": list(COMPUTE.dimensions), "formats": list(COMPUTE.formats),
                                             "sparsity": "dense", "sparse_twin": "fp8_sparse"}


def test_a_rows_standard_basis_on_a_device():
    assert COMPUTE.defaults("package") == Basis("FP8", "dense", "package", None, "whole", None)
    assert COMPUTE.defaults("rack") == Basis("FP8", "dense", "rack", None, "whole", None)
    assert LINK.defaults("rack") == Basis(None, None, "package", "both-ways", None, None)  # per accelerator
    assert MEMORY.defaults("board") == Basis(granularity="board")
    assert BasisRule().defaults("package") == Basis()
    assert BasisRule(("sparsity",), ("FP8",), "dense").defaults("package") == Basis(sparsity="dense")  # no format dim


def test_what_a_row_cannot_hold():
    assert COMPUTE.contradictions(FULL) == []
    assert COMPUTE.contradictions(FULL.but(sparsity="sparse")) == [("sparsity", "sparse")]
    assert COMPUTE.contradictions(FULL.but(format="FP4")) == [("format", "FP4")]
    assert COMPUTE.contradictions(FULL.but(direction="one-way")) == [("direction", "one-way")]
    assert MEMORY.contradictions(Basis(format="FP8", sparsity="dense", scope="whole")) == [
        ("format", "FP8"), ("sparsity", "dense"), ("scope", "whole")]
    assert MEMORY.contradictions(Basis(granularity="shelf")) == [("granularity", "shelf")]
    assert COMPUTE.contradictions(Basis()) == []  # not stated is never a contradiction
    assert BasisRule(("format",)).contradictions(Basis(format="FP4")) == []  # a row of any format


def test_the_fields_a_figure_leaves_unstated_are_those_its_row_cares_about():
    assert COMPUTE.unstated(Basis()) == ("format", "sparsity", "scope", "granularity")  # never the condition
    assert COMPUTE.unstated(FULL) == ()
    assert LINK.unstated(Basis(granularity="package")) == ("direction",)
    assert MEMORY.natural_granularity("rack") == "rack" and LINK.natural_granularity("rack") == "package"


# ------------------------------------------------------------------ the guard

@pytest.mark.parametrize("dim, a, b", [("sparsity", "dense", "sparse"), ("direction", "one-way", "both-ways"),
                                       ("scope", "cube", "whole"), ("scope", "vector", "whole"),
                                       ("granularity", "board", "package"), ("granularity", "superchip", "rack")])
def test_stated_kinds_that_differ_are_never_compared(dim, a, b):
    rule = BasisRule(("sparsity", "direction", "scope", "granularity"))
    verdict = check(rule, Basis(**{dim: a}), Basis(**{dim: b}), "A", "B")
    assert verdict.withheld is not None and verdict.withheld.code == BASIS_DIFFERS
    assert verdict.withheld.data == (dim, a, b, "A", "B") and verdict.warnings == ()
    other = BasisRule(tuple(d for d in ("sparsity", "direction", "scope", "granularity") if d != dim))
    assert check(other, Basis(**{dim: a}), Basis(**{dim: b}), "A", "B").withheld is None  # a field the row ignores


def test_the_first_differing_field_is_the_one_named():
    rule = BasisRule(("sparsity", "direction", "scope", "granularity"))
    verdict = check(rule, Basis(sparsity="dense", granularity="board"), Basis(sparsity="sparse", granularity="package"),
                    "A", "B")
    assert verdict.withheld.data[0] == "sparsity"


def test_whole_systems_compare_whatever_one_of_them_is():
    rule = BasisRule(("granularity",))
    assert check(rule, Basis(granularity="rack"), Basis(granularity="system"), "A", "B").withheld is None
    assert check(rule, Basis(granularity="pod"), Basis(granularity="node"), "A", "B").withheld is None


def test_unstated_fields_are_warned_about_naming_the_device():
    verdict = check(COMPUTE, FULL.but(scope=None, format=None), FULL, "A", "B")
    assert verdict.withheld is None
    assert [(w.code, w.data) for w in verdict.warnings] == [(BASIS_NOT_STATED, ("A", "format, scope"))]
    both = check(COMPUTE, Basis(), FULL.but(sparsity=None), "A", "B")
    assert [w.data for w in both.warnings] == [("A", "format, sparsity, scope, granularity"), ("B", "sparsity")]
    assert check(COMPUTE, FULL, FULL, "A", "B").warnings == ()


def test_formats_of_one_family_compare_with_a_warning_and_16_bit_names_do_not():
    verdict = check(COMPUTE, FULL.but(format="MXFP8"), FULL, "A", "B")
    assert verdict.withheld is None and [(w.code, w.data) for w in verdict.warnings] == [
        (FORMAT_DIFFERS, ("MXFP8", "FP8"))]
    bf16 = BasisRule(("format",), ("BF16/FP16", "BF16", "FP16"))
    for a, b in (("BF16", "FP16"), ("BF16/FP16", "BF16"), ("FP16", "BF16/FP16")):
        assert check(bf16, Basis(format=a), Basis(format=b), "A", "B").warnings == ()
    assert check(BasisRule(("granularity",)), Basis("FP4", granularity="package"), Basis("FP8", granularity="package"),
                 "A", "B").warnings == ()  # a row that does not care about the format
    assert check(bf16, Basis(format="FP16"), Basis(format=None), "A", "B").warnings[0].code == BASIS_NOT_STATED


def test_different_conditions_are_warned_about_only_when_both_are_stated():
    rule = BasisRule(("condition",))
    verdict = check(rule, Basis(condition="1000 W"), Basis(condition="1200 W config"), "B200", "GB200")
    assert [(w.code, w.data) for w in verdict.warnings] == [
        (CONDITION_DIFFERS, ("B200", "1000 W", "GB200", "1200 W config"))]
    assert check(rule, Basis(condition="1000 W"), Basis(), "A", "B").warnings == ()
    assert check(rule, Basis(condition="1000 W"), Basis(condition="1000 W"), "A", "B").warnings == ()
    assert check(BasisRule(), Basis(condition="1 W"), Basis(condition="2 W"), "A", "B").warnings == ()


# ------------------------------------------------------------------ the words a cell adds

def test_a_cell_names_what_is_not_the_rows_standard():
    assert tags(COMPUTE, FULL, "package") == []
    assert tags(COMPUTE, FULL.but(format="MXFP8"), "package") == ["MXFP8"]
    assert tags(COMPUTE, FULL.but(scope="cube"), "package") == ["Cube units"]
    assert tags(COMPUTE, FULL.but(scope="vector"), "package") == ["vector units"]
    assert tags(COMPUTE, FULL.but(granularity="board"), "package") == ["per board"]
    assert tags(COMPUTE, FULL.but(granularity="rack"), "system") == []  # a rack is the whole system
    assert tags(COMPUTE, FULL.but(granularity="board"), None) == []  # no device: no granularity word
    assert tags(COMPUTE, FULL.but(scope=None, sparsity=None), "package") == ["sparsity, scope unstated"]
    assert tags(LINK, Basis(granularity="package", direction="one-way"), "package") == ["one way"]
    assert tags(LINK, Basis(granularity="package", direction="both-ways"), "package") == []
    assert tags(BasisRule(("format",), ("BF16/FP16", "BF16", "FP16")), Basis(format="FP16"), None) == []
    assert tags(MEMORY, Basis(granularity="package", scope="cube"), "package") == []  # a field the row ignores


# ------------------------------------------------------------------ the old single qualifier

@pytest.mark.parametrize("qualifier, fields", [(q, f) for q, f in LEGACY_QUALIFIERS.items()])
def test_each_old_qualifier_becomes_its_field(qualifier, fields):
    assert from_legacy(qualifier) == (fields, None)
    assert from_legacy(f"  {qualifier} ") == (fields, None)


def test_power_keeps_what_it_counts_and_other_words_become_the_condition():
    assert from_legacy("TDP", is_power=True) == ({}, "TDP")
    assert from_legacy("all-in", is_power=True) == ({}, "all-in")
    assert from_legacy("TDP") == ({"condition": "TDP"}, None)  # not a power figure: the words are kept
    assert from_legacy("at 600 W, boost") == ({"condition": "at 600 W, boost"}, None)
    assert from_legacy(None) == ({}, None) and from_legacy("  ") == ({}, None)
    fields, _ = from_legacy("dense")
    fields["sparsity"] = "changed"
    assert from_legacy("dense") == ({"sparsity": "dense"}, None)  # the table itself is never changed


# ------------------------------------------------------------------ the stored forms

def test_a_basis_reads_by_its_column_names_in_the_stores_order():
    assert Basis("FP8", "dense", "board", "one-way", "cube", "700 W").columns() == {
        "basis_format": "FP8", "basis_sparsity": "dense", "basis_granularity": "board",
        "basis_direction": "one-way", "basis_scope": "cube", "basis_condition": "700 W"}, "a basis field in the wrong column"


def test_a_rule_is_stored_as_compact_json():
    assert MEMORY.to_json() == '{"dimensions":["granularity","condition"]}', "the stored rule has no spaces"


def test_a_row_that_does_not_care_about_sparsity_defaults_to_none():
    rule = BasisRule(("granularity",), sparsity="dense")
    assert rule.defaults("package") == Basis(granularity="package"), "a sparsity the row does not compare is not set"
