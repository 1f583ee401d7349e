"""The importers' rules, one at a time, on small hand-made files: what is stored, what is refused and how the
problem names the file, row and field. Each assertion says which rule broke when it fails."""
from __future__ import annotations

import json

import pytest

import resources
from db.basis import Basis
from db.importers import epoch
from db.importers.base import DataImportError
from db.units import format_quantity

FILE = "ml.csv"
# metric key -> canonical unit, as the bundled catalog defines them
METRIC_UNITS = {m["key"]: m["unit"] for m in json.loads(resources.seed_bytes("metrics.json"))["metrics"]}
HEADER = ["Hardware name", "Manufacturer", "Last modified", "TDP (W)", "Memory (bytes)",
          "Tensor-FP16/BF16 performance (FLOP/s)"]


def epoch_text(rows: list[list[str]], header: list[str] = HEADER, sep: str = ",") -> str:
    return "\n".join(sep.join(r) for r in [header, *rows]) + "\n"


def parse(rows: list[list[str]], header: list[str] = HEADER, chips: dict[str, str] | None = None,
          slugs: set[str] | None = None, units: dict[str, str] | None = None, sep: str = ",", progress=None):
    return epoch.parse(epoch_text(rows, header, sep), FILE, chips or {}, slugs or set(), units or METRIC_UNITS,
                       progress)


def figures(parsed) -> dict[tuple[str, str], object]:
    """(device slug, metric) -> the number (or text) the import would store."""
    return {(v.device, v.metric): v.value_num if v.value_num is not None else v.value_text for v in parsed.values}


def problems(parsed) -> list[str]:
    return [str(p) for p in parsed.problems]


# --- Epoch AI: a row with any bad cell is refused whole ------------------------------------------------------

@pytest.mark.parametrize(("cell", "reason"), [("7OO", "is not a number"), ("-5", "is negative"),
                                               ("inf", "is not a number"), ("nan", "is not a number")])
def test_epoch_row_with_a_bad_cell_is_refused_whole(cell, reason):
    parsed = parse([["Good Chip", "Acme", "2025-01-02", "300", "8e10", "1e15"],
                    ["Bad Chip", "Acme", "2025-01-02", cell, "9e10", "2e15"]])
    assert problems(parsed) == [f"{FILE}, row 3, column TDP (W): '{cell}' {reason}"], \
        "a bad cell must be reported with the file, row and column"
    assert {d for d, _ in figures(parsed)} == {"good-chip"}, \
        "a row with a bad cell must be refused whole: none of its other figures may be imported"
    assert [d.name for d in parsed.devices] == ["Good Chip"], "a refused row must not create a device"


def test_epoch_row_with_a_bad_cell_last_is_refused_whole():
    """The bad cell after good ones: the good ones already read must not be kept."""
    parsed = parse([["Bad Chip", "Acme", "2025-01-02", "300", "9e10", "-2e15"]])
    assert problems(parsed) == [f"{FILE}, row 2, column Tensor-FP16/BF16 performance (FLOP/s): '-2e15' is negative"]
    assert parsed.values == [] and parsed.devices == [], "a row with a bad cell must be refused whole"


def test_epoch_row_with_several_bad_cells_names_each():
    parsed = parse([["Bad Chip", "Acme", "2025-01-02", "-1", "lots", "2e15"],
                    ["Worse Chip", "Acme", "2025-01-02", "lots", "-1", "x"]])
    assert problems(parsed) == [f"{FILE}, row 2, column TDP (W): '-1' is negative",
                                f"{FILE}, row 2, column Memory (bytes): 'lots' is not a number",
                                f"{FILE}, row 3, column TDP (W): 'lots' is not a number",
                                f"{FILE}, row 3, column Memory (bytes): '-1' is negative",
                                f"{FILE}, row 3, column Tensor-FP16/BF16 performance (FLOP/s): 'x' is not a number"], \
        "every bad cell of a row must be reported, not only the first"
    assert parsed.values == []
    header = ["Hardware name", "Release date", "TDP (W)"]
    dated = parse([["Chip", "2024-02-30", "-3"]], header)
    assert problems(dated) == [f"{FILE}, row 2, column Release date: '2024-02-30' is not a date (YYYY-MM-DD)",
                               f"{FILE}, row 2, column TDP (W): '-3' is negative"], \
        "a bad date does not hide the row's other bad cells"


def test_epoch_row_with_an_unconvertible_cell_is_refused_whole():
    """A figure the store's catalog gives in a unit the column cannot be converted to is refused, with its row."""
    units = {**METRIC_UNITS, "power": "TFLOPS", "memory_capacity": "W"}
    parsed = parse([["Odd Chip", "Acme", "2025-01-02", "300", "9e10", "2e15"]], units=units)
    assert problems(parsed) == [f"{FILE}, row 2, column TDP (W): '300' cannot convert 'W' to 'TFLOPS'",
                                f"{FILE}, row 2, column Memory (bytes): '9e10' cannot convert 'bytes' to 'W'"], \
        "each unconvertible cell must be reported with the file, row and column"
    assert parsed.values == [] and parsed.devices == [], "a row with an unconvertible cell must be refused whole"


def test_epoch_bad_availability_date_refuses_the_row():
    header = [*HEADER, "Release date"]
    parsed = parse([["Late Chip", "Acme", "2025-01-02", "300", "9e10", "2e15", "2024-13-01"],
                    ["Fine Chip", "Acme", "2025-01-02", "300", "9e10", "2e15", "2024-12-31"]], header)
    assert problems(parsed) == [f"{FILE}, row 2, column Release date: '2024-13-01' is not a date (YYYY-MM-DD)"]
    assert {d for d, _ in figures(parsed)} == {"fine-chip"}, "a row with a bad date must be refused whole"
    assert figures(parsed)[("fine-chip", "availability")] == "2024-12-31"


@pytest.mark.parametrize("cell", ["0.5", ".5", "5e-1", "0,5"])
def test_epoch_fraction_below_one_is_accepted(cell):
    """0.5 is not negative."""
    sep = ";" if "," in cell else ","
    parsed = parse([["Small Chip", "Acme", "2025-01-02", cell, "", ""]], sep=sep)
    assert parsed.problems == [], f"{cell!r} must not be refused (it is not negative)"
    assert figures(parsed) == {("small-chip", "power"): 0.5}


