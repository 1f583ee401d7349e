"""Software stacks and supply facts: the rules (db.beyond), the converter and library.beyond on real stores.

Expected values come from the bundled seed files (resources/seed/stacks.json, supply.json) or from a small
reference the test writes; no count is copied from the data."""
from __future__ import annotations

import json
import sqlite3

import pytest

import resources
from db import api, beyond
from db.api import Library
from db.errors import FactValidationError
from db.beyond import subject_devices
from db.importers.beyond import convert_beyond


@pytest.fixture
def lib(db_path):
    return Library(db_path)


def bundled(name: str) -> dict:
    return json.loads(resources.seed_bytes(name))


# the rules ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("in-tree", "in-tree"), ("in-tree ROCm build (vLLM wheels bundle PyTorch for ROCm)", "in-tree"),
    ("reference platform", "in-tree"), ("out-of-tree PrivateUse1 plugin (torch_npu/TorchNPU)", "plugin"),
    ("plugin (vllm-gaudi); fork deprecated", "plugin"), ("PJRT plugin", "plugin"), ("fork (vllm-musa)", "fork"),
    ("vendor branch vLLM-MLU (reported)", "fork"), ("ROCm-style build via vendor images", "vendor build"),
    ("native", "native"), ("native; a PJRT plugin too", "native"), ("claimed", "claimed"), ("Triton-Ascend 3.2.0 (2026-01)", "other"), (None, None), ("", None)])
def test_a_route_is_read_from_the_references_own_words(text, kind):
    assert beyond.route_kind(text) == kind


@pytest.mark.parametrize("metric, subject, kind", [
    ("planned annual die output", "Huawei Ascend (product line)", "output"),
    ("annual production capacity (US government estimate)", "Huawei Ascend (all models)", "output"),
    ("annual production forecast (HBM-constrained)", "Huawei Ascend (910B/910C)", "output"),
    ("China shipments (accelerator cards)", "Cambricon", "output"),
    ("yield", "Huawei Ascend 910C", "yield"), ("node (foundry)", "Huawei Ascend 910B", "node"),
    ("dies received via TSMC (die bank)", "Huawei Ascend (TSMC-made dies)", "node"),
    ("advanced-node capacity estimate", "SMIC", "capacity"), ("current 7nm/5nm-class output", "China", "capacity"),
    ("HBM stacks stockpiled", "China (all HBM suppliers)", "hbm"),
    ("capacity / bandwidth", "Huawei HiBL 1.0 (in-house HBM)", "hbm"),
    ("China AI accelerator market share (units)", "NVIDIA", "share"),
    ("IPO proceeds (STAR Market)", "MetaX", "funding"), ("private placement size (revised)", "Cambricon", "funding"),
    ("net profit attributable", "Cambricon", "revenue"), ("China unit sales estimate", "NVIDIA H20", "output"),
    ("sales", "NVIDIA H20", "revenue"), ("launch schedule", "Huawei Ascend roadmap", "other")])
def test_a_supply_fact_is_filed_by_what_it_measures(metric, subject, kind):
    assert beyond.supply_kind(metric, subject) == kind


def test_what_a_count_counts_comes_from_its_unit_and_a_value_is_a_number_only_when_it_is_one():
    assert [beyond.counted(u) for u in ("chips (packages)", "dies (up to)", "cards (approx.)", "stacks", "%",
                                         "CNY bn", "text", "")] == ["chips", "dies", "cards", "HBM stacks", None,
                                                                     None, None, None]
    assert [beyond.number(v) for v in (200000, "4.6", "-0.452", ">75", "12-15", "95 -> 0", True, None)] == [
        200000.0, 4.6, -0.452, None, None, None, None, None]


