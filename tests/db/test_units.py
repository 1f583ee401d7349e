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


# --- what a figure may be: the one rule of the value dialog and of every importer ------------------------------

def _bundled_extremes() -> dict[str, tuple[float, float]]:
    """unit -> (smallest, largest) bundled figure above 0, read from the seed as the rule must read it."""
    import json

    import resources
    units = {m["key"]: m.get("unit") or "" for m in json.loads(resources.seed_bytes("metrics.json"))["metrics"]}
    seen: dict[str, list[float]] = {}
    for v in json.loads(resources.seed_bytes("values.json"))["values"]:
        if isinstance(v.get("value_num"), (int, float)) and v["value_num"] > 0:
            seen.setdefault(units[v["metric"]], []).append(v["value_num"])
    return {u: (min(xs), max(xs)) for u, xs in seen.items()}


def test_the_plausible_range_is_a_million_times_the_bundled_figures_of_the_unit_each_way():
    from db.units import PLAUSIBLE_SPAN, bundled_ranges, plausible_range
    extremes = _bundled_extremes()
    assert {"TFLOPS", "GB", "GB/s", "W"} <= set(extremes), "the seed must hold figures of the main units"
    assert PLAUSIBLE_SPAN == 1e6
    for unit, (low, high) in extremes.items():
        assert bundled_ranges()[unit] == (low, high), unit
        assert plausible_range(unit) == (low / 1e6, high * 1e6), unit
    every = (min(lo for lo, _ in extremes.values()), max(hi for _, hi in extremes.values()))
    assert bundled_ranges()[None] == every, "the range over every unit must span every bundled figure"
    assert plausible_range("furlongs/s") == (every[0] / 1e6, every[1] * 1e6), \
        "a unit with no bundled figure (a pack's own metric) must take the range of every bundled figure"
    assert plausible_range("") == plausible_range("furlongs/s"), "a plain number has no bundled figure of its own"


def test_a_figure_is_finite_not_negative_and_within_the_range_of_its_unit():
    from db.units import FigureError, check_figure, plausible_range
    low, high = plausible_range("TFLOPS")
    for ok in (0, 0.0, 752, low, high, 1.0):
        assert check_figure(ok, "TFLOPS") == float(ok), f"{ok!r} TFLOPS must be a figure"
    assert type(check_figure(752, "TFLOPS")) is float, "an integer figure must be stored as a float"
    for bad, reason in [(-5, "is negative"), (-0.001, "is negative"), (float("nan"), "is not a finite number"),
                        (float("inf"), "is not a finite number"), (float("-inf"), "is not a finite number"),
                        (10**400, "is not a finite number"), ("lots", "is not a number"), (None, "is not a number")]:
        with pytest.raises(FigureError) as caught:
            check_figure(bad, "TFLOPS")
        assert str(caught.value) == reason, f"{bad!r}: {caught.value}"
    with pytest.raises(FigureError) as caught:
        check_figure(high * 1.01, "TFLOPS")
    assert str(caught.value) == (f"is over {format_quantity(high, 'TFLOPS')}, a million times the largest bundled "
                                 "TFLOPS figure: check the value and its unit")
    with pytest.raises(FigureError) as caught:
        check_figure(low * 0.99, "TFLOPS")
    assert str(caught.value) == (f"is under {format_quantity(low, 'TFLOPS')}, a millionth of the smallest bundled "
                                 "TFLOPS figure: check the value and its unit")
    with pytest.raises(FigureError) as caught:
        check_figure(1e300, "")
    assert "largest bundled figure:" in str(caught.value), "a plain number's message must not name an empty unit"
    with pytest.raises(FigureError) as caught:
        check_figure(1e-300, "")
    assert "smallest bundled figure:" in str(caught.value)
    assert issubclass(FigureError, ValueError), "callers that catch a quantity error must catch it too"


def test_the_range_is_that_of_the_figures_unit():
    """1e9 W (1 GW) is a plausible power; 1e9 GB/s is too, but 1e9 mm² is not a die."""
    from db.units import FigureError, check_figure, plausible_range
    _, die = plausible_range("mm²")
    _, power = plausible_range("W")
    assert die < power, "the bundled die areas must be far below the bundled power figures"
    assert check_figure(die * 2, "W") == die * 2
    with pytest.raises(FigureError):
        check_figure(die * 2, "mm²")