def test_epoch_zero_is_accepted():
    parsed = parse([["Idle Chip", "Acme", "2025-01-02", "0", "", ""]])
    assert parsed.problems == [], "0 is not negative: it must be accepted"
    assert figures(parsed) == {("idle-chip", "power"): 0.0}


@pytest.mark.parametrize(("day", "field"), [("2025-13-01", "Last modified"), ("2025-01-32", "Last modified"),
                                            ("2025-00-10", "Last modified"), ("2025-01-00", "Last modified"),
                                            ("2025-02-30", "Last modified"), ("2025-04-31", "Last modified"),
                                            ("2023-02-29", "Last modified"), ("25-01-02", "Last modified"),
                                            ("yesterday", "Last modified")])
def test_epoch_impossible_date_is_refused_naming_the_field(day, field):
    parsed = parse([["Dated Chip", "Acme", day, "300", "", ""], ["Next Chip", "Acme", "2025-01-02", "1", "", ""]])
    assert problems(parsed) == [f"{FILE}, row 2, column {field}: '{day}' is not a date (YYYY-MM-DD…)"], \
        f"{day!r} is not a date: it must be refused, naming the field"
    assert figures(parsed) == {("next-chip", "power"): 1.0}, "a row with a bad date is refused, the next one read"


@pytest.mark.parametrize(("cell", "day"), [("2025-12-31", "2025-12-31"), ("2025-01-01", "2025-01-01"),
                                           ("2024-02-29", "2024-02-29"),
                                           ("2025-07-21 00:00:00+00:00", "2025-07-21"),
                                           (" 2025-07-21", "2025-07-21")])
def test_epoch_last_modified_dates_the_figures(cell, day):
    parsed = parse([["Dated Chip", "Acme", cell, "300", "", ""]])
    assert parsed.problems == [], f"{cell!r} is a date and must be accepted"
    (v,) = parsed.values
    assert (v.as_of, v.source) == (day, f"epoch-mlhw-{day}"), "a figure is dated with its row's Last modified day"
    (source,) = parsed.sources
    assert (source.key, source.publisher, source.date_text, source.date_sort, source.kind) == \
        (f"epoch-mlhw-{day}", "Epoch AI", day, day, "dataset")
    assert (source.title, source.url) == (epoch.TITLE, epoch.URL)


def test_epoch_undated_rows_and_file():
    header = [h for h in HEADER if h != "Last modified"]
    parsed = parse([["Plain Chip", "Acme", "300", "", ""]], header)
    assert parsed.warnings == [f"{FILE}: no 'Last modified' column; the values are dated 'n.d.'"]
    (v,) = parsed.values
    assert (v.as_of, v.source) == (None, "epoch-mlhw-undated")
    (source,) = parsed.sources
    assert (source.key, source.date_text, source.date_sort) == ("epoch-mlhw-undated", "n.d.", None)
    blank_day = parse([["Plain Chip", "Acme", " ", "300", "", ""]])
    assert blank_day.problems == [] and blank_day.values[0].source == "epoch-mlhw-undated", \
        "a blank Last modified cell leaves the figure undated, it is not an error"


def test_epoch_rows_share_one_source_per_day():
    parsed = parse([["A1", "Acme", "2025-01-02", "1", "", ""], ["A2", "Acme", "2025-01-02", "2", "", ""],
                    ["A3", "Acme", "2025-03-04", "3", "", ""]])
    assert [s.key for s in parsed.sources] == ["epoch-mlhw-2025-01-02", "epoch-mlhw-2025-03-04"]


# --- Epoch AI: figures in canonical units, with their basis and provenance ----------------------------------

def test_epoch_figures_in_canonical_units_with_basis_and_note():
    header = [*HEADER, "Intranode bandwidth (byte/s)", "Internode bandwidth (bit/s)", "Process size (nm)", "Foundry",
              "Transistors (millions)", "Die Size (mm^2)"]
    parsed = parse([["Big Chip", "Acme", "2025-01-02", "700", "8e10", "9.894e14", "9e11", "4e11", "4", "TSMC",
                     "80000", "814"]], header)
    assert parsed.problems == []
    got = figures(parsed)
    assert got == {("big-chip", "power"): 700.0, ("big-chip", "memory_capacity"): pytest.approx(80.0),
                   ("big-chip", "bf16_dense"): pytest.approx(989.4), ("big-chip", "scaleup_bw"): pytest.approx(900.0),
                   ("big-chip", "scaleout_bw"): pytest.approx(50.0), ("big-chip", "process_node"): "4 nm",
                   ("big-chip", "foundry"): "TSMC", ("big-chip", "transistors"): pytest.approx(80.0),
                   ("big-chip", "die_area"): 814.0}
    v = {x.metric: x for x in parsed.values}
    assert v["power"].qualifier == "TDP" and v["bf16_dense"].qualifier is None
    assert v["bf16_dense"].basis == Basis("BF16/FP16", "dense", "package")
    assert v["power"].basis == Basis(granularity="package")
    assert v["foundry"].basis == Basis() and v["process_node"].basis == Basis(), "a text figure has no basis"
    assert all((x.confidence, x.origin, x.approximate, x.row) == ("third-party", "import", False, 2)
               for x in parsed.values)
    assert v["power"].unit_text == "TDP (W)"
    assert v["power"].note == "Epoch AI row “Big Chip”, column “TDP (W)”"
    assert v["scaleup_bw"].note == ("Epoch AI row “Big Chip”, column “Intranode bandwidth (byte/s)”. Epoch's "
                                    "intranode bandwidth, per accelerator; Epoch does not state the direction")
    assert parsed.device_names == {"big-chip": "Big Chip"}
    (device,) = parsed.devices
    assert (device.slug, device.name, device.kind, device.vendor) == ("big-chip", "Big Chip", "chip", "Acme")
    assert (parsed.file, parsed.format, parsed.match, parsed.removes, parsed.rows) == (FILE, "epoch", "epoch",
                                                                                        "epoch", 1)
    assert parsed.warnings == [] and parsed.skipped == [], "every column is known and the row has figures"