def test_a_share_fact_gives_a_point_per_year_it_states():
    assert beyond.year_points(55, "2025") == ((2025, 55.0),)
    assert beyond.year_points("13", "FY2025") == ((2025, 13.0),)
    assert beyond.year_points("19 -> 93", "2023 -> 2028 (forecast)") == ((2023, 19.0), (2028, 93.0))
    assert beyond.year_points("95 -> 0", "2025-10 vs earlier peak") == ()
    assert beyond.year_points(">75", "2025") == ()
    assert beyond.year_points(55, "2023 -> 2028") == ()  # one number cannot be two years' figures
    assert beyond.market_share("China AI accelerator market share (units)", "% (~2.2M cards)")
    assert beyond.market_share("share of China AI server chip purchases", "% (approx.)")
    assert not beyond.market_share("China share of revenue", "% of total revenue")
    assert not beyond.market_share("China AI accelerator market share (units)", "units")


def test_a_series_is_labelled_by_the_firm_that_produced_it_not_the_page_that_relayed_it():
    assert beyond.producer("open-techstack.com (summary of Reuters report on IDC data)") == "IDC"
    assert beyond.producer("gokawiil.com (copy of Tom's Hardware, citing Nikkei / Bernstein)") == "Bernstein"
    assert beyond.producer("Analyst desk") == "Analyst desk"


def test_periods_sort_by_their_first_year_whatever_comes_before_it():
    periods = ["FY2026 Q1", "to end-2024", "2025 H1", "2024 (Q3-Q4)", "2023-2025", "recent years"]
    assert sorted(periods, key=beyond.period_start) == [
        "2023-2025", "to end-2024", "2024 (Q3-Q4)", "2025 H1", "FY2026 Q1", "recent years"]


def test_a_subject_query_needs_every_word():
    assert beyond.matches("Huawei Ascend 910C", "huawei")
    assert beyond.matches("Huawei Ascend 910C", "ascend 910c")
    assert not beyond.matches("Huawei Ascend 910B", "huawei 910c")
    assert not beyond.matches("Huawei", "")


def test_an_analysts_fact_is_checked_field_by_field():
    good = {"subject": "SMIC", "field": "yield", "period": "2026", "value": "60", "unit": "%",
            "confidence": "reported", "publisher": "Analyst desk", "source_date": "2026-11"}
    assert beyond.validate_fact("supply", good) == []
    errors = beyond.validate_fact("supply", {**good, "period": "", "unit": " ", "confidence": "rumour",
                                              "publisher": "", "source_date": "Nov 2026", "url": "ftp://x"})
    assert errors == [("period", beyond.E_REQUIRED, ""), ("unit", beyond.E_REQUIRED, ""),
                      ("confidence", beyond.E_NOT_ONE_OF, "official, third-party, reported"),
                      ("publisher", beyond.E_REQUIRED, ""), ("source_date", beyond.E_DATE, "Nov 2026"),
                      ("url", beyond.E_URL, "ftp://x")]
    assert beyond.validate_fact("supply", {**good, "source_date": "2026-13"}) == [("source_date", beyond.E_DATE, "2026-13")]
    assert beyond.validate_fact("supply", {**good, "value": "-5", "unit": "chips"}) == [
        ("value", beyond.E_NEGATIVE_COUNT, "-5")]
    assert beyond.validate_fact("supply", {**good, "value": "-0.4", "unit": "CNY bn"}) == []  # a loss is a figure
    big = "1" + "0" * 400  # a number, beyond the float range: never a point of a chart
    assert beyond.validate_fact("supply", {**good, "value": big, "unit": "%"}) == [
        ("value", beyond.E_NOT_FINITE, "100000000000…")]
    assert beyond.validate_fact("supply", {**good, "value": "-" + big, "unit": "chips"}) == [
        ("value", beyond.E_NOT_FINITE, "-10000000000…")], "not finite says more than negative"
    assert beyond.validate_fact("supply", {**good, "value": "0", "unit": "chips", "url": "http://x.org"}) == []
    assert beyond.validate_fact("supply", {**good, "subject": "", "field": "", "period": ""}) == [
        ("subject", beyond.E_REQUIRED, ""), ("field", beyond.E_REQUIRED, ""), ("period", beyond.E_REQUIRED, "")]
    stack = {"subject": "huawei-cann", "field": "pytorch_support", "value": "TorchNPU 26.1", "confidence": "official",
             "publisher": "Huawei"}
    assert beyond.validate_fact("stack", stack, ["huawei-cann"]) == []
    assert beyond.validate_fact("stack", {**stack, "subject": "cuda"}, ["huawei-cann"]) == [
        ("subject", beyond.E_UNKNOWN_STACK, "cuda")]
    assert beyond.validate_fact("stack", {**stack, "field": "speed"}, ["huawei-cann"]) == [
        ("field", beyond.E_NOT_ONE_OF, ", ".join(sorted(beyond.STACK_FIELD_ROWS)))]
    assert beyond.validate_fact("stack", {**stack, "value": " ", "subject": ""}) == [
        ("subject", beyond.E_REQUIRED, ""), ("value", beyond.E_REQUIRED, "")]
    assert beyond.validate_fact("other", stack) == [("domain", beyond.E_NOT_ONE_OF, "stack, supply")]


