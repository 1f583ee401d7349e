"""Side-by-side comparison: which figure each cell shows, derived figures, ratios, scale-to-match.

Pure functions over DTOs (no SQL, no Qt), shared by the window and the command line so that
both show the same figures.

Each device's figure for a metric is its own headline, the same in every comparison (see `rank`): the
analyst's pick for that device, or else its most preferred figure. Where the sides' figures come from
different sources or methods the row says so (`RowDTO.provenance_note`) instead of switching one side's
number; where they differ in kind the ratio is withheld or warned (db.basis.check).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from db.basis import SPLITTABLE, check, granularity_class, tags
from db.disagreement import flag as _disagreement
from db.dto import CellDTO, ComparisonDTO, ComponentDTO, DeviceDTO, MetricDTO, RowDTO, ValueDTO
from db.provenance import carrier_rank
from db.reasons import (BASELINE_ZERO, METHODS_DIFFER, OTHER_ZERO, QUALIFIERS_DIFFER, SOURCES_DIFFER,
                        SOURCES_DIFFER_SHARED, Reason)
from db.units import PLAIN, NumberStyle, format_quantity, format_ratio

CONFIDENCE_RANK = {"official": 0, "third-party": 1, "reported": 2}
UNKNOWN_CONFIDENCE = 3  # a confidence not stated ranks after every known one
NOT_PUBLISHED = "not published"
NOT_APPLICABLE = "not applicable"
# how a derived figure was made, in order of preference after a stored one: the device's own 2:4-sparse figure
# halved (1), computed from its parts or from the other direction (2), a board's or superchip's figure split per
# package (3). Confidence comes first: an official total of the parts beats a reported sparse figure halved.
STORED, HALVED, DERIVED, SPLIT = 0, 1, 2, 3
# what ValueDTO.made says of a figure ChipLens worked out
MADE_HALVED, MADE_DOUBLED, MADE_SPLIT, MADE_FROM_PARTS, MADE_BY_FORMULA = "halved", "doubled", "split", "from parts", \
    "formula"
_HOW = {MADE_HALVED: HALVED, MADE_SPLIT: SPLIT}
PACKAGE = "package"  # what a board's or superchip's figure is split into


@dataclass
class Bundle:
    """Everything read from the store that a comparison of two devices needs."""

    metrics: list[MetricDTO]
    devices: dict[str, DeviceDTO]
    values: dict[tuple[str, str], list[ValueDTO]]
    components: dict[str, list[ComponentDTO]] = field(default_factory=dict)
    choices: dict[tuple[str, str], str] = field(default_factory=dict)


def kind(v: ValueDTO, metric: MetricDTO) -> tuple[str | None, ...]:
    """What must match for two figures of this row to be the same kind: what a power figure counts, and the
    sparsity, direction, scope and granularity the row cares about (a node, rack or system all count as one)."""
    dims = metric.rule.dimensions
    b = v.basis
    return (v.qualifier, *(granularity_class(b.granularity) if d == "granularity" else getattr(b, d)
                           for d in ("sparsity", "direction", "scope", "granularity") if d in dims))


def _nonstandard(v: ValueDTO, metric: MetricDTO, natural: str | None) -> int:
    """How far a figure is from what the row stands for on this device: sparsity not the row's, one way
    rather than both, Cube units only, or another granularity than the device's own."""
    rule, b = metric.rule, v.basis
    n = int(rule.sparsity is not None and b.sparsity != rule.sparsity)
    n += int("direction" in rule.dimensions and b.direction == "one-way")
    n += int(b.scope == "cube")
    if natural is not None and "granularity" in rule.dimensions:
        n += int(granularity_class(b.granularity) != granularity_class(natural))
    return n


def _date_key(iso: str | None) -> int:
    if not iso:
        return 0
    parts = (iso.split("-") + ["00", "00"])[:3]
    return -int("".join(p.zfill(2) for p in parts))


def _how(v: ValueDTO) -> int:
    """STORED, HALVED, DERIVED or SPLIT (a figure the reference itself derived counts as DERIVED)."""
    if not v.is_derived:
        return STORED
    return _HOW.get(v.made, DERIVED)


def confidence_rank(confidence: str | None) -> int:
    """0 official, 1 third-party, 2 reported, 3 not stated."""
    return CONFIDENCE_RANK.get(confidence, UNKNOWN_CONFIDENCE)


