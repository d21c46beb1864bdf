"""Who said it: the speaker a quotation's sentence names, a broadcast caption's person, or the
phrase as written; anonymous sources."""

from __future__ import annotations

import re

from ..article import Article
from ..entities.lexicon import countries, name_words, reporter_titles, surname_of, titles
from ..entities.people import SUBJECT_AFTER
from .find import Item, particle, reported_again, said_first, words
from .foreign import foreign_in_full
from .marks import speaker_after
from .referents import (
    Known,
    Speaker,
    first,
    in_full,
    many_speaking,
    named_before,
    named_elsewhere,
    person_speaker,
)
from .together import with_partner

# What may stand in a speaker's phrase, walking back from its topic particle (익명을 요구한 여당의 한 중진 의원).
_PHRASE_TAGS = frozenset(
    {
        "NNG",
        "NNP",
        "NNB",
        "NP",
        "NR",
        "SL",
        "SH",
        "SN",
        "XSN",
        "XPN",
        "MM",
        "JKG",
        "JKO",
        "ETM",
        "VV",
        "VA",
        "XSV",
        "XSA",
        "VCP",
    }
)
# A speaker's phrase opens with a noun, a determiner (한 관계자) or a pronoun, never with an ending.
_PHRASE_OPENERS = frozenset({"NNG", "NNP", "NP", "SL", "SH", "SN", "XPN", "MM"})
# A person the press names by a letter or a surname only (A씨, 김모씨, 이모(45)씨, 배모(51세)씨, 박 씨
# of 박모 씨, C 시의원): a source without a name.
_PSEUDONYM = re.compile(
    r"(?:^|\s)(?:(?:[A-Z]|[가-힣]모?)\s?(?:\(\d+세?\))?\s?씨(?:\(\d+세?\))?|[A-Z]\s?[가-힣]+)$"
)

# A label before the marks: a name, its age, its organisation and title (홍길동(45) 가상시 주민).
_LABEL_TAGS = frozenset({"NNP", "NNG", "NNB", "NP", "SN", "SL", "SH", "XSN"})  # NP: 우리+공화당
_LABEL_WORDS = 6

# After a name: its organisation and title, then 은/는/이/가 (홍길동 가상생명 감독이).
_SUBJECT_NEXT = re.compile(r"(?:\s?[가-힣A-Za-z]{1,8}){0,2}?(?:은|는|이|가)(?![가-힣])")


def speaker_of(item: Item, toks: list, text: str, known: Known) -> Speaker | None:
    """The speaker named in the item's sentence, or None; ``pronoun`` set for 그는."""
    first = item.index
    # From the sentence's start, or the last full stop before it (Kiwi may keep two sentences as one).
    begin = next(
        i
        for i in range(first, -1, -1)
        if i == 0 or toks[i - 1].sentence != item.sentence or toks[i - 1].tag == "SF"
    )
    opening = item.mark if item.mark is not None else item.start
    limit = next((i for i, t in enumerate(toks) if t.start >= opening), first)
    colon = item.kind == "direct" and begin < limit and toks[limit - 1].form == ":"
    if colon and item.mark is None:
        # A script's turn, ⊙박민수(가상당 의원): …: the speaker before the colon, whatever follows.
        return phrase_speaker(toks[begin : _role_at(toks, begin, limit - 1)], text, known)
    label = None if colon else _label_before(item, toks[begin:limit], text, known)
    if label is not None:
        return label
    found = _speaking_particle(toks, begin, limit, item, known)
    if found is None and colon:
        # An interview's 박민수(가상시 상인) : “…”: the speaker before the colon (and the role in
        # brackets).
        return phrase_speaker(toks[begin : _role_at(toks, begin, limit - 1)], text, known)
    if found is None or _clause_topic(toks, (begin, found), item, text, known):
        return None
    phrase_start = found
    while phrase_start > 0 and toks[phrase_start - 1].sentence == item.sentence:
        previous = toks[phrase_start - 1]
        if previous.form == ")":
            # 이모(45)씨, 한국개발연구원(KDI) 연구위원, 박재현 의원(새빛당, 비례): the brackets whole;
            # but a byline's ((가상통신 홍길동 기자) 가상부는) ends the phrase.
            opening = _opening_bracket(toks, phrase_start - 1)
            if {t.form for t in toks[opening:phrase_start]} & reporter_titles():
                break
            phrase_start = opening
        elif previous.tag in _PHRASE_TAGS or previous.form == "(":
            phrase_start -= 1
        else:
            break
    return with_partner(
        phrase_speaker(toks[phrase_start:found], text, known), toks, phrase_start, known
    )


