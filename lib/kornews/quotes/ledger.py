"""A ledger of an article's sources: per speaker, and the article's sourcing in one row."""

from __future__ import annotations

import pandas as pd

from ..schema import conformed, names
from .referents import first

SOURCE_COLUMNS = names("sources")
SOURCING_COLUMNS = names("sourcing")


def sources(quotes_table: pd.DataFrame) -> pd.DataFrame:
    """A ledger of :func:`quotes` per speaker: one row each (quotations with no speaker together,
    ``speaker`` empty).

    Columns: ``speaker, title, organisation, anonymous`` (the first given), ``quotes`` (rows),
    ``direct``, ``indirect``, ``characters`` (quoted), ``share`` (of the article's quoted
    characters, 0-1), ``start`` (offset of the speaker's first quotation). Sorted by characters
    (descending), then start.
    """
    table = quotes_table.assign(
        characters=quotes_table["text"].str.len(), key=quotes_table["speaker"].fillna("")
    )
    total = table["characters"].sum()
    rows = []
    for _, group in table.groupby("key", sort=False):
        rows.append(
            {
                "speaker": group["speaker"].iloc[0],
                "title": first(*group["title"]),
                "organisation": first(*group["organisation"]),
                "anonymous": bool(group["anonymous"].any()),
                "quotes": len(group),
                "direct": int((group["kind"] == "direct").sum()),
                "indirect": int((group["kind"] == "indirect").sum()),
                "characters": int(group["characters"].sum()),
                "share": group["characters"].sum() / total,
                "start": int(group["start"].min()),
            }
        )
    ledger = conformed("sources", pd.DataFrame(rows, columns=SOURCE_COLUMNS))
    return ledger.sort_values(["characters", "start"], ascending=[False, True], ignore_index=True)


def sourcing(quotes_table: pd.DataFrame) -> pd.DataFrame:
    """The article's sourcing in one row: ``quotes``, ``direct``, ``indirect``, ``speakers``
    (distinct speakers, anonymous ones by their phrase; quotations with no speaker add none),
    ``unattributed`` (quotations with neither a speaker nor a source without a name), ``characters`` (quoted), ``anonymous_quotes`` and ``anonymous_share`` (of the quotations, 0-1;
    empty when there are none)."""
    n = len(quotes_table)
    anonymous = int(quotes_table["anonymous"].sum()) if n else 0
    row = {
        "quotes": n,
        "direct": int((quotes_table["kind"] == "direct").sum()),
        "indirect": int((quotes_table["kind"] == "indirect").sum()),
        "speakers": int(quotes_table["speaker"].nunique()),
        "unattributed": int(
            (quotes_table["speaker"].isna() & ~quotes_table["anonymous"].astype(bool)).sum()
        ),
        "characters": int(quotes_table["text"].str.len().sum()),
        "anonymous_quotes": anonymous,
        "anonymous_share": anonymous / n if n else None,
    }
    return conformed("sourcing", pd.DataFrame([row], columns=SOURCING_COLUMNS))
