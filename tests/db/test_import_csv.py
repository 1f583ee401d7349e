"""ChipLens CSV and spreadsheet-saved files: encodings, separators, decimal commas, units, errors, safety."""
import csv
import io
import socket
from pathlib import Path

import pytest
from tests_support import EPOCH_CURRENT as EPOCH

from db import api
from db.basis import Basis
from db.importers.base import DataImportError
from db.importers.text import parse_number

HEADER = ["device", "metric", "value", "unit", "qualifier", "confidence", "source", "publisher", "title", "as_of", "note"]
ROWS = [
    ["910C", "Dense BF16/FP16", "0.7615", "PFLOPS", "", "reported", "lab-2026", "My lab", "Bench run", "2026-03",
     "measured; see “notes”"],
    ["h20", "scaleup_bw", "7200", "Gbit/s", "unidirectional", "reported", "lab-2026", "My lab", "Bench run", "2026-03",
     "北京 test"],
]


def write(path: Path, rows, sep=",", encoding="utf-8", decimal_comma=False) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows:
        r = list(r)
        if decimal_comma:
            r[2] = r[2].replace(".", ",")
        w.writerow(r)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def stored(db_path):
    comparison = api.compare(db_path, "910c", "h20")
    out = {}
    for key in ("bf16_dense", "scaleup_bw"):
        for cell in comparison.row(key).cells:
            for v in cell.candidates:
                if v.source and v.source.key == "lab-2026" and not v.derived:
                    out[(v.device_slug, key)] = (v.value_num, v.qualifier, v.note, v.as_of, v.basis)
    return out


# a file without the basis columns is read as schema 0005 reads old qualifiers: no qualifier on a dense compute
# row is a dense figure, 'unidirectional' is one way; a figure counts one package of a chip; the format and the
# units it runs on are not stated
EXPECTED = {("ascend-910c", "bf16_dense"): (pytest.approx(761.5), None, "measured; see “notes”", "2026-03",
                                            Basis(sparsity="dense", granularity="package")),
            ("h20", "scaleup_bw"): (pytest.approx(900.0), None, "北京 test", "2026-03",
                                    Basis(granularity="package", direction="one-way"))}


@pytest.mark.parametrize("sep,encoding,decimal_comma", [
    (",", "utf-8", False), (",", "utf-8-sig", False), (";", "utf-8-sig", True), ("\t", "utf-16", True),
    (";", "utf-16-le", True), (",", "utf-16-be", False)],
    ids=["utf8", "utf8-bom", "semicolon-decimal-comma", "utf16-tab", "utf16le-no-bom", "utf16be-no-bom"])
def test_spreadsheet_files(db_path, tmp_path, sep, encoding, decimal_comma):
    file = write(tmp_path / "mine.csv", ROWS, sep, encoding, decimal_comma)
    plan = api.plan_import(db_path, file)
    assert plan.format == "csv" and plan.errors == () and plan.added == 2
    assert {i.after for i in plan.items} == {"761.5 TFLOPS (format, scope unstated) — My lab",
                                             "900 GB/s (one way) — My lab"}
    api.apply_import(db_path, plan)
    assert stored(db_path) == EXPECTED


def test_epoch_file_resaved_by_a_spreadsheet(db_path, tmp_path):
    """The published file re-saved as UTF-16, tab-separated, decimal commas: the same figures."""
    records = list(csv.reader(io.StringIO(EPOCH.read_text(encoding="utf-8"), newline="")))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    for rec in records:
        w.writerow([c.replace(".", ",") if parse_number(c, False) is not None and "e" not in c else c for c in rec])
    resaved = tmp_path / "ml_hardware.txt"
    resaved.write_bytes(buf.getvalue().encode("utf-16"))
    original = api.plan_import(db_path, EPOCH)
    again = api.plan_import(db_path, resaved)
    assert again.format == "epoch" and again.errors == ()
    assert [(v.device, v.metric, v.value_num, v.value_text) for v in again.parsed.values] == \
        [(v.device, v.metric, v.value_num, v.value_text) for v in original.parsed.values]


