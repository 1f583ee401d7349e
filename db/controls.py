"""The export-control engine: for a chip's figures and a date, each rule's verdict with the arithmetic.

Pure functions over DTOs (no SQL, no Qt). Conditions are three-valued: a leaf whose figure is unknown is
None, `all_of` is False if any child is False, `any_of` True if any child is True, otherwise None. A verdict
that holds although a figure is unknown says so (910C: TPP alone settles 3A090.a); a leaf whose figure has
two values on both sides of the threshold (H800 I/O: 300 or 400 GB/s) is DEPENDS. A verdict resting on a
test the reference marks verified=false is flagged unverified. Systems are judged through their chip.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from db.control_dto import (CHIP_METRICS, DEPENDS, LEAF_DEPENDS, LEAF_MET, LEAF_MISSED, LEAF_NOT_TRACKED,
                            LEAF_UNKNOWN, MEETS, MEETS_REGARDLESS, MISSES, MISSES_REGARDLESS, NAMED, NOT_ASSESSED,
                            NOT_NAMED, PD, PD_DIE_ONLY, PD_NO_DIE_AREA, PD_NO_TPP, TPP, UNDECIDED, ConditionDTO, DeviceVerdictDTO,
                            FigureDTO, LeafResultDTO, RuleDTO, RuleTestDTO, RuleVerdictDTO, TestVerdictDTO)

_OPS = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
        "==": lambda a, b: a == b}


@dataclass(frozen=True)
class ChipInputs:
    """What the engine reads of one chip: its TPP as the comparison shows it, and the figures rules need."""

    slug: str
    name: str
    tpp: float | None
    die_area: tuple[FigureDTO, ...] = ()
    io: tuple[FigureDTO, ...] = ()
    dram: tuple[FigureDTO, ...] = ()

    def performance_density(self) -> tuple[float | None, str | None]:
        """TPP ÷ die area (the first, preferred area), or why it cannot be computed."""
        if self.tpp is None:
            return None, PD_NO_TPP
        if not self.die_area or not self.die_area[0].value:
            return None, PD_NO_DIE_AREA
        if self.die_area[0].per_die:  # a chiplet's area would inflate the density by the number of dies
            return None, PD_DIE_ONLY
        return self.tpp / self.die_area[0].value, None

    def values(self) -> dict[str, tuple[float, ...]]:
        """metric -> its distinct values (empty: not published)."""
        pd, _ = self.performance_density()
        return {TPP: () if self.tpp is None else (self.tpp,), PD: () if pd is None else (pd,),
                "io_bidirectional_gbps": _distinct(self.io), "total_dram_bandwidth_gbps": _distinct(self.dram)}


def _distinct(figures: Iterable[FigureDTO]) -> tuple[float, ...]:
    out: list[float] = []
    for f in figures:
        if all(abs(f.value - v) > 1e-9 for v in out):
            out.append(f.value)
    return tuple(out)


# ---- three-valued evaluation -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Result:
    value: bool | None
    deciding: tuple[LeafResultDTO, ...]
    leaves: tuple[LeafResultDTO, ...]  # every leaf evaluated (to tell "regardless of the unknown")


def evaluate_leaf(c: ConditionDTO, values: Mapping[str, tuple[float, ...]]) -> LeafResultDTO:
    metric = c.metric or ""
    if metric not in CHIP_METRICS:
        return LeafResultDTO(metric, c.op, c.value, (), LEAF_NOT_TRACKED)
    have = values.get(metric, ())
    if not have or isinstance(c.value, bool) or c.value is None:
        return LeafResultDTO(metric, c.op, c.value, have, LEAF_UNKNOWN)
    outcomes = {_OPS[c.op](v, c.value) for v in have}
    margin = (have[0] - c.value) / c.value if c.value and len(have) == 1 else None
    if len(outcomes) > 1:
        return LeafResultDTO(metric, c.op, c.value, have, LEAF_DEPENDS)
    return LeafResultDTO(metric, c.op, c.value, have, LEAF_MET if outcomes.pop() else LEAF_MISSED, margin)


def evaluate(c: ConditionDTO, values: Mapping[str, tuple[float, ...]]) -> _Result:
    if c.op not in ("any_of", "all_of"):
        leaf = evaluate_leaf(c, values)
        return _Result(leaf.met, (leaf,), (leaf,))
    kids = [evaluate(k, values) for k in c.children]
    leaves = tuple(x for k in kids for x in k.leaves)
    settle = c.op == "any_of"  # any_of is settled by a True child, all_of by a False one
    hits = [k for k in kids if k.value is settle]
    if hits:
        return _Result(settle, tuple(x for k in hits[:1 if settle else len(hits)] for x in k.deciding), leaves)
    open_ = [k for k in kids if k.value is None]
    if open_:
        return _Result(None, tuple(x for k in open_ for x in k.deciding), leaves)
    return _Result(not settle, tuple(x for k in kids for x in k.deciding), leaves)


def judge_test(test: RuleTestDTO, values: Mapping[str, tuple[float, ...]]) -> TestVerdictDTO:
    r = evaluate(test.condition, values)
    unknown = tuple(dict.fromkeys(x.metric for x in r.leaves if x.status == LEAF_UNKNOWN))
    unverified = test.verified is False
    if any(x.status == LEAF_NOT_TRACKED for x in r.leaves) and r.value is None:
        return TestVerdictDTO(test.key, test.effect, None, NOT_ASSESSED, (), unknown, unverified)
    if r.value is None:
        status = DEPENDS if any(x.status == LEAF_DEPENDS for x in r.deciding) else UNDECIDED
    elif unknown or any(x.status == LEAF_DEPENDS for x in r.leaves):
        status = MEETS_REGARDLESS if r.value else MISSES_REGARDLESS
    else:
        status = MEETS if r.value else MISSES
    return TestVerdictDTO(test.key, test.effect, r.value, status, r.deciding, unknown, unverified)


def _combine(tests: tuple[TestVerdictDTO, ...]) -> tuple[bool | None, tuple[TestVerdictDTO, ...]]:
    """A rule with several tests (3A090.a, 3A090.b) is met when any test is: (meets, the tests that settle it)."""
    assessed = [t for t in tests if t.status != NOT_ASSESSED]
    met = [t for t in assessed if t.meets is True]
    if met:
        return True, tuple(met[:1])
    open_ = [t for t in assessed if t.meets is None]
    if open_:
        return None, tuple(open_)
    return (False, tuple(assessed)) if assessed else (None, ())


def judge_rule(rule: RuleDTO, chip: ChipInputs, on: str,
               values: Mapping[str, tuple[float, ...]] | None = None) -> RuleVerdictDTO:
    """One rule's verdict for the chip (`values`: chip.values(), when already computed)."""
    base = RuleVerdictDTO(rule.id, rule.name, rule.kind, rule.jurisdiction, rule.origin, rule.in_force(on), None,
                          NOT_ASSESSED, sources=rule.sources)
    if rule.tests:
        values = chip.values() if values is None else values
        tests = tuple(judge_test(t, values) for t in rule.tests)
        meets, settling = _combine(tests)
        if not settling:
            return replace(base, tests=tests)
        statuses = {t.status for t in settling}
        if meets is None:
            status = DEPENDS if DEPENDS in statuses else UNDECIDED
        elif statuses & {MEETS_REGARDLESS, MISSES_REGARDLESS}:
            status = MEETS_REGARDLESS if meets else MISSES_REGARDLESS
        else:
            status = MEETS if meets else MISSES
        return replace(base, meets=meets, status=status, tests=tests,
                       deciding=tuple(x for t in settling for x in t.deciding),
                       unknown=tuple(dict.fromkeys(m for t in settling for m in t.unknown)),
                       unverified=any(t.unverified for t in settling), effect=settling[0].effect)
    named = [p for p in rule.products if p.device_slug]
    if named:
        hit = next((p for p in named if p.device_slug == chip.slug), None)
        return replace(base, meets=hit is not None, status=NAMED if hit else NOT_NAMED,
                       named_as=hit.text if hit else None)
    return base


