"""People, organisations and places named in an article, and who appears with whom.

Kiwi tags proper nouns (NNP) but has no named-entity recogniser, and it tags some names as
common nouns (송민기/NNG, 조영+숙). So the engine reads *runs*: nouns written together in one
word (금융+위원장, 서울시장, 조영+숙), and decides with reference tables in ``data/``:

- ``organisations.tsv`` and ``places.tsv`` name organisations and places with their short
  forms (금융위 -> 금융위원회; 서울, 서울시 -> 서울특별시); a place's short form counts only where
  Kiwi tags it a proper noun (경기 is also "the economy") or in a list with another place (양주·포천);
  a name in words apart is read whole (LG 트윈스); a proper noun with a place's last letter and no
  title is a place the tables lack (가상시), and so is the same word elsewhere;
- ``titles.tsv``: a run ending in a title splits into what stands before it and the title, and
  the title may swallow the last letter of a name (서울시+시장 is 서울시장, 질병청+청장 질병청장,
  금융위+위원장 금융위원장); the part before it is looked up as above, and a university's short form
  is linked within the article (한빛대 for 한빛대학교);
- ``org_suffixes.tsv``: a proper noun ending in 부, 청, 위원회, 은행, 전자, 홀딩스 ... names an
  organisation (the table says which endings count on common nouns too);
- ``surnames.tsv``: a run of two to four syllables starting with a surname, with a title after it
  (after organisations or places in between: 윤석준 한국콘텐츠진흥원 이사장) or written just
  before it (대변인 박지현 씨), names a person, and every other mention of that name in the article
  counts too; a surname alone before a title (박 시장, 이씨) is a short form, linked to the last
  person of that surname named before it. A title may be glued to a unit or field the tables do
  not name (오경민 광역수사대장) where the table allows it (전통시장 is a market), and belongs to the
  nearest name before it (가람시 김철수 시장). A full name Kiwi tags one proper noun is a name with
  no title too when it recurs or is a subject or topic (오지환은: sports copy). Where Kiwi cuts a
  name into pieces (박지+현), a written word of a surname and two syllables before a word that is a title (박지현 대변인은) is a name, unless Kiwi
  read it as a verb form (선정된 작가). A foreign name is two or three proper nouns written apart
  before a title (마리아 코스타 브라질 외무부 대변인), its last word with a title a short form (코스타
  대변인); a broadcast caption's name before its slash is a person (장현숙 / 옷가게 운영), also on a
  caption line outside the body ([김순자 / 가상시 중앙동 주민]), and what follows the slash a role,
  never a name, which gives the person's title and organisation.
Nothing is downloaded and nothing is learned: what the tables do not hold is not found.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import combinations
from typing import NamedTuple

import pandas as pd

from .article import Article
from .tables import table

ENTITY_COLUMNS = [
    "entity",
    "kind",
    "text",
    "title",
    "affiliation",
    "rule",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
]
KINDS = ("person", "organisation", "place")
# Nouns (and the prefixes and suffixes Kiwi cuts off them) that make one run when written together.
_RUN_TAGS = frozenset({"NNP", "NNG", "NNB", "SL", "SH", "XPN", "XSN"})
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
# Last letters of the places the tables may not hold (가람시, 한빛군): such a word is no foreign name.
_PLACE_ENDINGS = frozenset("시군구도읍면동리")
# A broadcast caption's name and role: [김순자 / 가상시 중앙동 주민], ◀ 인터뷰 ▶ 박정우/가상시 주민.
_CAPTION = re.compile(r"(?P<name>[가-힣]{2,4})\s*/\s*(?P<role>[^/:：\[\]◀▶]+)")
_UNLISTED_PLACE = re.compile(f"[가-힣]{{2,4}}[{''.join(sorted(_PLACE_ENDINGS))}]")
# Last letters of common nouns that start like a surname and stand before titles (피해자 대표, 노조원,
# 지역구 의원, 상임위 위원장); they only rule out names Kiwi did not tag as proper nouns.
_COMMON_ENDINGS = frozenset("자인회부청층들님국단측사구위")
# Tags of a word Kiwi read as a verb or a noun with its particle (선정+되+ᆫ 작가), never a name.
_INFLECTED = frozenset({"XSV", "XSA", "EP", "EF", "ETN", "JKS", "JKO", "JKB", "JKG", "JX", "JC"})
# What joins the items of a list of names (양주·포천, 양주와 포천, 양주, 포천).
_JOINING = frozenset({"SP", "JC"})
# What may follow a title in the same word (대변인은, 팀장이, 교수의).
_PARTICLES = frozenset(
    {
        "",
        "은",
        "는",
        "이",
        "가",
        "의",
        "과",
        "와",
        "도",
        "을",
        "를",
        "에게",
        "께서",
        "으로",
        "로",
        "만",
        "이다",
        ",",
    }
)


class Run(NamedTuple):
    """Nouns written together in one word; any other token is a run of its own."""

    text: str
    start: int
    end: int
    tags: tuple[str, ...]


@cache
def lexicon() -> dict[str, tuple[str, str, bool]]:
    """Form -> (full name, kind, short form?) of every organisation and place in the tables."""
    forms: dict[str, tuple[str, str, bool]] = {}
    for name, kind in (("organisations.tsv", "organisation"), ("places.tsv", "place")):
        for row in table(name):
            forms.setdefault(row.name, (row.name, kind, False))
            for short in filter(None, row.short.split(",")):
                forms.setdefault(short, (row.name, kind, True))
    return forms


@cache
def _titles() -> tuple[str, ...]:
    return tuple(sorted((row.title for row in table("titles.tsv")), key=lambda t: (-len(t), t)))


@cache
def _compound_titles() -> frozenset[str]:
    """Titles that may close a compound with a word the tables do not name (광역수사대장, not 전통시장)."""
    return frozenset(row.title for row in table("titles.tsv") if row.compound == "yes")


@cache
def _suffixes() -> dict[str, bool]:
    """Suffix -> may it end a common noun too (``on`` is ``noun``), longest first."""
    rows = sorted(table("org_suffixes.tsv"), key=lambda row: (-len(row.suffix), row.suffix))
    return {row.suffix: row.on == "noun" for row in rows}


@cache
def _surnames() -> frozenset[str]:
    return frozenset(row.surname for row in table("surnames.tsv"))


def entities(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per mention of a person, organisation or place in the title, headings and body,
    in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table.

    Columns:
        entity: the full name: a person's name as first written in full (박원순 for 박 시장), an
            organisation's or place's name in the tables (금융위원회 for 금융위, 서울특별시 for 서울시),
            else as written.
        kind: person, organisation or place.
        text: the mention as written (``article.text[start:end]``): 박 시장, 금융위, 서울시, 이씨.
        title: the title written with a person's mention (장관, 시장, 씨), else empty.
        affiliation: for a person, the organisation or place written between the name and the title
            (기획재정부 in 김민수 기획재정부 장관, 서울특별시 in 박원순 서울시장), else just before a titled
            name (국민의힘 in 국민의힘 김태호 원내대표, 법무부 in 법무부 대변인 박지현 씨), else empty.
        rule: what found it: ``list`` (the reference tables), ``suffix`` (an organisation's ending),
            ``title`` (a name before or after a title), ``name`` (a name found with a title
            elsewhere in the article), ``surname`` (a surname and a title, linked to a full name).
        section, paragraph, sentence: as in :func:`kornews.tokenize`.
        start, end: the mention's span in ``article.text``.
    """
    groups = list(tokens.groupby("sentence", sort=True))
    numbers = [number for number, _ in groups]
    sentences = [_runs(group, article.text) for _, group in groups]
    where = {
        number: {
            "section": group["section"].iat[0],
            "paragraph": group["paragraph"].iat[0],
            "sentence": number,
        }
        for number, group in groups
    }
    found = [
        {**mention, **where[number]}
        for number, runs in zip(numbers, sentences)
        for mention in _sentence_mentions(runs)
    ]
    found += _short_universities(sentences, numbers, found, where)
    found += _listed_places(sentences, numbers, found, where)
    found += _places_by_ending(sentences, numbers, found, where)
    found += _names_by_word(
        article.text, groups, found, where, {(r.start, r.end) for runs in sentences for r in runs}
    )
    found += _speaker_captions(article, tokens, found)
    found = _link_people(found, sentences, numbers, where)
    table = pd.DataFrame(found, columns=ENTITY_COLUMNS)
    table["text"] = [article.text[start:end] for start, end in zip(table["start"], table["end"])]
    return table.sort_values(["start", "end"], kind="stable", ignore_index=True)


