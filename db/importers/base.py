"""What every importer produces: records to bring into the store, and the problems found on the way.

An importer only reads: it turns a file into `Parsed` (devices, sources, metrics and values as
plain records, plus problems that name the file, row, column and value). `db.importers.plan`
compares that with the store and writes it. Nothing here executes or fetches anything: files are
read as text with the csv and json modules, and URLs in them are kept as text.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from db.basis import Basis
from db.dto import MetricDTO

Progress = Callable[[int, int], None]  # (done, total)
ORIGINS = ("seed", "user", "import")


def file_origin(text: str) -> str:
    """A row's origin as a file gives it, as this store keeps it: a teammate's row ('team', written by a store
    that syncs with a team library) comes in as imported, not as the importer's own nor as the team's."""
    return "import" if text == "team" else text


class DataImportError(ValueError):
    """A file that cannot be imported at all (unreadable, not a known format, cancelled), or an
    import refused because the file has errors. `problems` lists every problem found."""

    def __init__(self, message: str, problems: list[Problem] | tuple[Problem, ...] = ()):
        self.problems = tuple(problems)
        self.message = message
        super().__init__(message)


class ImportCancelled(DataImportError):
    """The user cancelled the import while the file was read."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: 'ml_hardware.csv, row 17, column TDP (W): '7OO' is not a number'.

    `row` counts records as a spreadsheet shows them: the header is row 1, the first data row is row 2
    (a cell spanning several lines still counts as one row). JSON problems name the Nth value, device,
    source, pairing or choice (from 1) and its field: 'pack.json, value 12, field metric: 'bf17' is not a metric'."""

    file: str
    reason: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    row_name: str = "row"  # 'value' (device, source, pairing, choice…) for the Nth one in a JSON pack

    def where(self) -> str:
        parts = [self.file] if self.file else []
        if self.row is not None:
            parts.append(f"{self.row_name} {self.row}")
        if self.column:
            parts.append(f"{'column' if self.row_name == 'row' else 'field'} {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        shown = ""
        if self.value is not None:
            text = self.value if len(self.value) <= 60 else self.value[:59] + "…"
            shown = f"'{text}' "
        return f"{self.where()}: {shown}{self.reason}"


@dataclass(frozen=True)
class ComponentIn:
    """One line of a system's composition (a data pack's device "components")."""

    name: str
    role: str  # accelerator | cpu
    count: int | None
    device: str | None  # slug of the component's device, if it is one
    source: str | None  # source key
    confidence: str | None


@dataclass(frozen=True)
class DeviceIn:
    slug: str
    name: str
    kind: str = "chip"
    family: str = ""
    status: str = ""
    vendor: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()
    racks: int | None = None
    racks_note: str = ""
    origin: str = "import"
    components: tuple[ComponentIn, ...] | None = None  # None: the file does not carry compositions (pack v1)
    composition_source: str | None = None  # source key of the composition as a whole
    granularity: str | None = None  # what one of it is (db.basis.GRANULARITIES); None: not carried (pack v1)
    packages: int | None = None  # accelerator packages in one, for a board or superchip


@dataclass(frozen=True)
class SourceIn:
    key: str
    publisher: str
    title: str = ""
    url: str | None = None
    date_text: str = ""
    date_sort: str | None = None
    kind: str = ""
    other_urls: tuple[str, ...] | None = None  # None: not carried (pack v1, CSV, Epoch): kept as stored
    repo_ref: str | None = None
    origin: str = "import"


@dataclass(frozen=True)
class PairingIn:
    """A named pairing (2 devices) or group (3-4) carried by a data pack."""

    slug: str
    name: str
    devices: tuple[str, ...]
    baseline: int
    position: int
    origin: str  # seed | user


@dataclass(frozen=True)
class ChoiceIn:
    """The user's pick of the figure a cell shows: `value` is the Nth value of the pack (from 1), or None
    with `uid` kept as written; `prefix` names a figure computed from that value ('bidir:', 'derived:SLUG:')."""

    device: str
    metric: str
    value: int | None
    prefix: str = ""
    uid: str | None = None
    row: int | None = None  # the Nth choice of the pack


# A metric definition carried by a data pack (created only where the store lacks the key): the same
# fields as the catalog's own metrics.
MetricIn = MetricDTO


@dataclass(frozen=True)
class ValueIn:
    """One figure to bring in; numbers already in the metric's canonical unit."""

    device: str  # slug (of a device in the store or in Parsed.devices)
    metric: str  # key
    value_num: float | None
    value_text: str | None
    qualifier: str | None
    approximate: bool
    confidence: str | None
    source: str | None  # key (of a source in the store or in Parsed.sources)
    as_of: str | None
    note: str
    unit_text: str = ""
    origin: str = "import"
    row: int | None = None  # where it came from in the file, for the preview
    basis: Basis | None = None  # what kind of figure it is; None: the file does not carry it (pack v1-2, old CSV)
    # the basis fields the file states, when it was read from an old single qualifier (pack v1-2, old CSV):
    # the rest are the defaults schema 0005 gives, which do not make a figure differ from a stored one
    stated: tuple[str, ...] | None = None
    # who produced the figure and how good the page it was read on is (db.provenance); provenance_stated False:
    # the file has no such fields (pack v1-3, an older CSV, Epoch), the carrier then comes from the source's kind
    producer: str | None = None
    carrier_quality: str | None = None
    provenance_stated: bool = False


