"""Finding quotations in a paragraph's tokens: the sentences around one, a sentence restating what
came before, the chains linked by 며/면서; the marks and spans (:mod:`.marks`) and the paragraph's
quotations (:mod:`.clauses`) are read through here too."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .clauses import items, reported_again, said_first
from .endings import Ending
from .found import Item, Predicate, Span
from .marks import CLOSING, marked_spans
from .particles import particle
from .predicates import predicate
from .vocabulary import label_words, words

__all__ = [
    "CLOSING",
    "Ending",
    "Item",
    "Predicate",
    "Restatement",
    "Span",
    "chains",
    "following_sentence",
    "items",
    "marked_spans",
    "opens_paragraph",
    "particle",
    "preceding_sentence",
    "predicate",
    "reported_again",
    "restatement",
    "said_first",
    "words",
]


# What may stand before a quotation that opens its paragraph: a bite's dash, an answer's = or
# its label (A., A:, 답): quote_words.tsv's answer-label rows).
_LEADERS = r"[\s=\-–—]*(?:(?:{labels})\s?[.:)]?\s*)?"


@cache
def _leaders() -> re.Pattern:
    return re.compile(_LEADERS.format(labels=label_words("answer-label")))


class Restatement(NamedTuple):
    """A sentence that reports what came before it: an item standing for it, and its verb."""

    item: Item
    verb: str


def following_sentence(toks: list, item: Item, later: list[list]) -> list:
    """The tokens of the sentence after the item's (in its paragraph, else the next paragraph's first)."""
    after = [t for t in toks[item.next :] if t.sentence != item.sentence]
    if not after and later:
        after = later[0]
    return [t for t in after if after and t.sentence == after[0].sentence]


def preceding_sentence(toks: list, item: Item, earlier: list[list]) -> list:
    """The tokens of the sentence before the item's (in its paragraph, else the previous
    paragraph's last)."""
    before = [t for t in toks[: item.index] if t.sentence != item.sentence]
    if not before and earlier:
        before = earlier[-1]
    return [t for t in before if before and t.sentence == before[-1].sentence]


def opens_paragraph(item: Item, toks: list, text: str) -> bool:
    """Does the quotation open its paragraph (``toks``), but for a dash or an answer's = before
    its marks?"""
    return bool(_leaders().fullmatch(text[toks[0].start : item.opening]))


def restatement(sentence: list) -> Restatement | None:
    """What the sentence says when it reports what came before it: ``… 이렇게 말했다``,
    ``… 이같이 밝혔다``."""
    for k, token in enumerate(sentence):
        # Kiwi gives 이같이 as 이+같이 and 이렇게 as 이렇+게.
        pair = token.form + sentence[k + 1].form if k + 1 < len(sentence) else ""
        if token.form in words("pointing") or pair in words("pointing"):
            after = k + (1 if token.form in words("pointing") else 2)
            verb = predicate(sentence, after).verb
            # 이렇게 말을 시작하면서, 이같이 말을 맺었다: 말 as the object, any verb reports.
            said = [t.tag if t.form != "말" else "말" for t in sentence[after : after + 2]]
            if verb in words("verb") or said == ["말", "JKO"]:
                item = Item(
                    "indirect", token.start, token.start, None, None, None, k + 1, token.sentence, k
                )
                return Restatement(item, verb)
    return None


def chains(found: list[Item]) -> list[list[Item]]:
    """Items linked by 며/면서 in one sentence, as lists."""
    linked: list[list[Item]] = []
    for item in found:
        if linked and linked[-1][-1].link == "piece" and linked[-1][-1].sentence == item.sentence:
            linked[-1].append(item)
        else:
            linked.append([item])
    return linked
