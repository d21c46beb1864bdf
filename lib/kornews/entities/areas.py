"""A place written onto a word for its area or a trip there (서울지역, 경남지역, 제주연수:
``name_words.tsv``'s ``area`` and ``trip``): the place, named by the form before the word, as the gold
sets read it."""

from __future__ import annotations

from functools import cache

from .lexicon import Mention, Run, Sentence, is_noun_run, lookup, name_words

# A place's form is two letters or more (no one-letter country, 일 of 일방문).
_SHORTEST = 2


def areas(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` and each place a noun run names before an area's word, where no mention starts."""
    taken = {m.start for m in found}
    words = name_words("area")
    endings = tuple(words)  # one endswith per run first: few end in an area's word
    more = []
    for sentence in sentences:
        for run in sentence.runs:
            if not run.text.endswith(endings) or not is_noun_run(run) or run.start in taken:
                continue
            word = next((w for w in words if run.text.endswith(w)), None)
            end = run.end - len(word) if word else _trip_end(run)
            hit = end and lookup(run.text[: end - run.start], True)
            if hit and hit.kind == "place":
                more.append(Mention(hit.name, "place", run.start, end, sentence.where, "list"))
    return found + more


def _trip_end(run: Run) -> int | None:
    """Where a place ends that starts ``run``, before a trip's word (제주연수, 일본방문계획), a
    longer word going on after it."""
    for word in _trip_words():
        at = run.text.find(word, _SHORTEST)
        if at > 0:
            return run.start + at
    return None


@cache
def _trip_words() -> tuple[str, ...]:
    return tuple(sorted(name_words("trip")))
