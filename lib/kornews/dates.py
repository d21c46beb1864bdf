"""The day a date in the text means: relative dates resolved against the article's date.

News dates events relative to its own day: ``10일``, ``지난달``, ``올해 말``, ``내년 4월``, ``이날``.
Each date or time figure, and each relative word without digits (``data/dates.tsv``), gets
``resolved`` (ISO 8601: ``2016``, ``2021-04``, ``2020-07-10``, ``2020-07-10T00:01``, or an interval
``2020-01/2020-06`` where the text names a range or a span that is no one calendar unit, such as
a week or a half-year) and ``anchor``: ``stated`` (the text gives the year), ``article`` (relative
to the article's date) or ``previous`` (relative to a date named before it: ``이날``, ``전날``,
``이듬해``, a bare clock time).

The arithmetic of relative expressions is korean-datetime's (``kd.parse``, given the anchor
as ``now``): each expression is first rewritten in the words it resolves (``전날`` of the day
before is its ``어제``; ``올해 말`` is ``올해 12월``; a figure's ISO-like value becomes ``4월``,
``10일 0시 1분``), which keeps ranges, leads and anchors in kornews's hands and the calendar in
the library's. Rules where the library's choices differ from news usage:
- a bare day is in the article's month unless that lies after the article's date, then in the
  month before (korean-datetime's past cycle); but in a sentence that speaks ahead (겠, 예정), a
  day within the week after is this month's: a forecast written on the 22nd names the 23rd; a bare month is in the article's year (its
  current cycle); ``지난 N일`` is past and ``오는 N일`` future (the library reads both);
- ``올해 말``, ``작년 초``: a year narrowed to its last or first month;
- a bare month after a month of another year in the same sentence, later in the year, is in that
  year (``작년 11월부터 12월``: a list runs on in its year);
- a quarter (``3분기``, ``지난해 4분기``, ``2022년 2분기``) is its three months, in the article's year
  unless led or stated, or yet to begin in a sentence that does not speak ahead (last year's: ``4분기``
  results told in February); months in brackets after a year, a half or a quarter are in its year
  (``지난해 하반기(7~12월)``); a week of a month (``8월 둘째 주``) is that week, Monday to Sunday;
- ``이날``, ``같은 날``, ``전날``, ``다음날``, ``이듬해``, ``그해`` and a bare clock time: relative to the
  last date named before them in the article that is fine enough (a day for day words and clock
  times, a year for year words), in the same sentence or an earlier one, else to the article's date.
  News names the day of its story once (``LG는 18일 ... 이겼다``) and then says ``이날`` for it
  paragraphs later; with no date before it (``이날`` in the lead), the story's day is the article's.
Without an article date, stated dates still resolve and so do words anchored on a stated date
before them; the rest stay unresolved (``resolved`` missing).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

import korean_datetime as kd

from .tables import table

_RANK = {grain: rank for rank, grain in enumerate(kd.Grain)}  # year ... second: coarse to fine
_ISO_LIKE = re.compile(
    r"(?:--(?P<m>\d\d)(?:-(?P<md>\d\d))?|---(?P<d>\d\d))?(?:T?(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?)?"
)
# Hours as the figure gives them: 새벽 4시 is already 04:00 and 오후 3시 15:00 in its value.
# How far after the article's day a bare day still means this month (a forecast's or a schedule's week).
_AHEAD_DAYS = 7
_PAST = kd.ParseOptions(cycle=kd.Cycle.PAST, ambiguous_hour=kd.AmbiguousHour.AS_IS)
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
        if row.role != "ahead"
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
    """The sentence speaks of days to come (a forecast's 겠, 예정, 전망: role ``ahead`` of data/dates.tsv)."""
    return any(word in sentence for word in _ahead_words())


class Item(NamedTuple):
    """A date figure or a relative word of one sentence, in text order."""

    start: int
    end: int
    word: Word | None = None  # a relative word
    value: str | None = None  # a figure's ISO-like value
    upper: str | None = None
    part: Word | None = None  # 상반기, 말 written inside a figure (2020년 상반기)
    bracketed: bool = False  # a figure right after an opening bracket: it restates, never runs on


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
    )


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


