"""A figure made from what its numeral, counter, marks and tail say: its kind, sign and moment,
and a clock, date or season read as one serial token (10:30, 2021.3.5)."""

from __future__ import annotations

from .around import change_after
from .context import calendar_unit, century, classify, days_counted, in_context
from .moments import hour
from .records import Counted, Detail, Figure, Marks, Numeral, Tail, Token, near

_APOSTROPHES = "'’‘"


def serial_moment(tokens: list[Token], first: int, core: Numeral, marks: Marks) -> Figure:
    """A clock (10:30, a time), a date (2021.3.5, unit 일) or a season (2022/23) Kiwi reads as one serial
    token, or a dotted month and day in a name (6.13 지방선거)."""
    clock = core.when.hour is not None
    when = core.when._replace(hour=hour(core.when.hour, marks.meridiem)) if clock else core.when
    return Figure(
        first=first,
        last=core.next,
        start=tokens[first].start,
        end=tokens[core.next - 1].end,
        value=None,
        upper=None,
        # a stamp's day is 일; a date in a name (6.13 지방선거) or a season (2022/23) writes none
        unit=core.unit
        or ("일" if core.when.year is not None and core.when.day is not None else None),
        kind="time" if clock else "date",
        approximate=marks.approximate,
        when=when,
    )


def assembled(
    tokens, first, text, marks: Marks, core: Numeral, counted: Counted, tail: Tail, written
):
    """The figure from what its numeral, counter, marks and tail say."""
    k, unit, value, upper = tail.next, tail.unit, counted.value, counted.upper
    end = max(t.end for t in tokens[first:k])
    at = tokens[marks.at].start
    if (
        unit == "년"
        and not tail.during
        and value is not None
        and value < 100
        and _apostrophe_before(text, at)
    ):
        value = century(value)  # '20년
    kind, upper, ordinal = in_context(
        tokens, first, k, value, upper, unit, counted.kind, marks.ordinal
    )
    # 3박 4일: the days of a stay, not the 4th
    stay = (
        unit == "일"
        and first > 1
        and tokens[first - 1].form == "박"
        and tokens[first - 2].tag == "SN"
    )
    stay = stay or (
        unit == "일" and days_counted(tokens, first, k)
    )  # 폭염일수는 16일: days, not the 16th
    sign = {"decrease": -1, "increase": 1}.get(tail.change, marks.sign)
    if sign < 0 and value is not None:
        value, upper = -value, (-upper if upper is not None else None)
    when = None
    if not kind:
        kind, when = classify(
            value,
            upper,
            calendar_unit(tokens, first, k, value, unit),  # 오늘(18): the 18th, unit unwritten
            ordinal=ordinal,
            during=tail.during or stay,
            native=core.native,
            numeral=written,
        )
    if kind == "date" and unit == "시즌":
        unit = None  # a season's years write no unit, as 2022/23 does
    when, k, end = _half_past(tokens, k, text, unit, when, end)
    if when is not None and when.hour is not None:
        when = when._replace(hour=hour(when.hour, marks.meridiem))
    elif marks.meridiem is not None:  # 오전 was a word of its own, not part of this figure
        first = marks.meridiem_at + 1
    return Figure(
        first=first,
        last=k,
        start=tokens[first].start,
        end=end,
        value=value,
        upper=upper,
        unit=unit,
        kind=kind,
        approximate=counted.approximate or tail.approximate,
        when=when,
        detail=Detail(
            change=marks.change or tail.change or change_after(tokens, k, text),
            bound=tail.bound,
            margin=marks.margin,
            against=counted.against,
            flag=core.flag,
        ),
        base=tail.base,
    )


def _half_past(tokens: list[Token], k: int, text: str, unit: str | None, when, end: int):
    """(when, next index, end), with 반 right after an hour of the clock taken in: 오후 2시 반 (2시반) is
    thirty minutes past it."""
    if (
        unit == "시"
        and when is not None
        and when.hour is not None
        and when.minute is None
        and when.upper is None
        and k < len(tokens)
        and tokens[k].form == "반"
        and tokens[k].tag in ("NNG", "NNB")
        and near(tokens[k - 1], tokens[k], text)
    ):
        return when._replace(minute=30), k + 1, tokens[k].end
    return when, k, end


def _apostrophe_before(text: str, at: int) -> bool:
    """An apostrophe just before the figure ('20년); none before the text's first character, so a title
    opening with 16년 동결 counts years."""
    return at > 0 and text[at - 1] in _APOSTROPHES