@pytest.mark.parametrize("text,comma,expected", [
    ("989400000000000.0", False, 989400000000000.0), ("1e+16", False, 1e16), ("1,229", False, 1229.0),
    ("1,229.5", False, 1229.5), ("989,4", True, 989.4), ("1.229,5", True, 1229.5), ("1 229,5", True, 1229.5),
    ("989.4", True, 989.4), ("7OO", False, None), ("inf", False, None), ("nan", False, None), ("", False, None),
    ("1,2,3", True, None), ("0x10", False, None)])
def test_numbers_as_spreadsheets_write_them(text, comma, expected):
    assert parse_number(text, comma) == expected


def test_errors_name_row_column_value_and_why(db_path, tmp_path):
    rows = [list(ROWS[0]), list(ROWS[1]), ["h100", "power", "7OO", "W", "", "reported", "lab-2026", "My lab", "",
                                           "", ""],
            ["H999", "power", "700", "W", "", "", "", "", "", "", ""],
            ["h100", "power", "700", "furlongs", "", "sure", "", "", "", "2026-13", ""]]
    file = write(tmp_path / "mine.csv", rows)
    plan = api.plan_import(db_path, file)
    assert [str(e) for e in plan.errors] == [
        "mine.csv, row 4, column value: '7OO' is not a number",
        "mine.csv, row 5, column device: 'H999' is not a device in this store (slug, name or alias)",
        "mine.csv, row 6, column unit: 'furlongs' cannot be converted to W",
        "mine.csv, row 6, column confidence: 'sure' is not one of official, third-party, reported",
        "mine.csv, row 6, column as_of: '2026-13' is not a date written YYYY, YYYY-MM or YYYY-MM-DD"]
    before = db_path.read_bytes()
    with pytest.raises(DataImportError, match="5 errors; nothing was imported"):
        api.apply_import(db_path, plan)
    assert db_path.read_bytes() == before
    result, change = api.apply_import(db_path, plan, valid_only=True)
    assert result.added == 2 and "value" in change.kinds
    assert stored(db_path) == EXPECTED


def test_plan_leaves_the_store_byte_identical(db_path, tmp_path):
    file = write(tmp_path / "mine.csv", ROWS)
    before = db_path.read_bytes()
    for source in (file, EPOCH):
        plan = api.plan_import(db_path, source)
        assert plan.added > 0
    assert db_path.read_bytes() == before


