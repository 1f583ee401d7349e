"""ChipLens CSV: one value a row, the columns `chiplens export data -o FILE.csv` writes.

A CSV carries values only (with their sources' publisher, title, URL and date); device and metric
definitions, aliases, compositions, pairings and groups, and value choices travel in a JSON data pack.

| column | on import |
|---|---|
| `device` | required: slug, name or alias of a device in the store |
| `metric` | required: metric key (`bf16_dense`) or label (`Dense BF16/FP16`) |
| `value` | a number in `unit` (or in the metric's canonical unit; or with its unit in the cell, `3.35 TB/s`), or text for text/date metrics; a word without digits (`not supported`) or a range (`1.7–1.8 TB/s`) is kept as text on a number metric; empty: a recorded gap ("not published") |
| `unit` | the unit of `value` (`TFLOPS`, `PFLOPS`, `GB`, `TB/s`, `Gbit/s`, `W`, `kW`, …), converted to the canonical unit; empty: canonical |
| `qualifier` | what a power figure counts: `TDP`, `all-in`, `sum of chip TDPs`; in a file without the basis columns, also the old words `dense`, `sparse`, `unidirectional`, `bidirectional`, `Cube units only` (read as below) |
| `basis_format` | the numeric format: `BF16/FP16`, `FP8`, `MXFP4`, `INT8`, … (db.basis.FORMATS); empty: not stated |
| `basis_sparsity` | `dense` or `sparse`; empty: not stated |
| `basis_granularity` | what one of the figure counts: `die`, `package`, `board`, `superchip`, `node`, `rack`, `system`, `pod`; empty: not stated |
| `basis_direction` | a link rate `one-way` or `both-ways`; empty: not stated |
| `basis_scope` | `whole`, `cube` or `vector` units; empty: not stated |
| `basis_condition` | the power or configuration the figure holds for, as the source words it (`1200 W config`) |
| `approximate` | `True`/`False` (also `1`/`0`, `yes`/`no`; empty: False) |
| `confidence` | `official`, `third-party`, `reported` or empty |
| `producer` | who produced the figure: `vendor`, `analyst firm (SemiAnalysis)`, `press report`, … (db.provenance); empty: not stated |
| `carrier_quality` | how good the page it was read on is: `primary`, `reputable-relay`, `weak-relay`, `derived`; empty: not stated |
| `source` | key of a source in the store; an unknown key is created from `publisher`, `title`, `url`, `source_date` |
| `as_of` | the date the figure refers to: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` |
| `note` | text |
| `origin` | where the row came from: `seed`, `user` or `import` (empty: `import`); not who produced the figure |
| `device_name`, `metric_label`, `display` | written by the export for people; ignored on import |

A file with any of the six basis columns (what `export data` writes since pack version 3) states each
figure's basis: a figure whose basis its metric's row cannot hold (a `sparse` figure in a dense row) is an
error naming the row and column, not imported. A file without them is read as older ChipLens files were
meant: its `qualifier` is mapped as schema 0005 mapped stored qualifiers (db.importers.basis_in: `sparse`
figures of a dense row go to its sparse twin row, an empty qualifier on a dense compute row means dense, on
a directional link row both ways).

A file without the `producer` and `carrier_quality` columns (written before pack version 4) imports its
figures with no producer stated and the carrier quality their source's kind implies
(db.provenance.default_carrier), none when the kind says nothing; a carrier quality outside the vocabulary is an
error naming the row and the column, not imported.

Every figure is checked as the value dialog checks it (db.units.check_figure: finite, not negative, 0 or within a
million times the bundled figures of its unit); a word that reads as a number (`NaN`, `inf`) is no text figure.

Headers are matched case-insensitively; columns in any order; unknown columns are reported and
ignored. Spreadsheet files are read too (see `db.importers.text`): BOM, UTF-16, `;` separators,
decimal commas. Cells that the export escaped against formula injection ('=…) are read back as written.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from db.basis import COLUMNS as BASIS_COLUMNS
from db.basis import DIMENSIONS, Basis
from db.importers.base import (DataImportError, Parsed, Problem, Progress, SourceIn, ValueIn, file_origin, finite,
                               first_date)
from db.importers.text import parse_number, read_records, unescape_cell
from db.provenance import CARRIERS
from db.read import norm
from db.units import (PLAIN, FigureError, NumberStyle, QuantityError, UnitError, check_figure, check_figure_text,
                      parse_quantity, to_canonical)

DECIMAL_COMMA = NumberStyle(group=".", point=",")

COLUMNS = ("device", "device_name", "metric", "metric_label", "value", "unit", "display", "qualifier",
           "approximate", "confidence", "producer", "carrier_quality", "source", "publisher", "title", "url", "source_date", "as_of", "note",
           "origin", *BASIS_COLUMNS)
REQUIRED = ("device", "metric", "value")
RANGE = re.compile(r"^\s*[0-9][0-9,.]*\s*[-–]\s*[0-9][0-9,.]*(\s+\S+)?\s*$")  # '1.7–1.8 TB/s', '190-230 kW'
INFORMATIVE = ("device_name", "metric_label", "display")
CONFIDENCES = ("official", "third-party", "reported")
_TRUE = {"true", "1", "yes", "y", "x", "vrai", "wahr"}
_FALSE = {"false", "0", "no", "n", "", "faux", "falsch"}
_ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _quantity(text: str, unit: str, decimal_comma: bool) -> float | None:
    """A figure typed with its unit in the cell, in the canonical unit; None if it is not one."""
    for style in ((DECIMAL_COMMA, PLAIN) if decimal_comma else (PLAIN,)):
        try:
            return parse_quantity(text, unit, style)
        except (QuantityError, ValueError):
            continue
    return None


def _figure(value: float | str, unit: str, bad: Callable[[str, str], None]) -> float | None:
    """A number read as a figure of its row (db.units.check_figure), or text that reads as no number; else the
    problem is told to `bad` (column value) and None returned."""
    try:
        if isinstance(value, str):
            check_figure_text(value, unit)
            return None
        return check_figure(value, unit)
    except FigureError as exc:
        bad("value", str(exc))
        return None


def looks_like_chiplens(header: list[str]) -> bool:
    names = {norm(unescape_cell(h)) for h in header}
    return set(REQUIRED) <= names


def parse(text: str, name: str, devices: dict[str, str], metrics: dict[str, tuple[str, str, str]],
          sources: set[str], progress: Progress | None = None) -> Parsed:
    """Read a ChipLens CSV text. `devices`: normalised slug/name/alias -> slug; `metrics`: normalised
    key or label -> (key, kind, canonical unit); `sources`: keys of the store's sources."""
    records, sep = read_records(text, name)
    header = [norm(unescape_cell(h)) for h in records[0]]
    out = Parsed(name, "csv", match="exact", removes="none")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DataImportError(f"{name}: no column {', '.join(missing)}; a ChipLens CSV needs the columns "
                              f"{', '.join(REQUIRED)} (see the README, 'Importing data')")
    col = {}
    for i, h in enumerate(header):
        if h in col:
            raise DataImportError(f"{name}: the column '{records[0][i]}' appears twice")
        if h in COLUMNS:
            col[h] = i
        elif h:
            out.warnings.append(f"{name}: column {i + 1} '{records[0][i]}' is not a ChipLens CSV column; "
                                "it was not imported")
    decimal_comma = sep != ","
    has_basis = any(c in col for c in BASIS_COLUMNS)
    has_provenance = "producer" in col or "carrier_quality" in col
    new_sources: dict[str, SourceIn] = {}
    for row, rec in out.data_rows(records, progress, every=500):

        def cell(key: str, rec: list[str] = rec) -> str:
            i = col.get(key)
            return unescape_cell(rec[i]) if i is not None else ""

        problems: list[Problem] = []

        def bad(column: str, reason: str, problems: list[Problem] = problems, row: int = row) -> None:
            problems.append(Problem(name, reason, row, column, cell(column)))

        slug = devices.get(norm(cell("device")))
        if not cell("device").strip():
            bad("device", "is empty: every row needs a device")
        elif slug is None:
            bad("device", "is not a device in this store (slug, name or alias)")
        metric = metrics.get(norm(cell("metric")))
        if not cell("metric").strip():
            bad("metric", "is empty: every row needs a metric")
        elif metric is None:
            bad("metric", "is not a metric key or label")
        value_num, value_text = None, None
        raw = cell("value")
        if metric is not None and raw.strip():
            _key, kind, unit = metric
            if kind == "number":
                number = parse_number(raw, decimal_comma)
                if number is not None and finite(number):
                    source_unit = cell("unit").strip()
                    try:
                        value_num = _figure(to_canonical(number, source_unit, unit) if source_unit else number, unit, bad)
                    except UnitError:
                        bad("unit", f"cannot be converted to {unit or 'a plain number'}")
                elif RANGE.match(raw):  # '1.7–1.8 TB/s': a range is kept as the source's text, with its unit
                    in_cell = RANGE.match(raw).group(1)  # type: ignore[union-attr]
                    value_text = raw.strip() if in_cell or not cell("unit").strip() else f"{raw.strip()} {cell('unit').strip()}"
                elif any(ch.isdigit() for ch in raw) and not cell("unit").strip():
                    value_num = _quantity(raw, unit, decimal_comma)  # '3.35 TB/s', '1,2 PFLOPS'
                    if value_num is None:
                        bad("value", "is not a number")
                    else:
                        value_num = _figure(value_num, unit, bad)
                elif cell("unit").strip():
                    bad("value", "is not a number")
                else:
                    value_text = raw
                    _figure(raw, unit, bad)  # 'NaN', 'inf': not a word a source gives
            else:
                value_text = raw
        approx = cell("approximate").strip().casefold()
        if approx not in _TRUE | _FALSE:
            bad("approximate", "is not True or False")
        confidence = cell("confidence").strip() or None
        if confidence is not None and confidence not in CONFIDENCES:
            bad("confidence", f"is not one of {', '.join(CONFIDENCES)}")
        carrier = cell("carrier_quality").strip() or None
        if carrier is not None and carrier not in CARRIERS:
            bad("carrier_quality", f"is not one of {', '.join(CARRIERS)}")
        as_of = cell("as_of").strip() or None
        if as_of is not None and not _ISO.match(as_of):
            bad("as_of", "is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
        origin = file_origin(cell("origin").strip() or "import")
        if origin not in ("seed", "user", "import"):
            bad("origin", "is not seed, user or import")
        source_key = cell("source").strip() or None
        publisher = cell("publisher").strip()
        if source_key is None and publisher:
            digest = hashlib.sha1("|".join((publisher, cell("title"), cell("url"), cell("source_date")))
                                  .encode()).hexdigest()[:12]
            source_key = f"import-{digest}"
        if source_key is not None and source_key not in sources and source_key not in new_sources:
            if not publisher:
                bad("source", "is not a source in this store (give its publisher to add it)")
            elif not problems:
                url = cell("url").strip() or None
                new_sources[source_key] = SourceIn(source_key, publisher, cell("title").strip(), url,
                                                   cell("source_date").strip(), first_date(cell("source_date")))
        if problems:
            out.problems.extend(problems)
            continue
        assert slug is not None and metric is not None  # otherwise a problem was found above
        basis = Basis.from_mapping({dim: cell(column) for dim, column in zip(DIMENSIONS, BASIS_COLUMNS)}) \
            if has_basis else None
        out.values.append(ValueIn(slug, metric[0], value_num, value_text, cell("qualifier").strip() or None,
                                  approx in _TRUE, confidence, source_key, as_of, cell("note"), "", origin, row,
                                  basis, producer=cell("producer").strip() or None, carrier_quality=carrier,
                                  provenance_stated=has_provenance))
    if progress is not None:
        progress(len(records) - 1, len(records) - 1)
    out.sources = list(new_sources.values())
    return out
