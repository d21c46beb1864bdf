"""Who appears with whom over a corpus (관계도): every article's entities merged into one network.

:func:`kornews.entities` links short forms to full names within an article (박 시장 -> 박원순);
over the corpus an entity is its full name, so the same name written in two articles is one node.
A short form no article links stays as written. An edge counts the articles that name both
(``articles``) and the sentences that name both (``sentences``); the corpus can be narrowed to a
period (ISO dates, inclusive) and to some outlets first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

import pandas as pd

from .article import Article
from .entities import cooccurrence, entities

NODE_COLUMNS = ["entity", "kind", "articles", "mentions"]
EDGE_COLUMNS = ["entity", "other", "entity_kind", "other_kind", "articles", "sentences"]
WRITERS = {".gexf": "write_gexf", ".graphml": "write_graphml"}


def chosen(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    start: str | None = None,
    end: str | None = None,
    outlets: Iterable[str] | None = None,
) -> Iterable[tuple[Article, pd.DataFrame]]:
    """The ``(article, tokens)`` pairs dated from ``start`` to ``end`` (ISO dates, inclusive; an
    undated article is left out once either is given) and from one of ``outlets`` (all when None)."""
    wanted = None if outlets is None else frozenset(outlets)
    for article, tokens in documents:
        day = (article.date or "")[:10]
        if (start or end) and not day:
            continue
        if (start and day < start[:10]) or (end and day > end[:10]):
            continue
        if wanted is None or article.outlet in wanted:
            yield article, tokens


def corpus_network(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    start: str | None = None,
    end: str | None = None,
    outlets: Iterable[str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The merged entity network of ``(article, tokens)`` pairs (:func:`kornews.tokenized`), as
    two tidy tables ``(nodes, edges)``, after :func:`chosen` with ``start``, ``end``, ``outlets``.

    nodes: ``entity, kind`` (the kind most articles give it, ties by name), ``articles`` (naming
    it), ``mentions`` (in all); by articles, then mentions (both descending), then entity.
    edges: ``entity, other`` (in name order), ``entity_kind, other_kind``, ``articles`` (naming
    both), ``sentences`` (naming both in one sentence); by articles, then sentences (both
    descending), then entity, then other.
    """
    kinds: Counter = Counter()
    mentions: Counter = Counter()
    in_articles: Counter = Counter()
    pair_articles: Counter = Counter()
    pair_sentences: Counter = Counter()
    for article, tokens in chosen(documents, start=start, end=end, outlets=outlets):
        found = entities(tokens, article)
        names = sorted(set(found["entity"]))
        kinds.update(set(zip(found["entity"], found["kind"])))
        mentions.update(found["entity"])
        in_articles.update(names)
        pair_articles.update(combinations(names, 2))
        together = cooccurrence(found)
        pair_sentences.update(
            dict(zip(zip(together["entity"], together["other"]), together["weight"]))
        )
    kind = {}
    for name, each in sorted(kinds, key=lambda pair: (-kinds[pair], pair)):
        kind.setdefault(name, each)
    nodes = pd.DataFrame(
        [(name, kind[name], n, mentions[name]) for name, n in in_articles.items()],
        columns=NODE_COLUMNS,
    ).sort_values(
        ["articles", "mentions", "entity"], ascending=[False, False, True], ignore_index=True
    )
    edges = pd.DataFrame(
        [
            (a, b, kind[a], kind[b], n, pair_sentences[(a, b)])
            for (a, b), n in pair_articles.items()
        ],
        columns=EDGE_COLUMNS,
    ).sort_values(
        ["articles", "sentences", "entity", "other"],
        ascending=[False, False, True, True],
        ignore_index=True,
    )
    return nodes, edges


def network_graph(nodes: pd.DataFrame, edges: pd.DataFrame, *, within: str = "sentence"):
    """A networkx Graph of :func:`corpus_network`'s tables, drawable by :func:`kornews.plots.plot_network`.

    Nodes (in name order) carry ``kind``, ``articles`` and ``mentions``; an edge joins entities
    named together in one sentence (``within="sentence"``) or in one article (``"article"``),
    with ``articles`` and ``sentences`` as attributes and ``weight`` the count ``within`` gives.
    """
    if within not in ("sentence", "article"):
        raise ValueError(f"within must be 'sentence' or 'article', not {within!r}")
    import networkx as nx

    graph = nx.Graph()
    for row in nodes.sort_values("entity", kind="stable").itertuples():
        graph.add_node(row.entity, kind=row.kind, articles=row.articles, mentions=row.mentions)
    weight = "sentences" if within == "sentence" else "articles"
    for row in edges[edges[weight] > 0].itertuples():
        graph.add_edge(
            row.entity,
            row.other,
            articles=row.articles,
            sentences=row.sentences,
            weight=getattr(row, weight),
        )
    return graph


def write_graph(graph, *, path: str | Path) -> Path:
    """Write ``graph`` for Gephi: GEXF or GraphML, as the file name ends (.gexf, .graphml)."""
    import networkx as nx

    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"{path.name}: a graph file ends in {' or '.join(WRITERS)}")
    getattr(nx, writer)(graph, path)
    return path
