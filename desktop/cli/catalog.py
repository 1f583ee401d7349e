"""`chiplens list` (chips, systems, pairings) and `chiplens export data` (the catalog as a pack or CSV)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from db.api import Library
from db.dto import DeviceDTO
from desktop.cli.output import clip, table
from desktop.cli.words import current_language, say, translate
from desktop.present import status as ps


def print_devices(devices: list[DeviceDTO], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump([{"slug": d.slug, "name": d.name, "kind": d.kind, "vendor": d.vendor, "country": d.country,
                    "family": d.family, "status": d.status, "aliases": list(d.aliases)} for d in devices],
                  out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    rows = [[translate("Cli", "Slug"), translate("Cli", "Name"), translate("Cli", "Kind"), translate("Cli", "Vendor"),
             translate("Cli", "Country"), translate("Cli", "Status"), translate("Cli", "Aliases")]]
    english = current_language() == "en"  # English keeps the codes (china-specific) it always wrote
    rows += [[d.slug, d.name, d.kind if english else translate(ps.CONTEXT, ps.KINDS.get(d.kind, d.kind)), d.vendor, d.country,
              d.status if english else ps.word(d.status, translate), clip(", ".join(d.aliases), 50)]
             for d in devices]
    table(rows, out)


def cmd_list(lib: Library, what: str, fmt: str, out: TextIO) -> int:
    if what == "pairings":
        pairs = lib.catalog.pairings()
        if fmt == "json":
            json.dump([{"slug": p.slug, "name": p.name, "a": p.device_a, "b": p.device_b, "origin": p.origin,
                        **({"more": list(p.more)} if p.more else {}),
                        **({"baseline": p.devices[p.baseline]} if p.baseline != 1 or p.more else {})}
                       for p in pairs], out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            table([[translate("Cli", "Slug"), translate("Cli", "Pairing"), "A", "B", translate("Cli", "More")]]
                   + [[p.slug, p.name, p.device_a, p.device_b, ", ".join(p.more)] for p in pairs], out)
        return 0
    devices = lib.catalog.devices()
    if what in ("chips", "systems"):
        devices = [d for d in devices if d.kind == what[:-1]]
    print_devices(devices, fmt, out)
    return 0


def cmd_export(lib: Library, what: str, target: Path) -> int:
    if target.suffix.lower() not in (".json", ".csv"):
        sys.stderr.write(f"chiplens export: {target.name}: "
                         + translate("Cli", "the file name must end in .json or .csv") + "\n")
        return 2
    n = lib.exports.data(target)
    sys.stderr.write(say(translate("Cli", "exported %1 values to %2"), n, target) + "\n")
    return 0