def judge(chip: ChipInputs, rules: Iterable[RuleDTO], on: str) -> tuple[RuleVerdictDTO, ...]:
    """Every rule's verdict for the chip on `on` (ISO date), rules in date order."""
    return tuple(judge_rule(r, chip, on) for r in sorted(rules, key=lambda r: (r.effective, r.id)))


def _metrics_read(c: ConditionDTO) -> set[str]:
    return {c.metric} if c.metric is not None else {m for k in c.children for m in _metrics_read(k)}


class Judged:
    """`judge` for many chips with the same rules and day. A rule's verdict rests only on the chip's values of the
    metrics its tests read (a rule without tests: on whether it names the chip), so a verdict is computed once for
    each distinct set of those values and shared by every chip that has it: the rules without a chip test, the
    tests of figures few chips publish, and chips with copied figures cost nothing more; distinct figures are
    judged one by one."""

    def __init__(self, rules: Iterable[RuleDTO], on: str) -> None:
        self.rules = tuple(sorted(rules, key=lambda r: (r.effective, r.id)))
        self.on = on
        self._reads = [tuple(sorted({m for t in r.tests for m in _metrics_read(t.condition)})) for r in self.rules]
        self._names = [frozenset(p.device_slug for p in r.products if p.device_slug) for r in self.rules]
        self._done: dict[tuple[object, ...], RuleVerdictDTO] = {}

    def __call__(self, chip: ChipInputs) -> tuple[RuleVerdictDTO, ...]:
        values = chip.values()
        out = []
        for i, rule in enumerate(self.rules):
            if rule.tests:
                key: tuple[object, ...] = (i, *(values.get(m) for m in self._reads[i]))
            else:
                key = (i, chip.slug if chip.slug in self._names[i] else None)
            found = self._done.get(key)
            if found is None:
                found = self._done[key] = judge_rule(rule, chip, self.on, values)
            out.append(found)
        return tuple(out)


