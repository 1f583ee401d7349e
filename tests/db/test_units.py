import math

import pytest

from db.units import NumberStyle, UnitError, format_number, format_quantity, format_ratio, to_canonical


@pytest.mark.parametrize("value, unit, shown", [
    (752, "TFLOPS", "752 TFLOPS"),
    (300_000, "TFLOPS", "300 PFLOPS"),
    (989.4, "TFLOPS", "989.4 TFLOPS"),
    (1978.9, "TFLOPS", "1,979 TFLOPS"),
    (49_200, "GB", "49.2 TB"),
    (128, "GB", "128 GB"),
    (1_229_000, "GB/s", "1,229 TB/s"),
    (3350, "GB/s", "3.35 TB/s"),
    (559_000, "W", "559 kW"),
    (700, "W", "700 W"),
    (814, "mm²", "814 mm²"),
    (1000, "TFLOPS", "1 PFLOPS"),
    (1.0, "TFLOPS", "1 TFLOPS"),
    (1800, "GB/s", "1.8 TB/s"),
])
def test_readable_units(value, unit, shown):
    assert format_quantity(value, unit) == shown


def test_approximate_and_locale_separators():
    assert format_quantity(600_000, "W", approximate=True) == "≈600 kW"
    assert format_quantity(1_229_000, "GB/s", NumberStyle(group="\u202f", point=",")) == "1\u202f229 TB/s"
    assert format_quantity(3350, "GB/s", NumberStyle(group=".", point=",")) == "3,35 TB/s"


def test_ratios_read_like_analysts_write_them():
    assert format_ratio(752 / 989.4) == "0.76×"
    assert format_ratio(300 / 180) == "1.7×"
    assert format_ratio(16) == "16×"
    assert format_ratio(384 / 72 * 100) == "533×"


def test_source_units_convert_to_canonical():
    assert to_canonical(2800, "Gbit/s", "GB/s") == 350
    assert to_canonical(300, "PFLOPS", "TFLOPS") == 300_000
    assert to_canonical(49.2, "TB", "GB") == pytest.approx(49_200)
    assert to_canonical(7.84e11, "bit/s", "GB/s") == pytest.approx(98)
    with pytest.raises(UnitError):
        to_canonical(1, "furlongs", "GB")


# ---------------------------------------------------------------- converting source units

# every source unit, with what one of it is worth and what one canonical unit is worth, both in the
# quantity's base unit (FLOP/s, OP/s, byte, byte/s, watt, mm², one): the expected factor is their ratio,
# written down from the definitions rather than copied from db.units
_BASE_SIZES = {
    "flop/s": ("TFLOPS", 1, 1e12), "gflops": ("TFLOPS", 1e9, 1e12), "tflops": ("TFLOPS", 1e12, 1e12),
    "pflops": ("TFLOPS", 1e15, 1e12), "eflops": ("TFLOPS", 1e18, 1e12),
    "op/s": ("TOPS", 1, 1e12), "tops": ("TOPS", 1e12, 1e12), "pops": ("TOPS", 1e15, 1e12),
    "bytes": ("GB", 1, 1e9), "byte": ("GB", 1, 1e9), "mb": ("GB", 1e6, 1e9), "gb": ("GB", 1e9, 1e9),
    "tb": ("GB", 1e12, 1e9), "pb": ("GB", 1e15, 1e9),
    "mib": ("GB", 1024 ** 2, 1e9), "gib": ("GB", 1024 ** 3, 1e9), "tib": ("GB", 1024 ** 4, 1e9),
    "byte/s": ("GB/s", 1, 1e9), "bytes/s": ("GB/s", 1, 1e9), "gb/s": ("GB/s", 1e9, 1e9),
    "tb/s": ("GB/s", 1e12, 1e9), "pb/s": ("GB/s", 1e15, 1e9),
    "bit/s": ("GB/s", 1 / 8, 1e9), "gbit/s": ("GB/s", 1e9 / 8, 1e9), "tbit/s": ("GB/s", 1e12 / 8, 1e9),
    "w": ("W", 1, 1), "kw": ("W", 1e3, 1), "mw": ("W", 1e6, 1),  # sources write MW: megawatts
    "mm2": ("mm²", 1, 1), "mm²": ("mm²", 1, 1), "mm^2": ("mm²", 1, 1),
    "billion": ("billion", 1e9, 1e9), "millions": ("billion", 1e6, 1e9),
}


