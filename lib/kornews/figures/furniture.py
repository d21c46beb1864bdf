"""What pages print around a story's figures, told apart from them: the page's own stamps of time
(기사입력 2024.11.23 10:28), the lines of a phone number and of a weather widget, names written like numbers
(사천) and the dates inside names (6.13 지방선거)."""

from __future__ import annotations

import re
from functools import cache

from .records import Counted, Figure, Token, When, near, serial_at
from .words import titles, words

# A phone number as Kiwi reads it, one serial token: 02-781-1234.
_PHONE = re.compile(r"0\d{1,3}-\d{3,4}-\d{4}")
# What stands between a stamp's word and its clock: the stamp's date, marks (기사입력: 2024.11.23 | 10:28).
_STAMP_GAP_TAGS = frozenset({"W_SERIAL", "SP", "SS", "SO", "SW", "SE"})
# A line of a date alone, with its clock or weekday: a page's header (2024-04-25 13:09 (목)).
_DATE_LINE = re.compile(r"[\d.-]+(?:\s+\d{1,2}:\d{2})?\s*(?:\([월화수목금토일]\))?")
# A weekday after a date, alone up to the line's end: 토요일, (토).
_WEEKDAY_END = re.compile(r"\s*(?:[월화수목금토일]요일|\([월화수목금토일]\))\s*")
# A dotted month and day, as the names of days write them: 6.13, 3.1.
_MONTH_DAY = re.compile(r"(?P<month>\d{1,2})\.(?P<day>\d{1,2})")
# A widget's line with no sky word: a mark, one place and a temperature, alone (• 광주 4.1℃).
_BARE_WEATHER = re.compile(r"\s*[•·*-]\s*\S+\s+-?\d+(?:\.\d+)?(?:℃|°C)\s*")
# A number written in Sino-Korean words alone: 사천, 이천.
_SINO_WORDS = re.compile("[일이삼사오육칠팔구십백천만억조]+")


def stamped(tokens: list[Token], first: int, text: str) -> bool:
    """A date or clock after a word of role ``stamp`` (입력, 최종편집일), past the stamp's date and its
    marks: the page's time of publishing, not the story's (기사입력 2024.11.23 10:28); a line that
    is nothing but a date and its weekday: the page's date (2025.11.21(금)); or a date line signed with a
    name and its title."""
    if _DATE_LINE.fullmatch(text, min(t.start for t in tokens), max(t.end for t in tokens)):
        return True
    if _signed(tokens[first].start, text):
        return True
    k = first - 1
    while k >= 0 and tokens[k].tag in _STAMP_GAP_TAGS:
        k -= 1
    return k >= 0 and any(text.endswith(word, 0, tokens[k].end) for word in words("stamp"))


def _signed(start: int, text: str) -> bool:
    """A date that opens a line of nothing but it, a name and a title (2018-02-22  가람기자, 2019.02.27 가람
    나래과장): the page's date line, as a byline prints it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    _, _, signature = text[start : line_end if line_end >= 0 else len(text)].partition(" ")
    signature = signature.strip()
    return (
        not text[line_start:start].strip()
        and 1 <= len(signature.split()) <= 2
        and signature.endswith(titles())
        and not signature.endswith("다")
    )


def date_line(figure: Figure, text: str) -> bool:
    """A full date alone on its line with its weekday (2025년 11월 29일 토요일): the page's own date, printed
    above the story, not a figure of it."""
    when = figure.when
    if figure.kind != "date" or when is None or when.year is None or when.day is None:
        return False
    line_start = text.rfind("\n", 0, figure.start) + 1
    line_end = text.find("\n", figure.end)
    return (
        not text[line_start : figure.start].strip()
        and _WEEKDAY_END.fullmatch(text, figure.end, line_end if line_end >= 0 else len(text))
        is not None
    )


def weather_line(start: int, text: str, unit: str | None) -> bool:
    """A temperature on a line of a page's weather widget, which opens with a mark and a sky word glued to a
    place (• 맑음서울 1.1℃): the page's furniture, not the story's figure. A widget prints a place with no sky
    word too (• 광주 4.1℃): a line of a mark, one place and its temperature alone is the widget's where a line
    next to it is."""
    if unit not in ("℃", "°C", "도"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _weather().fullmatch(text, line_start, start) is not None:
        return True
    line_end = _line_end(text, start)
    if _BARE_WEATHER.fullmatch(text, line_start, line_end) is None:
        return False
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    after = line_end + 1
    return any(
        _weather().match(text, begin, _line_end(text, begin)) is not None
        for begin in (before, after)
        if 0 <= begin < len(text) and begin != line_start
    )


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@cache
def _weather() -> re.Pattern:
    skies = "|".join(sorted(words("sky"), key=len, reverse=True))
    return re.compile(rf"\s*[•·*-]?\s*(?:{skies})\S+\s+-?")


def named(counted: Counted, written: str) -> bool:
    """A number in Sino-Korean words alone (사천, 이천) with no counter: a name (a city), not a figure;
    news writes bare numbers in digits."""
    return (
        counted.unit is None and counted.kind is None and _SINO_WORDS.fullmatch(written) is not None
    )


def after_phone(tokens: list[Token], i: int) -> bool:
    """A bare number listed after a phone number (02-781-1234, 4444): another of its lines."""
    k = i - 1
    while k > 0 and tokens[k].form == "," and tokens[k - 1].tag == "SN":
        k -= 2
    return serial_at(tokens, k, ",", _PHONE)


def dated_name(tokens: list[Token], i: int, text: str) -> When | None:
    """The month and day of ``6.13 지방선거``, ``3.1절``: a dotted month and day before a word holding one of
    role ``dated name``, glued or a space apart; else None."""
    match = _MONTH_DAY.fullmatch(tokens[i].form)
    if match is None or i + 1 >= len(tokens) or not near(tokens[i], tokens[i + 1], text):
        return None
    end = text.find(" ", tokens[i + 1].start)
    word = text[tokens[i + 1].start : end if end >= 0 else len(text)]
    month, day = int(match["month"]), int(match["day"])
    if 1 <= month <= 12 and 1 <= day <= 31 and any(name in word for name in words("dated name")):
        return When(month=month, day=day)
    return None


def day_span(tokens: list[Token], i: int, last: int) -> When | None:
    """A span of dotted days alone in brackets (대책기간(3.15.~4.22.), 산불(1.1~4.22)): from the first day to
    the last, not two decimals; tokens i to last are the bracket's range, else None."""
    if not (
        i > 0 and last < len(tokens) and tokens[i - 1].form == "(" and tokens[last].form == ")"
    ):
        return None
    forms = [tokens[k].form for k in (i, last - 1)]
    ends = [_MONTH_DAY.fullmatch(form.removesuffix(".")) for form in forms]  # 3.15. or 4.22
    # a closing dot or a day of two digits says days: (1.5~2.5) stays a range of decimals
    dayish = any(form.endswith(".") for form in forms) or any(len(m["day"]) == 2 for m in ends if m)
    if None in ends or last - i != 3 or not dayish:
        return None
    (month, day), (upper_month, upper) = ((int(m["month"]), int(m["day"])) for m in ends)
    valid = all(1 <= m <= 12 and 1 <= d <= 31 for m, d in ((month, day), (upper_month, upper)))
    if not valid or (upper_month, upper) <= (month, day):
        return None
    return When(month=month, day=day, upper=upper, upper_month=upper_month)
