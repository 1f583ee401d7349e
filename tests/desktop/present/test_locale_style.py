"""Numbers and dates in each language (desktop.present.locale_style, desktop.present.dates): '1 229 To/s' and
'4 déc. 2026' in French, '1,229 TB/s' and '2026年12月4日' in Chinese, English as ChipLens always wrote it."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from db.api.compare import PLAIN, format_number, format_quantity, format_ratio
from db.units import parse_number, parse_quantity
from desktop.present import dates
from desktop.present.locale_style import (format_date, format_date_time, format_long_date, format_period,
                                          month_name, number_style, percent, quarter_label, with_separators)

NNBSP = "\u202f"
FR, ZH, EN = number_style("fr"), number_style("zh_CN"), number_style("en")
UNITS = ("TFLOPS", "TOPS", "GB", "GB/s", "W", "mm²", "")


@pytest.fixture(autouse=True)
def _english_window():
    yield
    dates.set_language("en")  # what a test sets, the next does not inherit


def test_the_examples_of_the_issue():
    assert format_quantity(1_229_000, "GB/s", FR) == f"1{NNBSP}229{NNBSP}To/s"
    assert format_quantity(1_229_000, "GB/s", ZH) == "1,229 TB/s"
    assert format_quantity(1_229_000, "GB/s", EN) == "1,229 TB/s"
    assert format_date(date(2026, 12, 4), "fr") == "4 déc. 2026"
    assert format_date(date(2026, 12, 4), "zh_CN") == "2026年12月4日"
    assert format_date(date(2026, 12, 4), "en") == "2026-12-04"


@pytest.mark.parametrize("value, unit, fr, zh", [
    (96, "GB", f"96{NNBSP}Go", "96 GB"),
    (49_200, "GB", f"49,2{NNBSP}To", "49.2 TB"),
    (3350, "GB/s", f"3,35{NNBSP}To/s", "3.35 TB/s"),
    (2_500_000, "GB/s", f"2,5{NNBSP}Po/s", "2.5 PB/s"),
    (0.5, "GB/s", f"500{NNBSP}Mo/s", "500 MB/s"),
    (300_000, "TFLOPS", f"300{NNBSP}PFLOPS", "300 PFLOPS"),  # FLOPS, TOPS and W keep their symbols
    (1978.9, "TFLOPS", f"1{NNBSP}979{NNBSP}TFLOPS", "1,979 TFLOPS"),
    (624, "TOPS", f"624{NNBSP}TOPS", "624 TOPS"),
    (559_000, "W", f"559{NNBSP}kW", "559 kW"),
    (814, "mm²", f"814{NNBSP}mm²", "814 mm²"),
    (208, "billion", f"208{NNBSP}milliards", "2,080亿"),
    (0.001234, "", "0,001", "0.001"),  # small values: at most three decimals
    (-1_234_567.8, "", f"-1{NNBSP}234{NNBSP}568", "-1,234,568"),
    (0, "GB", f"0{NNBSP}Go", "0 GB"),
])
def test_quantities_in_french_and_chinese(value, unit, fr, zh):
    assert format_quantity(value, unit, FR) == fr
    assert format_quantity(value, unit, ZH) == zh


def test_ratios_and_percentages():
    assert format_ratio(752 / 989.4, FR) == "0,76×" and format_ratio(752 / 989.4, ZH) == "0.76×"
    assert format_ratio(384 / 72 * 100, FR) == "533×"
    assert percent(format_number(12.5, FR), FR) == f"12,5{NNBSP}%"
    assert percent(format_number(12.5, ZH), ZH) == "12.5%" and percent("12.5", EN) == "12.5%"


def test_english_is_todays_style_and_an_unknown_language_reads_as_english():
    assert EN == PLAIN and number_style("de") == PLAIN and number_style(None) == PLAIN
    own = with_separators("en", ".", ",")  # an English window in a country that writes 1.229,5
    assert format_quantity(1_229_000, "GB/s", own) == "1.229 TB/s" and format_number(3.35, own) == "3,35"
    assert with_separators("fr", ".", ",").unit("TB/s") == "To/s"


finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False).filter(lambda x: x == 0 or abs(x) > 1e-9)


@given(finite)
def test_french_and_chinese_numbers_are_english_with_their_separators(x):
    english = format_number(x)
    assert format_number(x, FR) == english.replace(",", NNBSP).replace(".", ",")
    assert format_number(x, ZH) == english
    # and read back as the same number in each language
    assert parse_number(format_number(x, FR), FR) == parse_number(english)
    assert parse_number(format_number(x, ZH), ZH) == parse_number(english)


@given(st.floats(min_value=1e-3, max_value=1e12, allow_nan=False), st.sampled_from(UNITS))
def test_a_quantity_reads_back_in_its_language(x, unit):
    for style in (FR, ZH, EN):
        shown = format_quantity(x, unit, style)
        back = parse_quantity(shown, unit, style)
        assert back == pytest.approx(parse_quantity(format_quantity(x, unit), unit), rel=1e-9)
        if style is FR:
            assert "," not in shown.replace(",", "", 1) and "." not in shown and " " not in shown


@pytest.mark.parametrize("precision, en, fr, zh", [
    ("day", "9 April 2025", "9 avril 2025", "2025年4月9日"),
    ("month", "April 2025", "avril 2025", "2025年4月"),
    ("quarter", "Q2 2025", "T2 2025", "2025年第2季度"),
    ("year", "2025", "2025", "2025年"),
])
def test_an_event_date_at_each_precision(precision, en, fr, zh):
    assert format_period("2025-04-09", precision, "en") == en
    assert format_period("2025-04-09", precision, "fr") == fr
    assert format_period("2025-04-09", precision, "zh_CN") == zh
    assert format_period("", precision, "fr") == "" and format_period("soon", precision, "zh_CN") == "soon"


def test_days_and_moments_in_each_language():
    moment = datetime(2026, 12, 4, 18, 15, 42)  # naive: local time already
    assert format_date_time(moment, "en") == "2026-12-04 18:15"
    assert format_date_time(moment, "fr") == "4 déc. 2026 18:15"
    assert format_date_time(moment, "zh_CN") == "2026年12月4日 18:15"
    assert format_date("2026-02-01", "fr") == "1 févr. 2026" and format_date(moment, "fr") == "4 déc. 2026"
    assert format_date("2026-12-04T18:15:00", "zh_CN") == "2026年12月4日"
    assert format_long_date("2026-07-14", "fr") == "14 juillet 2026" and format_long_date("2026-07-14", "en") == \
        "14 July 2026"
    assert format_date(None, "fr") == "" and format_date("someday", "fr") == "someday"
    assert format_date_time("someday", "zh_CN") == "someday"


def test_month_and_quarter_labels_for_a_timeline_axis():
    assert [month_name(m, "fr", short=True) for m in (1, 2, 6, 7, 9)] == ["janv.", "févr.", "juin", "juil.", "sept."]
    assert month_name(4, "en", short=True) == "Apr" and month_name(4, "en") == "April"
    assert month_name(12, "zh_CN") == month_name(12, "zh_CN", short=True) == "12月"
    assert [quarter_label(2, lang) for lang in ("en", "fr", "zh_CN", "xx")] == ["Q2", "T2", "2季度", "Q2"]


def test_the_window_language_is_what_dates_use_without_one():
    assert dates.day("2026-12-04") == "2026-12-04"  # English until the window says otherwise
    dates.set_language("fr")
    assert dates.day("2026-12-04") == "4 déc. 2026" and dates.period("2025-04-09", "quarter") == "T2 2025"
    assert dates.day("2026-12-04", "en") == "2026-12-04"  # an export's own language wins
    dates.set_language("zh_CN")
    assert dates.long_day("2026-12-04") == "2026年12月4日"
    # in another language than English, the caller's English month names and quarter template are not used
    assert dates.period("2025-04-09", "month", lambda m: "Avril", "Q%1 %2") == "2025年4月"
    dates.set_language("klingon")
    assert dates.day("2026-12-04") == "2026-12-04"


@pytest.mark.parametrize("lang", ["fr", "zh_CN"])
def test_every_day_of_a_year_reads_back_and_never_as_numbers_only(lang):
    names = {month_name(m, lang, short=True): m for m in range(1, 13)}
    assert len(names) == 12
    d = date(2028, 1, 1)  # a leap year
    while d.year == 2028:
        text = format_date(d, lang)
        if lang == "fr":
            day_text, month_text, year_text = text.split(" ")
            assert date(int(year_text), names[month_text], int(day_text)) == d
        else:
            m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
            assert m and date(*map(int, m.groups())) == d
        d += timedelta(days=1)


def test_a_timeline_axis_reads_its_month_ticks_in_the_language():
    from desktop.present import dates
    assert dates.axis_text("Apr", "fr") == dates.month_name(4, "fr", short=True) != "Apr"
    assert dates.axis_text("Dec 05", "zh_CN") == dates.month_name(12, "zh_CN", short=True) + " 05"
    assert dates.axis_text("2025", "fr") == "2025"
    assert dates.axis_text("May 2025", "en") == "May 2025"


def test_a_date_field_shows_its_day_in_the_language_and_iso_in_english():
    from desktop.present import dates
    assert dates.edit_format("en") == "yyyy-MM-dd"
    assert "MMM" in dates.edit_format("fr")  # the month's name, never a numeric day-month order
    assert dates.edit_format("zh_CN").startswith("yyyy年")
    dates.set_language("fr")
    assert dates.edit_format() == dates.edit_format("fr")
