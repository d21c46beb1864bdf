"""Every figure of an article as one tidy table: the sentences' figures, dated against the
article's date (:mod:`kornews.dates`), with a row for each relative date word."""

from __future__ import annotations

import math
from typing import NamedTuple

import pandas as pd

from .. import dates
from ..article import Article
from ..columns import token_columns
from ..schema import typed
from .furniture import date_line
from .measure import measure_of, per_of
from .moments import merge_dates
from .records import Detail, Figure, Token
from .scan import scan

KINDS = (
    "date",
    "time",
    "duration",
    "count",
    "area",
    "money",
    "percent",
    "ordinal",
    "length",
    "mass",
    "volume",
    "temperature",
    "energy",
    "data",
    "speed",
    "age",
    "ratio",
    "score",
    "other",
)


class Row(NamedTuple):
    """One row of the :func:`figures` table (its columns, in order, ``detail`` spread into its own)."""

    text: str
    value: object
    upper: object
    number: float
    unit: str | None
    kind: str
    approximate: bool
    measure: str | None
    section: int
    sentence: int
    start: int
    end: int
    # What the words around a number say about it: after the columns every figure has, one column
    # each (DETAIL_COLUMNS).
    detail: Detail = Detail()
    # Where a date or time lies on the calendar, against the article's date: after the rest.
    resolved: str | None = None
    anchor: str | None = None


DETAIL_COLUMNS = list(Detail._fields)
_AT_DETAIL = Row._fields.index("detail")
FIGURE_COLUMNS = [*Row._fields[:_AT_DETAIL], *DETAIL_COLUMNS, *Row._fields[_AT_DETAIL + 1 :]]
DATE_COLUMNS = ["resolved", "anchor"]