def _label_before(item: Item, phrase: list, text: str, known: Known) -> Speaker | None:
    """The person a label right before the item's marks names (홍길동 감독 “…”, 김철수(45) 가상시
    주민 “…”, 홍길동 가상당 의원 역시 “…”: nouns, an adverb after them at most, no particle, no
    verb, opening with the name), else None."""
    while phrase and phrase[-1].tag == "MAG":
        phrase = phrase[:-1]
    words = [t for t in phrase if not t.tag.startswith("S")]
    if (
        item.mark is None
        or not words
        or len(words) > _LABEL_WORDS
        or any(t.tag not in _LABEL_TAGS for t in words)
    ):
        return None
    start, end = phrase[0].start, phrase[-1].end
    person = any(m.kind == "person" and m.start == words[0].start for m in known.mentions)
    inside = [m for m in known.mentions if m.start >= start and m.end <= end]
    # or a name the entities missed, before a body and a title (홍길동 가상당 의원 “…”)
    if person or _name_before_title(phrase, inside, text[start:end], None, False):
        return phrase_speaker(phrase, text, known)
    return None


def _opening_bracket(toks: list, close: int) -> int:
    """The index of the bracket ``close`` closes in its sentence, else ``close`` itself."""
    return next(
        (
            i
            for i in range(close - 1, -1, -1)
            if toks[i].sentence == toks[close].sentence and toks[i].form == "("
        ),
        close,
    )


def _clause_topic(toks: list, span: tuple[int, int], item: Item, text: str, known: Known) -> bool:
    """After a word that carries the speaker over (그러면서 협상은 잘되고 있다고 말했다), a topic
    that names no one is the reported clause's own."""
    begin, found = span
    # Past the marks a sentence may open with (…겁니다.] 그러면서); the word as written (Kiwi
    # reads 그러+면서).
    opener = next((t for t in toks[begin:found] if not t.tag.startswith("S")), toks[found])
    word = text[opener.start :].split(maxsplit=1)[0].rstrip(",")
    return (
        item.kind == "indirect" and word in words("carry") and toks[found].start not in known.actors
    )


def _role_at(toks: list, begin: int, end: int) -> int:
    """Where an interview's role starts: its bracket (박민수(가상시 상인)) or slash ([박민수 /
    가상시 상인 : …]), else ``end``."""
    return next((i for i in range(begin, end) if toks[i].form in ("(", "/")), end)


def subject_before(item: Item, text: str, known: Known) -> Speaker | None:
    """The person named last before the item as a sentence's subject or topic (홍길동 감독이 …을
    전했다.), in its paragraph or the one before, else None. A person named but not as a subject is
    passed over (왕이 외교부장은 …. 그는 폼페이오 장관과 연 회견에서 “…”: 그는 is 왕이; 홍 대표는 가람사
    주장을 해명했다. 그는 …라며: 그는 is 홍 대표)."""
    person = next(
        (
            m
            for m in reversed(known.mentions)
            if m.kind == "person" and m.end <= item.start and SUBJECT_AFTER.match(text, m.end)
        ),
        None,
    )
    if person is None or item.paragraph - person.paragraph > 1:
        return None
    return in_full(person_speaker(person, None, None, known), person.start, text, known)


def subject_next(item: Item, text: str, known: Known) -> Speaker | None:
    """The person the sentence after the item names first, when that name (its organisation and
    title between) is the sentence's subject or topic (“…” / 경기 후 홍길동 가상FC 감독은 …), else
    None: who says a lead quotation standing alone."""
    person = next((m for m in known.mentions if m.kind == "person" and m.start >= item.end), None)
    if person is None or person.sentence != item.sentence + 1:
        return None
    if not _SUBJECT_NEXT.match(text, person.end):
        return None
    return in_full(person_speaker(person, None, None, known), person.start, text, known)


def said_by(sentence: list, text: str, known: Known) -> Speaker | None:
    """Whose words the quotation before a sentence ``… 모 가상협회 회장의 말이다.`` is: the phrase
    before 의 말이다, else None."""
    for k in range(1, len(sentence) - 1):
        if (
            sentence[k].form == "말"
            and sentence[k - 1].tag == "JKG"
            and sentence[k + 1].tag == "VCP"
        ):
            return phrase_speaker(sentence[: k - 1], text, known)
    return None


