"""`chiplens events`: formats, filters, exit codes, and dates that do not move with the time zone."""
import csv
import json
import os
import subprocess
import sys

import pytest

import resources
from db import api
from desktop.app import main
from desktop.cli.events import EVENT_COLUMNS

H20_LICENCE = "US requires export licence for NVIDIA H20 (and AMD MI308) to China"
CM384_LAUNCH = "Huawei Cloud launches CloudMatrix 384 supernode in Wuhu (month only)"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_user_event(db_path, date, title, precision="day"):
    api.save_event(db_path, {"date": date, "precision": precision, "title": title, "jurisdiction": "other",
                             "category": "other", "confidence": "reported"})


def test_events_json_contract(seed, capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "events", "--format", "json")
    events = json.loads(out)
    assert code == 0 and len(events) == seed.events
    assert all(list(e) == list(EVENT_COLUMNS) for e in events)
    h20 = next(e for e in events if e["title"] == H20_LICENCE)
    assert (h20["date"], h20["precision"], h20["jurisdiction"], h20["category"], h20["confidence"]) == (
        "2025-04-09", "day", "US", "export-control", "official")
    assert {"slug": "h20", "name": "NVIDIA H20"} in h20["devices"] and "MI308" in h20["tags"]
    assert set(h20["sources"][0]) == {"publisher", "title", "url", "date"}
    cm = next(e for e in events if e["title"] == CM384_LAUNCH)
    assert (cm["date"], cm["precision"], cm["origin"]) == ("2025-04-01", "month", "seed")


def test_events_table_shows_dates_as_precise_as_known(capsys, data_dir, db_path):
    add_user_event(db_path, "2025-04-01", "Quarterly export figures", precision="quarter")
    add_user_event(db_path, "1965-01-01", "A year before 1970", precision="year")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "events")
    rows = [line.split(None, 3) for line in out.splitlines()]
    assert code == 0 and rows[0] == ["Date", "Jur.", "Category", "Title"]
    assert rows[2] == ["1965", "other", "other", "A year before 1970"]
    assert ["2025-04", "CN", "product-launch", CM384_LAUNCH] in rows
    assert ["2025-Q2", "other", "other", "Quarterly export figures"] in rows
    assert ["2025-04-09", "US", "export-control", H20_LICENCE] in rows


def test_events_csv_has_the_json_columns(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "events", "--device", "CM384", "--format", "csv")
    rows = list(csv.DictReader(out.splitlines()))
    assert code == 0 and list(rows[0]) == list(EVENT_COLUMNS)
    launch = next(r for r in rows if r["title"] == CM384_LAUNCH)
    assert launch["devices"] == "Huawei CloudMatrix 384; Huawei Ascend 910C" and launch["tags"] == "Kunpeng"
    assert launch["sources"].count("; ") == 2 and "https://trendforce.com/" in launch["sources"]


def test_events_filters(seed, capsys, data_dir):
    base = ("--data-dir", str(data_dir), "events", "--format", "json")
    _, out, _ = run(capsys, *base, "--device", "910c")
    assert 3 <= len(json.loads(out)) < seed.events
    assert all(any(d["slug"] == "ascend-910c" for d in e["devices"]) for e in json.loads(out))
    _, out, _ = run(capsys, *base, "--category", "antitrust", "--category", "security-review", "--jurisdiction", "CN")
    pairs = {(e["category"], e["jurisdiction"]) for e in json.loads(out)}
    assert pairs == {("antitrust", "CN"), ("security-review", "CN")}
    _, out, _ = run(capsys, *base, "--from", "2025-04", "--to", "2025-04")
    titles = [e["title"] for e in json.loads(out)]
    assert CM384_LAUNCH in titles and H20_LICENCE in titles
    assert all(e["date"].startswith("2025-04") for e in json.loads(out))
    _, out, _ = run(capsys, *base, "--from", "2026-Q2")
    bundled = json.loads(resources.seed_bytes("events.json"))["events"]
    assert [e["date"] for e in json.loads(out)] == sorted(e["date"] for e in bundled if e["date"] >= "2026-04-01")


def test_events_empty_result(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "events", "--jurisdiction", "JP", "--format", "json")
    assert code == 0 and json.loads(out) == [] and "no event matches" in err


def test_events_unknown_device_exits_2_with_suggestions(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "events", "--device", "H2O")
    assert code == 2 and out == "" and "unknown device 'H2O'" in err and "h20" in err.casefold()
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [("--category", "tariffs"), ("--jurisdiction", "FR"), ("--from", "2025-13"),
                                  ("--to", "yesterday"), ("--format", "xml")])
def test_events_usage_errors_exit_2(capsys, data_dir, argv):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "events", *argv])
    assert exit_.value.code == 2 and "Traceback" not in capsys.readouterr().err


def test_event_dates_are_the_same_in_every_time_zone(seed, data_dir, db_path):
    add_user_event(db_path, "1965-07-01", "Before the epoch")
    add_user_event(db_path, "2025-04-09", "Same day as the H20 licence")
    outputs = {}
    for tz in ("UTC", "America/New_York", "Asia/Shanghai", "Pacific/Kiritimati"):
        env = {**os.environ, "TZ": tz}
        result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "events",
                                 "--format", "json"], capture_output=True, text=True, env=env, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs[tz] = [(e["date"], e["precision"], e["title"]) for e in json.loads(result.stdout)]
    assert all(dates == outputs["UTC"] for dates in outputs.values())
    assert outputs["UTC"][0] == ("1965-07-01", "day", "Before the epoch")
    assert ("2025-04-09", "day", H20_LICENCE) in outputs["UTC"] and len(outputs["UTC"]) == seed.events + 2