def _runs(sentence: pd.DataFrame, text: str) -> list[Run]:
    """The sentence's runs of nouns written together, and one run per other word piece (so that
    what stands between a name and a title is known)."""
    runs: list[Run] = []
    current: list[tuple[int, int, str]] = []

    def close():
        if current:
            start, end = current[0][0], current[-1][1]
            runs.append(Run(text[start:end], start, end, tuple(tag for _, _, tag in current)))
            current.clear()

    for start, end, tag in zip(sentence["start"], sentence["end"], sentence["tag"]):
        glued = current and current[-1][1] == start
        if tag in _RUN_TAGS and (glued or not current):
            current.append((start, end, tag))
        elif tag in _RUN_TAGS:
            close()
            current.append((start, end, tag))
        else:
            close()
            runs.append(Run(text[start:end], start, end, (tag,)))
    close()
    return runs


def _is_noun_run(run: Run) -> bool:
    return run.tags[0] in _RUN_TAGS


def _lookup(form: str, proper: bool) -> tuple[str, str] | None:
    """(full name, kind) of an organisation or place form; a place's short form only when proper."""
    hit = lexicon().get(form)
    if hit is None or (hit[2] and hit[1] == "place" and not proper):
        return None
    return hit[0], hit[1]


def _split_title(run: Run) -> tuple[str, int] | None:
    """(title, length of what stands before it) when the run ends in a title."""
    for title in _titles():
        if run.text.endswith(title):
            return title, len(run.text) - len(title)
    return None


