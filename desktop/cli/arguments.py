"""What the command parsers share: argparse types (a period for --from/--to) and help texts put together
from translated parts. Loaded when the whole parser is built, never on a window start."""
from __future__ import annotations

import argparse


class Composed(str):
    """A help text put together from translated parts (a list of kinds, the exit codes): `make(translate)`
    gives it in the language it is shown in; the string itself is the English."""

    def __new__(cls, make):
        text = super().__new__(cls, make(lambda context, source: source))
        text.make = make
        return text


def period_bound(end: bool):
    """argparse type for --from/--to: YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD -> the first (last) ISO day."""
    def convert(text: str) -> str:
        from db.api.events import parse_period
        period = parse_period(text)
        if period is None:
            from desktop.cli.words import say, translate
            raise argparse.ArgumentTypeError(say(translate(
                "Cli", "%1 is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"), repr(text)))
        return period[1] if end else period[0]
    return convert
