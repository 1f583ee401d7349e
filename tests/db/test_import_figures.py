"""Figures in data packs and CSV files are checked as the value dialog checks them (db.units.check_figure):
finite, not negative, within a million times the bundled figures of their unit; refused with the file, the
value's number or row and the field, never a traceback. Real stores in temporary folders."""
from __future__ import annotations

import json

import pytest

from db import api
from db.importers.base import DataImportError
from db.units import format_quantity, plausible_range
from desktop.present.beyond import problem_text

_, TFLOPS_HIGH = plausible_range("TFLOPS")
TOO_MANY = format_quantity(TFLOPS_HIGH, "TFLOPS")


def value(v, **extra) -> dict:
    return {"device": "h100-sxm", "metric": "bf16_dense", "value": v, "source": "lab-x", "publisher": "My lab",
            "confidence": "reported", **extra}


def pack(tmp_path, values=(), text: str | None = None, **parts):
    path = tmp_path / "pack.json"
    path.write_text(text if text is not None else json.dumps({"format": "chiplens-data-pack", "version": 5,
                                                              "values": list(values), **parts}), encoding="utf-8")
    return path


def errors(db_path, path) -> list[str]:
    return [str(e) for e in api.plan_import(db_path, path).errors]


def test_pack_figures_that_are_no_figures_are_refused_with_the_value_and_field(db_path, tmp_path):
    path = pack(tmp_path, [value(-5), value(1e308), value("NaN"), value("inf"), value(1000.0), value("-5"),
                           value("not supported"), value(0), value(5, unit="EFLOPS"), value(1e306, unit="PFLOPS")])
    assert errors(db_path, path) == [
        "pack.json, value 1, field value: '-5' is negative",
        f"pack.json, value 2, field value: '1e+308' is over {TOO_MANY}, a million times the largest bundled TFLOPS "
        "figure: check the value and its unit",
        "pack.json, value 3, field value: 'NaN' is not a finite number",
        "pack.json, value 4, field value: 'inf' is not a finite number",
        "pack.json, value 6, field value: '-5' is negative",
        "pack.json, value 10, field value: '1e+306' is not a finite number"], \
        "each figure that is no figure must be refused, naming the pack, the value's number and the field"
    plan = api.plan_import(db_path, path)
    with pytest.raises(DataImportError):
        api.apply_import(db_path, plan)
    result, _ = api.apply_import(db_path, plan, valid_only=True)
    assert result.added == 4, "1000 TFLOPS, 'not supported', 0 and 5 EFLOPS are figures: the valid rows import"


def test_json_literals_nan_and_infinity_and_huge_integers_are_refused_not_a_traceback(db_path, tmp_path):
    big = "1" + "0" * 400  # beyond the float range: float() raises OverflowError
    text = ('{"format": "chiplens-data-pack", "version": 5, "values": ['
            f'{json.dumps(value(0))[:-1].replace(": 0,", ": NaN,")}}}, '
            f'{json.dumps(value(0)).replace(": 0,", ": -Infinity,")}, '
            f'{json.dumps(value(0)).replace(": 0,", f": {big},")}, '
            f'{json.dumps({"device": "h100-sxm", "metric": "bf17", "value": 0}).replace(": 0", f": {big}")}]}}')
    assert errors(db_path, pack(tmp_path, text=text)) == [
        "pack.json, value 1, field value: 'nan' is not a finite number",
        "pack.json, value 2, field value: '-inf' is not a finite number",
        f"pack.json, value 3, field value: '{big[:59]}…' is not a finite number",
        "pack.json, value 4, field metric: 'bf17' is not a metric in this store or in the pack",
        f"pack.json, value 4, field value: '{big[:59]}…' is not a finite number"]
    huge = "1" + "0" * 5000  # more digits than Python reads as an integer
    with pytest.raises(DataImportError, match="pack.json: a number has too many digits to be a figure"):
        api.plan_import(db_path, pack(tmp_path, text='{"values": [{"value": %s}]}' % huge))