# the converter ------------------------------------------------------------------------------------------------
SOURCE = {"publisher": "Vendor", "title": "Docs", "url": "https://example.org/docs", "date": "2026-01-02",
          "read_on": "2026-12-04"}


def stack_record(sid="huawei-cann", vendor="Huawei", **over):
    rec = {"id": sid, "name": "CANN", "vendor": vendor, "jurisdiction": "CN", "first_release_date": None,
           "latest_version_seen": "9.1.0", "latest_version_date": None, "licence_openness": "open",
           "programming_model": None, "translation_tools": None, "cuda_source_compatibility": "none claimed",
           "frameworks": {"pytorch": "out-of-tree PrivateUse1 plugin (torch_npu)", "jax": None, "tensorflow": None,
                          "paddlepaddle": None, "mindspore": "native"},
           "inference_engines": {"vllm": "plugin (vllm-ascend)", "sglang": None, "vendor_engine": None,
                                 "llama_cpp": None},
           "triton": None,
           "facts": [{"field": "pytorch_support", "value": "torch_npu plugin", "source": SOURCE,
                      "confidence": "official", "note": None},
                     {"field": "mlperf", "value": "none found", "source": SOURCE, "confidence": "third-party",
                      "note": "n"}]}
    return {**rec, **over}


def supply_record(**over):
    rec = {"subject": "Huawei Ascend (910B/910C)", "metric": "annual production estimate (packages)",
           "period": "2025", "value": 805000, "unit": "units", "source": SOURCE, "confidence": "third-party",
           "note": None}
    return {**rec, **over}


def write_reference(tmp_path, stacks, supply):
    ref, seed = tmp_path / "ref", tmp_path / "seed"
    ref.mkdir()
    seed.mkdir()
    (ref / "software-stacks.json").write_text(json.dumps(stacks))
    (ref / "supply-facts.json").write_text(json.dumps(supply))
    devices = {"devices": [{"slug": "ascend-910b", "name": "Huawei Ascend 910B", "aliases": ["910B"]},
                           {"slug": "ascend-910c", "name": "Huawei Ascend 910C", "aliases": ["910C"]},
                           {"slug": "ascend-310", "name": "Huawei Ascend 310", "aliases": ["310"]}]}
    (seed / "devices.json").write_text(json.dumps(devices))
    return ref, seed


