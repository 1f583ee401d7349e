import pytest

from db.units import NumberStyle, UnitError, format_quantity, format_ratio, to_canonical


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
