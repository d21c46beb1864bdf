"""Places the tables name or lack: a short form in a list of places, a proper noun with a place's
last letter, a listed name Kiwi cut into pieces, and a village the press numbers."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from .lexicon import (
    HANGUL_WORD,
    KEPT,
    given_names,
    lexicon,
    name_words,
    surname_of,
    unlisted_place,
    written_with_do,
)
from .records import Mention, Run, Sentence
from .runs import is_noun_run
from .titles import title_after, title_before

# What joins the items of a list of names (양주·포천, 양주와 포천, 양주, 포천).
_JOINING = frozenset({"SP", "JC"})
# The dots between townships that share one ending (청남‧장평면, 화성·비봉면, 가람ㆍ한빛동).
_DOTS = frozenset("‧·ㆍ")
# A numbered village's or neighbourhood's ending (가람2리, 가람3동).
_NUMBERED = frozenset({"리", "동"})
# A township's name before its ending: Hangul, one syllable to four.
_TOWNSHIP = re.compile(r"[가-힣]{1,4}")


def listed_places(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A place's short form Kiwi tagged a common noun, in a list with another place (양주·포천,
    양주와 포천시): the list says it is a place."""
    places = {m.start for m in found if m.kind == "place"} | {
        m.end for m in found if m.kind == "place"
    }
    mentions = []
    forms, shorts = lexicon(), _short_places()  # once, not per run
    for sentence in sentences:
        if shorts.isdisjoint(sentence.words):
            continue  # most sentences: no word is a place's short form
        runs = sentence.runs
        for i in sentence.nouns:
            run = runs[i]
            hit = forms.get(run.text)
            if not (hit and hit.kind == "place" and hit.short) or (
                run.start in places or _counted(runs, i)
            ):
                continue
            # The neighbour across one joining token (·, 와/과, a comma) is a place.
            before = runs[i - 2].end if i >= 2 and runs[i - 1].tags[0] in _JOINING else None
            after = (
                runs[i + 2].start if i + 2 < len(runs) and runs[i + 1].tags[0] in _JOINING else None
            )
            if before in places or after in places:
                mentions.append(
                    Mention(hit.name, "place", run.start, run.end, sentence.where, "list")
                )
    return mentions


@cache
def _short_places() -> frozenset[str]:
    """The places' short forms of the tables (양주 of 양주시)."""
    return frozenset(form for form, hit in lexicon().items() if hit.kind == "place" and hit.short)


def _counted(runs: list[Run], at: int) -> bool:
    """Is run ``at`` a counter written onto a number (30일, a day; not 일 for Japan)?"""
    return at > 0 and runs[at - 1].end == runs[at].start and runs[at - 1].tags[-1] == "SN"


