"""The speaker a sentence around a quotation names: the last person named as a subject before it,
the subject of the sentence after a lead, ``…의 말이다`` (whose words they were), or a gloss
under a quotation standing alone that opens with who said it."""

from __future__ import annotations

import re

from ..entities.lexicon import reporter_titles
from ..entities.people import SUBJECT_AFTER
from .direct import owner_end, past_thing
from .found import Item
from .phrases import names_someone, phrase_speaker
from .referents import Known, Speaker, first, in_full, person_speaker
from .vocabulary import words

# A credit in brackets right after a closing mark: (5년 이*형 母, 박*은), (홍길동 가람시 주민).
_CREDIT = re.compile(r"\((?P<inside>[^()\n]{1,40})\)")
# A name the press masks with stars or circles (박*은, 김○○, 이**): a source without a name.
_MASKED = re.compile(r"[가-힣][*＊○◯]+[가-힣]?")
# After a name: its organisation and title, then 은/는/이/가 (홍길동 가상생명 감독이; 홍길동(가상치과)
# 원장이: a bracket first).
_SUBJECT_NEXT = re.compile(
    r"(?:\([^()\n]{1,20}\))?(?:\s?[가-힣A-Za-z]{1,8}){0,2}?(?:은|는|이|가)(?![가-힣])"
)


def subject_before(item: Item, text: str, known: Known) -> Speaker | None:
    """The person named last before the item as a sentence's subject or topic (홍길동 감독이 …을
    전했다.), in its paragraph or the one before, else None. A person named but not as a subject is
    passed over (왕이 외교부장은 …. 그는 폼페이오 장관과 연 회견에서 “…”: 그는 is 왕이; 홍 대표는 가람사
    주장을 해명했다. 그는 …라며: 그는 is 홍 대표), and so is a reporter, who asks."""
    person = next(
        (
            m
            for m in reversed(known.mentions)
            if m.kind == "person"
            and m.end <= item.start
            and SUBJECT_AFTER.match(text, m.end)
            and m.title not in reporter_titles()
        ),
        None,
    )
    if person is None or item.paragraph - person.paragraph > 1:
        return None
    return in_full(person_speaker(person, None, None, known), person.start, text, known)


def credited(item: Item, text: str, known: Known) -> Speaker | None:
    """Who a bracket written right after a quotation's closing mark credits it to (“…”(5년 이*형
    母, 박*은)): its last piece, when a person the article names, or a name the press masks (a
    source without a name); else None (a bracket saying something else: (웃음))."""
    bracket = _CREDIT.match(text, item.end + 1)
    if bracket is None:
        return None
    who = bracket["inside"].split(",")[-1].strip()
    person = known.counted(who, "person")
    if person is not None:
        return Speaker(who, first(person.title), first(person.affiliation), attribution=who)
    if _MASKED.fullmatch(who):
        return Speaker(who, attribution=who, anonymous=True)
    return None


def subject_next(item: Item, following: list, text: str, known: Known) -> Speaker | None:
    """The person the sentence after the item (``following``: its tokens; the item's may hold
    more than one) names first, when that name (its organisation and title between) is the
    sentence's subject or topic (“…” / 경기 후 홍길동 가상FC 감독은 …), else None: who says a lead
    quotation standing alone."""
    person = next((m for m in known.mentions if m.kind == "person" and m.start >= item.end), None)
    after = {item.sentence + 1, following[0].sentence if following else -1}
    if person is None or person.sentence not in after:
        return None
    if not _SUBJECT_NEXT.match(text, person.end):
        return None
    return in_full(person_speaker(person, None, None, known), person.start, text, known)


def said_by(sentence: list, text: str, known: Known) -> Speaker | None:
    """Whose words the quotation before a sentence ``… 모 가상협회 회장의 말이다.`` is: the phrase
    before 의 말이다 (출사표다, 각오다: ``whose-words`` rows of ``quote_words.tsv``), else None."""
    for k in range(1, len(sentence) - 1):
        word, of = sentence[k].form, k - 1
        if sentence[of].tag == "MM" and sentence[of].end == sentence[k].start:
            word, of = sentence[of].form + word, of - 1  # Kiwi may read 첫마디 as 첫+마디
        if (
            word in words("whose-words")
            and of > 0
            and sentence[of].tag == "JKG"
            and sentence[k + 1].tag == "VCP"
        ):
            return phrase_speaker(sentence[:of], text, known)
    return None


def owned_words(item: Item, toks: list, text: str, known: Known) -> Speaker | None:
    """Whose words a noun for words said right after the quotation's marks says they are (“…”는
    쿠오모 주지사의 발언에도, “…”는 게 그의 설명이다: the phrase before 의 and a ``said-noun`` or
    ``whose-words`` row; a direct quotation no verb reports), else None."""
    if item.kind != "direct" or item.link is not None:
        return None
    k = past_thing(toks, item.next)
    of = owner_end(toks, k)
    if of is None or toks[of + 1].form not in words("said-noun") | words("whose-words"):
        return None
    phrase = toks[k:of]
    return phrase_speaker(phrase, text, known) if names_someone(phrase, known) else None


# What a gloss's opening phrase may hold: nouns, determiners and 의 (포항의 한 농가, 김철수 가람협회
# 회장); no particle of a clause, no number (22일 새벽 417호 법정 is when and where).
_GLOSS_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SH", "XSN", "XPN", "MM", "JKG"})


def glossed_by(
    sentence: list, text: str, known: Known, *, stops: tuple[str, ...] = (",", ".")
) -> Speaker | None:
    """Who said the quotation standing alone above a gloss that opens with them, a noun phrase
    closed by a comma or a full stop (``stops``; “…” / 포항의 한 농가, 총회에 참석하고 …며.): that
    phrase's speaker, else None."""
    stop = next((k for k, t in enumerate(sentence) if t.form in stops), None)
    phrase = sentence[:stop]
    if not stop or not all(t.tag in _GLOSS_TAGS for t in phrase):
        return None
    if not any(t.tag in ("NNG", "NNP") for t in phrase):
        return None
    return phrase_speaker(phrase, text, known)
