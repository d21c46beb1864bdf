"""Foreign names, written as the press transliterates them: two or three proper nouns written apart
(or capitalised words in Latin letters, as the press abroad writes them: Phil Gildong 의원)
before or after a title (마리아 코스타 브라질 외무부 대변인, 독일 총리 프리드리히 메르츠가), or one proper noun
Kiwi keeps whole, space and all (브렛 가상); and their short forms: a family word with a title
(코스타 대변인), the last word alone with a particle (코스타는)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .forms import named, place_and_noun
from .lexicon import HANGUL_WORD, given_names, name_words, split_title, surnames
from .records import Mention, Run, Sentence
from .titles import After, full_name_shaped, title_after, title_before

_CAPITALISED = re.compile(r"[A-Z][a-z]+")
# The first tag of a run that may start a foreign name (:func:`_first_word`): a proper noun, Latin letters.
_FIRST_TAGS = frozenset({"NNP", "SL"})


class Foreign(NamedTuple):
    """A foreign name's mention and the starts of the words it spans."""

    mention: Mention
    words: frozenset[int]


def foreign_names(sentences: list[Sentence], by_start: dict[int, Mention]) -> list[Foreign]:
    """Foreign names, written as the press transliterates them (마리아 코스타 브라질 외무부 대변인):
    two or three proper nouns written apart, none an organisation, a place or ending like one
    (가람시), before a title."""
    return [name for sentence in sentences for name in _sentence_names(sentence, by_start)]


def _sentence_names(sentence: Sentence, by_start: dict[int, Mention]) -> list[Foreign]:
    """The foreign names of one sentence (:func:`foreign_names`)."""
    found = []
    runs = sentence.runs
    past = 0  # the runs before it are a name's found
    # Most runs are neither a name's first word nor one proper noun: those alone are read.
    for i in [
        at for at in sentence.nouns if runs[at].tags[0] in _FIRST_TAGS and _first_word(runs[at])
    ]:
        if i < past:
            continue
        words = 1
        while words < 3 and i + words < len(runs) and _next_word(runs, i, words, by_start):
            words += 1
        last = i + words - 1
        # A first word matters only before a second: most runs stand alone.
        first = (
            words > 1
            and foreign_word(runs[i], by_start, False)
            and not _native_name(runs, i)
            and not _native_last(runs[last])
        )
        # Kiwi may keep a foreign name whole, space and all, as one proper noun (브렛 가상).
        whole = words == 1 and spaced_name(runs[i], by_start)
        after = title_after(runs, last, by_start) if whole or (words > 1 and first) else None
        if after is None and (whole or words > 1 and first):
            before = title_before(runs, i)  # 독일 총리 프리드리히 메르츠가: the title first
            after = After(before, None, runs[i - 1].end) if before else _given(runs[i])
        if after is None:
            continue
        entity = " ".join(run.text for run in runs[i : last + 1])
        mention = Mention(
            entity,
            "person",
            runs[i].start,
            runs[last].end,
            sentence.where,
            "title" if after.title else "name",
            after.title,
            after.affiliation,
        )
        found.append(Foreign(mention, frozenset(run.start for run in runs[i : last + 1])))
        past = last + 1
    return found


def _next_word(runs: list[Run], at: int, words: int, by_start: dict[int, Mention]) -> bool:
    """Run ``at + words``, a space after the name's words so far, is one more: a foreign name's
    word, or a Korean surname of one syllable after a given name the press transliterates (리처드
    조 회장: a Korean family name written after an English given name), which ends it."""
    run = runs[at + words]
    if run.start != runs[at + words - 1].end + 1:
        return False
    given = runs[at].text in given_names()
    if words == 1 and given and run.text in surnames():
        return run.start not in by_start and run.tags[0] in ("NNP", "NNB", "NNG")
    if words == 2 and given and runs[at + 1].text in surnames():
        return False  # 크리스 정 가람파크 시장: the Korean family name ends the name
    return foreign_word(run, by_start, True)


def _given(run: Run) -> After | None:
    """No title, but a given name the press transliterates first (데이빗 가르시아는: ``given_names.tsv``)
    says a foreign person's name: an empty title, else None."""
    return After(None, None, run.end) if run.text.split(" ", 1)[0] in given_names() else None


