"""Values as people write them: the tables' numbers, dates, shares and flags in the forms a
Korean reader knows from the press (``8만5000건``, ``1,200억원``, ``2020년 7월 10일``, ``100%``),
or in English ones (``lang="en"``), for reports and plot axes. Offsets, tags and ISO stamps
never reach a reader: every value a report shows goes through here.

>>> amount(85000, unit="건")
'8만5000건'
>>> date_text("2020-07-10T14:31")
'7월 10일 오후 2시 31분'
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .article import Article
from .tables import table

LANGS = ("ko", "en")
# 만, 억, 조, 경: each four digits more; the press writes the leading group with commas
# (1,200억원) and the groups after it without (1조2000억원).
_GROUPS = ("", "만", "억", "조", "경")


class _Group(NamedTuple):
    """One group of four digits, as written: 8만 (value 8, name 만, power 1)."""

    value: int
    name: str
    power: int


_PREFIX_UNITS = frozenset({"$", "₩", "€", "£", "¥"})
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# ISO-8601-like values of kornews.figures and kornews.dates: 2020, 2020-07, 2020-07-10, --04
# (April), ---10 (day 10), each with an optional time (T14:31), or a time alone (15:30).
_DATE = re.compile(
    r"(?:(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?|--(?P<m>\d\d)(?:-(?P<d>\d\d))?|---(?P<dd>\d\d))?"
    r"(?:T?(?P<hour>\d\d):(?P<minute>\d\d))?"
)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang is one of {', '.join(LANGS)}, not {lang!r}")


def _plain(value: float) -> str:
    """A number without a trailing ``.0`` and with at most two decimals."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def amount(value, *, unit: str = "", lang: str = "ko", groups: int | None = None) -> str:
    """``value`` (a number) with its unit, as the press writes it: in 만/억/조 groups, the
    leading one with commas (``8만5000건``, ``1,200억원``, ``1조2000억원``, ``2만7606㎡``,
    ``3.5%``); English with thousands' commas (``85,000건``). ``groups`` keeps
    only that many leading groups, rounded (``1억2345만`` for 123456789 with 2), as an axis
    wants. Currency symbols lead (``$1.5``). An empty string for a missing value."""
    _check_lang(lang)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    sign, value = ("-" if value < 0 else ""), abs(value)
    if lang == "en" or value < 10_000:
        number = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
    else:
        number = _grouped(value, groups)
    if unit in _PREFIX_UNITS:
        return f"{sign}{unit}{number}"
    return f"{sign}{number}{unit}"


def _grouped(value: float, groups: int | None) -> str:
    whole, fraction = int(value), value % 1
    parts = []
    for power in range(len(_GROUPS) - 1, -1, -1):
        group, whole = divmod(whole, 10_000**power)
        if group:
            parts.append(_Group(group, _GROUPS[power], power))
    if groups is not None and len(parts) > groups:
        power = parts[groups - 1].power
        return _grouped(round(value / 10_000**power) * 10_000**power, None)
    text = "".join(
        (f"{part.value:,}" if i == 0 else str(part.value)) + part.name
        for i, part in enumerate(parts)
    )
    if fraction and parts and parts[-1].power == 0:
        text += _plain(fraction)[1:]
    return text


def date_text(value: str, *, lang: str = "ko", full: bool = False) -> str:
    """An ISO-8601-like date or time (as :func:`kornews.figures` and :func:`kornews.timeline`
    give them) as written: ``2020-07-10`` is ``2020년 7월 10일``, ``2020-07`` ``2020년 7월``,
    ``--04`` ``4월``, ``---10`` ``10일``; a time drops the year, as the press does
    (``2020-07-10T14:31`` is ``7월 10일 오후 2시 31분``) unless ``full`` (a byline); an interval ``first/last`` is
    ``2020년 1월~6월``. English: ``10 July 2020``, ``2:31 pm``. Anything else comes back as it is."""
    _check_lang(lang)
    if not isinstance(value, str) or not value:
        return ""
    if "/" in value:
        first, last = (date_text(part, lang=lang) for part in value.split("/", 1))
        if lang == "ko" and first[:5] == last[:5] and first[4:5] == "년":
            last = last[6:]
        return f"{first}~{last}" if lang == "ko" else f"{first} to {last}"
    match = _DATE.fullmatch(value)
    if not match or not any(match.groups()):
        return value
    parts = match.groupdict()
    year, month, day = parts["year"], parts["month"] or parts["m"], parts["day"] or parts["d"]
    day = day or parts["dd"]
    if parts["hour"] and not full:
        year = None
    words = _date_words(year, month, day, lang) + _time_words(parts["hour"], parts["minute"], lang)
    return " ".join(words)


