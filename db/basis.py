"""What kind of figure a number is: its basis, as fields, and the one rule that says whether two figures compare.

A figure's basis is its numeric format (FP8, MXFP4...), sparsity (dense or 2:4 sparse), granularity (what one
of it counts: a die, a package, a board of several packages, a superchip, a node, a rack, a whole system),
direction (a link rate one way or both ways), scope (the whole chip or only its Cube / tensor or vector units)
and condition (the power or configuration it holds for, e.g. '1200 W config'). None means the sources do not
say: it is shown as "not stated" and never assumed.

A metric (a row of the comparison) declares which of these matter to it and what it holds (metrics.json,
"basis"): the "Dense FP8" row holds dense figures of the FP8 family only. `check` is the single guard every
view, export, calculator and the command line go through: figures whose stated basis differs are not compared
(a Reason says why), and a ratio between figures whose basis is not stated carries a warning.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace

from db.reasons import BASIS_DIFFERS, BASIS_NOT_STATED, CONDITION_DIFFERS, FORMAT_DIFFERS, Reason

DIMENSIONS = ("format", "sparsity", "granularity", "direction", "scope", "condition")
COLUMNS = tuple(f"basis_{dim}" for dim in DIMENSIONS)  # the store's spec_value columns (and a CSV's), in that order

# the vocabulary of each field (condition is free text, as the source words it)
FORMATS = ("FP64", "FP32", "TF32", "BF16/FP16", "BF16", "FP16", "FP8", "MXFP8", "HiF8", "FP6", "FP4", "MXFP4", "NVFP4",
           "HiF4", "INT8", "INT4")
SPARSITIES = ("dense", "sparse")
GRANULARITIES = ("die", "package", "board", "superchip", "node", "rack", "system", "pod")
DIRECTIONS = ("one-way", "both-ways")
SCOPES = ("whole", "cube", "vector")
VOCABULARY: dict[str, tuple[str, ...]] = {"format": FORMATS, "sparsity": SPARSITIES, "granularity": GRANULARITIES,
                                          "direction": DIRECTIONS, "scope": SCOPES}

# a node, a rack, a pod and a multi-rack system are each "the whole system" of a system device: comparing one
# with another is the point of a system comparison (CloudMatrix 384, 16 racks, vs GB200 NVL72, one rack)
WHOLE_SYSTEM = ("node", "rack", "system", "pod")
# what one of a device counts, per accelerator package: a board or superchip holds several
SPLITTABLE = ("board", "superchip")


def granularity_class(granularity: str | None) -> str | None:
    return "system" if granularity in WHOLE_SYSTEM else granularity


@dataclass(frozen=True)
class Basis:
    format: str | None = None
    sparsity: str | None = None
    granularity: str | None = None
    direction: str | None = None
    scope: str | None = None
    condition: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)

    def columns(self) -> dict[str, str | None]:
        """The fields by their column names (basis_format …)."""
        return dict(zip(COLUMNS, self.as_dict().values()))

    def but(self, **changes: str | None) -> Basis:
        return replace(self, **changes)

    @classmethod
    def from_mapping(cls, data: object) -> Basis:
        """A basis from a mapping with some of the six keys (unknown keys ignored, '' read as not stated)."""
        if not isinstance(data, dict):
            return cls()
        return cls(**{f.name: (str(data[f.name]).strip() or None) if data.get(f.name) is not None else None
                      for f in fields(cls)})


def invalid(basis: Basis) -> list[tuple[str, str]]:
    """(field, value) of each field whose value is not in its vocabulary."""
    return [(dim, value) for dim in VOCABULARY if (value := getattr(basis, dim)) is not None
            and value not in VOCABULARY[dim]]


@dataclass(frozen=True)
class BasisRule:
    """What a metric's row holds and which basis fields matter to it (metrics.json "basis")."""

    dimensions: tuple[str, ...] = ()  # the fields that must match for two figures to compare
    formats: tuple[str, ...] = ()  # the formats of the row's family (empty: any)
    sparsity: str | None = None  # the sparsity the row holds (dense rows: 'dense')
    sparse_twin: str | None = None  # the metric holding the 2:4-sparse figures a dense figure is derived from
    per_accelerator: bool = False  # a per-accelerator metric: a system's figure is per package too

    @classmethod
    def from_json(cls, text: str | None) -> BasisRule:
        data = json.loads(text) if text else {}
        return cls(tuple(data.get("dimensions", ())), tuple(data.get("formats", ())), data.get("sparsity"),
                   data.get("sparse_twin"), bool(data.get("per_accelerator")))

    def to_json(self) -> str:
        data: dict[str, object] = {"dimensions": list(self.dimensions)}
        if self.formats:
            data["formats"] = list(self.formats)
        if self.sparsity:
            data["sparsity"] = self.sparsity
        if self.sparse_twin:
            data["sparse_twin"] = self.sparse_twin
        if self.per_accelerator:
            data["per_accelerator"] = True
        return json.dumps(data, separators=(",", ":"))

    def natural_granularity(self, device_granularity: str) -> str:
        """The granularity a figure of this metric has on a device whose own unit is `device_granularity`."""
        return "package" if self.per_accelerator else device_granularity

    def defaults(self, device_granularity: str) -> Basis:
        """What a figure entered in this row for a device of that granularity is, unless said otherwise: the row's
        plain format and sparsity, the device's own granularity, both ways, the whole chip."""
        dims = self.dimensions
        return Basis(self.formats[0] if self.formats and "format" in dims else None,
                     self.sparsity if "sparsity" in dims else None,
                     self.natural_granularity(device_granularity) if "granularity" in dims else None,
                     "both-ways" if "direction" in dims else None, "whole" if "scope" in dims else None)

    def unstated(self, basis: Basis) -> tuple[str, ...]:
        """The fields that matter to this row and that the figure's sources do not state."""
        return tuple(d for d in self.dimensions if d != "condition" and getattr(basis, d) is None)

    def contradictions(self, basis: Basis) -> list[tuple[str, str]]:
        """(field, value) of each stated field the row cannot hold: a sparse figure in a dense row, an FP4 figure
        in the FP8 row, a direction on a compute figure, a sparsity on a memory figure."""
        out = invalid(basis)
        if self.formats and basis.format is not None and basis.format not in self.formats:
            out.append(("format", basis.format))
        if self.sparsity and basis.sparsity is not None and basis.sparsity != self.sparsity:
            out.append(("sparsity", basis.sparsity))
        for dim in ("format", "sparsity", "direction", "scope"):
            if dim not in self.dimensions and getattr(basis, dim) is not None:
                out.append((dim, getattr(basis, dim)))
        return list(dict.fromkeys(out))