def test_epoch_process_node_keeps_its_fraction():
    header = ["Hardware name", "Process size (nm)"]
    parsed = parse([["Chip A", "4.5"], ["Chip B", "7"]], header)
    assert figures(parsed) == {("chip-a", "process_node"): "4.5 nm", ("chip-b", "process_node"): "7 nm"}


def test_epoch_figures_beyond_the_plausible_range_are_refused_with_the_row():
    """db.units.check_figure, the value dialog's rule: a cell a million times beyond the bundled figures of its unit
    (after conversion) is refused like a negative one; the bounds themselves pass."""
    from db.units import check_figure, plausible_range
    low, high = plausible_range("W")
    _, flops = plausible_range("TFLOPS")
    parsed = parse([["Hot Chip", "Acme", "2025-01-02", repr(high * 10), "", ""],
                    ["Cold Chip", "Acme", "2025-01-02", repr(low / 10), "", ""],
                    ["Fast Chip", "Acme", "2025-01-02", "", "", repr(flops * 1e12 * 10)],
                    ["Edge Chip", "Acme", "2025-01-02", repr(high), "", ""]])
    assert [(p.row, p.column, p.reason.split(", a ")[0]) for p in parsed.problems] == [
        (2, "TDP (W)", f"is over {format_quantity(high, 'W')}"), (3, "TDP (W)", f"is under {format_quantity(low, 'W')}"),
        (4, "Tensor-FP16/BF16 performance (FLOP/s)", f"is over {format_quantity(flops, 'TFLOPS')}")]
    assert figures(parsed) == {("edge-chip", "power"): check_figure(high, "W")}, "a figure at the bound passes"
    process = parse([["Node Chip", "-3"], ["Good Chip", "5"]], ["Hardware name", "Process size (nm)"])
    assert problems(process) == [f"{FILE}, row 2, column Process size (nm): '-3' is negative"], \
        "a process node is a figure too, kept as its text"
    assert figures(process) == {("good-chip", "process_node"): "5 nm"}


def test_epoch_decimal_comma_and_grouping_in_semicolon_files():
    parsed = parse([["Comma Chip", "Acme", "2025-01-02", "1.229,5", "8e10", "989,4e12"]], sep=";")
    assert parsed.problems == []
    assert figures(parsed)[("comma-chip", "power")] == pytest.approx(1229.5), "'1.229,5' is 1229.5 with ';'"
    grouped = parse([["Point Chip", "Acme", "2025-01-02", '"1,229.5"', "", ""]])
    assert figures(grouped)[("point-chip", "power")] == pytest.approx(1229.5), "'1,229.5' is 1229.5 with ','"


def test_epoch_row_without_a_figure_is_skipped_with_its_reason():
    header = [*HEADER, "Foundry"]
    parsed = parse([["Empty Chip", "Acme", "2025-01-02", "", " ", "", ""],
                    ["Later Chip", "Acme", "2025-01-02", "", "", "1e15", ""]], header)
    assert parsed.problems == [] and [d.name for d in parsed.devices] == ["Later Chip"]
    assert parsed.skipped == [(2, "Empty Chip", "no figure in a column ChipLens imports")]
    assert figures(parsed) == {("later-chip", "bf16_dense"): pytest.approx(1000.0)}, \
        "empty cells are passed over: the row's later figures and the next rows are read"


def test_epoch_row_without_a_name_is_a_problem():
    parsed = parse([[" ", "Acme", "2025-01-02", "300", "", ""], ["Named", "Acme", "2025-01-02", "300", "", ""]])
    assert problems(parsed) == [f"{FILE}, row 2, column Hardware name: is empty: every row needs a hardware name"]
    assert figures(parsed) == {("named", "power"): 300.0}


def test_epoch_columns_of_metrics_the_store_lacks_are_passed_over():
    units = {k: u for k, u in METRIC_UNITS.items() if k != "memory_capacity"}
    parsed = parse([["Chip", "Acme", "2025-01-02", "300", "oops", ""]], units=units)
    assert parsed.problems == [], "a column whose metric the store lacks is not read at all"
    assert figures(parsed) == {("chip", "power"): 300.0}


# --- Epoch AI: columns ----------------------------------------------------------------------------------------

def test_epoch_header_matched_case_and_space_insensitively():
    header = ["hardware  NAME", " tdp (w) ", "MEMORY SIZE PER BOARD (BYTE)"]
    parsed = parse([["Chip", "300", "1.6e10"]], header)
    assert figures(parsed) == {("chip", "power"): 300.0, ("chip", "memory_capacity"): pytest.approx(16.0)}
    assert parsed.warnings == [f"{FILE}: no 'Last modified' column; the values are dated 'n.d.'"]


def test_epoch_unknown_and_ignored_columns():
    header = ["Hardware name", "TDP (W)", "Type", "Colour", ""]
    parsed = parse([["Chip", "300", "GPU", "red", "x"]], header)
    assert (None, "column Type", epoch.IGNORED["Type"]) in parsed.skipped
    assert f"{FILE}: column 4 'Colour' is not a known Epoch column; it was not imported" in parsed.warnings
    assert len(parsed.warnings) == 2, "a blank header is not reported as an unknown column"
    assert figures(parsed) == {("chip", "power"): 300.0}


def test_epoch_files_that_cannot_be_imported():
    with pytest.raises(DataImportError, match=r"^ml\.csv: the file is empty$"):
        epoch.parse("\n", FILE, {}, set(), METRIC_UNITS)
    with pytest.raises(DataImportError, match=r"^ml\.csv: no 'Hardware name' column"):
        parse([["300"]], ["TDP (W)"])
    with pytest.raises(DataImportError, match=r"^ml\.csv: none of the columns holds a figure ChipLens tracks$"):
        parse([["Chip", "Acme"]], ["Hardware name", "Manufacturer"])
    with pytest.raises(DataImportError,
                       match=r"^ml\.csv: columns 'Memory \(bytes\)' and 'Memory size per board \(Byte\)' both give "
                             r"memory_capacity; keep one of them$"):
        parse([["Chip", "1", "2"]], ["Hardware name", "Memory (bytes)", "Memory size per board (Byte)"])


