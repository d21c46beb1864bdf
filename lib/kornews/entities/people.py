"""People: full names with a title (after them, before them, or a broadcast caption's role), the
same names elsewhere, names Kiwi cut into pieces, foreign names, and surnames with a title linked
to the last full name of that surname."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..article import Article
from .foreign import Foreign, foreign_names
from .heads import bracketed_heads
from .joined import joined_names
from .lexicon import (
    HANGUL_NAME,
    MASK,
    Mention,
    Run,
    Sentence,
    Where,
    countries,
    is_noun_run,
    leaders,
    lexicon,
    masked,
    name_words,
    place_and_noun,
    regions,
    reporter_titles,
    split_title,
    suffixes,
    surname_of,
    surnames,
    titles,
)
from .members import aged_residents, bracketed_members
from .pieces import names_by_word
from .rosters import bracketed_rosters
from .titles import After, title_after, title_before
from .voices import bite_labels, role_spans, speaker_captions, turn_speakers

# A topic or subject particle after a person's mention, past the title (김민수 기자는, 박 씨가).
SUBJECT_AFTER = re.compile(r"\s?[가-힣A-Za-z]{0,4}?(?:은|는|이|가)(?![가-힣])")


# A monarch's name and number (찰스3세, 엘리자베스2세).
_REGNAL = re.compile(r"(\D+)\d+세")
_REGNAL_WORD = "세"
# A government's term, written onto its number before the word for it (2기정부).
_TERM = "기"
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


def people(found: list[Mention], sentences: list[Sentence], article: Article) -> list[Mention]:
    """``found`` (the organisations and places) with the people added: names Kiwi cut into pieces,
    broadcast captions' people, then the names of runs, linked."""
    # The rules of names in brackets read the sentences holding an opening one, and no other.
    bracketed = [s for s in sentences if article.text.find("(", s.start, s.end) >= 0]
    found = aged_residents(article.text, bracketed, found)
    found += names_by_word(article.text, sentences, found)
    found += bracketed_members(article.text, bracketed, found)
    found += bracketed_rosters(article.text, bracketed, found)
    found = bracketed_heads(article.text, bracketed, found)
    found += speaker_captions(article, sentences, found)
    found += joined_names(sentences, found)
    voiced = turn_speakers(article.text, sentences, found) + bite_labels(article, sentences, found)
    # ⊙박성동(문화부 장관), 홍길동 / 상인: the mark says a person, whatever the name ends in.
    found = [m for m in found if not any(m.start < v.end and v.start < m.end for v in voiced)]
    linked = _link_people(found + voiced, sentences, _brands(article.text))
    # A turn's role (⊙홍길동(가람대 교수): …) is no body text: no name in it.
    roles = role_spans(article.text)
    linked = [
        m for m in linked if m.kind != "person" or not any(a <= m.start < b for a, b in roles)
    ]
    return _without_bylines(linked, article.text)


def _without_bylines(found: list[Mention], text: str) -> list[Mention]:
    """The mentions but those of people only ever named with a reporter's title and never the
    subject or topic of a sentence (홍길동 기자, 사진 = 홍길동 기자, a correspondent the anchor hands
    over to): bylines and credits, not people of the story (김민수 기자는 …라고 보도했다 is one)."""
    people = [m for m in found if m.kind == "person"]
    acting = {m.entity for m in people if m.title not in reporter_titles()} | {
        m.entity for m in people if SUBJECT_AFTER.match(text, m.end)
    }
    return [m for m in found if m.kind != "person" or m.entity in acting]