def test_every_source_unit_has_an_independently_derived_factor():
    from db.units import _SOURCE_UNITS
    assert set(_BASE_SIZES) == set(_SOURCE_UNITS), "a source unit was added or removed: derive its factor here"


@pytest.mark.parametrize("unit", sorted(_BASE_SIZES))
def test_each_source_unit_converts_by_its_definition(unit):
    canonical, one_source, one_canonical = _BASE_SIZES[unit]
    expected = 3 * one_source / one_canonical
    for spelling in (unit, unit.upper(), f" {unit} "):
        assert to_canonical(3, spelling, canonical) == pytest.approx(expected, rel=1e-12), (
            f"3 {spelling!r} should be {expected} {canonical}")


def test_source_units_are_read_whatever_their_spacing():
    assert to_canonical(2800, "Gbit / s", "GB/s") == 350, "spaces inside a source unit must not matter"
    assert to_canonical(3, "T B", "GB") == 3000, "spaces inside a source unit must not matter"


@pytest.mark.parametrize("unit", ["TFLOPS", "GB/s", "TFLOPS/W", "GB/s per TFLOPS", "tflops/w"])
def test_a_value_already_in_the_metrics_unit_is_kept_as_it_is(unit):
    canonical = unit if unit != "tflops/w" else "TFLOPS/W"
    assert to_canonical(2.5, unit, canonical) == 2.5, f"2.5 {unit} is already in {canonical}: kept unchanged"


def test_an_unknown_or_mismatched_source_unit_is_refused_with_both_units_named():
    with pytest.raises(UnitError, match="cannot convert 'furlongs' to 'GB'"):
        to_canonical(1, "furlongs", "GB")
    with pytest.raises(UnitError, match="cannot convert 'GB/s' to 'TFLOPS'"):
        to_canonical(1, "GB/s", "TFLOPS")


# ---------------------------------------------------------------- boundaries of the formatter

@pytest.mark.parametrize("value, unit, shown", [
    pytest.param(0, "TFLOPS", "0 TFLOPS", id="zero-stays-in-the-canonical-unit"),
    pytest.param(0, "W", "0 W", id="zero-watts"),
    pytest.param(-0.0, "W", "0 W", id="negative-zero-reads-0"),
    pytest.param(-0.0004, "W", "0 W", id="a-tiny-negative-rounds-to-0-not-minus-0"),
    pytest.param(0.0004, "TFLOPS", "0.4 GFLOPS", id="below-the-canonical-unit-uses-the-smallest"),
    pytest.param(1e-8, "W", "0 W", id="too-small-for-any-unit-reads-0-in-the-smallest"),
    pytest.param(0.00123, "TFLOPS", "1.23 GFLOPS", id="smallest-unit-keeps-its-decimals"),
    pytest.param(1.25, "W", "1.25 W", id="smallest-unit-keeps-its-decimals-watts"),
    pytest.param(1229, "W", "1,229 W", id="1.229-kW-reads-better-as-watts"),
    pytest.param(1.229, "GB/s", "1,229 MB/s", id="1.229-GB/s-reads-better-as-MB/s"),
    pytest.param(2350, "GB/s", "2.35 TB/s", id="from-2-the-larger-unit-is-kept"),
    pytest.param(1990, "GB", "1,990 GB", id="below-2-with-two-decimals-the-smaller-unit"),
    pytest.param(2000, "GB", "2 TB", id="exactly-2-in-the-larger-unit"),
    pytest.param(999.9, "TFLOPS", "999.9 TFLOPS", id="just-below-1-PFLOPS"),
    pytest.param(-752, "TFLOPS", "-752 TFLOPS", id="negative"),
    pytest.param(-300_000, "TFLOPS", "-300 PFLOPS", id="negative-scaled-by-its-size"),
    pytest.param(-1_229_000, "GB/s", "-1,229 TB/s", id="negative-smaller-unit-rule"),
    pytest.param(0.5, "mm²", "0.5 mm²", id="no-ladder-small"),
    pytest.param(0.12345, "mm²", "0.123 mm²", id="at-most-three-decimals"),
    pytest.param(1234.5678, "mm²", "1,235 mm²", id="four-significant-digits"),
    pytest.param(12_345_678, "billion", "12,345,678 billion", id="large-integer-grouped"),
    pytest.param(5, "", "5", id="no-unit"),
])
def test_formatter_boundaries(value, unit, shown):
    assert format_quantity(value, unit) == shown