def rank(v: ValueDTO, metric: MetricDTO, natural: str | None = None) -> tuple:
    """Preference: a number before a text on a number row; the row's standard kind (dense, both ways, whole chip,
    the device's own granularity, the row's usual power qualifier), worked out if need be, before a figure of
    another kind; among those, a figure read on its producer's own page, then on a reputable relay, before one
    resting on a weak relay (db.provenance); official first; stored before derived; exact before approximate;
    stated basis fields before unstated ones; newest first."""
    text_on_number = int(metric.kind == "number" and v.value_num is None)
    usual = int(metric.default_qualifier is not None and v.qualifier not in (None, metric.default_qualifier))
    return (text_on_number, _nonstandard(v, metric, natural) + usual, carrier_rank(v.carrier_quality),
            confidence_rank(v.confidence), _how(v), int(v.approximate),
            len(metric.rule.unstated(v.basis)), _date_key(v.as_of))


def describe(v: ValueDTO, metric: MetricDTO, style: NumberStyle = PLAIN, natural: str | None = None) -> str:
    """How a value reads in a cell: '752 TFLOPS', '900 GB/s (one way)', '≈600 kW (all-in)', '708 TFLOPS (Cube
    units only)', '1,000 TFLOPS (format, sparsity not stated)', '96 TFLOPS (per board)'."""
    if v.value_num is None:
        return v.value_text or NOT_PUBLISHED
    text = format_quantity(v.value_num, metric.unit, style, v.approximate)
    words = ([v.qualifier] if v.qualifier else []) + tags(metric.rule, v.basis, natural)
    return text + (f" ({'; '.join(words)})" if words else "")


def not_applicable(metric: MetricDTO, device: DeviceDTO) -> str:
    """Why a metric does not apply to a device ('' when it does)."""
    if metric.key == "composition" and device.kind == "chip":
        return "a single chip has no system composition"
    if metric.key == "tpp" and device.kind != "chip":
        return "TPP is defined per chip"
    if metric.aggregate == "per_accelerator" and device.kind == "chip":
        return "systems only"
    return ""


