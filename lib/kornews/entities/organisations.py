"""Organisations and places: by the tables (whole, in words apart, before a title that swallowed
their last letter), by an organisation's ending, a university's short form, a place's short form in
a list of places, an organisation after the word for its kind, and a proper noun with a place's last
letter."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import NamedTuple

from .associations import bare_bodies
from .lexicon import (
    Form,
    Mention,
    Named,
    Run,
    Sentence,
    is_noun_run,
    lexicon,
    lookup,
    name_words,
    named,
    person_shaped,
    split_title,
    suffixes,
    surname_of,
    unlisted_place,
)
from .places import (
    cut_places,
    listed_places,
    neighbourhoods,
    numbered_villages,
    places_by_ending,
    shared_endings,
)
from .reports import reporting_press
from .schools import short_schools, without_school_stems
from .series import listed_bodies
from .stations import short_stations
from .units import with_units

# An organisation in Latin letters (VHQ, K2 Media), as a run of Latin letters and digits.
_ACRONYM_RUN = re.compile(r"[A-Z][A-Za-z0-9&]*")
_CAPITALS = re.compile(r"[A-Z]{2,6}")


class Apart(NamedTuple):
    """A name in the tables written in words apart: what it names and where its last word ends."""

    entity: str
    kind: str
    end: int


# An outlet in Latin capitals (CBN), and the particles of an interview held with it (CBN과의 인터뷰).
_CAPITALS = re.compile(r"[A-Z]{2,6}")
_WITH = frozenset({"과", "와"})
# 에 (따르면): a source's particle (가람연대에 따르면); 에서: a building's (가람시청에서).
_SOURCE = "에"
_IN = "에서"
# 주가람총영사: 駐, posted in the place named after it.
_POSTED = "주"
# The sign between a body's Latin letters and its Hangul name (H+가람병원).
_PLUS = "+"
_LATIN_NAME = re.compile(r"[A-Za-z]{2,}[가-힣]")


def organisations_and_places(sentences: list[Sentence]) -> list[Mention]:
    """Every organisation and place the tables, the endings and the lists name, in no order."""
    found = [m for sentence in sentences for m in _sentence_mentions(sentence)]
    found += _short_universities(sentences, found)
    found += _with_particle(sentences, found)
    found += listed_places(sentences, found)
    found += _named_by_kind(sentences, found)
    found += _named_by_voice(sentences, found)
    found += _named_by_interview(sentences, found)
    found += reporting_press(sentences, found)
    found += cut_places(sentences, found)
    found += places_by_ending(sentences, found) + numbered_villages(sentences)
    found += neighbourhoods(sentences, found)
    found = shared_endings(sentences, found)
    found = without_school_stems(found + short_schools(sentences, found))
    found += short_stations(sentences, found)
    found += listed_bodies(sentences, found)
    found += bare_bodies(sentences, found)
    return _tails_linked(with_units(sentences, _without_buildings(sentences, found)))


def _tails_linked(found: list[Mention]) -> list[Mention]:
    """A body found by its ending that ends another the article names (가람대한빛병원 … 한빛병원은;
    가람노조 한빛지부 … 한빛지부), or is that one written without its space (가람노조한빛지부): the
    longer's form, not a second body; the longest such, the first found of equal ones."""
    bodies = sorted(
        dict.fromkeys(m.entity for m in found if m.kind == "organisation"), key=len, reverse=True
    )
    longer = {}
    for m in found:
        if m.rule == "suffix" and m.entity not in longer:
            whole = next((b for b in bodies if _tail_of(m.entity, b)), None)
            if whole:
                longer[m.entity] = whole
    return [replace(m, entity=longer[m.entity]) if m.entity in longer else m for m in found]


def _tail_of(name: str, body: str) -> bool:
    """Is ``name`` the end of ``body``'s longer name, or ``body`` written without its space?"""
    spaced = " " in body and body.replace(" ", "") == name
    return spaced or (len(body) > len(name) + 1 and body.endswith(name))