def _named(form: str, proper: bool) -> tuple[str, str, str, int] | None:
    """(full name, kind, rule, length) of an organisation or place that ``form`` is, or starts with
    when a title has swallowed its last letter (서울시 in 서울시장 is tried as 서울시, then 서울)."""
    hit = _lookup(form, proper)
    if hit:
        return (*hit, "list", len(form))
    suffix = next((s for s in _suffixes() if form.endswith(s)), None)
    # Most suffixes count on a proper noun only (일부, 시중은행 stay common nouns), and a one-syllable
    # one not on a name's shape (문채원 is a person).
    name_shaped = (
        len(suffix or "") == 1
        and _HANGUL_NAME.fullmatch(form)
        and len(form) == 3
        and _surname_of(form)
    )
    if (
        suffix
        and not name_shaped
        and (proper or _suffixes()[suffix])
        and len(form) > len(suffix) + (1 if len(suffix) > 1 else 0)
    ):
        return form, "organisation", "suffix", len(form)
    return None


def _surname_of(form: str) -> str | None:
    """The surname ``form`` starts with, two-syllable ones (남궁, 황보) first; None if none."""
    return next((form[:n] for n in (2, 1) if len(form) > n and form[:n] in _surnames()), None)


def _sentence_mentions(runs: list[Run]) -> list[dict]:
    """Organisations, places and titled people of one sentence (people are linked later)."""
    mentions = []
    spanned = 0  # the end of the last name found in words apart
    for i, run in enumerate(runs):
        if not _is_noun_run(run) or run.start < spanned:
            continue
        apart = _words_apart(runs, i)
        if apart:
            mentions.append(_mention(run.start, apart[2], apart[0], apart[1], "list"))
            spanned = apart[2]
            continue
        proper = "NNP" in run.tags
        whole = _named(run.text, proper)
        if whole:
            mentions.append(_mention(run.start, run.start + whole[3], whole[0], whole[1], whole[2]))
            continue
        titled = _split_title(run)
        if titled and titled[1]:
            title, cut = titled
            before = run.text[:cut]
            # The title may have swallowed the name's last letter: 서울시+시장, 금융위+위원장, 마포구+구청장.
            for form in (before + title[0], before):
                named = _named(form, True)
                if named:
                    mentions.append(
                        _mention(run.start, run.start + len(form), named[0], named[1], named[2])
                    )
                    break
    return mentions


