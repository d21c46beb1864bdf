"""A place written onto a word for its area or a trip there (서울지역, 경남지역, 제주연수:
``name_words.tsv``'s ``area`` and ``trip``): the place, named by the form before the word, as the gold
sets read it."""

from __future__ import annotations

import re
from functools import cache

from .forms import lookup
from .lexicon import name_words
from .records import Mention, Sentence

# A place's form is two letters or more (no one-letter country, 일 of 일방문).
_SHORTEST = 2


def areas(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` and each place a noun run names before an area's or a trip's word, where no
    mention starts."""
    taken = {m.start for m in found}
    words = name_words("area")
    endings = tuple(words)  # one endswith per run first: few end in an area's word
    trip = _trip_words()
    more = []
    for sentence in sentences:
        for run in sentence.noun_runs:
            ended = run.text.endswith(endings)
            # One search per run for a trip's word, past the place's first two letters.
            at = None if ended else trip.search(run.text, _SHORTEST)
            if not (ended or at) or run.start in taken:
                continue
            word = next((w for w in words if run.text.endswith(w)), "") if ended else ""
            end = run.end - len(word) if ended else run.start + at.start()
            hit = lookup(run.text[: end - run.start], True)
            if hit and hit.kind == "place":
                more.append(Mention(hit.name, "place", run.start, end, sentence.where, "list"))
    return found + more


@cache
def _trip_words() -> re.Pattern:
    """The trip words of ``name_words.tsv`` as one pattern (제주연수, 일본방문계획: a longer word may
    go on after it)."""
    return re.compile("|".join(sorted(name_words("trip"))))
