"""Side-by-side comparison: which figure each cell shows, derived figures, ratios, scale-to-match.

Pure functions over DTOs (no SQL, no Qt), shared by the window and the command line so that
both show the same figures.

Preference: official before third-party before reported; stored before derived; exact before
approximate; the metric's standard qualifier (dense, bidirectional) before others; newest
first. For a pair, two refinements keep the comparison like-for-like: when the preferred
figures carry different qualifiers (unidirectional vs bidirectional) the best pair with a
common qualifier is taken, and when the same source gives equally preferred figures for both
devices, that source is used on both sides. A user's explicit pick always wins.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from db.dto import (CellDTO, ComparisonDTO, ComponentDTO, DeviceDTO, MetricDTO, RowDTO, ScaleMatchDTO,
                    ValueDTO)
from db.units import PLAIN, NumberStyle, format_number, format_quantity, format_ratio, scale

CONFIDENCE_RANK = {"official": 0, "third-party": 1, "reported": 2}
DISAGREEMENT = 0.05  # flag when sources differ by more than 5%
NOT_PUBLISHED = "not published"
NOT_APPLICABLE = "not applicable"
SHORT_QUALIFIERS = {"unidirectional": "uni-dir.", "bidirectional": "bi-dir.", "Cube units only": "Cube units only"}


@dataclass
class Bundle:
    """Everything read from the store that a comparison of two devices needs."""

    metrics: list[MetricDTO]
    devices: dict[str, DeviceDTO]
    values: dict[tuple[str, str], list[ValueDTO]]
    components: dict[str, list[ComponentDTO]] = field(default_factory=dict)
    choices: dict[tuple[str, str], str] = field(default_factory=dict)


def qualifier(v: ValueDTO, metric: MetricDTO) -> str | None:
    return v.qualifier or metric.default_qualifier


def _date_key(iso: str | None) -> int:
    if not iso:
        return 0
    parts = (iso.split("-") + ["00", "00"])[:3]
    return -int("".join(p.zfill(2) for p in parts))


def rank(v: ValueDTO, metric: MetricDTO) -> tuple:
    nondefault = int(metric.default_qualifier is not None and qualifier(v, metric) != metric.default_qualifier)
    text_on_number = int(metric.kind == "number" and v.value_num is None)
    return (CONFIDENCE_RANK.get(v.confidence or "", 3), text_on_number, int(v.is_derived), int(v.approximate),
            nondefault, _date_key(v.as_of))


def describe(v: ValueDTO, metric: MetricDTO, style: NumberStyle = PLAIN) -> str:
    """How a value reads in a cell: '752 TFLOPS', '900 GB/s (unidirectional)', '≈600 kW (all-in)'."""
    if v.value_num is None:
        return v.value_text or NOT_PUBLISHED
    text = format_quantity(v.value_num, metric.unit, style, v.approximate)
    q = v.qualifier
    if q and (q != metric.default_qualifier or metric.key == "power"):
        text += f" ({SHORT_QUALIFIERS.get(q, q)})"
    return text


def not_applicable(metric: MetricDTO, device: DeviceDTO) -> str:
    """Why a metric does not apply to a device ('' when it does)."""
    if metric.key == "composition" and device.kind == "chip":
        return "a single chip has no system composition"
    if metric.key == "tpp" and device.kind != "chip":
        return "TPP is defined per chip"
    return ""


class _Candidates:
    def __init__(self, bundle: Bundle):
        self.b = bundle
        self.metrics = {m.key: m for m in bundle.metrics}

    def stored(self, slug: str, key: str) -> list[ValueDTO]:
        return [v for v in self.b.values.get((slug, key), []) if not v.is_gap]

    def gap_note(self, slug: str, key: str) -> str:
        return next((v.note for v in self.b.values.get((slug, key), []) if v.is_gap and v.note), "")

    def of(self, slug: str, metric: MetricDTO, directions: bool = True) -> list[ValueDTO]:
        if metric.key == "composition":
            return self._composition(slug)
        cands = self.stored(slug, metric.key)
        device = self.b.devices.get(slug)
        if device is not None and device.kind == "system" and metric.aggregate and \
                not any(v.value_num is not None for v in cands):
            cands = cands + self._aggregated(slug, metric)
        if directions and metric.directional:
            cands = cands + [self._bidirectional(v, metric) for v in cands
                             if v.value_num is not None and qualifier(v, metric) == "unidirectional"]
        return sorted(cands, key=lambda v: rank(v, metric))

    def _composition(self, slug: str) -> list[ValueDTO]:
        comps = self.b.components.get(slug, [])
        if not comps:
            return []
        text = " + ".join(f"{c.count:,} × {c.name}" if c.count else c.name for c in comps)
        worst = max(comps, key=lambda c: CONFIDENCE_RANK.get(c.confidence or "", 3))
        sources = sorted({c.source.publisher for c in comps if c.source})
        src = next((c.source for c in comps if c.source), None)
        return [ValueDTO(f"composition:{slug}", slug, "composition", None, text, None, False, src, worst.confidence,
                         src.date_sort if src else None, "counts from " + "; ".join(sources) if sources else "")]

    def _bidirectional(self, v: ValueDTO, metric: MetricDTO) -> ValueDTO:
        formula = f"2 × {describe(v, metric)}, counting both directions"
        return ValueDTO(f"bidir:{v.uid}", v.device_slug, v.metric_key, 2 * v.value_num, None, "bidirectional",
                        v.approximate, v.source, v.confidence, v.as_of, v.note, derived=True, formula=formula,
                        inputs=(v,))

    def _aggregated(self, slug: str, metric: MetricDTO) -> list[ValueDTO]:
        accel = [c for c in self.b.components.get(slug, []) if c.role == "accelerator"]
        if len(accel) != 1 or not accel[0].count:
            return []
        comp = accel[0]
        count_src = f" (count: {comp.source.publisher})" if comp.source else ""
        out = []
        if metric.inputs:  # a whole-domain total from the system's own per-accelerator figure
            per_metric = self.metrics[metric.inputs[0]]
            for cv in self.of(slug, per_metric, directions=False):
                if cv.value_num is None:
                    continue
                out.append(self._derived(slug, metric, comp.count * cv.value_num, cv,
                                         f"{comp.count:,} × {describe(cv, per_metric)} per accelerator{count_src}"))
            return out
        if not comp.device_slug:
            return []
        for cv in self.of(comp.device_slug, metric, directions=False):
            if cv.value_num is None:
                continue
            if metric.aggregate == "sum":
                q = "sum of chip TDPs" if metric.key == "power" else cv.qualifier
                out.append(self._derived(slug, metric, comp.count * cv.value_num, cv,
                                         f"{comp.count:,} × {describe(cv, metric)} per {comp.name}{count_src}", q))
            elif metric.aggregate == "same":
                out.append(self._derived(slug, metric, cv.value_num, cv, f"per-accelerator figure of {comp.name}"))
        return out

    @staticmethod
    def _derived(slug: str, metric: MetricDTO, number: float, cv: ValueDTO, formula: str,
                 q: str | None = None) -> ValueDTO:
        return ValueDTO(f"derived:{slug}:{cv.uid}", slug, metric.key, number, None, q if q is not None else cv.qualifier,
                        cv.approximate, cv.source, cv.confidence, cv.as_of, cv.note, derived=True, formula=formula,
                        inputs=(cv,))


def _first(cands: list[ValueDTO], uid: str | None) -> ValueDTO | None:
    if uid is not None:
        return next((v for v in cands if v.uid == uid), None)
    return cands[0] if cands else None


def _select(metric: MetricDTO, ca: list[ValueDTO], cb: list[ValueDTO], uid_a: str | None,
            uid_b: str | None) -> tuple[ValueDTO | None, ValueDTO | None, bool, bool]:
    pick_a, pick_b = _first(ca, uid_a), _first(cb, uid_b)
    user_a, user_b = pick_a is not None and uid_a is not None, pick_b is not None and uid_b is not None
    a, b = pick_a or _first(ca, None), pick_b or _first(cb, None)
    if a is None or b is None or (user_a and user_b):
        return a, b, user_a, user_b
    numeric = metric.kind == "number" and a.value_num is not None and b.value_num is not None
    if numeric and qualifier(a, metric) != qualifier(b, metric):
        qa = {qualifier(v, metric) for v in ca if v.value_num is not None} if not user_a else {qualifier(a, metric)}
        qb = {qualifier(v, metric) for v in cb if v.value_num is not None} if not user_b else {qualifier(b, metric)}
        options = []
        for q in qa & qb:
            va = a if user_a else next(v for v in ca if v.value_num is not None and qualifier(v, metric) == q)
            vb = b if user_b else next(v for v in cb if v.value_num is not None and qualifier(v, metric) == q)
            score = tuple(x + y for x, y in zip(rank(va, metric)[:5], rank(vb, metric)[:5]))
            options.append((score, va.uid, va, vb))
        if options:
            _, _, a, b = min(options, key=lambda o: (o[0], o[1]))
    if not (user_a or user_b) and a.source and b.source and a.source.key != b.source.key:
        tier_a = [v for v in ca if rank(v, metric)[:5] == rank(a, metric)[:5] and qualifier(v, metric) == qualifier(a, metric)]
        tier_b = [v for v in cb if rank(v, metric)[:5] == rank(b, metric)[:5] and qualifier(v, metric) == qualifier(b, metric)]
        keys_b = {v.source.key: v for v in tier_b if v.source}
        shared = next((v for v in tier_a if v.source and v.source.key in keys_b), None)
        if shared is not None:
            a, b = shared, keys_b[shared.source.key]
    return a, b, user_a, user_b


def _disagreement(chosen: ValueDTO | None, cands: list[ValueDTO], metric: MetricDTO, style: NumberStyle) -> str:
    if chosen is None or chosen.value_num is None:
        return ""
    q = qualifier(chosen, metric)
    same = [v for v in cands if v.value_num is not None and qualifier(v, metric) == q and v.is_derived == chosen.is_derived]
    nums = sorted({round(v.value_num, 9) for v in same})
    if len(nums) < 2 or nums[0] <= 0 or nums[-1] / nums[0] - 1 <= DISAGREEMENT:
        return ""
    shown, unit = scale(max(nums), metric.unit)
    factor = shown / max(nums)
    return " / ".join(format_number(n * factor, style) for n in nums) + (f" {unit}" if unit else "")


def _derived_metric(metric: MetricDTO, device: DeviceDTO, inputs: dict[str, ValueDTO | None],
                    metrics: dict[str, MetricDTO]) -> tuple[ValueDTO | None, str]:
    """Compute a derived metric from the figures the comparison shows; (value, note when missing)."""
    used = [inputs.get(k) for k in metric.inputs]
    needed = ", ".join(metrics[k].label for k in metric.inputs)
    if any(v is None or v.value_num is None for v in used):
        return None, f"needs {needed}: not published"
    if metric.key == "tpp" and qualifier(used[0], metrics["bf16_dense"]) != "dense":
        return None, "needs a dense 16-bit figure counting all units"
    if metric.key == "tpp":
        number = used[0].value_num * 16
        formula = f"{describe(used[0], metrics['bf16_dense'])} × 16"
    else:
        num, den = used
        if den.value_num == 0:
            return None, f"{metrics[metric.inputs[1]].label} is zero"
        number = num.value_num / den.value_num
        formula = f"{describe(num, metrics[metric.inputs[0]])} ÷ {describe(den, metrics[metric.inputs[1]])}"
    worst = max(used, key=lambda v: CONFIDENCE_RANK.get(v.confidence or "", 3))
    note = "; ".join(f"{metrics[v.metric_key].label}: {v.source.publisher if v.source else 'derived'}" for v in used)
    value = ValueDTO(f"formula:{device.slug}:{metric.key}", device.slug, metric.key, number, None, None,
                     any(v.approximate for v in used), None, worst.confidence,
                     max((v.as_of for v in used if v.as_of), default=None), note, derived=True,
                     formula=f"{metric.formula} = {formula}", inputs=tuple(used))
    return value, ""


def _ratio(metric: MetricDTO, a: ValueDTO | None, b: ValueDTO | None, style: NumberStyle):
    if metric.kind != "number" or a is None or b is None or a.value_num is None or b.value_num is None:
        return None, "", None, ""
    qa, qb = qualifier(a, metric), qualifier(b, metric)
    if qa != qb:
        return None, "", None, f"not comparable: {qa or 'standard figure'} vs {qb or 'standard figure'}"
    if b.value_num == 0:
        return None, "", None, "second value is zero"
    r = a.value_num / b.value_num
    better = None
    if metric.higher_is_better is not None and abs(r - 1) > 1e-9:
        better = 0 if (r > 1) == metric.higher_is_better else 1
    return r, format_ratio(r, style), better, ""


def build_comparison(bundle: Bundle, slug_a: str, slug_b: str, style: NumberStyle = PLAIN) -> ComparisonDTO:
    cands = _Candidates(bundle)
    metrics = {m.key: m for m in bundle.metrics}
    dev_a, dev_b = bundle.devices[slug_a], bundle.devices[slug_b]
    chosen: dict[tuple[str, str], ValueDTO | None] = {}
    rows = []
    for metric in bundle.metrics:
        na = (not_applicable(metric, dev_a), not_applicable(metric, dev_b))
        if metric.derived:
            va, note_a = _derived_metric(metric, dev_a, {k: chosen.get((slug_a, k)) for k in metric.inputs}, metrics)
            vb, note_b = _derived_metric(metric, dev_b, {k: chosen.get((slug_b, k)) for k in metric.inputs}, metrics)
            cells = (CellDTO(slug_a, va, describe(va, metric, style) if va else NOT_PUBLISHED, (va,) if va else (),
                             gap_note=note_a),
                     CellDTO(slug_b, vb, describe(vb, metric, style) if vb else NOT_PUBLISHED, (vb,) if vb else (),
                             gap_note=note_b))
        else:
            ca, cb = cands.of(slug_a, metric), cands.of(slug_b, metric)
            va, vb, user_a, user_b = _select(metric, ca, cb, bundle.choices.get((slug_a, metric.key)),
                                             bundle.choices.get((slug_b, metric.key)))
            chosen[(slug_a, metric.key)], chosen[(slug_b, metric.key)] = va, vb
            cells = (CellDTO(slug_a, va, describe(va, metric, style) if va else NOT_PUBLISHED, tuple(ca),
                             _disagreement(va, ca, metric, style), cands.gap_note(slug_a, metric.key), user_a),
                     CellDTO(slug_b, vb, describe(vb, metric, style) if vb else NOT_PUBLISHED, tuple(cb),
                             _disagreement(vb, cb, metric, style), cands.gap_note(slug_b, metric.key), user_b))
        cells = tuple(CellDTO(c.device_slug, None, NOT_APPLICABLE, (), gap_note=why) if why else c
                      for c, why in zip(cells, na))
        va, vb = cells[0].value, cells[1].value
        r, r_text, better, r_note = _ratio(metric, va, vb, style)
        rows.append(RowDTO(metric, cells, r, r_text, better, r_note))
    comps = (tuple(bundle.components.get(slug_a, ())), tuple(bundle.components.get(slug_b, ())))
    return ComparisonDTO((dev_a, dev_b), tuple(rows), comps)


def scale_to_match(comparison: ComparisonDTO, metric_key: str, style: NumberStyle = PLAIN) -> ScaleMatchDTO:
    """'1.32 × Ascend 910C ≈ 1 × H100 SXM on Dense BF16/FP16, at 1.3× the power'."""
    row = comparison.row(metric_key)
    a, b = comparison.devices
    if row is None:
        raise KeyError(metric_key)
    metric = row.metric
    if row.ratio is None or row.ratio <= 0:
        why = row.ratio_note or f"{metric.label} is not published for both"
        return ScaleMatchDTO(metric, None, None, f"Cannot scale on {metric.label}: {why}.")
    n = 1 / row.ratio  # n x A = 1 x B
    if n >= 1:
        text = f"{format_number(n, style, 3)} × {a.name} ≈ 1 × {b.name} on {metric.label}"
    else:
        text = f"1 × {a.name} ≈ {format_number(1 / n, style, 3)} × {b.name} on {metric.label}"
    power = comparison.row("power")
    pa = power.cells[0].value if power else None
    pb = power.cells[1].value if power else None
    if pa is None or pb is None or pa.value_num is None or pb.value_num is None or pb.value_num == 0:
        missing = a.name if pa is None or pa.value_num is None else b.name
        return ScaleMatchDTO(metric, n, None, text + f" (power not published for {missing})")
    power_ratio = n * pa.value_num / pb.value_num  # the A side's power over the B side's
    if n >= 1:
        detail = (f"{format_number(n, style, 3)} × {describe(pa, power.metric, style)} = "
                  f"{format_quantity(n * pa.value_num, power.metric.unit, style)} vs {describe(pb, power.metric, style)}")
    else:
        detail = (f"{describe(pa, power.metric, style)} vs {format_number(1 / n, style, 3)} × "
                  f"{describe(pb, power.metric, style)} = {format_quantity(pb.value_num / n, power.metric.unit, style)}")
    return ScaleMatchDTO(metric, n, power_ratio, text + f", at {format_ratio(power_ratio, style)} the power", detail)
