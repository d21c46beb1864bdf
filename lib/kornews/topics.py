"""Topics of a corpus: a topic model (tomotopy) over kornews's terms, with outlet and month as metadata.

Each article is its terms (:func:`kornews.term_tokens`: compounds whole, 목동구장 one term; news
stopwords, the folder's filler of :func:`kornews.corpus_stopwords` and the article's outlet and
reporter left out). The model is tomotopy's DMR
(Dirichlet-multinomial regression; Mimno & McCallum 2008): LDA whose topic priors depend on
metadata, here the outlet (a category) and the month, the closest tomotopy has to STM's
covariates. With ``metadata=False`` it is plain LDA. A fixed seed and one worker make a run give
the same topics on the same corpus. ``choose_k`` trains a model per k and gives each k's
coherence (tomotopy's ``Coherence``, c_v: higher reads better), to choose k by: among the ks
the corpus carries (``topic_counts``: at most one topic per three articles), the best
(``best_k``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from .article import Article
from .schema import conformed
from .terms import news_stopwords, term_tokens
from .terms.stoplist import Stoplist, stoplisted
from .trends import UNDATED, period_of

SEED = 28
# The numbers of topics tried when none is given (the CLI's and notebook 07's).
TOPIC_COUNTS = (2, 4, 6, 8, 10)
# A folder carries at most one topic per this many articles with terms: a topic is a subject
# several articles share, not one article's own (and coherence, c_v, tends to rise with k on a
# small folder, so the cap, not the score, keeps k sensible there).
ARTICLES_PER_TOPIC = 3
TERM_COLUMNS = ["topic", "rank", "term", "weight"]
SHARE_COLUMNS = ["article", "title", "outlet", "month", "topic", "share"]
OVERVIEW_COLUMNS = ["topic", "share", "terms", "typical", "typical_title"]


class TopicDocument(NamedTuple):
    """One article as the topic model reads it."""

    article: str
    title: str | None
    outlet: str | None
    month: str  # 2023-01, or ``undated``
    terms: tuple[str, ...]
    body: bool = True  # False: only a title (a page without a body paragraph), never "typical"


@dataclass(frozen=True)
class Topics:
    """A trained topic model and its tidy tables.

    terms: ``topic, rank, term, weight`` (the topic's top terms, rank 1 first; weight is the
        term's probability in the topic).
    shares: ``article, title, outlet, month, topic, share`` (each article's share of each
        topic; an article's shares sum to 1), articles in input order, then topic.
    skipped: the names of the articles the model could not read: those with no term, or all
        when no term occurs ``min_count`` times (the tables are then empty).
    bodiless: the names of the articles without a body paragraph, in the model but never a
        topic's typical article.
    """

    model: object
    terms: pd.DataFrame
    shares: pd.DataFrame
    skipped: tuple[str, ...]
    bodiless: tuple[str, ...] = ()


def topic_documents(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    stopwords: Iterable[str] = (),
    stoplist: Stoplist = True,
) -> list[TopicDocument]:
    """Each ``(article, tokens)`` pair (:func:`kornews.tokenized`) as a :class:`TopicDocument`:
    tokenized once, then trained on as often as ``choose_k`` needs. The filler of
    :func:`kornews.corpus_stopwords` (이번, 진행) is left out before training, as stopwords are
    for a topic model (a topic's top words full of them tell nothing), unless ``stoplist=False``
    (or the words given instead: :func:`kornews.terms.stoplisted`)."""
    extra = frozenset(stopwords) | stoplisted(stoplist)
    return [
        TopicDocument(
            article.name,
            article.title,
            article.outlet,
            period_of(article.date, freq="M"),
            tuple(
                term
                for term in term_tokens(tokens, stopwords=news_stopwords(article, extra=extra))[
                    "term"
                ]
                # One letter (이, 김, 앞, A) says nothing of a topic: names' pieces, a stray pronoun.
                if len(term) > 1
            ),
            any(part.kind == "paragraph" for part in article.parts),
        )
        for article, tokens in documents
    ]


def topic_model(
    documents: Sequence[TopicDocument],
    *,
    k: int = 8,
    metadata: bool = True,
    iterations: int = 500,
    min_count: int = 2,
    top: int = 10,
    seed: int = SEED,
) -> Topics:
    """A ``k``-topic model of ``documents`` (:func:`topic_documents`): DMR with outlet and month as
    metadata (plain LDA when ``metadata`` is False), terms seen fewer than ``min_count`` times in
    all left out, ``iterations`` Gibbs sweeps; the ``top`` terms of each topic."""
    import tomotopy as tp

    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    if metadata:
        model = tp.DMRModel(k=k, min_cf=min_count, seed=seed)
    else:
        model = tp.LDAModel(k=k, min_cf=min_count, seed=seed)
    # A corpus whose terms all occur fewer than min_count times leaves the model no words.
    counts = Counter(term for document in documents for term in document.terms)
    learnable = any(n >= min_count for n in counts.values())
    added, skipped = [], []
    for document in documents:
        extra = (
            {"metadata": document.outlet or "", "multi_metadata": [document.month]}
            if metadata
            else {}
        )
        ok = (
            learnable
            and document.terms
            and model.add_doc(list(document.terms), **extra) is not None
        )
        (added if ok else skipped).append(document)
    if added:
        model.train(iterations, workers=1)
    terms = pd.DataFrame(
        [
            (topic, rank, term, weight)
            for topic in range(k if added else 0)
            for rank, (term, weight) in enumerate(model.get_topic_words(topic, top_n=top), 1)
        ],
        columns=TERM_COLUMNS,
    )
    shares = pd.DataFrame(
        [
            (*document[:4], topic, float(share))
            for document, trained in zip(added, model.docs)
            for topic, share in enumerate(trained.get_topic_dist())
        ],
        columns=SHARE_COLUMNS,
    )
    return Topics(
        model,
        terms,
        shares,
        tuple(d.article for d in skipped),
        tuple(d.article for d in added if not d.body),
    )


def typical_articles(topics: Topics, *, top: int = 3, above_even: bool = False) -> pd.DataFrame:
    """The ``top`` articles with the largest share of each topic, among those with a body
    paragraph: the columns of ``topics.shares`` plus ``rank``; by topic, then share
    (descending), then article.

    ``above_even``: only articles holding the topic more than an even split of the model's k
    topics (a share above 1/k). At or below it an article is not typical of the topic: a story
    wholly of another topic (0%), or one with no term of its own, spread evenly (1/k).
    """
    shares = topics.shares
    bodied = shares[~shares["article"].isin(topics.bodiless)]
    if above_even:
        # Every trained article has a share of every topic: k is the number of topics seen.
        bodied = bodied[bodied["share"] > 1 / max(shares["topic"].nunique(), 1)]
    ordered = bodied.sort_values(
        ["topic", "share", "article"], ascending=[True, False, True], kind="stable"
    )
    table = ordered.groupby("topic").head(top).reset_index(drop=True)
    table.insert(5, "rank", table.groupby("topic").cumcount() + 1)
    return table


def topic_shares(topics: Topics, *, by: str = "outlet") -> pd.DataFrame:
    """Each topic's mean share of the articles of each outlet or month (``by``): columns ``by``,
    ``topic``, ``share`` (a group's shares sum to 1), ``articles``; by ``by``, then topic. Articles
    without an outlet are the outlet ``unknown``; undated ones the month ``undated``, last."""
    if by not in ("outlet", "month"):
        raise ValueError(f"by must be 'outlet' or 'month', not {by!r}")
    shares = topics.shares.fillna({"outlet": "unknown"})
    table = (
        shares.groupby([by, "topic"])
        .agg(share=("share", "mean"), articles=("article", "nunique"))
        .reset_index()
    )
    table = table.assign(_last=table[by].eq(UNDATED)).sort_values(
        ["_last", by, "topic"], kind="stable"
    )
    return table.drop(columns="_last").reset_index(drop=True)


def topic_overview(topics: Topics, *, terms: int = 10) -> pd.DataFrame:
    """One row per topic: ``topic``, ``share`` (its mean share over the articles), ``terms`` (its
    top ``terms``, comma-separated), ``typical`` and ``typical_title`` (the article with the
    largest share of it, above an even split of the k topics as :func:`typical_articles` keeps
    them with ``above_even``; missing when none holds it so); by topic."""
    typical = typical_articles(topics, top=1, above_even=True).set_index("topic")
    rows = [
        (
            topic,
            float(topics.shares.loc[topics.shares["topic"] == topic, "share"].mean()),
            ", ".join(group.sort_values("rank")["term"].head(terms)),
            typical["article"].get(topic),  # None: no article with a body holds it above 1/k
            typical["title"].get(topic),
        )
        for topic, group in topics.terms.groupby("topic")
    ]
    return pd.DataFrame(rows, columns=OVERVIEW_COLUMNS)


def topic_counts(
    documents: Sequence[TopicDocument], *, ks: Iterable[int] = TOPIC_COUNTS
) -> list[int]:
    """The numbers of topics of ``ks`` that ``documents`` can carry: at most one topic per
    :data:`ARTICLES_PER_TOPIC` articles with terms, and at least two (none: too few articles)."""
    most = sum(1 for document in documents if document.terms) // ARTICLES_PER_TOPIC
    return [k for k in ks if 2 <= k <= most]


def best_k(scores: pd.DataFrame) -> int | None:
    """The k of the highest coherence in a :func:`choose_k` table, the smaller k on a tie; None
    when no k has a score."""
    scored = scores.dropna(subset=["coherence"])
    if scored.empty:
        return None
    return int(
        scored.sort_values(["coherence", "k"], ascending=[False, True], kind="stable")["k"].iloc[0]
    )


def choose_k(
    documents: Sequence[TopicDocument],
    *,
    ks: Iterable[int] = TOPIC_COUNTS,
    metadata: bool = True,
    iterations: int = 500,
    seed: int = SEED,
) -> pd.DataFrame:
    """Coherence (c_v over each topic's top 10 terms, averaged over topics) of a model per k:
    columns ``k, coherence`` (missing when the model has no words), in the order of ``ks``. Read it with the topics themselves: a
    higher score means top terms that occur together in the corpus's own sentences."""
    import tomotopy as tp

    rows = []
    for k in ks:
        topics = topic_model(documents, k=k, metadata=metadata, iterations=iterations, seed=seed)
        score = (
            tp.coherence.Coherence(topics.model, coherence="c_v", top_n=10).get_score()
            if len(topics.shares)
            else float("nan")
        )
        rows.append((k, float(score)))
    return conformed("choose_k", pd.DataFrame(rows, columns=["k", "coherence"]))
