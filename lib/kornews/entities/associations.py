"""Associations named by the place before them, a word apart (하와이 한인회, 가람 향우회): one
organisation, not the place; a county's own body a space after it (가람군 수협); a home town's
people's body after the place they live in (재경 가람면민회); a body's word alone (한인회에) where the
article names one so ending (가람한인회): that body."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from operator import attrgetter

from .lexicon import name_words, suffixes
from .records import Mention, Run, Sentence
from .runs import is_noun_run

# 가람 지역한인회: the association of the area named before it.
_AREA = "지역"
# 초등학교, 중학교, 고등학교: a school's level, the word for any school.
_SCHOOL_LEVEL = re.compile(r"[초중고]등?학교")
# A body's word of two syllables (은행, 병원) alone is as often any bank or hospital.
_SHORTEST_WORD = 3


@cache
def _after_place() -> re.Pattern:
    """A space, then a word for an association (``name_words.tsv``'s ``association``), written alone
    or with its head's title glued on (한인회장), or with 지역 (area) before it (가람 지역한인회)."""
    words = "|".join(sorted(map(re.escape, name_words("association")), key=len, reverse=True))
    return re.compile(rf" (?:{_AREA})?(?:{words})")


def associations(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each place followed a space apart by a word for an association (김가람 하와이
    한인회장: 하와이 한인회) read as that association, named as written; the same written without
    its space (하와이한인회) is that association too (:func:`_one_spelling`)."""
    out = []
    for mention in found:
        match = _after_place().match(text, mention.end) if mention.kind == "place" else None
        if match is None:
            out.append(mention)
            continue
        name = text[mention.start : match.end()]
        out.append(replace(mention, entity=name, kind="organisation", end=match.end(), rule="kind"))
    return _one_spelling(out)


def _one_spelling(found: list[Mention]) -> list[Mention]:
    """A body named by its place written both apart and together (가람 한인회, 가람한인회): one body,
    named as the article first writes it."""
    spaced = {_unspaced(m) for m in found if m.rule == "kind"}
    first: dict[str, str] = {}
    for m in sorted(found, key=attrgetter("start")):
        if _unspaced(m) in spaced:
            first.setdefault(_unspaced(m), m.entity)
    return [replace(m, entity=first[_unspaced(m)]) if _unspaced(m) in first else m for m in found]


def _unspaced(mention: Mention) -> str | None:
    """An organisation's name without its spaces; None for a person or a place."""
    return mention.entity.replace(" ", "") if mention.kind == "organisation" else None


@cache
def _long_endings() -> frozenset[str]:
    """The bodies' endings of three syllables or more (한인회, 연합회), but a school's level, any
    school (초등학교)."""
    return frozenset(
        word
        for word in suffixes()
        if len(word) >= _SHORTEST_WORD and not _SCHOOL_LEVEL.fullmatch(word)
    )


def bare_bodies(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The words of a body's ending written alone (한인회, 연합회: ``org_suffixes.tsv``, three
    syllables or more) where the article names an organisation so ending: mentions that the
    bodies' tails link to it (:func:`kornews.entities.organisations._tails_linked`)."""
    taken = {m.start for m in found}
    # A body's word inside a name found in words apart (가람 상공회의소) is that name's.
    spans = [(m.start, m.end) for m in found if " " in m.entity]
    # Each body's own endings looked up, not every ending tried on every body.
    words = _long_endings()
    endings = {
        body[-k:]
        for body in {m.entity for m in found if m.kind == "organisation"}
        for k in range(_SHORTEST_WORD, len(body) + 1)
        if body[-k:] in words
    }
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "suffix")
        for sentence in (sentences if endings else ())
        for run in sentence.runs
        if run.text in endings
        and run.start not in taken
        and not any(s < run.start < e for s, e in spans)
    ]


def local_bodies(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` with a county, 읍 or 면 (``name_words.tsv``'s ``local``) and the body a space after
    it, a word with an organisation's ending, a listed one or an ending alone Kiwi tags proper
    (한빛읍 이장자율협의회, 가람군 수협: the place's own), read as one organisation, named as written,
    the place printed as its own word named too (the lead's convention on issue 22); a city's is an
    address (가람시 한빛교회: the place and the body)."""
    places = {m.end: m for m in found if m.kind == "place"}
    at_start = {m.start: m for m in found}
    # The body found alone, by its mention, grown to the place's; the place kept.
    grown: dict[Mention, Mention] = {}
    added: list[Mention] = []  # bodies no rule had found alone (가람군 수협)
    endings = _local_endings()  # once, not per run
    for sentence in sentences if places else ():
        runs = sentence.runs
        for at in sentence.nouns:
            run, place = runs[at], places.get(runs[at].start - 1)
            if place is None or not runs[at - 1].text.endswith(endings):
                continue  # most runs: no place a space before
            body = at_start.get(run.start)
            if (runs[at - 1].start, runs[at - 1].end) != (place.start, place.end) or not (
                _body_word(run)
                if body is None
                else body.kind == "organisation" and body.end == run.end
            ):
                continue
            name = f"{runs[at - 1].text} {run.text}"
            whole = Mention(name, "organisation", place.start, run.end, sentence.where, "kind")
            if body is None:
                added.append(whole)
            else:
                grown[body] = whole
    return [grown.get(m, m) for m in found] + added


def _body_word(run: Run) -> bool:
    """A word ending in an organisation's ending (``org_suffixes.tsv``) after a word of its own, or
    such an ending alone: of two syllables that Kiwi tags a proper noun (수협), or of three or more
    however tagged (가람군 생활개선회, 한빛군 노인회: the county's own, as 한인회 is a place's)."""
    word = run.text
    long = len(word) >= _SHORTEST_WORD or ("NNP" in run.tags and len(word) > 1)
    alone = long and word in suffixes()
    return alone or any(word.endswith(s) and len(word) > len(s) + 1 for s in suffixes())


@cache
def _local_endings() -> tuple[str, ...]:
    return tuple(sorted(name_words("local")))


# 재 (在, residing in) and a place's short name, a word of its own: where a home town's people live.
RESIDING = "재"
_RESIDING_WORD = range(2, 5)


def residing_bodies(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` with a home town's people's body (``name_words.tsv``'s ``hometown``: 가람면향우회)
    grown to the word before it, a space apart, of 재 and where they live (재광 가람면향우회, 재목포
    가람면민회: its people in 광주, in 목포), named as written."""
    endings = tuple(sorted(name_words("hometown")))
    bodies = {m.start: m for m in found if m.kind == "organisation" and m.entity.endswith(endings)}
    grown: dict[Mention, Mention] = {}
    for sentence in sentences if bodies else ():
        runs = sentence.runs
        for before, run in zip(runs, runs[1:]):
            body = bodies.get(run.start)
            if (
                body is not None
                and before.end + 1 == run.start
                and before.text.startswith(RESIDING)
                and len(before.text) in _RESIDING_WORD
                and is_noun_run(before)
            ):
                name = f"{before.text} {body.entity}"
                grown[body] = replace(body, entity=name, start=before.start, rule="kind")
    return [grown.get(m, m) for m in found]
