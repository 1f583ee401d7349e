"""Epoch AI's "Data on Machine Learning Hardware" (ml_hardware.csv), read exactly as published.

Credit: Epoch AI, 'Data on Machine Learning Hardware', epoch.ai (CC-BY 4.0).

Columns are mapped by meaning through `COLUMNS`, an explicit table of every header name seen in
a release (the December 2025 file says `Memory (bytes)`, the November one `Memory size per board
(Byte)`); a header in neither `COLUMNS` nor `IGNORED` is reported as unknown and not imported,
never guessed. Raw SI units (FLOP/s, OP/s, bytes, byte/s, bit/s, W, mm², millions) are converted
to the metric catalog's canonical units by `db.units.to_canonical`.

Each column says what kind of figure it holds (its basis, db.basis): the tensor columns are dense figures of
their format (Tensor-FP16/BF16: BF16/FP16), FP32 and FP64 dense with the units they run on not stated; every
figure counts one accelerator package (Epoch's rows are chips; its "NVIDIA GB200" row is one Blackwell GPU of
the superchip). Epoch does not say whether its link rates are one way or both ways: the intranode column is
scale-up and the internode column scale-out bandwidth per accelerator, both with the direction not stated.
A bits column is read as bits as its header says; where Epoch evidently stored bytes (910C internode
7.84e11 "bit/s" is Huawei's 784 GB/s scale-up figure), the import plan holds the figure as unit suspect
(db.importers.plan) until the analyst confirms it.

Rows are matched to devices in the store through `KNOWN_NAMES` (Epoch names checked against the
curated devices: 'NVIDIA HGX H20' is the H20 chip, not the 8-GPU HGX system) and then through
the store's aliases, chips only (Epoch rows describe one accelerator). Other rows become new
devices. Every value gets the source "Epoch AI" dated with the row's "Last modified" day,
confidence third-party.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from db.basis import Basis
from db.importers.base import DataImportError, DeviceIn, Parsed, Problem, Progress, SourceIn, ValueIn, finite, slugify
from db.importers.text import parse_number, read_records
from db.read import norm
from db.units import FigureError, UnitError, check_figure, to_canonical

PUBLISHER = "Epoch AI"
TITLE = "Data on Machine Learning Hardware (ml_hardware.csv, CC-BY 4.0)"
URL = "https://epoch.ai/data/machine-learning-hardware"
CREDIT = "Epoch AI, 'Data on Machine Learning Hardware', epoch.ai (CC-BY 4.0)"


@dataclass(frozen=True)
class Column:
    """What an Epoch column means: a ChipLens metric (with the unit the column is in), or a row field."""

    meaning: str  # a metric key, or 'name', 'manufacturer', 'last_modified'
    unit: str = ""  # the column's unit as db.units knows it; '' for text
    qualifier: str | None = None  # what a power figure counts (TDP)
    note: str = ""
    format: str | None = None  # the basis of its figures (each also counts one package: GRANULARITY)
    sparsity: str | None = None


GRANULARITY = "package"  # an Epoch row is one accelerator (its GB200 row one GPU)


# header (as published, compared case- and space-insensitively) -> meaning
COLUMNS: dict[str, Column] = {
    "Hardware name": Column("name"),
    "Manufacturer": Column("manufacturer"),
    "Last modified": Column("last_modified"),
    "Release date": Column("availability"),
    "Tensor-FP16/BF16 performance (FLOP/s)": Column("bf16_dense", "FLOP/s", None, "", "BF16/FP16", "dense"),
    "FP8 performance (FLOP/s)": Column("fp8_dense", "FLOP/s", None, "", "FP8", "dense"),
    "FP4 performance (FLOP/s)": Column("fp4_dense", "FLOP/s", None, "", "FP4", "dense"),
    "INT8 performance (OP/s)": Column("int8_dense", "OP/s", None, "", "INT8", "dense"),
    "FP32 (single precision) performance (FLOP/s)": Column("fp32", "FLOP/s", None, "", "FP32", "dense"),
    "FP64 (double precision) performance (FLOP/s)": Column("fp64", "FLOP/s", None, "", "FP64", "dense"),
    "Memory (bytes)": Column("memory_capacity", "bytes"),
    "Memory size per board (Byte)": Column("memory_capacity", "bytes"),
    "Memory bandwidth (byte/s)": Column("memory_bandwidth", "byte/s"),
    "Intranode bandwidth (byte/s)": Column(
        "scaleup_bw", "byte/s", None, "Epoch's intranode bandwidth, per accelerator; Epoch does not state the direction"),
    "Internode bandwidth (bit/s)": Column(
        "scaleout_bw", "bit/s", None,
        "Epoch's internode bandwidth, per accelerator, read as bit/s; Epoch does not state the direction"),
    "TDP (W)": Column("power", "W", "TDP"),
    "Die Size (mm^2)": Column("die_area", "mm2"),
    "Transistors (millions)": Column("transistors", "millions"),
    "Foundry": Column("foundry"),
    "Process size (nm)": Column("process_node", "nm"),
}

# known columns that ChipLens does not import, and why (shown in the preview)
IGNORED: dict[str, str] = {
    "Type": "device type (GPU, TPU, NPU): not a ChipLens metric",
    "Notes": "free-text notes",
    "Release price (USD)": "prices are not tracked",
    "Source for the price": "prices are not tracked",
    "TF32 (TensorFloat-32) performance (FLOP/s)": "no TF32 metric",
    "FP16 (half precision) performance (FLOP/s)": "non-tensor FP16, not the dense tensor BF16/FP16 figure ChipLens compares",
    "INT16 performance (OP/s)": "no INT16 metric",
    "INT4 performance (OP/s)": "no INT4 metric",
    "INT4/FP4 performance (OP/s)": "ambiguous (INT4 or FP4); FP4 is read from its own column",
    "Base clock (MHz)": "clocks are not tracked",
    "Boost clock (MHz)": "clocks are not tracked",
    "Memory clock (MHz)": "clocks are not tracked",
    "Memory bus (bit)": "memory bus width is not tracked",
    "Tensor cores": "core counts are not tracked",
    "Link to datasheet": "links to other documents are not fetched",
    "ML models": "models trained on the hardware are not tracked",
    "Max performance": "derived by Epoch; ChipLens derives its own figures",
    "Energy efficiency": "derived by Epoch; ChipLens derives its own figures",
    "Total processing performance (bit-OP/s)": "derived by Epoch; ChipLens computes TPP itself",
    "Price-performance": "derived by Epoch; prices are not tracked",
    "ML OP/s": "derived by Epoch; ChipLens derives its own figures",
}

# Epoch "Hardware name" -> slug of a curated device (checked against resources/seed/devices.json)
KNOWN_NAMES: dict[str, str] = {
    "NVIDIA H100 SXM5 80GB": "h100-sxm",
    "NVIDIA H100 PCIe": "h100-pcie",
    "NVIDIA H800 SXM5": "h800",
    "NVIDIA HGX H20": "h20",
    "NVIDIA H200 SXM": "h200",
    "NVIDIA A100 SXM4 80 GB": "a100-sxm",
    "NVIDIA B200": "b200",
    "NVIDIA GB200": "gb200-gpu",
    "AMD Instinct MI300X": "mi300x",
    "Huawei Ascend 910B": "ascend-910b",
    "Huawei Ascend 910C": "ascend-910c",
    "Huawei Ascend 950DT": "ascend-950dt",
    "Huawei Ascend 310": "ascend-310",
    "Cambricon MLU370-X8": "mlu370-x8",
    "Shensuan-1": "hygon-dcu-shensuan-1",
    "Biren BR100": "biren-br100",
    "MTT S4000": "mtt-s4000",
}

_COLUMNS_NORM = {norm(k): (k, v) for k, v in COLUMNS.items()}
_IGNORED_NORM = {norm(k): (k, v) for k, v in IGNORED.items()}
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def looks_like_epoch(header: list[str]) -> bool:
    names = {norm(h) for h in header}
    return norm("Hardware name") in names and len(names & set(_COLUMNS_NORM)) >= 3


def source_key(day: str | None) -> str:
    return f"epoch-mlhw-{day}" if day else "epoch-mlhw-undated"


def epoch_source(day: str | None) -> SourceIn:
    return SourceIn(source_key(day), PUBLISHER, TITLE, URL, day or "n.d.", day, "dataset")


def _date(text: str) -> str | None:
    m = _DATE.match(text)
    if not m:
        return None
    try:  # a day the calendar has: not month 13, day 32, 30 February or 31 April
        datetime.date(*(int(x) for x in m.groups()))
    except ValueError:
        return None
    return m.group(0).strip()


class _Devices:
    """Epoch names -> device slugs: curated names, then the store's chip aliases, then new devices."""

    def __init__(self, chips: dict[str, str], slugs: set[str]):
        self.chips = chips  # normalised alias -> slug, chips only
        self.slugs = set(slugs)
        self.new: dict[str, DeviceIn] = {}  # normalised Epoch name -> new device

    def find(self, name: str, manufacturer: str) -> str:
        """The row's device slug: a curated name, else the store's chips by exact name or alias, else a new
        device."""
        key = norm(name)
        known = KNOWN_NAMES.get(name.strip())
        if known and known in self.slugs:
            return known
        if key in self.chips:  # the full name only: 'NVIDIA A100' (40 GB) is not the curated A100 SXM 80GB
            return self.chips[key]
        if key in self.new:
            return self.new[key].slug
        base = slugify(name) or "device"
        slug, n = base, 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        self.new[key] = DeviceIn(slug, name.strip(), "chip", vendor=manufacturer.strip())
        return slug