def test_looks_like_epoch():
    assert epoch.looks_like_epoch(["Hardware name", "TDP (W)", "Memory (bytes)"])
    assert epoch.looks_like_epoch(["hardware name", "tdp (w)", "Type", "Notes"]) is False, \
        "ignored columns do not count towards the three known ones"
    assert not epoch.looks_like_epoch(["TDP (W)", "Memory (bytes)", "Manufacturer", "Foundry"])


# --- Epoch AI: devices ----------------------------------------------------------------------------------------

def test_epoch_new_devices_with_one_slug_get_distinct_stable_slugs():
    rows = [["Foo X1", "Acme", "", "1", "", ""], ["Foo-X1", "Acme", "", "2", "", ""],
            ["foo  x1", "Acme", "", "3", "", ""], ["FOO_X1", "Beta", "", "4", "", ""]]
    parsed = parse(rows, slugs={"foo-x1"})
    got = [(v.device, v.value_num) for v in parsed.values]
    # 'foo-x1' is taken by the store; 'Foo X1' and 'foo  x1' are one name (case and spaces aside)
    assert got == [("foo-x1-2", 1), ("foo-x1-3", 2), ("foo-x1-2", 3), ("foo-x1-4", 4)], \
        "new devices whose names slugify the same must get distinct slugs, a repeated name the same one"
    assert [(d.slug, d.name, d.vendor) for d in parsed.devices] == [
        ("foo-x1-2", "Foo X1", "Acme"), ("foo-x1-3", "Foo-X1", "Acme"), ("foo-x1-4", "FOO_X1", "Beta")]
    assert [v.device for v in parse(rows, slugs={"foo-x1"}).values] == [d for d, _ in got], "slugs are stable"
    fresh = parse(rows[:2])
    assert [d.slug for d in fresh.devices] == ["foo-x1", "foo-x1-2"]


def test_epoch_name_without_ascii_letters_gets_a_slug():
    parsed = parse([["昇腾", "华为", "", "1", "", ""], ["寒武纪", "", "", "2", "", ""]])
    assert [d.slug for d in parsed.devices] == ["device", "device-2"]
    assert [d.name for d in parsed.devices] == ["昇腾", "寒武纪"]


def test_epoch_rows_matched_to_curated_and_store_devices():
    chips = {"nvidia h100 sxm5 80gb": "h100-sxm", "my chip": "mine"}
    rows = [["NVIDIA HGX H20", "NVIDIA", "", "400", "", ""], ["My  Chip", "Acme", "", "500", "", ""],
            ["NVIDIA H100 SXM5 80GB", "NVIDIA", "", "700", "", ""], [" NVIDIA B200 ", "NVIDIA", "", "1000", "", ""]]
    parsed = parse(rows, chips=chips, slugs={"h20", "mine", "h100-sxm", "b200"})
    assert figures(parsed) == {("h20", "power"): 400.0, ("mine", "power"): 500.0, ("h100-sxm", "power"): 700.0,
                               ("b200", "power"): 1000.0}
    assert parsed.devices == [], "a row matched to a store device creates no device"
    # a curated name whose device the store lacks is a new device
    alone = parse(rows[:1])
    assert [(d.slug, d.name) for d in alone.devices] == [("nvidia-hgx-h20", "NVIDIA HGX H20")]
    no_maker = parse([["Chip", "1"]], ["Hardware name", "TDP (W)"])
    assert [(d.name, d.vendor) for d in no_maker.devices] == [("Chip", "")], "no Manufacturer column: no vendor"


def test_epoch_progress_reported_to_the_end():
    calls = []
    parse([[f"Chip {i}", "Acme", "", "1", "", ""] for i in range(120)], progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 120) and calls[-1] == (120, 120)
    assert (50, 120) in calls and (100, 120) in calls


# --- text: numbers as spreadsheets write them ----------------------------------------------------------------

@pytest.mark.parametrize(("cell", "decimal_comma", "number"), [
    ("989400000000000.0", False, 989400000000000.0), ("1e+16", False, 1e16), ("1E-3", False, 0.001),
    ("-7.5", False, -7.5), ("+7", False, 7.0), (".5", False, 0.5), ("5.", False, 5.0), ("0", False, 0.0),
    # thousands grouped with commas (point files) or points (comma files), spaces, no-break spaces, apostrophes
    ("1,229", False, 1229.0), ("1,229.5", False, 1229.5), ("12,345,678", False, 12345678.0),
    ("-1,229", False, -1229.0), ("1 229", False, 1229.0), ("1\u00a0229", False, 1229.0),
    ("1\u202f229,5", True, 1229.5), ("1'229", False, 1229.0), (" 42 ", False, 42.0),
    ("989,4", True, 989.4), ("1.229,5", True, 1229.5), ("12.345.678", True, 12345678.0),
    ("1.229.000,25", True, 1229000.25), ("-1.229,5", True, -1229.5), ("989,4e12", True, 989.4e12),
    ("1.5", True, 1.5), ("1.229", True, 1.229), ("1e3", True, 1000.0), ("7", True, 7.0),
])
def test_parse_number(cell, decimal_comma, number):
    from db.importers.text import parse_number
    assert parse_number(cell, decimal_comma) == pytest.approx(number), \
        f"{cell!r} ({'decimal comma' if decimal_comma else 'decimal point'}) must read as {number}"


@pytest.mark.parametrize(("cell", "decimal_comma"), [
    ("", False), ("   ", True), ("inf", False), ("nan", False), ("-inf", True), ("1,22", False), ("1,2345", False),
    ("12,34,567", False), ("1,229,5", False), ("989,4", False), ("1.229,5", False), ("1,2,3", True),
    ("1,229.5", True), ("1.22,5", True), ("7OO", False), ("1.2.3", False), ("--1", False), ("1e", False),
    ("e5", False), ("0x10", False), ("1,229.", False), ("abc1", False), ("1abc", False), ("1 229.5x", False),
])
def test_parse_number_refuses_what_is_not_a_number(cell, decimal_comma):
    from db.importers.text import parse_number
    assert parse_number(cell, decimal_comma) is None, \
        f"{cell!r} ({'decimal comma' if decimal_comma else 'decimal point'}) is not a number"


