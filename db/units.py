"""Canonical units and the one formatter that turns a canonical value into readable text.

Values are stored in one canonical unit per quantity (TFLOPS, TOPS, GB, GB/s, W, mm², billion).
`format_quantity` picks a prefix so that the number reads naturally (752 TFLOPS, 300 PFLOPS,
49.2 TB, 1,229 TB/s, 559 kW). `to_canonical` converts the units found in source files.
No Qt here: the desktop passes its language's style in (separators, unit symbols: '1 229 To/s' in French).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

# canonical unit -> ladder of (display unit, factor from canonical), smallest first
_LADDERS: dict[str, list[tuple[str, float]]] = {
    "TFLOPS": [("GFLOPS", 1e3), ("TFLOPS", 1.0), ("PFLOPS", 1e-3), ("EFLOPS", 1e-6)],
    "TOPS": [("GOPS", 1e3), ("TOPS", 1.0), ("POPS", 1e-3), ("EOPS", 1e-6)],
    "GB": [("MB", 1e3), ("GB", 1.0), ("TB", 1e-3), ("PB", 1e-6)],
    "GB/s": [("MB/s", 1e3), ("GB/s", 1.0), ("TB/s", 1e-3), ("PB/s", 1e-6)],
    "W": [("W", 1.0), ("kW", 1e-3), ("MW", 1e-6)],
}

# source unit (lower case, spaces removed) -> (canonical unit, factor to canonical)
_SOURCE_UNITS: dict[str, tuple[str, float]] = {
    "flop/s": ("TFLOPS", 1e-12), "gflops": ("TFLOPS", 1e-3), "tflops": ("TFLOPS", 1.0),
    "pflops": ("TFLOPS", 1e3), "eflops": ("TFLOPS", 1e6),
    "op/s": ("TOPS", 1e-12), "tops": ("TOPS", 1.0), "pops": ("TOPS", 1e3),
    "bytes": ("GB", 1e-9), "byte": ("GB", 1e-9), "mb": ("GB", 1e-3), "gb": ("GB", 1.0),
    "tb": ("GB", 1e3), "pb": ("GB", 1e6),
    "mib": ("GB", 2**20 / 1e9), "gib": ("GB", 2**30 / 1e9), "tib": ("GB", 2**40 / 1e9),  # binary prefixes
    "byte/s": ("GB/s", 1e-9), "bytes/s": ("GB/s", 1e-9), "gb/s": ("GB/s", 1.0),
    "tb/s": ("GB/s", 1e3), "pb/s": ("GB/s", 1e6),
    "bit/s": ("GB/s", 1.25e-10), "gbit/s": ("GB/s", 0.125), "tbit/s": ("GB/s", 125.0),
    "w": ("W", 1.0), "kw": ("W", 1e3), "mw": ("W", 1e6),
    "mm2": ("mm²", 1.0), "mm²": ("mm²", 1.0), "mm^2": ("mm²", 1.0),
    "billion": ("billion", 1.0), "millions": ("billion", 1e-3),
}


class UnitError(ValueError):
    """A source unit that the app does not know how to convert."""


def to_canonical(value: float, source_unit: str, canonical: str) -> float:
    """Convert `value` given in `source_unit` to the metric's canonical unit."""
    key = source_unit.strip().lower().replace(" ", "")
    if key == canonical.lower().replace(" ", ""):
        return float(value)
    target = _SOURCE_UNITS.get(key)
    if target is None or target[0] != canonical:
        raise UnitError(f"cannot convert {source_unit!r} to {canonical!r}")
    return float(value) * target[1]


@dataclass(frozen=True)
class NumberStyle:
    """How numbers read in a language: its separators, the space between a number and its unit, its unit symbols
    (French writes To/s for TB/s) and its percent sign. The desktop fills it (desktop.present.locale_style, or
    QLocale's separators for English); the default is English, as the command line and the machine data read."""

    group: str = ","
    point: str = "."
    space: str = " "  # between a number and its unit (French: a narrow no-break space)
    units: tuple[tuple[str, str], ...] = ()  # English symbol -> this language's ("TB/s" -> "To/s"); others stay
    multiples: tuple[tuple[str, float], ...] = ()  # English symbol -> the number's factor in this language's unit
    percent_sign: str = "%"  # as written after a number ("12 %" in French)

    def unit(self, symbol: str) -> str:
        """This language's symbol for the English `symbol` ('TB/s' -> 'To/s' in French)."""
        return dict(self.units).get(symbol, symbol)

    def multiple(self, symbol: str) -> float:
        """What a number in the English `symbol` is multiplied by in this language's unit (10 for 亿 from billion)."""
        return dict(self.multiples).get(symbol, 1.0)

    def with_unit(self, number: str, symbol: str) -> str:
        """'1 229' and 'TB/s' -> '1 229 To/s' (no space before a CJK unit: '2,080亿'); the number alone without
        a unit."""
        local = self.unit(symbol)
        if not local:
            return number
        return f"{number}{'' if local[0] >= chr(0x2E80) else self.space}{local}"

    def percent(self, number: str) -> str:
        """'12' -> '12%' ('12 %' in French)."""
        return number + self.percent_sign

    def english_unit(self, typed: str) -> tuple[str, float]:
        """A unit typed in this language as the English symbol, and what to divide the number by ('to/s' ->
        ('TB/s', 1.0) in French); a symbol of no language's own is returned as it is."""
        key = typed.replace(" ", "").lower()
        for english, local in self.units:
            if local.replace(" ", "").lower() == key:
                return english, self.multiple(english)
        return typed, 1.0


