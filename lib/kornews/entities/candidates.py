"""The noun runs of a sentence that may name a person, with the titles and the affiliation
around them (a title after or before, a list's shared title, a monarch's number)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..rows import maker
from .lexicon import lexicon, name_words, regions, split_title, surname_of, surnames
from .records import Mention, Run, Sentence, Where
from .runs import is_noun_run
from .titles import After, title_after, title_before

# The word after a monarch's number (찰스3세).
_REGNAL_WORD = "세"

# A match is written as a side's name and 전 (성남전: the game against 성남).
_MATCH = "전"

# Marks a surname alone may be written onto: brackets, quotes, commas, bullets (Kiwi's tags).
_OPENING_MARKS = frozenset({"SSO", "SSC", "SS", "SP", "SF", "SW", "SE"})


class Candidate(NamedTuple):
    """A noun run that may name a person, with the titles and affiliation around it."""

    where: Where
    run: Run
    form: str  # the run without a glued 씨 (김영수씨)
    after: After | None  # the title after it
    before: str | None  # the title just before it
    ahead: str | None  # the organisation or place just before it


_CANDIDATE = maker(Candidate)  # made without a Python call: one per noun run of a corpus


def person_candidates(
    sentence: Sentence, by_start: dict[int, Mention], taken: frozenset[int], teams: frozenset[str]
):
    """(index, candidate) for each noun run of the sentence no mention holds. ``teams`` are the
    organisations and places found, whose matches (가람전: 가람FC's) name no one."""
    runs = sentence.runs
    ssi_words, known_surnames, far = _ssi_words(), surnames(), regions()  # once, not per run
    for i in sentence.nouns:
        run = runs[i]
        if run.start in by_start or run.start in taken:
            continue
        if run.text.endswith(_MATCH) and _match(run.text, teams):
            continue
        if run.text.endswith(ssi_words):
            continue  # 주간날씨, 손글씨: a common noun ending in 씨, no one's name and honorific
        if run.text in known_surnames and i and _glued_to_a_word(runs[i - 1], run):
            continue  # 쿨~한 총장: a surname's letter glued to the word before is that word's
        form, after = run.text, title_after(runs, i, by_start) or _shared_title(runs, i, by_start)
        form += _regnal(runs, i) if after else ""  # 찰스3세 국왕: the number is the name's
        # 김영수씨, 이씨 (the title looked up only where 씨 is written: most runs have none)
        titled = split_title(run) if "씨" in run.text else None
        if titled and titled.cut and titled.title == "씨" and surname_of(run.text):
            form, after = run.text[: titled.cut], After("씨", None, run.end)
        before = title_before(runs, i)
        # 국민의힘 김태호 원내대표, 법무부 대변인 박지현: the organisation or place before the name.
        j = i - (2 if before else 1)
        ahead = (
            by_start[runs[j].start].entity
            if j >= 0 and runs[j].start in by_start and is_noun_run(runs[j])
            else None
        )
        ahead = None if ahead in far else ahead  # 유럽 홍길동 대표: a region holds no office
        yield i, _CANDIDATE((sentence.where, run, form, after, before, ahead))


def _regnal(runs: list[Run], at: int) -> str:
    """The monarch's number written onto the name at run ``at`` (찰스+3+세), else nothing."""
    number, word = runs[at + 1 : at + 3] if at + 2 < len(runs) else (None, None)
    if number is None or number.tags != ("SN",) or word.text != _REGNAL_WORD:
        return ""
    glued = number.start == runs[at].end and word.start == number.end
    return number.text + word.text if glued else ""


def sides(found: list[Mention]) -> frozenset[str]:
    """The organisations and places found: the sides a match may be named by."""
    return frozenset(m.entity for m in found if m.kind != "person")


def _match(text: str, teams: frozenset[str]) -> bool:
    """A match named by a side and 전 (성남전 후, 가람전에서): the side is a place or club of the
    tables or one the article names (가람 of 가람FC)."""
    if len(text) < 3 or not text.endswith(_MATCH):
        return False
    side = text[: -len(_MATCH)]
    return side in lexicon() or any(team.startswith(side) for team in teams)


def _glued_to_a_word(before: Run, run: Run) -> bool:
    """Is ``run`` written onto ``before``, a word or a tilde (쿨~한), not a mark opening a name
    (“박, ▲박, (박)?"""
    return before.end == run.start and before.tags[-1] not in _OPENING_MARKS


def _shared_title(runs: list[Run], at: int, by_start: dict[int, Mention]) -> After | None:
    """The title a list of names shares (가람당 홍길동·나라당 김철수 원내수석부대표; 윤가람·송나래·엄다솜
    부장판사): the next name's, or the one it shares in turn, when a · follows run ``at`` at once; no
    affiliation (the next name's is its own)."""
    if at + 2 >= len(runs) or runs[at + 1].text != "·" or runs[at + 1].start != runs[at].end:
        return None
    shared = next(
        (
            found
            for j in range(at + 2, min(at + 4, len(runs)))
            if (found := title_after(runs, j, by_start) or _shared_title(runs, j, by_start))
        ),
        None,
    )
    return After(shared.title, None, runs[at].end) if shared else None


@cache
def _ssi_words() -> tuple[str, ...]:
    return tuple(sorted(name_words("ssi-word")))