# --- text: encodings, separators, records, formula-safe cells -------------------------------------------------

TEXT = "Hardware name,TDP (W)\nChip é,700\n"


@pytest.mark.parametrize("data", [TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
                                  TEXT.encode("utf-16"), b"\xff\xfe" + TEXT.encode("utf-16-le"),
                                  b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT.encode("utf-16-le"),
                                  TEXT.encode("utf-16-be")], ids=["utf8", "utf8-bom", "utf16", "utf16le-bom",
                                                                  "utf16be-bom", "utf16le", "utf16be"])
def test_decode_reads_utf8_and_utf16(data):
    from db.importers.text import decode
    assert decode(data, FILE) == TEXT, "UTF-8 (with or without a mark) and UTF-16 (LE/BE) must read as the same text"


def test_decode_refuses_what_is_not_text():
    from db.importers.text import decode
    with pytest.raises(DataImportError, match=r"^ml\.csv: not UTF-8 text \(byte 0xe9 at offset 6 cannot be read\)\. "
                                              r"Save the file as CSV UTF-8 \(or UTF-16\) and import it again\.$"):
        decode("Chip, é".encode("latin-1"), FILE)
    with pytest.raises(DataImportError, match=r"^ml\.csv: not UTF-16 text \(byte 0x00 at offset 2 cannot be read"):
        decode(b"\xff\xfe\x00\xd8", FILE)  # a lone surrogate
    with pytest.raises(DataImportError, match=r"^ml\.csv: the file holds binary data \(a NUL character\), not text$"):
        decode(b"ab\x00cdef", FILE)
    assert decode(b"ab", FILE) == "ab" and decode(b"", FILE) == ""
    assert decode(b"\x00a\x00b", FILE) == "ab", "UTF-16 BE without a mark"
    assert decode(b"\x01\x00a\x00", FILE) == "\x01a" and decode(b"\x00\x01\x00a", FILE) == "\x01a"
    with pytest.raises(DataImportError, match=r"^ml\.csv: not UTF-8 text \(byte 0xe9 at offset 0 cannot be read"):
        decode(b"\xef\xbb\xbf\xe9t\xe9", FILE)
    assert decode(b"a\x00b\x00", FILE) == "ab", "UTF-16 LE without a mark"


@pytest.mark.parametrize(("text", "sep"), [
    ("a,b,c\n1,2,3\n", ","), ("a;b;c\n1,5;2;3\n", ";"), ("a\tb\tc\n1,5\t2\t3\n", "\t"), ("a\n1\n", ","),
    ("a;b,c\n", ","), ('"a;b;c",d\n', ","), ('"x,y,z";b;c\n', ";"), ('"a\nb;c;d",e,f\n', ","), ("a;b\r\nc,d,e,f\n", ";"),
    ("", ","), ('"a\nb";c;d\n', ";"), ("Xa;Xb;Xc\n", ";"), ("a;b;c,d\n", ";"),
])
def test_sniff_delimiter_from_the_header_line(text, sep):
    from db.importers.text import sniff_delimiter
    assert sniff_delimiter(text) == sep, f"the separator of {text!r} is {sep!r}"


def test_read_records():
    from db.importers.text import read_records
    assert read_records('a;b\n"1,5";2\n\n ; \n', FILE) == ([["a", "b"], ["1,5", "2"]], ";"), \
        "trailing blank records are dropped"
    assert read_records("a,b\n\n1,2\n", FILE)[0] == [["a", "b"], [], ["1", "2"]], "a blank row inside is kept"
    assert read_records('a\r\n"x\r\ny"\r\n"p\rq"\n', FILE)[0] == [["a"], ["x\r\ny"], ["p\rq"]], \
        "line breaks inside a quoted cell are kept as written"
    assert read_records("a,b\r1,2\r3,4\r", FILE)[0] == [["a", "b"], ["1", "2"], ["3", "4"]], \
        "a file with carriage returns alone as line ends (old Mac spreadsheets) must be read row by row"
    import csv
    limit = csv.field_size_limit()
    big = "x" * (limit + 1)
    assert read_records(f"a\n{big}\n", FILE)[0][1] == [big], "a cell larger than csv's default limit is read"
    assert csv.field_size_limit() == limit, "the csv module's field size limit is restored"
    with pytest.raises(DataImportError, match=r"^ml\.csv: the file is empty$"):
        read_records("\n , \n", FILE)
    with pytest.raises(DataImportError, match=r"^ml\.csv, row 3: not readable as CSV \(.*\)\. "
                                              r"Check for an unclosed quote\.$"):
        read_records('a,b\n1,2\n"3,4\n', FILE)
    with pytest.raises(DataImportError, match=r"^ml\.csv, row 1: not readable as CSV"):
        read_records('"a"b,c\n1,2\n', FILE)
    with pytest.raises(DataImportError, match=r"^ml\.csv, row 2: not readable as CSV"):
        read_records('a,b\n"1"x,2\n3,4\n', FILE)


def test_formula_cells_escaped_and_unescaped():
    from db.importers.text import escape_cell, escape_row, unescape_cell
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert escape_cell(cell) == "'" + cell, f"{cell!r} would run as a formula: it must get an apostrophe"
        assert unescape_cell(escape_cell(cell)) == cell
    assert escape_cell("H100") == "H100" and escape_cell(-1.5) == -1.5 and escape_cell(None) is None
    assert escape_row({"a": "=x", "b": 2}) == {"a": "'=x", "b": 2}
    assert unescape_cell("'") == "'" and unescape_cell("'abc") == "'abc" and unescape_cell("") == ""
    assert unescape_cell("x=1") == "x=1" and unescape_cell("'X1") == "'X1"
    for cell in ("=", "+", "-", "@"):
        assert unescape_cell(escape_cell(cell)) == cell, f"a one-character cell {cell!r} must read back as written"


