"""Associations named by the place before them, a word apart (하와이 한인회, 가람 향우회): one
organisation, not the place; a body's word alone (한인회에) where the article names one so ending
(가람한인회): that body."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import name_words, suffixes
from .records import Mention, Sentence

# A body's word of two syllables (은행, 병원) alone is as often any bank or hospital.
_SHORTEST_WORD = 3


@cache
def _after_place() -> re.Pattern:
    """A space, then a word for an association (``name_words.tsv``'s ``association``), written alone
    or with its head's title glued on (한인회장)."""
    words = "|".join(sorted(map(re.escape, name_words("association")), key=len, reverse=True))
    return re.compile(rf" ({words})")


def associations(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each place followed a space apart by a word for an association (김가람 하와이
    한인회장: 하와이 한인회) read as that association, named as written."""
    out = []
    for mention in found:
        match = _after_place().match(text, mention.end) if mention.kind == "place" else None
        if match is None:
            out.append(mention)
            continue
        name = text[mention.start : match.end()]
        out.append(replace(mention, entity=name, kind="organisation", end=match.end(), rule="kind"))
    return out


@cache
def _long_endings() -> frozenset[str]:
    """The bodies' endings of three syllables or more (한인회, 연합회)."""
    return frozenset(word for word in suffixes() if len(word) >= _SHORTEST_WORD)


def bare_bodies(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The words of a body's ending written alone (한인회, 연합회: ``org_suffixes.tsv``, three
    syllables or more) where the article names an organisation so ending: mentions that the
    bodies' tails link to it (:func:`kornews.entities.organisations._tails_linked`)."""
    taken = {m.start for m in found}
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
        if run.text in endings and run.start not in taken
    ]