def test_text_on_a_number_row_is_refused_only_when_it_reads_as_a_number_that_is_no_figure():
    from db.units import FigureError, check_figure_text
    for fine in ("not supported", "1.7–1.8 TB/s", "190–230 kW", "", "n/a", "752", " 0 "):
        assert check_figure_text(fine, "TFLOPS") is None, f"{fine!r} must be kept as text"
    for bad, reason in [("NaN", "is not a finite number"), ("inf", "is not a finite number"),
                        (" -Infinity ", "is not a finite number"), ("-5", "is negative"),
                        ("1e308", "is over")]:
        with pytest.raises(FigureError) as caught:
            check_figure_text(bad, "TFLOPS")
        assert str(caught.value).startswith(reason), f"{bad!r}: {caught.value}"


def test_a_whole_number_is_one_the_store_can_hold():
    from db.units import INTEGER_RANGE, whole_number
    assert INTEGER_RANGE == (-2**63, 2**63 - 1), "SQLite's INTEGER"
    for ok in (1, 4, 2**63 - 1):
        assert whole_number(ok), ok
    for bad in (0, -1, 2**63, 10**30, True, 1.0, "3", None):
        assert not whole_number(bad), bad
    assert whole_number(0, 0) and whole_number(-5, -5) and not whole_number(-6, -5)
    assert whole_number(-2**63, -2**80), "a position may be SQLite's smallest INTEGER"
    assert not whole_number(-2**63 - 1, -2**80), "but not below it, whatever `low` says"


# ---------------------------------------------------------------- a language's style: symbols, spacing, percent

NNBSP = "\u202f"
FRENCH = NumberStyle(group=NNBSP, point=",", space=NNBSP, percent_sign=NNBSP + "%",
                     units=(("TB/s", "To/s"), ("GB", "Go"), ("TB", "To"), ("billion", "milliards")))
CHINESE = NumberStyle(units=(("billion", "亿"),), multiples=(("billion", 10.0),))


@pytest.mark.parametrize("value, unit, shown", [
    (1_229_000, "GB/s", f"1{NNBSP}229{NNBSP}To/s"),
    (49_200, "GB", f"49,2{NNBSP}To"),
    (96, "GB", f"96{NNBSP}Go"),
    (752, "TFLOPS", f"752{NNBSP}TFLOPS"),  # FLOPS and W keep their symbols
    (559_000, "W", f"559{NNBSP}kW"),
    (-1_234_500, "", f"-1{NNBSP}234{NNBSP}500"),  # no unit: the number alone, no space after it
    (208, "billion", f"208{NNBSP}milliards"),
])
def test_french_units_and_spacing(value, unit, shown):
    assert format_quantity(value, unit, FRENCH) == shown


def test_a_style_says_each_unit_in_its_language_and_leaves_the_others():
    assert FRENCH.unit("TB/s") == "To/s" and FRENCH.unit("TFLOPS") == "TFLOPS" and FRENCH.unit("") == ""
    assert FRENCH.multiple("TB/s") == 1.0 and CHINESE.multiple("billion") == 10.0 and CHINESE.multiple("GB") == 1.0
    assert FRENCH.with_unit("3,35", "TB/s") == f"3,35{NNBSP}To/s"
    assert FRENCH.with_unit("3,35", "") == "3,35"
    assert FRENCH.percent("12,5") == f"12,5{NNBSP}%" and NumberStyle().percent("12.5") == "12.5%"
    assert format_quantity(600_000, "W", FRENCH, approximate=True) == f"≈600{NNBSP}kW"


def test_chinese_counts_in_yi_with_no_space_before_a_cjk_unit():
    assert format_quantity(208, "billion", CHINESE) == "2,080亿"
    assert format_quantity(1_229_000, "GB/s", CHINESE) == "1,229 TB/s"
    assert CHINESE.with_unit("7", "W") == "7 W" and CHINESE.with_unit("7", "billion") == "7亿"
    # the first CJK block starts at U+2E80: a symbol before it is spaced, one from it on is not
    assert NumberStyle(units=(("a", "\u2e7f"),)).with_unit("1", "a") == "1 \u2e7f"
    assert NumberStyle(units=(("a", "\u2e80"),)).with_unit("1", "a") == "1\u2e80"


def test_english_is_unchanged_by_default():
    assert NumberStyle() == NumberStyle(group=",", point=".")
    assert NumberStyle().unit("TB/s") == "TB/s" and NumberStyle().with_unit("1", "TB/s") == "1 TB/s"
    assert NumberStyle().english_unit("TB/s") == ("TB/s", 1.0)
