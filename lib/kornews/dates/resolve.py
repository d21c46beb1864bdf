"""Each item of a sentence resolved against the article's date or a date named before it (see :mod:`kornews.dates`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import korean_datetime as kd

from .found import (
    _CURRENT,
    _RANK,
    Item,
    Moment,
    Resolved,
    Word,
    _grain,
)
from .spans import interval

_ISO_LIKE = re.compile(
    r"(?:--(?P<m>\d\d)(?:-(?P<md>\d\d))?|---(?P<d>\d\d))?(?:T?(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?)?"
)
# How far after the article's day a bare day still means this month (a forecast's or a schedule's week).
_AHEAD_DAYS = 7
# Hours as the figure gives them, as in :data:`_CURRENT`.
_PAST = kd.ParseOptions(cycle=kd.Cycle.PAST, ambiguous_hour=kd.AmbiguousHour.AS_IS)


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
    said = _Said()
    for run in _runs(sorted(items, key=lambda item: (item.start, item.end))):
        figure = next((item for item in run if item.word is None), None)
        if figure is None and not any(item.word.role == "word" for item in run):
            continue
        found = said.runs_on(run, figure, anchor_at) or _resolve_run(
            run, figure, anchor_at, named, ahead=ahead
        )
        said.read(run, figure, found)
        resolved, anchor, moment = found
        if moment is not None and anchor != "previous" and not (figure and figure.since):
            # 전날 counted from 이날, or a day a record is counted from (지난 3일 이후 최저), names no new
            # day of the story: a later 이날 is still the story's
            named.append(moment)
        start, end = (figure.start, figure.end) if figure else (run[0].start, run[-1].end)
        approximate = figure is None and any(item.word.role == "part" for item in run)
        out.append(Resolved(start, end, resolved, anchor, figure is not None, approximate))
    return out


@dataclass
class _Said:
    """What a sentence has said so far, which a later expression of it may run on from."""

    month: Moment | None = None  # the last month, which a bare month in a list follows
    day_word: tuple[int, Resolution] | None = None  # the end and reading of a day word just read
    last: tuple[int, Resolution] | None = None  # the end and reading of any expression just read
    dated_day: Resolution | None = None  # the last date of one day (11월 10일, 오는 24일)

    def runs_on(self, run, figure, article_at) -> Resolution | None:
        """The expression's resolution where it runs on from what was said, else None."""
        return (
            _listed(run, figure, self.month, article_at)
            or _restated(figure, self.day_word)
            or _months_restated(figure, self.last)
            or _later_day(run, figure, self.dated_day)
        )

    def read(self, run, figure, found: Resolution) -> None:
        moment = found.moment
        self.day_word, self.last = None, None
        if moment is None:
            return
        self.last = (run[-1].end, found)
        if moment.rank == _RANK[kd.Grain.MONTH]:
            self.month = moment
        if moment.rank != _RANK[kd.Grain.DAY]:
            return
        if figure is None:
            self.day_word = self.last
        else:
            # a range's last day: the day after 3.15.~4.22. is April's
            last = dt.datetime.combine(interval(found.resolved).last, dt.time())
            self.dated_day = found._replace(moment=Moment(last, moment.rank))


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


def _later_day(run, figure, dated_day: Resolution | None) -> Resolution | None:
    """A bare day later in the month than a date of one day before it in the sentence, joined to it as a list
    or a range is, is in that date's month: a schedule runs on (11월 10일부터 13일까지, 오는 24, 25일)."""
    bare = figure is not None and len(run) == 1 and re.fullmatch(r"---\d\d", figure.value or "")
    if not bare or dated_day is None or figure.bracketed or not figure.listed:
        return None
    dated = dated_day.moment
    ends = [figure.value] + ([figure.upper] if figure.upper else [])
    if not all(re.fullmatch(r"---\d\d", end) for end in ends):
        return None
    days = [int(end[3:5]) for end in ends]
    first, last = min(days), max(days)
    last_of_month = interval(f"{dated.start:%Y-%m}").last.day
    if not dated.start.day < first <= last <= last_of_month:
        return None
    resolved = "/".join(f"{dated.start:%Y-%m}-{day:02d}" for day in dict.fromkeys(days))
    start = dated.start.replace(day=first)
    # anchored as the date it runs on from: a new day of the story, which a later 이날 may name
    return Resolution(resolved, dated_day.anchor, Moment(start, dated.rank))


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
    found = _figure_run(figure, said, parts, now, anchor, past=past)
    if leads or figure.weekday is None or _weekday(found) in (None, figure.weekday):
        return found
    # 20일(월): the weekday written after a bare day says which month's it is, this or the last
    this_month = (found.resolved or "").startswith(f"{now.year:04d}-{now.month:02d}")
    other = _figure_run(figure, "지난달" if this_month else "", parts, now, anchor, past=False)
    return other if _weekday(other) == figure.weekday else found


def _weekday(found: Resolution) -> int | None:
    """The weekday of a resolution to one day (2024-05-20, 2024-05-20T14:30), else None."""
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)", found.resolved or "")
    return dt.date(*map(int, day.groups())).weekday() if day else None


def _anchor(leads: list[Word], figure, article_at, named: list[Moment]):
    """(the moment the expression counts from, its anchor): the last date named before it that is
    fine enough, for 이날, 전날 and a bare clock time, else the article's date."""
    wants_previous = any(word.anchor == "previous" for word in leads) or (
        figure is not None and not leads and figure.value.lstrip("T")[:2].isdigit()
    )  # a bare clock time
    if wants_previous:
        # 이날 needs a day before it, 그해 and 이듬해 only a year, whatever figure they lead (그해 9월)
        need = _RANK[_grain(" ".join(w.means for w in leads))] if leads else _RANK[kd.Grain.DAY]
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


@lru_cache(maxsize=4096)  # a day's articles say 올해, 이날 … of the same date again and again
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
    """The article's day (and time) as the anchor of relative dates; none for a month alone (a
    magazine's issue, 2021-11): which day 이날 or 10일 is, it does not say."""
    return dt.datetime.fromisoformat(value) if value and len(value) >= 10 else None