PLAIN = NumberStyle()


def format_number(x: float, style: NumberStyle = PLAIN, significant: int = 4) -> str:
    """Up to `significant` significant digits, no trailing zeros, grouped thousands."""
    if x == 0:
        return "0"
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(0, significant - 1 - magnitude)
    decimals = min(decimals, 3)
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "\x00").replace(".", style.point).replace("\x00", style.group)


def _as_shown(x: float) -> float:
    """`x` rounded as format_number shows it (4 significant digits)."""
    return float(f"{x:.4g}")


def scale(value: float, canonical: str) -> tuple[float, str]:
    """Choose the display unit for `value` (in `canonical`): the largest that keeps it >= 1 as shown
    (999.95 TFLOPS reads '1 PFLOPS', not '1,000 TFLOPS')."""
    ladder = _LADDERS.get(canonical)
    if not ladder or value == 0 or math.isnan(value):
        return value, canonical
    chosen = ladder[0]
    for unit, factor in ladder:
        if _as_shown(abs(value * factor)) >= 1:
            chosen = (unit, factor)
    # below 2 in the larger unit with more than one decimal, the smaller reads better:
    # 1,229 TB/s rather than 1.229 PB/s, but 1.8 TB/s and 1 TFLOPS stay as they are
    unit, factor = chosen
    idx = ladder.index(chosen)
    shown = _as_shown(abs(value * factor))
    if idx > 0 and shown < 2 and abs(shown * 10 - round(shown * 10)) > 1e-6:
        unit, factor = ladder[idx - 1]
    return value * factor, unit


def format_quantity(value: float, canonical: str, style: NumberStyle = PLAIN,
                    approximate: bool = False) -> str:
    """'752 TFLOPS', '300 PFLOPS', '49.2 TB', '1,229 TB/s', '559 kW', '≈600 kW'; in `style`'s language
    ('1\u202f229\u202fTo/s' in French)."""
    shown, unit = scale(value, canonical)
    text = style.with_unit(format_number(shown * style.multiple(unit), style), unit)
    return f"≈{text}" if approximate else text


def format_ratio(ratio: float, style: NumberStyle = PLAIN) -> str:
    """'0.76×', '2.1×', '16×'."""
    if ratio >= 100:
        return f"{format_number(round(ratio), style)}×"
    shown = float(f"{ratio:.{3 if ratio >= 10 else 2}g}")
    return f"{format_number(shown, style)}×"


# ---------------------------------------------------------------- reading what a user types

# what each canonical unit measures, for messages that say why a unit does not fit
DIMENSIONS: dict[str, str] = {
    "TFLOPS": "floating-point compute (FLOP/s)", "TOPS": "integer compute (OP/s)", "GB": "memory size (bytes)",
    "GB/s": "bandwidth (bytes per second)", "W": "power (watts)", "mm²": "area (mm²)", "billion": "a count (billion)",
}

# units a user may type besides those of _SOURCE_UNITS (matched case-sensitively first: Gb/s is bits,
# GB/s bytes), -> (canonical unit, factor to canonical)
_TYPED_UNITS: dict[str, tuple[str, float]] = {
    **{f"{p}b/s": ("GB/s", f * 0.125) for p, f in (("M", 1e-3), ("G", 1.0), ("T", 1e3), ("P", 1e6))},
    **{f"{p}bps": ("GB/s", f * 0.125) for p, f in (("M", 1e-3), ("G", 1.0), ("T", 1e3), ("P", 1e6))},
    **{f"{p}Bps": ("GB/s", f) for p, f in (("M", 1e-3), ("G", 1.0), ("T", 1e3), ("P", 1e6))},
}
_EXTRA_UNITS: dict[str, tuple[str, float]] = {
    "mbit/s": ("GB/s", 1.25e-4), "pbit/s": ("GB/s", 1.25e5), "flops": ("TFLOPS", 1e-12),
    "mflops": ("TFLOPS", 1e-6), "flop/s": ("TFLOPS", 1e-12), "gflop/s": ("TFLOPS", 1e-3),
    "tflop/s": ("TFLOPS", 1.0), "pflop/s": ("TFLOPS", 1e3), "eflop/s": ("TFLOPS", 1e6),
    "ops": ("TOPS", 1e-12), "gops": ("TOPS", 1e-3), "eops": ("TOPS", 1e6), "tops/s": ("TOPS", 1.0),
    "kb": ("GB", 1e-6), "gib": ("GB", 2**30 / 1e9), "tib": ("GB", 2**40 / 1e9), "mib": ("GB", 2**20 / 1e9),
    "mb/s": ("GB/s", 1e-3), "watt": ("W", 1.0), "watts": ("W", 1.0), "kilowatt": ("W", 1e3),
    "kilowatts": ("W", 1e3), "megawatt": ("W", 1e6), "megawatts": ("W", 1e6),
    "bn": ("billion", 1.0), "b": ("billion", 1.0), "million": ("billion", 1e-3), "trillion": ("billion", 1e3),
}