def _sentence_mentions(sentence: Sentence) -> list[Mention]:
    """Organisations and places of one sentence."""
    mentions = []
    spanned = 0  # the end of the last name found in words apart
    runs = sentence.runs
    for i in sentence.nouns:
        run = runs[i]
        if run.start < spanned or _inside_a_word(runs, i):
            continue
        apart = _words_apart(runs, i)
        if apart:
            mentions.append(
                Mention(apart.entity, apart.kind, run.start, apart.end, sentence.where, "list")
            )
            spanned = apart.end
            continue
        # IBK+투자+증권: two Latin letters or more written onto nouns make a name, as a proper noun
        # does (Q의원 is a council member the press leaves unnamed); so do capitals alone (NSW, UAE).
        latin = run.text[:1].isascii() and (
            _LATIN_NAME.match(run.text) or _CAPITALS.fullmatch(run.text)
        )
        whole = named(run.text, "NNP" in run.tags or bool(latin))
        if whole and not (
            whole.rule == "suffix" and (_word_goes_on(runs, i) or _listed_before_title(run))
        ):
            mentions.append(_signed(_numbered(_of(whole, run.start, sentence), runs, i), runs, i))
            continue
        titled = split_title(run)
        if titled and titled.cut:
            before = run.text[: titled.cut]
            # The title may have swallowed the name's last letter: 서울시+시장, 금융위+위원장, 마포구+구청장;
            # or its last two where they are an organisation's ending (서울동부지검+지검장; not 국무위원).
            title = titled.title
            swallowed = [
                before + title[:k]
                for k in range(1, len(title))
                if k == 1 or title[:k] in suffixes()
            ]
            for form in (*swallowed, before):
                hit = named(form, True)
                # 초청+장 (an invitation): an ending names a body only on a word Kiwi tags proper.
                if hit and (hit.rule == "list" or ("NNP" in run.tags and _ends_a_body(form))):
                    mentions.append(_of(hit, run.start, sentence))
                    break
            else:
                mentions += _posted_in(before, run, sentence)
    return mentions


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
    stem = form[: -len(next((s for s in suffixes() if form.endswith(s)), ""))]
    # 하노이+한인회장: a listed place is no person's name, though it starts as one does.
    person = len(stem) == 3 and surname_of(stem) and lookup(stem, True) is None
    return len(stem) > 1 and not person


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
    """A name in the tables written in two or three words from run ``at`` (LG 트윈스, 울산 HD FC)."""
    if runs[at].text not in _first_words():
        return None  # no name in words apart starts with this word: most runs stop here
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