# --- unit suspects ---------------------------------------------------------------------------------------------

def stored_row(value, source="vendor-sheet", publisher="Huawei", direction=None):
    """A figure in the store as db.importers.suspect.check reads it."""
    from types import SimpleNamespace
    return SimpleNamespace(value_num=value, source=source, publisher=publisher, basis=Basis(direction=direction))


def incoming(value, metric="scaleout_bw", source="epoch-mlhw-2025-12-11", device="ascend-910c"):
    from db.importers.base import ValueIn
    return ValueIn(device, metric, value, None, None, False, "third-party", source, None, "", "Internode (bit/s)")


def test_unit_suspect_rules():
    from db.importers.suspect import unit_suspect
    refs = [(784.0, "scaleup_bw", "Huawei")]
    assert unit_suspect(98.0, [], refs) == (8, "low", 784.0, "scaleup_bw", "Huawei")
    assert unit_suspect(784.0 * 1024 * 1.01, [], refs) == (1024, "high", 784.0, "scaleup_bw", "Huawei")
    assert unit_suspect(784.0 / 1000 * 1.029, [], refs)[:2] == (1000, "low"), "within 3% is a slip"
    assert unit_suspect(784.0 / 1000 * 1.031, [], refs) is None, "beyond 3% is not"
    assert unit_suspect(784.0 * 8 * 0.971, [], refs)[:2] == (8, "high")
    assert unit_suspect(784.0 * 8 * 0.969, [], refs) is None
    assert unit_suspect(784.0, [], refs) is None, "the same figure is no slip"
    assert unit_suspect(0.0, [], [(0.0, "m", "s")]) is None and unit_suspect(-98.0, [], refs) is None, \
        "no figure or a negative one is never a suspect"
    assert unit_suspect(98.0, [], [(0.0, "m", "Zero"), (-784.0, "m", "Neg"), *refs])[4] == "Huawei", \
        "references of zero or below are passed over"
    # another source of its own row agreeing within a factor of 2 (one way vs both ways) clears it
    assert unit_suspect(98.0, [196.0], refs) is None and unit_suspect(98.0, [49.0], refs) is None
    assert unit_suspect(98.0, [196.5], refs) is not None and unit_suspect(98.0, [48.9], refs) is not None
    assert unit_suspect(98.0, [0.0, -98.0], refs) is not None, "own figures of zero or below agree with nothing"
    assert unit_suspect(0.5, [0.6], [(4.0, "m", "s")]) is None, "a small own figure agrees as well as a large one"
    # the closest reading wins; on a tie the first reference
    close = [(784.0 * 1.02, "scaleup_bw", "Far"), (784.0 * 1.001, "scaleup_bw", "Near"),
             (784.0 * 0.99, "scaleup_bw", "Mid")]
    assert unit_suspect(98.0, [], close)[4] == "Near"
    assert unit_suspect(98.0, [], [(784.0, "a", "First"), (784.0, "b", "Second")])[3:] == ("a", "First")


def test_unit_suspect_check_against_other_sources():
    from db.importers.suspect import check
    v = incoming(98.0)
    assert check(incoming(None), {}, "Epoch AI", "GB/s") is None, "a text figure is never a suspect"
    assert check(v, {}, "Epoch AI", "GB/s") is None, "nothing to compare with"
    figures = {("ascend-910c", "scaleup_bw"): [stored_row(784.0)]}
    s = check(v, figures, "Epoch AI", "GB/s")
    assert (s.factor, s.way, s.likely, s.unit, s.reference, s.reference_metric, s.reference_source, s.column) == \
        (8, "low", 784.0, "GB/s", 784.0, "scaleup_bw", "Huawei", "Internode (bit/s)")
    high = check(incoming(784.0 * 8, metric="scaleup_bw"), figures, "Epoch AI", "GB/s")
    assert (high.factor, high.way, high.likely, high.reference_source) == (8, "high", 784.0, "Huawei")
    for publisher, source, shown in ((None, "sheet", "sheet"), (None, None, ""), ("", "", "")):
        row = stored_row(784.0, source=source, publisher=publisher)
        for metric in ("scaleup_bw", "scaleout_bw"):  # its own row, and the scale-up peer of a scale-out figure
            got = check(incoming(98.0, metric=metric), {("ascend-910c", "scaleup_bw"): [row]}, "Epoch AI", "GB/s")
            assert got.reference_source == shown, "the reference is named by its publisher, else its source key"
    assert check(incoming(98.0, source=None), {("ascend-910c", "scaleup_bw"): [stored_row(784.0, "", None)]}, "",
                 "GB/s") is None, "with neither source nor publisher on either side, the figures are the same source's"
    thirds = check(incoming(1 / 3 * 1000, metric="scaleup_bw"), {("ascend-910c", "scaleup_bw"): [stored_row(1 / 3)]},
                   "Epoch AI", "GB/s")
    assert thirds.likely == 0.333333333333, "the likely figure is given to 12 significant digits"
    # figures of the same source or the same publisher are not another source's
    assert check(v, {("ascend-910c", "scaleup_bw"): [stored_row(784.0, source=v.source)]}, "Epoch AI", "GB/s") is None
    assert check(v, {("ascend-910c", "scaleup_bw"): [stored_row(784.0, publisher="Epoch AI")]}, "Epoch AI",
                 "GB/s") is None
    assert check(v, {("ascend-910c", "scaleup_bw"): [stored_row(784.0, source="epoch", publisher=None)]}, "epoch",
                 "GB/s") is None, "a source without a publisher is compared by its key"
    unnamed = check(v, {("ascend-910c", "scaleup_bw"): [stored_row(784.0, source="sheet", publisher=None)]},
                    "Epoch AI", "GB/s")
    assert unnamed.reference_source == "sheet"
    # another device's figures are not compared
    assert check(v, {("h100-sxm", "scaleup_bw"): [stored_row(784.0)]}, "Epoch AI", "GB/s") is None