def _words_apart(runs: list[Run], at: int) -> tuple[str, str, int] | None:
    """(full name, kind, end) of a name in the tables written in two or three words from run ``at``
    (LG 트윈스, 울산 HD FC), else None."""
    for n in (3, 2):
        words = runs[at : at + n]
        if (
            len(words) == n
            and all(map(_is_noun_run, words))
            and all(b.start == a.end + 1 for a, b in zip(words, words[1:]))
        ):
            hit = _lookup(" ".join(w.text for w in words), True)
            if hit:
                return hit[0], hit[1], words[-1].end
    return None


def _short_universities(
    sentences: list[list[Run]], numbers: list[int], found: list[dict], where: dict
) -> list[dict]:
    """한빛대 for 한빛대학교 when the article names 한빛대학교: a university's short form, linked within
    the article (the tables hold the well-known ones, 서울대)."""
    universities = {m["entity"][:-2]: m["entity"] for m in found if m["entity"].endswith("대학교")}
    return [
        {
            **_mention(run.start, run.end, universities[run.text], "organisation", "list"),
            **where[number],
        }
        for number, runs in zip(numbers, sentences)
        for run in runs
        if run.text in universities and _is_noun_run(run)
    ]


def _listed_places(
    sentences: list[list[Run]], numbers: list[int], found: list[dict], where: dict
) -> list[dict]:
    """A place's short form Kiwi tagged a common noun, in a list with another place (양주·포천,
    양주와 포천시): the list says it is a place."""
    places = {m["start"] for m in found if m["kind"] == "place"} | {
        m["end"] for m in found if m["kind"] == "place"
    }
    mentions = []
    for number, runs in zip(numbers, sentences):
        for i, run in enumerate(runs):
            hit = lexicon().get(run.text)
            if (
                not (hit and hit[1] == "place" and hit[2] and _is_noun_run(run))
                or run.start in places
            ):
                continue
            # The neighbour across one joining token (·, 와/과, a comma) is a place.
            before = runs[i - 2].end if i >= 2 and runs[i - 1].tags[0] in _JOINING else None
            after = (
                runs[i + 2].start if i + 2 < len(runs) and runs[i + 1].tags[0] in _JOINING else None
            )
            if before in places or after in places:
                mentions.append(
                    {**_mention(run.start, run.end, hit[0], "place", "list"), **where[number]}
                )
    return mentions


def _places_by_ending(
    sentences: list[list[Run]], numbers: list[int], found: list[dict], where: dict
) -> list[dict]:
    """Places the tables do not hold (가상시, 한빛군): a proper noun of two syllables or more and a
    place's last letter, with no title (김영구 위원 is a person), and every other noun run so
    written (Kiwi tags 가상도 a proper noun in the title and a common noun in the body)."""
    named = {m["start"]: m for m in found}
    forms, people = set(), set()
    for runs in sentences:
        for i, run in enumerate(runs):
            if _is_noun_run(run) and run.start not in named and _UNLISTED_PLACE.fullmatch(run.text):
                if _title_after(runs, i, named) or _title_before(runs, i):
                    people.add(run.text)
                elif "NNP" in run.tags:
                    forms.add(run.text)
    return [
        {**_mention(run.start, run.end, run.text, "place", "suffix"), **where[number]}
        for number, runs in zip(numbers, sentences)
        for run in runs
        if run.text in forms - people and _is_noun_run(run) and run.start not in named
    ]


def _mention(start, end, entity, kind, rule, title=None, affiliation=None) -> dict:
    return {
        "entity": entity,
        "kind": kind,
        "start": start,
        "end": end,
        "title": title,
        "affiliation": affiliation,
        "rule": rule,
    }