class _Candidates:
    def __init__(self, bundle: Bundle, per_package: bool, style: NumberStyle):
        self.b = bundle
        self.metrics = {m.key: m for m in bundle.metrics}
        self.per_package = per_package
        self.style = style  # the figures inside a formula read like the cells

    def natural(self, slug: str, metric: MetricDTO) -> str | None:
        """The granularity this device's figures of this row have: its own, or per package when asked."""
        device = self.b.devices.get(slug)
        if device is None:
            return None
        if self.per_package and self.splittable(device):
            return PACKAGE
        return metric.rule.natural_granularity(device.granularity)

    @staticmethod
    def splittable(device: DeviceDTO) -> bool:
        return device.granularity in SPLITTABLE and bool(device.packages)

    def stored(self, slug: str, key: str) -> list[ValueDTO]:
        return [v for v in self.b.values.get((slug, key), []) if not v.is_gap]

    def gap_note(self, slug: str, key: str) -> str:
        return next((v.note for v in self.b.values.get((slug, key), []) if v.is_gap and v.note), "")

    def of(self, slug: str, metric: MetricDTO, directions: bool = True) -> list[ValueDTO]:
        if metric.key == "composition":
            return self._composition(slug)
        cands = self.stored(slug, metric.key)
        twin = self.metrics.get(metric.rule.sparse_twin)  # None when the row has no sparse twin
        if twin is not None:
            cands = cands + [self._halved(v, metric, twin) for v in self.stored(slug, twin.key) if v.value_num is not None]
        device = self.b.devices.get(slug)
        if device is not None and device.kind == "system" and metric.aggregate and \
                not any(v.value_num is not None and not v.is_derived for v in cands):
            cands = cands + self._aggregated(slug, metric)
        if directions and metric.directional:
            cands = cands + [self._bidirectional(v, metric) for v in cands
                             if v.value_num is not None and v.basis.direction == "one-way"]
        if device is not None and self.per_package and self.splittable(device):  # per package in place of per board
            cands = [self._split(v, metric, device) if v.value_num is not None and v.basis.granularity ==
                     device.granularity else v for v in cands]
        natural = self.natural(slug, metric)
        return sorted(cands, key=lambda v: rank(v, metric, natural))

    def _composition(self, slug: str) -> list[ValueDTO]:
        if not (comps := self.b.components.get(slug)):
            return []
        text = " + ".join(f"{c.count:,} × {c.name}" if c.count else c.name for c in comps)
        worst = max(comps, key=lambda c: confidence_rank(c.confidence))
        sources = sorted({c.source.publisher for c in comps if c.source})
        src = next((c.source for c in comps if c.source), None)
        return [ValueDTO(f"composition:{slug}", slug, "composition", None, text, None, False, src, worst.confidence,
                         src.date_sort if src else None, "counts from " + "; ".join(sources) if sources else "")]

    @staticmethod
    def _from(v: ValueDTO, uid: str, made: str, number: float, formula: str, **basis: str | None) -> ValueDTO:
        return replace(v, uid=uid, value_num=number, value_text=None, derived=True, formula=formula,
                       inputs=(v,), basis=v.basis.but(**basis), origin="derived", made=made)

    def _bidirectional(self, v: ValueDTO, metric: MetricDTO) -> ValueDTO:
        return self._from(v, f"bidir:{v.uid}", MADE_DOUBLED, 2 * v.value_num, f"2 × {describe(v, metric, self.style)}",
                          direction="both-ways")

    def _halved(self, v: ValueDTO, metric: MetricDTO, twin: MetricDTO) -> ValueDTO:
        """A dense figure from a 2:4-sparse one: sparsity doubles the quoted peak, so dense = sparse ÷ 2."""
        return replace(self._from(v, f"halved:{v.uid}", MADE_HALVED, v.value_num / 2,
                                  f"{twin.label}: {describe(v, twin, self.style)} ÷ 2", sparsity="dense"),
                       metric_key=metric.key)

    def _split(self, v: ValueDTO, metric: MetricDTO, device: DeviceDTO) -> ValueDTO:
        """Per package from a board's or superchip's figure: ÷ the packages it holds."""
        n = device.packages  # set: only a splittable device's figures are split
        return self._from(v, f"split:{v.uid}", MADE_SPLIT, v.value_num / n,
                          f"{describe(v, metric, self.style, natural=PACKAGE)} ÷ {n}", granularity=PACKAGE)

    def _aggregated(self, slug: str, metric: MetricDTO) -> list[ValueDTO]:
        """A system's figure from its one kind of accelerator, when the system has none of its own: a total (count ×
        the chip's figure, or count × the system's own per-accelerator figure), the chip's own figure or text (via its
        composition), or the system's figure per accelerator (÷ count)."""
        accel = [c for c in self.b.components.get(slug, []) if c.role == "accelerator"]
        if len(accel) != 1 or not accel[0].count:
            return []
        comp = accel[0]
        system = self.b.devices[slug].granularity
        count_src = f" (count: {comp.source.publisher})" if comp.source else ""
        out = []
        if metric.aggregate == "per_accelerator":  # the system's own figure ÷ its accelerators
            whole = self.metrics[metric.inputs[0]]
            for cv in self._numbers(slug, whole):
                out.append(self._derived(slug, metric, cv.value_num / comp.count, cv,
                                         f"{describe(cv, whole, self.style)} ÷ {comp.count:,} {comp.name}{count_src}",
                                         granularity=PACKAGE))
            return out
        if metric.inputs:  # a whole-domain total from the system's own per-accelerator figure
            per_metric = self.metrics[metric.inputs[0]]
            for cv in self._numbers(slug, per_metric):
                out.append(self._derived(slug, metric, comp.count * cv.value_num, cv,
                                         f"{comp.count:,} × {describe(cv, per_metric, self.style)} per accelerator"
                                         f"{count_src}",
                                         granularity=system))
            return out
        if not comp.device_slug:
            return []
        if metric.aggregate == "same" and metric.kind != "number":  # the chip's own words, via the composition
            return [self._derived(slug, metric, None, cv, f"{cv.value_text} (via {comp.count:,} × {comp.name})",
                                  text=cv.value_text)
                    for cv in self.of(comp.device_slug, metric) if cv.value_text]
        for cv in self._numbers(comp.device_slug, metric):
            if metric.aggregate == "sum":
                q = "sum of chip TDPs" if metric.key == "power" else cv.qualifier
                out.append(self._derived(slug, metric, comp.count * cv.value_num, cv,
                                         f"{comp.count:,} × {describe(cv, metric, self.style)} ({comp.name}){count_src}",
                                         q,
                                         granularity=system))
            elif metric.aggregate == "same":
                out.append(self._derived(slug, metric, cv.value_num, cv,
                                         f"{describe(cv, metric, self.style)} ({comp.name})"))
        return out

    def _numbers(self, slug: str, metric: MetricDTO) -> list[ValueDTO]:
        """A part's figures a total is made from: numbers, as published (a one-way figure is doubled once, on the
        total)."""
        return [v for v in self.of(slug, metric, directions=False) if v.value_num is not None]

    @staticmethod
    def _derived(slug: str, metric: MetricDTO, number: float | None, cv: ValueDTO, formula: str,
                 q: str | None = None, text: str | None = None, **basis: str | None) -> ValueDTO:
        return ValueDTO(f"derived:{slug}:{cv.uid}", slug, metric.key, number, text, q if q is not None else cv.qualifier,
                        cv.approximate, cv.source, cv.confidence, cv.as_of, cv.note, derived=True, formula=formula,
                        inputs=(cv,), basis=cv.basis.but(**basis), origin="derived", producer=cv.producer,
                        carrier_quality=cv.carrier_quality, made=MADE_FROM_PARTS)


