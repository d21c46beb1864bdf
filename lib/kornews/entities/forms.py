"""What a written form names: an organisation or place of the tables, an organisation by its
ending, a place's area or office; and a person's name by its shape."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import (
    HANGUL_NAME,
    KEPT,
    countries,
    lexicon,
    long_suffixes,
    name_words,
    suffixes,
    surname_of,
)
from .records import Form, Named, Run

# 가람당원, a member of 가람당.
_PARTY_MEMBER = "당원"
_MEMBER = "원"
# The letters of a stem before an association's ending that make a common noun a body's name.
_LONG_STEM = 5
# Such a stem in Hangul alone (前가람연합회: 前, former, no part of the name).
_HANGUL = re.compile("[가-힣]+")


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


@lru_cache(maxsize=KEPT)
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
    if place_area(form) or form.endswith(_members()):
        return None  # 경기북부 (부, an ending): a part of 경기도; 가람조합원: people, no body
    suffix = next((s for s in suffixes() if form.endswith(s)), None)
    # Most suffixes count on a proper noun only (일부, 시중은행 stay common nouns), and a one-syllable
    # one not on a name's shape (문채원 is a person).
    name_shaped = (
        len(suffix or "") == 1
        and HANGUL_NAME.fullmatch(form)
        and len(form) == 3
        and surname_of(form)
    )
    stem = form[: -len(suffix)] if suffix else ""
    pact = bool(suffix) and _kind_of_body(stem, suffix)
    if (
        suffix
        and not name_shaped
        and not pact
        and (proper or suffixes()[suffix] or _local_unit(stem, suffix) or _long_name(stem, suffix))
        and len(form) > len(suffix) + (1 if len(suffix) > 1 else 0)
    ):
        return Named(form, "organisation", "suffix", len(form))
    return None


def _long_name(stem: str, suffix: str) -> bool:
    """A stem of five letters or more before an association's ending (세계가람언론인협회, which Kiwi
    reads as common nouns): a body's name, not a kind of body (``org_suffixes.tsv``'s ``long``)."""
    return (
        len(stem) >= _LONG_STEM
        and suffix in long_suffixes()
        and _HANGUL.fullmatch(stem) is not None
    )


def _local_unit(stem: str, suffix: str) -> bool:
    """Is ``stem`` a listed province, city, county or district by its written name (가람군 of
    가람군의회, which Kiwi may tag a common noun): its body, whatever the tags (not its office,
    가람군청, as often the building: :func:`places_office`)?"""
    hit = lookup(stem, True)
    return (
        hit is not None
        and hit.kind == "place"
        and stem[-1:] in name_words("place-ending")
        and suffix not in name_words("office")
    )


def _kind_of_body(stem: str, suffix: str) -> bool:
    """Does the stem before an organisation's ending name a kind of body or a pact, no one body?
    한미동맹, 북러연합: two countries' letters, a pact; 지역농협: a kind of body (``generic``);
    한국교회: a country's name and a ``national`` ending, the country's churches; 유엔총회: a listed
    body and a ``meeting`` ending, that body's assembly; 가람경로당: a ``venue``, no body."""
    return (
        set(stem) <= name_words("country-letter")
        or stem in name_words("generic")
        or (suffix in name_words("national") and stem in countries())
        or (suffix in name_words("meeting") and _listed_body(stem))
        or (stem + suffix).endswith(_venues())
    )


@cache
def _venues() -> tuple[str, ...]:
    return tuple(sorted(name_words("venue")))


@cache
def _members() -> tuple[str, ...]:
    return tuple(sorted(name_words("member")))


def _listed_body(form: str) -> bool:
    """Is ``form`` an organisation the tables name (유엔 of 유엔총회)?"""
    hit = lookup(form, True)
    return hit is not None and hit.kind == "organisation"


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
    return _person_shaped(run.text)


@lru_cache(maxsize=KEPT)  # asked of the same words in every article: each answer is kept
def _person_shaped(word: str) -> bool:
    surname = surname_of(word) if HANGUL_NAME.fullmatch(word) else None
    return bool(surname) and len(word) - len(surname) <= 2
