"""The analyst's stack facts and supply estimates travel in data packs: exported, imported by uid (twice changes
nothing), a bad fact refused naming its file, number and field with the store untouched, an older pack as before."""
from __future__ import annotations

import json
import sqlite3

import pytest

from db import api
from db.api import Library
from db.importers import chiplens_json
from db.importers.base import DataImportError
from desktop.app import main
from desktop.present.beyond import plan_reason, problem_text

ESTIMATE = {"subject": "Huawei Ascend 910C", "field": "annual production", "period": "2026", "value": "700000",
            "unit": "chips (packages)", "confidence": "reported", "publisher": "Analyst desk",
            "title": "Ascend output model", "url": "https://example.org/model", "source_date": "2026-11-30"}
STACK_FACT = {"subject": "huawei-cann", "field": "vllm_support", "value": "vllm-ascend 0.19, official plugin",
              "confidence": "third-party", "publisher": "vLLM project", "note": "read on the plugin's page"}


def store(tmp_path, name):
    path = tmp_path / name / api.DB_FILENAME
    path.parent.mkdir()
    api.open_store(path)
    return path


def user_facts(path):
    beyond = Library(path).beyond
    stack = [f for s in beyond.stacks() for f in s.facts if f.origin == "user"]
    supply = [f for f in beyond.supply() if f.origin == "user"]
    return stack + supply


def fact_rows(path):
    with sqlite3.connect(path) as c:
        rows = c.execute("SELECT * FROM analyst_fact ORDER BY uid").fetchall()
    c.close()
    return rows


@pytest.fixture
def source(tmp_path):
    path = store(tmp_path, "a")
    lib = Library(path)
    lib.beyond.save_fact("supply", ESTIMATE)
    lib.beyond.save_fact("stack", STACK_FACT)
    gone, _ = lib.beyond.save_fact("supply", {**ESTIMATE, "value": "1"})
    lib.beyond.delete_fact(gone)  # in the trash: not carried
    return path