def _first(cands: list[ValueDTO], uid: str | None) -> ValueDTO | None:
    if uid is not None:
        return next((v for v in cands if v.uid == uid), None)
    return cands[0] if cands else None


def _select(cands: list[list[ValueDTO]], uids: list[str | None]) -> tuple[list[ValueDTO | None], list[bool]]:
    """The figure each device's cell shows: the analyst's pick for that device and metric, or else the device's
    most preferred figure. The choice is the device's own, never the comparison's, so that a device reads the
    same in every comparison, export and brief; where the sides' figures differ in kind the ratio says why."""
    picks = [_first(c, u) for c, u in zip(cands, uids)]
    user = [p is not None and u is not None for p, u in zip(picks, uids)]
    return [p or _first(c, None) for p, c in zip(picks, cands)], user


def _lineage(v: ValueDTO) -> tuple[str | None, bool]:
    """Where a shown figure comes from: its source (a derived figure's: its input's) and whether ChipLens
    worked it out."""
    root = v
    while root.inputs:
        root = root.inputs[0]
    return (root.source.key if root.source else None), v.is_derived


def _provenance_note(metric: MetricDTO, cells: list[CellDTO]) -> Reason | None:
    """Why the sides' figures are not from one source or method: METHODS_DIFFER (one stated, another worked out),
    SOURCES_DIFFER_SHARED (naming a source that gives a figure of the same kind for every device) or
    SOURCES_DIFFER."""
    shown = [c for c in cells if c.value is not None and c.value.value_num is not None]
    if metric.kind != "number" or len(shown) < 2:
        return None
    lineages = [_lineage(c.value) for c in shown]
    if len({derived for _, derived in lineages}) > 1:
        return Reason(METHODS_DIFFER)
    if len({key for key, _ in lineages}) == 1:
        return None
    per_device = [{v.source.key: v.source for v in c.candidates if v.source and v.value_num is not None
                   and not v.is_derived and kind(v, metric) == kind(c.value, metric)} for c in shown]
    shared = set.intersection(*(set(d) for d in per_device))
    if shared:
        return Reason(SOURCES_DIFFER_SHARED, (per_device[0][min(shared)].publisher,))
    return Reason(SOURCES_DIFFER)


def _input(v: ValueDTO, metric: MetricDTO, style: NumberStyle) -> str:
    """An input of a formula as it reads: its figure and tags, and the condition it holds for ('2,500 TFLOPS [1200 W
    config]'), so that a derived figure states its inputs' basis."""
    return describe(v, metric, style) + (f" [{v.basis.condition}]" if v.basis.condition else "")


