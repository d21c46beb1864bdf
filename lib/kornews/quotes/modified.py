"""A report whose verb modifies the one who said it: ``…잘 알고 있다고 말한 홍길동 대통령에게 질문이
쏟아졌다``, ``“…”고 밝힌 홍길동 계장에 따르면``: the reporting verb written onto ᆫ (말한, 밝힌) stands
before its speaker, a person."""

from __future__ import annotations

from .found import Item
from .phrases import phrase_speaker
from .predicates import predicate
from .referents import Known, Speaker

# The words of the person after the verb: a name and a title (홍길동 대통령, 헤일 장관).
_NOUNS = frozenset({"NNP", "NNG", "SL", "SH"})


def modified_speaker(item: Item, toks: list, text: str, known: Known) -> Speaker | None:
    """The person a quotation's reporting verb modifies (``…다고 말한 홍길동 대통령``, ``“…”고 밝힌
    홍길동 계장``), else None."""
    if item.verb is None or item.next >= len(toks):
        return None
    k = predicate(toks, item.next).at + 1
    # past the verb's suffixes (말+하+ᆫ; Kiwi gives ᆫ inside the letter before it)
    while k < len(toks) and toks[k].start <= toks[k - 1].end and toks[k].tag != "ETM":
        k += 1
    if k >= len(toks) or toks[k].tag != "ETM" or toks[k].start > toks[k - 1].end:
        return None
    end = k + 1
    while end < len(toks) and _noun(toks, end) and toks[end].sentence == item.sentence:
        end += 1
    if end == k + 1:
        return None
    speaker = phrase_speaker(toks[k + 1 : end], text, known)
    return speaker if speaker is not None and known.names_person(speaker.speaker) else None


def _noun(toks: list, k: int) -> bool:
    """Is token ``k`` a word of the person's name and title: a noun, or a surname Kiwi reads as a
    determiner glued to the rest of the name (이+윤건)?"""
    glued = toks[k].tag == "MM" and k + 1 < len(toks) and toks[k + 1].start == toks[k].end
    return toks[k].tag in _NOUNS or glued
