"""What the engine knows: the reference tables as lookups (organisations and places, titles,
surnames, name words), and the title or surname a word holds."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..outlets import outlets
from ..tables import table
from .records import Form, Run, Titled

HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
HANGUL_WORD = re.compile(r"[가-힣]{2,}")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# What masks a name after its surname (배모씨, 소모 씨): the press names no one so.
MASK = "모"
# The lookups below are asked of the same words again and again (a run is looked at by several
# rules, a word recurs across sentences and articles): each answer is kept.
KEPT = 1 << 16


@cache
def lexicon() -> dict[str, Form]:
    """Form -> what it names, for every organisation and place in the tables and their short forms."""
    forms: dict[str, Form] = {}
    for kind, rows in (("organisation", table("organisations.tsv")), ("place", place_rows())):
        for row in rows:
            common = kind == "place" and row.common == "yes"
            forms.setdefault(row.name, Form(row.name, kind, False, common))
            for short in filter(None, row.short.split(",")):
                forms.setdefault(short, Form(row.name, kind, True))
            if kind == "place" and row.level == "province" and row.name.endswith("도"):
                forms.update({f"{s}도": Form(row.name, kind, True) for s in provinces_with_do(row)})
    # The press is an organisation too (TV조선, 뉴스타파, KNN): its forms in one word, from outlets.tsv;
    # a Latin one only in capitals (KNN, not an address or a name in Latin letters).
    for outlet in outlets():
        for form in outlet.forms:
            if " " not in form and (HANGUL_WORD.search(form) or _ACRONYM.fullmatch(form)):
                forms.setdefault(form, Form(outlet.name, "organisation", form != outlet.name))
    return forms


@cache
def place_rows() -> tuple:
    """The rows of ``places.tsv`` (Korea's places, countries, capitals) and ``places_abroad.tsv``
    (the cities, districts, states and regions the press abroad names), which share their columns."""
    return table("places.tsv") + table("places_abroad.tsv")


def provinces_with_do(row) -> list[str]:
    """The short forms of a province row the press writes with its 도 (전남도, 경북도: 전남, 경북), a 도
    the tables do not list (강원도 is a short form of its own)."""
    shorts = row.short.split(",")
    return [s for s in shorts if len(s) == 2 and f"{s}도" not in shorts and f"{s}도" != row.name]


@cache
def written_with_do() -> frozenset[str]:
    """전남도, 경북도 …: a province's short form and its 도, read as the short form (the 도 is the
    province's word, as in 경남도지사)."""
    rows = [r for r in place_rows() if r.level == "province" and r.name.endswith("도")]
    return frozenset(f"{s}도" for row in rows for s in provinces_with_do(row))


@cache
def titles() -> tuple[str, ...]:
    """The titles, longest first (대표이사 before 대표); ``in`` is a set's lookup."""
    return _Looked(sorted((row.title for row in table("titles.tsv")), key=lambda t: (-len(t), t)))


class _Looked(tuple):
    """A tuple whose ``in`` looks its items up as a set does: the rules ask whether a word is a
    title of nearly every noun run, where a tuple compares the word with each title in turn."""

    def __init__(self, items) -> None:
        self._items = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._items


@cache
def compound_titles() -> frozenset[str]:
    """Titles that may close a compound with a word the tables do not name (광역수사대장, not 전통시장)."""
    return frozenset(row.title for row in table("titles.tsv") if row.compound == "yes")


@cache
def suffixes() -> dict[str, bool]:
    """Suffix -> may it end a common noun too (``on`` is ``noun``), longest first."""
    rows = sorted(table("org_suffixes.tsv"), key=lambda row: (-len(row.suffix), row.suffix))
    return {row.suffix: row.on == "noun" for row in rows}


@cache
def long_suffixes() -> frozenset[str]:
    """The suffixes that end a common noun too after a long stem (``on`` is ``long``)."""
    return frozenset(row.suffix for row in table("org_suffixes.tsv") if row.on == "long")


@cache
def surnames() -> frozenset[str]:
    return frozenset(row.surname for row in table("surnames.tsv"))


@cache
def leaders() -> dict[str, str]:
    """Family name -> full name of the foreign leaders of ``leaders.tsv`` (트럼프 -> 도널드 트럼프)."""
    return {row.family: row.name for row in table("leaders.tsv")}


@cache
def given_names() -> frozenset[str]:
    """The foreign given names of ``given_names.tsv`` and the first names of ``leaders.tsv``'s
    leaders whose family name is written last (도널드 of 도널드 트럼프; not 아베 of 아베 신조)."""
    firsts = {
        row.name.split(" ", 1)[0]
        for row in table("leaders.tsv")
        if " " in row.name and row.name.endswith(row.family)
    }
    return frozenset(row.name for row in table("given_names.tsv")) | firsts


@cache
def reporter_titles() -> frozenset[str]:
    """The titles that sign a byline (``titles.tsv``'s reporter column: 기자, 특파원 …)."""
    return frozenset(row.title for row in table("titles.tsv") if row.reporter == "yes")


@cache
def name_words(role: str) -> frozenset[str]:
    """The words of ``name_words.tsv`` with the role (``place-ending``, ``common-ending``,
    ``particle``)."""
    return frozenset(row.word for row in table("name_words.tsv") if row.role == role)


@cache
def countries() -> frozenset[str]:
    """Every form of the countries in ``places.tsv`` (대한민국, 한국, 미국, 미 …)."""
    rows = [row for row in place_rows() if row.level == "country"]
    return frozenset(
        [row.name for row in rows] + [s for row in rows for s in row.short.split(",") if s]
    )


@cache
def regions() -> frozenset[str]:
    """The world's regions of ``places.tsv`` (유럽, 중동, 남해안): places that hold no office, so no
    one's affiliation."""
    return frozenset(row.name for row in place_rows() if row.level == "region")


@cache
def unlisted_place() -> re.Pattern:
    """A word of two to four syllables and a place's last letter (가람시, 한빛군)."""
    return re.compile(f"[가-힣]{{2,4}}[{''.join(sorted(name_words('place-ending')))}]")


def split_title(run: Run) -> Titled | None:
    """The title the run ends in, and what stands before it."""
    return _split_title(run.text)


@lru_cache(maxsize=KEPT)
def _split_title(text: str) -> Titled | None:
    if text.endswith(_title_words()):
        return None  # 천변주차장: a car park (차장, a title's letters), no one's title
    for length, same_length in _titles_by_length():  # the longest title it ends in, as a lookup
        if text[-length:] in same_length:
            return Titled(text[-length:], len(text) - length)
    # 총장님, 이사장님: the honorific after a title (a speech's greetings) leaves it the title
    return _split_title(text[:-1]) if text.endswith("님") else None


@cache
def _title_words() -> tuple[str, ...]:
    return tuple(sorted(name_words("title-word")))


@cache
def _titles_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(title) for title in titles()}, reverse=True)
    return tuple((n, frozenset(t for t in titles() if len(t) == n)) for n in lengths)


@lru_cache(maxsize=KEPT)
def surname_of(form: str) -> str | None:
    """The surname ``form`` starts with, two-syllable ones (남궁, 황보) first; None if none."""
    return next((form[:n] for n in (2, 1) if len(form) > n and form[:n] in surnames()), None)


def masked(form: str) -> bool:
    """A surname and 모 (배모, 소모 of 소모씨): a name the press masks, no one's."""
    surname = surname_of(form)
    return surname is not None and form[len(surname) :] == MASK
