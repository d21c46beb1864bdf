"""What the engine knows and reads the tokens into: the reference tables as lookups, runs of nouns,
and the named records a mention is made of."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import pandas as pd

from ..columns import token_columns
from ..outlets import outlets
from ..rows import maker
from ..tables import table

# Nouns (and the prefixes and suffixes Kiwi cuts off them) that make one run when written together.
RUN_TAGS = frozenset({"NNP", "NNG", "NNB", "SL", "SH", "XPN", "XSN"})
HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
HANGUL_WORD = re.compile(r"[가-힣]{2,}")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# 가람당원, a member of 가람당.
_PARTY_MEMBER = "당원"
_MEMBER = "원"
# What masks a name after its surname (배모씨, 소모 씨): the press names no one so.
MASK = "모"


class _Token(NamedTuple):
    """A morpheme as :func:`runs` reads it."""

    start: int
    end: int
    tag: str


class Run(NamedTuple):
    """Nouns written together in one word; any other token is a run of its own."""

    text: str
    start: int
    end: int
    tags: tuple[str, ...]


class Form(NamedTuple):
    """What a written form in the tables names: the full name, its kind, is the form a short one,
    and is it a Korean word too (인도, a sidewalk; the places tables' ``common`` column)."""

    name: str
    kind: str
    short: bool
    common: bool = False


class Named(NamedTuple):
    """An organisation or place a form names, the rule that found it and how much of the form it spans."""

    entity: str
    kind: str
    rule: str
    length: int


class Titled(NamedTuple):
    """A run ending in a title: the title, and the length of what stands before it."""

    title: str
    cut: int


class Where(NamedTuple):
    """Where a mention stands, as in :func:`kornews.tokenize`."""

    section: int
    paragraph: int
    sentence: int


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: a row of :func:`kornews.entities` but its text."""

    entity: str
    kind: str
    start: int
    end: int
    where: Where
    rule: str
    title: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the token table: its tokens, its runs, where it stands, and its span in the
    text (its tokens' first start to their last end: what the rules scanning its words read)."""

    tokens: list[_Token]
    runs: list[Run]
    where: Where
    start: int
    end: int
    # The positions of its noun runs in ``runs`` (:func:`is_noun_run`), found once: most rules
    # read no other run, and asking each run again cost every rule a call per run.
    nouns: tuple[int, ...]
    # Its runs' texts: a rule that looks for a word (에서, 리, a voice's or a kind's word) passes
    # over a sentence without it at once, where it read every run.
    words: frozenset[str]

    @property
    def noun_runs(self) -> list[Run]:
        """Its noun runs, in order."""
        return [self.runs[at] for at in self.nouns]


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


def sentences(tokens: pd.DataFrame, text: str) -> list[Sentence]:
    """The token table's sentences, in order, with their runs."""
    read = token_columns(tokens)  # quotes hands in the tokens it reads too
    # The columns read once, as lists: a table per sentence cost more than the rules reading it.
    columns = ("start", "end", "tag", "section", "paragraph", "sentence")
    starts, ends, tags, section, paragraph, number = (read.columns[c] for c in columns)
    # The records made once for the article, each sentence a slice of them.
    every = list(map(maker(_Token), zip(starts, ends, tags)))
    found = []
    for rows in read.spans:
        group = every[rows]
        first = rows.start
        where = Where(section[first], paragraph[first], number[first])
        span = min(starts[rows]), max(ends[rows])  # once, for every rule that reads it
        found_runs = runs(group, text)
        nouns = tuple(at for at, run in enumerate(found_runs) if run.tags[0] in RUN_TAGS)
        words = frozenset([run.text for run in found_runs])
        found.append(Sentence(group, found_runs, where, *span, nouns, words))
    return found


_RUN = maker(Run)  # a run made without a Python call: one per word piece of a corpus


# 총 (all-, general) written onto a noun in a name (세계가람총연합회), which Kiwi reads a determiner.
_TOTAL = "총"


def runs(sentence: list[_Token], text: str) -> list[Run]:
    """The sentence's runs of nouns written together, and one run per other word piece (so that
    what stands between a name and a title is known)."""
    found: list[Run] = []
    run = _RUN
    # One pass, each token read once: this is read for every token of a corpus.
    begin = stop = -1
    tags: list[str] = []
    noun = False  # does the run being read take the nouns written onto it
    for start, end, tag in sentence:
        if noun and start == stop and tag in RUN_TAGS:
            tags.append(tag)
            stop = end
            continue
        if noun and start == stop and tag == "MM" and text[start:end] == _TOTAL:
            tags.append("NNG")  # 세계가람+총+연합회: Kiwi's determiner inside a body's name
            stop = end
            continue
        if tags:
            found.append(run((text[begin:stop], begin, stop, tuple(tags))))
        begin, stop, tags, noun = start, end, [tag], tag in RUN_TAGS
    if tags:
        found.append(run((text[begin:stop], begin, stop, tuple(tags))))
    return found


def is_noun_run(run: Run) -> bool:
    return run.tags[0] in RUN_TAGS


def lookup(form: str, proper: bool) -> Form | None:
    """What an organisation or place form names; a place's short form, or a name that is a Korean
    word too, only when proper."""
    hit = lexicon().get(form)
    if hit is None or ((hit.short or hit.common) and hit.kind == "place" and not proper):
        return None
    return hit


def place_and_noun(run: Run) -> bool:
    """A word Kiwi cut into a place and a common noun (경남+지역, 서울+본부): no name's."""
    return len(run.tags) >= 2 and _starts_with_place(run.text)


@lru_cache(maxsize=1 << 16)  # asked of the same words in every article: each answer is kept
def _starts_with_place(text: str) -> bool:
    return any(
        (hit := lookup(text[:k], True)) is not None and hit.kind == "place"
        for k in range(2, len(text))
    )


def split_title(run: Run) -> Titled | None:
    """The title the run ends in, and what stands before it."""
    return _split_title(run.text)


# The lookups below are asked of the same words again and again (a run is looked at by several
# rules, a word recurs across sentences and articles): each answer is kept.
_KEPT = 1 << 16


@lru_cache(maxsize=_KEPT)
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


@lru_cache(maxsize=_KEPT)
def named(form: str, proper: bool) -> Named | None:
    """The organisation or place that ``form`` is, or starts with when a title has swallowed its
    last letter (서울시 in 서울시장 is tried as 서울시, then 서울)."""
    hit = lookup(form, proper)
    if hit:
        return Named(hit.name, hit.kind, "list", len(form))
    # 가람당원: a member of a listed party names the party.
    party = lookup(form[: -len(_MEMBER)], True) if form.endswith(_PARTY_MEMBER) else None
    if party and party.kind == "organisation":
        return Named(party.name, party.kind, "list", len(form) - len(_MEMBER))
    if place_area(form):
        return None  # 경기북부 (부, an ending): a part of 경기도, no body
    suffix = next((s for s in suffixes() if form.endswith(s)), None)
    # Most suffixes count on a proper noun only (일부, 시중은행 stay common nouns), and a one-syllable
    # one not on a name's shape (문채원 is a person).
    name_shaped = (
        len(suffix or "") == 1
        and HANGUL_NAME.fullmatch(form)
        and len(form) == 3
        and surname_of(form)
    )
    # 한미동맹, 북러연합: two countries' letters and the suffix name a pact, not a body; 지역농협 a
    # kind of body.
    stem = form[: -len(suffix)] if suffix else ""
    # 한국교회: a country's name and a ``national`` ending name the country's churches, no one body.
    pact = bool(suffix) and (
        set(stem) <= name_words("country-letter")
        or stem in name_words("generic")
        or (suffix in name_words("national") and stem in countries())
    )
    if (
        suffix
        and not name_shaped
        and not pact
        and (proper or suffixes()[suffix])
        and len(form) > len(suffix) + (1 if len(suffix) > 1 else 0)
    ):
        return Named(form, "organisation", "suffix", len(form))
    return None


def place_area(form: str) -> bool:
    """A listed place and a word for its area written onto it (경기북부, 서울지역: ``name_words.tsv``'s
    ``area``): the place's area, whatever its ending."""
    return any(
        form.endswith(word)
        and (hit := lookup(form[: -len(word)], True)) is not None
        and hit.kind == "place"
        for word in name_words("area")
    )


def places_office(form: str) -> bool:
    """A listed place and an office's ending (가람시청, one common noun as Kiwi may tag it): the
    place's office, whatever the tags."""
    return any(
        form.endswith(ending)
        and len(form) - len(ending) >= 2
        and (hit := lookup(form[: -len(ending)], True)) is not None
        and hit.kind == "place"
        for ending in name_words("office")
    )


def person_shaped(run: Run) -> bool:
    """A surname and one or two syllables: a person's name as Kiwi tags it (가람기획 is none)."""
    surname = surname_of(run.text) if HANGUL_NAME.fullmatch(run.text) else None
    return bool(surname) and len(run.text) - len(surname) <= 2


@lru_cache(maxsize=_KEPT)
def surname_of(form: str) -> str | None:
    """The surname ``form`` starts with, two-syllable ones (남궁, 황보) first; None if none."""
    return next((form[:n] for n in (2, 1) if len(form) > n and form[:n] in surnames()), None)


def masked(form: str) -> bool:
    """A surname and 모 (배모, 소모 of 소모씨): a name the press masks, no one's."""
    surname = surname_of(form)
    return surname is not None and form[len(surname) :] == MASK
