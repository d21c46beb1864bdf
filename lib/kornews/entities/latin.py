"""A proper noun of Hangul ending in Latin capitals (가람HCN, 한빛TV): a company's or a
broadcaster's name, as the press writes such brands, whose Latin letters end it as a body's ending
would."""

from __future__ import annotations

import re

from .records import Mention, Sentence

# Two Hangul letters or more, then two Latin capitals or more, the whole word (not 코로나19, 갤럭시S).
_HANGUL_LATIN = re.compile(r"[가-힣]{2,}[A-Z]{2,}")
_PARTICLES = frozenset({"은", "는", "이", "가"})


def latin_ended(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` and each proper noun so written that no mention holds, an organisation, where the
    article makes it a topic or a subject once at least (가람HCN은 …: a caption's list of guests'
    bodies, 가람YMCA 사무총장, names none the story speaks of)."""
    taken = {m.start for m in found}
    runs = [
        (sentence, run, _subject(sentence, i))
        for sentence in sentences
        for i in sentence.nouns  # a run with a proper noun is a noun run
        if (run := sentence.runs[i]).start not in taken
        and "NNP" in run.tags
        and _HANGUL_LATIN.fullmatch(run.text)
    ]
    acting = {run.text for _, run, subject in runs if subject}
    return found + [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "suffix")
        for sentence, run, _ in runs
        if run.text in acting
    ]


def _subject(sentence: Sentence, at: int) -> bool:
    """Is run ``at`` followed at once by a topic or subject particle?"""
    runs = sentence.runs
    after = runs[at + 1] if at + 1 < len(runs) else None
    return bool(after and after.start == runs[at].end and after.text in _PARTICLES)
