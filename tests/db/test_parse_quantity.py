"""What a user types into a value field, read into the metric's canonical unit (db.units.parse_quantity)."""
import pytest

from db.units import NumberStyle, QuantityError, parse_number, parse_quantity


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
