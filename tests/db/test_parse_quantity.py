"""What a user types into a value field, read into the metric's canonical unit (db.units.parse_quantity)."""
import pytest

from db.units import PLAIN, NumberStyle, QuantityError, parse_number, parse_quantity


@pytest.mark.parametrize("text, canonical, expected", [
    ("1.2 PFLOPS", "TFLOPS", 1200.0),
    ("752 TFLOPS", "TFLOPS", 752.0),
    ("752", "TFLOPS", 752.0),  # no unit: the canonical one
    ("1.2e15 FLOP/s", "TFLOPS", 1200.0),
    ("900 GB/s", "GB/s", 900.0),
    ("3.35 TB/s", "GB/s", 3350.0),
    ("2,800 Gbit/s", "GB/s", 350.0),
    ("400 Gb/s", "GB/s", 50.0),  # lower-case b: bits
    ("96 GB", "GB", 96.0),
    ("96GB", "GB", 96.0),
    ("49.2 TB", "GB", 49_200.0),
    ("1.5 kW", "W", 1500.0),
    ("559 kW", "W", 559_000.0),
    ("  700 W ", "W", 700.0),
    ("814 mm²", "mm²", 814.0),
    ("80 billion", "billion", 80.0),
    ("1,000.5 W", "W", 1000.5),
])
def test_units_are_understood_and_stored_canonical(text, canonical, expected):
    assert parse_quantity(text, canonical) == pytest.approx(expected)


@pytest.mark.parametrize("text, canonical, message", [
    ("7OO", "W", "'7OO' is not a number"),
    ("900 GB/s", "TFLOPS", "'GB/s' measures bandwidth (bytes per second), but this metric is floating-point compute"),
    ("96 GB", "GB/s", "'GB' measures memory size"),
    ("700 W", "GB", "'W' measures power"),
    ("12 furlongs", "GB", "unknown unit 'furlongs'"),
    ("2,8 TB", "GB", "is not a number"),  # a decimal comma in an English locale is refused, not read as 28
    ("", "GB", "empty"),
    ("1.2.3", "GB", "'1.2.3' is not a number"),
    ("5 GB", "", "this metric has no unit"),
])
def test_wrong_input_is_rejected_with_a_clear_message(text, canonical, message):
    with pytest.raises(QuantityError, match=None) as err:
        parse_quantity(text, canonical)
    assert message in str(err.value)


def test_locale_separators():
    french = NumberStyle(group="\u202f", point=",")
    assert parse_quantity("1,2 PFLOPS", "TFLOPS", french) == pytest.approx(1200)
    assert parse_quantity("2\u202f800 Gbit/s", "GB/s", french) == pytest.approx(350)
    assert parse_number("3,35", french) == pytest.approx(3.35)
    with pytest.raises(QuantityError):
        parse_number("3.35.1", french)


FRENCH = NumberStyle(group="\u202f", point=",")
FRENCH_SPACE = NumberStyle(group=" ", point=",")
FRENCH_NBSP = NumberStyle(group="\u00a0", point=",")


@pytest.mark.parametrize("text, style", [
    pytest.param("1234,567", PLAIN, id="english-comma-after-four-digits"),
    pytest.param("12,34,567", PLAIN, id="english-indian-grouping"),
    pytest.param(",567", PLAIN, id="english-leading-comma"),
    pytest.param("1234 567", FRENCH, id="french-space-after-four-digits"),
    pytest.param("1234\u202f567", FRENCH, id="french-narrow-space-after-four-digits"),
    pytest.param("1234\u00a0567", FRENCH_NBSP, id="french-nbsp-after-four-digits"),
    pytest.param("1234 567", FRENCH_SPACE, id="french-plain-space-after-four-digits"),
    pytest.param("x,234", PLAIN, id="not-digits-before-the-separator"),
    pytest.param("x1,234", PLAIN, id="a-letter-before-grouped-digits"),
    pytest.param("X1,234", PLAIN, id="a-capital-letter-before-grouped-digits"),
    pytest.param("1e3,000", PLAIN, id="exponent-before-the-separator"),
])
def test_a_group_separator_that_does_not_group_thousands_is_refused(text, style):
    with pytest.raises(QuantityError, match="misplaced") as err:
        parse_number(text, style)
    assert repr(text) in str(err.value), "the message quotes what the user typed"


