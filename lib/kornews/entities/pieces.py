"""Names Kiwi cut into pieces (박지+현, 신동+욱), read from the written word before a title word."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import HANGUL_NAME, name_words, surname_of, surnames, titles
from .records import Mention, Sentence

# Tags of a word Kiwi read as a verb or a noun with its particle (선정+되+ᆫ 작가), never a name.
_INFLECTED = frozenset({"XSV", "XSA", "EP", "EF", "ETN", "JKS", "JKO", "JKB", "JKG", "JX", "JC"})


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
            title = _title_word(forms[k + 1].rstrip(",·"))
            if not title:  # the tags are read only for a word before a title (a table lookup)
                continue
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
            if _inflected(inside, text, short_name):
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


def _inflected(inside: list, text: str, short_name: bool) -> bool:
    """Did Kiwi read the word's tokens ``inside`` as a verb or a noun with its particle (no name)?"""
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
    """The title a written word is, with a particle or none after it (대변인은, 팀장이, 교수의)."""
    return next(
        (
            t
            for t in titles()
            if word.startswith(t) and (word == t or word[len(t) :] in name_words("particle"))
        ),
        None,
    )
