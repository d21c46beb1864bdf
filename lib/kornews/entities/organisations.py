"""Organisations and places: every rule that finds them, in order (the noun runs as written, the
cues around them, places by list and ending, schools, stations, series and bare bodies), a listed
name Kiwi read with its particle, and a body's tail linked to its whole name."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .associations import RESIDING, bare_bodies, local_bodies, residing_bodies
from .body_cues import (
    named_between,
    named_by_apposition,
    named_by_interview,
    named_by_kind,
    named_by_member,
    named_by_officer,
    named_by_voice,
)
from .buildings import without_buildings
from .lexicon import lexicon, name_words
from .places import (
    cut_places,
    listed_places,
    neighbourhoods,
    numbered_villages,
    places_by_ending,
    shared_endings,
)
from .records import Form, Mention, Sentence
from .reports import reporting_press
from .run_names import sentence_mentions
from .schools import short_schools, short_universities, without_school_stems
from .series import listed_bodies
from .stations import short_stations
from .units import with_units


def organisations_and_places(sentences: list[Sentence]) -> list[Mention]:
    """Every organisation and place the tables, the endings and the lists name, in no order."""
    found = [m for sentence in sentences for m in sentence_mentions(sentence)]
    found += short_universities(sentences, found)
    found += _with_particle(sentences, found)
    found += listed_places(sentences, found)
    found += named_by_kind(sentences, found)
    found += named_by_voice(sentences, found)
    found += named_by_interview(sentences, found)
    found += named_by_member(sentences, found)
    found += named_between(sentences, found)
    found += reporting_press(sentences, found)
    found += cut_places(sentences, found)
    found += places_by_ending(sentences, found) + numbered_villages(sentences)
    found += neighbourhoods(sentences, found)
    found = shared_endings(sentences, found)
    found = without_school_stems(found + short_schools(sentences, found))
    found += short_stations(sentences, found)
    found += listed_bodies(sentences, found)
    found += named_by_officer(sentences, found)
    found += named_by_apposition(sentences, found)
    found += bare_bodies(sentences, found)
    found = with_units(sentences, without_buildings(sentences, found))
    return _tails_linked(residing_bodies(sentences, local_bodies(sentences, found)))


def _tails_linked(found: list[Mention]) -> list[Mention]:
    """A body found by its ending that ends another the article names (가람대한빛병원 … 한빛병원은;
    가람노조 한빛지부 … 한빛지부), or is that one written without its space (가람노조한빛지부): the
    longer's form, not a second body; the longest such, the first found of equal ones."""
    bodies = sorted(
        dict.fromkeys(m.entity for m in found if m.kind == "organisation"), key=len, reverse=True
    )
    longer = {}
    for m in found:
        if m.rule == "suffix" and m.entity not in longer:
            whole = next((b for b in bodies if _tail_of(m.entity, b)), None)
            if whole:
                longer[m.entity] = whole
    return [replace(m, entity=longer[m.entity]) if m.entity in longer else m for m in found]


def _tail_of(name: str, body: str) -> bool:
    """Is ``name`` the end of ``body``'s longer name, or ``body`` written without its space? Not
    a home town's body's name after 재 (在: 재경가람면민회 is the township's people in Seoul,
    가람면민회 the township's own; a bare 면민회 is either's word)."""
    spaced = " " in body and body.replace(" ", "") == name
    longer = len(body) > len(name) + 1 and body.endswith(name)
    return spaced or (longer and not _elsewhere(name, body))


def _elsewhere(name: str, body: str) -> bool:
    """Is ``body`` the people of ``name``'s home town living elsewhere (재경 + 가람면민회)?"""
    return (
        body.startswith(RESIDING)
        and name.endswith(tuple(name_words("hometown")))
        and name not in name_words("hometown")
    )


def _with_particle(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A listed full name Kiwi read with its particle as one common noun (강원특별자치도의/NNG,
    세종특별자치시가/NNG): the name, without the particle."""
    by_start = {m.start for m in found}
    return [
        Mention(hit.name, hit.kind, run.start, run.start + length, sentence.where, "list")
        for sentence in sentences
        for run in sentence.noun_runs  # a common noun's run is a noun run
        if run.tags == ("NNG",)
        and run.start not in by_start
        and (glued := _before_particle(run.text))
        for hit, length in (glued,)
    ]


@lru_cache(maxsize=1 << 16)  # asked of every common noun of a corpus: each answer is kept
def _before_particle(text: str) -> tuple[Form, int] | None:
    """The listed full name a word is with a particle written onto it, and the name's length."""
    for particle in sorted(name_words("particle")):
        hit = lexicon().get(text[: -len(particle)]) if text.endswith(particle) else None
        if hit and not hit.short:
            return hit, len(text) - len(particle)
    return None