def test_unit_suspect_check_own_row_and_peer_directions():
    from db.importers.suspect import check
    v = incoming(98.0)
    own = {("ascend-910c", "scaleout_bw"): [stored_row(100.0)], ("ascend-910c", "scaleup_bw"): [stored_row(784.0)]}
    assert check(v, own, "Epoch AI", "GB/s") is None, "another source of its own row agrees: not held"
    blank_own = {("ascend-910c", "scaleout_bw"): [stored_row(None), stored_row(0.0)],
                 ("ascend-910c", "scaleup_bw"): [stored_row(784.0)]}
    assert check(v, blank_own, "Epoch AI", "GB/s").reference == 784.0, "own rows without a figure agree with nothing"
    own_ref = check(incoming(1000.0 * 50.0), {("ascend-910c", "scaleout_bw"): [stored_row(50.0)]}, "Epoch AI", "GB/s")
    assert (own_ref.factor, own_ref.way, own_ref.reference_metric) == (1000, "high", "scaleout_bw")
    # a scale-up figure one way is also read both ways (twice), a both-ways one also one way (half)
    one_way = {("ascend-910c", "scaleup_bw"): [stored_row(392.0, direction="one-way")]}
    assert check(v, one_way, "Epoch AI", "GB/s").reference == 784.0
    both = {("ascend-910c", "scaleup_bw"): [stored_row(1568.0, direction="both-ways")]}
    assert check(v, both, "Epoch AI", "GB/s").reference == 784.0
    assert check(v, {("ascend-910c", "scaleup_bw"): [stored_row(392.0)]}, "Epoch AI", "GB/s") is None, \
        "a scale-up figure with no direction is read as it is"
    assert check(v, {("ascend-910c", "scaleup_bw"): [stored_row(None)]}, "Epoch AI", "GB/s") is None
    assert check(incoming(8.0), {("ascend-910c", "scaleup_bw"): [stored_row(None)]}, "Epoch AI", "GB/s") is None, \
        "a scale-up row without a figure is no reference"
    with_peer = {("ascend-910c", "scaleout_bw"): [stored_row(50.0)], ("ascend-910c", "scaleup_bw"): [stored_row(9.0)]}
    got = check(incoming(50_000.0), with_peer, "Epoch AI", "GB/s")
    assert (got.factor, got.reference_metric) == (1000, "scaleout_bw"), \
        "the scale-up peers are compared besides the figure's own row, not instead of it"
    # only the scale-out row is checked against the scale-up row
    assert check(incoming(98.0, metric="memory_bandwidth"), {("ascend-910c", "scaleup_bw"): [stored_row(784.0)]},
                 "Epoch AI", "GB/s") is None


# --- a figure's basis on import ----------------------------------------------------------------------------------

def catalog_metrics() -> dict:
    """The bundled catalog's metrics, as the store reads them."""
    from db.basis import BasisRule
    from db.dto import MetricDTO
    out = {}
    for i, m in enumerate(json.loads(resources.seed_bytes("metrics.json"))["metrics"]):
        out[m["key"]] = MetricDTO(m["key"], m["label"], m["group"], m["unit"], m["kind"], m.get("higher_is_better"),
                                  m.get("aggregate"), None, bool(m.get("directional")), bool(m.get("derived")), "",
                                  (), False, "", i, BasisRule.from_json(json.dumps(m.get("basis", {}))))
    return out


METRICS = catalog_metrics()


def legacy(metric, qualifier, granularity="package", numeric=True, has_value=True, metrics=None):
    from db.importers.basis_in import legacy as read
    return read(METRICS[metric], qualifier, granularity, numeric, has_value, set(metrics or METRICS))


def test_device_granularity():
    from db.importers.basis_in import device_granularity
    assert device_granularity("chip", None) == "package" and device_granularity("system", None) == "system"
    assert device_granularity("chip", "board") == "board" and device_granularity("system", "package") == "package"


def test_legacy_qualifiers_read_as_schema_0005_read_them():
    assert legacy("bf16_dense", "sparse") == ("bf16_sparse", Basis(None, "sparse", "package"), None, ("sparsity",)), \
        "a sparse figure of a dense row moves to the row's sparse twin"
    assert legacy("bf16_dense", "sparse", metrics={"bf16_dense"})[0] == "bf16_dense", \
        "a sparse figure stays where its twin row does not exist"
    assert legacy("bf16_sparse", "sparse")[:2] == ("bf16_sparse", Basis(None, "sparse", "package"))
    assert legacy("fp32", "sparse")[0] == "fp32", "a dense row without a twin keeps its figure"
    assert legacy("bf16_dense", "") == ("bf16_dense", Basis(None, "dense", "package"), None, ()), \
        "no qualifier on a dense compute row: dense"
    assert legacy("bf16_dense", "  ")[1] == Basis(None, "dense", "package")
    assert legacy("bf16_dense", None, numeric=False, has_value=False)[1] == Basis(), "no figure: nothing defaulted"
    assert legacy("bf16_dense", None, numeric=False, has_value=True)[1] == Basis(sparsity="dense"), \
        "a text figure gets no granularity"
    assert legacy("scaleup_bw", "") == ("scaleup_bw", Basis(granularity="package", direction="both-ways"), None, ()), \
        "no qualifier on a directional link row: both ways"
    assert legacy("scaleup_bw", "unidirectional")[1:] == (Basis(granularity="package", direction="one-way"), None,
                                                          ("direction",))
    assert legacy("scaleout_bw", "")[1] == Basis(granularity="package"), "a row without direction gets none"
    assert legacy("bf16_dense", "Cube units only") == ("bf16_dense", Basis(None, "dense", "package", scope="cube"),
                                                       None, ("scope",)), "Cube units only: dense"
    assert legacy("power", "TDP") == ("power", Basis(granularity="package"), "TDP", ()), \
        "a power qualifier is kept as it is"
    assert legacy("memory_capacity", "TDP")[1:3] == (Basis(granularity="package", condition="TDP"), None)
    assert legacy("bf16_dense", "at 1.5 GHz")[1:] == (Basis(None, None, "package", condition="at 1.5 GHz"), None,
                                                      ("condition",)), "an unknown wording is kept as the condition"
    # a number counts one of its device, or one package on a per-accelerator row
    assert legacy("memory_capacity", "", granularity="system")[1] == Basis(granularity="system")
    assert legacy("scaleup_bw", "", granularity="system")[1].granularity == "package"


