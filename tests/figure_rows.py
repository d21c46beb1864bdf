"""The rows a figures test compares: one article titled 제목 with a body, read by kornews."""

import pandas as pd

import kornews

COLUMNS = ["text", "value", "unit", "kind", "resolved"]


def figure_rows(body: str, *, date: str) -> list[tuple]:
    """(text, value, unit, kind, resolved) of each figure of an article titled 제목 with this
    ``body``, published on ``date``; a missing value is None."""
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": date})
    table = kornews.figures(kornews.tokenize(article), article)
    return [
        tuple(None if value is None or value is pd.NA else value for value in row)
        for row in table[COLUMNS].astype(object).itertuples(index=False)
    ]