def device_verdict(chip: ChipInputs, rules: Iterable[RuleDTO], on: str, *, device_slug: str | None = None,
                   device_name: str | None = None, kind: str = "chip", tpp_format: str | None = None,
                   tpp_bits: int | None = None, tpp_formula: str = "", tpp_missing: str = "",
                   via_count: int | None = None, country: str | None = None,
                   tpp_sources: tuple[str, ...] = (), judged: Judged | None = None) -> DeviceVerdictDTO:
    """A device's verdicts: a chip's own, or a system's through its chip (`chip`, with the system's slug and
    name in device_slug / device_name)."""
    pd, missing = chip.performance_density()
    system = kind == "system"
    return DeviceVerdictDTO(
        device_slug or chip.slug, device_name or chip.name, kind, on, chip.tpp, tpp_format, tpp_bits, tpp_formula,
        tpp_missing, pd, missing, chip.die_area, chip.io, chip.dram,
        judge(chip, rules, on) if judged is None else judged(chip),
        via_slug=chip.slug if system else None, via_name=chip.name if system else None,
        via_count=via_count if system else None, country=country, tpp_sources=tpp_sources)


def effective_rules(seed: Iterable[RuleDTO], user: Iterable[RuleDTO]) -> tuple[RuleDTO, ...]:
    """The rules in use: the bundled ones, each replaced by the analyst's version of it if there is one, and the
    analyst's own rules."""
    mine = {r.id: r for r in user}
    out = [mine.pop(r.id, r) for r in seed]
    return tuple(sorted(out + list(mine.values()), key=lambda r: (r.effective, r.id)))