def test_the_converter_files_facts_under_their_rows_and_links_subjects_to_devices(tmp_path):
    ref, seed = write_reference(tmp_path, [stack_record()], [supply_record(), supply_record(
        subject="Huawei Ascend 310 fabs", metric="yield", value=">75", unit="%")])
    counts = convert_beyond(ref, seed)
    assert counts["stacks"] == 1 and counts["supply_facts"] == 2
    (stack,) = json.loads((seed / "stacks.json").read_text())["stacks"]
    assert stack["organisations"] == ["huawei"]
    assert stack["routes"]["pytorch"] == {"text": "out-of-tree PrivateUse1 plugin (torch_npu)", "kind": "plugin"}
    assert stack["routes"]["jax"] == {"text": None, "kind": None}
    assert [f["row"] for f in stack["facts"]] == ["pytorch", None]
    first, second = json.loads((seed / "supply.json").read_text())["facts"]
    assert first["devices"] == ["ascend-910b", "ascend-910c"] and first["organisations"] == ["huawei"]
    assert (first["value"], first["number"], first["counted"], first["kind"]) == ("805000", 805000.0, "units", "output")
    assert second["devices"] == [] and second["value"] == ">75" and second["number"] is None  # '310' is no device name
    again = tmp_path / "again"
    again.mkdir()
    ref2, seed2 = write_reference(again, [stack_record()], [supply_record()])
    convert_beyond(ref2, seed2)
    assert json.loads((seed2 / "supply.json").read_text())["facts"][0]["uid"] == first["uid"]  # stable ids


@pytest.mark.parametrize("stacks, supply, message", [
    ([stack_record(sid="new-stack")], [], "no entry in STACK_ORGANISATIONS"),
    ([stack_record(vendor="Someone else")], [], "does not name 'Huawei'"),
    ([], [supply_record(confidence="rumour")], "record 0 (Huawei Ascend (910B/910C), annual production"),
    ([], [supply_record(unit="")], "a fact without a value or a unit")])
def test_the_converter_refuses_what_it_cannot_file_and_says_where(tmp_path, stacks, supply, message):
    ref, seed = write_reference(tmp_path, stacks, supply)
    with pytest.raises(SystemExit, match=message.replace("(", r"\(").replace(")", r"\)")):
        convert_beyond(ref, seed)


def test_h20_is_not_h200():
    names = {"h20": "h20", "h200": "h200", "nvidia h200": "h200"}
    assert subject_devices("NVIDIA H20", names) == ["h20"]
    assert subject_devices("NVIDIA H200", names) == ["h200"]


# the library on a real store ------------------------------------------------------------------------------------
def test_a_chip_runs_its_vendors_stack_and_a_system_its_accelerators(lib):
    by = {d.device: d for d in lib.beyond.device_stacks(["910C", "H100", "CM384", "NVL72"])}
    assert by["ascend-910c"].stack.id == "huawei-cann" and by["ascend-910c"].via is None
    assert by["h100-sxm"].stack.id == "nvidia-cuda"
    assert by["cloudmatrix-384"].stack.id == "huawei-cann" and by["cloudmatrix-384"].via == "ascend-910c"
    assert by["gb200-nvl72"].stack.id == "nvidia-cuda" and by["gb200-nvl72"].via == "gb200-gpu"
    cann, cuda = by["ascend-910c"].stack, by["h100-sxm"].stack
    assert cann.route("pytorch").kind == "plugin" and cuda.route("pytorch").kind == "in-tree"
    assert cann.facts_for("pytorch") and all(f.source.publisher and f.confidence for f in cann.facts_for("pytorch"))


def test_a_vendor_without_a_stack_in_the_reference_has_none(lib):
    linked = {o for s in bundled("stacks.json")["stacks"] for o in s["organisations"]}
    slugs = [d.slug for d in lib.catalog.devices() if d.kind == "chip"]
    for d in lib.beyond.device_stacks(slugs):
        assert (d.stack is None) == (d.organisation not in linked)


def test_every_output_estimate_is_returned_apart_with_its_unit_and_source(lib):
    expected = [f for f in bundled("supply.json")["facts"] if "huawei" in f["subject"].lower() and f["kind"] == "output"]
    got = lib.beyond.supply("huawei", "output")
    assert sorted(f.uid for f in got) == sorted(f["uid"] for f in expected)
    assert len({(f.unit, f.source.publisher, f.period, f.value) for f in got}) == len(got)  # none merged
    assert all(f.unit and f.source.publisher for f in got)
    with pytest.raises(FactValidationError) as err:
        lib.beyond.supply("huawei", "speed")
    assert err.value.errors == [("metric", beyond.E_NOT_ONE_OF, ", ".join(beyond.SUPPLY_KINDS))]


