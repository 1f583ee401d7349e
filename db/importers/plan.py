"""Import plans: what a file would add, change, skip and remove, computed without writing; and applying one.

Matching a file's values with the store's:
- `exact` (ChipLens CSV and JSON): a value is identified by device, metric, source and qualifier;
  it is unchanged when every exported field is equal (number, text, basis, approximate, confidence,
  producer, carrier quality, as-of date, note), changed when one differs. A figure of an old file (pack v1-2,
  CSV without the basis columns) compares only the basis fields its old qualifier states (db.importers.basis_in);
  one of a file without producer and carrier quality (pack v1-3, older CSV) does not compare them, and is
  written with the carrier its source's kind implies (db.provenance.default_carrier).
- `epoch`: one Epoch AI figure per device, metric and qualifier; unchanged when the number (or text)
  is the same, whichever Epoch release or bundled copy it came from (an Epoch figure imported earlier
  with another basis is changed).

Figures that a unit slip would explain are held ('hold') and written only when accepted
(db.importers.suspect).
A changed figure updates the store's row when that row was imported or is the user's own; a
bundled (seed) row is never edited, since re-seeding would undo it: the file's figure is added
beside it and the comparison flags the disagreement.

Removals: a JSON pack removes the imported values (origin `import`) it no longer has; an Epoch
file removes the Epoch AI values imported earlier that it no longer has; a ChipLens CSV removes
nothing (it may list only some values). The user's own values and bundled values are never
removed, and nothing is removed while the file has errors.

A JSON pack also carries device definitions (aliases, system composition), every source field, saved
pairings and groups, and value choices: `db.importers.pack_plan` plans and writes those, in the same
plan (preview lines of kind device, composition, source, pairing, choice) and the same transaction.

Origins: rows created by an import are marked `import` (a pack's `user` rows stay `user`), and
both survive re-seeding. A pack's bundled (`seed`) rows keep that mark only in a store with no
bundled data of its own (an empty store, `db.api.create_empty_store`), so that export → import
into an empty store → export gives the same file; elsewhere they become `import`.

Applying (`db.importers.apply`) runs in one IMMEDIATE transaction on a plain sqlite3 connection and
recomputes the plan inside it, so that what is written matches the store at that moment; a file with
errors writes nothing unless the caller asks for the valid rows only.
"""
from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from db.basis import Basis
from db.compare import describe
from db.dto import MetricDTO, ValueDTO
from db.importers import basis_in, chiplens_csv, chiplens_json, epoch, pack_facts, pack_plan, suspect
from db.importers.basis_in import same_basis
from db.importers.store_context import StoreContext, StoreRow, load_context
from db.importers.suspect import Suspect
from db.importers.base import DataImportError, Parsed, Problem, Progress, ValueIn
from db.importers.text import decode, read_records
from db.provenance import default_carrier
from db.read import norm

FORMATS = ("epoch", "csv", "json")
MAX_BYTES = 200_000_000

ORIGIN_WORDS = {"seed": "bundled with ChipLens", "user": "your own value", "import": "imported earlier"}

