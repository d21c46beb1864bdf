"""Who said it: the speaker a quotation's sentence names (a label before the marks, a topic or a
subject), else a sentence around it, a broadcast caption or label above it, an announcement's
``…에 따르면``, a reporting verb modifying its speaker, or a lead's next subject."""

from __future__ import annotations

from ..article import Article
from ..entities.lexicon import reporter_titles, titles
from .according import according_to
from .around import credited, glossed_by, owned_words, said_by, subject_next
from .find import (
    Item,
    following_sentence,
    opens_paragraph,
    particle,
    preceding_sentence,
    reported_again,
    restatement,
    said_first,
    words,
)
from .labels import caption_above, label_above
from .lead import body_next
from .modified import modified_speaker
from .particles import modifier_subject, speaker_after
from .phrases import name_before_title, phrase_speaker
from .referents import Known, Speaker
from .together import with_partner
from .voices import marked_speaker

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
        "W_MENTION",  # 아이디 @가상: a user by a handle
    }
)

# The marks a page masks a letter of a name with (박○용).
_MASKS = frozenset("○◯*＊")
# Brackets a speaker's phrase may hold, by their closing one: 이모(45)씨, 홍길동 원장<사진>.
_BRACKETS = {")": "(", ">": "<"}

# A label before the marks: a name, its age, its organisation and title (홍길동(45) 가상시 주민).
_LABEL_TAGS = frozenset({"NNP", "NNG", "NNB", "NP", "SN", "SL", "SH", "XSN"})  # NP: 우리+공화당
_LABEL_WORDS = 6


def attribute(
    chain: list[Item], paragraphs: list[list], number: int, article: Article, known: Known
) -> Speaker | None:
    """The speaker the chain's sentence names, else the next sentence pointing back to it, else
    the broadcast caption above its paragraph; None when none does."""
    toks = paragraphs[number]
    # “…”는 홍 지사의 발언: the words' owner, else the sentence's speaker
    speaker = owned_words(chain[-1], toks, article.text, known) or speaker_of(
        chain[0], toks, article.text, known
    )
    if speaker is None and chain[-1].verb is None:
        speaker = credited(chain[-1], article.text, known) or _said_around(
            chain, paragraphs, number, article.text, known
        )  # “…”(5년 이*형 母, 박*은), else a sentence around it
    if speaker is None and opens_paragraph(chain[0], toks, article.text):
        # [인터뷰] 장현숙 / 옷가게 운영 (a caption, no paragraph) above a quotation standing alone
        # (after a dash, as some scripts print a bite), or [한예린 / 가람대 교수 : …] before the
        # words she says.
        speaker = marked_speaker(article, toks[0].start, known)
        if speaker is not None and speaker.speaker is None and chain[0].kind == "indirect":
            speaker = (
                None  # (녹취) naming no one over the reporter's paraphrase: no bite of its words
            )
        if speaker is None and chain[-1].verb is None:
            # 홍길동(67·가상면) / 가상농협 조합원 / “…”: the label over it says it.
            speaker = label_above(article.text, toks[0].start, known) or caption_above(
                article.text, toks[0].start, known
            )
    if speaker is None:
        # 가람고에 따르면 …기탁했다고 밝혔다: the body the announcement opens with makes it.
        speaker = according_to(chain[0], toks, article.text, known) or modified_speaker(
            chain[-1], toks, article.text, known
        )
    if speaker is None and _opens_section(paragraphs, number) and chain[-1].verb is None:
        # “수비가 흔들렸다.” / 경기 후 홍길동 감독은 …: the speaker of a quotation leading the
        # article or a section under its heading is the next sentence's subject.
        following = following_sentence(toks, chain[-1], paragraphs[number + 1 :])
        speaker = subject_next(chain[-1], following, article.text, known) or body_next(
            following, article.text, known
        )
    return speaker