def foreign_word(run: Run, by_start: dict[int, Mention], last: bool) -> bool:
    """A word of a foreign name: no title (이코노미스트 강수아), and a first one does not end like a place
    (the family name may: 월시) and may be one syllable."""
    if run.start in by_start:
        return False
    if _latin_word(run):
        return True  # Phil Twyford 장관: a name in Latin letters, as the press abroad writes one
    if run.tags[0] != "NNP":
        return False  # most runs: the cheap test first
    # The family name may be cut in two, the end a common noun (로스+웰/NNG).
    tags = run.tags[:1] if last else run.tags
    # A first name may be one syllable (폴 라이언, 존 매케인), not a surname (김 감독).
    short_first = not last and re.fullmatch("[가-힣]", run.text) and run.text not in surnames()
    return (
        tags == ("NNP",) * len(tags)
        and set(run.tags) <= {"NNP", "NNG"}
        and (HANGUL_WORD.fullmatch(run.text) is not None or bool(short_first))
        and (last or run.text[-1] not in name_words("place-ending") or run.text in given_names())
        and named(run.text, True) is None
        and run.text not in name_words("town-word")  # 팰리세이즈 파크: a town's words
        and split_title(run) is None
        and not place_and_noun(run)
    )


def _first_word(run: Run) -> bool:
    """Can the run start a foreign name (a proper noun, or Latin letters: a noun run)?"""
    return run.tags[0] == "NNP" or _latin_word(run)


def _latin_word(run: Run) -> bool:
    """A word of Latin letters with its first a capital and no other (Gildong, not KBS nor iPhone)."""
    return run.tags == ("SL",) and _CAPITALISED.fullmatch(run.text) is not None


def _native_name(runs: list[Run], at: int) -> bool:
    """김가람 누리푸드 부회장: a word of a surname no transliterated first name starts with and two
    syllables, before a word no name's shape, is a Korean name; the next word is his company's."""
    run, after = runs[at], runs[at + 1] if at + 1 < len(runs) else None
    return (
        len(run.text) == 3
        and run.text[0] in name_words("native-surname")
        and not (after is not None and full_name_shaped(after))
    )


def _native_last(run: Run) -> bool:
    """가람대 김가람 총장: a last word of a surname no transliterated name starts with and two
    syllables is a Korean name; the words before it are its body's."""
    return len(run.text) == 3 and run.text[0] in name_words("native-surname")


def spaced_name(run: Run, by_start: dict[int, Mention]) -> bool:
    """One proper noun of two or three Hangul words written apart, none a name the tables hold."""
    if run.tags != ("NNP",):
        return False  # most runs: no words to split
    parts = run.text.split(" ")
    return (
        run.start not in by_start
        and 2 <= len(parts) <= 3
        and all(HANGUL_WORD.fullmatch(p) and named(p, True) is None for p in parts)
    )


def family_words(foreign: list[Foreign]) -> dict[str, str]:
    """코스타 대변인: a foreign name's last word with a title, as a surname with one (박 시장); the
    first word too, where a Japanese or Chinese name writes the family name (요시하라 감독). Only
    names the body prints: a headline's full name is not what the body's 조 회장 stands for (the
    golds read 조 회장 as written where only the headline prints 리처드 조)."""
    printed = [f.mention.entity for f in foreign if f.mention.where.paragraph >= 0]
    family = {name.split(" ", 1)[0]: name for name in printed}
    return family | {name.rsplit(" ", 1)[1]: name for name in printed}


def last_words_alone(
    sentences: list[Sentence], last_words: dict[str, str], found: list[Mention]
) -> list[Mention]:
    """The mentions of foreign names by their last word alone with a particle, no title (트럼프는,
    샌더스가): a proper noun the article writes as the last word of a foreign name it names in
    full, outside the mentions ``found`` (a caption's 마크 헤일 / …); not a headline's bare word
    before a comma (트럼프, …), which the golds do not read."""
    if not last_words:
        return []  # most articles name no foreign name
    taken = {at for m in found for at in range(m.start, m.end)}
    return [
        Mention(last_words[run.text], "person", run.start, run.end, sentence.where, "name")
        for sentence in sentences
        for run, after in zip(sentence.runs, sentence.runs[1:])
        if run.text in last_words
        and run.tags == ("NNP",)
        and after.start == run.end
        and after.tags[0].startswith("J")
        and run.start not in taken
    ]