def resolve(
    items: list[Item],
    article_date: str | None,
    named: list[Moment] | None = None,
    *,
    ahead: bool = False,
) -> list[Resolved]:
    """Each figure's resolution and each run of relative words of one sentence as a row, in text order.

    Adjacent items (only spaces between) make one expression: leads and a year word before a
    figure (``내년 4월``, ``지난 7일``), a year word before a half (``올해 상반기``), a part after a
    year (``올해 말``). A lead or a part on its own is nothing. ``named`` holds the dates the
    article named before this sentence, in text order: the anchors of ``이날`` and the like; the
    sentence's own dates are appended to it. ``ahead``: the sentence speaks of days to come, so a
    bare day in the week after the article's date is this month's (:func:`ahead`)."""
    anchor_at = _datetime(article_date)
    named = [] if named is None else named
    out: list[Resolved] = []
    month: Moment | None = (
        None  # the sentence's last month so far, which a bare month in a list follows
    )
    said_day: tuple[int, Resolution] | None = None  # the end and reading of a day word just read
    said: tuple[int, Resolution] | None = None  # the end and reading of any expression just read
    for run in _runs(sorted(items, key=lambda item: (item.start, item.end))):
        figure = next((item for item in run if item.word is None), None)
        if figure is None and not any(item.word.role == "word" for item in run):
            continue
        listed = (
            _listed(run, figure, month, anchor_at)
            or _restated(figure, said_day)
            or _months_restated(figure, said)
        )
        resolved, anchor, moment = listed or _resolve_run(
            run, figure, anchor_at, named, ahead=ahead
        )
        said_day, said = None, None
        if moment is not None:
            said = (run[-1].end, Resolution(resolved, anchor, moment))
        if figure is None and moment is not None and moment.rank == _RANK[kd.Grain.DAY]:
            said_day = said
        if moment is not None and moment.rank == _RANK[kd.Grain.MONTH]:
            month = moment
        if moment is not None and anchor != "previous":
            # 전날 counted from 이날 names no new day of the story: a later 이날 is still the story's
            named.append(moment)
        start, end = (figure.start, figure.end) if figure else (run[0].start, run[-1].end)
        approximate = figure is None and any(item.word.role == "part" for item in run)
        out.append(Resolved(start, end, resolved, anchor, figure is not None, approximate))
    return out


def _listed(run, figure, previous: Moment | None, article_at) -> Resolution | None:
    """A bare month later in the year than the sentence's last month, named in another year than the
    article's: that year (작년 11월부터 12월: last year's December, not this year's)."""
    bare = figure is not None and len(run) == 1 and re.fullmatch(r"--\d\d", figure.value or "")
    if not bare or previous is None or article_at is None:
        return None
    last, month = previous.start, int(figure.value[2:4])
    if last.year == article_at.year or month <= last.month:
        return None
    start = dt.datetime(last.year, month, 1)
    return Resolution(f"{last.year}-{month:02d}", "previous", Moment(start, previous.rank))


def _restated(figure, said_day: tuple[int, Resolution] | None) -> Resolution | None:
    """A bare day in brackets right after a day word names that day again: 내일(24일) is tomorrow,
    never a month back, whatever the sentence's tense."""
    if figure is None or said_day is None or not re.fullmatch(r"---\d\d", figure.value or ""):
        return None
    end, said = said_day
    if figure.start - end > 1 or said.moment.start.day != int(figure.value[3:5]):
        return None
    return said


def _months_restated(figure, said: tuple[int, Resolution] | None) -> Resolution | None:
    """Bare months in brackets right after a year, a half or a quarter name its months again, in its
    year: 지난해 하반기(7~12월) is last year's July to December, whatever the article's year."""
    bare = figure is not None and re.fullmatch(r"--\d\d", figure.value or "")
    if not bare or not figure.bracketed or said is None:
        return None
    end, before = said
    if figure.start - end > 1 or before.moment.rank >= _RANK[kd.Grain.MONTH]:
        return None
    year = before.moment.start.year
    months = [figure.value] + ([figure.upper] if figure.upper else [])
    resolved = "/".join(f"{year}-{value[2:4]}" for value in months)
    start = dt.datetime(year, int(figure.value[2:4]), 1)
    return Resolution(resolved, before.anchor, Moment(start, _RANK[kd.Grain.MONTH]))


