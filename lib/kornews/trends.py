"""A folder of articles over time: how often terms occur per day, week or month.

Each article is counted in the period its date falls in (``article.date``: from its text or
page, its file name, the user, or a BigKinds export's 일자); articles without a date are counted
apart, in the period ``undated``. Terms are counted as :func:`kornews.term_counts` counts them
(nouns as written, news stopwords and each article's outlet and reporter left out); ``tokens``
(every morpheme of the title, headings and body) and ``articles`` per period are there to
normalise by, since a busy week says more words about everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import pandas as pd

from .article import Article
from .schema import conformed, names, typed
from .terms import news_stopwords, term_counts

FREQUENCIES = {"D": "day", "W": "week (Monday to Sunday)", "M": "month"}
UNDATED = "undated"
TREND_COLUMNS = names("trends_by_outlet")
RISING_COLUMNS = names("rising_terms")
# Each half of the dated periods holds at least this many articles before a term is said to
# rise: with one or two, a "rise" is one article's wording, not the folder's (BigKinds' keyword
# trends count articles for the same reason).
MIN_ARTICLES = 3


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
) -> pd.DataFrame:
    """Counts of terms per period from ``(article, tokens)`` pairs (:func:`kornews.tokenized`).

    ``terms`` are the terms to follow; when None, the ``top`` terms of the largest total count
    (ties by term), or every term when ``top`` is None too (a table of terms × periods, mostly
    zeros: what :func:`rising_terms` reads); ``freq`` is ``D``, ``W`` or ``M``; ``by_outlet``
    splits each period by outlet.

    Columns:
        period: ``2020-07-10`` (D), ``2020-07-06`` (W: the Monday that starts the week), ``2020-07``
            (M), or ``undated`` for the articles without a date; every period from the first to the
            last dated one is there, with zeros where no article falls.
        outlet: the articles' outlet (``by_outlet``; missing when an article names none); absent otherwise.
        term: the term.
        count: its occurrences in the period's articles.
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
    for article, tokens in documents:
        period = period_of(article.date, freq=freq)
        found = term_counts(tokens, stopwords=news_stopwords(article, extra=stopwords))
        counts.append(found[["term", "count"]].assign(period=period, outlet=article.outlet))
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
        else pd.DataFrame(columns=["term", "count", "period", "outlet"])
    )
    totals = counted.groupby("term")["count"].sum()
    chosen = (
        list(dict.fromkeys(terms))
        if terms is not None
        else sorted(totals.index, key=lambda t: (-totals[t], t))[:top]
    )
    size = _every_period(size, freq, by_outlet)
    grid = size.merge(pd.DataFrame({"term": pd.Series(chosen, dtype=object)}), how="cross")
    summed = (
        counted[counted["term"].isin(chosen)]
        .groupby([*keys, "term"], dropna=False)["count"]
        .sum()
        .reset_index()
    )
    table = grid.merge(summed.astype({"term": object}), on=[*keys, "term"], how="left")
    table["count"] = table["count"].fillna(0).astype(int)
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
    table: pd.DataFrame, *, top: int = 10, min_count: int = 2, min_articles: int = MIN_ARTICLES
) -> pd.DataFrame:
    """The terms whose share rose most from the first half of the dated periods to the second
    (:func:`trend_halves`), from a :func:`trends` table of every term.

    Columns: term, earlier_count, later_count (occurrences in the first half and the second),
    earlier_share, later_share (count over the half's tokens), rise (later_share -
    earlier_share; negative for a term that fell), earlier_articles, later_articles (the
    articles each half holds, the same on every row). Terms seen fewer than ``min_count`` times
    in all are left out; the ``top`` largest changes, ties by term. No rows when either half
    holds fewer than ``min_articles`` articles: a term would rise on one article's words.
    """
    halves = trend_halves(table)
    if not halves.earlier or min(halves.earlier_articles, halves.later_articles) < min_articles:
        return typed("rising_terms")
    parts = {}
    for name, chosen in (("earlier", halves.earlier), ("later", halves.later)):
        rows = table[table["period"].isin(chosen)]
        tokens = _sizes(rows)["tokens"].sum()
        count = rows.groupby("term")["count"].sum()
        parts[f"{name}_count"], parts[f"{name}_share"] = (
            count,
            count / tokens if tokens else count * 0.0,
        )
    result = pd.DataFrame(parts).fillna(0).reset_index(names="term")
    result = result[result["earlier_count"] + result["later_count"] >= min_count]
    result = result.assign(
        rise=result["later_share"] - result["earlier_share"],
        earlier_articles=halves.earlier_articles,
        later_articles=halves.later_articles,
    )
    result = result.sort_values(["rise", "term"], ascending=[False, True], kind="stable").head(top)
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