def _said_around(
    chain: list[Item], paragraphs: list[list], number: int, text: str, known: Known
) -> Speaker | None:
    """The speaker a sentence around a quotation no verb reports names: one pointing back or
    forward to it (its verb then the chain's), one saying whose words they are, or a gloss."""
    toks = paragraphs[number]
    # “…” 홍길동 위원은 이렇게 말했다: the next sentence names who said it.
    following = following_sentence(toks, chain[-1], paragraphs[number + 1 :])
    said = restatement(following)
    if said is None:
        # 한 상인은 이렇게 말한다. “…”: the sentence before announces who says it.
        following = preceding_sentence(toks, chain[0], paragraphs[:number])
        said = restatement(following)
    if said is not None:
        chain[-1].verb = said.verb
        return speaker_of(said.item, following, text, known)
    # “…” 모 가상협회 회장의 말이다.: the next sentence says whose words they are; or, under a
    # quotation standing alone, a gloss opening with who said it (“…” / 포항의 한 농가, …).
    later = following_sentence(toks, chain[-1], paragraphs[number + 1 :])
    speaker = said_by(later, text, known)
    if speaker is None and _alone(chain, toks, text):
        speaker = glossed_by(later, text, known)
    elif speaker is None and _closes_sentences(chain[-1], text):
        # …노력하겠습니다.” 홍길동 가상면장, 55세, …: a profile's label, closed by a comma
        speaker = glossed_by(later, text, known, stops=(",",))
    return speaker


def _opens_section(paragraphs: list[list], number: int) -> bool:
    """Is paragraph ``number`` the first of the article's body or of a section (under a heading)?"""
    return number == 0 or paragraphs[number - 1][0].section != paragraphs[number][0].section


def speaker_of(item: Item, toks: list, text: str, known: Known) -> Speaker | None:
    """The speaker named in the item's sentence, or None; ``pronoun`` set for 그는."""
    first = item.index
    begin = _outside_marks(toks, _sentence_start(toks, first), text)
    limit = next((i for i, t in enumerate(toks) if t.start >= item.opening), first)
    colon = item.kind == "direct" and begin < limit and toks[limit - 1].form == ":"
    if colon and item.mark is None:
        # A script's turn, ⊙박민수(가상당 의원): …: the speaker before the colon, whatever follows.
        return phrase_speaker(toks[begin : _role_at(toks, begin, limit - 1)], text, known)
    label = None if colon else _label_before(item, toks[begin:limit], text, known)
    if label is not None:
        return label
    found = modifier_subject(toks, begin, item, known.actors)
    if found is None:
        found = _next_topic(toks, begin, item, known)  # A는 …다고 말했고, B는 …다고 촉구했다
    found = _speaking_particle(toks, begin, limit, item, known) if found is None else found
    sentence = item.sentence
    if found is None and item.kind == "indirect":
        found = _topic_before_question(toks, begin, known)
        sentence = toks[max(begin - 1, 0)].sentence
    if found is None and colon:
        # An interview's 박민수(가상시 상인) : “…”: the speaker before the colon (and the role in
        # brackets).
        return phrase_speaker(toks[begin : _role_at(toks, begin, limit - 1)], text, known)
    if found is None or _clause_topic(toks, (begin, found), item, text, known):
        return None
    phrase_start = _phrase_start(toks, found, sentence, known)
    return with_partner(
        phrase_speaker(toks[phrase_start:found], text, known), toks, phrase_start, known
    )


def _next_topic(toks: list, begin: int, item: Item, known: Known) -> int | None:
    """The topic right before a reported clause that opens after another one's report in its
    sentence (김 의원은 …다고 목소리를 높였고, 이 의원은 …할 것을 촉구했다: 이 의원 speaks the
    second), when its phrase names a person; else None."""
    if item.kind != "indirect":
        return None
    at = next((k for k in range(begin, item.index) if toks[k].start >= item.start), None)
    if (
        not at
        or at - 1 <= begin
        or toks[at - 1].tag != "JX"
        or toks[at - 1].form not in ("은", "는")
    ):
        return None
    if particle(toks, begin, at - 1, "indirect", known.actors) is None:
        return None  # the sentence's first topic: the usual way, below
    start = toks[_phrase_start(toks, at - 1, item.sentence, known)].start
    named = any(
        m.kind == "person" and start <= m.start < toks[at - 1].start for m in known.mentions
    )
    return at - 1 if named else None


