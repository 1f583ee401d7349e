"""The timeline's date <-> x mapping (desktop/present/timeline_scale.py): no Qt needed."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from desktop.present.timeline_scale import (DAY, XScale, calendar_ticks, centred_range, epoch_seconds, fit_range,
                                            pan_range, period_middle, period_seconds, periods, recent_range,
                                            today_seconds, zoom_range)


def test_dates_are_utc_midnights_before_and_after_1970():
    assert epoch_seconds("1970-01-01") == 0
    assert epoch_seconds("2022-10-07") == 1665100800
    assert epoch_seconds("1962-10-16") == -227577600
    assert today_seconds(dt.date(2025, 4, 9)) == epoch_seconds("2025-04-09")


@pytest.mark.parametrize("iso, precision, days", [("2025-04-09", "day", 1), ("2024-02-01", "month", 29),
                                                  ("2025-02-01", "month", 28), ("2025-04-01", "quarter", 91),
                                                  ("2024-01-01", "year", 366), ("1949-01-01", "year", 365)])
def test_a_period_runs_from_its_first_midnight_to_the_midnight_after_its_last_day(iso, precision, days):
    start, end = period_seconds(iso, precision)
    assert start == epoch_seconds(iso) and end - start == days * DAY
    assert period_middle(iso, precision) == start + days * DAY / 2


def test_many_periods_at_once_match_one_by_one():
    dates = ["2024-02-01", "1949-01-01", "2025-04-09", "2025-10-01", "1800-01-01"]
    precisions = ["month", "year", "day", "quarter", "day"]
    starts, ends, spans = periods(dates, precisions)
    assert [(s, e) for s, e in zip(starts.tolist(), ends.tolist())] == [period_seconds(d, p)
                                                                        for d, p in zip(dates, precisions)]
    assert spans.tolist() == [True, True, False, True, False]
    empty = periods([], [])
    assert all(len(a) == 0 for a in empty)


def test_scale_maps_the_first_and_last_day_onto_the_plot_edges():
    scale = XScale.for_dates("2024-01-01", "2024-12-31", width=732.0, left=100.0)
    assert scale.to_px(epoch_seconds("2024-01-01")) == 100.0
    assert scale.to_px(epoch_seconds("2024-12-31") + DAY) == pytest.approx(832.0)
    assert scale.to_px(period_middle("2024-01-01", "year")) == pytest.approx(466.0)
    assert scale.right == 832.0 and scale.px_per_second() == pytest.approx(2 / DAY)
    xs = np.array([epoch_seconds("2024-01-01"), epoch_seconds("2024-01-02")], dtype=float)
    assert scale.to_px(xs).tolist() == pytest.approx([100.0, 102.0])


def test_a_reversed_range_does_not_divide_by_zero():
    scale = XScale.for_dates("2024-01-02", "2024-01-01", width=100.0)
    assert scale.span == DAY and np.isfinite(scale.to_px(epoch_seconds("2024-01-01")))


def test_zoom_pan_and_centre():
    assert zoom_range(0.0, 100.0, 0.5) == (25.0, 75.0)
    assert zoom_range(0.0, 100.0, 2.0, centre=0.0) == (0.0, 200.0)
    assert pan_range(0.0, 100.0, 0.2) == (20.0, 120.0)
    assert pan_range(0.0, 100.0, -0.2) == (-20.0, 80.0)
    assert centred_range(0.0, 100.0, 500.0, 510.0, 505.0) == (455.0, 555.0)
    assert centred_range(0.0, 10.0, 0.0, 100.0, 50.0) == (-25.0, 125.0)  # wide enough for the period


def test_fit_includes_today_only_when_the_last_event_is_recent():
    today = epoch_seconds("2025-06-01")
    lo, hi = epoch_seconds("2020-01-01"), epoch_seconds("2025-03-01")
    x0, x1 = fit_range(lo, hi, today)
    assert x0 < lo and x1 > today
    old = epoch_seconds("2010-01-01")
    x0, x1 = fit_range(old - 365 * DAY, old, today)
    assert x1 < today
    x0, x1 = fit_range(lo, lo + DAY, today - 9000 * DAY)  # one day: still a readable width
    assert x1 - x0 >= 60 * DAY


def test_recent_years_end_a_little_after_today():
    today = epoch_seconds("2025-06-01")
    x0, x1 = recent_range(3, today)
    assert x0 == pytest.approx(today - 3 * 365.2425 * DAY) and today < x1 < today + 0.3 * 365.2425 * DAY


def test_calendar_ticks_by_year_quarter_and_month():
    years = calendar_ticks("2018-01-01", "2025-12-31")
    assert [label for _x, label, _m in years] == [str(y) for y in range(2018, 2026)]
    assert all(major for _x, _l, major in years) and years[0][0] == epoch_seconds("2018-01-01")
    quarters = calendar_ticks("2024-01-01", "2025-06-30")
    assert [label for _x, label, _m in quarters] == ["2024", "Q2", "Q3", "Q4", "2025", "Q2"]
    assert [major for _x, _l, major in quarters] == [True, False, False, False, True, False]
    months = calendar_ticks("2024-11-15", "2025-02-10")
    assert [x for x, _l, _m in months] == [epoch_seconds(d) for d in ("2024-12-01", "2025-01-01", "2025-02-01")]
    assert months[1][1:] == ("2025", True)
