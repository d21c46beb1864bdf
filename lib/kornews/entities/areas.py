"""A place written onto a word for its area or a trip there (서울지역, 경남지역, 제주연수:
``name_words.tsv``'s ``area`` and ``trip``): the place, named by the form before the word, as the gold
sets read it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .forms import lookup
from .lexicon import KEPT, name_words
from .records import Mention, Sentence

# A place's form is two letters or more (no one-letter country, 일 of 일방문).
_SHORTEST = 2


def areas(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` and each place a noun run names before an area's or a trip's word, where no
    mention starts."""
    taken = {m.start for m in found}
    more = []
    for sentence in sentences:
        for run in sentence.noun_runs:
            cut = _place_part(run.text)
            if cut is None or run.start in taken:
                continue
            hit = lookup(run.text[:cut], True)
            if hit and hit.kind == "place":
                end = run.start + cut
                more.append(Mention(hit.name, "place", run.start, end, sentence.where, "list"))
    return found + more


@lru_cache(maxsize=KEPT)  # asked of every noun run of a corpus, whose words recur: each answer kept
def _place_part(word: str) -> int | None:
    """The length of what stands before an area's word ``word`` ends in, or before a trip's word
    in it past the place's first two letters; None where it holds neither."""
    words = name_words("area")
    if word.endswith(tuple(words)):
        return len(word) - len(next(w for w in words if word.endswith(w)))
    at = _trip_words().search(word, _SHORTEST)
    return None if at is None else at.start()


@cache
def _trip_words() -> re.Pattern:
    """The trip words of ``name_words.tsv`` as one pattern (제주연수, 일본방문계획: a longer word may
    go on after it)."""
    return re.compile("|".join(sorted(name_words("trip"))))
