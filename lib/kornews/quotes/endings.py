"""Where a reported clause ends: …다고 and …다며, a sentence ending and 고 or 며, a request made
the object of its verb (…줄 것을), a clause made a noun (…있음을) or taken by a noun of what is
said (…된다는 점을)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .vocabulary import words

# Endings of a reported clause (ᆫ다고 and 는다고 end in 다고 too) and of a piece of one (saying that ...).
_REPORTED = re.compile(r"(다|라|냐|자)고$")
_PIECE = re.compile(r"(다|라|냐|자)(며|면서)$")


class Ending(NamedTuple):
    """Where a reported clause ends, whether it is a piece of a chain (…다며), and the token after
    its ending."""

    end: int
    piece: bool
    after: int
    asked: bool = False  # …줄 것을: a request, reported by a verb of asking only
    named: bool = False  # …있음을, …나갈 것임을: a clause made a noun, which 보다 only sees


# The tags of a name or a label's words (nouns, numbers, determiners, Latin and Chinese letters).
NOMINAL = ("NN", "NR", "NP", "MM", "SN", "SL", "SH", "XSN", "XPN", "SP", "SO")
# The tags of the tokens a reported clause may end at (:func:`clause_ending`: …다고/EC, ”라고/JKQ,
# …줄 것을/JKO, …된다는 점을/ETM).
ENDING_TAGS = frozenset({"EC", "JKQ", "JKO", "ETM"})
# A request reported as the object of its verb: …줄 것을 당부했다 (ㄹ, 을: what is to be done).
_TO_BE_DONE = frozenset({"ᆯ", "을"})  # Kiwi writes ㄹ as the final consonant ᆯ


def clause_ending(toks: list, k: int) -> Ending | None:
    """Where the reported clause ends when token ``k`` ends one: …다고 or …다며 as one ending, or
    a sentence ending and 고 or 며 (늘었다+고, 있다+며, as Kiwi reads them in some sentences)."""
    token = toks[k]
    if token.tag == "JKO":
        return _requested(toks, k) or _nominalised(toks, k)
    if token.tag == "ETM":
        return _content(toks, k)
    if token.tag == "EC" and (said := _said_ending(toks, k)) is not None:
        return said
    previous = toks[k - 1] if k else None
    if previous is None or previous.end != token.start:
        return None
    if token.tag == "EC" and token.form in ("며", "면서"):
        # 있다+며, as Kiwi reads …있다며 in some sentences: a piece
        closed = previous.tag == "EF" and previous.form[-1:] in "다라냐자"
        return Ending(previous.end, True, k + 1) if closed else None
    if token.tag != "JKQ":
        return None
    if previous.tag == "EF" and previous.form[-1:] in "다라냐자":
        return Ending(previous.end, False, k + 1)
    if previous.tag == "SSC" and token.form.endswith("라고") and not _named_as(toks, k - 1):
        # 공약이 '재탕'이라고: the clause runs through the marks, up to 라
        return Ending(token.end - 1, False, k + 1)
    return None


def _said_ending(toks: list, k: int) -> Ending | None:
    """The clause ending at the connective at ``k`` when it is …다고, …라며 and the like (also
    written on to 하며, 하면서, 하시며 after it), else None."""
    token = toks[k]
    match = _REPORTED.search(token.form) or _PIECE.search(token.form)
    if match is None:
        return None
    if [t.form for t in toks[k + 1 : k + 3]] in (["하", "면서"], ["하", "며"]):
        # Kiwi reads …다면서 as 다고 + 하 + 면서, the written 다 its only letter: a piece.
        return Ending(token.end, True, k + 3)
    end = token.end - len(match.group(0)) + 1
    if [t.form for t in toks[k + 1 : k + 4]] in (["하", "시", "며"], ["하", "시", "면서"]):
        return Ending(end, True, k + 4)  # …구룡산이라고 하시며: one honoured says it, and goes on
    return Ending(end, bool(_PIECE.search(token.form)), k + 1)


def _requested(toks: list, k: int) -> Ending | None:
    """Where a request reported as its verb's object ends (…사랑을 줄 것을 당부했다: up to 것),
    when the object particle at ``k`` is written onto 것 after a verb's ㄹ; else None. The verb
    must be one of asking (``request`` rows of ``quote_words.tsv``)."""
    if k < 2 or toks[k - 1].form != "것" or toks[k - 1].end != toks[k].start:
        return None
    if toks[k - 2].tag != "ETM" or toks[k - 2].form not in _TO_BE_DONE:
        return None
    return Ending(toks[k - 1].end, False, k + 1, asked=True)


def _nominalised(toks: list, k: int) -> Ending | None:
    """Where a clause made a noun ends when it is its verb's object (…집중돼 있음을 지적했다, …구축해
    나갈 것임을 밝혔다: up to 음 or 것임), the object particle at ``k`` written onto the nominaliser
    after a tense, an auxiliary or 것이; else None. Any reporting verb but 하다 and 보다 reports it."""
    if k < 2 or toks[k - 1].tag != "ETN" or toks[k - 1].end != toks[k].start:
        return None
    before = toks[k - 2]
    # (Kiwi's ᆷ shares its letter with what it is written onto: 것+이+ᆷ for 것임)
    glued = toks[k - 1].start <= before.end
    # a clause's tense or auxiliary (있었음, 집중돼 있음) or 것이 (…나갈 것임); a feeling's noun
    # (감사함을 전했다, 안타까움을 토로했다) and a noun's 이 (회담의 적기임을 강조했다) say nothing
    made = before.tag == "VCP" and k > 2 and toks[k - 3].form == "것"
    # (Kiwi may read the auxiliary 있 of …할 수 있음 as an adjective)
    if not glued or not (made or before.tag in ("EP", "VX") or before.form == "있"):
        return None
    return Ending(toks[k - 1].end, False, k + 1, named=True)


def _named_as(toks: list, close: int) -> bool:
    """Do the marks closing at token ``close`` hold nouns alone after an object, what it is named
    (자신을 '최 모 기자'라고 소개했다: naming, no saying; 공약이 '재탕'이라고: a subject's, said)?"""
    opening = next((i for i in range(close - 1, -1, -1) if toks[i].tag == "SSO"), None)
    if opening is None or opening == 0 or toks[opening - 1].tag != "JKO":
        return False
    return all(t.tag.startswith(NOMINAL) for t in toks[opening + 1 : close])


def _content(toks: list, k: int) -> Ending | None:
    """Where a clause a noun of what is said takes ends (…힘이 된다는 점을 강조했다, …하겠다는 뜻을
    밝혔다: up to 다; …축하하자는 메시지를 전했다: up to 자), when the ending at ``k`` is …다는 (or
    …자는) before such a noun and its object particle
    (``content-noun`` rows of ``quote_words.tsv``); else None. The verb after must report it."""
    token = toks[k]
    if not token.form.endswith(("다는", "라는", "자는")) or k + 2 >= len(toks):
        return None
    noun, taken = toks[k + 1], toks[k + 2]
    if noun.form not in words("content-noun") or taken.tag != "JKO" or noun.end != taken.start:
        return None
    return Ending(token.end - 1, False, k + 1)
