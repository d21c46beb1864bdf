"""Organisations and places named by a sentence's noun runs as written: by the tables (whole, in
words apart, before a title that swallowed their last letter, after 주 in a posted title), or by an
organisation's ending (with the digits or Latin letters written onto its front)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import NamedTuple

from .forms import lookup, named, person_shaped
from .lexicon import (
    KEPT,
    compound_titles,
    lexicon,
    split_title,
    suffixes,
    surname_of,
    unlisted_place,
)
from .records import Mention, Named, Run, Sentence
from .runs import is_noun_run

# Capitals alone (NSW, UAE), or two Latin letters or more written onto Hangul (IBK투자증권): a name.
_CAPITALS = re.compile(r"[A-Z]{2,6}")
_LATIN_NAME = re.compile(r"[A-Za-z]{2,}[가-힣]")
_LATIN_ENDED = re.compile(r"[가-힣]{2,}[A-Z]{2,}$")
# 주가람총영사: 駐, posted in the place named after it.
_POSTED = "주"
# The particles of a spot (전통시장에서, 전통시장으로), after no one's title.
_SPOT_PARTICLES = frozenset({"에서", "에", "으로", "로"})
# The sign between a body's Latin letters and its Hangul name (H+가람병원).
_PLUS = "+"


class Apart(NamedTuple):
    """A name in the tables written in words apart: what it names and where its last word ends."""

    entity: str
    kind: str
    end: int


def sentence_mentions(sentence: Sentence) -> list[Mention]:
    """Organisations and places of one sentence."""
    mentions = []
    spanned = 0  # the end of the last name found in words apart
    runs = sentence.runs
    first_words = _first_words()  # once, not per run: most runs start no name in words apart
    for i in sentence.nouns:
        run = runs[i]
        if run.start < spanned or _inside_a_word(runs, i):
            continue
        apart = _words_apart(runs, i) if run.text in first_words else None
        if apart:
            mentions.append(
                Mention(apart.entity, apart.kind, run.start, apart.end, sentence.where, "list")
            )
            spanned = apart.end
            continue
        whole = named(run.text, "NNP" in run.tags or _latin_written(run.text))
        if whole and not (
            whole.rule == "suffix" and (_word_goes_on(runs, i) or _listed_before_title(run))
        ):
            mentions.append(_signed(_numbered(_of(whole, run.start, sentence), runs, i), runs, i))
            continue
        titled = split_title(run)
        if titled and titled.cut:
            mentions += _in_title(run.text[: titled.cut], titled.title, sentence, i)
    return mentions


@lru_cache(maxsize=KEPT)  # asked of every noun run of a corpus, whose words recur: each answer kept
def _latin_written(word: str) -> bool:
    """IBK+투자+증권: two Latin letters or more written onto nouns make a name, as a proper noun
    does (Q의원 is a council member the press leaves unnamed); so do capitals alone (NSW, UAE), and
    capitals written onto Hangul nouns (경기가람글로벌FC, a club Kiwi read as common nouns)."""
    if word[:1].isascii():
        return bool(_LATIN_NAME.match(word) or _CAPITALS.fullmatch(word))
    return bool(_LATIN_ENDED.search(word))


def _in_title(before: str, title: str, sentence: Sentence, at: int) -> list[Mention]:
    """The organisation or place a title's word names before its title (서울시장, 가람읍장)."""
    run = sentence.runs[at]
    # The title may have swallowed the name's last letter: 서울시+시장, 금융위+위원장, 마포구+구청장;
    # or its last two where they are an organisation's ending (서울동부지검+지검장; not 국무위원).
    swallowed = [
        before + title[:k] for k in range(1, len(title)) if k == 1 or title[:k] in suffixes()
    ]
    # 초청+장 (an invitation): an ending names a body only on a word Kiwi tags proper, or, of two
    # syllables or more, on one a space after a person's name (홍길동 가람협의회장: the name vouches
    # for the body whatever the tags; not 홍길동 의무부총장, a vice-president).
    vouched = _after_a_person(sentence.runs, at)
    for form in swallowed:
        hit = named(form, True)
        if hit and (hit.rule == "list" or _vouched(run, form, vouched)):
            return [_of(hit, run.start, sentence)]
    # 거창읍장: the 읍 the title heads, not the county its stem is the short form of (거창군).
    seat = _seat(before, title, sentence, at)
    hit = None if seat else named(before, True)
    if hit and (hit.rule == "list" or _vouched(run, before, vouched)):
        return [_of(hit, run.start, sentence)]
    return seat or _posted_in(before, run, sentence)


def _vouched(run: Run, form: str, after_a_person: bool) -> bool:
    """Does an ending name a body on ``form`` before a title: on a word Kiwi tags proper, or on
    one a space after a person's name where the ending has two syllables or more?"""
    if not _ends_a_body(form):
        return False
    return "NNP" in run.tags or (after_a_person and len(_ending(form)) > 1)


def _after_a_person(runs: list[Run], at: int) -> bool:
    """Is run ``at`` a space after a proper noun shaped as a person's name (유가람 가람협의회장; not
    이날, a common noun so shaped)?"""
    before = runs[at - 1] if at else None
    return (
        before is not None
        and before.end + 1 == runs[at].start
        and "NNP" in before.tags
        and person_shaped(before)
    )


def _seat(before: str, title: str, sentence: Sentence, at: int) -> list[Mention]:
    """가람읍장, 홍길동 가상시장은: a place the tables do not hold, its last letter swallowed by its
    head's title (가람읍+읍장, 가상시+시장): that place, where Kiwi tags its stem a proper noun before
    a title that may close a compound (초대+군수 is a first county head), or the word stands a space
    after a person's name (시장 and 동장 close no compound: 전통시장 is a market)."""
    place, run = before + title[0], sentence.runs[at]
    if not unlisted_place().fullmatch(place):
        return []
    if not (
        (run.tags[0] == "NNP" and title in compound_titles()) or _after_a_name(sentence.runs, at)
    ):
        return []
    return [Mention(place, "place", run.start, run.start + len(place), sentence.where, "suffix")]


