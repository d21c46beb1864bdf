"""A folder of articles over time: how often terms occur per day, week or month.

Each article is counted in the period its date falls in (``article.date``: from its text or
page, its file name, the user, or a BigKinds export's 일자); articles without a date are counted
apart, in the period ``undated``. Terms are counted as :func:`kornews.term_counts` counts them
(nouns as written, news stopwords and each article's outlet and reporter left out; the folder's
filler, :func:`kornews.corpus_stopwords`, is never one of the terms chosen); ``tokens``
(every morpheme of the title, headings and body) and ``articles`` per period are there to
normalise by, since a busy week says more words about everything. ``term_articles`` counts
the articles using a term, as BigKinds' keyword trends do: one story repeating a word is one
article, however often it says it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import pandas as pd

from .article import Article
from .schema import conformed, names, typed
from .terms import news_stopwords, term_counts
from .terms.stoplist import Stoplist, stoplisted

FREQUENCIES = {"D": "day", "W": "week (Monday to Sunday)", "M": "month"}
UNDATED = "undated"
TREND_COLUMNS = names("trends_by_outlet")
RISING_COLUMNS = names("rising_terms")
# Each half of the dated periods holds at least this many articles before a term is said to
# rise: with one or two, a "rise" is one article's wording, not the folder's (BigKinds' keyword
# trends count articles for the same reason).
MIN_ARTICLES = 3
# A rising term is used by at least this many articles of the later half: two stories taking a
# word up is the least that is not one writer's wording; a folder of hundreds may ask for more.
MIN_TERM_ARTICLES = 2


class Halves(NamedTuple):
    """The two halves of a :func:`trends` table's dated periods that :func:`rising_terms`
    compares (a middle period of an odd number left out), and how many articles each holds."""

    earlier: tuple[str, ...]
    later: tuple[str, ...]
    earlier_articles: int
    later_articles: int


def trends(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    terms: Iterable[str] | None = None,
    top: int | None = None,
    freq: str = "M",
    by_outlet: bool = False,
    stopwords: Iterable[str] = (),
    empty_periods: bool = True,
    stoplist: Stoplist = True,
) -> pd.DataFrame:
    """Counts of terms per period from ``(article, tokens)`` pairs (:func:`kornews.tokenized`).

    ``terms`` are the terms to follow; when None, the ``top`` terms of the largest total count
    (ties by term), or every term when ``top`` is None too (a table of terms × periods, mostly
    zeros: what :func:`rising_terms` reads); ``freq`` is ``D``, ``W`` or ``M``; ``by_outlet``
    splits each period by outlet; ``empty_periods=False`` leaves out the periods (and, by
    outlet, the outlets' periods) that hold no article. Kept by default, as pandas' ``resample``
    keeps its empty bins: a plot's line breaks where no article falls instead of joining the
    periods either side, and :func:`rising_terms` halves the time, not the periods held. When
    the terms are chosen here (``terms`` None), the filler of :func:`kornews.corpus_stopwords`
    (이번, 진행) is none of them unless ``stoplist=False`` (or the words given instead:
    :func:`kornews.terms.stoplisted`); a term given by name is always counted.

    Columns:
        period: ``2020-07-10`` (D), ``2020-07-06`` (W: the Monday that starts the week), ``2020-07``
            (M), or ``undated`` for the articles without a date; every period from the first to the
            last dated one is there, with zeros where no article falls (``empty_periods``).
        outlet: the articles' outlet (``by_outlet``; missing when an article names none); absent otherwise.
        term: the term.
        count: its occurrences in the period's articles.
        term_articles: how many of those articles use it (once or more).
        articles: how many articles the period (and outlet) holds.
        tokens: how many morphemes those articles hold (title, headings and body).
        share: ``count / tokens`` (missing when the period holds no article).
    Rows in period order (``undated`` last), then outlet, then the terms in the order given (when
    None: by total count, descending, then term).
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    stopwords = frozenset(stopwords)
    counts, sizes = [], []
    for number, (article, tokens) in enumerate(documents):
        period = period_of(article.date, freq=freq)
        found = term_counts(tokens, stopwords=news_stopwords(article, extra=stopwords))
        counts.append(
            found[["term", "count"]].assign(period=period, outlet=article.outlet, number=number)
        )
        sizes.append((period, article.outlet, len(tokens)))
    keys = ["period", "outlet"] if by_outlet else ["period"]
    size = (
        pd.DataFrame(sizes, columns=["period", "outlet", "tokens"])
        .groupby(keys, dropna=False)
        .agg(articles=("tokens", "size"), tokens=("tokens", "sum"))
        .reset_index()
    )
    counted = (
        pd.concat(counts, ignore_index=True)
        if counts
        else pd.DataFrame(columns=["term", "count", "period", "outlet", "number"])
    )
    totals = counted.groupby("term")["count"].sum()
    totals = totals[~totals.index.isin(stoplisted(stoplist))]
    chosen = (
        list(dict.fromkeys(terms))
        if terms is not None
        else sorted(totals.index, key=lambda t: (-totals[t], t))[:top]
    )
    size = _every_period(size, freq, by_outlet) if empty_periods else size
    grid = size.merge(pd.DataFrame({"term": pd.Series(chosen, dtype=object)}), how="cross")
    summed = (
        counted[counted["term"].isin(chosen)]
        .groupby([*keys, "term"], dropna=False)
        # A term written with two tags is one row per tag: an article counts once.
        .agg(count=("count", "sum"), term_articles=("number", "nunique"))
        .reset_index()
    )
    table = grid.merge(summed.astype({"term": object}), on=[*keys, "term"], how="left")
    table = table.fillna({"count": 0, "term_articles": 0}).astype(
        {"count": int, "term_articles": int}
    )
    table["share"] = (table["count"] / table["tokens"].where(table["tokens"] > 0)).astype("Float64")
    order = {term: i for i, term in enumerate(chosen)}
    table = table.assign(_undated=table["period"].eq(UNDATED), _term=table["term"].map(order))
    table = table.sort_values(
        ["_undated", "period", *keys[1:], "_term"], kind="stable", na_position="last"
    )
    return conformed("trends_by_outlet" if by_outlet else "trends", table.reset_index(drop=True))


def period_of(date: str | None, *, freq: str) -> str:
    """The period label of an ISO date (``2020-07-10``) at ``freq``; ``undated`` for None."""
    if not date:
        return UNDATED
    start = pd.Period(date[:10], freq=freq).start_time
    return start.strftime("%Y-%m" if freq == "M" else "%Y-%m-%d")


def _every_period(size: pd.DataFrame, freq: str, by_outlet: bool) -> pd.DataFrame:
    """Every period from the first dated one to the last (zero articles where none falls), and ``undated``."""
    dated = size[size["period"] != UNDATED]
    if dated.empty:
        return size.astype({"articles": int, "tokens": int})
    span = pd.period_range(dated["period"].min(), dated["period"].max(), freq=freq)
    labels = pd.DataFrame(
        {"period": [period_of(str(p.start_time.date()), freq=freq) for p in span]}
    )
    if by_outlet:
        labels = labels.merge(size[["outlet"]].drop_duplicates(), how="cross")
    keys = ["period", "outlet"] if by_outlet else ["period"]
    full = labels.merge(dated, on=keys, how="left")
    full = pd.concat([full, size[size["period"] == UNDATED]], ignore_index=True)
    return full.fillna({"articles": 0, "tokens": 0}).astype({"articles": int, "tokens": int})


def trend_halves(table: pd.DataFrame) -> Halves:
    """The halves of the dated periods of a :func:`trends` table (none: fewer than two periods)."""
    periods = sorted(set(table["period"]) - {UNDATED})
    half = len(periods) // 2
    earlier, later = tuple(periods[:half]), tuple(periods[len(periods) - half :])
    sizes = _sizes(table)
    held = {
        chosen: int(sizes.loc[sizes["period"].isin(chosen), "articles"].sum())
        for chosen in (earlier, later)
    }
    return Halves(earlier, later, held[earlier], held[later])


def _sizes(table: pd.DataFrame) -> pd.DataFrame:
    """One row per period (and outlet) of a :func:`trends` table: its articles and tokens are
    on each of its term rows, counted once."""
    return table.drop_duplicates([c for c in ("period", "outlet") if c in table])


def rising_terms(
    table: pd.DataFrame,
    *,
    top: int = 10,
    min_count: int = 2,
    min_articles: int = MIN_ARTICLES,
    min_term_articles: int = MIN_TERM_ARTICLES,
) -> pd.DataFrame:
    """The terms that more articles used in the second half of the dated periods than in the
    first (:func:`trend_halves`), from a :func:`trends` table of every term, ranked by the rise
    in the share of the half's articles that use them: a keyword trend as BigKinds counts it,
    one story saying a word ten times being one article.

    A term rises when at least ``min_term_articles`` articles of the later half use it, more
    articles than in the earlier half and a larger share of the half's articles (halves of
    unequal size could make one reading a rise and the other a fall: both must rise).

    Columns: term, earlier_count, later_count (occurrences in the first half and the second),
    earlier_term_articles, later_term_articles (the articles using it), earlier_article_share,
    later_article_share (those over the articles the half holds), rise (later_article_share -
    earlier_article_share, above 0), earlier_articles, later_articles (the articles each half
    holds, the same on every row). Terms seen fewer than ``min_count`` times in all are left out;
    the ``top`` largest rises, ties by the later articles using them, then by term. No rows when
    either half holds fewer than ``min_articles`` articles. The halves are halves of the table's
    periods: give it every period (:func:`trends`' default), not only those holding articles.
    """
    halves = trend_halves(table)
    if not halves.earlier or min(halves.earlier_articles, halves.later_articles) < min_articles:
        return typed("rising_terms")
    parts = {}
    for name, chosen, held in (
        ("earlier", halves.earlier, halves.earlier_articles),
        ("later", halves.later, halves.later_articles),
    ):
        rows = table[table["period"].isin(chosen)]
        summed = rows.groupby("term")[["count", "term_articles"]].sum()
        parts[f"{name}_count"] = summed["count"]
        parts[f"{name}_term_articles"] = summed["term_articles"]
        # max: a half of no article (min_articles=0) has no share to divide.
        parts[f"{name}_article_share"] = summed["term_articles"] / max(held, 1)
    result = pd.DataFrame(parts).fillna(0).reset_index(names="term")
    rose = (
        (result["earlier_count"] + result["later_count"] >= min_count)
        & (result["later_term_articles"] >= min_term_articles)
        & (result["later_term_articles"] > result["earlier_term_articles"])
        & (result["later_article_share"] > result["earlier_article_share"])
    )
    # Filtered after assign: a column given to a frame of no row brings its index back.
    result = result.assign(
        rise=result["later_article_share"] - result["earlier_article_share"],
        earlier_articles=halves.earlier_articles,
        later_articles=halves.later_articles,
    )[rose]
    result = result.sort_values(
        ["rise", "later_term_articles", "term"], ascending=[False, False, True], kind="stable"
    ).head(top)
    return conformed("rising_terms", result.reset_index(drop=True))


def by_period(table: pd.DataFrame) -> pd.DataFrame:
    """A :func:`trends` table (one outlet: not ``by_outlet``) as periods × terms: the ``count``
    of each term (columns, in the table's term order) in each period (rows, in order, ``undated``
    last) that holds an article; a period without articles says nothing and is left out."""
    held = table[table["articles"] > 0]
    wide = held.pivot(index="period", columns="term", values="count")
    return wide.reindex(
        index=list(dict.fromkeys(held["period"])), columns=list(dict.fromkeys(table["term"]))
    )
