"""An organisation and its branch or unit written a word after it (가람지검 한빛지청, 가람농협 한빛지점,
가람시청 직장운동경기부, 가람고 총동문회: ``name_words.tsv``'s ``branch``), or a place and its team
(가람군 민속씨름단: ``team``), its own agency (가람군 농업기술센터: ``agency``) or its council's committee
(가람시 건설위원회: ``committee``; not a country's): one organisation, named whole."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache
from itertools import takewhile

from .forms import lookup, places_office
from .lexicon import KEPT, countries, name_words, regions
from .records import Mention, Run, Sentence
from .runs import is_noun_run

# 주가람 대한민국대사관: 駐, posted in the country named after it.
_POSTED = "주"
# The head's letter written onto a unit's name (나래지회장: the head of 나래지회).
_HEAD = "장"
# 경기지사: a province's governor, though 지사 ends a branch office's name too (가람공사 한빛지사).
_GOVERNOR, _PROVINCE = "지사", "도"
# A determiner or prefix Kiwi cut off the word's front (총+동문회): still the unit's word.
_FRONT = frozenset({"MM", "XPN"})


def with_units(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The mentions with each organisation followed, a space apart, by a word ending in a branch's
    or unit's word grown into one mention over both, named as written; a mention found inside that
    word goes."""
    parents = {m.end: m for m in found if m.kind == "organisation"}
    # 가람군 민속씨름단, 가람군 농업기술센터: a place's team or agency, a word after it, is a body too.
    places = {m.end: m for m in found if m.kind == "place"}
    grown: dict[Mention, Mention] = {}
    place_units = _place_units()
    for sentence in sentences:
        runs = sentence.runs
        for i in _unit_starts(sentence):
            run = runs[i]
            # Most runs: no unit's word, nor a determiner before one, nor a body a space before
            # (브라질+법인장: Kiwi's place and the rest of the word; a cheap test first).
            if not (_unit_shaped(run.text) or run.tags[0] in _FRONT or run.start - 1 in parents):
                continue
            parent, endings = parents.get(run.start - 1) or _office(sentence, i), _unit_words()
            if parent is None:  # a council's committee after its place, not after a body (국회)
                parent, endings = _place(run, places), place_units
            open_parent = parent is not None and parent not in grown
            end = _unit_end(runs, i, endings) if open_parent else None
            if end:
                unit = _glued(runs, i, end)
                entity = f"{_written(runs, parent)} {unit}"
                grown[parent] = replace(parent, entity=entity, kind="organisation", end=end)
    grown |= _posted(sentences, found)
    if not grown:
        return found
    spans = [(m.end, g.end) for m, g in grown.items()]
    kept = [m for m in found if not any(after < m.start < end for after, end in spans)]
    offices = [g for m, g in grown.items() if m not in (parents.get(m.end), places.get(m.end))]
    return [grown.get(m, m) for m in kept] + offices


def _unit_starts(sentence: Sentence) -> tuple[int, ...]:
    """The runs a unit's word may start at, in order: the noun runs, and a determiner written
    onto the noun run after it (총+동문회); :func:`_unit_end` finds no word from any other."""
    runs = sentence.runs
    glued = tuple(
        j - 1
        for j in sentence.nouns
        if j
        and runs[j - 1].tags[0] in _FRONT
        and not is_noun_run(runs[j - 1])  # a prefix is a noun run's own
        and runs[j - 1].end == runs[j].start
    )
    return tuple(sorted(sentence.nouns + glued)) if glued else sentence.nouns


def _place(run: Run, places: dict[int, Mention]) -> Mention | None:
    """The place a space before ``run`` whose team, agency (an agency's word whole: 가람도
    한빛군보건소 is 한빛군's, not 가람도's) or council's committee (not a country's) the run names."""
    place = places.get(run.start - 1)
    if place is None:
        return None
    if run.text.endswith(_teams()) or run.text in _agencies():
        return place
    return _local(place) if run.text.endswith(_committees()) else None


def _posted(sentences: list[Sentence], found: list[Mention]) -> dict[Mention, Mention]:
    """An embassy or office with the country it is posted in before it, a space apart (주가람
    대한민국대사관: 주, 駐, and a country of ``places.tsv``), grown over both."""
    bodies = {m.start: m for m in found if m.kind == "organisation"}
    starts = sorted(bodies)
    grown = {}
    for sentence in sentences:
        at = bisect_left(starts, sentence.start)
        if at == len(starts) or starts[at] > sentence.end:
            continue  # most sentences: no body starts there, and their runs are not read
        for run, after in zip(sentence.runs, sentence.runs[1:]):
            body = bodies.get(after.start)
            if body and run.end + 1 == after.start and _posting(run.text):
                grown[body] = replace(body, entity=f"{run.text} {body.entity}", start=run.start)
    return grown