def _after_a_name(runs: list[Run], at: int) -> bool:
    """Is run ``at`` a space after a person's name, ending the words, and no spot's (홍길동 가상시장은;
    not 홍길동 전통시장 상인회장 nor 전통시장에서: a market)?"""
    before = runs[at - 1] if at else None
    after = runs[at + 1] if at + 1 < len(runs) else None
    return (
        before is not None
        and before.end + 1 == runs[at].start
        and before.tags == ("NNP",)  # 기간 (a period) is shaped as a name too
        and person_shaped(before)
        and (after is None or not (is_noun_run(after) or after.text in _SPOT_PARTICLES))
    )


def _posted_in(before: str, run: Run, sentence: Sentence) -> list[Mention]:
    """주가람총영사 (駐: posted in 가람): the place after 주 in a title's word is named there; not a
    country's letter (주일, a week; 주중, weekdays)."""
    place = before[len(_POSTED) :] if before.startswith(_POSTED) else ""
    hit = lookup(place, True) if len(place) > 1 else None
    if hit is None or hit.kind != "place":
        return []
    start = run.start + len(_POSTED)
    return [Mention(hit.name, "place", start, start + len(before) - 1, sentence.where, "list")]


def _inside_a_word(runs: list[Run], at: int) -> bool:
    """Run ``at`` is the end of a longer written word (민주당 in 열린민주당, after Kiwi's 열리+ᆫ): a
    name is looked up whole-word only."""
    before = runs[at - 1] if at else None
    return (
        before is not None
        and before.end == runs[at].start
        and not is_noun_run(before)
        and "가" <= before.text[-1:] <= "힣"
    )


def _ends_a_body(form: str) -> bool:
    """Does an ending before a title name a body: not on one letter (동부+시장 is a market: 동부, a
    region) nor on a person's name (임우진+청장 is a person and his title)?"""
    stem = form[: -len(_ending(form))]
    # 하노이+한인회장: a listed place is no person's name, though it starts as one does.
    person = len(stem) == 3 and surname_of(stem) and lookup(stem, True) is None
    return len(stem) > 1 and not person


def _ending(form: str) -> str:
    """The organisation's ending ``form`` ends in (the longest), or nothing."""
    return next((s for s in suffixes() if form.endswith(s)), "")


def _listed_before_title(run: Run) -> bool:
    """A listed body with a title glued to it (가람뉴스특파원, 가람일보기자): the body and the title,
    no body ending in the title's letters."""
    titled = split_title(run)
    hit = named(run.text[: titled.cut], True) if titled and titled.cut else None
    return hit is not None and hit.rule == "list"


def _word_goes_on(runs: list[Run], at: int) -> bool:
    """Does the written word go on after run ``at`` with a prefix Kiwi cut off (베트남한인회+총+연합회:
    총 read as a determiner)? Then an ending found in the run ends no name."""
    after = runs[at + 1] if at + 1 < len(runs) else None
    return after is not None and after.start == runs[at].end and after.tags[0] in ("MM", "XPN")


def _of(hit: Named, start: int, sentence: Sentence) -> Mention:
    return Mention(hit.entity, hit.kind, start, start + hit.length, sentence.where, hit.rule)


def _numbered(mention: Mention, runs: list[Run], at: int) -> Mention:
    """A company found by its ending whose written word starts with digits (9가람엔터테인먼트,
    3한빛전자): Kiwi reads the digits apart, but they are the name's."""
    digits = runs[at - 1] if at else None
    if (
        mention.rule != "suffix"
        or digits is None
        or digits.tags != ("SN",)
        or digits.end != mention.start
        or (at > 1 and runs[at - 2].end == digits.start)
    ):
        return mention
    return replace(mention, entity=digits.text + mention.entity, start=digits.start)


def _signed(mention: Mention, runs: list[Run], at: int) -> Mention:
    """A body found by its ending whose written word starts with Latin letters and a plus sign
    (H+가람병원): Kiwi reads the letters and the sign apart, but they are the name's."""
    if mention.rule != "suffix" or at < 2 or runs[at - 1].text != _PLUS:
        return mention
    sign, letters = runs[at - 1], runs[at - 2]
    if letters.tags != ("SL",) or letters.end != sign.start or sign.end != mention.start:
        return mention
    return replace(mention, entity=letters.text + sign.text + mention.entity, start=letters.start)


def _words_apart(runs: list[Run], at: int) -> Apart | None:
    """A name in the tables written in two or three words from run ``at`` (LG 트윈스, 울산 HD FC),
    whose word is one such a name starts with (:func:`_first_words`)."""
    following = runs[at + 1] if at + 1 < len(runs) else None
    if following is None or following.start != runs[at].end + 1 or not is_noun_run(following):
        return None  # both lengths need this second word
    for n in (3, 2):
        words = runs[at : at + n]
        if (
            len(words) == n
            and all(map(is_noun_run, words))
            and all(b.start == a.end + 1 for a, b in zip(words, words[1:]))
        ):
            hit = lookup(" ".join(w.text for w in words), True)
            if hit:
                return Apart(hit.name, hit.kind, words[-1].end)
    return None


@cache
def _first_words() -> frozenset[str]:
    """What a name in the tables written in words apart may start with: each of its forms up to
    a space (울산 and 울산 HD of 울산 HD FC)."""
    return frozenset(
        form[:at] for form in lexicon() for at, letter in enumerate(form) if letter == " "
    )
