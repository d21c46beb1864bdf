"""The words the figures engine knows, read once from ``data/units.tsv``, ``data/words.tsv`` and
``data/dates.tsv``: units and counters, and the words around a number by their role."""

from __future__ import annotations

import re
from functools import cache

from ..tables import table


@cache
def units() -> dict:
    """Unit as Kiwi gives it -> its row of data/units.tsv (form, unit reported, kind, example)."""
    return {row.form: row for row in table("units.tsv")}


def unit_reported(form: str) -> str:
    """The unit reported for a form of data/units.tsv (%포인트 -> %p), else the form."""
    found = units().get(form)
    return found.unit if found else form


def form_kind(form: str) -> str | None:
    """The kind of a form of data/units.tsv ($ -> money), else None."""
    found = units().get(form)
    return found.kind if found else None


@cache
def _unit_kinds() -> dict[str, str]:
    """Unit reported -> kind (%p -> percent)."""
    return {row.unit: row.kind for row in units().values()}


def unit_kind(unit: str | None) -> str | None:
    return _unit_kinds().get(unit)


@cache
def hangul_units() -> frozenset[str]:
    """Counters with Hangul: Kiwi tags them NNG or NNB."""
    return frozenset(form for form in units() if re.search(r"[가-힣]", form))


@cache
def latin_units() -> frozenset[str]:
    """Latin units (kg, GWh): Kiwi tags them SL."""
    return frozenset(form for form in units() if re.fullmatch(r"[A-Za-z]+", form))


@cache
def symbol_units() -> frozenset[str]:
    """Symbol units (%, ㎡, $): Kiwi tags them SW."""
    return frozenset(form for form in units() if not re.search(r"[가-힣A-Za-z]", form))


@cache
def _words() -> dict[str, dict[str, str]]:
    words: dict[str, dict[str, str]] = {}
    for row in table("words.tsv"):
        words.setdefault(row.role, {})[row.word] = row.value
    return words


@cache
def words(role: str) -> dict[str, str]:
    """The words of data/words.tsv in a role (day, sign, hedge, change ...): word -> value."""
    return _words().get(role, {})


def known(form: str) -> bool:
    """A unit, a suffix or a word of data/words.tsv (증가, 이상, 말 ...): not the rest of a compound noun."""
    return (
        form in units()
        or form in ("간", "째", "당")
        or any(form in found for found in _words().values())
    )


@cache
def titles() -> tuple[str, ...]:
    """The titles written after a person's name (기자, 과장), from data/titles.tsv: a line of a date and a
    name with its title signs the page, as a byline does."""
    return tuple(row.title for row in table("titles.tsv"))


@cache
def time_words() -> frozenset[str]:
    """Words of time (현재, 올해, 지난): role time of data/words.tsv, and the relative words of
    data/dates.tsv that date on their own or lead a date (not the parts: 말 is also speech)."""
    dated = (row.word for row in table("dates.tsv") if row.role in ("word", "lead"))
    return frozenset(words("time")) | frozenset(dated)


@cache
def one_day_words() -> frozenset[str]:
    """The words of data/dates.tsv that name one day (오늘, 어제, 내일, 이날): a bare number in brackets
    after one is that day of the month, 오늘(18)."""
    days = ("오늘", "어제", "그제", "내일", "모레")
    return frozenset(
        row.word for row in table("dates.tsv") if row.role == "word" and row.means in days
    )


@cache
def stops() -> frozenset[str]:
    """Relations and bounds (가운데, 동안, 이상): never a measure."""
    return frozenset(words("relation")) | frozenset(words("bound"))


@cache
def day_pattern() -> re.Pattern:
    """A native count of days or weeks (이틀, 사흘간, 일주일), longest first."""
    days = sorted({**words("day"), **words("week")}, key=len, reverse=True)
    return re.compile(f"(?P<day>{'|'.join(days)})(간)?")


@cache
def day_after() -> re.Pattern:
    """The words after which a loose day word (하루, 이레) counts days: 하루 만에, 이레째."""
    after = sorted(words("day after"), key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(after)})")