def figures(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per figure expression in the title, subtitles, headings and body, in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table (with or without an ``article``
    column).

    Columns:
        text: the figure as written, with its counter, the marks before it and the hedges after it
            (``2만 7606㎡``, ``약 1000㎡``, ``53만여개``, ``10일 오전 0시1분쯤``, ``△1.2%``, ``만 19세 이상``,
            ``3.3㎡당 4000만원``); ``article.text[start:end]``.
        value: the normalised value: an int (whole) or float for quantities, durations and
            ordinals, exact however long (a 400-digit number is that int); an ISO-8601-like string
            for dates and times: ``2015``, ``2015-12``, ``2015-12-10``, ``--04`` (April of no stated
            year), ``---10`` (day 10), ``---10T00:01``, ``15:30``. For a range, the lower end.
            Signed by ``-``, ``마이너스``, ``영하`` (``영하 10℃`` is -10), and by the arrows of Korean
            financial tables: ``△1.2%`` and ``▼2.1%`` are -1.2 and -2.1 (a decrease), ``▲3.4%`` is 3.4,
            and so are arrows glued after the figure (``12.6%↓`` is -12.6). A fraction is its quotient
            (``3분의 1``, ``2/3``). ``'20년`` is the year 2020 (two-digit years: 00-49 are 2000s).
            None when the numeral is malformed (``5757억8300억원``) or longer than Python prints
            (over 4300 digits); see ``flag``.
        upper: the upper end of a range (same type as ``value``: ``10~20%`` is 10 and 20,
            ``3~4월`` is ``--03`` and ``--04``; an age group ``30대`` is 30 and 39, a decade ``90년대``
            ``1990`` and ``1999``), else None.
        number: ``value`` as a float for the numeric kinds, NA for dates and times, for a malformed
            numeral and for a number too large for a float (309 digits or more); for plotting.
        unit: the counter or symbol as written (㎡, 개, 건, 명, 원, %, 년, 개월, 시간, 선, 배, 세, 달러,
            $, ℃, kWh ...; see ``data/units.tsv``), except that percentage points in any spelling
            (``%p``, ``%포인트``, ``% 포인트``, ``퍼센트포인트``) are ``%p``, 주간 is 주, and the native
            day counts (이틀, 사흘 ... 보름) are 일; for a date or time its finest part (``월`` for
            ``2015년 12월``); None when there is none.
        kind: one of :data:`KINDS`: date, time, duration, count, area, money, percent (with unit
            ``%p`` for percentage points), ordinal (제N, N번째, N째, 4회말, 21대 국회, 후반 38분, an
            inning 5회 in a ball game's account, 3루, 5세대 이동통신),
            length, mass, volume, temperature, energy, data, speed (시속 100㎞), age (19세, 30대,
            A(54)씨), ratio (3배, 3분의 1, 2/3), score (3대 1, 0-2로, a scoreboard's 6 - 3), other.
            A quarter (``3분기``, ``2022년 2분기``) is a date whose value is the quarter's number.
        approximate: True when the text hedges the number (약, 여, 쯤, 께, 가량, 안팎, 남짓, 정도,
            내외, 상당, 가까운, 에 육박, 1조원대, 8%대) or names only a part of its month, year or decade (초,
            중순, 말, 상반기, 하반기, 초반, 후반: ``3월 중순께``, ``6월 말``, ``30대 초반``); not 말 before
            기준 or 현재 (``8월말 기준``: the month's end as of).
        measure: what the figure counts where the text says: the noun phrase it modifies
            (``400개 가까운 창업팀`` -> 창업팀), for quantities the noun written before it (``전기버스
            500대``, ``예산 48억원 가운데``), or else the topic it is predicated of (``가맹 신청 수는 3월
            8만5000건`` -> 가맹 신청 수); None when none is found. Never a particle, a suffix (씩), a
            relation (가운데, 동안, 전, 이상), a verb phrase (``500대 추가 도입``) or a level (``24% 수준``);
            for a date or time none, but for a year inside a name, the name:
            :mod:`kornews.figures.measure`, ``data/measure_words.tsv``. Best effort.
        section, sentence, start, end: as in :func:`kornews.tokenize`.
        change: ``increase`` or ``decrease`` when an arrow (▲ ▼ △, or ↑ ↓ after it) or a change word after the
            figure (증가, 감소, 상승, 하락, 늘어난, 줄어든 ...) says it is a change; NA otherwise, and
            when a particle stands between (``4%로 늘었다`` is the level reached, not the change).
        bound: ``>=``, ``<=``, ``>`` or ``<`` for 이상, 이하, 초과, 미만 after the figure, ``>`` for 넘게, 넘는,
            웃돈 (``<`` for 밑돈) after it or its 이/가/을/를; NA otherwise.
        margin: True for a margin of error (``±2.5%포인트``).
        per: the base of a rate (``1인`` in ``1인당 5만원``, ``3.3㎡`` in ``3.3㎡당 4000만원``, ``대`` in
            ``대당 1억5000만원``, ``가구`` in ``가구당 30만원``); NA otherwise.
        against: the other side of a score (1 in ``3대 1``, 2 in ``0-2로``), else None.
        flag: ``malformed`` for digits and powers glued into no one numeral (``2천5000원``), ``too long``
            for a number of more than 4300 digits (Python will not print it); NA otherwise.
        resolved: for a date or time, where it lies on the calendar against ``article.date``
            (:mod:`kornews.dates`): ISO 8601 ``2016``, ``2021-04``, ``2020-07-10``, ``2020-07-10T00:01``,
            or an interval ``first/last`` for a range or a week, half-year or decade
            (``2020-01/2020-06``); NA for other kinds and when it cannot be resolved.
        anchor: ``stated`` (the text gives the year), ``article`` (relative to the article's date)
            or ``previous`` (relative to the last date named before it, in its sentence or an
            earlier one: ``이날`` after ``18일``); NA for other kinds.
    Relative words without a number (이날, 지난달, 올해 말; ``data/dates.tsv``) are rows too: kind
    ``date``, no value, unit or measure. The words behind these rules are tables:
    ``data/units.tsv``, ``data/words.tsv`` and ``data/dates.tsv``.
    """
    return figure_table(figure_rows(tokens, article))


def figure_rows(tokens: pd.DataFrame, article: Article) -> list[tuple]:
    """The rows of :func:`figures`' table, each a tuple of its :data:`FIGURE_COLUMNS`: what a
    corpus verb gathers over many articles into one table (:func:`figure_table`)."""
    rows: list[Row] = []
    named: list[dates.Moment] = []  # the dates resolved so far, which 이날 and 전날 may refer to
    # One pass over the columns, not a groupby: no table made per sentence (a sentence is in
    # one section, and sentences are numbered in text order, so the order is groupby's).
    read = token_columns(tokens)
    columns = ("section", "sentence", "start", "end", "form", "tag")
    sections, numbers, starts, ends, forms, tags = (read.columns[c] for c in columns)
    for span in read.spans:
        section, sentence = sections[span.start], numbers[span.start]
        sentence_tokens = [
            Token(start=start, end=end, form=form, tag=tag)
            for start, end, form, tag in zip(starts[span], ends[span], forms[span], tags[span])
        ]
        found = [
            _row(figure, sentence_tokens, article.text, section=section, sentence=sentence)
            for figure in merge_dates(scan(sentence_tokens, article.text), article.text)
            if not date_line(figure, article.text)
        ]
        rows += _resolved(found, sentence_tokens, article, section, sentence, named)
    rows = sorted(_sets(_innings(_echoed_money(rows))), key=lambda row: (row.start, row.end))
    return [(*row[:_AT_DETAIL], *row.detail, *row[_AT_DETAIL + 1 :]) for row in rows]


def figure_table(rows: list[tuple]) -> pd.DataFrame:
    """:func:`figures`' table of ``rows`` (:func:`figure_rows`, of one article or many)."""
    # value and upper mix ints, floats and strings: object columns keep each as it is (7, not 7.0).
    return typed(
        "figures",
        {name: [values[at] for values in rows] for at, name in enumerate(FIGURE_COLUMNS)},
    )


def _row(figure: Figure, tokens: list[Token], text: str, *, section: int, sentence: int) -> Row:
    return Row(
        text=text[figure.start : figure.end],
        value=figure.value,
        upper=figure.upper,
        number=_number(figure),
        unit=figure.unit,
        kind=figure.kind,
        approximate=figure.approximate,
        measure=measure_of(figure, tokens, text),
        section=section,
        sentence=sentence,
        start=figure.start,
        end=figure.end,
        detail=figure.detail._replace(per=figure.detail.per or per_of(figure, tokens, text)),
    )


def _echoed_money(rows: list[Row]) -> list[Row]:
    """A bare amount of 억 or more (a headline's ``250억 투입``) is money where the article writes the same
    amount as money (``250억원``): headlines drop 원, and a bare 억 elsewhere (``인구 80억``) stays other."""
    money = {row.value for row in rows if row.kind == "money"}
    return [row._replace(kind="money") if _bare_amount(row, money) else row for row in rows]


# Units only a ball game's account writes: where one is, N회 is an inning (5회 역전), not a count of times.
_GAME_UNITS = frozenset({"이닝", "회초", "회말", "피안타", "탈삼진", "볼넷", "타수"})


def _innings(rows: list[Row]) -> list[Row]:
    """In the account of a ball game (a row of :data:`_GAME_UNITS`), a count in 회 is an inning: ordinal."""
    if not any(row.unit in _GAME_UNITS for row in rows):
        return rows
    return [
        row._replace(kind="ordinal") if row.unit == "회" and row.kind == "count" else row
        for row in rows
    ]


def _sets(rows: list[Row]) -> list[Row]:
    """N세트 in a sentence that gives a score (1세트를 25-21로 잡았다) is the n-th set: ordinal, not a count."""
    scored = {(row.section, row.sentence) for row in rows if row.kind == "score"}
    return [
        row._replace(kind="ordinal")
        if row.unit == "세트" and row.kind == "count" and (row.section, row.sentence) in scored
        else row
        for row in rows
    ]


def _bare_amount(row: Row, money: set) -> bool:
    return (
        row.kind == "other"
        and row.unit is None
        and isinstance(row.value, (int, float))
        and row.value >= 10**8
        and row.value in money
    )


def _resolved(
    rows: list[Row],
    tokens: list[Token],
    article: Article,
    section: int,
    sentence: int,
    named: list[dates.Moment],
) -> list[Row]:
    """The sentence's figure rows with ``resolved`` and ``anchor``, and a row for each relative
    word without digits (이날, 지난달, 올해 말), in text order; ``named`` as in :func:`dates.resolve`."""
    sentence_end = max((t.end for t in tokens), default=0)
    dated = [row for row in rows if row.kind in ("date", "time") and isinstance(row.value, str)]
    items = [
        dates.figure_item(
            row.start,
            row.end,
            row.text,
            row.value,
            row.upper,
            bracketed=article.text[row.start - 1 : row.start] == "(",
            weekday=dates.weekday_after(article.text, row.end),
            since=dates.since(article.text, row.end, sentence_end),
            listed=dates.listed_after(article.text, previous_end, row.start),
        )
        for previous_end, row in zip([None, *(row.end for row in dated)], dated)
    ]
    items += [
        dates.quarter_item(row.start, row.end, row.text, row.value)
        for row in rows
        if row.kind == "date" and row.unit == "분기" and isinstance(row.value, int)
    ]
    items += [
        word
        for word in dates.find_words(article.text, [(t.start, t.end) for t in tokens])
        if not any(row.start < word.end and word.start < row.end for row in rows)
    ]
    by_start = {row.start: row for row in rows}
    sentence_text = (
        article.text[min(t.start for t in tokens) : max(t.end for t in tokens)] if tokens else ""
    )
    # A verbless line (a title: 23일 전국 비) says no tense; one that speaks ahead names days to come.
    verbless = not any(token.tag.startswith(("V", "E", "XSV", "XSA")) for token in tokens)
    ahead = verbless or dates.ahead(sentence_text)
    for found in dates.resolve(items, article.date, named, ahead=ahead):
        if found.figure:
            by_start[found.start] = by_start[found.start]._replace(
                resolved=found.resolved, anchor=found.anchor
            )
        else:
            by_start[found.start] = Row(
                text=article.text[found.start : found.end],
                value=None,
                upper=None,
                number=math.nan,
                unit=None,
                kind="date",
                approximate=found.approximate,
                measure=None,
                section=section,
                sentence=sentence,
                start=found.start,
                end=found.end,
                resolved=found.resolved,
                anchor=found.anchor,
            )
    return [by_start[start] for start in sorted(by_start)]


def _number(figure: Figure) -> float:
    if figure.kind in ("date", "time") or figure.value is None:
        return math.nan
    try:
        return float(figure.value)
    except OverflowError:  # 309 digits or more: value keeps the exact int, number is missing
        return math.nan
