"""A place's office named as a building (가람시청에서, 가람시청 앞), and any body named as the site
whose area a word after it means (가람복지관 일원): no organisation's mention."""

from __future__ import annotations

from .forms import lookup
from .lexicon import name_words, unlisted_place
from .records import Mention, Sentence

# 에서: a building's particle (가람시청에서).
_IN = "에서"


def without_buildings(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The mentions but a place's office named as a building: 가람시청 before 에서 or a spot
    (``name_words.tsv``'s ``office`` and ``spot``: 가람시청 앞, 가람시청 대회의실); and any
    organisation a word for a site's area follows (``around``: 가람복지관 일원, the ground about it)."""
    buildings, sites = set(), set()
    spots, around = name_words("spot"), name_words("around")  # once, not per run
    for sentence in sentences:
        words = sentence.words
        if _IN not in words and spots.isdisjoint(words) and around.isdisjoint(words):
            continue  # most sentences
        runs = sentence.runs
        for run, after in zip(runs, runs[1:]):
            glued = after.start == run.end
            if (glued and after.text == _IN) or (not glued and after.text in spots):
                buildings.add(run.end)
            if not glued and after.text in around:
                sites.add(run.end)
    return [
        m
        for m in found
        if not (m.end in buildings and _an_office(m))
        and not (m.end in sites and m.kind == "organisation")
    ]


def _an_office(mention: Mention) -> bool:
    """An organisation named by a place's name and an office ending (가람시청, 한빛군청)."""
    ending = next((e for e in name_words("office") if mention.entity.endswith(e)), None)
    if mention.kind != "organisation" or ending is None:
        return False
    hit = lookup(mention.entity[: -len(ending)], True)
    return (
        hit is not None
        and hit.kind == "place"
        or bool(unlisted_place().fullmatch(mention.entity[: -len(ending)]))
    )
