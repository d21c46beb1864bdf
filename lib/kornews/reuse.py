"""How much of each article is one source text (a press release, a wire story) reused.

Both are cut into Kiwi's sentences (body paragraphs only: not the title, bylines or footer).
Two sentences are compared by the Dice coefficient of their character bigrams, after
:func:`kornews.duplicates.normalised` (letters and digits only, so spacing and punctuation do
not count): ``2 |A ∩ B| / (|A| + |B|)``. An article's sentence is aligned to the source sentence
it is most like when that similarity is at least :data:`ALIGNED`: a swapped verb or a dropped
clause keeps a sentence well above it, a sentence retold in other words falls below. Sentences
not aligned are the article's own material.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .article import Article
from .duplicates import normalised
from .schema import conformed, names
from .tokens import sentences

ALIGNED = 0.5
ALIGNMENT_COLUMNS = [
    "article",
    "outlet",
    "share",
    "sentence",
    "text",
    "source_sentence",
    "source",
    "similarity",
    "difference",
]
SHARE_COLUMNS = names("shares")


@dataclass(frozen=True)
class Sentence:
    number: int  # from 1, in the body
    text: str
    bigrams: frozenset[str]


def body_sentences(article: Article, tokens: pd.DataFrame) -> list[Sentence]:
    """The article's body sentences (Kiwi's), numbered from 1, with their bigrams."""
    table = sentences(tokens, article)
    texts = table.loc[table["part"] == "paragraph", "text"]
    return [Sentence(n, text, bigrams(text)) for n, text in enumerate(texts, start=1)]


def bigrams(text: str) -> frozenset[str]:
    flat = normalised(text)
    return frozenset(flat[i : i + 2] for i in range(len(flat) - 1)) or frozenset({flat})


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """The Dice coefficient of two bigram sets (0 for two empty ones)."""
    total = len(first) + len(second)
    return 2 * len(first & second) / total if total else 0.0


def difference(source: str, text: str) -> str:
    """``text`` against ``source`` word by word: ``[-dropped-]`` and ``{+added+}`` marked."""
    old, new = source.split(), text.split()
    marked = []
    for op, a, b, c, d in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            marked += new[c:d]
            continue
        if b > a:
            marked.append("[-" + " ".join(old[a:b]) + "-]")
        if d > c:
            marked.append("{+" + " ".join(new[c:d]) + "+}")
    return " ".join(marked)


def align(source: list[Sentence], article: Article, own: list[Sentence]) -> pd.DataFrame:
    """One row per body sentence of ``article`` (see :func:`reuse` for the columns)."""
    rows = []
    for sentence in own:
        best = max(source, key=lambda s: similarity(s.bigrams, sentence.bigrams), default=None)
        score = similarity(best.bigrams, sentence.bigrams) if best else 0.0
        if best is None or score < ALIGNED:
            rows.append((sentence.number, sentence.text, None, None, round(score, 3), None))
        else:
            marked = difference(best.text, sentence.text)
            rows.append(
                (sentence.number, sentence.text, best.number, best.text, round(score, 3), marked)
            )
    table = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS[3:]).astype({"source_sentence": "Int64"})
    aligned = table["source_sentence"].notna()
    share = round(float(aligned.mean()), 3) if len(table) else 0.0
    table.insert(0, "share", share)
    table.insert(0, "outlet", article.outlet)
    table.insert(0, "article", article.name)
    return table


def reuse(
    source: tuple[Article, pd.DataFrame], documents: Iterable[tuple[Article, pd.DataFrame]]
) -> Iterable[pd.DataFrame]:
    """Each article's sentences aligned to ``source``'s, one table per article as it is done.

    ``source`` and ``documents`` are ``(article, tokens)`` pairs (:func:`kornews.tokenized`).

    Columns:
        article, outlet: the article's name and outlet.
        share: the share of its body sentences aligned to the source (the same on each of its rows).
        sentence, text: the body sentence's number (from 1) and text.
        source_sentence, source: the source sentence it is aligned to, missing for its own material.
        similarity: the Dice similarity to the source sentence most like it (aligned or not).
        difference: the sentence against the source's, ``[-dropped-]`` and ``{+added+}`` words
            marked; missing for its own material.
    """
    original = body_sentences(*source)
    for article, tokens in documents:
        yield align(original, article, body_sentences(article, tokens))


def shares(table: pd.DataFrame) -> pd.DataFrame:
    """One row per article of :func:`reuse`'s rows (concatenated), in their order.

    Columns: ``article, outlet``; ``sentences`` (body sentences), ``aligned`` (to the source),
    ``share`` (aligned / sentences), ``own`` (sentences not aligned: the article's own material)
    and ``own_characters`` (their length).
    """
    own = table["source_sentence"].isna()
    table = (
        table.assign(own=own, own_characters=table["text"].str.len().where(own, 0))
        .groupby("article", sort=False)
        .agg(
            outlet=("outlet", "first"),
            sentences=("sentence", "size"),
            aligned=("source_sentence", "count"),
            own=("own", "sum"),
            own_characters=("own_characters", "sum"),
        )
        .reset_index()
    )
    table["share"] = (table["aligned"] / table["sentences"]).round(3)
    return conformed("shares", table)