def _link_people(
    found: list[Mention], sentences: list[Sentence], brands: set[str]
) -> list[Mention]:
    """The people: full names with a title (or a title before them), the same names elsewhere, and
    surnames with a title linked to the last full name of that surname. ``found`` holds the
    organisations, places and names already found, which no person mention may overlap;
    ``brands`` the words no bare name is (:func:`_brands`)."""
    by_start = {m.start: m for m in found}
    foreign = foreign_names(sentences, by_start)
    taken = frozenset().union(*(f.words for f in foreign))
    family = _family_words(foreign)
    names = dict.fromkeys(m.entity for m in found if m.kind == "person")  # in order found
    teams = _sides(found)
    candidates = []
    bare: dict[str, int] = {}
    for sentence in sentences:
        found_here = list(_candidates(sentence, by_start, taken, teams))
        bare_at = {i for i, c in found_here if _bare_name(c)}  # asked once per candidate
        listed = _listed(sentence.runs, bare_at)
        for i, candidate in found_here:
            candidates.append(candidate)
            if _titled_name(candidate):
                names.setdefault(candidate.form)
            elif i in bare_at:
                # 오지환은 …: sports copy's players; a full name Kiwi tags a proper noun counts when it
                # recurs, is a subject or topic, or is listed, unless it ends like a body (가상당이).
                weight = 2 if _subject_after(sentence.runs, i) or i in listed else 1
                weight += 2 * _counted_after(sentence.runs, i)
                weight += 2 * _government_after(sentence.runs, i)
                bare[candidate.form] = bare.get(candidate.form, 0) + weight
            elif _cut_name(candidate, sentence) and _subject_after(sentence.runs, i):
                # 김+태환이 …, 김+태+환은 …: a name Kiwi cut after its surname counts as a subject
                # or topic twice.
                bare[candidate.form] = bare.get(candidate.form, 0) + 1
    names.update((form, None) for form in _recurring(bare, teams | brands))
    # 트럼프 대통령 after 도널드 트럼프: the last word of a name written in words, with no surname to
    # start a name of its own, is that name's short form.
    family |= {n.rsplit(" ", 1)[1]: n for n in names if " " in n}
    # 찰스 국왕 after 찰스3세 국왕: a monarch's name without the number is that monarch.
    family |= {m.group(1): n for n in names if (m := _REGNAL.fullmatch(n))}
    names = {n: None for n in names if _kept_name(n, family)}
    # 트럼프는 after 도널드 트럼프: a foreign name's last word alone, Kiwi's one proper noun.
    last_words = {f.mention.entity.rsplit(" ", 1)[1]: f.mention.entity for f in foreign}
    return (
        list(found)
        + [f.mention for f in foreign]
        + _mentions(candidates, names, family, _pseudonyms(sentences))
        + _last_words_alone(sentences, last_words, found + [f.mention for f in foreign])
    )


def _family_words(foreign: list[Foreign]) -> dict[str, str]:
    """코스타 대변인: a foreign name's last word with a title, as a surname with one (박 시장); the
    first word too, where a Japanese or Chinese name writes the family name (요시하라 감독). Only
    names the body prints: a headline's full name is not what the body's 조 회장 stands for (the
    golds read 조 회장 as written where only the headline prints 리처드 조)."""
    printed = [f.mention.entity for f in foreign if f.mention.where.paragraph >= 0]
    family = {name.split(" ", 1)[0]: name for name in printed}
    return family | {name.rsplit(" ", 1)[1]: name for name in printed}