@pytest.mark.parametrize("text, style, expected", [
    pytest.param("123,456", PLAIN, 123_456, id="three-digits-then-a-group"),
    pytest.param("1,234,567", PLAIN, 1_234_567, id="english-grouping"),
    pytest.param("-1,234", PLAIN, -1234, id="negative-grouped"),
    pytest.param("+1,234", PLAIN, 1234, id="explicit-plus-grouped"),
    pytest.param("1 234", PLAIN, 1234, id="a-space-groups-in-english-too"),
    pytest.param("1\u202f234", PLAIN, 1234, id="narrow-nbsp-groups-in-english-too"),
    pytest.param("1\u00a0234", PLAIN, 1234, id="nbsp-groups-in-english-too"),
    pytest.param("1.2E3", PLAIN, 1200, id="capital-exponent"),
    pytest.param("1234,567", FRENCH, 1234.567, id="french-decimal-comma"),
    pytest.param("1 234,5", FRENCH, 1234.5, id="french-space-group"),
    pytest.param("1\u202f234,5", FRENCH, 1234.5, id="french-narrow-nbsp-group"),
    pytest.param("1\u00a0234,5", FRENCH, 1234.5, id="french-nbsp-group-in-a-narrow-nbsp-locale"),
    pytest.param("1\u202f234,5", FRENCH_NBSP, 1234.5, id="french-narrow-nbsp-group-in-a-nbsp-locale"),
    pytest.param("-1 234 567,25", FRENCH_SPACE, -1_234_567.25, id="french-negative"),
])
def test_numbers_grouped_by_thousands_are_read(text, style, expected):
    assert parse_number(text, style) == pytest.approx(expected)


def test_blank_is_no_number():
    with pytest.raises(QuantityError, match="^no number$"):
        parse_number("  ")


@pytest.mark.parametrize("text, canonical, expected", [
    pytest.param("80 GiB", "GB", 80 * 2**30 / 1e9, id="GiB-is-binary"),
    pytest.param("1 TiB", "GB", 2**40 / 1e9, id="TiB-is-binary"),
    pytest.param("512 MiB", "GB", 512 * 2**20 / 1e9, id="MiB-is-binary"),
    pytest.param("700 watts", "W", 700, id="watts"),
    pytest.param("1 watt", "W", 1, id="watt"),
    pytest.param("2 kilowatts", "W", 2000, id="kilowatts"),
    pytest.param("80 bn", "billion", 80, id="bn"),
    pytest.param("80 B", "billion", 80, id="B-for-billion"),
    pytest.param("800 million", "billion", 0.8, id="million"),
    pytest.param("400 Gb /s", "GB/s", 50, id="bits-with-a-space"),
    pytest.param("3.35 TB / s", "GB/s", 3350, id="bytes-with-spaces"),
    pytest.param("2 TFLOPS/W", "TFLOPS/W", 2, id="the-metrics-own-unit"),
    pytest.param("2 tflops/w", "TFLOPS/W", 2, id="the-metrics-own-unit-in-lower-case"),
    pytest.param("0.5 GB/s per TFLOPS", "GB/s per TFLOPS", 0.5, id="the-metrics-own-unit-with-spaces"),
    pytest.param("0.5 GB/sperTFLOPS", "GB/s per TFLOPS", 0.5, id="the-metrics-own-unit-without-spaces"),
])
def test_unit_synonyms(text, canonical, expected):
    assert parse_quantity(text, canonical) == pytest.approx(expected, rel=1e-12)


def test_a_gib_is_never_read_as_a_gb():
    assert parse_quantity("80 GiB", "GB") == 85.89934592, "80 GiB is 85.89934592 GB, exactly"


@pytest.mark.parametrize("text, canonical, message", [
    pytest.param("abc", "GB", "'abc' is not a number", id="letters-only"),
    pytest.param("abc", "", "'abc' is not a number", id="letters-only-no-unit"),
    pytest.param("", "GB", "empty: type a number, with or without a unit", id="empty"),
    pytest.param("7oo", "W", "'7oo' is not a number (a letter O or l in place of a digit?)", id="lower-case-o"),
    pytest.param("1e400 W", "W", "'1e400 W' is not a finite number", id="overflow"),
    pytest.param("900 GB/s", "TFLOPS", "'GB/s' measures bandwidth (bytes per second), but this metric is "
                 "floating-point compute (FLOP/s): use TFLOPS or a multiple of it", id="other-dimension"),
    pytest.param("5 GB", "TFLOPS/W", "'GB' measures memory size (bytes), but this metric is TFLOPS/W: "
                 "use TFLOPS/W or a multiple of it", id="other-dimension-unnamed-metric"),
])
def test_messages_say_what_is_wrong(text, canonical, message):
    with pytest.raises(QuantityError) as err:
        parse_quantity(text, canonical)
    assert str(err.value) == message


@pytest.mark.parametrize("text", ["814 mm2", "814 mm^2", "814mm2", "814 MM2", "814 mm²"])
def test_an_area_typed_with_a_plain_2_is_read(text):
    assert parse_quantity(text, "mm²") == 814, f"{text!r} is 814 mm², as the source files write it"


def test_an_exponent_is_not_taken_for_a_unit():
    assert parse_quantity("1e2", "W") == 100
    assert parse_quantity("1e2 W", "W") == 100


@pytest.mark.parametrize("text", ["abc GB", "inf W", "GB"])
def test_text_without_a_digit_is_not_a_number_and_no_separator_is_blamed(text):
    with pytest.raises(QuantityError) as err:
        parse_quantity(text, "GB")
    assert str(err.value) == f"{text!r} is not a number"