def test_market_share_draws_one_series_per_source_and_subject(lib):
    series = lib.beyond.market_share()
    keys = [(s.publisher, s.subject, s.metric) for s in series]
    assert len(keys) == len(set(keys)) and series
    for s in series:
        assert {p.fact.source.publisher for p in s.points} == {s.publisher}
        assert {p.fact.subject for p in s.points} == {s.subject}
        assert [p.year for p in s.points] == sorted(p.year for p in s.points)
    assert {s.producer for s in series} >= {"IDC", "TrendForce", "Bernstein"}


def reseed(path):
    with sqlite3.connect(path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    api.open_store(path)


def test_an_analysts_estimate_survives_reseeding_and_trash_and_undo(lib, db_path):
    doc = {"subject": "Huawei Ascend 910C", "field": "annual production", "period": "2026", "value": "700000",
           "unit": "chips (packages)", "confidence": "reported", "publisher": "Analyst desk",
           "url": "https://example.org/model", "source_date": "2026-11-30"}
    before = lib.beyond.supply(device="ascend-910c")
    uid, changes = lib.beyond.save_fact("supply", doc)
    assert "analyst_fact" in changes.kinds
    reseed(db_path)
    mine = [f for f in lib.beyond.supply(device="ascend-910c") if f.origin == "user"]
    assert [(f.uid, f.value, f.kind, f.counted, f.source.publisher) for f in mine] == [
        (uid, "700000", "output", "chips", "Analyst desk")]
    assert len(lib.beyond.supply(device="ascend-910c")) == len(before) + 1  # beside the bundled ones, not instead
    lib.beyond.delete_fact(uid)
    assert lib.beyond.fact_doc(uid) is None and len(lib.beyond.supply(device="ascend-910c")) == len(before)
    lib.beyond.restore_fact(uid)
    assert lib.beyond.fact_doc(uid)["value"] == "700000"
    with pytest.raises(FactValidationError) as err:
        lib.beyond.delete_fact("nope")
    assert err.value.errors == [("uid", beyond.E_UNKNOWN_FACT, "nope")]


def test_an_analysts_stack_fact_joins_its_row(lib):
    uid, _ = lib.beyond.save_fact("stack", {"subject": "huawei-cann", "field": "vllm_support",
                                            "value": "vllm-ascend 0.19 tested", "confidence": "third-party",
                                            "publisher": "Analyst desk"})
    cann = lib.beyond.stack("huawei-cann")
    assert [f.uid for f in cann.facts_for("vllm") if f.origin == "user"] == [uid]
    with pytest.raises(FactValidationError) as err:
        lib.beyond.save_fact("stack", {"subject": "cuda", "field": "vllm_support", "value": "x",
                                       "confidence": "official", "publisher": "p"})
    assert err.value.errors == [("subject", beyond.E_UNKNOWN_STACK, "cuda")]


def test_a_fact_about_one_model_is_not_shown_for_the_vendors_other_chips():
    assert beyond.names_a_model("Huawei Ascend 910D") and beyond.names_a_model("NVIDIA H20")
    assert not beyond.names_a_model("Huawei Ascend (all models)") and not beyond.names_a_model("Huawei-dedicated fabs")
    assert beyond.vendor_wide("Huawei Ascend (TSMC-made dies)", [])
    assert not beyond.vendor_wide("Huawei Ascend 910D", [])
    assert not beyond.vendor_wide("Huawei Ascend (product line)", ["ascend-910c"])


def test_an_in_house_hbm_is_linked_to_the_chip_its_period_names(lib):
    hbm = [f for f in lib.beyond.supply("hibl", "hbm")]
    assert hbm and all(f.devices == ("ascend-950pr",) for f in hbm)
    assert not any("910D" in f.subject for f in lib.beyond.supply(organisation="huawei") if f.vendor_wide)
