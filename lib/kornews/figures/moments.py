"""Dates and times: adjacent calendar parts as one figure (2015년 12월, 10일 오전 0시1분), and their
ISO-like values (2015-12, ---10T00:01)."""

from __future__ import annotations

import re

from .records import GRAINS, HOUR, MINUTE, Figure, When

# 주 after a month's ordinal (8월 둘째 주, 첫째주에): the week, before a space, a mark or a particle.
_WEEK = re.compile(r" ?주(?=[\s.,·…에의는은도부터까지]|$)")
_WEEKS_IN_MONTH = 5
# A date of one day, with its month: --10-31, 2020-11-24.
_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")
_RANGE_MARK = re.compile(r"\s*[~∼]\s*")
# A clock of the day alone, as a figure's value: 15:00, 07:30.
_CLOCK_VALUE = re.compile(r"(?P<hour>\d\d):\d\d")
_FROM = re.compile(r"\s*부터\s*")


def hour(hour: int, meridiem: int | None) -> int:
    """An hour after 오전 (0) or 오후 (12): 오후 3시 is 15."""
    return hour if meridiem is None else hour % 12 + meridiem


def merge_dates(found: list[Figure], text: str) -> list[Figure]:
    """Adjacent date and time parts (년 월 일 시 분 초, in order, spaces apart) as one figure."""
    merged: list[Figure] = []
    for figure in found:
        previous = merged[-1] if merged else None
        week = _week_of_month(previous, figure, text) if previous is not None else None
        if week is not None:
            # 8월 둘째 주: one date, hedged: a week that the month's figure leads
            merged[-1] = previous._replace(last=figure.last + 1, end=week, approximate=True)
        elif previous is not None and _dated_quarter(previous, figure, text):
            # 2022년 2분기: one date, the quarter's number as value; its year is in its text
            merged[-1] = figure._replace(first=previous.first, start=previous.start)
        elif previous is not None and _follows(previous, figure, text):
            merged[-1] = previous._replace(
                last=figure.last,
                end=figure.end,
                unit=figure.unit,
                kind="time" if max(figure.when.ranks()) >= HOUR else "date",
                when=previous.when._replace(**figure.when.named(), upper=figure.when.upper),
                approximate=previous.approximate or figure.approximate,
            )
        else:
            merged.append(figure)
    return _afternoon_through(_date_spans([_finish(figure) for figure in merged], text), text)


def _afternoon_through(found: list[Figure], text: str) -> list[Figure]:
    """A clock with no 오전 or 오후 that ends a range from an afternoon clock (오후 3시부터 7시까지) is in the
    afternoon too: 19:00, not 07:00."""
    out = list(found)
    for k in range(1, len(out)):
        previous, figure = out[k - 1], out[k]
        clocks = [_CLOCK_VALUE.fullmatch(str(f.value)) for f in (previous, figure)]
        if (
            None in clocks
            or previous.kind != "time"
            or figure.kind != "time"
            or not text[figure.start].isdigit()
            or _FROM.fullmatch(text, previous.end, figure.start) is None
        ):
            continue
        start, end = (int(clock["hour"]) for clock in clocks)
        if 12 < start < end + 12 < 24 and end < 12:
            out[k] = figure._replace(value=f"{end + 12:02d}{figure.value[2:]}")
    return out


def _date_spans(found: list[Figure], text: str) -> list[Figure]:
    """Two dates of a day with a range mark between them as one date from the first to the last: a span
    across months or years (10월 31일~11월 1일, 2020. 11. 24. ~ 2021. 4. 4.)."""
    out: list[Figure] = []
    for figure in found:
        previous = out[-1] if out else None
        if previous is not None and _spanned(previous, figure, text):
            out[-1] = previous._replace(last=figure.last, end=figure.end, upper=figure.value)
        else:
            out.append(figure)
    return out


def _spanned(previous: Figure, figure: Figure, text: str) -> bool:
    ends = (previous, figure)
    return (
        all(end.kind == "date" and end.upper is None for end in ends)
        and all(_DAY.fullmatch(str(end.value)) for end in ends)
        and (previous.value[:4].isdigit() == figure.value[:4].isdigit())
        and previous.value < figure.value
        and _RANGE_MARK.fullmatch(text, previous.end, figure.start) is not None
    )


def _week_of_month(previous: Figure, figure: Figure, text: str) -> int | None:
    """The end of ``N째 주`` after a month (8월 둘째 주), else None."""
    if not (
        previous.when is not None
        and previous.when.month is not None
        and previous.when.upper is None
        and max(previous.when.ranks()) == GRAINS.index("month")
        and figure.unit == "째"
        and figure.kind == "ordinal"
        and isinstance(figure.value, int)
        and 1 <= figure.value <= _WEEKS_IN_MONTH
        and not text[previous.end : figure.start].strip()
    ):
        return None
    found = _WEEK.match(text, figure.end)
    return found.end() if found else None


def _dated_quarter(previous: Figure, figure: Figure, text: str) -> bool:
    return (
        figure.unit == "분기"
        and figure.kind == "date"
        and previous.when is not None
        and previous.when.ranks() == [0]
        and previous.when.upper is None
        and previous.unit is not None
        and not text[previous.end : figure.start].strip()
    )


def _follows(previous: Figure, figure: Figure, text: str) -> bool:
    """The figure names the calendar part right after the previous one's finest, spaces apart.
    The earlier part must hold a date or an hour: 30분 20초 is two durations, not a time. A range
    in one part after the part above it is one date too (1월27~29일: the 27th to the 29th of January;
    2023년 1~3월: January to March of 2023)."""
    return (
        previous.when is not None
        and figure.when is not None
        and previous.unit is not None
        and min(previous.when.ranks()) < MINUTE
        and previous.when.upper is None
        and (figure.when.upper is None or len(figure.when.ranks()) == 1)
        and min(figure.when.ranks()) == max(previous.when.ranks()) + 1
        and not text[previous.end : figure.start].strip()
    )


def _finish(figure: Figure) -> Figure:
    """Date/time parts to ISO-like strings; a lone minute or second count is a duration."""
    when = figure.when
    if when is None:
        return figure
    ranks = when.ranks()
    if min(ranks) >= MINUTE:
        return figure._replace(kind="duration", when=None)
    upper = None
    if when.upper_month is not None:
        upper = _iso(when._replace(month=when.upper_month, day=when.upper))  # 3.15~4.22
    elif when.upper is not None:
        upper = _iso(when._replace(**{GRAINS[max(ranks)]: when.upper}))
    return figure._replace(value=_iso(when), upper=upper)


def _iso(when: When) -> str:
    year, month, day = when.year, when.month, when.day
    date = ""
    if year is not None:
        date = (
            f"{year:04d}"
            + (f"-{month:02d}" if month is not None else "")
            + (f"-{day:02d}" if day is not None and month is not None else "")
        )
    elif month is not None:
        date = f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
    elif day is not None:
        date = f"---{day:02d}"
    if when.hour is None:
        return date
    clock = f"{when.hour:02d}:{when.minute or 0:02d}" + (
        f":{when.second:02d}" if when.second is not None else ""
    )
    return f"{date}T{clock}" if date else clock
