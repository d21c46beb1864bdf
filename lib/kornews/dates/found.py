"""The dates of a sentence as items: its relative words (data/dates.tsv) and its date figures, in text order."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

import korean_datetime as kd

from ..tables import table

_RANK = {grain: rank for rank, grain in enumerate(kd.Grain)}  # year ... second: coarse to fine
# Hours as the figure gives them: 새벽 4시 is already 04:00 and 오후 3시 15:00 in its value.
_CURRENT = kd.ParseOptions(cycle=kd.Cycle.CURRENT, ambiguous_hour=kd.AmbiguousHour.AS_IS)


class Word(NamedTuple):
    word: str
    role: str  # word, lead or part
    means: str
    anchor: str


@cache
def words() -> dict[str, Word]:
    """The relative words of ``data/dates.tsv``, longest first (이번 주 before 이번)."""
    rows = sorted(table("dates.tsv"), key=lambda row: -len(row.word))
    return {
        row.word: Word(row.word, row.role, row.means, row.anchor)
        for row in rows
        if row.role in ("word", "lead", "part")
    }


@cache
def _words_by_initial() -> dict[str, list[Word]]:
    """:func:`words` by their first character, longest first: a lookup, not a scan per token."""
    found: dict[str, list[Word]] = {}
    for word in words().values():
        found.setdefault(word.word[:1], []).append(word)
    return found


@cache
def _ahead_words() -> tuple[str, ...]:
    return tuple(row.word for row in table("dates.tsv") if row.role == "ahead")


def ahead(sentence: str) -> bool:
    """The sentence speaks of days to come (a forecast's 겠, 예정, 전망: role ``ahead`` of data/dates.tsv),
    or says what is to happen in the present tense (연다, 열린다, 먹는다: a schedule's ㄴ다/는다)."""
    return any(word in sentence for word in _ahead_words()) or any(
        _ends_in_n(sentence, at) for at in _PRESENT_ENDING.finditer(sentence)
    )


# 다 ending a clause (before a reporting 고/며, a full stop or the end) after a syllable with a final ㄴ
_PRESENT_ENDING = re.compile(r"(?<=[가-힣])다(?=고|며|\.|$|[\s\"'”’])")


def _ends_in_n(sentence: str, at: re.Match) -> bool:
    """The syllable before the 다 at ``at`` has a final ㄴ (연, 린, 한) or is 는 (먹는다)."""
    before = sentence[at.start() - 1]
    return (ord(before) - 0xAC00) % 28 == 4 or before == "는"


@cache
def _record_words() -> tuple[re.Pattern, tuple[str, ...]]:
    since_words = "|".join(row.word for row in table("dates.tsv") if row.role == "since")
    records = tuple(row.word for row in table("dates.tsv") if row.role == "record")
    # the since word right after the date, or inside a bracket opened right after it (5일(1114원 이후))
    return re.compile(rf" ?(?:\([^()]*?)?(?:{since_words})"), records


def since(text: str, end: int, sentence_end: int) -> bool:
    """The date ending at ``end`` is the point a record is counted from (지난 3일 이후 최저, 2016년 이래 최대:
    roles ``since`` and ``record`` of data/dates.tsv): a date of comparison, not a day the story names."""
    pattern, records = _record_words()
    found = pattern.match(text, end, sentence_end)
    return found is not None and any(word in text[found.end() : sentence_end] for word in records)


class Item(NamedTuple):
    """A date figure or a relative word of one sentence, in text order."""

    start: int
    end: int
    word: Word | None = None  # a relative word
    value: str | None = None  # a figure's ISO-like value
    upper: str | None = None
    part: Word | None = None  # 상반기, 말 written inside a figure (2020년 상반기)
    bracketed: bool = False  # a figure right after an opening bracket: it restates, never runs on
    weekday: int | None = None  # written right after it (20일(월)): 0 Monday ... 6 Sunday
    since: bool = (
        False  # a record is counted from it (지난 3일 이후 최저): no anchor of a later 이날
    )
    listed: bool = (
        False  # joined to the date before it by a list's or a range's mark (부터, a comma)
    )


# A weekday right after a date: 20일(월), 20일 월요일, 20일(월요일).
_WEEKDAY = re.compile(
    r" ?(?:\((?P<short>[월화수목금토일])(?:요일)?\)|(?P<long>[월화수목금토일])요일)"
)
_WEEKDAYS = "월화수목금토일"


def weekday_after(text: str, end: int) -> int | None:
    """The weekday written right after a date ending at ``end`` (0 Monday ... 6 Sunday), else None."""
    found = _WEEKDAY.match(text, end)
    return _WEEKDAYS.index(found["short"] or found["long"]) if found else None


class Moment(NamedTuple):
    """Where a resolved date starts, and how fine it is (its rank in :data:`_RANK`)."""

    start: dt.datetime
    rank: int


class Resolved(NamedTuple):
    start: int  # the span of the expression (a word row's text)
    end: int
    resolved: str | None
    anchor: str | None
    figure: bool  # True: the resolution of the figure at start..end; False: a new row of words
    approximate: bool = False


def find_words(text: str, spans: list[tuple[int, int]]) -> list[Item]:
    """The relative words of data/dates.tsv in a sentence whose tokens have these spans: each
    must start and end where a token does (오늘날 is no 오늘)."""
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    found, covered = [], 0
    for start in sorted(starts):
        if start < covered or (start > 0 and text[start - 1].isalnum()):
            continue
        for word in _words_by_initial().get(text[start : start + 1], ()):
            end = start + len(word.word)
            if text.startswith(word.word, start) and end in ends:
                found.append(Item(start, end, word=word))
                covered = end
                break
    return found


def figure_item(
    start: int,
    end: int,
    text: str,
    value: str | None,
    upper: str | None,
    *,
    bracketed: bool = False,
    weekday: int | None = None,
    since: bool = False,
    listed: bool = False,
) -> Item:
    """A date figure as an item, with a half or a part of the year written in it (``2020년 말``); after
    a month the part narrows nothing the calendar names (``6월 말`` is June, as ``3월 중순`` is March)."""
    year = value is not None and re.fullmatch(r"\d{4}", value) is not None
    return Item(
        start,
        end,
        value=value,
        upper=upper,
        part=(_tail_part(text) if year else None) or _week_part(text),
        bracketed=bracketed,
        weekday=weekday,
        since=since,
        listed=listed,
    )


# What joins a date to the one before it in a list or a range: 부터, a range mark, a comma, 와, 및.
_JOINT = re.compile(r"부터|[,~∼·]|[와과]\s|및")
_QUOTE_MARKS = re.compile("[“”\"‘’']")


def listed_after(text: str, previous_end: int | None, start: int) -> bool:
    """The text since the date before it in its sentence joins a list or a range, with no quotation mark
    between: a schedule running on (11월 10일부터 13일까지, 22, 23일), not a reporting clause after a quoted
    date (‘12월 17일’이라고 20일 전했다)."""
    if previous_end is None:
        return False
    gap = text[previous_end:start]
    return _JOINT.search(gap) is not None and _QUOTE_MARKS.search(gap) is None


def _week_part(text: str) -> Word | None:
    """The week a month's figure ends in (8월 둘째 주), as korean-datetime reads it."""
    found = re.search(r"\S+째 ?주$", text)
    return Word(found.group(), "part", found.group(), "article") if found else None


def quarter_item(start: int, end: int, text: str, number: int) -> Item:
    """A quarter of a year as an item (``3분기``: ``Q3``; ``2022년 3분기``: ``2022-Q3``)."""
    year = re.match(r"(?P<year>\d{4})년", text)
    return Item(start, end, value=f"{year['year']}-Q{number}" if year else f"Q{number}")


def _tail_part(text: str) -> Word | None:
    for word in words().values():
        is_part = word.role == "part" or (
            word.role == "word" and _grain(word.means) == kd.Grain.HALF_YEAR
        )
        if is_part and re.search(rf"\s{re.escape(word.word)}(?:께|쯤|경)?$", text):
            return word
    return None


@cache
def _grain(said: str) -> kd.Grain | None:
    found = kd.parse(said, now=dt.datetime(2020, 7, 10), options=_CURRENT)
    return found.grain if found is not None and found.text == said else None