# the short words a cell adds after a figure whose basis is not the row's standard (the full basis is in the
# figure's details); granularity reads 'per board', 'per superchip'...
TAG_WORDS = {("direction", "one-way"): "one way", ("scope", "cube"): "Cube units", ("scope", "vector"): "vector units"}
NOT_STATED = "unstated"
BF16_FAMILY = ("BF16/FP16", "BF16", "FP16")


def tags(rule: BasisRule, basis: Basis, natural: str | None = None) -> list[str]:
    """What a cell says after the number: a format other than the row's plain one (MXFP4), one way, Cube units
    only, a granularity other than the device's own (`natural`), and the fields the sources do not state."""
    out = []
    if basis.format and rule.formats and basis.format != rule.formats[0] and basis.format not in BF16_FAMILY:
        out.append(basis.format)
    out += [TAG_WORDS[(dim, getattr(basis, dim))] for dim in ("direction", "scope")
            if dim in rule.dimensions and (dim, getattr(basis, dim)) in TAG_WORDS]
    if natural is not None and "granularity" in rule.dimensions and basis.granularity is not None \
            and granularity_class(basis.granularity) != granularity_class(natural):
        out.append(f"per {basis.granularity}")
    missing = rule.unstated(basis)
    if missing:
        out.append(f"{', '.join(missing)} {NOT_STATED}")
    return out


@dataclass(frozen=True)
class Verdict:
    """Whether two figures compare: `withheld` says why not; `warnings` why a ratio needs care."""

    withheld: Reason | None = None
    warnings: tuple[Reason, ...] = ()


def check(rule: BasisRule, a: Basis, b: Basis, name_a: str, name_b: str) -> Verdict:
    """The guard: figures that differ in stated sparsity, direction, scope or granularity are not compared;
    unstated fields, different formats of one family and different power conditions are warned about."""
    for dim in ("sparsity", "direction", "scope", "granularity"):
        if dim not in rule.dimensions:
            continue
        va, vb = getattr(a, dim), getattr(b, dim)
        ka, kb = (granularity_class(va), granularity_class(vb)) if dim == "granularity" else (va, vb)
        if ka is not None and kb is not None and ka != kb:
            return Verdict(Reason(BASIS_DIFFERS, (dim, va, vb, name_a, name_b)))
    warnings: list[Reason] = []
    for name, basis in ((name_a, a), (name_b, b)):
        missing = rule.unstated(basis)
        if missing:
            warnings.append(Reason(BASIS_NOT_STATED, (name, ", ".join(missing))))
    if "format" in rule.dimensions and a.format and b.format and a.format != b.format \
            and not {a.format, b.format} <= {"BF16/FP16", "BF16", "FP16"}:
        warnings.append(Reason(FORMAT_DIFFERS, (a.format, b.format)))
    if "condition" in rule.dimensions and a.condition and b.condition and a.condition != b.condition:
        warnings.append(Reason(CONDITION_DIFFERS, (name_a, a.condition, name_b, b.condition)))
    return Verdict(None, tuple(warnings))


# Qualifiers of schema 0004 and packs of versions 1-2, as basis fields (what migration 0005 and the importers do)
LEGACY_QUALIFIERS: dict[str, dict[str, str]] = {
    "dense": {"sparsity": "dense"},
    "sparse": {"sparsity": "sparse"},
    "unidirectional": {"direction": "one-way"},
    "bidirectional": {"direction": "both-ways"},
    "Cube units only": {"scope": "cube"},
}
POWER_QUALIFIERS = ("TDP", "all-in", "sum of chip TDPs")  # what a power figure counts: kept as the qualifier


def from_legacy(qualifier: str | None, is_power: bool = False) -> tuple[dict[str, str], str | None]:
    """(basis fields, qualifier kept) for a qualifier of the old single field; an unknown wording is kept as
    the figure's condition so that nothing is lost."""
    q = (qualifier or "").strip()
    if not q:
        return {}, None
    if q in LEGACY_QUALIFIERS:
        return dict(LEGACY_QUALIFIERS[q]), None
    if is_power and q in POWER_QUALIFIERS:
        return {}, q
    return {"condition": q}, None
