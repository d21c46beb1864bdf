"""The speaker a phrase names: a person (in full where the text names them so), an organisation
or place, a pronoun carrying the last speaker over, or the phrase as written; anonymous sources."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..entities.lexicon import countries, name_words, surname_of, surnames, titles
from ..tables import table
from .foreign import foreign_in_full
from .referents import (
    Known,
    Speaker,
    glued_title,
    in_full,
    many_speaking,
    named_before,
    named_elsewhere,
    person_speaker,
)
from .vocabulary import words

# A speaker's phrase opens with a noun, a determiner (한 관계자) or a pronoun, never with an ending.
_PHRASE_OPENERS = frozenset({"NNG", "NNP", "NP", "SL", "SH", "SN", "XPN", "MM", "W_MENTION"})
# A name the page masks a letter of (박○용, 김*수).
_MASKED = re.compile(r"(?<![가-힣])[가-힣]{1,2}[○◯*＊][가-힣]{0,2}(?![가-힣])")
# A Korean name's letters: a surname and one to three syllables.
_NAME = re.compile(r"[가-힣]{2,4}")
# A one-syllable surname and given name written apart before a title (이 심 회장), a body's one
# word between them at most (윤 리 가상 매니저).
_APART = re.compile(
    r"(?:^|\s)(?P<surname>[가-힣]) (?P<given>[가-힣]) (?:[가-힣A-Za-z]+ )?(?P<title>[가-힣]+)$"
)
# An acting title's ending, written onto the title (가람총영사대리).
_ACTING = "대리"
# A name before brackets, then 씨 or a title or role closing the phrase (홍길동(가상학·14)씨).
_BRACKETED = re.compile(
    r"(?:^|\s)(?P<name>[가-힣]{2,4})\s?\([^()]{1,30}\)\s?(?:[가-힣]+\s)*?(?P<after>[가-힣]{1,10})$"
)
# A person the press names by a letter or a surname only (A씨, 김모씨, 이모(45)씨, 배모(51세)씨, 박 씨
# of 박모 씨, C 시의원): a source without a name.
_PSEUDONYM = re.compile(
    r"(?:^|\s)(?:(?:[A-Z]|[가-힣]모?)\s?(?:\(\d+세?\))?\s?씨(?:\(\d+세?\))?|[A-Z]\s?[가-힣]+)$"
)


@cache
def _said_nouns() -> frozenset[str]:
    """The nouns for words said, but one that is a person too (한 인사: ``anonymous`` rows)."""
    return (words("whose-words") | words("said-noun")) - words("anonymous")


def names_someone(phrase: list, known: Known) -> bool:
    """Does the phrase name someone: a name the entities hold, a pronoun, a title, a group word or
    one without a name (관계자) (not 허위 내용의 글, 당부의 말, 식의 질타: what the words are)?"""
    start, end = phrase[0].start, phrase[-1].end
    named = any(start <= m.start and m.end <= end for m in known.mentions)
    people = words("group") | words("anonymous")
    return named or any(t.tag == "NP" or t.form in titles() or t.form in people for t in phrase)


def _owner(phrase: list, text: str, known: Known) -> Speaker | None:
    """The speaker the phrase before a noun for words said names in the genitive (담당 공무원의
    돌아오는 해답), else None."""
    of = next((k for k in range(len(phrase) - 1, 0, -1) if phrase[k].tag == "JKG"), None)
    owner = phrase[:of] if of is not None else []
    return phrase_speaker(owner, text, known) if owner and names_someone(owner, known) else None


def phrase_speaker(phrase: list, text: str, known: Known) -> Speaker | None:
    """The speaker a phrase names (박 시장, 기재부 관계자, 그), or None when it holds no noun."""
    phrase = _name_last(_opened(phrase, known), text, known)
    if not phrase:
        return None
    start, end = phrase[0].start, phrase[-1].end
    attribution = text[start:end]
    forms = _words(phrase)
    if _carries_last(forms):
        return Speaker(attribution=attribution, pronoun=True)
    if phrase[-1].form in _said_nouns():
        # 하고 싶은 말씀은 “…”: the words said, never who says them; 담당 공무원의 해답은 “…”: whose
        return _owner(phrase, text, known)
    outlet = _outlet_pointed_at(phrase, start, text, known)
    if outlet is not None:
        return Speaker(outlet, organisation=outlet, attribution=attribution)
    inside = [m for m in known.mentions if m.start >= start and m.end <= end]
    persons = [m for m in _head_mentions(phrase, inside) if _person(m)]
    others = [m for m in inside if m.kind != "person"]
    organisation = others[-1].entity if others else None
    marked = _anonymous(phrase, attribution)
    anonymous = marked or _role_alone(attribution)
    many = _by_shape(
        phrase,
        (persons, others, inside),
        attribution,
        text,
        organisation=organisation,
        marked=marked,
        anonymous=anonymous,
    )
    if many is not None:
        return many
    person = _speaking(phrase, persons, anonymous) or (
        None if inside else named_before(attribution, start, text, known)
    )
    if person is not None:
        named = in_full(
            person_speaker(person, organisation, attribution, known), start, text, known
        )
        # 정 시장, the entities' person: 크리스 정 (named so before, or in this phrase)
        return foreign_in_full(named, end, text)
    # 가람시는; 영국 일간지 가람타임스는: an organisation ending the phrase (its short form in brackets
    # after it: 한국노동조합총연맹(한국노총)은), alone or named by its kind
    # after its country (a country's ministry, 한국 외무부, stays the phrase as written)
    closed = text[others[-1].end : end] in ("", ")") if others else False
    if organisation is not None and not anonymous and closed and _body_named(others):
        return Speaker(organisation, organisation=organisation, attribution=attribution)
    written = Speaker(
        attribution, organisation=organisation, attribution=attribution, anonymous=anonymous
    )
    return _as_phrase(written, start, text, known)


def _carries_last(forms: set[str]) -> bool:
    """Does a phrase of these words leave the speaker the last one named? A pronoun, a word of
    when before it (당시 자신은), a statement just issued (성명은: it speaks for whoever issued it),
    or a date alone (올해는 “…”고 했다: when, not who)."""
    standing = words("pronoun") | words("document")
    return bool(forms & standing and forms - words("when") <= standing) or forms <= _date_words()


@cache
def _date_words() -> frozenset[str]:
    """The words of ``dates.tsv`` that date something where they stand (올해, 어제, 지난달)."""
    return frozenset(row.word for row in table("dates.tsv") if row.role == "word")


def _as_phrase(written: Speaker, start: int, text: str, known: Known) -> Speaker:
    """The speaker a phrase names no entity of: a name the page masks, whole (박○용 학생: no
    one's), a name before its bracket and title (:func:`bracketed_name`), else the full name
    written elsewhere of a short form in the phrase, else the phrase."""
    masked = _MASKED.search(written.attribution)
    if masked:
        return Speaker(masked[0], attribution=written.attribution, anonymous=True)
    bracketed = None if written.anonymous else bracketed_name(written)
    if bracketed is not None:
        return bracketed
    return named_elsewhere(
        foreign_in_full(in_full(written, start, text, known), start, text), known
    )


def _opened(phrase: list, known: Known) -> list:
    """The phrase from its first noun, determiner or pronoun (never an ending), or from the first
    word of a name the entities read there, which may be no noun (밝은사회 가람연대: 밝+은)."""
    if not phrase or phrase[0].tag in _PHRASE_OPENERS:
        return phrase
    names = {m.start for m in known.mentions}
    opener = (i for i, t in enumerate(phrase) if t.tag in _PHRASE_OPENERS or t.start in names)
    return phrase[next(opener, len(phrase)) :]


def _person(mention) -> bool:
    """Is the mention a person who may speak? Not 주베트남, 주미: 주 (stationed in) and a country,
    written before an embassy or its head (홍길동 주가상국 대사), read as a name of the surname 주."""
    name = mention.entity
    return mention.kind == "person" and not (name[:1] == "주" and name[1:] in countries())


def _body_named(others: list) -> bool:
    """Does the phrase's last body or place name the speaker: alone, named by its kind after its
    country, or after places at home only (경기도 가람경찰서, 경남 가람군: where it is) or its own
    name?"""
    last = others[-1].entity  # 한국노동조합총연맹(한국노총): the body and its short form
    located = all(
        (m.kind == "place" and m.entity not in countries()) or m.entity == last for m in others[:-1]
    )
    return others[-1].rule == "kind" or located


def _role_alone(attribution: str) -> bool:
    """마을이장은, 교장선생님께서: a role in one word (a title, or a word of honour in 님), a source
    without a name when no one is named with it; a surname glued to a title (신회장) names one."""
    alone = " " not in attribution and attribution.endswith((*titles(), "님"))
    return alone and glued_title(attribution) is None


def _head_mentions(phrase: list, inside: list) -> list:
    """The mentions after the phrase's last modifying clause (고 홍길동씨 사건을 수사 중인 가람경찰서: the
    person the clause names does not speak); all of them when no clause modifies the head."""
    cut = max((t.end for t in phrase if t.tag == "ETM"), default=None)
    return inside if cut is None else [m for m in inside if m.start >= cut]


def name_before_title(
    phrase: list, inside: list, attribution: str, organisation: str | None, anonymous: bool
) -> Speaker | None:
    """The person a phrase names by the name it opens with when its words run name, organisation,
    title or role (조현 외교부 장관, 홍길동 가상상회 고문, 홍길동 학생) and the entities read nothing
    there; else None.
    The name: a proper noun's word, a surname's, of letters only (제3대 홍길동 원장 opens with an
    ordinal)."""
    head, *rest = attribution.split()
    if anonymous or not rest or not _NAME.fullmatch(head) or not surname_of(head):
        return None
    # A proper noun, or a name Kiwi cut into its letters (조+현); no common noun (이번, 정부)
    cut = [t for t in phrase if t.end <= phrase[0].start + len(head)]
    if phrase[0].tag != "NNP" and not (len(cut) > 1 and all(len(t.form) == 1 for t in cut)):
        return None
    # A role (학생) follows the name at once: 가람고 3학년 홍길동 학생 opens with no name.
    role = rest == [rest[-1]] and rest[-1] in words("role")
    if not role and not _titled(rest[-1]):
        return None
    # A mention over the name is the entities' reading (도널드 트럼프, 한국): theirs stands.
    if any(m.start <= phrase[0].start < m.end for m in inside):
        return None
    return Speaker(head, rest[-1], organisation, attribution)


def _by_shape(
    phrase: list,
    named: tuple[list, list, list],
    attribution: str,
    text: str,
    *,
    organisation: str | None,
    marked: bool,
    anonymous: bool,
) -> Speaker | None:
    """The speaker the phrase's shape names (``named``: its persons, other entities and all;
    ``marked``: the phrase marks a source without a name, ``anonymous``: that or a role alone):
    a group or a body with its officers, a name before its title, glued to it or written apart;
    else None."""
    persons, others, inside = named
    return (
        many_speaking(phrase, (persons, others), attribution, text)
        or name_before_title(phrase, inside, attribution, organisation, anonymous)
        or _glued_name(phrase, inside, attribution, organisation, marked)
        or _written_apart(attribution, organisation, marked)
    )


def _glued_name(
    phrase: list, inside: list, attribution: str, organisation: str | None, marked: bool
):
    """The person a phrase names by the name Kiwi reads in its last word, glued to the title that
    closes it (가상중학교 홍길동교장), where the entities read no person in the phrase; else None."""
    if marked or len(phrase) < 2 or any(m.kind == "person" for m in inside):
        return None
    name, title = phrase[-2], phrase[-1]
    if name.tag != "NNP" or name.end != title.start or title.form not in titles():
        return None
    if title.form[0] in name_words("place-ending"):
        return None  # 가람시장, 가람군수: a place's head (가람시 and 장), no name
    if not _NAME.fullmatch(name.form) or not surname_of(name.form):
        return None
    return Speaker(name.form, title.form, organisation, attribution)


def _written_apart(attribution: str, organisation: str | None, marked: bool) -> Speaker | None:
    """The person a phrase names by a one-syllable surname and given name written apart before
    the title that closes it (이 심 회장: the name as printed, 이 심); else None."""
    found = _APART.search(attribution)
    if marked or found is None or found["surname"] not in surnames():
        return None
    if {found["surname"], found["given"]} & words("title-modifier"):
        return None  # 김 전 장관, 전 김 회장: a term of office, no given name
    if not _titled(found["title"]):
        return None
    return Speaker(
        f"{found['surname']} {found['given']}", found["title"], organisation, attribution
    )


def _name_last(phrase: list, text: str, known: Known) -> list:
    """The phrase, or its last two words when they name a person the entities did not read (no
    person in the phrase, no entity in those words), a name and its title or role, after words of
    when or where or a body (대화 도중 홍길동 학생, 가상모임(Gasang) 홍길동 회원)."""
    if not phrase:
        return phrase
    start, end = phrase[0].start, phrase[-1].end
    written = text[start:end].split()
    if len(written) < 3 or not 2 <= len(written[-2]) <= 4 or not surname_of(written[-2]):
        return phrase
    if written[-2] in words("title-modifier"):
        return phrase  # 김 신임 병원장: 신임 is no name
    last = written[-1]
    if last not in words("role") and not _titled(last):
        return phrase
    at = end - len(" ".join(written[-2:]))
    # a person read in the phrase, or anything read in its last words, is the entities' reading
    inside = [m for m in known.mentions if m.start >= start and m.end <= end]
    if any(m.kind == "person" or m.end > at for m in inside):
        return phrase
    return [t for t in phrase if t.start >= at]


def _titled(word: str) -> bool:
    """Does ``word`` end in a title, maybe an acting one (가람총영사대리: 총영사, acting)?"""
    held = word.removesuffix(_ACTING)
    return any(held.endswith(title) for title in titles())


def bracketed_name(written: Speaker) -> Speaker | None:
    """The person a phrase names by the name written before a bracket and 씨 or a title after it
    (학생회장 홍길동(가상학·14)씨, 홍길동(45) 가상시 주민: the brackets hold a department and year,
    an age), where the entities read no one there; else None."""
    found = _BRACKETED.search(written.attribution)
    if found is None or not surname_of(found["name"]):
        return None
    after = found["after"]
    if after != "씨" and after not in words("role") and not _titled(after):
        return None
    return replace(written, speaker=found["name"], title=after)


def _outlet_pointed_at(phrase: list, start: int, text: str, known: Known) -> str | None:
    """이 신문, 그 매체: the outlet last named by its kind before ``start`` (영국 일간지 가람타임스);
    a bare word a body's name ends with (통신은, 위원회는): :func:`_body_by_kind`; else None."""
    if len(phrase) != 2 or phrase[0].tag != "MM" or phrase[0].form not in ("이", "그"):
        return _body_by_kind(phrase, start, text, known)
    if phrase[1].form not in name_words("kind"):
        return None
    return next(
        (
            m.entity
            for m in reversed(known.mentions)
            if m.kind == "organisation" and m.rule == "kind" and m.end <= start
        ),
        None,
    )


