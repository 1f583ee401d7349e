"""Canonical units and the one formatter that turns a canonical value into readable text.

Values are stored in one canonical unit per quantity (TFLOPS, TOPS, GB, GB/s, W, mm², billion).
`format_quantity` picks a prefix so that the number reads naturally (752 TFLOPS, 300 PFLOPS,
49.2 TB, 1,229 TB/s, 559 kW). `to_canonical` converts the units found in source files.
No Qt here: the desktop passes its locale's separators in.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

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
    """Separators of the user's locale (the desktop fills them from QLocale)."""

    group: str = ","
    point: str = "."


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
    """'752 TFLOPS', '300 PFLOPS', '49.2 TB', '1,229 TB/s', '559 kW', '≈600 kW'."""
    shown, unit = scale(value, canonical)
    text = format_number(shown, style)
    if unit:
        text = f"{text} {unit}"
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
    found = _unit_of(unit_text)
    if found is None and unit_text.replace(" ", "").lower() == canonical.replace(" ", "").lower():
        return number
    if found is None and re.fullmatch(r"[OoIl]+", unit_text) and raw[-len(unit_text) - 1].isdigit():
        raise QuantityError(f"{raw!r} is not a number (a letter O or l in place of a digit?)")
    if found is None:
        raise QuantityError(f"unknown unit {unit_text!r}: use {canonical} or a multiple of it")
    target, factor = found
    if target != canonical:
        what = DIMENSIONS.get(target, target)
        want = DIMENSIONS.get(canonical, canonical)
        raise QuantityError(f"{unit_text!r} measures {what}, but this metric is {want}: use {canonical} "
                            "or a multiple of it")
    return number * factor