def _last_words_alone(
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


def _kept_name(name: str, family: dict[str, str]) -> bool:
    """Is ``name`` a name of its own: not a foreign name's family name with no surname to start
    it, a leader's family name, or a sector's shares (조선주가: no name, however often a subject)?"""
    return (
        (name not in family or bool(surname_of(name)))
        and name not in leaders()
        and name not in name_words("shares")
    )


def _recurring(bare: dict[str, int], bodies: frozenset[str]) -> list[str]:
    """The bare names counted twice, but no word the article names a body (일간지 가디언 … 가디언은:
    the sides of :func:`_sides`) nor a league's brand (한가람 야구리그)."""
    return [form for form, weight in bare.items() if weight >= 2 and form not in bodies]


def _brands(text: str) -> set[str]:
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


def _listed(runs: list[Run], bare_at: set[int]) -> set[int]:
    """The indices of full names listed together, a comma or · between (가람, 나래, 다온 등;
    연출 민희웅·원지영): one name vouches for the next."""
    return {
        i
        for i in bare_at
        if any(j in bare_at and runs[(i + j) // 2].text in (",", "·") for j in (i - 2, i + 2))
    }


def _candidates(
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
        if _match(run.text, teams):
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
        yield i, Candidate(sentence.where, run, form, after, before, ahead)


def _regnal(runs: list[Run], at: int) -> str:
    """The monarch's number written onto the name at run ``at`` (찰스+3+세), else nothing."""
    number, word = runs[at + 1 : at + 3] if at + 2 < len(runs) else (None, None)
    if number is None or number.tags != ("SN",) or word.text != _REGNAL_WORD:
        return ""
    glued = number.start == runs[at].end and word.start == number.end
    return number.text + word.text if glued else ""


def _sides(found: list[Mention]) -> frozenset[str]:
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


def _titled_name(candidate: Candidate) -> bool:
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


def _cut_name(candidate: Candidate, sentence: Sentence) -> bool:
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


def _bare_name(candidate: Candidate) -> bool:
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


def _mentions(
    candidates: list[Candidate],
    names: dict[str, None],
    family: dict[str, str],
    unnamed: frozenset[str],
) -> list[Mention]:
    """The mentions of the candidates that are names, and of surnames with a title linked to one;
    a surname with 씨 is none where the article writes it as a pseudonym's (``unnamed``)."""
    mentions = []
    last_of_surname: dict[str, str] = {}
    # 김 감독 is the last 김 named 감독 (김학범 감독 … 김태환이 … 김 감독은), else the last 김.
    last_titled: dict[tuple[str, str], str] = {}
    for candidate in candidates:
        form, run, after, before = candidate.form, candidate.run, candidate.after, candidate.before
        if form in names:
            rule = "title" if after or before else "name"
            title, affiliation = (after.title, after.affiliation) if after else (before, None)
            if title == "씨" and before:
                title = before  # 대변인 박지현 씨: the role, not the honorific
            affiliation = affiliation or (candidate.ahead if title else None)
            end = run.start + len(form)
            mentions.append(
                Mention(form, "person", run.start, end, candidate.where, rule, title, affiliation)
            )
            last_of_surname[surname_of(form)] = form
            if title:
                last_titled[surname_of(form), title] = form
        elif (form in surnames() or _family(form, after, family)) and after:
            if after.title == "씨" and form in unnamed:
                continue
            full = (
                _family(form, after, family)
                or last_titled.get((form, after.title))
                or last_of_surname.get(form)
                or next((p for p in names if surname_of(p) == form), None)
            )
            # 박 씨 of 박모 씨, with no full name in the article: a source the press leaves unnamed.
            if full or ("NNP" in run.tags and after.title != "씨"):
                # The short form is the surname with its title (박 시장): a surname alone names nobody.
                entity = full or f"{form} {after.title}"
                mentions.append(
                    Mention(
                        entity,
                        "person",
                        run.start,
                        after.end,
                        candidate.where,
                        "surname",
                        after.title,
                        after.affiliation,
                    )
                )
    return mentions


def _family(form: str, after: After | None, family: dict[str, str]) -> str | None:
    """The full name a foreign family name stands for: a foreign name of the article's
    (``family``), else a leader of ``leaders.tsv`` with a head's title (트럼프 대통령; 존슨 하원의장
    is another 존슨)."""
    if form in family:
        return family[form]
    return leaders().get(form) if after and after.title in name_words("head") else None


def _pseudonyms(sentences: list[Sentence]) -> frozenset[str]:
    """The surnames the article writes as a pseudonym's, glued to 모 (조모씨, 조모 씨): its 조 씨 is
    that unnamed person, not a named 조 of the article (조희대 대법관)."""
    return frozenset(
        run.text
        for sentence in sentences
        if MASK in sentence.words  # most sentences: no run is 모
        for run, after in zip(sentence.runs, sentence.runs[1:])
        if after.text == MASK
        and run.text in surnames()
        and after.start == run.end  # 모 first: rare
    )


def _government_after(runs: list[Run], at: int) -> bool:
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


def _counted_after(runs: list[Run], at: int) -> bool:
    """Is run ``at`` followed by 등 and a head count (홍길동 등 9명이): the first of a crew or team
    of people, named."""
    words = [r.text for r in runs[at + 1 : at + 4]]
    return len(words) == 3 and words[0] == "등" and words[1].isdigit() and words[2] == "명"


def _subject_after(runs: list[Run], at: int) -> bool:
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


@cache
def _ssi_words() -> tuple[str, ...]:
    return tuple(sorted(name_words("ssi-word")))
