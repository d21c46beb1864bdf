"""Names Kiwi cut into pieces (박지+현, 신동+욱), read from the written word before a title word."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    HANGUL_NAME,
    compound_titles,
    name_words,
    split_title,
    surname_of,
    surnames,
    titles,
)
from .records import Mention, Run, Sentence

# The tags of nouns, whose span a second reading of Kiwi's may repeat (손영순/NNP, 순/JX).
_NOUNS = frozenset({"NNP", "NNG", "NNB"})

# Tags of a word Kiwi read as a verb or a noun with its particle (선정+되+ᆫ 작가), never a name.
_INFLECTED = frozenset({"XSV", "XSA", "EP", "EF", "ETN", "JKS", "JKO", "JKB", "JKG", "JX", "JC"})
# Tags of a verb's pieces: no name before a title glued to its body (나올지 가람도교육감은), where
# nothing but the name's shape vouches for it (한+빛나/VV+어 목사 is a name before a title alone).
_VERB = frozenset({"VV", "VA", "VCP", "EC", "ETM"})


def names_by_word(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Names Kiwi cut into pieces (박지+현, 신동+욱): a word of a surname and two syllables, written
    before a word that is a title and a particle (박지현 대변인은), where no run of nouns is that word."""
    taken = None  # the mentions' letters, read for a name only
    # The words as strings (str.split cuts where \S+ does); their spans only for a name's.
    split = [text[sentence.start : sentence.end].split() for sentence in sentences]
    short = _short_forms(split)
    mentions = []
    for sentence, forms in zip(sentences, split):
        group = sentence.tokens
        start, end = sentence.start, sentence.end
        words = None
        # The words that start with a surname first (a lookup each, kept per word): most do not.
        for k in [k for k, form in enumerate(forms[:-1]) if _name_surname(form)]:
            form, surname = forms[k], _name_surname(forms[k])
            titled = _title_of(forms[k + 1].rstrip(",·"))
            if not titled:  # the tags are read only for a word before a title (a table lookup)
                continue
            title, glued = titled
            # 우애자 부의장 … 우 부의장: the press's short form (the surname alone with the same title)
            # vouches for a name that ends like a common noun (관계자) or has two syllables (조현).
            vouched = (surname, title) in short
            if len(form) - len(surname) not in (1, 2) or (
                form[-1] in name_words("common-ending") and not vouched
            ):
                continue
            words = words or list(re.finditer(r"\S+", text[start:end]))
            at = start + words[k].start()
            inside = [t for t in group if t.start >= at and t.end <= at + len(form)]
            short_name = len(form) == len(surname) + 1 and not vouched
            if _inflected(inside, text, short_name, glued):
                continue
            if taken is None:
                taken = {at for m in found for at in range(m.start, m.end)}
            # A run that is the word is its sentence's: runs never cross sentences.
            whole = any(r.start == at and r.end == at + len(form) for r in sentence.runs)
            if not whole and taken.isdisjoint(range(at, at + len(form))):
                mentions.append(
                    Mention(form, "person", at, at + len(form), sentence.where, "title", title)
                )
    return mentions


def _title_of(word: str) -> tuple[str, bool] | None:
    """The title a written word is (:func:`_title_word`), else the one closing it after its body
    (:func:`_glued_title`), and whether it is so glued."""
    exact = _title_word(word)
    glued = None if exact else _glued_title(word)
    return (exact, False) if exact else (glued, True) if glued else None


def _inflected(inside: list, text: str, short_name: bool, glued: bool) -> bool:
    """Did Kiwi read the word's tokens ``inside`` as a verb or a noun with its particle (no name)?
    Before a title ``glued`` to its body, a verb's pieces too."""
    if glued and any(t.tag in _VERB for t in inside):
        return True
    # Kiwi may give a second reading of a noun's last letters (손영순/NNP and 순/JX): the noun's.
    nouns = [(t.start, t.end) for t in inside if t.tag in _NOUNS]
    inside = [
        t
        for t in inside
        if t.tag in _NOUNS or not any(a <= t.start and t.end <= b for a, b in nouns)
    ]
    tags = [t.tag for t in inside]
    # 김+의/JKG+겸: a 의 Kiwi read inside the word is a syllable of the name, not a particle;
    # so is 이 in a name of two syllables (왕+이/JKS 외교부장은: no subject stands before a title).
    inflected = set(tags[-1:]) | set(tags) - {"JKG"}
    if short_name:
        last = [text[t.start : t.end] for t in inside[-1:]]
        inflected = set() if last == ["이"] else {"short"}
    return bool(inflected & (_INFLECTED | {"short"}))


@lru_cache(maxsize=1 << 16)  # a word recurs: the answer is kept
def _name_surname(word: str) -> str | None:
    """The surname a written word of two to four Hangul syllables starts with, else None."""
    surname = surname_of(word)
    return surname if surname and HANGUL_NAME.fullmatch(word) else None


def _short_forms(split: list[list[str]]) -> set[tuple[str, str]]:
    """(surname, title) for each surname written alone before a title word (박 시장은), of the
    sentences' words (``split``); not 씨, which follows a pseudonym's surname too (박모 씨 … 박 씨)."""
    out = set()
    known = surnames()  # once, not per word
    for words in split:
        for k in [k for k, word in enumerate(words[:-1]) if word in known]:
            title = _title_word(words[k + 1].rstrip(",·"))
            if title and title != "씨":
                out.add((words[k], title))
    return out


@lru_cache(maxsize=1 << 16)  # a word recurs: the answer is kept
def _title_word(word: str) -> str | None:
    """The title a written word is, with a particle, a brackets' opening or nothing after it
    (대변인은, 팀장이, 교수의, 비서관(전 …)."""
    word = word.split("(", 1)[0]
    return next(
        (
            t
            for t in titles()
            if word.startswith(t) and (word == t or word[len(t) :] in name_words("particle"))
        ),
        None,
    )


@lru_cache(maxsize=1 << 16)  # a word recurs: the answer is kept
def _glued_title(word: str) -> str | None:
    """The title closing a written word after a place or body written onto it (경남도교육감,
    춘양면장은), where the table lets the title close a compound."""
    word = word.split("(", 1)[0]
    bare = next((word[: -len(p)] for p in name_words("particle") if word.endswith(p)), word)
    if not bare:
        return None
    titled = split_title(Run(bare, 0, len(bare), ("NNG",)))
    return titled.title if titled and titled.cut and titled.title in compound_titles() else None
