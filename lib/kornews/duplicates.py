"""Near-duplicate articles in a corpus: exact copies, light edits and rewrites of one story.

Each article's body (its paragraphs; not the title, dateline, bylines or footer) is normalised
(NFKC, lower case, only letters and digits kept, so spacing and punctuation do not count) and cut
into overlapping character :data:`SHINGLE`-grams. A MinHash of :data:`PERMUTATIONS` values stands
for each article's set of shingles; LSH (``datasketch.MinHashLSH``, :data:`BANDS`) offers
candidate pairs and only those are scored, so the cost grows with the corpus, not with its
square, and memory holds one small record per article. Characters rather than Kiwi morphemes:
on the benchmark (``benchmarks/copies.py``) they rank rewrites above unrelated articles of the
same topic more often, and they need no tokenizing.

A pair's relation, by ``containment`` (the share of the shorter body's shingles found in the
other, from the MinHash estimate and the two set sizes) and ``facts`` (the share of the shorter
list of numbers as written, 2만명, 15일, found in the other):

* ``exact``: the normalised bodies are identical;
* ``edit``: containment >= :data:`EDIT`: the same text with light edits (sentences dropped or
  reordered, a verb swapped, a new lead);
* ``rewrite``: containment >= :data:`REWRITE` and facts >= :data:`FACTS`: the same story retold
  by another desk, its numbers kept;
* otherwise the pair is not reported (two stories of one topic share phrases, not numbers).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pandas as pd
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .article import Article
from .schema import conformed, names

SHINGLE = 5
PERMUTATIONS = 256
# LSH bands of 2 values: a pair of Jaccard 0.2 is offered with probability 0.99, 0.13 with 0.89,
# two unrelated articles (0.01) with 0.013; more values per band would miss rewrites.
BANDS = (128, 2)
EDIT = 0.6
REWRITE = 0.15
# A rewrite also keeps the story's facts: this share of the shorter body's numbers.
FACTS = 0.6
RELATIONS = ("exact", "edit", "rewrite")
PAIR_COLUMNS = names("duplicates")
CLUSTER_COLUMNS = ["cluster", "articles", "outlets", "first", "last", "earliest", "relations"]
_NOT_TEXT = re.compile(r"[^\w]|_")
# A number as written with its counter: 4만3000명, 15일, 2.5%.
_NUMBER = re.compile(r"\d[\d.,만억조천]*(?:[^\W\d_]|%)?")


@dataclass(frozen=True)
class Fingerprint:
    """What the search keeps of one article: its name, outlet, date and body's sketch."""

    index: int
    name: str
    outlet: str | None
    date: str | None
    size: int  # distinct shingles
    digest: str  # of the normalised body: equal digests are exact copies
    sketch: LeanMinHash
    numbers: frozenset[str]


@dataclass(frozen=True)
class Pair:
    first: Fingerprint
    second: Fingerprint
    similarity: float
    containment: float
    facts: float
    relation: str


def body(article: Article) -> str:
    """The article's body paragraphs, one per line."""
    return "\n".join(p.text for p in article.parts if p.kind == "paragraph")


def normalised(text: str) -> str:
    """``text`` as compared: NFKC, lower case, letters and digits only."""
    return _NOT_TEXT.sub("", unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, *, size: int = SHINGLE) -> set[str]:
    """The distinct character ``size``-grams of ``normalised(text)`` (the whole text if shorter)."""
    flat = normalised(text)
    if len(flat) <= size:
        return {flat} if flat else set()
    return {flat[i : i + size] for i in range(len(flat) - size + 1)}


@cache
def _template() -> MinHash:
    # Its permutations are drawn once: drawing them takes as long as sketching an article.
    return MinHash(num_perm=PERMUTATIONS)