@dataclass(frozen=True)
class PlanItem:
    """One line of the preview."""

    action: str  # add | change | skip | remove | error
    row: int | None  # where in the file ('row' of a CSV, Nth value of a pack)
    device: str
    metric: str
    before: str  # the store's figure (change, remove, skip)
    after: str  # the file's figure (add, change, skip)
    reason: str
    kind: str = "value"  # value | device | composition | source | pairing | choice | analyst_fact (all but value: packs)
    suspect: Suspect | None = None  # held (action 'hold') or confirmed as unit suspect: why, and the likely reading


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, computed without writing. `apply_import` writes it."""

    file: str
    format: str
    rows: int
    items: tuple[PlanItem, ...]
    errors: tuple[Problem, ...]
    warnings: tuple[str, ...]
    new_devices: tuple[str, ...]
    new_sources: tuple[str, ...]
    new_metrics: tuple[str, ...]
    ignored: tuple[str, ...]  # columns known and deliberately not imported, with why
    parsed: Parsed = field(repr=False, compare=False)
    accept_suspect: bool = False  # the analyst confirmed the figures held as unit suspect: they are imported

    def count(self, action: str, kind: str | None = None) -> int:
        """Preview lines of this action (and kind: value, device, composition, source, pairing, choice)."""
        return sum(1 for i in self.items if i.action == action and (kind is None or i.kind == kind))

    @property
    def added(self) -> int:
        return self.count("add")

    @property
    def changed(self) -> int:
        return self.count("change")

    @property
    def skipped(self) -> int:
        return self.count("skip")

    @property
    def removed(self) -> int:
        return self.count("remove")

    @property
    def held(self) -> int:
        """Figures held as unit suspect, not imported unless confirmed (`accept_suspect`)."""
        return self.count("hold")

    def suspects(self) -> tuple[PlanItem, ...]:
        """The preview lines of figures held, or confirmed, as unit suspect."""
        return tuple(i for i in self.items if i.suspect is not None)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        text = (f"added {self.added}, changed {self.changed}, skipped {self.skipped}, removed {self.removed}, "
                f"errors {len(self.errors)}") + (f", held {self.held}" if self.held else "")
        extra = [f"{len(x)} new {what}" for x, what in ((self.new_devices, "devices"), (self.new_sources, "sources"),
                                                        (self.new_metrics, "metrics")) if x]
        extra += catalog_counts(self.items)
        return text + (f" ({', '.join(extra)})" if extra else "")


def catalog_counts(items: Iterable[PlanItem]) -> list[str]:
    """'pairings and groups: 1 added', … for the preview lines that are not values."""
    out = []
    for kind, what in (("pairing", "pairings and groups"), ("composition", "compositions"), ("choice", "choices"),
                       ("device", "device definitions"), ("source", "source definitions"),
                       (pack_facts.KIND, "analyst facts")):
        counts = [f"{n} {word}" for action, word in (("add", "added"), ("change", "changed"), ("skip", "kept"))
                  if (n := sum(1 for i in items if i.kind == kind and i.action == action))]
        if counts:
            out.append(f"{what}: {', '.join(counts)}")
    return out


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    removed: int
    skipped: int
    new_devices: tuple[str, ...]
    device_slugs: frozenset[str]
    metric_keys: frozenset[str]
    backup: str | None = None  # the safety backup made before writing
    kinds: frozenset[str] = frozenset()  # what else than values changed: device, source, pairing, choice


# ---------------------------------------------------------------- reading a file


def detect_format(data: bytes, name: str) -> str:
    """epoch, csv or json, from the file's content (its name's extension only breaks ties)."""
    head = data[:4096]
    try:
        start = decode(head, name).lstrip()
    except DataImportError:
        start = decode(data, name).lstrip()  # a cut multi-byte character at 4096: decode all (raises if bad)
    except UnicodeDecodeError:
        start = ""
    if start.startswith(("{", "[")) or name.lower().endswith(".json"):
        return "json"
    records, _ = read_records(decode(data, name), name)
    if epoch.looks_like_epoch(records[0]):
        return "epoch"
    if chiplens_csv.looks_like_chiplens(records[0]):
        return "csv"
    raise DataImportError(f"{name}: not a file ChipLens can import: the header has neither Epoch AI's columns "
                          "('Hardware name', …) nor ChipLens CSV columns (device, metric, value); "
                          "a data pack is JSON")


def read_file(conn: sqlite3.Connection, file: Path, fmt: str | None = None,
              progress: Progress | None = None) -> tuple[Parsed, StoreContext]:
    file = Path(file)
    name = file.name
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise DataImportError(f"{name}: {size:,} bytes is too large to import (at most {MAX_BYTES:,})")
        data = file.read_bytes()
    except IsADirectoryError:
        raise DataImportError(f"{file}: is a folder, not a file") from None
    except FileNotFoundError:
        raise DataImportError(f"{file}: no such file") from None
    except OSError as exc:
        raise DataImportError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    return parse_bytes(conn, data, name, fmt, progress)



def metric_rows(ctx: StoreContext, parsed: Parsed) -> dict[str, MetricDTO]:
    """The metric rows a file's figures land in: the store's, and a pack's own where the store has no bundled data
    (a store without the seed takes the pack's rows) or lacks the row."""
    rows = {k: m for k, (_, m) in ctx.metrics.items()}
    for m in parsed.metrics:
        if not ctx.has_seed or m.key not in rows:
            rows[m.key] = m
    return rows

def parse_bytes(conn: sqlite3.Connection, data: bytes, name: str, fmt: str | None = None,
                progress: Progress | None = None) -> tuple[Parsed, StoreContext]:
    if not data.strip():
        raise DataImportError(f"{name}: the file is empty")
    if fmt is not None and fmt not in FORMATS:
        raise DataImportError(f"unknown import format {fmt!r}: use {', '.join(FORMATS)}")
    fmt = fmt or detect_format(data, name)
    ctx = load_context(conn)
    if fmt == "json":
        metrics = {k: (m.kind, m.unit) for k, (_, m) in ctx.metrics.items()}
        parsed = chiplens_json.parse(data, name, set(ctx.devices), metrics, set(ctx.sources), progress)
    else:
        text = decode(data, name)
        if fmt == "epoch":
            parsed = epoch.parse(text, name, ctx.chips(), set(ctx.devices), ctx.metric_units(), progress)
        else:
            csv_metrics: dict[str, tuple[str, str, str]] = {}
            for k, (_, m) in ctx.metrics.items():
                csv_metrics.setdefault(norm(m.label), (k, m.kind, m.unit))
                csv_metrics[norm(k)] = (k, m.kind, m.unit)
            parsed = chiplens_csv.parse(text, name, ctx.aliases, csv_metrics, set(ctx.sources), progress)
    metric_dtos = metric_rows(ctx, parsed)
    granularity = dict(ctx.granularity)
    for d in parsed.devices:
        granularity.setdefault(d.slug, basis_in.device_granularity(d.kind, d.granularity))
    basis_in.resolve(parsed, metric_dtos, granularity)
    default_carriers(parsed, dict(conn.execute("SELECT key, kind FROM source")))
    return parsed, ctx


def default_carriers(parsed: Parsed, kinds: dict[str, str]) -> None:
    """A figure of a file that does not state carrier qualities gets the one its source's kind implies (the
    store's kind of a known source, else the file's); `kinds`: source key -> kind in the store."""
    kinds = {**{s.key: s.kind for s in parsed.sources}, **kinds}
    parsed.values = [v if v.provenance_stated or v.source is None
                     else replace(v, carrier_quality=default_carrier(kinds.get(v.source))) for v in parsed.values]


# ---------------------------------------------------------------- planning


def _close(a: float | None, b: float | None, rel: float) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or math.isclose(a, b, rel_tol=rel, abs_tol=0.0)


class _Planner:
    def __init__(self, parsed: Parsed, ctx: StoreContext, accept_suspect: bool = False):
        self.p, self.ctx = parsed, ctx
        self.accept_suspect = accept_suspect
        self.held: set[int] = set()  # rows of the file held as unit suspect
        self.figures: dict[tuple[str, str], list[StoreRow]] = defaultdict(list)  # (device, metric) -> stored numbers
        for r in ctx.values:
            if r.value_num is not None:
                self.figures[(r.device, r.metric)].append(r)
        self.metrics = metric_rows(ctx, parsed)
        self.names = {s: n for s, (_, n, _) in ctx.devices.items()}
        for d in parsed.devices:
            self.names.setdefault(d.slug, d.name)
        self.publishers = {r.source: r.publisher for r in ctx.values if r.source}
        self.picked: dict[int, str] = {}  # the store uid each of the file's values matched or changes, by row
        self.publishers.update({s.key: s.publisher for s in parsed.sources})

    # keys and equality ---------------------------------------------------------
    def qualifier(self, metric: str, q: str | None) -> str | None:
        m = self.metrics.get(metric)
        return q or (m.default_qualifier if m else None)

    def key(self, device: str, metric: str, source: str | None, q: str | None) -> tuple[object, ...]:
        if self.p.match == "epoch":
            return device, metric, self.qualifier(metric, q)
        return device, metric, source or "", q or ""

    def in_scope(self, r: StoreRow) -> bool:
        """Whether a store row takes part in matching (Epoch files only match Epoch AI figures)."""
        return self.p.match != "epoch" or r.publisher == epoch.PUBLISHER

    def same(self, v: ValueIn, r: StoreRow) -> bool:
        if self.p.match == "epoch":  # a bundled copy of an Epoch figure states the basis the reference gives it
            return _close(v.value_num, r.value_num, 1e-9) and v.value_text == r.value_text and (
                r.origin == "seed" or same_basis(v, r.basis))
        return (_close(v.value_num, r.value_num, 1e-12) and v.value_text == r.value_text
                and same_basis(v, r.basis)
                and (v.qualifier or None) == (r.qualifier or None) and v.approximate == r.approximate
                and (v.confidence or None) == (r.confidence or None) and (v.source or None) == (r.source or None)
                and (v.as_of or None) == (r.as_of or None) and (v.note or "") == (r.note or "")
                and (not v.provenance_stated or ((v.producer or None) == (r.producer or None)
                                                 and (v.carrier_quality or None) == (r.carrier_quality or None))))

    def removable(self, r: StoreRow) -> bool:
        if r.origin != "import":
            return False
        if self.p.removes == "imported":
            return True
        return self.p.removes == "epoch" and r.publisher == epoch.PUBLISHER and (r.source or "").startswith("epoch-mlhw-")

    # unit suspects ---------------------------------------------------------------
    def suspect(self, v: ValueIn) -> Suspect | None:
        m = self.metrics.get(v.metric)
        return suspect.check(v, self.figures, self.publishers.get(v.source or "") or v.source or "",
                             m.unit if m else "")

    def hold(self, v: ValueIn, items: list[PlanItem], item: PlanItem) -> bool:
        """Add the preview line of a figure to add or change; True when it is held as unit suspect (not written)."""
        found = self.suspect(v)
        if found is not None and not self.accept_suspect:
            if v.row is not None:
                self.held.add(v.row)
            items.append(replace(item, action="hold", suspect=found))
            return True
        items.append(replace(item, suspect=found))
        return False

    # display ---------------------------------------------------------------------
    def show(self, device: str, metric: str, num: float | None, text: str | None, q: str | None, approx: bool,
             source: str | None, publisher: str | None, as_of: str | None, basis: Basis | None = None) -> str:
        m = self.metrics.get(metric)
        if m is None:
            return str(num if num is not None else text)
        v = ValueDTO("", device, metric, num, text, q, approx, None, None, as_of, "", basis=basis or Basis())
        shown = describe(v, m)
        who = publisher or self.publishers.get(source or "", "") or source
        return f"{shown} — {who}" if who else shown

    def show_in(self, v: ValueIn) -> str:
        publisher = self.publishers.get(v.source or "")
        return self.show(v.device, v.metric, v.value_num, v.value_text, v.qualifier, v.approximate, v.source,
                         publisher, v.as_of, v.basis)

    def show_row(self, r: StoreRow) -> str:
        return self.show(r.device, r.metric, r.value_num, r.value_text, r.qualifier, r.approximate, r.source,
                         r.publisher, r.as_of, r.basis)

    def label(self, metric: str) -> str:
        m = self.metrics.get(metric)
        return m.label if m else metric

    def diff(self, v: ValueIn, r: StoreRow) -> str:
        changes = []
        if not _close(v.value_num, r.value_num, 1e-12) or v.value_text != r.value_text:
            changes.append("figure")
        if not same_basis(v, r.basis):
            changes.append("basis")
        for name, a, b in (("qualifier", v.qualifier, r.qualifier), ("approximate", v.approximate, r.approximate),
                           ("confidence", v.confidence, r.confidence), ("source", v.source, r.source),
                           ("as-of date", v.as_of, r.as_of), ("note", v.note or "", r.note or ""),
                           *((("producer", v.producer, r.producer), ("carrier quality", v.carrier_quality,
                                                                      r.carrier_quality)) if v.provenance_stated else ())):
            if (a or None) != (b or None):
                changes.append(name)
        return "changed: " + ", ".join(changes) if changes else "changed"

    # the plan --------------------------------------------------------------------
    def run(self) -> tuple[list[PlanItem], list[tuple[str, ValueIn]], list[tuple[StoreRow, ValueIn]], list[StoreRow]]:
        items: list[PlanItem] = []
        adds: list[tuple[str, ValueIn]] = []  # (origin to store, value)
        changes: list[tuple[StoreRow, ValueIn]] = []
        removes: list[StoreRow] = []
        for row, what, why in self.p.skipped:
            if row is not None:
                items.append(PlanItem("skip", row, what, "", "", "", why))
        store: dict[tuple[object, ...], list[StoreRow]] = defaultdict(list)
        for r in self.ctx.values:
            if self.in_scope(r):
                store[self.key(r.device, r.metric, r.source, r.qualifier)].append(r)
        matched: set[str] = set()
        first_row: dict[tuple[object, ...], int | None] = {}
        seen_keys: set[tuple[object, ...]] = set()
        for v in self.p.values:
            k = self.key(v.device, v.metric, v.source, v.qualifier)
            seen_keys.add(k)
            name, label = self.names.get(v.device, v.device), self.label(v.metric)
            if self.p.match == "epoch":
                if k in first_row:
                    items.append(PlanItem("skip", v.row, name, label, "", self.show_in(v),
                                          f"row {first_row[k]} already gives this device's {label}"))
                    continue
                first_row[k] = v.row
            group = [r for r in store.get(k, ()) if r.uid not in matched]
            same = next((r for r in group if self.same(v, r)), None)
            if same is not None:
                matched.add(same.uid)
                if v.row is not None:
                    self.picked[v.row] = same.uid
                items.append(PlanItem("skip", v.row, name, label, self.show_row(same), self.show_in(v),
                                      f"already in the store ({ORIGIN_WORDS.get(same.origin, same.origin)})"))
                continue
            editable = next((r for r in group if r.origin in ("user", "import")), None)
            if editable is not None:
                matched.add(editable.uid)
                if self.hold(v, items, PlanItem("change", v.row, name, label, self.show_row(editable),
                                                self.show_in(v), self.diff(v, editable))):
                    continue
                if v.row is not None:
                    self.picked[v.row] = editable.uid
                changes.append((editable, v))
                continue
            origin = v.origin
            if origin == "seed" and self.ctx.has_seed:
                origin = "import"
            bundled = next((r for r in group if r.origin == "seed"), None)
            reason = (f"differs from the bundled figure {self.show_row(bundled)}; kept beside it" if bundled
                      else "new device" if v.device not in self.ctx.devices else "new value")
            if not self.hold(v, items, PlanItem("add", v.row, name, label, "", self.show_in(v), reason)):
                adds.append((origin, v))
        if self.p.removes != "none" and not self.p.problems:
            for k, rows in store.items():
                for r in rows:
                    if r.uid not in matched and self.removable(r):
                        removes.append(r)
                        why = ("no longer in the file" if k in seen_keys or self.p.match == "exact"
                               else "the file no longer gives this figure")
                        items.append(PlanItem("remove", None, self.names.get(r.device, r.device),
                                              self.label(r.metric), self.show_row(r), "", why))
        errors = [PlanItem("error", pr.row, "", pr.column or "", "", pr.value or "", pr.reason, pack_facts.KIND)
                  if pr.row_name == pack_facts.FACT_ROW else  # a code, worded by desktop.present.beyond
                  PlanItem("error", pr.row, "", pr.column or "", "", pr.value or "",
                           f"'{pr.value}' {pr.reason}" if pr.value else pr.reason) for pr in self.p.problems]
        return errors + items, adds, changes, removes


def make_plan(parsed: Parsed, ctx: StoreContext, accept_suspect: bool = False) -> tuple[ImportPlan, tuple[Any, ...]]:
    """The plan, and the work `db.importers.apply.write` does; `accept_suspect`: the figures a plan would hold as
    unit suspect are imported (the analyst confirmed them)."""
    planner = _Planner(parsed, ctx, accept_suspect)
    items, adds, changes, removes = planner.run()
    catalog = pack_plan.CatalogWork()
    if ctx.catalog is not None and parsed.format == "json":
        lines, catalog = pack_plan.plan_catalog(parsed, ctx.catalog, ctx.has_seed, planner.picked, planner)
        fact_lines, catalog.facts = pack_facts.plan(parsed.facts, ctx.facts)
        items += [PlanItem(*line) for line in lines + fact_lines]
    new_devices = tuple(d.name for d in parsed.devices if d.slug not in ctx.devices)
    new_sources = tuple(s.key for s in parsed.sources if s.key not in ctx.sources)
    new_metrics = tuple(m.key for m in parsed.metrics if m.key not in ctx.metrics)
    warnings = list(parsed.warnings)
    if parsed.problems and parsed.removes != "none":
        warnings.append(f"{parsed.file}: nothing is removed while the file has errors")
    ignored = tuple(f"{what}: {why}" for row, what, why in parsed.skipped if row is None)
    plan = ImportPlan(parsed.file, parsed.format, parsed.rows, tuple(items), tuple(parsed.problems), tuple(warnings),
                      new_devices, new_sources, new_metrics, ignored, parsed, accept_suspect)
    return plan, (adds, changes, removes, catalog)


def refuse_if_errors(plan: ImportPlan, valid_only: bool) -> None:
    if plan.errors and not valid_only:
        n = len(plan.errors)
        raise DataImportError(f"{plan.file}: {n} error{'s' if n != 1 else ''}; nothing was imported. Fix the file, "
                              "or import only the valid rows.", plan.errors)
