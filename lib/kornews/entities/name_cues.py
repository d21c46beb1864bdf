"""Is a candidate a person's name: its shape (a surname and a given name, not a place's or a
thing's ending), its title, and the cues around it (a subject particle, a list, a head count, the
word for a government); and the brands before a league's name, which no bare name is."""

from __future__ import annotations

import re
from functools import cache

from .candidates import Candidate
from .forms import place_and_noun
from .lexicon import (
    HANGUL_NAME,
    countries,
    masked,
    name_words,
    split_title,
    suffixes,
    surname_of,
    surnames,
    titles,
)
from .records import Run, Sentence

# A government's term, written onto its number before the word for it (2기정부).
_TERM = "기"


def brands(text: str) -> set[str]:
    """The words written a space before a league's or cup's name (한가람 야구봉사리그가:
    ``name_words.tsv``'s ``league``): a brand, however shaped like a full name (and however Kiwi
    cut it: 한/MM+가람)."""
    if not any(league in text for league in name_words("league")):
        return set()  # most articles name no league: the pattern's search costs more
    return set(_brand().findall(text))


@cache
def _brand() -> re.Pattern:
    """A word of two to four syllables, a space, then a word holding a league's name."""
    leagues = "|".join(map(re.escape, sorted(name_words("league"))))
    return re.compile(
        rf"(?<![가-힣])([가-힣]{{2,4}})\s[가-힣A-Za-z0-9]*?(?:{leagues})[가-힣]{{0,2}}(?![가-힣])"
    )


def listed_names(runs: list[Run], bare_at: set[int]) -> set[int]:
    """The indices of full names listed together, a comma or · between (가람, 나래, 다온 등;
    연출 민희웅·원지영): one name vouches for the next."""
    return {
        i
        for i in bare_at
        if any(j in bare_at and runs[(i + j) // 2].text in (",", "·") for j in (i - 2, i + 2))
    }


def titled_name(candidate: Candidate) -> bool:
    """A name with a title after it, or a proper noun with a title before it; or one proper noun
    before a title only a person holds (name_words.tsv's ``head``: 가람스 대통령)."""
    if candidate.after and candidate.after.title in name_words("head"):
        form = candidate.form
        # 윤 대통령: a surname alone is the short form of a name, not one.
        if candidate.run.tags == ("NNP",) and form not in titles() and form not in surnames():
            return True
    # A title around it first: most candidates have none, and the name's shape costs more.
    if not (candidate.after or (candidate.before and "NNP" in candidate.run.tags)):
        return False
    surname = surname_of(candidate.form)
    # 부총리 겸 장관: a word that is a title whole (부 is a surname too) names no one.
    return bool(
        surname
        and candidate.form not in titles()
        and _could_be_a_name(candidate.form, candidate.run, surname)
    )


def cut_name(candidate: Candidate, sentence: Sentence) -> bool:
    """A surname Kiwi tags a proper noun on its own, then common nouns, three syllables in all, no
    title among them (김+태환; not 한국+인, whose proper noun is longer, nor 김+감독)."""
    run = candidate.run
    if run.tags[0] != "NNP" or len(run.tags) == 1:
        return False  # most candidates: the tags first, then the surname
    surname = surname_of(candidate.form)
    return bool(
        surname
        and len(surname) == 1
        and set(run.tags[1:]) == {"NNG"}
        and len(candidate.form) == 3
        and HANGUL_NAME.fullmatch(candidate.form)
        and split_title(run) is None
        and any(t.start == run.start and t.end == run.start + 1 for t in sentence.tokens)
    )


def bare_name(candidate: Candidate) -> bool:
    """A full name Kiwi tags one proper noun, not ending like an organisation or place."""
    if candidate.run.tags != ("NNP",):
        return False  # most candidates: the cheaper test first
    form, surname = candidate.form, surname_of(candidate.form)
    return bool(
        surname
        and len(form) == len(surname) + 2
        and HANGUL_NAME.fullmatch(form)
        and form[-1] not in _not_name_endings()
        and not form.endswith(_organisation_endings())
    )


@cache
def _not_name_endings() -> frozenset[str]:
    """The last letters of places and things (가람시, 공로패), never a full name's."""
    return name_words("place-ending") | name_words("thing-ending")


@cache
def _organisation_endings() -> tuple[str, ...]:
    return tuple(suffixes())


def government_after(runs: list[Run], at: int) -> bool:
    """Is run ``at`` followed, a word apart, by a word for a government it names (김민수 정부,
    name_words.tsv's ``government``), or by its term's number and that word (가람위 2기정부)?"""
    after = runs[at + 1] if at + 1 < len(runs) else None
    if after is None or after.start == runs[at].end:
        return False
    then = runs[at + 2] if at + 2 < len(runs) else None
    if after.tags == ("SN",) and then is not None and then.start == after.end:
        # 2기정부, 2기 정부: the term (기) written onto the number, the word for the government.
        word = then.text.removeprefix(_TERM)
        word = word or (runs[at + 3].text if at + 3 < len(runs) else "")
        return then.text.startswith(_TERM) and word in name_words("government")
    return after.text in name_words("government")


def counted_after(runs: list[Run], at: int) -> bool:
    """Is run ``at`` followed by 등 and a head count (홍길동 등 9명이): the first of a crew or team
    of people, named."""
    words = [r.text for r in runs[at + 1 : at + 4]]
    return len(words) == 3 and words[0] == "등" and words[1].isdigit() and words[2] == "명"


def subject_after(runs: list[Run], at: int) -> bool:
    """Is run ``at`` followed at once by a topic or subject particle (은/는/이/가)?"""
    after = runs[at + 1] if at + 1 < len(runs) else None
    return (
        after is not None
        and after.start == runs[at].end
        and after.tags[0] in ("JX", "JKS")
        and after.text in ("은", "는", "이", "가")
    )


def _could_be_a_name(form: str, run: Run, surname: str) -> bool:
    """A Hangul run of two to four syllables after the surname; one Kiwi did not tag a proper noun
    (송민기/NNG, 조영+숙) must have three syllables and not end like a common noun (피해자, 관계자)."""
    if not HANGUL_NAME.fullmatch(form) or len(form) <= len(surname) or place_and_noun(run):
        return False
    if form[len(surname) :] in countries():
        return False  # 주베트남 (駐: posted in a country) is no one's name
    if masked(form):
        return False  # 배모씨, 소모씨 (Kiwi's 소모, consumption): no one named
    return "NNP" in run.tags or (len(form) == 3 and form[-1] not in name_words("common-ending"))