def _phrase_start(toks: list, found: int, sentence: int, known: Known) -> int:
    """Where the speaker's phrase before the particle at ``found`` starts, walking back through
    the nouns of its sentence."""
    phrase_start = found
    while phrase_start > 0 and toks[phrase_start - 1].sentence == sentence:
        previous = toks[phrase_start - 1]
        if previous.form in _BRACKETS:
            # 이모(45)씨, 한국개발연구원(KDI) 연구위원, 박재현 의원(새빛당, 비례): the brackets whole;
            # but a byline's ((가상통신 홍길동 기자) 가상부는) ends the phrase.
            opening = _opening_bracket(toks, phrase_start - 1)
            if {t.form for t in toks[opening:phrase_start]} & reporter_titles():
                break
            phrase_start = opening
        elif (
            previous.tag in _PHRASE_TAGS
            or previous.form == "("
            or _masking(toks, phrase_start)
            or _in_name(previous, known)
            or _joining(toks, phrase_start)
        ):
            phrase_start -= 1
        else:
            break
    return _whole_name(toks, phrase_start, known)


def topic_before(item: Item, toks: list, text: str, known: Known) -> Speaker | None:
    """Whom the sentence before the item's, in its paragraph (``toks``), is about when its topic
    names people (두 분 선생님은 … 대답해 주셨다. … 좋다고 하셨다: they go on speaking), else None."""
    before = [k for k in range(item.index) if toks[k].sentence == item.sentence - 1]
    if not before:
        return None
    found = particle(toks, before[0], before[-1] + 1, "indirect", known.actors)
    if found is None or toks[found].form not in ("은", "는"):
        return None
    phrase = toks[_phrase_start(toks, found, toks[found].sentence, known) : found]
    return phrase_speaker(phrase, text, known) if _names_people(phrase, known) else None


def topic_introduced(
    item: Item, paragraphs: list[list], number: int, text: str, known: Known, rows: list[dict]
) -> Speaker | None:
    """The person the sentence right before the item's (in its paragraph, else the one before)
    names as its topic when no quotation stands in it (재판을 맡은 홍길동 판사는 소회를 밝히기도
    했다. / …다고 말했다: he speaks, not the last one quoted), else None."""
    before = preceding_sentence(paragraphs[number], item, paragraphs[:number])
    if not before or any(before[0].start <= row["start"] < before[-1].end for row in rows):
        return None
    found = particle(before, 0, len(before), "indirect", known.actors)
    if found is None or before[found].form not in ("은", "는"):
        return None
    phrase = before[_phrase_start(before, found, before[found].sentence, known) : found]
    start, end = (phrase[0].start, phrase[-1].end) if phrase else (0, 0)
    if not any(m.kind == "person" and start <= m.start < end for m in known.mentions):
        return None
    return phrase_speaker(phrase, text, known)


def _names_people(phrase: list, known: Known) -> bool:
    """Does the phrase name people: a person, a title, a role or group word, or an honorific (두
    분 선생님: 분, 님)?"""
    people = words("group") | words("role")
    honorific = any((t.tag, t.form) in (("NNB", "분"), ("XSN", "님")) for t in phrase)
    named = phrase and any(
        m.kind == "person" and phrase[0].start <= m.start and m.end <= phrase[-1].end
        for m in known.mentions
    )
    return honorific or bool(named) or any(t.form in people or t.form in titles() for t in phrase)


def _joining(toks: list, at: int) -> bool:
    """Is the token before ``at`` a hyphen written between two (4-H, K-water: one name)?"""
    mark = toks[at - 1]
    return (
        at > 1
        and mark.form in ("-", "–")
        and toks[at - 2].end == mark.start
        and mark.end == toks[at].start
    )


def _in_name(token, known: Known) -> bool:
    """Is the token a syllable of a person's name the entities read, whatever Kiwi tagged it
    (최+창+욱/MAG)?"""
    return any(
        m.kind == "person" and m.start <= token.start and token.end <= m.end for m in known.mentions
    )