def _runs(items: list[Item]) -> list[list[Item]]:
    runs: list[list[Item]] = []
    for item in items:
        run = runs[-1] if runs else None
        if run and item.start - run[-1].end <= 1 and _may_follow(run, item):
            run.append(item)
        elif (
            item.word is None or item.word.role != "part"
        ):  # a part never opens a run (말 is also "speech")
            runs.append([item])
    return runs


def _may_follow(run: list[Item], item: Item) -> bool:
    if any(i.word is None or i.word.role == "part" for i in run):
        return item.word is not None and item.word.role == "part" and _year_only(run)
    if item.word is None:
        # 내년 4월, 지난 7일, 어제 오후 3시; but 오늘(22일) says the day twice: two rows, and so does
        # any figure in brackets (지난해 하반기(7~12월))
        return not item.bracketed and not (
            item.value is not None
            and item.value.startswith("---")
            and _grain(run[-1].word.means) == kd.Grain.DAY
        )
    if item.word.role == "part":
        return _year_only(run)
    last = run[-1].word
    return last.role == "lead" or (
        _grain(last.means) == kd.Grain.YEAR and _grain(item.word.means) != kd.Grain.YEAR
    )


def _year_only(run: list[Item]) -> bool:
    last = run[-1]
    if last.word is None:
        return (
            last.value is not None
            and re.fullmatch(r"\d{4}", last.value) is not None
            and last.upper is None
        )
    return _grain(last.word.means) == kd.Grain.YEAR


class Resolution(NamedTuple):
    """What one expression resolves to: the ISO value, its anchor, and the moment it starts."""

    resolved: str | None
    anchor: str | None
    moment: Moment | None


def _resolve_run(run, figure, article_at, named: list[Moment], *, ahead: bool) -> Resolution:
    """The resolution of one expression (a run of words and at most one figure)."""
    leads = [item.word for item in run if item.word is not None and item.word.role != "part"]
    parts = [item.word.means for item in run if item.word is not None and item.word.role == "part"]
    if figure is not None and figure.part is not None:
        parts.append(figure.part.means)
    if (
        figure is not None
        and figure.value
        and figure.value[:1].isdigit()
        and ":" not in figure.value[:5]
    ):
        return _stated(figure, parts)
    if figure is not None and figure.value is None:
        return Resolution(None, None, None)
    now, anchor = _anchor(leads, figure, article_at, named)
    if now is None:
        return Resolution(None, anchor, None)
    said = " ".join(word.means for word in leads)
    if figure is None:
        return _parse(" ".join([said, *parts]), now, _CURRENT, anchor)
    past = not leads and _bare_past(figure.value, now, ahead=ahead)
    return _figure_run(figure, said, parts, now, anchor, past=past)


def _anchor(leads: list[Word], figure, article_at, named: list[Moment]):
    """(the moment the expression counts from, its anchor): the last date named before it that is
    fine enough, for 이날, 전날 and a bare clock time, else the article's date."""
    wants_previous = any(word.anchor == "previous" for word in leads) or (
        figure is not None and not leads and figure.value.lstrip("T")[:2].isdigit()
    )  # a bare clock time
    if wants_previous:
        need = (
            _RANK[kd.Grain.DAY]
            if figure is not None
            else _RANK[_grain(" ".join(w.means for w in leads))]
        )
        # A coarser date since (2024 in a league's name) does not hide the day named before it.
        previous = next((moment for moment in reversed(named) if moment.rank >= need), None)
        if previous is not None:
            return previous.start, "previous"
    return article_at, "article"


def _figure_run(figure: Item, said: str, parts: list[str], now, anchor: str, *, past: bool):
    """A figure without its year (and its range's upper end), led by ``said``, counted from ``now``.
    ``past``: a bare day in the past cycle (10일 in an article of the 5th is last month's)."""
    ends = [figure.value] + ([figure.upper] if figure.upper else [])
    options = _PAST if past else _CURRENT
    results = [
        _parse(" ".join(filter(None, [said, _words_of(end), *parts])), now, options, anchor)
        for end in ends
    ]
    if any(result.resolved is None for result in results):
        return Resolution(None, anchor, None)
    first, last = results[0], results[-1]
    if first is last:
        return first
    start, _, _ = first.resolved.partition("/")
    _, _, until = last.resolved.rpartition("/")
    return Resolution(f"{start}/{until}", anchor, first.moment)


