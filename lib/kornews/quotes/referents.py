"""Who a speaker is: the records quotations are attributed with (:class:`Speaker`, :class:`Known`),
and whom a phrase stands for when it is no full name: a pronoun after an organisation spoke, a bare
title, a surname and a title, a group or a body named with its officers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..entities.graph import mention_counts
from ..entities.lexicon import split_title, surname_of, surnames, titles
from ..entities.records import Run
from .find import Item
from .vocabulary import words

# The pronouns that stand for one person (이들 and 자신 may stand for a body that spoke).
_PERSONAL = frozenset({"그", "그녀"})
# The pronoun that stands for many: a body that spoke, or the group it leads.
_PLURAL = frozenset({"이들"})
# A topic or subject particle after a body's name, past its officers in brackets (가상연대(회장 홍길동)는).
_TOPIC_AFTER = re.compile(r"(?:\([^()]{0,30}\))?(?:은|는|이|가)(?![가-힣])")
# A body's name before the bracket naming its officer: 가상연대(회장 (홍길동)).
_OFFICER_OF = re.compile(
    r"(?<![^\s<>])(?P<body>[가-힣A-Za-z]{2,20})>?(?P<bracket>\([가-힣]{1,6}\s?)$"
)
# A letter's person as a sentence's subject (A씨는, B(45)씨가), which 그는 may stand for.
_UNNAMED_SUBJECT = re.compile(r"(?<![가-힣A-Za-z])(?P<who>[A-Z]\s?(?:\(\d+세?\))?\s?씨)(?:는|가)\s")


@dataclass(frozen=True)
class Speaker:
    """Who said a quotation, as the columns of :func:`kornews.quotes` give it."""

    speaker: str | None = None
    title: str | None = None
    organisation: str | None = None
    attribution: str | None = None
    anonymous: bool = False
    carried: bool = False
    pronoun: bool = False  # 그는: the last speaker's, carried over


NOBODY = Speaker()


@dataclass(frozen=True)
class Known:
    """The article's entities as records: each mention (a row of :func:`kornews.entities`), and
    where the mentions end (a subject particle there makes an indirect quotation's speaker);
    ``given``: the caller gave the table (then one naming nobody says the text's names are not to
    be read)."""

    mentions: tuple
    actors: frozenset[int]
    given: bool = False

    @classmethod
    def of(cls, mentions: list, *, given: bool = False) -> Known:
        """From the entity table's rows as records."""
        return cls(tuple(mentions), frozenset(m.end for m in mentions), given)

    @cached_property
    def counts(self) -> tuple:
        """Each entity's first title and affiliation (rows of :func:`kornews.entity_counts`),
        made when first asked for: most articles' quotations ask for none."""
        return tuple(mention_counts(self.mentions))

    def names_person(self, name: str | None) -> bool:
        """Is ``name`` a person the article's entities name?"""
        return any(m.kind == "person" and m.entity == name for m in self.mentions)

    def counted(self, entity: str, kind: str | None = None):
        """The first counts row of the entity (of that kind), else None."""
        return next((c for c in self.counts if c.entity == entity and kind in (None, c.kind)), None)


def person_for_pronoun(
    item: Item, last: Speaker | None, since: int, text: str, known: Known
) -> Speaker | None:
    """Whom 그는 / 그녀는 stands for when the last speaker is an organisation (경찰은 “…”고 밝혔다. …
    A씨는 …. 그는 경찰 조사에서 “…”): the person named last between that speaker's quotation (ending
    at ``since``) and the item, or a person the press names by a letter (A씨는) as a subject there;
    else None (the last speaker stays)."""
    if last is None or last.anonymous or last.speaker is None or last.speaker != last.organisation:
        return None
    person = next(
        (
            m
            for m in reversed(known.mentions)
            if m.kind == "person" and since <= m.start and m.end <= item.start
        ),
        None,
    )
    unnamed = [m for m in _UNNAMED_SUBJECT.finditer(text, since, item.start)]
    if unnamed and (person is None or unnamed[-1].start() > person.start):
        written = unnamed[-1].group("who")
        return Speaker(written, attribution=written, anonymous=True)
    return None if person is None else person_speaker(person, None, None, known)


def in_full(speaker: Speaker, start: int, text: str, known: Known) -> Speaker:
    """조 총영사 (a surname and a title, where no entity holds the full name): the full name written
    before ``start`` with that title a few words on (조원일 주뉴욕총영사; 조 원일 총영사, as the page
    prints it), else the speaker as found;
    as found, too, when the caller gives a table of no entities (the names are theirs to know), not
    when the entities found here are none (김주영 금정농협 조합장 … 김 조합장은). A surname glued
    to its title closing the phrase (가상마을 출신인 윤회장) is read so too."""
    surname, _, title = glued_title(speaker.speaker or "") or (speaker.speaker or "").partition(" ")
    # 김 신임 병원장: the words of which term of office stand between the surname and the title
    *terms, title = title.split(" ") or [""]
    if set(terms) - words("title-modifier"):
        return speaker
    if (
        (known.given and not known.mentions)
        or speaker.anonymous
        or not title
        or surname not in surnames()
    ):
        return speaker
    # (a page may print a space inside the name: 김 길동 총영사, the name as printed; an age in
    # brackets after it: 김길동(61)회장; the title glued: 김길동회장)
    named = re.compile(
        rf"(?<![가-힣A-Za-z])({surname}(?:[가-힣]{{1,2}}| [가-힣]{{2}}))(?:\([^()\n]{{1,20}}\)\s?|\s)"
        rf"(?:\S+\s){{0,2}}?\S*{title}"
        # or the name glued to the title (홍길동교육장)
        rf"|(?<![가-힣A-Za-z])({surname}[가-힣]{{2}}){title}"
    )
    found = [
        name
        for m in named.finditer(text, 0, start)
        if (name := m.group(1) or m.group(2))[len(surname) :].strip() not in words("title-modifier")
    ] or [
        # 홍길동 대표 … 홍 이사장은: a person named in full with that surname, whatever their title
        # (a person's title: 이 회사 is "this company")
        m.entity
        for m in known.mentions
        if m.kind == "person"
        and m.end <= start
        and surname_of(m.entity) == surname
        and " " not in m.entity
        and title in titles()
    ]
    found = found or _introduced(surname, start, text)
    return replace(speaker, speaker=found[-1], title=speaker.title or title) if found else speaker


def _introduced(surname: str, start: int, text: str) -> list[str]:
    """The one name with ``surname`` introduced before ``start`` with brackets after it, as the
    press introduces a person (홍길동(사진) 가상의대 교수가 …, 홍길동(55) …), whatever the title; no
    name when two such names hold the surname."""
    found = {
        m[1] for m in re.finditer(rf"(?<![가-힣A-Za-z])({surname}[가-힣]{{1,2}})\(", text[:start])
    }
    return list(found) if len(found) == 1 else []


def glued_title(phrase: str) -> tuple[str, str, str] | None:
    """The surname and title a phrase's last word glues together (윤회장, 신임 이회장: 윤, 회장),
    as :meth:`str.partition` gives them apart; None for a title written whole (이사장, 부회장) or
    no such word."""
    word = phrase.rsplit(" ", 1)[-1]
    surname = surname_of(word)
    title = word[len(surname) :] if surname else ""
    if not surname or len(title) < 2 or title not in titles() or word in titles():
        return None
    return surname, " ", title


def many_speaking(
    phrase: list, named: tuple[list, list], attribution: str, text: str
) -> Speaker | None:
    """A group (박가람 위원장 등 위원장들이) or a body named with its officers in brackets speaking;
    ``named``: the persons and the other entities of the phrase. None when neither."""
    persons, others = named
    organisation = others[-1].entity if others else None
    group = _group(phrase, persons, text)
    if group is not None:
        return Speaker(group, organisation=organisation, attribution=attribution)
    body = _body_with_officers(phrase, persons, text)
    if body is None:
        return None
    entity = next((m.entity for m in others if m.text == body), body)
    return Speaker(entity, organisation=organisation or entity, attribution=attribution)


def named_before(attribution: str, start: int, text: str, known: Known):
    """A bare title (부총리는) or a surname and title (이 직무대행은) standing for a person named
    before ``start``: that person's mention, else None."""
    return (
        _titled_before(attribution, start, known)
        or _surname_before(attribution, start, text, known)
        or _family_name_before(attribution, start, known)
    )


def _group(phrase: list, persons: list, text: str) -> str | None:
    """The group that speaks where a phrase names people and then the rest of them (박가람 위원장 등
    위원장들이: 위원장들), else None: the plural words after the last 등."""
    at = next((i for i in range(len(phrase) - 1, -1, -1) if phrase[i].form == "등"), None)
    if at is None or at + 1 >= len(phrase) or not persons or phrase[at].start < persons[-1].end:
        return None
    if phrase[-1].form != "들" or phrase[-1].tag != "XSN":
        return None
    return text[phrase[at + 1].start : phrase[-1].end]


def _body_with_officers(phrase: list, persons: list, text: str) -> str | None:
    """The body that speaks where a phrase ends in brackets naming its officers (가람시민연대(대표
    박가람)는; 가람협의회(총무 A 목사) 언론위원회(위원장 B)는): the phrase without its brackets, else
    None (박가람 의원(가람당)은: a person before the brackets speaks)."""
    if not persons or phrase[-1].form != ")":
        return None
    opening = max(i for i, t in enumerate(phrase) if t.form == "(")
    if opening == 0 or persons[-1].start < phrase[opening].start:
        return None
    if any(not _bracketed(p, phrase) for p in persons):
        return None  # a person named outside the brackets
    written = text[phrase[0].start : phrase[-1].end]
    return " ".join(re.sub(r"\([^()]*\)", " ", written).split()) or None


def _bracketed(person, phrase: list) -> bool:
    """Whether ``person`` stands inside a pair of round brackets of ``phrase``."""
    depth = 0
    for token in phrase:
        if token.start >= person.end:
            return depth > 0
        depth += (token.form == "(") - (token.form == ")")
    return depth > 0


def _titled_before(attribution: str, start: int, known: Known):
    """부총리는 "…", 경제부총리는 "…", 이날 지회장은 "…": the last person named before ``start`` with the
    title the bare word ``attribution`` ends in (past words of when before it), with its surname
    when one is glued to the title (신회장), else None."""
    *when, word = attribution.split() or [""]
    title = split_title(Run(word, start, start + len(word), ()))
    if title is None or not set(when) <= words("when"):
        return None
    # 신회장 (a surname glued to the title): the last one with that title and that surname
    glued = glued_title(word)
    return next(
        (
            m
            for m in reversed(known.mentions)
            if m.kind == "person"
            and m.end <= start
            and m.title == title.title
            and (glued is None or surname_of(m.entity) == glued[0])
        ),
        None,
    )


def _surname_before(attribution: str, start: int, text: str, known: Known):
    """이 직무대행은 (이 a surname and a determiner alike, so no entity): the last person named before
    ``start`` with that surname and the title among the few words after the name (이한솔 가상부 장관
    직무대행은), else None."""
    surname, _, title = attribution.partition(" ")
    if not title or " " in title or surname not in surnames():
        return None
    return next(
        (
            m
            for m in reversed(known.mentions)
            if m.kind == "person"
            and m.end <= start
            and m.entity.startswith(surname)
            and any(w.startswith(title) for w in text[m.end : start].split(maxsplit=4)[:4])
        ),
        None,
    )


def _family_name_before(attribution: str, start: int, known: Known):
    """켐프는, 도 주지사는: the last word of a foreign name written in full before ``start`` (브라이언
    켐프, 존 도), ending the phrase (past the words before it: 이달 초 트럼프는, 물었을 때 샌더스는) or
    before a title there: that person's mention, else None."""
    *before, word = attribution.split() or [""]
    if before and word in titles():
        word = before[-1]
    return next(
        (
            m
            for m in reversed(known.mentions)
            if m.kind == "person"
            and m.end <= start
            and m.entity.rsplit(" ", 1)[-1] == word
            and " " in m.entity
        ),
        None,
    )


def named_elsewhere(speaker: Speaker, known: Known) -> Speaker:
    """브라이언 켐프(사진) 가람주 내무장관, a phrase the entities read no person in: the person the
    article names in full elsewhere, written at the phrase's start; else the speaker as found."""
    phrase = speaker.speaker or ""
    if speaker.anonymous or not phrase:
        return speaker
    named = [
        m
        for m in known.mentions
        if m.kind == "person"
        and len(m.entity) > 2
        and phrase.startswith(m.entity)
        and phrase[len(m.entity) : len(m.entity) + 1] in (" ", "(")
    ]
    if not named:
        return speaker
    return person_speaker(named[0], speaker.organisation, speaker.attribution, known)


def person_speaker(person, organisation: str | None, attribution: str, known: Known) -> Speaker:
    """A person speaking: the mention's title and affiliation, else the organisation in the
    phrase, else those written where the person is named in full."""
    counted = known.counted(person.entity)
    return Speaker(
        person.entity,
        first(person.title, getattr(counted, "title", None)),
        first(person.affiliation, organisation, getattr(counted, "affiliation", None)),
        attribution,
    )


def first(*values):
    """The first value that is a non-empty string, else None."""
    return next((v for v in values if isinstance(v, str) and v), None)


def pronoun_stands_for(
    speaker: Speaker | None, item: Item, last: Speaker | None, rows: list[dict], text: str, known
) -> Speaker | None:
    """Whom 그는 / 그녀는 stands for: after an organisation spoke, the person named since its
    quotation (:func:`person_for_pronoun`), else the last speaker; whom 이들은 stands for: a body,
    never one person (:func:`body_before`)."""
    if speaker is not None and speaker.attribution in _PLURAL:
        one = last is not None and known.counted(last.speaker, "person") is not None
        return (body_before(item, text, known) if last is None or one else None) or last
    if speaker is None or speaker.attribution not in _PERSONAL:
        return last
    since = rows[-1]["end"] if rows else 0
    return person_for_pronoun(item, last, since, text, known) or last


def pronoun_named_before(speaker: Speaker | None, item: Item, known: Known) -> Speaker | None:
    """Whom 그는 stands for when no one spoke before it and no person was a subject near it (a
    profile: 홍길동씨는 …. 그는 …. 그는 …다고 말한다): the person named last before the item, else
    None."""
    if speaker is None or speaker.attribution not in _PERSONAL:
        return None
    person = next(
        (m for m in reversed(known.mentions) if m.kind == "person" and m.end <= item.opening),
        None,
    )
    return None if person is None else person_speaker(person, None, None, known)


def body_before(item: Item, text: str, known: Known) -> Speaker | None:
    """The organisation named last before the item, in its paragraph or the one before, as a
    sentence's topic or subject (가상연대(회장 홍길동)는 성명서를 통해 …. 이들은 “…”), else None."""
    for m in reversed(known.mentions):
        if m.end > item.start or item.paragraph - m.paragraph > 1:
            continue
        if m.kind == "organisation" and _TOPIC_AFTER.match(text, m.end):
            return Speaker(m.entity, organisation=m.entity)
        # 가상연대(회장 홍길동)는, a body the entities never found: its officer names it
        officer = _OFFICER_OF.search(text, 0, m.start)
        if m.kind == "person" and officer and _TOPIC_AFTER.match(text, officer.start("bracket")):
            return Speaker(officer["body"], organisation=officer["body"])
    return None


def named_in_full(speaker: Speaker, rows: list[dict]) -> Speaker:
    """A short form of a speaker named in full before (언론위원회 after 가람협의회 언론위원회): the
    full name; else the speaker as found."""
    short = speaker.speaker
    if not short or speaker.anonymous:
        return speaker
    full = next(
        (
            row["speaker"]
            for row in reversed(rows)
            if isinstance(row["speaker"], str) and row["speaker"].endswith(" " + short)
        ),
        None,
    )
    return speaker if full is None else replace(speaker, speaker=full)
