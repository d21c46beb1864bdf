"""Reading figures out of one sentence's tokens: the numeral, its counter, the marks before it and
the words after it, then its kind; the rules are listed in :mod:`kornews.figures`."""

from __future__ import annotations

from .around import marks_before, tail_after
from .assemble import assembled, serial_moment
from .counted import counted_numeral
from .furniture import after_phone, dated_name, day_span, named, stamped, weather_line
from .numeral import numeral
from .records import Counted, Figure, Token
from .vague import slogans, uncounted, vague

# What may stand between a rate's base and its figure: 1인당 평균 소득은 3만달러.
_RATE_GAP_TAGS = {"NNG", "NNP", "SL", "XSN", "MAG", "JKG", "JX", "JKS"}


def scan(tokens: list[Token], text: str) -> list[Figure]:
    """The figures of a sentence, in text order (dates not yet merged: :func:`merge_dates`)."""
    # A figure holds a numeral at or after its first token: none is sought past the last numeral.
    last = (j for j in reversed(range(len(tokens))) if numeral(tokens, j, text) is not None)
    found, i, stop = [], 0, next(last, -1) + 1
    while i < stop:
        figure = _match(tokens, i, text)
        if figure is None:
            i += 1
        else:
            found.append(figure)
            i = figure.last
    return _rates(slogans(found, text), tokens, text)


def _rates(found: list[Figure], tokens: list[Token], text: str) -> list[Figure]:
    """A rate's base (1인당, 3.3㎡당) goes into ``per`` of the figure after it in the clause; written
    right before it (3.3㎡당 4000만원) the two are one row. A base with no figure after it stays a row."""
    out: list[Figure] = []
    for figure in found:
        base = out[-1] if out and out[-1].base else None
        gap = tokens[base.last : figure.first] if base is not None else None
        if base is not None and len(gap) <= 5 and all(t.tag in _RATE_GAP_TAGS for t in gap):
            spans = {"first": base.first, "start": base.start} if not gap else {}
            # per: the base without 당
            per = text[base.start : base.end - 1]
            out[-1] = figure._replace(detail=figure.detail._replace(per=per), **spans)
        else:
            out.append(figure)
    return [figure._replace(base=False) for figure in out]


def _match(tokens: list[Token], first: int, text: str) -> Figure | None:
    """The figure starting at token ``first``, or None."""
    marks = marks_before(tokens, first, text)
    i = marks.at
    if vague(tokens, first, i, text):
        return None  # 코로나19, K-9, 수백만: a name or a vague number
    core = numeral(tokens, i, text)
    if core is None:
        return None
    if core.when is None and (when := dated_name(tokens, i, text)) is not None:
        core = core._replace(when=when)  # 6.13 지방선거: a date inside a name
    if core.when is not None:  # 10:30, 2021.3.5
        return None if stamped(tokens, first, text) else serial_moment(tokens, first, core, marks)
    written = text[tokens[i].start : tokens[i].end]
    counted = counted_numeral(tokens, i, text, core, marks)
    if (
        counted is None
        or uncounted(tokens, counted, core, written)
        or named(counted, text[tokens[i].start : tokens[core.next - 1].end])
        or after_phone(tokens, i)
        or weather_line(tokens[i].start, text, counted.unit)
    ):
        return None
    if counted.unit is None and (span := day_span(tokens, i, counted.next)) is not None:
        spanned = core._replace(next=counted.next, when=span)
        return serial_moment(tokens, first, spanned, marks)._replace(unit="일")  # days, 3.15~4.22
    tail = tail_after(tokens, counted.next, text, counted.unit, core.during)
    if _per_one(tokens, tail.next, counted):
        tail = tail._replace(during=True)  # 1일 평균: per day, not the first of the month
    if written == "첫" and not (tail.unit or "").endswith("째"):
        return None  # 첫 is a figure only as 첫 번째 / 첫째
    return assembled(tokens, first, text, marks, core, counted, tail, written)


def _per_one(tokens: list[Token], k: int, counted: Counted) -> bool:
    """One unit of the calendar before 평균 (1일 평균, 1년 평균): the span an average is taken over."""
    return (
        counted.value == 1
        and counted.unit in ("일", "년", "개월", "주")
        and k < len(tokens)
        and tokens[k].form == "평균"
    )
