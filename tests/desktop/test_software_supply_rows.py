"""The Software and Supply groups of every comparison (issue 25), on real stores: each cell the reference's words with
their sources, "not found" where it has nothing, the analyst's facts beside the bundled ones, no ▲ and no ratio; a
system's software and supply through its accelerator chip; every supply estimate on its own line with what it
counts and who made it. Expected values are read from the same store through db.api, never copied from the seed."""
from __future__ import annotations

import json

import pytest

from db.api import Library
from db.dto import EventDTO
from desktop.app import main
from desktop.present.beyond import counted_words, route_label, supply_value
from desktop.present.beyond_rows import add_beyond
from desktop.present.fact_rows import FACT_KIND, is_fact_row
from desktop.present.software_rows import MATURITY_KEY, evidence, short_name, software_finding
from desktop.present.supply_group import KINDS, device_facts, fact_line


def compare_json(capsys, data_dir, *devices):
    assert main(["--data-dir", str(data_dir), "compare", *devices, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def by_key(doc):
    return {m["key"]: m for m in doc["metrics"]}


def test_pytorch_cells_say_plugin_for_the_910c_and_in_tree_for_the_h100_each_with_a_source(capsys, data_dir, db_path):
    doc = compare_json(capsys, data_dir, "910c", "h100")
    software = [m for m in doc["metrics"] if m["group"] == "Software"]
    assert software and all(m["kind"] == FACT_KIND for m in software)
    pytorch = by_key(doc)["software_pytorch"]
    assert [v["qualifier"] for v in pytorch["values"]] == ["plugin", "in-tree"]
    assert "plugin" in pytorch["values"][0]["display"] and "in-tree" in pytorch["values"][1]["display"]
    stacks = Library(db_path).beyond.device_stacks(["910c", "h100"])
    for value, facts, ds in zip(pytorch["values"], pytorch["facts"], stacks):
        assert value["source"]["publisher"] and value["confidence"]
        assert ds.stack.route("pytorch").text in value["display"]  # the reference's own words
        assert [f["text"] for f in facts] == [f.value for f in ds.stack.facts_for("pytorch")]  # every fact, cited
        assert all(f["source"]["publisher"] and f["confidence"] and f["source"]["date"] for f in facts)


def test_statement_rows_have_no_ratio_and_no_better_side(capsys, data_dir):
    doc = compare_json(capsys, data_dir, "910c", "h100", "h20")
    rows = [m for m in doc["metrics"] if m["group"] in ("Software", "Supply")]
    assert {m["group"] for m in rows} == {"Software", "Supply"}
    for m in rows:
        assert m["ratio"] is None and m["better"] is None and m["best"] == [] and m["higher_is_better"] is None
        assert all(r is None or r["ratio"] is None for r in m["ratios"])


def test_a_system_runs_its_chips_software_and_says_through_which(db_path):
    lib = Library(db_path)
    comparison = add_beyond(lib, lib.compare.pair("cm384", "nvl72"))
    stacks = lib.beyond.device_stacks(["cm384", "nvl72"])
    assert all(ds.via and ds.stack for ds in stacks)
    row = comparison.row("software_latest_version")
    for i, (cell, ds) in enumerate(zip(row.cells, stacks)):
        chip = next(c.name for c in comparison.components[i] if c.device_slug == ds.via)
        assert ds.stack.name in cell.display and f"through its {chip}" in cell.display
        assert ds.stack.id == lib.beyond.device_stacks([ds.via])[0].stack.id  # the chip's own stack
    pytorch = comparison.row("software_pytorch")
    assert [c.value.qualifier for c in pytorch.cells] == [ds.stack.route("pytorch").kind for ds in stacks]


def test_not_found_where_the_reference_has_nothing(db_path):
    lib = Library(db_path)
    comparison = add_beyond(lib, lib.compare.pair("910c", "h100"))
    cuda = lib.beyond.device_stacks(["h100"])[0].stack
    assert cuda.route("triton").text is None and not cuda.facts_for("triton")
    cell = comparison.row("software_triton").cells[1]
    assert cell.value is None and cell.display == "not found" and cell.gap_note


def test_every_supply_estimate_is_a_line_of_its_own_with_what_it_counts_and_who_made_it(db_path):
    lib = Library(db_path)
    comparison = add_beyond(lib, lib.compare.pair("910c", "h100"))
    ds = lib.beyond.device_stacks(["910c"])[0]
    facts = device_facts("ascend-910c", lib.beyond.supply(device="ascend-910c"),
                         lib.beyond.supply(organisation=ds.organisation))
    outputs = [f for f in facts if f.kind == "output"]
    assert len({f.counted for f in outputs}) > 1  # estimates that count different things
    cell = comparison.row("supply_output").cells[0]
    lines = cell.display.split("\n")
    assert len(lines) == len(outputs)  # none merged
    for line, fact in zip(lines, outputs):
        assert supply_value(fact) in line and fact.period in line and fact.source.publisher in line
        assert counted_words(fact.counted) in line
    assert [v.uid for v in cell.value.inputs] == [f.uid for f in outputs]  # each cited
    assert [r.metric.key for r in comparison.rows if r.metric.group == "Supply"] == [f"supply_{k}" for k in KINDS]


def test_a_device_with_no_supply_fact_reads_not_found(db_path):
    lib = Library(db_path)
    comparison = add_beyond(lib, lib.compare.pair("910c", "h100"))
    ds = lib.beyond.device_stacks(["h100"])[0]
    shown = device_facts("h100-sxm", lib.beyond.supply(device="h100-sxm"),
                         lib.beyond.supply(organisation=ds.organisation))
    for kind in KINDS:
        cell = comparison.row(f"supply_{kind}").cells[1]
        assert (cell.display == "not found") == (not [f for f in shown if f.kind == kind])


def test_the_analysts_fact_shows_beside_the_bundled_ones(capsys, data_dir, db_path):
    lib = Library(db_path)
    lib.beyond.save_fact("stack", {"subject": "huawei-cann", "field": "pytorch_support",
                                   "value": "TorchNPU checked on our cluster", "confidence": "reported",
                                   "publisher": "Our lab", "source_date": "2026-11"})
    doc = compare_json(capsys, data_dir, "910c", "h100")
    pytorch = by_key(doc)["software_pytorch"]
    assert "yours: TorchNPU checked on our cluster" in pytorch["values"][0]["display"]
    mine = [f for f in pytorch["facts"][0] if f["yours"]]
    assert [f["source"]["publisher"] for f in mine] == ["Our lab"] and mine[0]["source"]["date"] == "2026-11"
    assert [f for f in pytorch["facts"][0] if not f["yours"]]  # the bundled facts stay


def test_the_maturity_line_cites_each_piece_of_evidence(db_path):
    lib = Library(db_path)
    comparison = add_beyond(lib, lib.compare.pair("910c", "h100"))
    row = comparison.row(MATURITY_KEY)
    for cell, ds in zip(row.cells, lib.beyond.device_stacks(["910c", "h100"])):
        facts = evidence(ds.stack)
        assert facts and cell.display.startswith(short_name(ds.stack) + ":")
        for f in facts:
            assert f.value in cell.display and f.confidence in cell.display
        assert {f.uid for f in facts} <= {v.uid for v in cell.value.inputs}
        assert route_label(ds.stack.route("pytorch").kind) in cell.display


def test_the_table_prints_the_groups_whole(capsys, data_dir, db_path):
    assert main(["--data-dir", str(data_dir), "compare", "910c", "h100"]) == 0
    out = capsys.readouterr().out
    cann = Library(db_path).beyond.device_stacks(["910c"])[0].stack
    assert "\nSoftware\n" in out and "\nSupply\n" in out
    text = " ".join(out.split())
    assert cann.licence_openness in text and cann.route("pytorch").text in text


def test_the_software_finding_names_the_routes_and_the_newest_event_when_there_is_one(db_path):
    stacks = Library(db_path).beyond.device_stacks(["910c", "h100"])
    cann = stacks[0].stack
    line = software_finding(stacks)
    assert line.startswith("Software: ") and f"{short_name(cann)} (A)" in line and "(B)" in line
    assert cann.route("vllm").text in line and "event" not in line

    def event(uid, date, title, tags, category="software", actor="Huawei"):
        return EventDTO(uid, date, "month", title, "", actor, "CN", category, "official", (), (), tags, "seed")
    events = [event("e1", "2025-08-01", "CANN open-sourcing announced", (cann.id,)),
              event("e2", "2024-09-01", "CANN 8.0 released", (cann.id,)),
              event("e3", "2026-01-01", "Another stack's news", ("nvidia-cuda-x",)),
              event("e4", "2026-02-01", "A policy", (cann.id,), category="export-control"),
              event("e5", "2026-03-01", "AMD benchmark naming CANN", ("amd-rocm", cann.id), actor="AMD")]
    line = software_finding(stacks, events)
    assert "newest software event: CANN open-sourcing announced (2025-08)" in line and "8.0" not in line
    assert "AMD benchmark" not in line  # names the stack beside another's news: not the stack's own event
    events.append(event("e6", "2026-04-01", "Huawei and AMD joint note", ("amd-rocm", cann.id)))
    assert "Huawei and AMD joint note" in software_finding(stacks, events)  # its vendor is the actor


def test_the_window_shows_the_groups_with_their_sources_and_no_pick(window):
    from desktop.models.comparison_model import ROW_ROLE
    model = window.panel.model
    groups = [model.index(r, 0).data() for r in model.group_rows()]
    assert groups[-2:] == ["Software", "Supply"]
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    pytorch = next(i for i, r in enumerate(rows) if r is not None and r.metric.key == "software_pytorch")
    cell = model.index(pytorch, 1)
    assert "plugin" in cell.data() and "more)" not in cell.data()
    tooltip = cell.data(3)  # Qt.ToolTipRole: every fact behind the words, each with its source and grade
    for fact in cell.data(ROW_ROLE).cells[0].value.inputs:
        assert fact.source.publisher in tooltip and fact.source.date_text in tooltip
    assert "pick another source" not in tooltip
    window.provenance.show_cell(window.comparison, rows[pytorch], 0)
    text = window.provenance.text()
    assert "Use this figure" not in text and "Automatic choice" not in text
    for fact in rows[pytorch].cells[0].value.inputs:
        assert fact.value_text in text


@pytest.mark.parametrize("devices", [("910c", "h100"), ("cm384", "nvl72", "h100", "910c")])
def test_the_picture_keeps_every_statement_row(db_path, devices, qapp):
    from desktop.export.compare_picture import TablePicture
    from desktop.export.sources import SourceIndex
    from desktop.export.theme import PRINT
    lib = Library(db_path)
    comparison = add_beyond(lib, lib.compare.many(list(devices)))
    table = TablePicture(comparison, PRINT, SourceIndex())
    table.layout(820)
    shown = [i.row.metric.key for i in table.items if i.kind == "row"]
    assert [r.metric.key for r in comparison.rows if is_fact_row(r)] == [k for k in shown if k.startswith(
        ("software_", "supply_"))]
    most = 500.0
    table.split_tall(most)
    parts = [i for i in table.items if i.kind == "row" and is_fact_row(i.row)]
    assert parts and all(i.height <= most for i in parts)  # no part taller than a page's room
    for key in ("supply_output", MATURITY_KEY):
        items = [i for i in parts if i.row.metric.key == key]
        for k, cell in enumerate(comparison.row(key).cells):  # every word kept, in order
            if items[0].texts is not None and cell.value is not None:
                joined = " ".join(i.texts[k] for i in items if i.texts[k])
                assert " ".join(cell.display.split()) in " ".join(joined.split())


def test_a_supply_line_reads_period_value_metric_subject(db_path):
    fact = next(f for f in Library(db_path).beyond.supply(kind="output") if f.counted)
    line = fact_line(fact)
    assert line.startswith(f"{fact.period}: {supply_value(fact)} — {fact.metric}, {fact.subject}")


def test_the_analysts_estimate_shows_beside_the_bundled_ones_and_is_never_merged(db_path):
    lib = Library(db_path)
    lib.beyond.save_fact("supply", {"subject": "Huawei Ascend 910C", "field": "annual production estimate",
                                    "period": "2025", "value": "150000", "unit": "chips", "confidence": "reported",
                                    "publisher": "Our channel checks"})
    before = add_beyond(lib, lib.compare.pair("910b", "h100")).row("supply_output").cells[0].display
    cell = add_beyond(lib, lib.compare.pair("910c", "h100")).row("supply_output").cells[0]
    mine = [line for line in cell.display.split("\n") if line.startswith("yours: ")]
    assert len(mine) == 1 and "150,000 chips" in mine[0] and "counts chips" in mine[0]
    assert "Our channel checks" in mine[0]
    assert [v.origin for v in cell.value.inputs].count("user") == 1 and len(cell.value.inputs) > 1
    assert "Our channel checks" not in before  # another chip's cell does not take it