def _derived_metric(metric: MetricDTO, device: DeviceDTO, inputs: dict[str, ValueDTO | None],
                    metrics: dict[str, MetricDTO], style: NumberStyle = PLAIN) -> tuple[ValueDTO | None, str]:
    """Compute a derived metric from the figures the comparison shows; (value, note when missing)."""
    used = [inputs.get(k) for k in metric.inputs]
    needed = ", ".join(metrics[k].label for k in metric.inputs)
    if any(v is None or v.value_num is None for v in used):
        return None, f"needs {needed}: not published"
    if metric.key == "tpp" and (used[0].basis.sparsity != "dense" or used[0].basis.scope == "cube"):
        return None, "needs a dense 16-bit figure counting all units"
    conditions = {v.basis.condition for v in used if v.basis.condition}
    if metric.key == "bf16_per_watt" and len(conditions) > 1:
        return None, " vs ".join(sorted(conditions))
    if metric.key == "tpp":
        number = used[0].value_num * 16
        formula = f"{_input(used[0], metrics['bf16_dense'], style)} × 16"
    else:
        num, den = used
        if den.value_num == 0:
            return None, f"{metrics[metric.inputs[1]].label} is zero"
        number = num.value_num / den.value_num
        formula = f"{_input(num, metrics[metric.inputs[0]], style)} ÷ {_input(den, metrics[metric.inputs[1]], style)}"
    worst = max(used, key=lambda v: confidence_rank(v.confidence))
    note = "; ".join(f"{metrics[v.metric_key].label}: {v.source.publisher if v.source else 'derived'}" for v in used)
    value = ValueDTO(f"formula:{device.slug}:{metric.key}", device.slug, metric.key, number, None, None,
                     any(v.approximate for v in used), None, worst.confidence,
                     max((v.as_of for v in used if v.as_of), default=None), note, derived=True,
                     formula=f"{metric.formula} = {formula}", inputs=tuple(used), made=MADE_BY_FORMULA)
    return value, ""


def _ratio(metric: MetricDTO, a: ValueDTO | None, b: ValueDTO | None, style: NumberStyle,
           zero: str = OTHER_ZERO, names: tuple[str, str] = ("", "")):
    """(a ÷ b, its text, whether a is better than b (None: equal, no sense of better, no ratio), why there is no
    ratio (a Reason or None), the warnings that go with the ratio (db.basis.check))."""
    if metric.kind != "number" or a is None or b is None or a.value_num is None or b.value_num is None:
        return None, "", None, None, ()
    if a.qualifier != b.qualifier:
        return None, "", None, Reason(QUALIFIERS_DIFFER, (a.qualifier, b.qualifier)), ()
    verdict = check(metric.rule, a.basis, b.basis, *names)
    if verdict.withheld is not None:
        return None, "", None, verdict.withheld, ()
    if b.value_num == 0:
        return None, "", None, Reason(zero), ()
    r = a.value_num / b.value_num
    better = None
    if metric.higher_is_better is not None and abs(r - 1) > 1e-9:
        better = (r > 1) == metric.higher_is_better
    return r, format_ratio(r, style), better, None, verdict.warnings


def _cells(bundle: Bundle, cands: _Candidates, metric: MetricDTO, devices: list[DeviceDTO],
           chosen: dict[tuple[str, str], ValueDTO | None], style: NumberStyle) -> list[CellDTO]:
    metrics = cands.metrics
    if metric.derived:
        cells = []
        for d in devices:
            v, note = _derived_metric(metric, d, {k: chosen.get((d.slug, k)) for k in metric.inputs}, metrics, style)
            # a computed figure has no basis of its own, so no granularity to tag
            cells.append(CellDTO(d.slug, v, describe(v, metric, style) if v else NOT_PUBLISHED, (v,) if v else (),
                                 gap_note=note))
    else:
        lists = [cands.of(d.slug, metric) for d in devices]
        values, user = _select(lists, [bundle.choices.get((d.slug, metric.key)) for d in devices])
        cells = []
        for d, v, c, u in zip(devices, values, lists, user):
            chosen[(d.slug, metric.key)] = v
            cells.append(CellDTO(d.slug, v, describe(v, metric, style, cands.natural(d.slug, metric)) if v
                                 else NOT_PUBLISHED, tuple(c),
                                 _disagreement(v, c, metric, style), cands.gap_note(d.slug, metric.key), u))
    return [CellDTO(c.device_slug, None, NOT_APPLICABLE, (), gap_note=why) if (why := not_applicable(metric, d)) else c
            for c, d in zip(cells, devices)]


