"""The timeline's dates along the x axis, without Qt: one representation for the chart and the picture.

A date is placed as its UTC-midnight epoch second (calendar.timegm: never local time, so the position is
the same in every time zone; dates before 1970 give negative seconds). An event covers its whole period,
from the first midnight to the midnight after its last day. `XScale` maps seconds to pixels; the range
helpers (zoom, pan, fit, recent years) work on (x0, x1) pairs of seconds; `calendar_ticks` gives the
picture's year / quarter / month ticks.
"""
from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from db.api.events import period_end

DAY = 86_400
YEAR = 365.2425 * DAY
X_MIN = calendar.timegm((1800, 1, 1, 0, 0, 0))  # the chart never pans outside these
X_MAX = calendar.timegm((2200, 1, 1, 0, 0, 0))
MIN_FIT = 60 * DAY  # the narrowest range fit_range() gives

_MONTHS = {"day": 0, "month": 1, "quarter": 3, "year": 12}


@lru_cache(maxsize=65_536)
def epoch_seconds(iso: str) -> int:
    """UTC midnight of an ISO date (YYYY-MM-DD) in epoch seconds; negative before 1970; TZ-independent."""
    return calendar.timegm((int(iso[0:4]), int(iso[5:7]), int(iso[8:10]), 0, 0, 0))


def iso_day(seconds: float) -> str:
    """The calendar day (ISO) that holds epoch second `seconds` (UTC), clamped to years 1..9999."""
    days = int(seconds // DAY)
    base = date(1970, 1, 1).toordinal()
    return date.fromordinal(min(max(base + days, 1), date(9999, 12, 31).toordinal())).isoformat()


@lru_cache(maxsize=65_536)
def period_end_cached(iso: str, precision: str) -> str:
    """db.events.period_end, cached: many events share a period."""
    return period_end(iso, precision)


def period_seconds(iso: str, precision: str) -> tuple[int, int]:
    """(start, end) of a period in UTC epoch seconds; end is the midnight after its last day."""
    return epoch_seconds(iso), epoch_seconds(period_end_cached(iso, precision)) + DAY


def period_middle(iso: str, precision: str) -> float:
    """The middle of the period (of the day, for a day-precision date), in epoch seconds."""
    start, end = period_seconds(iso, precision)
    return (start + end) / 2


def periods(dates: Sequence[str], precisions: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(starts, ends, is_span) of many periods at once (numpy), the same as period_seconds() of each;
    is_span is true for month / quarter / year precision."""
    n = len(dates)
    try:
        days = np.array(list(dates), dtype="datetime64[D]")
        months = np.fromiter((_MONTHS[p] for p in precisions), dtype=np.int64, count=n)
    except (KeyError, ValueError, TypeError):
        pairs = [period_seconds(d, p) for d, p in zip(dates, precisions)]
        starts = np.array([p[0] for p in pairs], dtype=np.float64).reshape(n)
        ends = np.array([p[1] for p in pairs], dtype=np.float64).reshape(n)
        return starts, ends, np.fromiter((p != "day" for p in precisions), dtype=bool, count=n)
    start_days = days.astype(np.int64)
    # the period ends at midnight after its last day: the first day of the month `months` after the start's
    next_month = (days.astype("datetime64[M]") + months).astype("datetime64[D]").astype(np.int64)
    is_span = months > 0
    end_days = np.where(is_span, next_month, start_days + 1)
    return start_days.astype(np.float64) * DAY, end_days.astype(np.float64) * DAY, is_span


def today_seconds(today: date | None = None) -> int:
    return epoch_seconds((today or date.today()).isoformat())


@dataclass(frozen=True)
class XScale:
    """Epoch seconds [x0, x1] onto pixels [left, left + width] (works on floats and numpy arrays)."""
    x0: float
    x1: float
    width: float
    left: float = 0.0

    @classmethod
    def for_dates(cls, date_from: str, date_to: str, width: float, left: float = 0.0) -> XScale:
        """From the first midnight of date_from to the last of date_to (both days shown whole)."""
        return cls(epoch_seconds(date_from), epoch_seconds(date_to) + DAY, width, left)

    @property
    def span(self) -> float:
        return max(self.x1 - self.x0, DAY)

    @property
    def right(self) -> float:
        return self.left + self.width

    def to_px(self, x):
        return self.left + (x - self.x0) / self.span * self.width

    def px_per_second(self) -> float:
        return self.width / self.span


# ranges: (x0, x1) in epoch seconds --------------------------------------------------------------------
def zoom_range(x0: float, x1: float, factor: float, centre: float | None = None) -> tuple[float, float]:
    """factor < 1 zooms in, > 1 zooms out, around `centre` (default: the middle)."""
    c = (x0 + x1) / 2 if centre is None else centre
    return c - (c - x0) * factor, c + (x1 - c) * factor


def pan_range(x0: float, x1: float, fraction: float) -> tuple[float, float]:
    """Moved by a fraction of its width (positive: later)."""
    d = (x1 - x0) * fraction
    return x0 + d, x1 + d


def centred_range(x0: float, x1: float, start: float, end: float, centre: float) -> tuple[float, float]:
    """Centred on `centre`, as wide as before but at least 1.5 times the period [start, end]."""
    width = max(x1 - x0, (end - start) * 1.5)
    return centre - width / 2, centre + width / 2


def fit_range(lo: float, hi: float, today: float) -> tuple[float, float]:
    """Everything from lo to hi with a little room, and today too when hi is recent."""
    if hi < today and today - hi < max(hi - lo, 365 * DAY) * 0.5:
        hi = today + DAY
    width = max(hi - lo, MIN_FIT)
    pad = width * 0.04
    centre = (lo + hi) / 2
    return centre - width / 2 - pad, centre + width / 2 + pad


def recent_range(years: float, today: float) -> tuple[float, float]:
    """The last `years` years up to today, with a little room after today."""
    width = years * YEAR
    return today - width, today + width * 0.08


# ticks of the exported picture ------------------------------------------------------------------------
def calendar_ticks(date_from: str, date_to: str) -> list[tuple[int, str, bool]]:
    """(epoch seconds, label, major) at years, or at quarters / months on shorter ranges; majors at years."""
    first, last = date.fromisoformat(date_from), date.fromisoformat(date_to)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = 12 if months > 48 else 3 if months > 15 else 1
    out = []
    y, m = first.year, 1
    while date(y, m, 1) <= last:
        d = date(y, m, 1)
        if d >= first:
            label = str(y) if m == 1 or step == 12 else (f"Q{(m - 1) // 3 + 1}" if step == 3 else d.strftime("%b"))
            if m == 1 and step != 12:
                label = str(y)
            out.append((epoch_seconds(d.isoformat()), label, m == 1))
        m += step
        while m > 12:
            m -= 12
            y += 1
    return out
