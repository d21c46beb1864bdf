"""The words quotations are read with: the rows of ``quote_words.tsv`` by role, and the labels
of questions and answers as regular expressions."""

from __future__ import annotations

import re
from functools import cache

from ..tables import table


@cache
def words(role: str) -> frozenset[str]:
    """The words of ``quote_words.tsv`` with the role."""
    return frozenset(row.word for row in table("quote_words.tsv") if row.role == role)


def label_words(role: str, *, latin: bool | None = None) -> str:
    """The labels of ``quote_words.tsv``'s ``role`` (question-label, answer-label) as a regular
    expression's alternation (``latin``: only those in Latin letters, or only the others)."""
    kept = (w for w in sorted(words(role)) if latin is None or w.isascii() == latin)
    return "|".join(map(re.escape, kept))


@cache
def labelled(role: str) -> re.Pattern:
    """A paragraph opening with a label of ``role`` and its words (Q. 소감은?, A 기쁘다, 답) 기쁘다):
    a Latin letter closed by a stop, colon or bracket, or standing apart; a Hangul word only
    closed (문 is "a door" too)."""
    latin, hangul = label_words(role, latin=True), label_words(role, latin=False)
    return re.compile(rf"(?:(?:{latin})(?:\s?[.:)]|\s)|(?:{hangul})\s?[.:)])\s*\S")