def _masking(toks: list, at: int) -> bool:
    """Does the token before ``at`` mask a letter of a name, written between two (박○용)?"""
    mask = toks[at - 1]
    glued = toks[at - 2].end == mask.start and mask.end == toks[at].start
    return at > 1 and mask.form in _MASKS and glued


def _whole_name(toks: list, at: int, known: Known) -> int:
    """``at``, or the index of the first token of a name the token at ``at`` stands inside (H+가람병원:
    the walk back stops at +; the name is whole)."""
    inside = next((m for m in known.mentions if m.start < toks[at].start < m.end), None)
    while inside is not None and at > 0 and toks[at - 1].start >= inside.start:
        at -= 1
    return at


def _topic_before_question(toks: list, begin: int, known: Known) -> int | None:
    """The topic of the sentence before ``begin`` when that one ends on a question mark Kiwi cut
    the reported words at (A씨는 …말이 되는 것인지? …다고 말했다), else None."""
    if not begin or toks[begin - 1].form != "?":
        return None
    asked = begin - 1
    return particle(toks, _sentence_start(toks, asked), asked, "indirect", known.actors)


def _sentence_start(toks: list, at: int) -> int:
    """The index where the sentence of token ``at`` starts, or the last full stop before it (Kiwi
    may keep two sentences as one)."""
    sentence = toks[at].sentence
    return next(
        i
        for i in range(at, -1, -1)
        if i == 0 or toks[i - 1].sentence != sentence or toks[i - 1].tag == "SF"
    )


def _outside_marks(toks: list, begin: int, text: str) -> int:
    """``begin``, or the start of the sentence where a quotation opens when it is still open at
    ``begin`` (Kiwi cuts a quotation's own sentences: 이만기 역시 “…친구다. 저를 보는 듯한 느낌이
    있었다”고 …: 느낌이 is no speaker)."""
    before = text[toks[0].start : toks[begin].start]
    if before.count("“") <= before.count("”") and not before.count('"') % 2:
        return begin
    opened = toks[0].start + max(before.rfind("“"), before.rfind('"'))
    return _sentence_start(toks, next(i for i, t in enumerate(toks) if t.start >= opened))


def _label_before(item: Item, phrase: list, text: str, known: Known) -> Speaker | None:
    """The person a label right before the item's marks names (홍길동 감독 “…”, 김철수(45) 가상시
    주민 “…”, 홍길동 가상당 의원 역시 “…”: nouns, an adverb after them at most, no particle, no
    verb, opening with the name or with a team's before it: 가상구단 홍길동 감독 “…”), else None."""
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
    if person or name_before_title(phrase, inside, text[start:end], None, False):
        return phrase_speaker(phrase, text, known)
    # 가상구단 홍길동 감독 “…”: a team's name before the one who speaks
    named = next((m.start for m in inside if m.kind == "person"), None)
    if named is None:
        return None
    return phrase_speaker([t for t in phrase if t.start >= named], text, known)


def _alone(chain: list[Item], toks: list, text: str) -> bool:
    """Does the quotation stand alone as its paragraph, its marks and nothing else?"""
    return (
        opens_paragraph(chain[0], toks, text) and not text[chain[-1].end + 1 : toks[-1].end].strip()
    )


def _closes_sentences(item: Item, text: str) -> bool:
    """Does the quotation close its own sentences inside the marks, a space after them
    (…노력하겠습니다.” 홍길동 …)?"""
    return (
        text[item.end - 1 : item.end] in (".", "!", "?")
        and text[item.end + 1 : item.end + 2].isspace()
    )


def _opening_bracket(toks: list, close: int) -> int:
    """The index of the bracket ``close`` closes in its sentence, else ``close`` itself."""
    opening = _BRACKETS[toks[close].form]
    return next(
        (
            i
            for i in range(close - 1, -1, -1)
            if toks[i].sentence == toks[close].sentence and toks[i].form == opening
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
