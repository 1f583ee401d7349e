"""Frozen dataclasses of the export-control lens: rules as data, chip figures, and per-device verdicts.

The engine (db.controls) returns numbers, ids and status codes; desktop.present.controls words them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# a test's or rule's outcome for one chip (RuleVerdictDTO.status, TestVerdictDTO.status)
MEETS = "meets"  # every figure it needs is known, and the chip meets it
MEETS_REGARDLESS = "meets_regardless"  # a figure is unknown, but the known ones settle it (910C: TPP alone)
MISSES = "misses"
MISSES_REGARDLESS = "misses_regardless"
UNDECIDED = "undecided"  # a figure it needs is not published
DEPENDS = "depends"  # sources give a figure two values that fall on both sides of a threshold
NOT_ASSESSED = "not_assessed"  # no chip test (a licence policy, guidance, a measure on purchases) or a metric not tracked
NAMED = "named"  # the rule names the product
NOT_NAMED = "not_named"
# a leaf's outcome (LeafResultDTO.status)
LEAF_MET, LEAF_MISSED, LEAF_UNKNOWN, LEAF_DEPENDS, LEAF_NOT_TRACKED = "met", "missed", "unknown", "depends", "not_tracked"
# the chip metrics the engine knows (rule leaves over other metrics are not assessed)
TPP, PD, IO, DRAM = "tpp", "performance_density", "io_bidirectional_gbps", "total_dram_bandwidth_gbps"
CHIP_METRICS = (TPP, PD, IO, DRAM)
# why a chip has no performance density (DeviceVerdictDTO.pd_missing)
PD_NO_DIE_AREA, PD_NO_TPP = "die_area_not_published", "tpp_not_published"
PD_DIE_ONLY = "die_area_per_die_only"  # only one chiplet's area is published, not the package's applicable area


@dataclass(frozen=True)
class ConditionDTO:
    """A node of a rule's condition tree: op 'any_of' / 'all_of' with children, or a leaf metric op value."""

    op: str
    metric: str | None = None
    value: float | bool | None = None
    children: tuple[ConditionDTO, ...] = ()
    applies: str | None = None  # a leaf that applies only in some years ("transfers completed in 2027")


@dataclass(frozen=True)
class RuleTestDTO:
    key: str  # "3A090.a", "eligible_for_case_by_case", "" for a rule's one unnamed test
    effect: str  # db.control_rules.EFFECT_*
    verified: bool | None  # None: the reference does not say
    verified_against: str | None
    note: str
    condition: ConditionDTO


@dataclass(frozen=True)
class RuleNoteDTO:
    key: str
    text: str
    verified: bool | None


@dataclass(frozen=True)
class RuleProductDTO:
    text: str  # as the rule's sources name it
    device_slug: str | None  # the catalog device it names, if any


@dataclass(frozen=True)
class RuleSourceDTO:
    publisher: str
    title: str
    url: str | None
    date: str | None


@dataclass(frozen=True)
class RuleEventDTO:
    uid: str  # a timeline event's uid
    role: str  # db.control_rules.EVENT_ROLES


@dataclass(frozen=True)
class RuleDTO:
    id: str
    name: str
    jurisdiction: str
    kind: str
    effective: str  # ISO date
    ends: str | None  # ISO date, exclusive
    tests: tuple[RuleTestDTO, ...] = ()
    effective_note: str = ""
    ends_note: str = ""
    enacted_by: str = ""
    ended_by: str = ""
    ended_by_rule: str | None = None
    rescinds: str | None = None
    destinations: tuple[str, ...] = ()
    destinations_note: str = ""
    notes: tuple[RuleNoteDTO, ...] = ()
    details: str = "{}"  # JSON: the rule's other conditions as the reference gives them
    products: tuple[RuleProductDTO, ...] = ()
    summary: str = ""
    sources: tuple[RuleSourceDTO, ...] = ()
    confidence: str | None = None
    compliance_date: str | None = None
    events: tuple[RuleEventDTO, ...] = ()
    origin: str = "seed"  # seed | user
    based_on: str | None = None  # a user rule that edits a bundled one: that rule's id

    def in_force(self, on: str) -> bool:
        return self.effective <= on and (self.ends is None or on < self.ends)

    @property
    def unverified(self) -> bool:
        return any(t.verified is False for t in self.tests)


