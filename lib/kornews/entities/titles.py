"""Titles around a name: the one after it (with what stands between), the one before it, and a
caption's role."""

from __future__ import annotations

from typing import NamedTuple

from .forms import named
from .lexicon import (
    HANGUL_NAME,
    compound_titles,
    given_names,
    masked,
    regions,
    split_title,
    surname_of,
    surnames,
)
from .records import Mention, Run
from .runs import RUN_TAGS, is_noun_run

# The tags of what may stand between a name and its title that is no noun: a rank's number
# (국가안보실 2차장), 전 (former: 박 전 지사).
_BEFORE_TITLE = frozenset({"SN", "MM"})
# The runs after a name :func:`title_after` reads: three that may hold its title, and the next
# (:func:`_in_between`: is a number glued to the word after it).
_READ_AFTER = 4


class After(NamedTuple):
    """A title after a name: the title, the affiliation written between, where the title ends (a
    foreign name a given name vouches for has none: :func:`kornews.entities.foreign.foreign_names`)."""

    title: str | None
    affiliation: str | None
    end: int


class Role(NamedTuple):
    """What a caption's role gives: a title and an affiliation (either may be None)."""

    title: str | None
    affiliation: str | None


def title_after(runs: list[Run], at: int, found: dict[int, Mention]) -> After | None:
    """The title that follows run ``at``: at once, glued to a place (서울시장) or another noun
    (광역수사대장), or after organisations, places and other nouns (김형석 삼성전자 반도체부문 사장);
    the affiliation is the first of these, or a place and the organisation after it (브라질 외무부:
    that country's). ``found`` holds the mentions already found, by start."""
    name, at = runs[at], _past_bracket(runs, at)
    if _nothing_after(runs, at):
        return None  # most runs
    affiliation, place = None, False
    following = _words_after(runs, at, found)
    for n, run in enumerate(following[:3]):
        if _in_between(following, n, (following[n - 1] if n else runs[at]).end):
            continue
        if not is_noun_run(run):
            return None
        titled = split_title(run)
        mention = _office(found, run.start)
        if mention:
            affiliation = (
                f"{affiliation} {mention.entity}"
                if place and mention.kind == "organisation"
                else affiliation or mention.entity
            )
            place = affiliation == mention.entity and mention.kind == "place"
            if titled and titled.cut and mention.end < run.start + titled.cut + len(titled.title):
                # 서울시장, 경기도지사, 서울동부지검장: the place or body and the title in one word
                return After(titled.title, affiliation, run.end)
            continue
        # 장관; or glued to a unit or field the tables do not name (광역수사대장, 미술평론가) after a
        # full name of three syllables or more (한미 외교장관 is no person), where the table lets the
        # title close a compound (전통시장 is a market, 임대업자 B씨 a name of its own).
        if titled and (
            titled.cut == 0
            or (
                len(name.text) >= 3
                and titled.title in compound_titles()
                and not _surname_glued(name, run, titled.cut)
            )
        ):
            return After(titled.title, affiliation, run.end)
        if full_name_shaped(run) or masked(run.text):
            return None  # 가람시 김철수 시장, 가람시 배모 씨: the title is the nearer name's
    return None


def _past_bracket(runs: list[Run], at: int) -> int:
    """The bracket's closing run where one is written onto run ``at`` and closes within a few
    words (홍길동(45)씨, 홍길동(사진) 가람대 교수, 홍길동(가람대 박사과정) 연구원: the title is the name's
    past it), else ``at``."""
    if at + 2 >= len(runs) or runs[at + 1].text != "(" or runs[at + 1].start != runs[at].end:
        return at  # most runs
    close = next((j for j in range(at + 2, min(at + 10, len(runs))) if runs[j].text in "()"), None)
    return close if close is not None and runs[close].text == ")" else at


def _surname_glued(name: Run, run: Run, cut: int) -> bool:
    """After a given name the press transliterates, its Korean family name written onto the title
    (사무엘 조회장: 조 회장), no compound (곽태열 부총영사 is one: 부, vice)."""
    return cut == 1 and run.text[:1] in surnames() and name.text in given_names()


def _in_between(following: list[Run], n: int, before: int) -> bool:
    """Is run ``n`` of those after a name a word that stands between it and its title: a number
    glued to the title (국가안보실 2차장, 기재부 1차관: it ranks it), 전 (former: 김철수 전 장관) first,
    or a determiner Kiwi cut off the front of the next word (새+마을지도자; not one inside the
    name's word, 김+두+현, which ``before``, where the run before ends, tells)?"""
    run = following[n]
    glued = n + 1 < len(following) and following[n + 1].start == run.end
    if run.tags == ("SN",):
        return glued
    starts_a_word = run.start > before
    return run.tags == ("MM",) and ((n == 0 and run.text == "전") or (glued and starts_a_word))


def _words_after(runs: list[Run], at: int, found: dict[int, Mention]) -> list[Run]:
    """The four runs after run ``at`` (of the next seven) that :func:`title_after` reads, a
    mention found over several counted as its first (가람1리 이장: 가람+1+리 is one place, the title
    its next word), but a run it ends inside (가람노인회 나래지회장: the title the mention leaves of
    the word)."""
    kept: list[Run] = []
    inside = -1
    for run in runs[at + 1 : at + 8]:
        if run.end <= inside:
            continue
        mention = found.get(run.start)
        inside = mention.end if mention else inside
        kept.append(run)
        if len(kept) == _READ_AFTER:
            break
    return kept


def _office(found: dict[int, Mention], start: int) -> Mention | None:
    """The organisation or place found at ``start`` that may be a titled name's affiliation: not a
    region, which holds no office (홍길동 유럽 대표)."""
    mention = found.get(start)
    return None if mention is None or mention.entity in regions() else mention


def _nothing_after(runs: list[Run], at: int) -> bool:
    """Run ``at`` is the sentence's last, or the next is no noun, number or 전: what
    :func:`title_after`'s loop tests first, asked before it slices the runs."""
    after = runs[at + 1] if at + 1 < len(runs) else None
    return after is None or (after.tags[0] not in RUN_TAGS and after.tags[0] not in _BEFORE_TITLE)


def full_name_shaped(run: Run) -> bool:
    """A proper noun of a surname and two syllables (김철수)."""
    return (
        "NNP" in run.tags
        and len(run.text) == 3
        and HANGUL_NAME.fullmatch(run.text) is not None
        and surname_of(run.text) is not None
    )


def title_before(runs: list[Run], at: int) -> str | None:
    """The title written just before run ``at`` (대변인 박지현, 이코노미스트 강수아)."""
    if at == 0 or not is_noun_run(runs[at - 1]):
        return None
    titled = split_title(runs[at - 1])
    return titled.title if titled and titled.cut == 0 else None


def role(words: list[str], known: dict[str, str]) -> Role | None:
    """What a caption's role (가람대 전기공학과 교수) gives: the title its last word ends in; the
    affiliation, the first word ``known`` (written form -> entity) or the tables name, else the
    words before the title as written; None when the role gives neither (옷가게 운영)."""
    titled = split_title(Run(words[-1], 0, 0, ("NNG",))) if words else None
    title = titled.title if titled else None
    names = [known.get(word) or getattr(named(word, True), "entity", None) for word in words]
    affiliation = next(filter(None, names), None) or (" ".join(words[:-1]) if title else None)
    return Role(title, affiliation or None) if title or affiliation else None