def _title_after(
    runs: list[Run], at: int, named: dict[int, dict]
) -> tuple[str, str | None, int] | None:
    """(title, affiliation, end of the title) when a title follows run ``at``: at once, glued to a
    place (서울시장) or another noun (광역수사대장), or after organisations, places and other nouns
    (김형석 삼성전자 반도체부문 사장); the affiliation is the first of these, or a place and the
    organisation after it (브라질 외무부: that country's)."""
    affiliation, place = None, False
    for run in runs[at + 1 : at + 4]:
        if not _is_noun_run(run):
            return None
        titled = _split_title(run)
        if run.start in named:
            entity, kind = named[run.start]["entity"], named[run.start]["kind"]
            affiliation = (
                f"{affiliation} {entity}"
                if place and kind == "organisation"
                else affiliation or entity
            )
            place = affiliation == entity and kind == "place"
            if titled and titled[1] and named[run.start]["end"] <= run.start + titled[1] + 1:
                return (
                    titled[0],
                    affiliation,
                    run.end,
                )  # 서울시장, 경기도지사: the place and the title in one word
            continue
        # 장관; or glued to a unit or field the tables do not name (광역수사대장, 미술평론가) after a
        # full name of three syllables or more (한미 외교장관 is no person), where the table lets the
        # title close a compound (전통시장 is a market, 임대업자 B씨 a name of its own).
        if titled and (
            titled[1] == 0 or (len(runs[at].text) >= 3 and titled[0] in _compound_titles())
        ):
            return titled[0], affiliation, run.end
        if _full_name_shaped(run):
            return None  # 가람시 김철수 시장: the title is the nearer name's
    return None


def _full_name_shaped(run: Run) -> bool:
    """A proper noun of a surname and two syllables (김철수)."""
    return (
        "NNP" in run.tags
        and len(run.text) == 3
        and _HANGUL_NAME.fullmatch(run.text) is not None
        and _surname_of(run.text) is not None
    )


def _link_people(
    found: list[dict], sentences: list[list[Run]], numbers: list[int], where: dict
) -> list[dict]:
    """The people: full names with a title (or a title before them), the same names elsewhere, and
    surnames with a title linked to the last full name of that surname. ``found`` holds the
    organisations, places and names already found, which no person mention may overlap."""
    named = {m["start"]: m for m in found}
    foreign = _foreign_names(sentences, numbers, named, where)
    taken = {run_start for m in foreign for run_start in m.pop("runs")}
    # 코스타 대변인: a foreign name's last word with a title, as a surname with one (박 시장).
    family = {m["entity"].rsplit(" ", 1)[1]: m["entity"] for m in foreign}
    people = dict.fromkeys(
        m["entity"] for m in found if m["kind"] == "person"
    )  # names, in order found
    candidates = []
    bare: dict[str, int] = {}
    for number, runs in zip(numbers, sentences):
        slash = _caption_slash(runs)
        for i, run in enumerate(runs):
            # 한예린 / 가람대 전기공학과 교수: what stands after a caption's slash is a role, not a name.
            role = slash is not None and i > slash and all(r.text != ":" for r in runs[slash:i])
            if not _is_noun_run(run) or run.start in named or run.start in taken or role:
                continue
            form, after = run.text, _title_after(runs, i, named)
            titled = _split_title(run)
            if titled and titled[1] and titled[0] == "씨" and _surname_of(run.text):
                form, after = run.text[: titled[1]], ("씨", None, run.end)  # 김영수씨, 이씨
            before = _title_before(runs, i)
            # 국민의힘 김태호 원내대표, 법무부 대변인 박지현: the organisation or place before the name.
            j = i - (2 if before else 1)
            ahead = (
                named[runs[j].start]["entity"]
                if j >= 0 and runs[j].start in named and _is_noun_run(runs[j])
                else None
            )
            caption = i + 1 == slash
            if caption:
                # 오준석 / 산업통상자원부 전력정책관: the role after the slash, up to what is said (:).
                said = next(
                    (k for k in range(slash, len(runs)) if runs[k].text in (":", "]")), len(runs)
                )
                role = _role([r.text for r in runs[slash + 1 : said] if _is_noun_run(r)], named)
                after = (*role, run.end) if role else None
            candidates.append((number, run, form, after, before, ahead, caption))
            surname = _surname_of(form)
            if (
                surname
                and _could_be_a_name(form, run, surname)
                and (after or caption or (before and "NNP" in run.tags))
            ):
                people.setdefault(form)
            elif (
                surname
                and run.tags == ("NNP",)
                and len(form) == len(surname) + 2
                and _HANGUL_NAME.fullmatch(form)
                and form[-1] not in _PLACE_ENDINGS
                and not any(form.endswith(s) for s in _suffixes())
            ):
                # 오지환은 …, 임찬규는 …: sports copy names players with no title; a full name Kiwi tags a
                # proper noun counts when it recurs or is a subject or topic, unless it ends like an
                # organisation or place (가상당이: a party).
                bare[form] = bare.get(form, 0) + (2 if _subject_after(runs, i) else 1)
    people.update((form, None) for form, weight in bare.items() if weight >= 2)
    mentions = list(found) + foreign
    last_of_surname: dict[str, str] = {}
    for number, run, form, after, before, ahead, caption in candidates:
        if form in people:
            rule = "title" if after or before or caption else "name"
            title, affiliation = after[:2] if after else (before, None)
            if title == "씨" and before:
                title = before  # 대변인 박지현 씨: the role, not the honorific
            affiliation = affiliation or (ahead if title else None)
            mentions.append(
                {
                    **_mention(
                        run.start, run.start + len(form), form, "person", rule, title, affiliation
                    ),
                    **where[number],
                }
            )
            last_of_surname[_surname_of(form)] = form
        elif (form in _surnames() or form in family) and after:
            full = (
                family.get(form)
                or last_of_surname.get(form)
                or next((p for p in people if _surname_of(p) == form), None)
            )
            if full or "NNP" in run.tags:
                # The short form is the surname with its title (박 시장, 이씨): a surname alone names nobody.
                mentions.append(
                    {
                        **_mention(
                            run.start,
                            after[2],
                            full or f"{form} {after[0]}",
                            "person",
                            "surname",
                            *after[:2],
                        ),
                        **where[number],
                    }
                )
    return mentions