def sketch(pieces: Iterable[str]) -> LeanMinHash:
    """A MinHash of ``pieces``, hashed with CRC-32 so that every process gets the same one."""
    template = _template()
    minhash = MinHash(
        num_perm=PERMUTATIONS,
        hashfunc=_crc,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    minhash.update_batch(list(pieces))
    return LeanMinHash(minhash)


def _crc(piece: str) -> int:
    return zlib.crc32(piece.encode("utf-8"))


def fingerprint(article: Article, index: int, *, size: int = SHINGLE) -> Fingerprint:
    """What :func:`find_pairs` keeps of the ``index``-th article."""
    text = body(article)
    pieces = shingles(text, size=size)
    digest = hashlib.sha1(normalised(text).encode("utf-8")).hexdigest()
    numbers = frozenset(_NUMBER.findall(unicodedata.normalize("NFKC", text)))
    return Fingerprint(
        index,
        article.name,
        article.outlet,
        article.date,
        len(pieces),
        digest,
        sketch(pieces),
        numbers,
    )


def relation(containment: float, facts: float, *, exact: bool) -> str | None:
    """The pair's relation by the thresholds above; None for a pair of neither."""
    if exact:
        return "exact"
    if containment >= EDIT:
        return "edit"
    return "rewrite" if containment >= REWRITE and facts >= FACTS else None


def shared_facts(first: frozenset[str], second: frozenset[str]) -> float:
    """The share of the smaller set of numbers found in the other (0 when either has none)."""
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


def compare(first: Fingerprint, second: Fingerprint) -> Pair | None:
    """The two articles' pair with its scores and relation; None for two of different stories."""
    exact = first.digest == second.digest and first.size > 0
    similarity = 1.0 if exact else float(first.sketch.jaccard(second.sketch))
    smaller = min(first.size, second.size)
    # |A ∩ B| = J (|A| + |B|) / (1 + J)
    shared = similarity * (first.size + second.size) / (1 + similarity)
    containment = 1.0 if exact else min(1.0, shared / smaller) if smaller else 0.0
    facts = shared_facts(first.numbers, second.numbers)
    found = relation(containment, facts, exact=exact)
    return Pair(first, second, similarity, containment, facts, found) if found else None


def find_pairs(articles: Iterable[Article], *, size: int = SHINGLE) -> list[Pair]:
    """Every pair of near-duplicates in ``articles``, in corpus order (the earlier one first)."""
    index = MinHashLSH(num_perm=PERMUTATIONS, params=BANDS)
    seen: list[Fingerprint] = []
    pairs = []
    for i, article in enumerate(articles):
        current = fingerprint(article, i, size=size)
        if current.size:
            for j in sorted(index.query(current.sketch)):
                pair = compare(seen[j], current)
                if pair:
                    pairs.append(pair)
            index.insert(i, current.sketch)
        seen.append(current)
    return sorted(pairs, key=lambda p: (p.first.index, p.second.index))


def _clusters(pairs: list[Pair]) -> dict[int, int]:
    """Cluster number (from 1, in order of each cluster's first article) of every paired article."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pair in pairs:
        a, b = root(pair.first.index), root(pair.second.index)
        parent[max(a, b)] = min(a, b)
    roots = sorted({root(i) for i in parent})
    number = {r: n for n, r in enumerate(roots, start=1)}
    return {i: number[root(i)] for i in parent}


def duplicates(articles: Iterable[Article], *, size: int = SHINGLE) -> pd.DataFrame:
    """One row per pair of near-duplicate articles, in corpus order.

    Columns:
        article, other_article: the two articles' names (``article`` the earlier in the corpus).
        similarity: the estimated Jaccard similarity of their shingle sets (1.0 for exact copies).
        containment: the estimated share of the shorter body's shingles found in the other.
        relation: ``exact``, ``edit`` or ``rewrite`` (see the module).
        cluster: the group of articles joined by pairs (numbered from 1 in corpus order).
    """
    pairs = find_pairs(articles, size=size)
    return pairs_table(pairs)


def pairs_table(pairs: list[Pair]) -> pd.DataFrame:
    """:func:`duplicates`' table of :func:`find_pairs`' pairs."""
    cluster = _clusters(pairs)
    rows = [
        (
            p.first.name,
            p.second.name,
            round(p.similarity, 3),
            round(p.containment, 3),
            round(p.facts, 3),
            p.relation,
            cluster[p.first.index],
        )
        for p in pairs
    ]
    return conformed("duplicates", pd.DataFrame(rows, columns=PAIR_COLUMNS))


def clusters(pairs: list[Pair]) -> pd.DataFrame:
    """One row per cluster of :func:`find_pairs`' pairs.

    Columns:
        cluster: as in :func:`duplicates`.
        articles: how many articles it joins.
        outlets: their outlets, sorted and comma-separated (unknown ones left out).
        first, last: the earliest and latest date among them (ISO; missing when none is dated).
        earliest: the article that came first (the earliest dated, then the first in the corpus).
        relations: the relations of its pairs, comma-separated in the order exact, edit, rewrite.
    """
    cluster = _clusters(pairs)
    members: dict[int, dict[int, Fingerprint]] = {}
    kinds: dict[int, set[str]] = {}
    for p in pairs:
        n = cluster[p.first.index]
        members.setdefault(n, {}).update({p.first.index: p.first, p.second.index: p.second})
        kinds.setdefault(n, set()).add(p.relation)
    rows = []
    for n in sorted(members):
        group = sorted(members[n].values(), key=lambda f: f.index)
        dates = sorted(f.date for f in group if f.date)
        earliest = min(group, key=lambda f: (f.date is None, f.date or "", f.index))
        rows.append(
            (
                n,
                len(group),
                ", ".join(sorted({f.outlet for f in group if f.outlet})),
                dates[0] if dates else None,
                dates[-1] if dates else None,
                earliest.name,
                ", ".join(r for r in RELATIONS if r in kinds[n]),
            )
        )
    return pd.DataFrame(rows, columns=CLUSTER_COLUMNS)


def members(pairs: list[Pair]) -> pd.DataFrame:
    """One row per article in a cluster: ``cluster, article, outlet, date``, by cluster then corpus order."""
    cluster = _clusters(pairs)
    found = {f.index: f for p in pairs for f in (p.first, p.second)}
    rows = [(cluster[i], found[i].name, found[i].outlet, found[i].date) for i in sorted(found)]
    table = pd.DataFrame(rows, columns=["cluster", "article", "outlet", "date"])
    return table.sort_values("cluster", kind="stable", ignore_index=True)