def _short_universities(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """한빛대 for 한빛대학교 when the article names 한빛대학교: a university's short form, linked within
    the article (the tables hold the well-known ones, 서울대)."""
    universities = {m.entity[:-2]: m.entity for m in found if m.entity.endswith("대학교")}
    by_start = {m.start for m in found}  # a short form the tables hold is found already
    return [
        Mention(universities[run.text], "organisation", run.start, run.end, sentence.where, "list")
        for sentence in (sentences if universities else ())  # most articles name none
        for run in sentence.noun_runs
        if run.text in universities and run.start not in by_start
    ]


def _with_particle(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A listed full name Kiwi read with its particle as one common noun (강원특별자치도의/NNG,
    세종특별자치시가/NNG): the name, without the particle."""
    by_start = {m.start for m in found}
    return [
        Mention(hit.name, hit.kind, run.start, run.start + length, sentence.where, "list")
        for sentence in sentences
        for run in sentence.noun_runs  # a common noun's run is a noun run
        if run.tags == ("NNG",)
        and run.start not in by_start
        and (glued := _before_particle(run.text))
        for hit, length in (glued,)
    ]


@lru_cache(maxsize=1 << 16)  # asked of every common noun of a corpus: each answer is kept
def _before_particle(text: str) -> tuple[Form, int] | None:
    """The listed full name a word is with a particle written onto it, and the name's length."""
    for particle in sorted(name_words("particle")):
        hit = lexicon().get(text[: -len(particle)]) if text.endswith(particle) else None
        if hit and not hit.short:
            return hit, len(text) - len(particle)
    return None


def _named_by_kind(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Organisations named right after the word for their kind (영국 일간지 인디펜던트, 통신사 가람통신):
    a run Kiwi tags (in part) a proper noun, or Latin letters, after a word of name_words.tsv's
    ``kind``, with a particle written onto it."""
    by_start = {m.start for m in found}
    kinds = name_words("kind")  # once, not per run
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "kind")
        for sentence in sentences
        if not kinds.isdisjoint(sentence.words)
        # A proper noun or Latin letters: a noun run, after another run.
        for before, run in ((sentence.runs[i - 1], sentence.runs[i]) for i in sentence.nouns if i)
        if before.text in kinds
        and ("NNP" in run.tags or run.tags == ("SL",))
        and run.start not in by_start
        and run.start > before.end
        and _particle_at(sentence, run.end)
    ]


def _named_by_voice(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Organisations named by the one who speaks for them, a word apart (가람기획 관계자는, VHQ 측은:
    name_words.tsv's ``voice``), or as a source (가람연대에 따르면): a run Kiwi tags (in part) a
    proper noun, or Latin letters, not shaped like a person's name (박가람 측은 is a person's camp)."""
    by_start = {m.start for m in found}
    voices = name_words("voice")
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "voice")
        for sentence in sentences
        if _SOURCE in sentence.words or not voices.isdisjoint(sentence.words)
        for i, (run, after) in enumerate(zip(sentence.runs, sentence.runs[1:]))
        # The word after first: most runs have no voice word nor 에 after them.
        if (after.text in voices or after.text == _SOURCE)
        and _speaks_for(sentence.runs, i)
        and run.start not in by_start
        and (_ACRONYM_RUN.fullmatch(run.text) or ("NNP" in run.tags and not person_shaped(run)))
    ]


def _named_by_interview(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Outlets in Latin capitals named by the interview they held, 과의 or 와의 written onto them
    (CBN과의 인터뷰: name_words.tsv's ``interview``), and the same letters elsewhere (CBN의 기자): a
    name no table holds, an organisation."""
    by_start = {m.start for m in found}
    words = name_words("interview")
    outlets = {
        run.text
        for sentence in sentences
        if not words.isdisjoint(sentence.words)
        for run, joined, of, what in zip(
            sentence.runs, sentence.runs[1:], sentence.runs[2:], sentence.runs[3:]
        )
        # The interview's word first: most runs are no such word.
        if what.text in words
        and of.text == "의"
        and joined.text in _WITH
        and run.end == joined.start
        and joined.end == of.start
        and _CAPITALS.fullmatch(run.text)
    }
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "kind")
        for sentence in (sentences if outlets else ())
        for run in sentence.runs
        if run.text in outlets and run.start not in by_start
    ]


def _speaks_for(runs: list[Run], at: int) -> bool:
    """Run ``at`` is followed by a voice word a word apart, or by 에 따르면 (its source)."""
    if at + 1 >= len(runs):
        return False
    after, then = runs[at + 1], runs[at + 2] if at + 2 < len(runs) else None
    if after.text in name_words("voice") and after.start > runs[at].end:
        return True
    return (
        after.text == _SOURCE
        and after.start == runs[at].end
        and then is not None
        and then.text == "따르"
        and then.tags == ("VV",)
    )


def _particle_at(sentence: Sentence, at: int) -> bool:
    """A particle is written onto the word ending at ``at`` (가람타임스는, 가람타임스의): a name in a
    sentence, not a byline's ([가람 신문 홍길동])."""
    return any(t.start == at and t.tag.startswith("J") for t in sentence.tokens)


def _without_buildings(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The mentions but a place's office named as a building: 가람시청 before 에서 or a spot
    (``name_words.tsv``'s ``office`` and ``spot``: 가람시청 앞, 가람시청 대회의실)."""
    buildings = set()
    spots = name_words("spot")  # once, not per run
    for sentence in sentences:
        if _IN not in sentence.words and spots.isdisjoint(sentence.words):
            continue  # most sentences
        runs = sentence.runs
        for run, after in zip(runs, runs[1:]):
            glued = after.start == run.end
            if (glued and after.text == _IN) or (not glued and after.text in spots):
                buildings.add(run.end)
    return [m for m in found if not (m.end in buildings and _an_office(m))]


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
