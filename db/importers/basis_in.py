"""A figure's basis on import: the fields a file states, or those its old single qualifier meant.

Pack version 3 and ChipLens CSV files with the basis columns state each figure's basis; Epoch AI's columns
say it (db.importers.epoch). Packs of versions 1-2 and CSV files without the basis columns carry only the old
`qualifier`: `legacy` reads it exactly as schema 0005 read the stored qualifiers (db.basis.from_legacy for the
words; a 'sparse' figure of a dense row moves to the row's sparse twin; a figure with no qualifier on a dense
compute row is dense, on a directional link row both ways; Cube units only are dense; a number counts what
one of its device is, or one package on a per-accelerator row). Fields an old file does not carry (format,
scope) stay not stated.

A stated basis the metric's row cannot hold (`BasisRule.contradictions`: a sparse figure in a dense row, FP4 in
the FP8 row, a direction on a compute figure) is a problem that names the file, the row and the field
(`basis.sparsity` in a pack, `basis_sparsity` in a CSV); the figure is not imported.
"""
from __future__ import annotations

from dataclasses import replace

from db.basis import DIMENSIONS, Basis, from_legacy
from db.dto import MetricDTO
from db.importers.base import Parsed, Problem, ValueIn
from db.importers.chiplens_json import PICKS_WITH_ERRORS

POWER = "power"


def device_granularity(kind: str, granularity: str | None) -> str:
    """What one of a device counts, when the store or the file does not say: a chip is a package, a system the
    whole system (as schema 0005 set it)."""
    return granularity or ("package" if kind == "chip" else "system")


def legacy(metric: MetricDTO, qualifier: str | None, granularity: str, numeric: bool, has_value: bool,
           metrics: set[str]) -> tuple[str, Basis, str | None, tuple[str, ...]]:
    """(metric key, basis, qualifier kept, the fields the qualifier itself states) of a figure given with an old
    qualifier; `metrics`: the keys known (a sparse figure moves to its twin row only where that row exists)."""
    fields, kept = from_legacy(qualifier, is_power=metric.key == POWER)
    stated = tuple(fields)
    rule, key = metric.rule, metric.key
    if fields.get("sparsity") == "sparse" and rule.sparsity == "dense" and rule.sparse_twin in metrics:
        key = rule.sparse_twin
    if not (qualifier or "").strip() and has_value:
        if rule.sparse_twin:
            fields.setdefault("sparsity", "dense")
        if metric.directional:
            fields.setdefault("direction", "both-ways")
    if fields.get("scope") == "cube":
        fields.setdefault("sparsity", "dense")
    if numeric:
        fields["granularity"] = rule.natural_granularity(granularity)
    return key, Basis.from_mapping(fields), kept, stated


def resolve(parsed: Parsed, metrics: dict[str, MetricDTO], granularity: dict[str, str]) -> None:
    """Give every value of `parsed` its basis: legacy qualifiers mapped, stated bases checked against their row
    (contradictions become problems and the value is left out). `granularity`: device slug -> what one counts."""
    column = "basis_{}" if parsed.format == "csv" else "basis.{}"
    row_name = "value" if parsed.format == "json" else "row"
    keys = set(metrics)
    kept: list[ValueIn] = []
    moved: dict[int, str] = {}  # the Nth value -> the row it moved to
    dropped: set[int] = set()
    for v in parsed.values:
        m = metrics.get(v.metric)
        if m is None:
            kept.append(v)
            continue
        if v.basis is None:
            key, basis, qualifier, stated = legacy(m, v.qualifier, granularity.get(v.device, "package"),
                                           v.value_num is not None, v.value_num is not None or v.value_text is not None,
                                           keys)
            if key != v.metric and v.row is not None:
                moved[v.row] = key
            kept.append(replace(v, metric=key, basis=basis, qualifier=qualifier, stated=stated))
            continue
        wrong = m.rule.contradictions(v.basis)
        if wrong:
            parsed.problems.extend(Problem(parsed.file, f"contradicts {m.key}", v.row, column.format(dim), value,
                                           row_name) for dim, value in wrong)
            if v.row is not None:
                dropped.add(v.row)
            continue
        kept.append(v)
    parsed.values = kept
    choices = []
    for c in parsed.choices:
        if c.value in dropped:
            parsed.problems.append(Problem(parsed.file, PICKS_WITH_ERRORS.format(c.value), c.row, "value",
                                           str(c.value), "choice"))
            continue
        choices.append(replace(c, metric=moved[c.value]) if c.value in moved else c)
    parsed.choices = choices


def same_basis(v: ValueIn, stored: Basis) -> bool:
    """Whether a file's figure has the stored figure's basis; an old file's figure (pack v1-2, CSV without
    basis columns) only in the fields its qualifier states."""
    if v.basis is None:
        return True
    if v.stated is not None:
        return all(getattr(v.basis, d) == getattr(stored, d) for d in v.stated)
    return v.basis == stored


def written_basis(v: ValueIn, stored: Basis | None = None) -> Basis:
    """The basis a file's figure is written with: as stated; an old file's figure changing a stored one keeps
    what the stored figure states beyond the fields of the old qualifier."""
    basis = v.basis or Basis()
    if v.stated is not None and stored is not None:
        basis = Basis(**{d: getattr(basis if d in v.stated else stored, d) for d in DIMENSIONS})
    return basis
