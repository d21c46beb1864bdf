"""Rosters in brackets: a team or event with its players' full names after it, a comma between
(가람대표(김가람,이나래), 개인복식(박한빛, 최다온)): each a person, however Kiwi cut the names."""

from __future__ import annotations

import re

from .forms import lookup
from .lexicon import name_words, surname_of
from .records import Mention, Sentence

# Two full names or more of three syllables in brackets, a comma (and maybe a space) between.
_ROSTER = re.compile(r"\((?P<names>[가-힣]{3}(?:\s?,\s?[가-힣]{3})+)\)")
_NAME = re.compile(r"[가-힣]{3}")


def bracketed_rosters(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The people of rosters in brackets, where every name starts with a surname and none is a
    name of the tables or ends like a place (가람시, 한빛군: a list of places)."""
    taken = {m.start for m in found}
    mentions = []
    for sentence in sentences:
        for roster in _ROSTER.finditer(text, sentence.start, sentence.end):
            names = list(_NAME.finditer(text, *roster.span("names")))
            if all(_a_name(n.group()) for n in names):
                mentions += [
                    Mention(n.group(), "person", n.start(), n.end(), sentence.where, "name")
                    for n in names
                    if n.start() not in taken
                ]
    return mentions


def _a_name(word: str) -> bool:
    surname = surname_of(word)
    return (
        surname is not None
        and len(surname) == 1
        and word[-1] not in name_words("place-ending")
        and lookup(word, True) is None
    )
