"""The comparison's Policy group answers with each device's export-control verdict, the same in the window, the
command line and the exports; the sourced free-text status row stays below it."""
import json
import subprocess
import sys
from datetime import date

from db import api
from desktop.present.verdict_row import STATUS_KEY, VERDICT_KEY, verdict_text, with_verdicts


def test_the_verdict_row_sits_above_the_sourced_status(db_path):
    lib = api.Library(db_path)
    comparison = with_verdicts(lib.compare.pair("h100", "h20"), lib.controls.verdicts(["h100", "h20"], "2024-06-01"),
                               "2024-06-01")
    keys = [r.metric.key for r in comparison.rows]
    assert keys.index(VERDICT_KEY) + 1 == keys.index(STATUS_KEY)
    row = comparison.row(VERDICT_KEY)
    assert row.metric.label == "Export-control verdict (US, 2024-06-01)" and row.metric.group == "Policy"
    h100, h20 = (c.display for c in row.cells)
    assert h100.startswith("meets 3A090.a (TPP 15,830")
    assert h20.startswith("misses every threshold") and "1.3% under 2,400" in h20


def test_before_the_first_rule_no_threshold_applies(db_path):
    lib = api.Library(db_path)
    (v,) = lib.controls.verdicts(["h100"], "2022-06-01")
    assert verdict_text(v) == "no threshold rule in force"


def test_the_window_shows_todays_verdict_and_follows_the_maps_date(make_window, db_path, qtbot):
    window = make_window(db_path, ("910c", "h100"))
    model = window.panel.model
    r = model.row_of(VERDICT_KEY)
    assert r >= 0 and model.row_of(STATUS_KEY) == r + 1
    expected = [verdict_text(v) for v in api.Library(db_path).controls.verdicts(["910c", "h100"])]
    assert [c.display for c in window.comparison.row(VERDICT_KEY).cells] == expected
    window._load_chart()
    qtbot.waitUntil(lambda: getattr(window, "control_map", None) is not None, timeout=10_000)
    window.control_map.set_date("2022-06-01")
    row = window.comparison.row(VERDICT_KEY)
    assert row.metric.label == "Export-control verdict (US, 2022-06-01)"
    assert {c.display for c in row.cells} == {"no threshold rule in force"}
    window.control_map.set_date(date.today().isoformat())
    assert window.comparison.row(VERDICT_KEY).metric.label == "Export-control verdict (US, today)"


def test_the_command_line_prints_the_same_verdicts(db_path, data_dir):
    out = subprocess.run([sys.executable, "-m", "desktop", "compare", "910c", "h100", "--format", "json"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    metric = next(m for m in json.loads(out)["metrics"] if m["key"] == VERDICT_KEY)
    expected = [verdict_text(v) for v in api.Library(db_path).controls.verdicts(["910c", "h100"])]
    assert [v["display"] for v in metric["values"]] == expected


def test_a_verdict_rests_on_the_tpp_the_table_shows(db_path):
    """The verdict's cell carries the TPP figure it rests on (as its input, with that figure's confidence), so its
    provenance and weak-relay mark are the TPP's own rather than 'no stated confidence'."""
    lib = api.Library(db_path)
    comparison = with_verdicts(lib.compare.pair("h100", "h20"), lib.controls.verdicts(["h100", "h20"], "2024-06-01"),
                               "2024-06-01")
    for verdict, tpp in zip(comparison.row(VERDICT_KEY).cells, comparison.row("tpp").cells):
        assert verdict.value.inputs == (tpp.value,) and verdict.value.confidence == tpp.value.confidence
        assert verdict.value.confidence is not None