def _date_words(year, month, day, lang: str) -> list[str]:
    if lang == "en":
        if day and not month:  # a bare day (10일) reads as one: "the 10th", not "10"
            return [f"the {_ordinal(int(day))}"]
        words = [str(int(day))] if day else []
        words += [_MONTHS_EN[int(month) - 1]] if month else []
        return words + ([year] if year else [])
    named = ((year, "년"), (month, "월"), (day, "일"))
    return [f"{int(part)}{suffix}" for part, suffix in named if part]


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _time_words(hour, minute, lang: str) -> list[str]:
    if not hour:
        return []
    hour, minute = int(hour), int(minute)
    if lang == "en":
        return [f"{hour % 12 or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}"]
    words = ["오전" if hour < 12 else "오후", f"{hour if hour <= 12 else hour - 12}시"]
    return words + ([f"{minute}분"] if minute else [])


def percent(share, *, lang: str = "ko") -> str:
    """A share (0-1) as a percentage: 1 is ``100%``, 0.333 ``33.3%``."""
    _check_lang(lang)
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return ""
    return f"{_plain(round(share * 100, 1))}%"


def check(flag) -> str:
    """A yes/no value as a reader's mark: ``✓`` for yes, blank for no (never True/False)."""
    try:
        return "✓" if bool(flag) and flag == flag else ""  # NaN is no yes
    except TypeError:  # pd.NA: unknown
        return ""


def counted(number: int, noun: str, *, lang: str = "ko") -> str:
    """A count with its noun and counter (``data/counters.tsv``): ``기사 1건``, ``문단 3개``,
    ``언급 1만2000번``; English ``1 article``, ``3 paragraphs``."""
    _check_lang(lang)
    row = next((row for row in table("counters.tsv") if row.noun == noun), None)
    if row is None:
        raise ValueError(f"no counter for {noun!r} in counters.tsv")
    if lang == "en":
        return f"{number:,} {row.en}{'' if number == 1 else 's'}"
    return f"{noun} {amount(number)}{row.counter}"


class Words(dict):
    """The report's words in one language (``data/report_words.tsv``), by key."""

    def fill(self, key: str, **values) -> str:
        return self[key].format(**values)


def words(lang: str) -> Words:
    """The words of ``data/report_words.tsv`` in ``lang`` (``ko`` or ``en``)."""
    if lang not in LANGS:
        raise ValueError(f"lang is one of {', '.join(LANGS)}, not {lang!r}")
    return Words((row.key, getattr(row, lang)) for row in table("report_words.tsv"))


class Heading(NamedTuple):
    """What heads an article for a reader: its title, and the file it was read from where the
    title is missing (blank otherwise)."""

    title: str
    file: str


def heading(article: Article, *, lang: str = "ko") -> Heading:
    """The report's and the notebooks' heading of ``article``: its title; without one, 제목 없음
    (Untitled) and the file's name (파일 가상기사_001) to tell articles apart, never the first
    sentence (a headline the outlet never wrote) nor the file's name alone (read as a title).
    A text given as such (``<text>``) has no file to name."""
    return Heading(article.title, "") if article.title else untitled(article.name, lang=lang)


def untitled(name: str, *, lang: str = "ko") -> Heading:
    """The heading of an article without a title read from the file ``name``: 제목 없음 and
    파일 ``name`` (a text given as such, ``<text>``, names no file)."""
    say = words(lang)
    return Heading(say["untitled"], say.fill("file", name=name) if name != "<text>" else "")


def kind_name(kind: str, *, lang: str = "ko") -> str:
    """A figure kind's name for readers (``data/words_for_readers.tsv``): ``money`` is ``금액``."""
    _check_lang(lang)
    row = next((row for row in table("words_for_readers.tsv") if row.key == kind), None)
    return getattr(row, lang) if row else kind


def money_axis(*, unit: str = "원"):
    """A matplotlib tick formatter for amounts of money in 만/억/조, as Korean readers read
    them (``1,200억원``, ``1조2000억원``: two groups at most), in place of a log axis's powers
    of ten: ``ax.yaxis.set_major_formatter(money_axis())``."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position: amount(value, unit=unit, groups=2))
