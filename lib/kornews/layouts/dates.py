"""Dates as kornews writes them (ISO): from a line's date, a file name's, or the user's."""

from __future__ import annotations

import datetime
import re

from .pieces import _STAMP, DATE

# A date anywhere in a line (a byline's, a date line's): iso_date reads it; after a stamp word in
# any line of metadata (…기자 gildong@example.com 입력 : 2020-07-10 17:52).
DATED = re.compile(DATE)
STAMPED = re.compile(rf"{_STAMP}일?\s*[:：]?\s*{DATE}")
# A board's date in English (XpressEngine's 'by 홍길동 posted Nov 13, 2009'): month, day, year.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
ENGLISH_DATE = re.compile(
    r"(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"
)


def iso_date(found: re.Match) -> str | None:
    """``2020-07-10`` or ``2020-07-10T14:31`` from a match of :data:`DATE`; None if it is no calendar date."""
    groups = found.groupdict()
    year, month = int(found["y"]), int(found["m"])
    year += 2000 if year < 100 else 0  # a stamp's two-digit year (입력 20.07.10): this century
    if groups.get("d") is None:  # a magazine's issue month (2020년 7월호): the month alone
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    day = int(found["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if groups.get("H") is None:
        return date
    hour, minute = int(found["H"]), int(found["M"])
    if hour == minute == 0 and found["ampm"] is None:
        return date  # a CMS's bare midnight stamp (기사입력 2022/09/30 [00:00]) tells no time
    if found["ampm"] in ("오후", "PM") and hour < 12:
        hour += 12
    elif found["ampm"] in ("오전", "AM") and hour == 12:
        hour = 0
    return f"{date}T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else date


def english_date(line: str) -> str | None:
    """``2009-11-13`` from an English date in ``line`` (Nov 13, 2009), else None."""
    found = ENGLISH_DATE.search(line)
    if found is None:
        return None
    try:
        month = _MONTHS.index(found["mon"].lower()) + 1
        return datetime.date(int(found["y"]), month, int(found["d"])).isoformat()
    except ValueError:  # Feb 30, 2009
        return None


# A date in a file name: 20200710_..., 2020-07-10-..., 2020.07.10 ...; not inside a longer run of digits.
NAME_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)"
)
# A date given by the user: 2020-07-10, 2020-07-10T14:31, 2020.07.10, 20200710.
USER_DATE = re.compile(
    r"(?P<y>\d{4})[-.]?(?P<m>\d{2})[-.]?(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2}))?"
)


def date_in_name(name: str) -> str | None:
    """The first calendar date a file name holds (``20200710_서울시.txt`` -> ``2020-07-10``), else None."""
    for found in NAME_DATE.finditer(name):
        if (date := _calendar(found)) is not None:
            return date
    return None


def user_date(value: str) -> str | None:
    """A date as the user writes it, ISO (``2020-07-10``, ``2020-07-10T14:31``); None if it is none."""
    found = USER_DATE.fullmatch(value.strip())
    date = _calendar(found) if found else None
    if date is None or found["H"] is None:
        return date
    hour, minute = int(found["H"]), int(found["M"])
    return f"{date}T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _calendar(found: re.Match) -> str | None:
    try:
        return datetime.date(int(found["y"]), int(found["m"]), int(found["d"])).isoformat()
    except ValueError:  # 2020-02-30
        return None
