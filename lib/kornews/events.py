"""The same event told by several outlets: which figures, dates and quotes each kept.

An event is a group of articles, by default a cluster of :func:`kornews.duplicates.find_pairs`
(copies, edits and rewrites of one story). Over its articles :func:`lineup` puts side by side
the figures of one measure (as :func:`kornews.figures` names it, with its kind and unit), the
dates they resolve to, and the quotations of each speaker; :func:`voices` says whose words only
some outlets carry. Two figures of one measure disagree when their values differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import pandas as pd

from .article import Article
from .figures import figures
from .quotes import quotes
from .reuse import ALIGNED, bigrams, similarity
from .schema import conformed, names

FIGURE_COLUMNS = ["event", "measure", "kind", "unit", "value", "article", "outlet", "text"]
DATE_COLUMNS = ["event", "resolved", "article", "outlet", "text"]
QUOTE_COLUMNS = ["event", "speaker", "quote", "article", "outlet", "kind", "text"]
VOICE_COLUMNS = names("voices")


class Lineup(NamedTuple):
    figures: pd.DataFrame
    dates: pd.DataFrame
    quotes: pd.DataFrame


def lineup(
    documents: Iterable[tuple[Article, pd.DataFrame]], *, events: Mapping[str, int]
) -> Lineup:
    """The figures, dates and quotations of the articles in ``events`` (article name -> event).

    ``documents`` are ``(article, tokens)`` pairs (:func:`kornews.tokenized`); articles in no
    event are skipped. Rows are by event, then as the tables below say.

    Columns of ``figures``: ``event, measure, kind, unit, value, article, outlet, text`` (quantities
    whose measure is named; dates and times apart), with ``disagrees``: True where another article
    of the event gives the same measure, kind and unit but not this value.
    Columns of ``dates``: ``event, resolved`` (the calendar date, :func:`kornews.figures`'
    ``resolved``), ``article, outlet, text``.
    Columns of ``quotes``: ``event, speaker, quote`` (the quotation's number in the event: the
    same words, at least :data:`kornews.reuse.ALIGNED` alike, get one number), ``article, outlet,
    kind, text``; quotations without a named speaker are left out.
    """
    found: dict[str, list[pd.DataFrame]] = {"figures": [], "quotes": []}
    for article, tokens in documents:
        if article.name not in events:
            continue
        here = {"event": events[article.name], "article": article.name, "outlet": article.outlet}
        found["figures"].append(figures(tokens, article).assign(**here))
        found["quotes"].append(quotes(tokens, article).assign(**here))
    figure_rows = _concat(found["figures"])
    return Lineup(
        _figures(figure_rows), _dates(figure_rows), _numbered(_quotes(_concat(found["quotes"])))
    )


def _concat(tables: list[pd.DataFrame]) -> pd.DataFrame | None:
    filled = [t for t in tables if not t.empty]
    return pd.concat(filled, ignore_index=True) if filled else None


def _figures(rows: pd.DataFrame | None) -> pd.DataFrame:
    if rows is None:
        return pd.DataFrame(columns=[*FIGURE_COLUMNS, "disagrees"])
    kept = rows[rows["measure"].notna() & ~rows["kind"].isin(["date", "time"])]
    table = kept[FIGURE_COLUMNS].assign(unit=kept["unit"].fillna(""))
    keys = ["event", "measure", "kind", "unit"]
    table["disagrees"] = False
    for _, group in table.groupby(keys, sort=False):
        # 20000 and 20000.0 are one value; dates and ranges compare as written.
        values = group["value"].map(lambda v: float(v) if isinstance(v, (int, float)) else str(v))
        given = values.groupby(group["article"]).agg(set)
        table.loc[group.index, "disagrees"] = [
            any(value not in others for name, others in given.items() if name != article)
            for value, article in zip(values, group["article"])
        ]
    return table.sort_values(keys, kind="stable", ignore_index=True)


def _dates(rows: pd.DataFrame | None) -> pd.DataFrame:
    if rows is None:
        return pd.DataFrame(columns=DATE_COLUMNS)
    kept = rows[rows["kind"].eq("date") & rows["resolved"].notna()]
    return kept[DATE_COLUMNS].sort_values(["event", "resolved"], kind="stable", ignore_index=True)


def event_dates(dates_table: pd.DataFrame) -> pd.DataFrame:
    """Each date an event's articles give, from :func:`lineup`'s ``dates``: columns ``event,
    resolved``, ``articles`` (giving it), ``outlets`` (theirs, sorted, comma-separated; blank
    when none is known); by event, then date."""
    return (
        dates_table.groupby(["event", "resolved"])
        .agg(
            articles=("article", "nunique"),
            outlets=("outlet", lambda o: ", ".join(sorted(set(o.dropna())))),
        )
        .reset_index()
    )


def _quotes(rows: pd.DataFrame | None) -> pd.DataFrame:
    if rows is None:
        return pd.DataFrame(columns=[c for c in QUOTE_COLUMNS if c != "quote"])
    kept = rows[rows["speaker"].fillna("").ne("")]
    columns = ["event", "speaker", "article", "outlet", "kind", "text"]
    return kept[columns].sort_values(["event", "speaker"], kind="stable", ignore_index=True)


def _numbered(table: pd.DataFrame) -> pd.DataFrame:
    """Each quotation numbered within its event: a quotation like an earlier one shares its number."""
    numbers, seen = [], []  # seen: (event, speaker, bigrams, number)
    for event, speaker, text in zip(table["event"], table["speaker"], table["text"]):
        grams = bigrams(text)
        same = next(
            (
                n
                for e, s, g, n in seen
                if e == event and s == speaker and similarity(g, grams) >= ALIGNED
            ),
            None,
        )
        if same is None:
            same = 1 + sum(e == event for e, *_ in seen)
            seen.append((event, speaker, grams, same))
        numbers.append(same)
    table.insert(2, "quote", pd.Series(numbers, index=table.index, dtype="int64"))
    return table[QUOTE_COLUMNS]


def voices(
    quotes_table: pd.DataFrame, *, events: Mapping[str, int], outlets: Mapping[str, str]
) -> pd.DataFrame:
    """Whose words each event's outlets carry, from :func:`lineup`'s ``quotes``.

    ``events`` maps article names to events and ``outlets`` article names to outlets.
    Columns: ``event, speaker``; ``quotes`` (distinct quotations), ``articles`` (carrying one),
    ``outlets`` (those articles' outlets, sorted, comma-separated), ``missing`` (the event's
    outlets that carry none of the speaker's words).
    """
    per_event: dict[int, set[str]] = {}
    for name, event in events.items():
        if outlets.get(name):
            per_event.setdefault(event, set()).add(outlets[name])
    rows = []
    for (event, speaker), group in quotes_table.groupby(["event", "speaker"], sort=True):
        carrying = set(group["outlet"].dropna())
        rows.append(
            (
                event,
                speaker,
                group["quote"].nunique(),
                group["article"].nunique(),
                ", ".join(sorted(carrying)),
                ", ".join(sorted(per_event.get(event, set()) - carrying)) or None,
            )
        )
    return conformed("voices", pd.DataFrame(rows, columns=VOICE_COLUMNS))