def test_infinite_values_read_as_infinity_with_their_sign():
    assert format_number(math.inf) == "∞"
    assert format_number(-math.inf) == "-∞"


def test_format_number_zero_and_style():
    assert format_number(0) == "0"
    assert format_number(-1234.5, NumberStyle(group="\u202f", point=",")) == "-1\u202f234"
    assert format_number(1234.5678, NumberStyle(group=".", point=","), 6) == "1.234,57"


# ---------------------------------------------------------------- ratios

@pytest.mark.parametrize("ratio, shown", [
    pytest.param(300 / 18, "16.7×", id="from-10-three-significant-digits"),
    pytest.param(10.46, "10.5×", id="10-to-11-three-significant-digits"),
    pytest.param(9.46, "9.5×", id="below-10-two-significant-digits"),
    pytest.param(100.4, "100×", id="from-100-a-whole-number"),
    pytest.param(1234.6, "1,235×", id="large-ratio-grouped"),
])
def test_ratio_precision(ratio, shown):
    assert format_ratio(ratio) == shown


def test_ratios_use_the_locales_separators():
    french = NumberStyle(group="\u202f", point=",")
    assert format_ratio(752 / 989.4, french) == "0,76×", "a French ratio has a decimal comma"
    assert format_ratio(300 / 18, french) == "16,7×", "a French ratio has a decimal comma"
    assert format_ratio(1234.6, french) == "1\u202f235×", "a French ratio groups with a narrow space"


def test_not_a_number_is_never_shown_as_minus_infinity():
    assert format_number(math.nan) == "NaN", "NaN is not negative infinity"
    assert format_quantity(math.nan, "TFLOPS") == "NaN TFLOPS", "NaN keeps the metric's own unit"


@pytest.mark.parametrize("value, unit, shown", [
    pytest.param(999.95, "TFLOPS", "1 PFLOPS", id="999.95-TFLOPS-rounds-to-1-PFLOPS"),
    pytest.param(999_950, "TFLOPS", "1 EFLOPS", id="999,950-TFLOPS-rounds-to-1-EFLOPS"),
    pytest.param(999.96, "W", "1 kW", id="999.96-W-rounds-to-1-kW"),
    pytest.param(1999.95, "GB", "2 TB", id="1,999.95-GB-rounds-to-2-TB"),
    pytest.param(0.99995, "TFLOPS", "1 TFLOPS", id="0.99995-TFLOPS-rounds-to-1-TFLOPS"),
    pytest.param(0.9994, "TFLOPS", "999.4 GFLOPS", id="0.9994-TFLOPS-stays-below"),
])
def test_a_value_that_rounds_up_to_1000_is_shown_in_the_next_unit(value, unit, shown):
    assert format_quantity(value, unit) == shown, "never '1,000' of a unit when the next unit exists"


def test_binary_prefixes_convert_exactly_to_decimal_bytes():
    from db.units import to_canonical
    assert to_canonical(192, "GiB", "GB") == pytest.approx(206.158430208), "192 GiB is 206.16 GB, not 192 GB"
    assert to_canonical(1, "TiB", "GB") == pytest.approx(1099.511627776)
    assert to_canonical(512, "MiB", "GB") == pytest.approx(0.536870912)