def places_by_ending(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Places the tables do not hold (가상시, 한빛군): a proper noun of two syllables or more and a
    place's last letter, with no title after it (김영구 위원, 트뤼도 총리 are persons; 가람면 가람회
    회장, a body between and no surname, is the place before its body's head), and every other noun
    run so written (Kiwi tags 가상도 a proper noun in the title and a common noun in the body)."""
    by_start = {m.start: m for m in found}
    forms, people = set(), set()
    for sentence in sentences:
        runs = sentence.runs
        for i in sentence.nouns:
            run = runs[i]
            if run.start not in by_start and _place_shaped(run.text):
                if _titled(runs, i, by_start) or title_before(runs, i) or _given_name_at(runs, i):
                    people.add(run.text)
                elif "NNP" in run.tags:
                    forms.add(run.text)
    forms -= people  # once, not per run
    return [
        Mention(run.text, "place", run.start, run.end, sentence.where, "suffix")
        for sentence in (sentences if forms else ())
        for run in sentence.noun_runs
        if run.text in forms and run.start not in by_start
    ]


def _titled(runs: list[Run], at: int, by_start: dict[int, Mention]) -> bool:
    """Is run ``at`` a person by the title after it: at once (트뤼도 총리), or past a body when it
    starts with a surname (김영구 가람회 회장; 근남면 가람회 회장 is the place)?"""
    after = title_after(runs, at, by_start)
    return after is not None and (after.affiliation is None or bool(surname_of(runs[at].text)))


@lru_cache(maxsize=KEPT)  # asked of every noun run of a corpus, whose words recur: each answer kept
def _place_shaped(word: str) -> bool:
    """A word of a place's shape the tables may lack (가상시, 한빛군), not one said twice."""
    return unlisted_place().fullmatch(word) is not None and not _doubled(word)


def _given_name_at(runs: list[Run], at: int) -> bool:
    """Is run ``at`` a foreign given name (힐러리), or the word a space after one (낸시 펠로시)?"""
    before = runs[at - 1] if at else None
    return runs[at].text in given_names() or (
        before is not None and before.end + 1 == runs[at].start and before.text in given_names()
    )


def neighbourhoods(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Neighbourhoods by their short names (가람구 한빛동, 가람시 나래읍): a proper noun of two syllables
    or more ending in a neighbourhood's letter (``name_words.tsv``'s ``neighbourhood``) a space after
    a place, and every other noun run so written."""
    after_place = {m.end + 1 for m in found if m.kind == "place"}
    by_start = {m.start for m in found}
    forms = {
        run.text
        for sentence in sentences
        for i in sentence.nouns  # a neighbourhood's name is one proper noun
        if (run := sentence.runs[i]).start in after_place
        and _neighbourhood(run)
        and run.start not in by_start
        # 가람시 홍길동 실장: a name with its title, no neighbourhood
        and not title_after(sentence.runs, i, {})
    }
    return [
        Mention(run.text, "place", run.start, run.end, sentence.where, "suffix")
        for sentence in sentences
        for run in (sentence.runs if forms else ())
        if run.text in forms and run.start not in by_start
    ]


def shared_endings(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` with townships written two to one ending, a dot between (청남‧장평면: 청남면 and
    장평면): the word before the dot is a place of the ending after it (``name_words.tsv``'s
    ``neighbourhood``), named as written, even where the tables hold the letters as a city's short
    form (화성‧비봉면 is 화성면, not 화성시)."""
    places = {m.start: m for m in found if m.kind == "place"}
    endings = name_words("neighbourhood")
    shared = {}
    for sentence in sentences:
        if _DOTS.isdisjoint(sentence.words):
            continue  # most sentences: no dot between two words
        runs = sentence.runs
        for at in sentence.nouns:  # the first word: a noun run
            if at + 2 >= len(runs):
                break
            first, dot, second = runs[at : at + 3]
            after = places.get(second.start)
            if not (
                dot.text in _DOTS
                and after
                and after.entity[-1] in endings
                and first.end == dot.start
                and dot.end == second.start
                and _TOWNSHIP.fullmatch(first.text)
                and first.text not in endings  # 읍‧면, 읍‧운곡면: the word for the level
            ):
                continue
            ahead = places.get(first.start)
            if ahead is None or ahead.end == first.end:
                name = first.text + after.entity[-1]
                shared[first.start] = Mention(
                    name, "place", first.start, first.end, sentence.where, "suffix"
                )
    return [m for m in found if m.start not in shared] + list(shared.values())


def _neighbourhood(run: Run) -> bool:
    return (
        run.tags == ("NNP",)
        and len(run.text) >= 2
        and run.text[-1] in name_words("neighbourhood")
        and HANGUL_WORD.fullmatch(run.text) is not None
    )


def _doubled(word: str) -> bool:
    """A word said twice (마구마구, a game's name; 두근두근) is no place's name."""
    half = len(word) // 2
    return len(word) % 2 == 0 and word[:half] == word[half:]


def cut_places(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A place the tables name in full, written as one word that Kiwi cut into pieces not all
    nouns (칠곡군이: 칠/NR+곡+군): the written word says the name."""
    taken = None  # the mentions' letters, read for a hit only
    mentions = []
    forms = lexicon()  # once, not per run
    for sentence in sentences:
        runs = sentence.runs
        if not _noun_after_other(sentence):
            continue  # most sentences: no word holds the pieces such a name is cut into
        for i in range(len(runs)):
            if i and runs[i - 1].end >= runs[i].start:
                continue  # a name is read from a written word's start only
            glued = 1
            # Three pieces at most make a name: the word is not read past them.
            while (
                glued < 3
                and i + glued < len(runs)
                and runs[i + glued].start == runs[i + glued - 1].end
            ):
                glued += 1
            for n in range(glued, 1, -1):
                if not is_noun_run(runs[i + n - 1]):
                    continue  # 경기+도/JX is "the game too" (tested before the pieces are joined)
                pieces = runs[i : i + n]
                hit = forms.get("".join(p.text for p in pieces))
                if (
                    hit
                    and hit.kind == "place"
                    and not hit.short
                    and not all(map(is_noun_run, pieces))
                    and (i + n == len(runs) or not _glued_noun(runs[i + n], pieces[-1]))
                ):
                    if taken is None:
                        taken = {at for m in found for at in range(m.start, m.end)}
                    if not taken.isdisjoint(range(pieces[0].start, pieces[-1].end)):
                        continue
                    mentions.append(
                        Mention(
                            hit.name,
                            "place",
                            pieces[0].start,
                            pieces[-1].end,
                            sentence.where,
                            "list",
                        )
                    )
                    break
    return mentions


def _noun_after_other(sentence: Sentence) -> bool:
    """Does a noun run follow a run of another kind in one written word (칠/NR+곡군)? A place Kiwi
    cut ends in a noun run and holds another piece, so the word holds such a step."""
    runs = sentence.runs
    return any(
        at and runs[at - 1].end == runs[at].start and not is_noun_run(runs[at - 1])
        for at in sentence.nouns
    )


def _glued_noun(run: Run, before: Run) -> bool:
    return is_noun_run(run) and run.start == before.end


def numbered_villages(sentences: list[Sentence]) -> list[Mention]:
    """A village or neighbourhood the press numbers (가람2리, 한빛6리, 가람3동): a Hangul word, a
    number and 리 or 동 written together, which Kiwi reads as three pieces."""
    mentions = []
    for sentence in sentences:
        if _NUMBERED.isdisjoint(sentence.words):
            continue  # most sentences
        runs = sentence.runs
        for at, (word, number, ri) in enumerate(zip(runs, runs[1:], runs[2:])):
            if (
                ri.text in _NUMBERED  # the cheapest test first: few runs are 리 or 동
                and number.tags == ("SN",)
                and word.end == number.start
                and number.end == ri.start
            ):
                start, stem = _numbered_stem(runs, at)
                # one syllable to four: 가상아파트101동 is a block of flats
                if _TOWNSHIP.fullmatch(stem):
                    name = stem + number.text + ri.text
                    mentions.append(Mention(name, "place", start, ri.end, sentence.where, "suffix"))
    return mentions


def _numbered_stem(runs: list[Run], at: int) -> tuple[int, str]:
    """The Hangul written onto a number's neighbourhood, over the pieces Kiwi cut it into (홍은1동:
    홍 and 은, read as a name and a particle)."""
    stem, first = runs[at].text, at
    while (
        first
        and runs[first - 1].end == runs[first].start
        and _TOWNSHIP.fullmatch(runs[first - 1].text + stem)
    ):
        first -= 1
        stem = runs[first].text + stem
    return runs[first].start, stem


def short_provinces(found: list[Mention], text: str) -> list[Mention]:
    """The mentions with a province written short with its 도 (전남도, 경남도지사) ending before the
    도: its form is the short one (전남), the 도 the province's word."""
    return [
        replace(m, end=m.end - 1) if text[m.start : m.end] in written_with_do() else m
        for m in found
    ]