@dataclass(frozen=True)
class FigureDTO:
    """One value of a chip figure a rule needs, with where it comes from."""

    metric: str  # db.control_dto.CHIP_METRICS or "die_area_mm2"
    value: float
    source: str  # publisher(s), or the catalog source's publisher
    origin: str  # catalog | reference
    inferred: bool = False
    approximate: bool = False
    note: str = ""
    source_key: str | None = None  # a catalog source's key
    url: str | None = None
    per_die: bool = False  # an area of one die of several (a chiplet), not the package's


@dataclass(frozen=True)
class ChipFiguresDTO:
    """controls-chip-figures.json as converted: the figures the rules need that the catalog may lack."""

    name: str
    device_slug: str | None
    die_area: tuple[FigureDTO, ...] = ()
    io: tuple[FigureDTO, ...] = ()
    dram: tuple[FigureDTO, ...] = ()
    sources: tuple[RuleSourceDTO, ...] = ()
    confidence: str | None = None


@dataclass(frozen=True)
class LeafResultDTO:
    metric: str
    op: str
    threshold: float | bool | None
    values: tuple[float, ...]  # the chip's values (two where sources disagree)
    status: str  # LEAF_*
    margin: float | None = None  # (value - threshold) ÷ threshold, for one value

    @property
    def met(self) -> bool | None:
        return {LEAF_MET: True, LEAF_MISSED: False}.get(self.status)


@dataclass(frozen=True)
class TestVerdictDTO:
    key: str
    effect: str
    meets: bool | None
    status: str
    deciding: tuple[LeafResultDTO, ...]  # the comparisons that settle it (the margin)
    unknown: tuple[str, ...] = ()  # metrics with no figure that the test reads
    unverified: bool = False


@dataclass(frozen=True)
class RuleVerdictDTO:
    rule_id: str
    name: str
    kind: str
    jurisdiction: str
    origin: str
    in_force: bool
    meets: bool | None
    status: str
    tests: tuple[TestVerdictDTO, ...] = ()
    deciding: tuple[LeafResultDTO, ...] = ()
    unknown: tuple[str, ...] = ()
    unverified: bool = False
    named_as: str | None = None  # the rule's product text that names the chip
    sources: tuple[RuleSourceDTO, ...] = ()
    effect: str = ""  # the effect of the test that settles it


@dataclass(frozen=True)
class DeviceVerdictDTO:
    device_slug: str
    device_name: str
    kind: str  # chip | system
    on: str  # ISO date
    tpp: float | None
    tpp_format: str | None  # the format that sets it ("BF16/FP16")
    tpp_bits: int | None
    tpp_formula: str  # the comparison's own working ("dense BF16/FP16 TFLOPS × 16 (bit length) = 989.4 TFLOPS × 16")
    tpp_missing: str  # why there is none (the comparison's note)
    performance_density: float | None
    pd_missing: str | None  # PD_NO_DIE_AREA / PD_DIE_ONLY / PD_NO_TPP
    die_area: tuple[FigureDTO, ...] = ()
    io: tuple[FigureDTO, ...] = ()
    dram: tuple[FigureDTO, ...] = ()
    rules: tuple[RuleVerdictDTO, ...] = ()
    via_slug: str | None = None  # a system: the chip it is judged through
    via_name: str | None = None
    via_count: int | None = None
    country: str | None = None
    tpp_sources: tuple[str, ...] = field(default=())

    def rule(self, rule_id: str) -> RuleVerdictDTO:
        return next(r for r in self.rules if r.rule_id == rule_id)