# What a gloss's opening phrase may hold: nouns, determiners and 의 (포항의 한 농가, 김철수 가람협회
# 회장); no particle of a clause, no number (22일 새벽 417호 법정 is when and where).
_GLOSS_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SH", "XSN", "XPN", "MM", "JKG"})


def glossed_by(sentence: list, text: str, known: Known) -> Speaker | None:
    """Who said the quotation standing alone above a gloss that opens with them, a noun phrase
    closed by a comma or a full stop (“…” / 포항의 한 농가, 총회에 참석하고 …며.): that phrase's speaker,
    else None."""
    stop = next((k for k, t in enumerate(sentence) if t.form in (",", ".")), None)
    phrase = sentence[:stop]
    if not stop or not all(t.tag in _GLOSS_TAGS for t in phrase):
        return None
    if not any(t.tag in ("NNG", "NNP") for t in phrase):
        return None
    return phrase_speaker(phrase, text, known)


def marked_speaker(article: Article, at: int, known: Known) -> Speaker | None:
    """The person a broadcast script's caption names as the speaker of the paragraph at ``at``
    (the parser's :attr:`kornews.article.Part.speaker`)."""
    said = next(
        (p.speaker for p in article.parts if p.kind == "paragraph" and p.start <= at < p.end), None
    )
    if not said:
        return None
    # ◀SYN▶홍길동 지사: the caption writes the title after the name
    person = known.counted(said, "person") or known.counted(said.split()[0], "person")
    if person is None:
        # ◀INT▶ naming nobody: the bite is a source without a name
        return Speaker(attribution=said, anonymous=True) if said in words("bite") else None
    return Speaker(person.entity, first(person.title), first(person.affiliation), attribution=said)


def voice(turn, known: Known) -> Speaker:
    """Who says a script's turn (:class:`kornews.shapes.Turn`): the person named, with the title and
    affiliation found for them; a role with no name ({상인/"…"}) is a source without a name."""
    if not turn.role:
        return Speaker(turn.speaker, attribution=turn.speaker, anonymous=True)
    return interviewee(turn.speaker, known)


def interviewee(name: str, known: Known) -> Speaker:
    """An interview's answerer, with the title and affiliation written where the name is; one
    asked by an honorific role and no name (교장선생님), or a role giving a briefing (대변인), is
    a source without a name."""
    counted = known.counted(name, "person")
    title = first(getattr(counted, "title", None))
    affiliation = first(getattr(counted, "affiliation", None))
    return Speaker(
        name,
        title,
        affiliation,
        attribution=name,
        anonymous=name.endswith("님") or name in titles(),
    )


def _speaking_particle(toks: list, begin: int, limit: int, item: Item, known: Known) -> int | None:
    """The particle of the item's speaker, before the quotation (from ``begin`` to ``limit``) or,
    for a direct one, between it and its verb; None when there is none."""
    # …했다고 김 씨는 말했다; 임무는 “…”이라고 이 신문은 전했다: the topic after the quotation speaks,
    # not the one before it (the clause's own, or what the quotation is about).
    if item.link == "report" and (after := speaker_after(toks, item, known.actors)) is not None:
        return after
    found = particle(toks, begin, limit, item.kind, known.actors)
    if found is not None and (reported_again(toks, item) or said_first(toks, item)):
        # 당국자는 장관이 "…"고 말했다고 전했다: the subject inside the report said it; 시장은 기자가
        # "…"고 묻자 "…"라고 답했다: the asker.
        found = particle(toks, found + 1, limit, item.kind, known.actors) or found
    if found is None and item.kind == "direct":
        found = speaker_after(toks, item, known.actors)  # “…”고 김 장관은 말했다
    return found


