"""The records the figures engine passes along: a sentence's tokens, the calendar parts of a
date, a figure found, and what a numeral and the words around it say."""

from __future__ import annotations

import re
from typing import NamedTuple

# The calendar parts a date or time may name, coarse to fine; a part's rank is its place here.
GRAINS = ("year", "month", "day", "hour", "minute", "second")
HOUR = GRAINS.index("hour")
MINUTE = GRAINS.index("minute")
# Tags of the words a number glued to is part of (코로나19, K-9): nouns, Latin, Hanja, symbols.
NAME_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "SO"})


class Token(NamedTuple):
    start: int
    end: int
    form: str
    tag: str


def glued(a: Token, b: Token) -> bool:
    return a.end >= b.start


def serial_at(tokens: list[Token], k: int, mark: str, serial: re.Pattern) -> bool:
    """``tokens[k]`` is ``mark`` and the token before it a serial number ``serial`` matches whole:
    what a list walked back to opens with (a phone number's comma, a score's bracket)."""
    return (
        k > 0
        and tokens[k].form == mark
        and tokens[k - 1].tag == "W_SERIAL"
        and serial.fullmatch(tokens[k - 1].form) is not None
    )


def near(a: Token, b: Token, text: str) -> bool:
    """b follows a directly or after spaces."""
    return a.end >= b.start or not text[a.end : b.start].strip()


class When(NamedTuple):
    """The calendar parts a date or time figure names (None where it names none); ``upper`` is
    the upper end of a range in its finest part (``3~4월``: month 3, upper 4)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    upper: int | None = None
    upper_month: int | None = (
        None  # a span of days into another month (3.15~4.22): the upper end's month
    )

    def ranks(self) -> list[int]:
        """The ranks of the parts named, coarse to fine."""
        return [rank for rank, grain in enumerate(GRAINS) if getattr(self, grain) is not None]

    def named(self) -> dict[str, int]:
        """The parts named, by grain."""
        return {grain: getattr(self, grain) for grain in GRAINS if getattr(self, grain) is not None}


class Detail(NamedTuple):
    """What the words around a number say about it, beyond its value, unit and kind: a figure's and
    a table row's alike (:data:`kornews.figures.DETAIL_COLUMNS`)."""

    change: str | None = None  # increase, decrease
    bound: str | None = None  # >=, <=, >, <
    margin: bool = False  # ±
    per: str | None = None  # the base of a rate: 1인 in 1인당
    against: object = None  # the other side of a score
    flag: str | None = None  # malformed, too long


class Figure(NamedTuple):
    first: int  # token index range [first, last) in the sentence
    last: int
    start: int
    end: int
    value: object
    upper: object
    unit: str | None
    kind: str
    approximate: bool
    when: When | None = None  # a date's or time's parts, until merge_dates writes them as value
    detail: Detail = Detail()
    base: bool = False  # 1인당, 3.3㎡당: the base of a rate, folded into the figure after it


class Numeral(NamedTuple):
    """A numeral read at a token: its value, the index after it, and what the numeral itself says."""

    value: object
    next: int
    native: bool = False
    unit: str | None = None  # a numeral with its unit inside: 이틀 (days), 2/3
    kind: str | None = None  # score, ratio
    during: bool = False  # 사흘간
    against: object = None  # the other side of a score: 0-2
    flag: str | None = None  # malformed: 5757억8300억
    when: When | None = None  # a clock or a date in one serial: 10:30, 2021.3.5
    upper: int | None = None  # the upper end of a range in one serial: 12-15라운드
    approximate: bool = False  # a hedge inside the numeral: 4000여만


class Marks(NamedTuple):
    """What the marks and words before a number say."""

    at: int  # the numeral's first token
    approximate: bool = False  # 약, 대략
    ordinal: bool = False  # 제
    meridiem: int | None = None  # 오전, 오후: hours to add
    meridiem_at: int | None = None
    sign: int = 1  # -, 마이너스, △, ▼
    change: str | None = None  # ▲, ▼, △
    margin: bool = False  # ±
    currency: str | None = None  # $, ₩


class Counted(NamedTuple):
    """A numeral with its counter and what follows it before the tail: a range, a fraction, a score."""

    next: int
    value: object
    upper: object = None
    unit: str | None = None
    kind: str | None = None
    against: object = None
    approximate: bool = False


class Tail(NamedTuple):
    """What the words after a number and its counter say."""

    next: int
    unit: str | None
    approximate: bool = False
    during: bool = False
    bound: str | None = None
    base: bool = False  # ends in 당: the base of a rate
    change: str | None = None  # an arrow glued after it: 12.6%↓
    decade: bool = False  # 1조원대, 8%대: in the trillions, in the eights


# Units that name a part of the calendar, and which part.
DATE_UNITS = {
    "년": "year",
    "년도": "year",
    "학년도": "year",  # 2018학년도, 2024회계연도: the academic or fiscal year, named by its calendar year
    "회계연도": "year",
    "월": "month",
    "일": "day",
    "시": "hour",
    "분": "minute",
    "초": "second",
}