def _bare_past(value: str, now: dt.datetime, *, ahead: bool) -> bool:
    """A bare day (---23) is in the past cycle, unless its sentence speaks ahead and it lies within
    the week after ``now``: a forecast written on the 22nd names the 23rd and 24th of this month.
    A bare quarter yet to begin (4분기 in February) is last year's, unless its sentence speaks ahead:
    results told in the past tense are of quarters gone."""
    quarter = re.fullmatch(r"Q(?P<number>\d)", value)
    if quarter:
        return not ahead and 3 * int(quarter["number"]) - 2 > now.month
    if not value.startswith("---"):
        return False
    return not (ahead and 0 < int(value[3:5]) - now.day <= _AHEAD_DAYS)


def _stated(figure: Item, parts: list[str]) -> Resolution:
    """A figure that names its year: as it is, or narrowed by a part (2020년 말 -> 2020-12)."""
    if "-Q" in figure.value:
        year, _, number = figure.value.partition("-Q")
        return _parse(f"{year}년 {number}분기", dt.datetime(int(year), 1, 1), _CURRENT, "stated")
    week = parts and parts[-1].endswith("주") and re.fullmatch(r"\d{4}-\d\d", figure.value)
    if week or (parts and re.fullmatch(r"\d{4}", figure.value)):
        month = f" {int(figure.value[5:7])}월" if week else ""  # 2001년 8월 첫째 주
        return _parse(
            f"{figure.value[:4]}년{month} {parts[-1]}",
            dt.datetime(int(figure.value[:4]), 1, 1),
            _CURRENT,
            "stated",
        )
    resolved = figure.value if figure.upper is None else f"{figure.value}/{figure.upper}"
    span = interval(resolved)
    rank = (
        _RANK[kd.Grain.DAY]
        if len(figure.value) >= 10
        else _RANK[kd.Grain.MONTH]
        if len(figure.value) == 7
        else 0
    )
    if span is None:
        return Resolution(resolved, "stated", None)
    return Resolution(resolved, "stated", Moment(dt.datetime.combine(span.first, dt.time()), rank))


def _parse(said: str, now: dt.datetime, options, anchor: str) -> Resolution:
    found = kd.parse(said, now=now, options=options)
    if found is None or found.text != said:
        return Resolution(None, anchor, None)
    return Resolution(_iso(found), anchor, Moment(found.start, _RANK[found.grain]))


def _words_of(value: str) -> str | None:
    """An ISO-like value without a year in the words korean-datetime reads: --04 -> 4월."""
    if value.startswith("Q"):
        return f"{value[1:]}분기"
    found = _ISO_LIKE.fullmatch(value)
    if not found or not value:
        return None
    said = []
    for group, unit in (
        ("m", "월"),
        ("md", "일"),
        ("d", "일"),
        ("H", "시"),
        ("M", "분"),
        ("S", "초"),
    ):
        if found[group] is not None:
            said.append(f"{int(found[group])}{unit}")
    return " ".join(said)


@cache
def _grain(said: str) -> kd.Grain | None:
    found = kd.parse(said, now=dt.datetime(2020, 7, 10), options=_CURRENT)
    return found.grain if found is not None and found.text == said else None


def _iso(found: kd.TemporalExpression) -> str:
    start, last = found.start, found.end - dt.timedelta(seconds=1)
    grain = found.grain
    if grain == kd.Grain.YEAR:
        return str(start.year) if start.year == last.year else f"{start.year}/{last.year}"
    if grain in (kd.Grain.HALF_YEAR, kd.Grain.QUARTER, kd.Grain.MONTH):
        first, final = f"{start:%Y-%m}", f"{last:%Y-%m}"
        return first if first == final else f"{first}/{final}"
    if grain in (kd.Grain.WEEK, kd.Grain.DAY):
        first, final = f"{start:%Y-%m-%d}", f"{last:%Y-%m-%d}"
        return first if first == final else f"{first}/{final}"
    return f"{start:%Y-%m-%dT%H:%M:%S}" if grain == kd.Grain.SECOND else f"{start:%Y-%m-%dT%H:%M}"


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


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
    """``past``, ``present`` or ``future`` of a resolved value against the article's day; None when either is unknown."""
    span = interval(resolved)
    if span is None or not article_date:
        return None
    day = dt.date.fromisoformat(article_date[:10])
    return "past" if span.last < day else "future" if span.first > day else "present"