def parse(text: str, name: str, chips: dict[str, str], slugs: set[str], metric_units: dict[str, str],
          progress: Progress | None = None) -> Parsed:
    """Read an Epoch ml_hardware.csv text. `chips`: the store's chip aliases (normalised) -> slug;
    `slugs`: every device slug in the store; `metric_units`: metric key -> canonical unit."""
    records, sep = read_records(text, name)
    header = records[0]
    out = Parsed(name, "epoch", match="epoch", removes="epoch")
    cols: dict[int, tuple[str, Column]] = {}
    seen: dict[str, str] = {}
    for i, h in enumerate(header):
        key = norm(h)
        if key in _COLUMNS_NORM:
            _published, col = _COLUMNS_NORM[key]
            if col.meaning in seen:
                raise DataImportError(f"{name}: columns '{seen[col.meaning]}' and '{h}' both give "
                                      f"{col.meaning}; keep one of them")
            seen[col.meaning] = h
            cols[i] = (h, col)
        elif key in _IGNORED_NORM:
            out.skipped.append((None, f"column {h}", _IGNORED_NORM[key][1]))
        elif key:
            out.warnings.append(f"{name}: column {i + 1} '{h}' is not a known Epoch column; it was not imported")
    if "name" not in seen:
        raise DataImportError(f"{name}: no 'Hardware name' column; this is not Epoch AI's ml_hardware.csv")
    if "last_modified" not in seen:
        out.warnings.append(f"{name}: no 'Last modified' column; the values are dated 'n.d.'")
    if not any(c.meaning in metric_units for _, c in cols.values()):
        raise DataImportError(f"{name}: none of the columns holds a figure ChipLens tracks")
    name_col = next(i for i, (_, c) in cols.items() if c.meaning == "name")
    maker_col = next((i for i, (_, c) in cols.items() if c.meaning == "manufacturer"), None)
    date_col = next((i for i, (_, c) in cols.items() if c.meaning == "last_modified"), None)
    devices = _Devices(chips, slugs)
    sources: dict[str, SourceIn] = {}
    decimal_comma = sep != ","
    for row, rec in out.data_rows(records, progress, every=50):
        dev_name = rec[name_col].strip()
        if not dev_name:
            out.problems.append(Problem(name, "is empty: every row needs a hardware name", row,
                                        header[name_col]))
            continue
        maker = rec[maker_col].strip() if maker_col is not None else ""
        day = None
        if date_col is not None and rec[date_col].strip():
            day = _date(rec[date_col])
            if day is None:
                out.problems.append(Problem(name, "is not a date (YYYY-MM-DD…)", row, header[date_col],
                                            rec[date_col]))
                continue
        found: list[ValueIn] = []
        bad = False
        for i, (h, col) in cols.items():
            if col.meaning not in metric_units:
                continue
            cell = rec[i].strip()
            if not cell:
                continue
            value_num, value_text = None, None
            if col.meaning == "availability":
                value_text = _date(cell)
                if value_text is None:
                    out.problems.append(Problem(name, "is not a date (YYYY-MM-DD)", row, h, cell))
                    bad = True
                    continue
            elif col.meaning == "foundry":
                value_text = cell
            else:
                number = parse_number(cell, decimal_comma)
                if number is None or not finite(number):
                    out.problems.append(Problem(name, "is not a number", row, h, cell))
                    bad = True
                    continue
                try:  # a figure of its row (db.units.check_figure); a process node is kept as its text
                    if col.meaning == "process_node":
                        value_text = f"{check_figure(number, col.unit):g} nm"
                    else:
                        unit = metric_units[col.meaning]
                        value_num = check_figure(to_canonical(number, col.unit, unit), unit)
                except (UnitError, FigureError) as exc:
                    out.problems.append(Problem(name, str(exc), row, h, cell))
                    bad = True
                    continue
            note = f"Epoch AI row “{dev_name}”, column “{h}”" + (f". {col.note}" if col.note else "")
            basis = Basis(col.format, col.sparsity, GRANULARITY) if value_num is not None else Basis()
            found.append(ValueIn("", col.meaning, value_num, value_text, col.qualifier, False, "third-party",
                                 source_key(day), day, note, h, "import", row, basis))
        if bad:
            continue
        if not found:
            out.skipped.append((row, dev_name, "no figure in a column ChipLens imports"))
            continue
        slug = devices.find(dev_name, maker)
        out.device_names[slug] = dev_name
        sources.setdefault(source_key(day), epoch_source(day))
        out.values.extend(ValueIn(slug, *_tail(v)) for v in found)
    if progress is not None:
        progress(len(records) - 1, len(records) - 1)
    out.devices = list(devices.new.values())
    out.sources = list(sources.values())
    return out


def _tail(v: ValueIn) -> tuple[Any, ...]:
    return (v.metric, v.value_num, v.value_text, v.qualifier, v.approximate, v.confidence, v.source, v.as_of,
            v.note, v.unit_text, v.origin, v.row, v.basis)