def _subject_after(runs: list[Run], at: int) -> bool:
    """Is run ``at`` followed at once by a topic or subject particle (은/는/이/가)?"""
    after = runs[at + 1] if at + 1 < len(runs) else None
    return (
        after is not None
        and after.start == runs[at].end
        and after.tags[0] in ("JX", "JKS")
        and after.text in ("은", "는", "이", "가")
    )


def _foreign_names(
    sentences: list[list[Run]], numbers: list[int], named: dict[int, dict], where: dict
) -> list[dict]:
    """Foreign names, written as the press transliterates them (마리아 코스타 브라질 외무부 대변인):
    two or three proper nouns written apart, none an organisation, a place or ending like one
    (가람시), before a title. Each mention holds ``runs``, the starts of the words it spans."""
    mentions = []
    for number, runs in zip(numbers, sentences):
        i = 0
        while i < len(runs):
            words = 1
            while (
                words < 3
                and i + words < len(runs)
                and _foreign_word(runs[i + words], named, True)
                and runs[i + words].start == runs[i + words - 1].end + 1
            ):
                words += 1
            last = i + words - 1
            after = (
                _title_after(runs, last, named)
                if words > 1 and _foreign_word(runs[i], named, False)
                else None
            )
            if after is None:
                i += 1
                continue
            entity = " ".join(run.text for run in runs[i : last + 1])
            mentions.append(
                {
                    **_mention(
                        runs[i].start, runs[last].end, entity, "person", "title", *after[:2]
                    ),
                    **where[number],
                    "runs": [run.start for run in runs[i : last + 1]],
                }
            )
            i = last + 1
    return mentions


def _foreign_word(run: Run, named: dict[int, dict], last: bool) -> bool:
    """A word of a foreign name: no title (이코노미스트 강수아), and a first one does not end like a place
    (the family name may: 월시)."""
    return (
        run.tags == ("NNP",) * len(run.tags)
        and _HANGUL_WORD.fullmatch(run.text) is not None
        and run.start not in named
        and (last or run.text[-1] not in _PLACE_ENDINGS)
        and _named(run.text, True) is None
        and _split_title(run) is None
    )


