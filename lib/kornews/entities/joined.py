"""Foreign names written together (헬렌장 준비위원장, 헬렌장은): a given name the press transliterates
(``given_names.tsv``) and a family name in one word, Kiwi's proper noun first; a person where a
title follows the word or the family name is a Korean surname, and the same word elsewhere. A
Korean surname first and such a given name (김에스더 위원장, as the press abroad writes its
community's people), however Kiwi tags it, is a person where a title follows."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import given_names, leaders, surnames
from .records import Mention, Sentence
from .titles import title_after

# A given name of one syllable (폴, 잭) glued to a word is too often a common noun's start.
_SHORTEST_GIVEN = 2
_LONGEST_FAMILY = 3
# A surname or family name and a given name of two syllables at least.
_SHORTEST_JOINED = 1 + _SHORTEST_GIVEN


def joined_names(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The people named by a given name and a family name written together, no mention holding
    the word: with the title after it, and the same word anywhere in the article."""
    by_start = {m.start: m for m in found}
    words = [
        (sentence, i, run)
        for sentence in sentences
        for i, run in enumerate(sentence.runs)
        # No such name is shorter than three letters: most runs (particles, endings) pass at once.
        if len(run.text) >= _SHORTEST_JOINED
        and run.start not in by_start
        and _joined(run.text, run.tags[0])
    ]
    titled = {(s.where, i): title_after(s.runs, i, by_start) for s, i, _ in words}
    named = {
        run.text
        for s, i, run in words
        if titled[s.where, i] or (_korean_family(run.text) and not _surname_first(run.text))
    }
    mentions = []
    for sentence, i, run in words:
        after = titled[sentence.where, i]
        if run.text in named:
            title, affiliation = (after.title, after.affiliation) if after else (None, None)
            rule = "title" if after else "name"
            where = sentence.where
            mentions.append(
                Mention(run.text, "person", run.start, run.end, where, rule, title, affiliation)
            )
    return mentions


@lru_cache(maxsize=1 << 16)  # asked of every run of a corpus, whose words recur: each answer kept
def _joined(word: str, tag: str) -> bool:
    """A word that is a given name and one to three syllables more, Kiwi's proper noun first
    (``tag``, the run's first), not a leader's family name (마크롱: 마크 and 롱)."""
    if " " in word or word in leaders():
        return False
    if _surname_first(word):
        return True  # 김에스더: named only with a title after it
    if tag != "NNP":
        return False
    given = _given_first(word)
    return given is not None and 1 <= len(word) - len(given) <= _LONGEST_FAMILY


def _surname_first(word: str) -> bool:
    """A Korean surname and a given name of two syllables or more (김에스더)."""
    return any(
        word[:n] in surnames() and word[n:] in given_names() and len(word) - n >= _SHORTEST_GIVEN
        for n in (1, 2)
    )


def _given_first(word: str) -> str | None:
    """The longest given name ``word`` starts with, of two syllables or more."""
    return next(
        (
            word[:n]
            for n in range(len(word) - 1, _SHORTEST_GIVEN - 1, -1)
            if word[:n] in given_names()
        ),
        None,
    )


def _korean_family(word: str) -> bool:
    """The family name after the given name is a Korean surname alone (헬렌장: 장)."""
    return word[len(_given_first(word) or word) :] in surnames()
