"""The dated figures of a :func:`figures` table: the ones stating a year, and the article's
timeline of events."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from .. import dates
from ..article import Article
from ..schema import conformed
from .table import figures as figures_of


class Event(NamedTuple):
    """One row of the :func:`timeline` table (its columns, in order)."""

    date: str
    year: int
    position: float
    text: str
    event: str
    anchor: str
    tense: str | None
    section: int
    sentence: int
    start: int
    end: int


TIMELINE_COLUMNS = list(Event._fields)


def dated(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`figures` table (one article's or a corpus's) that are dates or times
    stating a year, with ``year`` (int) added; ``4월`` or ``10일`` alone cannot be placed in time."""
    years = table["value"].astype(str).str.extract(r"^(\d{4})", expand=False)
    kept = table["kind"].isin(["date", "time"]) & years.notna()
    found = table[kept].assign(year=years[kept].astype(int))
    return conformed("dated", found, corpus="article" in table.columns)


def timeline(
    tokens: pd.DataFrame,
    article: Article,
    *,
    figures: pd.DataFrame | None = None,
    width: int = 40,
) -> pd.DataFrame:
    """Every date of the article that can be placed on the calendar, with the words of the
    sentence that say what happened.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table; ``figures`` its :func:`figures`
    table when the caller has it already (else it is made here). A date is placed when it states
    its year or when the article's date (``article.date``) resolves it (``10일``, ``내년 4월``,
    ``이날``: see :mod:`kornews.dates`); without an article date only the stated ones are.

    Columns:
        date: the figure's ``resolved`` value (``2015-12``, ``2020-07-10T00:01``, ``2020-01/2020-06``).
        year: the year it starts in (int).
        position: the middle of the days it covers, as a year on a time axis (``2015-12`` -> 2015.96).
        text: the figure (or the relative words) as written.
        event: up to ``width`` characters of the sentence from its start, cut at a space; when
            the figure stands further on, the sentence's opening words, `` … `` and the words from
            the figure on (from the name, for a year after a name); ``…`` marks a cut.
        anchor: ``stated``, ``article`` or ``previous`` (see :func:`figures`).
        tense: ``past``, ``present`` (it covers the article's day) or ``future`` against the
            article's date; missing when the article's date is unknown.
        section, sentence, start, end: as in :func:`figures`.
    Rows in text order; a date in brackets that says the date before it again (``오늘(18)``,
    ``내일(19일)``) is one event with it, no row of its own.
    """
    table = figures_of(tokens, article) if figures is None else figures
    placed = list(table[table["resolved"].notna()].itertuples(index=False))
    # Each sentence's bounds: its first morpheme's start and its last one's end (dicts over the
    # columns, not a sentence table; the later start of a sentence is overwritten by the first).
    numbers, starts = tokens["sentence"].tolist(), tokens["start"].tolist()
    sentence_starts = dict(zip(reversed(numbers), reversed(starts)))
    sentence_ends = dict(zip(numbers, tokens["end"].tolist()))
    rows = [
        Event(
            date=figure.resolved,
            year=dates.interval(figure.resolved).first.year,
            position=position(figure.resolved),
            text=figure.text,
            event=_event(
                figure,
                article.text,
                (sentence_starts[figure.sentence], sentence_ends[figure.sentence]),
                width=width,
            ),
            anchor=figure.anchor,
            tense=dates.tense(figure.resolved, article.date),
            section=figure.section,
            sentence=figure.sentence,
            start=figure.start,
            end=figure.end,
        )
        for figure, again in zip(placed, _restated(placed, article.text))
        if not again
    ]
    return conformed("timeline", pd.DataFrame(rows, columns=TIMELINE_COLUMNS))


def _restated(placed: list, text: str) -> list[bool]:
    """Whether each placed date stands in brackets right after the one before and resolves the same:
    the same day said twice (오늘(18): today, the 18th)."""
    before = [None, *placed[:-1]]
    return [
        previous is not None
        and figure.start == previous.end + 1
        and text[previous.end] == "("
        and figure.resolved == previous.resolved
        for previous, figure in zip(before, placed)
    ]


def _event(figure, text: str, sentence: tuple[int, int], *, width: int) -> str:
    """The sentence from its start, cut at a space; when the figure stands past ``width``, the
    sentence's opening words, ``…`` and the words from the figure on (from the name, for a year
    after a name). A line opening at the figure read as a fragment, mid-quotation at times."""
    start, end = sentence
    if _cut_at(text[start:end], width) >= figure.end - start:
        return _cut(text[start:end], width)
    begin = figure.start
    if figure.kind == "date" and pd.isna(figure.unit) and isinstance(figure.measure, str):
        found = text.rfind(figure.measure, start, figure.start)  # a year after a name
        begin = found if found >= 0 else begin
    head = _cut(text[start:end], width // 3, mark="")
    return f"{head} … " + _cut(text[begin:end], width - len(head) - 3)


def _cut(line: str, width: int, *, mark: str = "…") -> str:
    """The line, or its words up to ``width`` characters cut at a space, ``mark`` after them."""
    cut = _cut_at(line, width)
    return line if cut == len(line) else line[:cut].rstrip() + mark


def _cut_at(line: str, width: int) -> int:
    """Where :func:`_cut` cuts the line: its end when it fits, else its last space before ``width``."""
    if len(line) <= width:
        return len(line)
    cut = line.rfind(" ", 0, width + 1)
    return cut if cut > 0 else width


def position(resolved: str) -> float:
    """A resolved date as a year on a time axis: the middle of the days it covers (``2015-12`` -> 2015.96)."""
    first, last = dates.interval(resolved)
    middle = (
        pd.Timestamp(first) + (pd.Timestamp(last) - pd.Timestamp(first) + pd.Timedelta(days=1)) / 2
    )
    return middle.year + (middle.day_of_year - 1 + middle.hour / 24) / (
        366 if middle.is_leap_year else 365
    )
