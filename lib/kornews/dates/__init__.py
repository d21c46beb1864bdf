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
  current cycle); ``지난 N일`` is past and ``오는 N일`` future (the library reads both); a weekday written
  right after a bare day (``20일(월)``, ``20일 월요일``) picks, of this month and the last, the one where
  the day falls on it; a bare day later in the month than a date of one day before it in its sentence,
  joined to it as a list or a range is (부터, a range mark, a comma, 와, 및; no quotation mark between),
  runs on in that date's month (``11월 10일부터 13일까지``, ``오는 14, 15일``; after a span, from its last
  day: ``10월 30일~11월 2일, 5일`` is 5 November);
- ``올해 말``, ``작년 초``: a year narrowed to its last or first month;
- a bare month after a month of another year in the same sentence, later in the year, is in that
  year (``작년 11월부터 12월``: a list runs on in its year);
- a quarter (``3분기``, ``지난해 4분기``, ``2022년 2분기``) is its three months, in the article's year
  unless led or stated, or yet to begin in a sentence that does not speak ahead (last year's: ``4분기``
  results told in February); months in brackets after a year, a half or a quarter are in its year
  (``지난해 하반기(7~12월)``); a week of a month (``8월 둘째 주``) is that week, Monday to Sunday;
- ``이날``, ``같은 날``, ``전날``, ``다음날``, ``이듬해``, ``그해`` and a bare clock time: relative to the
  last date named before them in the article that is fine enough (a day for day words and clock
  times, a year for year words, whatever figure they lead: ``2015년 ... 그해 9월``, ``해당 연도의 8월
  8일``), in the same sentence or an earlier one, else to the article's date.
  News names the day of its story once (``LG는 18일 ... 이겼다``) and then says ``이날`` for it
  paragraphs later; with no date before it (``이날`` in the lead), the story's day is the article's. A date a
  record is counted from (``지난 3일 이후 최저``, ``2016년 이래 최대``) is no such anchor.
Without an article date, stated dates still resolve and so do words anchored on a stated date
before them; the rest stay unresolved (``resolved`` missing).
"""

from .found import (
    Item,
    Moment,
    Resolved,
    Word,
    ahead,
    figure_item,
    find_words,
    listed_after,
    quarter_item,
    since,
    weekday_after,
    words,
)
from .resolve import Resolution, resolve
from .spans import Span, interval, tense

__all__ = [
    "Item",
    "Moment",
    "Resolution",
    "Resolved",
    "Span",
    "Word",
    "ahead",
    "figure_item",
    "find_words",
    "listed_after",
    "interval",
    "quarter_item",
    "resolve",
    "since",
    "tense",
    "weekday_after",
    "words",
]
