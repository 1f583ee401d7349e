"""One date and time style (desktop.present.dates): ISO or the month written out, never a numeric day-month order."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from desktop.present import dates


def test_a_moment_reads_as_iso_to_the_minute_in_local_time():
    naive = datetime(2026, 12, 4, 18, 15, 42)  # backup file names: local time already
    assert dates.date_time(naive) == "2026-12-04 18:15"
    utc = datetime(2026, 12, 4, 18, 15, tzinfo=timezone.utc)
    assert dates.date_time(utc) == utc.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dates.date_time("2026-12-04T18:15:00Z") == dates.date_time(utc)  # as the store writes it
    assert dates.date_time(datetime(2026, 12, 4, 19, 15, tzinfo=timezone(timedelta(hours=1)))) == dates.date_time(utc)


def test_nothing_and_unreadable_text():
    assert dates.date_time(None) == "" and dates.date_time("") == ""
    assert dates.date_time("yesterday") == "yesterday"  # shown as it is, never a wrong date
    assert dates.day(None) == "" and dates.day("2026") == "2026"


def test_a_day_in_iso_or_written_out():
    assert dates.day(date(2026, 12, 4)) == "2026-12-04"
    assert dates.day("2026-12-04") == "2026-12-04"
    assert dates.long_day("2026-12-04") == "4 December 2026"
    assert dates.long_day(date(1962, 10, 16), lambda m: ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                          "Sep", "Oct", "Nov", "Dec"][m]) == "16 Oct 1962"


def test_an_event_date_at_its_precision():
    assert dates.period("2025-04-09", "day") == "9 April 2025"
    assert dates.period("2025-04-01", "month") == "April 2025"
    assert dates.period("2025-04-01", "quarter") == "Q2 2025"
    assert dates.period("2025-04-01", "quarter", quarter="T%1 %2") == "T2 2025"
    assert dates.period("2025-01-01", "year") == "2025"
    assert dates.period("", "day") == ""


def test_no_numeric_day_month_order_for_any_day_of_a_year():
    day = date(2026, 1, 1)
    while day.year == 2026:
        moment = datetime(day.year, day.month, day.day, 9, 5)
        assert dates.date_time(moment) == f"{day.isoformat()} 09:05"
        assert dates.long_day(day).split()[1].isalpha()
        day += timedelta(days=1)


def test_a_month_precise_source_date_is_written_as_a_month_in_the_language():
    """Sources dated to the month ('2025-10') read 'oct. 2025' / '2025年10月'; English keeps ISO; other text is kept."""
    assert dates.day("2025-10", "fr") == f"{dates.month_name(10, 'fr', True)} 2025"
    assert dates.day("2025-10", "zh_CN") == "2025年10月"
    assert dates.day("2025-10", "en") == "2025-10"
    assert dates.day("2025-13", "fr") == "2025-13" and dates.day("Q3 2025", "fr") == "Q3 2025"