def _posting(word: str) -> bool:
    return word.startswith(_POSTED) and word[len(_POSTED) :] in countries()


def _office(sentence: Sentence, at: int) -> Mention | None:
    """A place's office before run ``at``, a space apart, as one common noun Kiwi may tag it
    (가람시청 직장운동경기부); alone, the gold reads such a word as a building as often as a body."""
    before = sentence.runs[at - 1] if at else None
    if (
        before is None
        or before.end + 1 != sentence.runs[at].start
        or not places_office(before.text)
    ):
        return None
    return Mention(before.text, "organisation", before.start, before.end, sentence.where, "suffix")


def _unit_end(runs: list[Run], at: int, endings: tuple[str, ...]) -> int | None:
    """Where the written word from run ``at`` ends, if it ends in one of ``endings`` (a determiner Kiwi
    cut off its front allowed: 총+동문회)."""
    last = at
    while last + 1 < len(runs) and runs[last + 1].start == runs[last].end:
        if not is_noun_run(runs[last + 1]):
            break
        last += 1
    if not (is_noun_run(runs[at]) or (runs[at].tags[0] in _FRONT and last > at)):
        return None
    word = _glued(runs, at, runs[last].end)
    if (word.endswith(endings) and not _governor(word)) or _chapter(word):
        return runs[last].end
    # 가람노조 한빛지부장: the unit's head, his 장 written onto it; the unit ends before it.
    return runs[last].end - len(_HEAD) if _headed(word) else None


@lru_cache(maxsize=KEPT)  # asked of every run of a corpus, whose words recur: each answer kept
def _unit_shaped(word: str) -> bool:
    """Does ``word`` end in a body's or a place's unit word, or in a unit's head (한빛지부장)?"""
    return word.endswith(_place_units()) or _headed(word)


def _governor(word: str) -> bool:
    """A province's name and 지사, its governor (가람당 경기지사 후보), no branch office (가람공사
    한빛지사)."""
    stem = word.removesuffix(_GOVERNOR)
    hit = lookup(stem, True) if stem != word else None
    return hit is not None and hit.kind == "place" and hit.name.endswith(_PROVINCE)


def _headed(word: str) -> bool:
    """A unit's word and its head's 장 (한빛지부장, 브라질지회장)."""
    unit = word.removesuffix(_HEAD)
    return unit != word and (unit.endswith(_unit_words()) or _chapter(unit))


def _chapter(word: str) -> bool:
    """A chapter's, subsidiary's or council's word named by its place (브라질지회, 브라질법인)."""
    ending = next((e for e in _chapters() if word.endswith(e)), None)
    hit = lookup(word[: -len(ending)], True) if ending else None
    return hit is not None and hit.kind == "place"


def _written(runs: list[Run], mention: Mention) -> str:
    """The mention as written (가람고 for 가람고등학교, which the article writes elsewhere): a body
    and its unit are named as the words stand."""
    words = [r for r in runs if mention.start <= r.start and r.end <= mention.end]
    return "".join(
        (" " if k and r.start > words[k - 1].end else "") + r.text for k, r in enumerate(words)
    )


def _glued(runs: list[Run], at: int, end: int) -> str:
    """The text of the runs written together from run ``at`` to ``end`` (which may fall inside
    the last: 나래지회 of 나래지회장)."""
    word = "".join(r.text for r in takewhile(lambda r: r.start < end, runs[at:]))
    return word[: end - runs[at].start]


@cache
def _unit_words() -> tuple[str, ...]:
    """A body's branch, team or agency words (지청, 씨름단, 농업기술센터)."""
    return tuple(sorted(name_words("branch") | name_words("team") | name_words("agency")))


@cache
def _place_units() -> tuple[str, ...]:
    """A body's unit words, and a place's: its council's committees, its chapters."""
    return _unit_words() + _committees() + _chapters()


@cache
def _teams() -> tuple[str, ...]:
    return tuple(sorted(name_words("team")))


@cache
def _chapters() -> tuple[str, ...]:
    return tuple(sorted(name_words("chapter")))


@cache
def _committees() -> tuple[str, ...]:
    return tuple(sorted(name_words("committee")))


def _local(place: Mention | None) -> Mention | None:
    """The place if a county, city or province (a council's), not a country or a world region."""
    return None if place is None or place.entity in countries() | regions() else place


@cache
def _agencies() -> frozenset[str]:
    return frozenset(name_words("agency"))