def _body_by_kind(phrase: list, start: int, text: str, known: Known) -> str | None:
    """통신은, 위원회는: a common noun of one word that the name of a body last named before
    ``start`` ends with, or is followed by (가람통신, 가람 통신): that body, else None."""
    word = text[phrase[0].start : phrase[-1].end]
    if len(word) < 2 or " " in word or phrase[0].tag != "NNG":
        return None
    return next(
        (
            m.entity
            for m in reversed(known.mentions)
            if m.kind == "organisation"
            and m.end <= start
            and m.text != word
            and (m.entity.endswith(word) or text.startswith(" " + word, m.end))
        ),
        None,
    )


def _words(phrase: list) -> set[str]:
    """The phrase's words, a suffix joined to the word it is written onto (이+들: 이들), as the
    tables list them."""
    out: list[str] = []
    for t in phrase:
        if t.tag == "XSN" and out:
            out[-1] += t.form
        else:
            out.append(t.form)
    return set(out)


def _speaking(phrase: list, persons: list, anonymous: bool):
    """The person of the phrase who speaks, else None: 정 후보 측, 박 후보 캠프의 한 관계자 (a name
    before the anonymity marker) is whose side, not who speaks."""
    if not persons:
        return None
    marked_after = anonymous and any(
        t.form in words("anonymous") and t.start >= persons[-1].end for t in phrase
    )
    return None if marked_after else persons[-1]


def _anonymous(phrase: list, attribution: str) -> bool:
    """Does the phrase mark a source without a name (관계자, 익명을 요구한, A씨, 김모씨, a user by a
    handle: 아이디 @가상)?"""
    # Kiwi may cut the word (누리+꾼+들, 관계+관): the words as the table lists them and as the
    # phrase writes them count too.
    # a determiner glued to the word before it is a name's syllable (구인+모 of a name), not 모 or 한
    written = set(attribution.split())
    glued = {t.form for t in phrase if t.tag == "MM" and t.form not in written}
    return (
        bool((({t.form for t in phrase} | _words(phrase) | written) - glued) & words("anonymous"))
        or bool((_words(phrase) | written) & words("group"))
        or any(t.form.startswith("익명") or t.tag == "W_MENTION" for t in phrase)
        or bool(_PSEUDONYM.search(attribution))
    )