def test_pack_counts_and_positions_beyond_what_the_store_holds_are_refused(db_path, tmp_path):
    big = 10**30
    text = json.dumps({"format": "chiplens-data-pack", "version": 5, "values": [], "metrics": [
        {"key": "m_x", "label": "X", "group": "Compute", "unit": "TFLOPS", "kind": "number", "position": 10**20},
        {"key": "m_y", "label": "Y", "group": "Compute", "unit": "TFLOPS", "kind": "number", "position": 3}],
        "devices": [{"slug": "dev-x", "name": "Dev X", "kind": "chip", "racks": big, "packages": 0},
                    {"slug": "dev-y", "name": "Dev Y", "kind": "system", "racks": 2, "packages": 4,
                     "components": [{"name": "Y chip", "count": big}]}],
        "pairings": [{"slug": "p-x", "name": "PX", "devices": ["dev-x", "h100-sxm"], "baseline": 0, "position": big},
                     {"slug": "p-y", "name": "PY", "devices": ["dev-y", "h100-sxm"], "baseline": 0, "position": -2}]})
    text = text.replace('"position": 3}', '"position": Infinity}', 1)
    assert errors(db_path, pack(tmp_path, text=text)) == [
        "pack.json, metric 1, field metrics: is not a valid metric definition",
        "pack.json, metric 2, field metrics: is not a valid metric definition",
        f"pack.json, device 1, field racks: '{big}' is not a whole number",
        "pack.json, device 1, field packages: '0' is not a whole number",
        "pack.json, device 2, field components: is not a valid composition (components: name, role accelerator or "
        "cpu, count, device, source, confidence)",
        f"pack.json, pairing 1, field position: '{big}' is not a whole number"], \
        "counts from 1 and positions of any sign, within SQLite's INTEGER, and nothing else"
    plan = api.plan_import(db_path, pack(tmp_path, text=text))
    api.apply_import(db_path, plan, valid_only=True)  # what is valid is written: no overflow on the way
    devices = {d.slug: d for d in api.list_devices(db_path)}
    assert (devices["dev-x"].racks, devices["dev-y"].racks) == (None, 2), "a refused count is left out, not kept"


def test_csv_figures_are_checked_by_the_same_rule(db_path, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("device,metric,value,unit,source,publisher,confidence\n"
                    + "".join(f"h100-sxm,bf16_dense,{v},{u},lab-x,My lab,reported\n" for v, u in [
                        ("-5", ""), ("1e308", "PFLOPS"), ("NaN", ""), ("Infinity", ""), ("1e30 TFLOPS", ""),
                        ("1e-9", ""), ("not supported", ""), ("752", ""), ("0", ""), ("1.2 PFLOPS", "")]),
                    encoding="utf-8")
    assert errors(db_path, path) == [
        "figures.csv, row 2, column value: '-5' is negative",
        "figures.csv, row 3, column value: '1e308' is not a finite number",
        "figures.csv, row 4, column value: 'NaN' is not a finite number",
        "figures.csv, row 5, column value: 'Infinity' is not a finite number",
        f"figures.csv, row 6, column value: '1e30 TFLOPS' is over {TOO_MANY}, a million times the largest bundled "
        "TFLOPS figure: check the value and its unit",
        "figures.csv, row 7, column value: '1e-9' is under 0.001 GFLOPS, a millionth of the smallest bundled TFLOPS "
        "figure: check the value and its unit"]
    result, _ = api.apply_import(db_path, api.plan_import(db_path, path), valid_only=True)
    assert result.added == 4, "'not supported', 752, 0 and 1.2 PFLOPS are figures"


def test_analyst_facts_in_a_pack_must_hold_finite_numbers(db_path, tmp_path):
    def fact(uid, v, unit="chips"):
        return {"uid": uid, "domain": "supply", "subject": "Huawei", "field": "output", "period": "2025", "value": v,
                "unit": unit, "publisher": "My lab", "confidence": "reported"}
    big = "1" + "0" * 400
    facts = json.dumps([fact("a1", 0), fact("a2", 0), fact("a3", 0, "%"), fact("a4", "805000"), fact("a5", -1)])
    facts = facts.replace('"value": 0', '"value": NaN', 1).replace('"value": 0', f'"value": {big}', 1) \
        .replace('"value": 0', '"value": Infinity', 1)
    text = '{"format": "chiplens-data-pack", "version": 5, "values": [], "analyst_facts": %s}' % facts
    plan = api.plan_import(db_path, pack(tmp_path, text=text))
    assert [problem_text(e) for e in plan.errors] == [
        "pack.json, analyst fact 1, field value: Value nan is not a finite number",
        "pack.json, analyst fact 2, field value: Value 100000000000… is not a finite number",
        "pack.json, analyst fact 3, field value: Value inf is not a finite number",
        "pack.json, analyst fact 5, field value: Value -1 is negative, and a count cannot be"]