class QuantityError(ValueError):
    """Text that is not a quantity of the metric's unit; the message says why, for the user."""


_LADDER_UNITS: dict[str, tuple[str, float]] = {
    unit.lower(): (canonical, 1 / factor) for canonical, ladder in _LADDERS.items() for unit, factor in ladder}


def _unit_of(text: str) -> tuple[str, float] | None:
    """(canonical unit, factor) of a unit as typed, or None if unknown."""
    compact = text.replace(" ", "")
    if compact in _TYPED_UNITS:  # case matters here: Gb/s is gigabits
        return _TYPED_UNITS[compact]
    key = compact.lower()
    return _SOURCE_UNITS.get(key) or _EXTRA_UNITS.get(key) or _LADDER_UNITS.get(key)


def parse_number(text: str, style: NumberStyle = PLAIN) -> float:
    """A number as a user types it: '2,800', '3.35', '1.2e3', '2 800'; the locale's separators in `style`.

    Group separators must group thousands ('2,800', not '2,8'), so that a decimal comma typed in the
    wrong locale is refused rather than read a thousand times too large.
    """
    import re
    raw = text.strip().replace("\u202f", " ").replace("\u00a0", " ")
    if not raw:
        raise QuantityError("no number")
    groups = {style.group, " "} - {style.point}
    body = raw
    for sep in groups:
        if sep and sep in body:
            head = body.partition(style.point)[0]
            parts = head.lstrip("+-").split(sep)
            if not (parts[0].isdigit() and 1 <= len(parts[0]) <= 3 and all(p.isdigit() and len(p) == 3 for p in parts[1:])):
                raise QuantityError(f"{text.strip()!r} is not a number (separator {sep!r} misplaced)")
            body = body.replace(sep, "")
    body = body.replace(style.point, ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", body):
        raise QuantityError(f"{text.strip()!r} is not a number")
    return float(body)


def parse_quantity(text: str, canonical: str, style: NumberStyle = PLAIN) -> float:
    """What a user typed ('1.2 PFLOPS', '900 GB/s', '3.35 TB/s', '2,800 Gbit/s', '96 GB', '752') as a
    number in the metric's canonical unit (1200.0 for '1.2 PFLOPS' in TFLOPS). A number without a
    unit is taken in the canonical unit. Raises QuantityError with a message fit for the user:
    not a number, an unknown unit, or a unit of another dimension ('GB/s' for a TFLOPS metric).
    """
    import math
    import re
    raw = text.strip()
    if not raw:
        raise QuantityError("empty: type a number, with or without a unit")
    # a unit has no digit, except the 2 of an area typed without '²' (mm2, mm^2, as the sources write it)
    m = re.fullmatch(r"(.*?\d\.?)\s*((?i:mm\^?2)|[^\d\s.,+-][^\d]*)?", raw)
    if m is None:
        raise QuantityError(f"{raw!r} is not a number")
    number_text, unit_text = m.group(1), (m.group(2) or "").strip()
    number = parse_number(number_text, style)
    if not math.isfinite(number):
        raise QuantityError(f"{raw!r} is not a finite number")
    if not unit_text:
        return number
    if not canonical:
        raise QuantityError(f"this metric has no unit: type the number alone, without {unit_text!r}")
    symbol, per = style.english_unit(unit_text)  # 'TB/s' for '3,35 To/s' in French
    number /= per
    found = _unit_of(symbol)
    if found is None and symbol.replace(" ", "").lower() == canonical.replace(" ", "").lower():
        return number
    if found is None and re.fullmatch(r"[OoIl]+", unit_text) and raw[-len(unit_text) - 1].isdigit():
        raise QuantityError(f"{raw!r} is not a number (a letter O or l in place of a digit?)")
    if found is None:
        raise QuantityError(f"unknown unit {unit_text!r}: use {style.unit(canonical)} or a multiple of it")
    target, factor = found
    if target != canonical:
        what = DIMENSIONS.get(target, target)
        want = DIMENSIONS.get(canonical, canonical)
        raise QuantityError(f"{unit_text!r} measures {what}, but this metric is {want}: use {style.unit(canonical)} "
                            "or a multiple of it")
    return number * factor


# ---------------------------------------------------------------- what a figure may be

INTEGER_RANGE = (-2**63, 2**63 - 1)  # SQLite's INTEGER: a whole number beyond it cannot be stored


def whole_number(x: object, low: int = 1) -> bool:
    """Whether `x` is a whole number of at least `low` that the store can hold (racks, packages, a component's
    count from 1; a position from INTEGER_RANGE[0]); True and False are not numbers."""
    return isinstance(x, int) and not isinstance(x, bool) and max(low, INTEGER_RANGE[0]) <= x <= INTEGER_RANGE[1]


# A figure may be 0, or up to this many times beyond the bundled figures of its unit (a unit slip of a prefix or
# two, or a chip a thousand times slower than any bundled, still passes; 1e308 TFLOPS or a byte count read as
# gigabytes does not).
PLAUSIBLE_SPAN = 1e6


class FigureError(QuantityError):
    """A number that cannot be a figure of its row. The message says what is wrong after the figure as it was
    written ("'-5' is negative"): the importers name the file, row and field before it, the value dialog the text
    typed."""


@lru_cache(maxsize=1)
def bundled_ranges() -> dict[str | None, tuple[float, float]]:
    """Canonical unit -> (smallest, largest) bundled figure above 0 of the metrics of that unit, and None -> the
    same over every unit (resources/seed: the sourced figures ChipLens ships)."""
    import json

    import resources
    units = {m["key"]: m.get("unit") or "" for m in json.loads(resources.seed_bytes("metrics.json"))["metrics"]}
    seen: dict[str | None, list[float]] = {}
    for v in json.loads(resources.seed_bytes("values.json"))["values"]:
        x = v.get("value_num")
        if isinstance(x, (int, float)) and x > 0 and v.get("metric") in units:
            for key in (units[v["metric"]], None):
                seen.setdefault(key, []).append(float(x))
    return {k: (min(xs), max(xs)) for k, xs in seen.items()}


def plausible_range(unit: str) -> tuple[float, float]:
    """The figures above 0 a row in the canonical unit `unit` may hold: from the smallest bundled figure of that
    unit divided by PLAUSIBLE_SPAN to the largest times PLAUSIBLE_SPAN (the range of every bundled figure for a
    unit none has, such as a pack's own metric or a plain number)."""
    ranges = bundled_ranges()
    low, high = ranges.get(unit) or ranges[None]
    return low / PLAUSIBLE_SPAN, high * PLAUSIBLE_SPAN


def finite_number(number: object) -> float:
    """`number` as a float, if it is a finite one (an integer beyond the float range is not). Raises FigureError."""
    try:
        x = float(number)  # type: ignore[arg-type]
    except OverflowError:
        raise FigureError("is not a finite number") from None
    except (TypeError, ValueError):
        raise FigureError("is not a number") from None
    if not math.isfinite(x):
        raise FigureError("is not a finite number")
    return x


def check_figure(number: object, unit: str) -> float:
    """`number`, in the canonical unit `unit`, as the float stored, if it can be a figure: finite, not negative,
    and 0 or within plausible_range(unit). Raises FigureError otherwise. The one rule of the value dialog (through
    db.catalog.validate_value) and of every importer (data pack, ChipLens CSV, Epoch AI).

    Not negative for every metric: the metric table (db.schema.Metric) has no notion of a figure below 0, and
    every canonical unit the catalog uses (DIMENSIONS; a plain number is TPP) measures a magnitude: compute,
    memory, bandwidth, power, area, a count."""
    x = finite_number(number)
    if x < 0:
        raise FigureError("is negative")
    low, high = plausible_range(unit)
    what = f"bundled {unit} figure" if unit else "bundled figure"
    if x > high:
        raise FigureError(f"is over {format_quantity(high, unit)}, a million times the largest {what}: "
                          "check the value and its unit")
    if 0 < x < low:
        raise FigureError(f"is under {format_quantity(low, unit)}, a millionth of the smallest {what}: "
                          "check the value and its unit")
    return x


def check_figure_text(text: str, unit: str) -> None:
    """Text kept as the source words it on a number row ('not supported', '1.7–1.8 TB/s') is fine; text that
    reads as a number ('NaN', 'inf', '-5', '1e308') must be a figure by check_figure. Raises FigureError."""
    try:
        x = float(text)  # float() passes over surrounding spaces itself
    except ValueError:
        return
    check_figure(x, unit)