def figure(metric, basis=None, row=1, device="h100-sxm", qualifier=None, value=1.0, text=None):
    from db.importers.base import ValueIn
    return ValueIn(device, metric, value, text, qualifier, False, None, "src", None, "", "", "import", row, basis)


def resolved(fmt, values, choices=(), granularity=None):
    from db.importers.base import Parsed
    from db.importers.basis_in import resolve
    parsed = Parsed("pack.json" if fmt == "json" else "data.csv", fmt, values=list(values), choices=list(choices))
    resolve(parsed, METRICS, granularity or {})
    return parsed


def test_resolve_gives_old_figures_their_basis_and_follows_moved_picks():
    from db.importers.base import ChoiceIn
    values = [figure("bf16_dense", qualifier="sparse", row=1), figure("scaleup_bw", row=2, device="nvl72"),
              figure("not_a_metric", row=3), figure("memory_capacity", row=4, device="nvl72"),
              figure("scaleup_bw", row=5, value=None, text="NVLink")]
    choices = [ChoiceIn("h100-sxm", "bf16_dense", 1, row=1), ChoiceIn("nvl72", "scaleup_bw", 2, row=2)]
    parsed = resolved("json", values, choices, {"nvl72": "system"})
    got = [(v.metric, v.basis, v.stated) for v in parsed.values]
    assert got == [("bf16_sparse", Basis(None, "sparse", "package"), ("sparsity",)),
                   ("scaleup_bw", Basis(granularity="package", direction="both-ways"), ()),
                   ("not_a_metric", None, None), ("memory_capacity", Basis(granularity="system"), ()),
                   ("scaleup_bw", Basis(direction="both-ways"), ())]
    assert parsed.problems == []
    assert [(c.metric, c.value) for c in parsed.choices] == [("bf16_sparse", 1), ("scaleup_bw", 2)], \
        "a pick of a figure that moved to the sparse twin follows it"
    kept = resolved("json", [figure("power", qualifier="TDP"), figure("fp8_dense", qualifier="dense")])
    assert [(v.metric, v.qualifier) for v in kept.values] == [("power", "TDP"), ("fp8_dense", None)], \
        "a power qualifier is kept; one read into the basis is not kept as well"
    by_uid = resolved("json", [figure("bf16_dense", qualifier="sparse", row=None)],
                      [ChoiceIn("h100-sxm", "bf16_dense", None, uid="stored-uid", row=1)])
    assert [(c.metric, c.uid) for c in by_uid.choices] == [("bf16_dense", "stored-uid")], \
        "a pick of a stored figure (by uid) does not follow a file figure that moved"
    unknown_device = resolved("json", [figure("memory_capacity", device="new-chip")])
    assert unknown_device.values[0].basis == Basis(granularity="package"), "a device the store lacks: a package"


@pytest.mark.parametrize(("fmt", "where"), [("csv", "data.csv, row 7, column basis_sparsity"),
                                            ("json", "pack.json, value 7, field basis.sparsity"),
                                            ("epoch", "data.csv, row 7, column basis.sparsity")])
def test_resolve_refuses_a_basis_the_row_cannot_hold(fmt, where):
    from db.importers.base import ChoiceIn
    from db.importers.chiplens_json import PICKS_WITH_ERRORS
    values = [figure("bf16_dense", Basis("BF16", "sparse", "package"), row=7),
              figure("bf16_dense", Basis("BF16", "dense", "package"), row=8),
              figure("fp8_dense", Basis("FP4", "dense", "package", direction="one-way"), row=None)]
    choices = [ChoiceIn("h100-sxm", "bf16_dense", 7, row=3), ChoiceIn("h100-sxm", "bf16_dense", 8, row=4)]
    parsed = resolved(fmt, values, choices)
    assert [str(p) for p in parsed.problems[:1]] == [f"{where}: 'sparse' contradicts bf16_dense"], \
        "a stated basis the row cannot hold is a problem naming the file, the row and the field"
    assert [(p.column, p.value) for p in parsed.problems[1:3]] == [
        ("basis_format" if fmt == "csv" else "basis.format", "FP4"),
        ("basis_direction" if fmt == "csv" else "basis.direction", "one-way")]
    assert [v.row for v in parsed.values] == [8], "a figure whose basis contradicts its row is not imported"
    pick = parsed.problems[3]
    assert (pick.file, pick.reason, pick.row, pick.column, pick.value, pick.row_name) == (
        parsed.file, PICKS_WITH_ERRORS.format(7), 3, "value", "7", "choice")
    assert len(parsed.problems) == 4
    assert [c.value for c in parsed.choices] == [8], "a pick of a refused figure is dropped, the others kept"


def test_same_and_written_basis():
    from dataclasses import replace

    from db.importers.basis_in import same_basis, written_basis
    stored = Basis("BF16", "dense", "package", scope="cube")
    old = replace(figure("bf16_dense", Basis(None, "dense", "package")), stated=("sparsity",))
    assert same_basis(figure("bf16_dense"), stored), "a figure without a basis is the stored one's"
    assert same_basis(old, stored), "an old file's figure is compared only in the fields its qualifier states"
    assert not same_basis(replace(old, basis=Basis(None, "sparse")), stored)
    assert not same_basis(figure("bf16_dense", Basis(None, "dense", "package")), stored), \
        "a stated basis is compared whole"
    assert same_basis(figure("bf16_dense", stored), stored)
    assert written_basis(figure("bf16_dense")) == Basis()
    assert written_basis(figure("bf16_dense", Basis(None, "dense")), stored) == Basis(None, "dense")
    assert written_basis(old) == Basis(None, "dense", "package")
    assert written_basis(old, stored) == Basis("BF16", "dense", "package", scope="cube"), \
        "an old file's figure keeps what the stored one states beyond its qualifier"
    assert written_basis(replace(old, basis=Basis(None, "sparse", "board")), stored) == \
        Basis("BF16", "sparse", "package", scope="cube")