def test_imports_never_fetch(db_path, tmp_path, monkeypatch):
    """URLs in a file (datasheet links, source URLs) are stored as text, never opened."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("an import tried to open a network connection")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    rows = [["h100", "power", "700", "W", "", "official", "web-1", "Vendor", "http://127.0.0.1:9/datasheet.pdf",
             "", "=WEBSERVICE(\"http://127.0.0.1:9/x\")"]]
    api.apply_import(db_path, api.plan_import(db_path, write(tmp_path / "mine.csv", rows)))
    api.apply_import(db_path, api.plan_import(db_path, EPOCH))
    notes = {v.note for c in api.compare(db_path, "h100", "h20").row("power").cells for v in c.candidates}
    assert '=WEBSERVICE("http://127.0.0.1:9/x")' in notes


@pytest.mark.parametrize("payload,message", [
    (b"", "the file is empty"),
    (b"\x93smart quotes\x94,metric,value\n", "not UTF-8 text .byte 0x93 at offset 0"),
    (b"name,maker\nx,y\n", "not a file ChipLens can import"),
    (b"device,metric,value\n\"h100,power,700\n", "Check for an unclosed quote"),
    (b"device,metric\nh100,power\n", "not a file ChipLens can import"),
])
def test_unreadable_files_raise_a_clean_error(db_path, tmp_path, payload, message):
    (tmp_path / "bad.csv").write_bytes(payload)
    with pytest.raises(DataImportError, match=message):
        api.plan_import(db_path, tmp_path / "bad.csv")


def test_forced_format_that_does_not_fit(db_path, tmp_path):
    file = write(tmp_path / "mine.csv", ROWS)
    with pytest.raises(DataImportError, match="no 'Hardware name' column"):
        api.plan_import(db_path, file, "epoch")
    with pytest.raises(DataImportError, match="no column device, metric, value"):
        api.plan_import(db_path, EPOCH, "csv")
    with pytest.raises(DataImportError, match="no such file"):
        api.plan_import(db_path, tmp_path / "missing.csv")


def test_figures_with_their_unit_in_the_cell(db_path, tmp_path):
    rows = [["h20", "memory_bandwidth", "3.35 TB/s", "", "", "reported", "lab-2026", "My lab", "", "", ""],
            ["910C", "bf16_dense", "1,2 PFLOPS", "", "", "reported", "lab-2026", "My lab", "", "", ""],
            ["h100", "power", "7OO W", "", "", "reported", "lab-2026", "My lab", "", "", ""]]
    plan = api.plan_import(db_path, write(tmp_path / "mine.csv", rows, ";"))
    assert [v.value_num for v in plan.parsed.values] == [pytest.approx(3350.0), pytest.approx(1200.0)]
    assert [str(e) for e in plan.errors] == ["mine.csv, row 4, column value: '7OO W' is not a number"]


BASIS_HEADER = HEADER + ["basis_format", "basis_sparsity", "basis_granularity", "basis_direction", "basis_scope",
                         "basis_condition"]


def test_basis_columns_state_each_figure_and_contradictions_are_errors(db_path, tmp_path):
    rows = [["910C", "bf16_dense", "708", "TFLOPS", "", "reported", "lab-2026", "My lab", "", "2026-03", "",
             "FP16", "dense", "package", "", "cube", "1200 W config"],
            ["h20", "scaleup_bw", "450", "GB/s", "", "reported", "lab-2026", "My lab", "", "2026-03", "",
             "", "", "package", "", "", ""],
            ["h20", "bf16_dense", "296", "TFLOPS", "", "reported", "lab-2026", "My lab", "", "2026-03", "",
             "BF16", "sparse", "package", "", "", ""],
            ["h20", "fp8_dense", "296", "TFLOPS", "", "reported", "lab-2026", "My lab", "", "2026-03", "",
             "FP4", "dense", "package", "one-way", "", ""]]
    file = tmp_path / "v3.csv"
    with open(file, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(BASIS_HEADER)
        w.writerows(rows)
    plan = api.plan_import(db_path, file)
    assert [str(e) for e in plan.errors] == [
        "v3.csv, row 4, column basis_sparsity: 'sparse' contradicts bf16_dense",
        "v3.csv, row 5, column basis_format: 'FP4' contradicts fp8_dense",
        "v3.csv, row 5, column basis_direction: 'one-way' contradicts fp8_dense"]
    api.apply_import(db_path, plan, valid_only=True)
    assert stored(db_path) == {
        ("ascend-910c", "bf16_dense"): (pytest.approx(708.0), None, "", "2026-03",
                                        Basis("FP16", "dense", "package", None, "cube", "1200 W config")),
        ("h20", "scaleup_bw"): (pytest.approx(450.0), None, "", "2026-03", Basis(granularity="package"))}


def test_a_range_on_a_number_metric_is_kept_as_text_with_its_unit(db_path):
    path = db_path.parent / "ranges.csv"
    path.write_text("device,metric,value,unit\nH100,memory_bandwidth,1.7–1.8 TB/s,\nH20,power,190-230,kW\n"
                    "B200,power,12-x,kW\n", encoding="utf-8")
    plan = api.plan_import(db_path, path)
    texts = {(v.device, v.metric): v.value_text for v in plan.parsed.values}
    assert texts[("h100-sxm", "memory_bandwidth")] == "1.7–1.8 TB/s"
    assert texts[("h20", "power")] == "190-230 kW", "a range's unit from the unit column is kept with it"
    assert [(p.row, p.column) for p in plan.errors] == [(4, "value")], "a range must hold two numbers"