def _row(metric: MetricDTO, cells: list[CellDTO], baseline: int, style: NumberStyle,
         names: tuple[str, ...]) -> RowDTO:
    base = cells[baseline].value
    out = []
    for i, c in enumerate(cells):
        if i == baseline:
            out.append(c)
            continue
        r, text, better, note, warn = _ratio(metric, c.value, base, style, BASELINE_ZERO, (names[i], names[baseline]))
        out.append(replace(c, ratio=r, ratio_display=text, ratio_note=note, ratio_warnings=warn,
                           better=better))
    other = next(i for i in range(len(cells)) if i != baseline)
    r, text, better, note, warn = _ratio(metric, cells[other].value, base, style, OTHER_ZERO,
                                         (names[other], names[baseline]))
    better_index = None if better is None else (other if better else baseline)
    best: tuple[int, ...] = ()
    comparable = [i for i, c in enumerate(out) if i == baseline and base is not None or c.ratio is not None]
    if metric.higher_is_better is not None and base is not None and base.value_num is not None \
            and len(comparable) >= 2 and any(out[i].better is not None for i in comparable if i != baseline):
        nums = {i: cells[i].value.value_num for i in comparable}
        top = (max if metric.higher_is_better else min)(nums.values())
        best = tuple(i for i in comparable if abs(nums[i] - top) <= 1e-9 * max(abs(top), 1))
    return RowDTO(metric, tuple(out), r, text, better_index, note, best, warn, _provenance_note(metric, out))


def compare_devices(bundle: Bundle, slugs: list[str] | tuple[str, ...], baseline: int | None = None,
                    style: NumberStyle = PLAIN, per_package: bool = False) -> ComparisonDTO:
    """Compare 2 to 4 devices side by side, with ratios against the `baseline` column (default: the
    second device, so that a pair reads A ÷ B). `per_package`: a board's or superchip's figures split per
    accelerator package (÷ the packages it holds), to compare it with single packages."""
    if not 2 <= len(slugs) <= 4:
        raise ValueError(f"compare 2 to 4 devices, not {len(slugs)}")
    baseline = 1 if baseline is None else baseline
    if not 0 <= baseline < len(slugs):
        raise ValueError(f"baseline column {baseline} is not one of the {len(slugs)} devices")
    cands = _Candidates(bundle, per_package, style)
    devices = [bundle.devices[s] for s in slugs]
    names = tuple(d.name for d in devices)
    chosen: dict[tuple[str, str], ValueDTO | None] = {}
    rows = [_row(m, _cells(bundle, cands, m, devices, chosen, style), baseline, style, names)
            for m in bundle.metrics]
    comps = tuple(tuple(bundle.components.get(s, ())) for s in slugs)
    splittable = tuple(i for i, d in enumerate(devices) if cands.splittable(d))
    return ComparisonDTO(tuple(devices), tuple(rows), comps, baseline, per_package, splittable)


def build_comparison(bundle: Bundle, slug_a: str, slug_b: str, style: NumberStyle = PLAIN) -> ComparisonDTO:
    """A pair: A ÷ B."""
    return compare_devices(bundle, [slug_a, slug_b], style=style)


def headlines(bundle: Bundle) -> dict[tuple[str, str], tuple[ValueDTO, tuple[ValueDTO, ...]]]:
    """Every device's headline figure per metric, with all its candidates (preferred first): the figure each
    comparison shows in its cell (`_select`), keyed by (device slug, metric key). Derived metrics (computed from
    other rows) and rows that do not apply to a device are left out."""
    cands = _Candidates(bundle, False, PLAIN)
    out: dict[tuple[str, str], tuple[ValueDTO, tuple[ValueDTO, ...]]] = {}
    for slug, device in bundle.devices.items():
        for metric in bundle.metrics:
            if metric.derived or metric.key == "composition" or not_applicable(metric, device):
                continue
            found = cands.of(slug, metric)
            (shown,), _ = _select([found], [bundle.choices.get((slug, metric.key))])
            if shown is not None:
                out[(slug, metric.key)] = (shown, tuple(found))
    return out


def derived_for(bundle: Bundle, slug: str, key: str, shown: dict | None = None,
                style: NumberStyle = PLAIN) -> tuple[ValueDTO | None, str]:
    """One device's derived figure (TPP, TFLOPS per watt...) exactly as every comparison shows it: the same
    headline inputs (`headlines`, passed as `shown` when already computed), the same formula; (value, why none)."""
    metrics = {m.key: m for m in bundle.metrics}
    metric, device = metrics[key], bundle.devices[slug]
    if why := not_applicable(metric, device):
        return None, why
    shown = headlines(bundle) if shown is None else shown
    inputs = {k: shown[(slug, k)][0] if (slug, k) in shown else None for k in metric.inputs}
    return _derived_metric(metric, device, inputs, metrics, style)
