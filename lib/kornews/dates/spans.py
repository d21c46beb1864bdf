"""The days a resolved value covers, and its tense against the article's day."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Span(NamedTuple):
    """The days a resolved value covers."""

    first: dt.date
    last: dt.date


def interval(resolved: str | None) -> Span | None:
    """The days a resolved value covers, first and last: ``2020-12`` -> (2020-12-01, 2020-12-31)."""
    if not resolved:
        return None
    first, _, last = resolved.partition("/")
    return Span(_bounds(first).first, _bounds(last or first).last)


def _bounds(value: str) -> Span:
    day = value[:10]
    if len(day) == 4:
        return Span(dt.date(int(day), 1, 1), dt.date(int(day), 12, 31))
    if len(day) == 7:
        year, month = int(day[:4]), int(day[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return Span(dt.date(year, month, 1), following - dt.timedelta(days=1))
    return Span(dt.date.fromisoformat(day), dt.date.fromisoformat(day))


def tense(resolved: str | None, article_date: str | None) -> str | None:
    """``past``, ``present`` or ``future`` of a resolved value against the article's day (or its
    month, a magazine's issue: ``2021-11``); None when either is unknown."""
    span, today = interval(resolved), interval(article_date)
    if span is None or today is None:
        return None
    return "past" if span.last < today.first else "future" if span.first > today.last else "present"