def _role(words: list[str], named: dict[int, dict]) -> tuple[str | None, str | None] | None:
    """(title, affiliation) of a caption's role (가람대 전기공학과 교수): the title its last word ends in;
    the affiliation, the first word the article or the tables name, else the words before the title as
    written; None when the role gives neither (옷가게 운영)."""
    known = {
        m["text"]: m["entity"] for m in named.values() if m["kind"] != "person" and m.get("text")
    }
    titled = _split_title(Run(words[-1], 0, 0, ("NNG",))) if words else None
    title = titled[0] if titled else None
    names = [known.get(word) or (_named(word, True) or (None,))[0] for word in words]
    affiliation = next(filter(None, names), None) or (" ".join(words[:-1]) if title else None)
    return (title, affiliation or None) if title or affiliation else None


def _speaker_captions(article: Article, tokens: pd.DataFrame, found: list[dict]) -> list[dict]:
    """The people of a broadcast script's caption lines, which are no paragraph ([김순자 / 가상시 중앙동
    주민], ◀ 인터뷰 ▶ 박정우/가상시 주민), placed in the sentence they speak for."""
    named = {m["start"]: {**m, "text": article.text[m["start"] : m["end"]]} for m in found}
    mentions = []
    for part in article.parts:
        caption = _CAPTION.search(part.text) if part.kind == "speaker" else None
        following = tokens[tokens["start"] >= part.end] if caption else None
        if caption is None or following.empty or not _surname_of(caption["name"]):
            continue
        title, affiliation = _role(caption["role"].split(), named) or (None, None)
        first = following.iloc[0]
        start = part.start + caption.start("name")
        mentions.append(
            {
                **_mention(
                    start,
                    start + len(caption["name"]),
                    caption["name"],
                    "person",
                    "title",
                    title,
                    affiliation,
                ),
                "section": first["section"],
                "paragraph": first["paragraph"],
                "sentence": first["sentence"],
            }
        )
    return mentions


def _caption_slash(runs: list[Run]) -> int | None:
    """The index of the slash of a broadcast caption (장현숙 / 옷가게 운영, [한예린 / 가람대 교수 : …]):
    one just after the sentence's first noun run."""
    first = next((i for i, run in enumerate(runs) if _is_noun_run(run)), None)
    return (
        first + 1
        if first is not None and first + 1 < len(runs) and runs[first + 1].text == "/"
        else None
    )


def _names_by_word(
    text: str, groups: list, found: list[dict], where: dict, runs: set[tuple[int, int]]
) -> list[dict]:
    """Names Kiwi cut into pieces (박지+현, 신동+욱): a word of a surname and two syllables, written
    before a word that is a title and a particle (박지현 대변인은), where no run of nouns is that word."""
    taken = {i for m in found for i in range(m["start"], m["end"])}
    mentions = []
    for number, group in groups:
        start, end = int(group["start"].min()), int(group["end"].max())
        words = list(re.finditer(r"\S+", text[start:end]))
        for word, following in zip(words, words[1:]):
            form, surname = word.group(), _surname_of(word.group())
            if (
                not surname
                or not _HANGUL_NAME.fullmatch(form)
                or len(form) != len(surname) + 2
                or form[-1] in _COMMON_ENDINGS
            ):
                continue
            title = next(
                (
                    t
                    for t in _titles()
                    if following.group().startswith(t) and following.group()[len(t) :] in _PARTICLES
                ),
                None,
            )
            at = start + word.start()
            inflected = (
                set(group.loc[(group["start"] >= at) & (group["end"] <= at + len(form)), "tag"])
                & _INFLECTED
            )
            if (
                title
                and not inflected
                and (at, at + len(form)) not in runs
                and taken.isdisjoint(range(at, at + len(form)))
            ):
                mentions.append(
                    {
                        **_mention(at, at + len(form), form, "person", "title", title),
                        **where[number],
                    }
                )
    return mentions


