"""Schools named by their short form (가람고, 한빛초; linked to the full name where the article
writes it, 가람고등학교): a proper noun and a school's ending, where
the sentence shows it a school: in brackets after a name (홍길동(가람고)), after a place a word
apart (서울 한빛초), before a school's word (가람고 교사, 한빛초 학부모; not 출신, as 시카고 출신) or its department (가람대
경영학과), or before
its graduating class in brackets (가람대(6기))."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .forms import lookup
from .lexicon import name_words, regions, split_title
from .records import Mention, Sentence
from .runs import is_noun_run

# The stem before the ending: two Hangul syllables or more (최고, 재고 are common words).
_STEM = re.compile(r"[가-힣]{2,}")
# 에 written onto a school's name before its word (가람대에 재학 중인).
_AT = "에"
# A graduating class, written after its number in brackets: (6기).
_CLASS = "기"
# A university's department's or faculty's word, ending the word after its short name (가람대 경영학과).
_DEPARTMENTS = ("학과", "학부")
# What a school's full name adds to its short form (가람고등학교, 한빛초등학교, 나래중학교).
_FULL_KIND = re.compile(r"(?<=[고초중])(?:등)?학교$")


def short_schools(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Schools written short, each where no mention starts already."""
    by_start = {m.start for m in found}
    places = {m.end for m in found if m.kind == "place"}
    # 가람고 where the article names 가람고등학교: the school named in full (가람중 for 가람중학교).
    full = {_FULL_KIND.sub("", m.entity): m.entity for m in found if _FULL_KIND.search(m.entity)}
    endings = _endings()
    return [
        Mention(
            full.get(sentence.runs[i].text, sentence.runs[i].text),
            "organisation",
            sentence.runs[i].start,
            sentence.runs[i].end,
            sentence.where,
            "suffix",
        )
        for sentence in sentences
        for i in sentence.nouns  # a school's name is a noun run (_school_shaped)
        # A school's ending first (what _school_shaped reads first): few runs end in one.
        if sentence.runs[i].text.endswith(endings)
        and sentence.runs[i].start not in by_start
        and _school_shaped(sentence, i)
        and (
            _bracketed(sentence, i)
            or _after_place(sentence, i, places)
            or _cued(sentence, i)
            or _classed(sentence, i)
        )
    ]


def role_school(words: list[str]) -> str | None:
    """The school a caption's role names by its short form before a school's word or a grade
    (가람체중 3학년(3관왕), 가람고 교사: the role's first word), else None."""
    ending = _ending(words[0]) if len(words) >= 2 else None
    if ending is None or not _STEM.fullmatch(words[0][: -len(ending)]):
        return None
    after = words[1].lstrip("0123456789")  # 3학년: a grade's number before its word
    return words[0] if any(map(after.startswith, name_words("school-cue"))) else None


@cache
def _endings() -> tuple[str, ...]:
    """The school endings, longest first, sorted once: every noun run of the article is tried."""
    return tuple(sorted(name_words("school-ending"), key=len, reverse=True))


@lru_cache(maxsize=1 << 16)  # asked of every noun run: a word recurs, the answer is kept
def _ending(text: str) -> str | None:
    return next((e for e in _endings() if text.endswith(e)), None)


def _school_shaped(sentence: Sentence, at: int) -> bool:
    """A proper noun Kiwi read whole (가람고), or a word and the ending Kiwi cut off as its own
    token (가람+고): not a common word that ends so (교통사고)."""
    run = sentence.runs[at]
    ending = _ending(run.text) if is_noun_run(run) else None
    # A place the tables hold (시카고) is no school.
    if ending is None or not _STEM.fullmatch(run.text[: -len(ending)]) or lookup(run.text, True):
        return False
    last = next(t for t in reversed(sentence.tokens) if t.end == run.end)
    return run.tags == ("NNP",) or last.end - last.start == len(ending)


def _bracketed(sentence: Sentence, at: int) -> bool:
    """Alone in brackets: (가람고)."""
    run = sentence.runs[at]
    tags = {(t.start, t.end): t.tag for t in sentence.tokens}
    opens = any(end == run.start and tag == "SSO" for (_, end), tag in tags.items())
    closes = any(start == run.end and tag == "SSC" for (start, _), tag in tags.items())
    return opens and closes


def _classed(sentence: Sentence, at: int) -> bool:
    """Before its graduating class in brackets, written onto it (가람대(6기)를 졸업하고)."""
    runs = sentence.runs
    words = [r.text for r in runs[at + 1 : at + 5]]
    return (
        len(words) == 4
        and runs[at + 1].start == runs[at].end
        and words[0] == "("
        and words[1].isdigit()
        and words[2:] == [_CLASS, ")"]
    )


def _after_place(sentence: Sentence, at: int, places: set[int]) -> bool:
    """A word after a place's name (서울 한빛초)."""
    return sentence.runs[at].start - 1 in places


def _cued(sentence: Sentence, at: int) -> bool:
    """Before a school's word, written onto it or a word apart (가람고 교사, 한빛초 학부모, 가람중
    2학년)."""
    runs = sentence.runs
    after = runs[at + 1] if at + 1 < len(runs) else None
    if after is None:
        return False
    word = after.text
    # 가람고 총동문회: Kiwi cuts 총 off as a determiner; the cue reads the word as written.
    glued = at + 2 < len(runs) and runs[at + 2].start == after.end
    if after.tags[0] == "MM" and glued:
        word += runs[at + 2].text
    elif after.tags == ("SN",) and glued:
        word = runs[at + 2].text  # 가람중 2학년: a grade's number before its word
    elif after.text == _AT and after.start == runs[at].end and at + 2 < len(runs):
        word = runs[at + 2].text  # 가람대에 재학 중인: the word after 에 written onto the name
    # 가람초 공모교장: a school's title with a word before it (split_title: the title it ends in).
    titled = split_title(after)
    cues = name_words("school-cue")
    department = word.endswith(_DEPARTMENTS)  # 가람대 경영학과: its department
    return department or any(map(word.startswith, cues)) or bool(titled and titled.title in cues)


def without_school_stems(found: list[Mention]) -> list[Mention]:
    """``found`` but a region named as the stem of a school the article names (중동 of 중동초, the
    school's short name in 중동 학부모들), not the world's region."""
    stems = {
        m.entity[: -len(ending)]
        for m in found
        if m.kind == "organisation" and (ending := _ending(m.entity))
    }
    return [m for m in found if not (m.kind == "place" and m.entity in stems & regions())]


def short_universities(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
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