@dataclass
class Parsed:
    """A file read and checked, not yet compared with the store."""

    file: str
    format: str  # epoch | csv | json
    rows: int = 0  # data rows (or values) read
    devices: list[DeviceIn] = field(default_factory=list)
    sources: list[SourceIn] = field(default_factory=list)
    metrics: list[MetricIn] = field(default_factory=list)
    values: list[ValueIn] = field(default_factory=list)
    pairings: list[PairingIn] = field(default_factory=list)  # data packs only
    choices: list[ChoiceIn] = field(default_factory=list)  # data packs only
    facts: list[Any] = field(default_factory=list)  # data packs only: db.importers.pack_facts.FactIn
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[int | None, str, str]] = field(default_factory=list)  # (row, what, why)
    # how values are matched with the store's: see db.importers.plan
    match: str = "exact"  # exact (a pack: every field) | epoch (one Epoch figure per device, metric, qualifier)
    removes: str = "none"  # none | imported (origin 'import' values the file lacks) | epoch (Epoch AI imports)
    device_names: dict[str, str] = field(default_factory=dict)  # slug -> the name the file gives the device

    def data_rows(self, records: list[list[str]], progress: Progress | None = None,
                  every: int = 100) -> Iterator[tuple[int, list[str]]]:
        """(row number as a spreadsheet shows it, cells) for each data row under the header; blank rows are
        passed over, and a row whose cell count differs from the header's is a problem, not yielded."""
        width, total = len(records[0]), len(records) - 1
        for n, rec in enumerate(records[1:]):
            row = n + 2
            if progress is not None and n % every == 0:
                progress(n, total)
            if not any(c.strip() for c in rec):
                continue
            self.rows += 1
            if len(rec) != width:
                self.problems.append(Problem(self.file, f"has {len(rec)} cells where the header has {width}", row))
                continue
            yield row, rec


def finite(x: float) -> bool:
    return not (math.isnan(x) or math.isinf(x))


def slugify(text: str) -> str:
    import re
    import unicodedata
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


def first_date(text: str | None) -> str | None:
    """First ISO-like date in free text ('updated 2026-06-21' -> '2026-06-21'; 'n.d.' -> None), as db.seed reads
    source dates (db.seed itself imports SQLAlchemy, which the importers do without)."""
    import re
    m = re.search(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text or "")
    return "-".join(p for p in m.groups() if p) if m else None
