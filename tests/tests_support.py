"""Paths to the data the tests ship (tests/fixtures/) and counts derived from the bundled seed."""
from __future__ import annotations

import contextlib
import json
import subprocess
from pathlib import Path

import pytest

import resources

FIXTURES = Path(__file__).parent / "fixtures"
EPOCH_CURRENT = FIXTURES / "epoch" / "2025-12" / "ml_hardware.csv"  # Epoch AI, CC-BY 4.0: see its README
EPOCH_OLDER = FIXTURES / "epoch" / "2025-11" / "ml_hardware.csv"
REFERENCE_EXCERPT = FIXTURES / "reference"


class SeedCounts:
    """What the bundled seed files hold, counted from the files themselves: a data refresh changes the data,
    not the tests."""

    def __init__(self) -> None:
        def load(name):
            return json.loads(resources.seed_bytes(name))
        devices, values = load("devices.json"), load("values.json")
        self.devices = len(devices["devices"])
        self.systems = sum(d["kind"] == "system" for d in devices["devices"])
        self.pairings = len(devices["pairings"])
        self.sources = len(load("sources.json")["sources"])
        self.values = len(values["values"])
        self.gaps = len(values["gaps"])
        self.event_records = load("events.json")["events"]
        self.events = len(self.event_records)


def user_device_with_sources(db_path, second: tuple[str, str, str, str]) -> tuple[str, str, str]:
    """A device of the user's with no figure yet, its vendor's datasheet as a source, and a second source
    (publisher, title, date, kind): (device slug, vendor source key, second source key)."""
    from db import api
    api.save_device(db_path, {"name": "Test Accelerator 1", "kind": "chip", "vendor": "Huawei (HiSilicon)",
                              "country": "CN"})
    slug = next(d.slug for d in api.list_devices(db_path) if d.name == "Test Accelerator 1")
    vendor = api.save_source(db_path, {"publisher": "Maker", "title": "Datasheet", "date": "2026-01",
                                       "kind": "vendor"})[0].key
    publisher, title, date, kind = second
    other = api.save_source(db_path, {"publisher": publisher, "title": title, "date": date, "kind": kind})[0].key
    return slug, vendor, other


def open_value_dialog(window, qtbot, device=None, metric=None, value=None):
    """The window's figure dialog (Data ▸ Add a figure, or Edit on `value`), shown."""
    dialog = window.catalog.value_dialog(value, device, metric)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "64k"):
    """A real full disk: a small tmpfs mounted on `folder` (needs root; skipped where mounting is refused)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root?): " + done.stderr.decode(errors="replace")[:100])
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def private_fontconfig(folder: Path) -> dict[str, str]:
    """Environment for a process whose file I/O is made to fail: fontconfig writes any cache it remakes into
    `folder`. Without it a failed read of the machine's font cache made fontconfig rescan (every font read
    failing too) and, run as root, write an empty cache over /var/cache/fontconfig: every later Qt program on
    the machine then found no font at all."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
                    f"  <cachedir>{folder / 'cache'}</cachedir>\n"  # the first writable one is written
                    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n</fontconfig>\n',
                    encoding="utf-8")
    return {"FONTCONFIG_FILE": str(conf)}