FRENCH_POINT_GROUPS = NumberStyle(group=".", point=",")


@pytest.mark.parametrize("style", [PLAIN, FRENCH, FRENCH_NBSP, FRENCH_POINT_GROUPS],
                         ids=["english", "french-narrow-nbsp", "french-nbsp", "german-point-groups"])
@pytest.mark.parametrize("canonical", ["TFLOPS", "TOPS", "GB", "GB/s", "W", "mm²", "billion"])
def test_what_the_app_shows_can_be_typed_back_in_the_same_locale(canonical, style):
    """A figure copied from the window into a value field is read back as the figure shown (grouped thousands,
    decimal separator and display unit of the user's locale), never a thousand times off."""
    from db.units import format_quantity
    for value in (0.5, 1.8, 3.35, 752, 1229, 3_350, 49_200, 300_000, 1_229_000, 2_500_000, 1.229e9):
        shown = format_quantity(value, canonical, style)
        typed = parse_quantity(shown, canonical, style)
        assert typed == pytest.approx(value, rel=5e-4), (
            f"{value} {canonical} is shown as {shown!r}; typing that back must give {value} again, not {typed}")
        assert format_quantity(typed, canonical, style) == shown, f"{shown!r} typed back must show as {shown!r}"


def test_every_typed_unit_of_another_dimension_says_what_it_measures():
    """The refusal names what the typed unit measures, for every unit a user may type (never 'measures None')."""
    from db.units import _EXTRA_UNITS, _SOURCE_UNITS, _TYPED_UNITS, DIMENSIONS
    for unit, (target, _factor) in {**_SOURCE_UNITS, **_EXTRA_UNITS, **_TYPED_UNITS}.items():
        metric = "GB" if target == "TFLOPS" else "TFLOPS"
        with pytest.raises(QuantityError) as err:
            parse_quantity(f"1 {unit}", metric)
        assert f"{unit!r} measures {DIMENSIONS[target]}, but this metric is {DIMENSIONS[metric]}" in str(err.value), (
            f"typing 1 {unit} for a {metric} metric must say it measures {DIMENSIONS[target]}")


# ---------------------------------------------------------------- typed in a language's symbols

NNBSP = "\u202f"
FRENCH = NumberStyle(group=NNBSP, point=",", space=NNBSP, units=(("TB/s", "To/s"), ("GB", "Go"), ("TB", "To")))
CHINESE = NumberStyle(units=(("billion", "亿"),), multiples=(("billion", 10.0),))


@pytest.mark.parametrize("text, canonical, expected", [
    ("3,35 To/s", "GB/s", 3350.0),
    (f"1{NNBSP}229{NNBSP}To/s", "GB/s", 1_229_000.0),  # as the window writes it
    ("1 229 to/s", "GB/s", 1_229_000.0),  # any case, an ordinary space
    ("96 Go", "GB", 96.0),
    ("96Go", "GB", 96.0),
    ("49,2 TB", "GB", 49_200.0),  # the English symbols are still understood
    ("2,5 PFLOPS", "TFLOPS", 2500.0),
])
def test_french_symbols_and_decimal_comma(text, canonical, expected):
    assert parse_quantity(text, canonical, FRENCH) == pytest.approx(expected)


def test_chinese_yi_is_read_back_in_billions():
    assert parse_quantity("2080亿", "billion", CHINESE) == pytest.approx(208.0)
    assert parse_quantity("2,080 亿", "billion", CHINESE) == pytest.approx(208.0)
    assert parse_quantity("208 billion", "billion", CHINESE) == pytest.approx(208.0)


def test_a_language_symbol_of_another_dimension_is_refused():
    with pytest.raises(QuantityError, match="bandwidth"):
        parse_quantity("3 To/s", "GB", FRENCH)
    with pytest.raises(QuantityError, match="unknown unit"):
        parse_quantity("3 To/s", "GB/s")  # English does not know the French symbol


def test_messages_name_the_unit_as_typed_and_the_one_to_use_in_the_language():
    with pytest.raises(QuantityError) as wrong:
        parse_quantity("3 To/s", "GB", FRENCH)
    assert str(wrong.value) == ("'To/s' measures bandwidth (bytes per second), but this metric is memory size "
                                "(bytes): use Go or a multiple of it")
    with pytest.raises(QuantityError) as unknown:
        parse_quantity("3 parsecs", "GB", FRENCH)
    assert str(unknown.value) == "unknown unit 'parsecs': use Go or a multiple of it"


def test_a_language_symbol_is_found_whatever_its_spaces():
    assert parse_quantity("3,35 To /s", "GB/s", FRENCH) == pytest.approx(3350.0)
    ratio = NumberStyle(point=",", units=(("GB/s per TFLOPS", "Go/s par TFLOPS"),))
    assert parse_quantity("2,5 Go/s par TFLOPS", "GB/s per TFLOPS", ratio) == pytest.approx(2.5)
    assert parse_quantity("2,5 go/s  par tflops", "GB/s per TFLOPS", ratio) == pytest.approx(2.5)