def phrase_speaker(phrase: list, text: str, known: Known) -> Speaker | None:
    """The speaker a phrase names (박 시장, 기재부 관계자, 그), or None when it holds no noun."""
    phrase = phrase[
        next((i for i, t in enumerate(phrase) if t.tag in _PHRASE_OPENERS), len(phrase)) :
    ]
    if not phrase:
        return None
    start, end = phrase[0].start, phrase[-1].end
    attribution = text[start:end]
    forms = _words(phrase)
    # 당시 자신은: a word of when before the pronoun leaves it the last speaker's
    # 성명은 (the statement just issued): it speaks for whoever issued it, as a pronoun does
    standing = words("pronoun") | words("document")
    if forms & standing and forms - words("when") <= standing:
        return Speaker(attribution=attribution, pronoun=True)
    outlet = _outlet_pointed_at(phrase, start, text, known)
    if outlet is not None:
        return Speaker(outlet, organisation=outlet, attribution=attribution)
    inside = [m for m in known.mentions if m.start >= start and m.end <= end]
    persons = [m for m in _head_mentions(phrase, inside) if _person(m)]
    others = [m for m in inside if m.kind != "person"]
    organisation = others[-1].entity if others else None
    anonymous = _anonymous(phrase, attribution) or _role_alone(attribution)
    many = many_speaking(phrase, (persons, others), attribution, text) or _name_before_title(
        phrase, inside, attribution, organisation, anonymous
    )
    if many is not None:
        return many
    person = _speaking(phrase, persons, anonymous) or (
        None if inside else named_before(attribution, start, text, known)
    )
    if person is not None:
        return in_full(person_speaker(person, organisation, attribution, known), start, text, known)
    # 가람시는; 영국 일간지 가람타임스는: an organisation ending the phrase, alone or named by its kind
    # after its country (a country's ministry, 한국 외무부, stays the phrase as written)
    if organisation is not None and not anonymous and others[-1].end == end and _body_named(others):
        return Speaker(organisation, organisation=organisation, attribution=attribution)
    written = Speaker(
        attribution, organisation=organisation, attribution=attribution, anonymous=anonymous
    )
    return named_elsewhere(
        foreign_in_full(in_full(written, start, text, known), start, text), known
    )


def _person(mention) -> bool:
    """Is the mention a person who may speak? Not 주베트남, 주미: 주 (stationed in) and a country,
    written before an embassy or its head (홍길동 주가상국 대사), read as a name of the surname 주."""
    name = mention.entity
    return mention.kind == "person" and not (name[:1] == "주" and name[1:] in countries())


def _body_named(others: list) -> bool:
    """Does the phrase's last body or place name the speaker: alone, named by its kind after its
    country, or after places at home only (경기도 가람경찰서, 경남 가람군: where it is)?"""
    located = all(m.kind == "place" and m.entity not in countries() for m in others[:-1])
    return others[-1].rule == "kind" or located


def _role_alone(attribution: str) -> bool:
    """마을이장은, 교장선생님께서: a role in one word (a title, or a word of honour in 님), a source
    without a name when no one is named with it."""
    return " " not in attribution and attribution.endswith((*titles(), "님"))


def _head_mentions(phrase: list, inside: list) -> list:
    """The mentions after the phrase's last modifying clause (고 홍길동씨 사건을 수사 중인 가람경찰서: the
    person the clause names does not speak); all of them when no clause modifies the head."""
    cut = max((t.end for t in phrase if t.tag == "ETM"), default=None)
    return inside if cut is None else [m for m in inside if m.start >= cut]


def _name_before_title(
    phrase: list, inside: list, attribution: str, organisation: str | None, anonymous: bool
) -> Speaker | None:
    """The person a phrase names by the name it opens with when its words run name, organisation,
    title or role (조현 외교부 장관, 홍길동 가상상회 고문, 홍길동 학생) and the entities read nothing
    there; else None.
    The name: a proper noun's word, a surname's."""
    head, *rest = attribution.split()
    if anonymous or not rest or not 2 <= len(head) <= 4 or not surname_of(head):
        return None
    # A proper noun, or a name Kiwi cut into its letters (조+현); no common noun (이번, 정부)
    cut = [t for t in phrase if t.end <= phrase[0].start + len(head)]
    if phrase[0].tag != "NNP" and not (len(cut) > 1 and all(len(t.form) == 1 for t in cut)):
        return None
    # A role (학생) follows the name at once: 가람고 3학년 홍길동 학생 opens with no name.
    role = rest == [rest[-1]] and rest[-1] in words("role")
    if not role and not any(rest[-1].endswith(title) for title in titles()):
        return None
    # A mention over the name is the entities' reading (도널드 트럼프, 한국): theirs stands.
    if any(m.start <= phrase[0].start < m.end for m in inside):
        return None
    return Speaker(head, rest[-1], organisation, attribution)


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
    """Does the phrase mark a source without a name (관계자, 익명을 요구한, A씨, 김모씨)?"""
    # Kiwi may cut the word (누리+꾼+들): the words as the table lists them count too.
    return (
        bool(({t.form for t in phrase} | _words(phrase)) & words("anonymous"))
        or bool((_words(phrase) | set(attribution.split())) & words("group"))
        or any(t.form.startswith("익명") for t in phrase)
        or bool(_PSEUDONYM.search(attribution))
    )