def _could_be_a_name(form: str, run: Run, surname: str) -> bool:
    """A Hangul run of two to four syllables after the surname; one Kiwi did not tag a proper noun
    (송민기/NNG, 조영+숙) must have three syllables and not end like a common noun (피해자, 관계자)."""
    if not _HANGUL_NAME.fullmatch(form) or len(form) <= len(surname):
        return False
    return "NNP" in run.tags or (len(form) == 3 and form[-1] not in _COMMON_ENDINGS)


def _title_before(runs: list[Run], at: int) -> str | None:
    """The title written just before run ``at`` (대변인 박지현, 이코노미스트 강수아)."""
    if at == 0 or not _is_noun_run(runs[at - 1]):
        return None
    titled = _split_title(runs[at - 1])
    return titled[0] if titled and titled[1] == 0 else None


def entity_counts(entities_table: pd.DataFrame) -> pd.DataFrame:
    """One row per entity of :func:`entities`: ``entity, kind, mentions, aliases`` (the other
    forms written, comma-separated, in order of appearance), ``title`` and ``affiliation`` (the
    first written), ``first`` (offset of the first mention); sorted by mentions (descending),
    then first."""
    rows = []
    for (entity, kind), group in entities_table.groupby(["entity", "kind"], sort=False):
        aliases = [t for t in dict.fromkeys(group["text"]) if t != entity]
        rows.append(
            {
                "entity": entity,
                "kind": kind,
                "mentions": len(group),
                "aliases": ", ".join(aliases),
                "title": group["title"].dropna().iloc[0] if group["title"].notna().any() else None,
                "affiliation": group["affiliation"].dropna().iloc[0]
                if group["affiliation"].notna().any()
                else None,
                "first": int(group["start"].min()),
            }
        )
    table = pd.DataFrame(
        rows, columns=["entity", "kind", "mentions", "aliases", "title", "affiliation", "first"]
    )
    return table.sort_values(["mentions", "first"], ascending=[False, True], ignore_index=True)


def cooccurrence(entities_table: pd.DataFrame, *, within: str = "sentence") -> pd.DataFrame:
    """Pairs of entities named in the same sentence (``within="sentence"``) or paragraph
    (``"paragraph"``; the title and each heading count as one paragraph of their own).

    Columns: ``entity, other`` (the pair, in name order), ``entity_kind, other_kind``, ``weight``
    (in how many sentences or paragraphs both are named), ``first`` (the first sentence where
    they are). Sorted by weight (descending), then entity, then other.
    """
    if within not in ("sentence", "paragraph"):
        raise ValueError(f"within must be 'sentence' or 'paragraph', not {within!r}")
    columns = ["entity", "other", "entity_kind", "other_kind", "weight", "first"]
    table = entities_table
    units = (
        table["sentence"]
        if within == "sentence"
        else table["paragraph"].where(table["paragraph"] >= 0, -1 - table["sentence"])
    )
    kinds = dict(zip(table["entity"], table["kind"]))
    weight: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    for _, group in table.assign(unit=units).groupby("unit", sort=True):
        for pair in combinations(sorted(set(group["entity"])), 2):
            weight[pair] += 1
            first.setdefault(pair, int(group["sentence"].min()))
    rows = [(a, b, kinds[a], kinds[b], n, first[(a, b)]) for (a, b), n in weight.items()]
    result = pd.DataFrame(rows, columns=columns)
    return result.sort_values(
        ["weight", "entity", "other"], ascending=[False, True, True], ignore_index=True
    )


def entity_graph(entities_table: pd.DataFrame, *, within: str = "sentence"):
    """A networkx Graph of the entities: a node per entity (``kind`` and ``mentions`` as attributes),
    an edge per pair of :func:`cooccurrence` (``weight`` as attribute); nodes added in name order."""
    import networkx as nx

    graph = nx.Graph()
    counts = entity_counts(entities_table).sort_values("entity", kind="stable")
    for row in counts.itertuples():
        graph.add_node(row.entity, kind=row.kind, mentions=row.mentions)
    for row in cooccurrence(entities_table, within=within).itertuples():
        graph.add_edge(row.entity, row.other, weight=row.weight)
    return graph