def test_a_pack_carries_the_analysts_facts_and_importing_it_twice_changes_nothing(source, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    assert doc["version"] == chiplens_json.VERSION == 5
    assert sorted(f["value"] for f in doc["analyst_facts"]) == sorted([ESTIMATE["value"], STACK_FACT["value"]])
    target = store(tmp_path, "b")
    plan = api.plan_import(target, pack)
    facts = [i for i in plan.items if i.kind == "analyst_fact"]
    assert sorted((i.action, i.device) for i in facts) == [("add", "Huawei Ascend 910C"), ("add", "huawei-cann")]
    assert {plan_reason(i) for i in facts} == {"a new fact of yours"}
    result, change = api.apply_import(target, plan)
    assert "analyst_fact" in change.kinds
    mine = sorted((f.uid, f.value, f.origin, f.source.publisher, f.note) for f in user_facts(target))
    assert mine == sorted((f.uid, f.value, f.origin, f.source.publisher, f.note) for f in user_facts(source))
    again = api.plan_import(target, pack)
    assert [i for i in again.items if i.kind == "analyst_fact"] == [] and again.added == 0
    # export -> import -> export gives the same facts
    back = tmp_path / "back.json"
    api.export_data(target, back)
    assert json.loads(back.read_text(encoding="utf-8"))["analyst_facts"] == doc["analyst_facts"]


def test_a_fact_edited_or_trashed_here_is_taken_from_the_pack(source, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    target = store(tmp_path, "b")
    api.apply_import(target, api.plan_import(target, pack))
    lib = Library(target)
    estimate = next(f for f in lib.beyond.supply() if f.origin == "user")
    lib.beyond.save_fact("supply", {**ESTIMATE, "value": "650000"}, estimate.uid)
    stack_fact = next(f for s in lib.beyond.stacks() for f in s.facts if f.origin == "user")
    lib.beyond.delete_fact(stack_fact.uid)
    plan = api.plan_import(target, pack)
    lines = sorted((i.action, i.reason) for i in plan.items if i.kind == "analyst_fact")
    assert lines == [("add", "restored"), ("change", "changed: value")]
    api.apply_import(target, plan)
    assert sorted(f.value for f in user_facts(target)) == sorted([ESTIMATE["value"], STACK_FACT["value"]])


def test_a_pack_with_a_bad_fact_is_refused_naming_file_fact_and_field(source, tmp_path, capsys):
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    good = doc["analyst_facts"][0]
    doc["analyst_facts"] += [{**good, "uid": "bad-1", "period": "", "source_date": "30/11/2026"},
                             {**good, "uid": "bad-2", "domain": "stack", "subject": "cuda", "field": "vllm_support"},
                             "not a fact", {**good}]
    pack.write_text(json.dumps(doc), encoding="utf-8")
    target = store(tmp_path, "b")
    before = fact_rows(target)
    plan = api.plan_import(target, pack)
    said = [problem_text(p) for p in plan.errors]
    n = len(doc["analyst_facts"]) - 4
    assert said == [
        f"pack.json, analyst fact {n + 1}, field period: Period is required",
        f"pack.json, analyst fact {n + 1}, field source_date: Source date 30/11/2026 is not written YYYY, YYYY-MM "
        "or YYYY-MM-DD",
        f"pack.json, analyst fact {n + 2}, field subject: Subject: there is no stack cuda",
        f"pack.json, analyst fact {n + 3}: not a fact: an object with domain, subject, field, value, source",
        f"pack.json, analyst fact {n + 4}, field uid: Fact {good['uid']} is in the file twice"]
    errors = [plan_reason(i) for i in plan.items if i.action == "error"]
    assert errors[0] == f"analyst fact {n + 1}: Period is required"
    with pytest.raises(DataImportError):
        api.apply_import(target, plan)
    assert fact_rows(target) == before == []
    code = main(["--data-dir", str(target.parent), "import", str(pack)])
    err = capsys.readouterr().err
    assert code == 1 and f"pack.json, analyst fact {n + 1}, field period: Period is required" in err
    assert fact_rows(target) == []


def test_an_older_pack_without_facts_imports_as_before_and_leaves_the_analysts_facts(source, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    del doc["analyst_facts"]
    doc["version"] = 4
    pack.write_text(json.dumps(doc), encoding="utf-8")
    before = fact_rows(source)
    plan = api.plan_import(source, pack)
    assert plan.ok and plan.added == 0 and plan.warnings == ()
    api.apply_import(source, plan)
    assert fact_rows(source) == before


def test_facts_round_trip_through_an_empty_store(source, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    api.apply_import(empty, api.plan_import(empty, pack))
    again = tmp_path / "again.json"
    api.export_data(empty, again)
    assert json.loads(again.read_text(encoding="utf-8"))["analyst_facts"] == \
        json.loads(pack.read_text(encoding="utf-8"))["analyst_facts"]


def test_the_import_preview_words_a_bad_fact_and_an_import_refreshes_the_facts_list(qtbot, source, tmp_path,
                                                                                     make_window):
    from desktop.dialogs.import_dialog import ImportDialog
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    n = len(doc["analyst_facts"])
    doc["analyst_facts"].append({**doc["analyst_facts"][0], "uid": "bad-1", "period": ""})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    window = make_window(store(tmp_path, "b"), ("910c", "h100"))
    facts = window.beyond_facts.show_facts()
    qtbot.addWidget(facts)
    assert facts.model.rowCount() == 0
    for file in (bad, pack):
        dialog = ImportDialog(window.store, window)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.plan_ready, timeout=20_000):
            dialog.set_file(file)
        whys = [dialog.model.data(dialog.model.index(r, 6)) for r in range(dialog.model.rowCount())]
        if file == bad:
            assert f"analyst fact {n + 1}: Period is required" in whys
            continue
        assert whys.count("a new fact of yours") == n
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            dialog.import_button.click()
    assert facts.model.rowCount() == n  # the list follows the import's broadcast
