"""The quotations table of one invented article, read by kornews: what the quote tests compare."""

import pandas as pd

import kornews


def quotes_of(text: str) -> pd.DataFrame:
    """``kornews.quotes`` of the article whose whole text (title and body) is ``text``."""
    article = kornews.read_article(text)
    return kornews.quotes(kornews.tokenize(article), article)


def tables_of(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``kornews.quotes`` and ``kornews.entities`` of the article whose whole text is ``text``,
    from one token table."""
    article = kornews.read_article(text)
    tokens = kornews.tokenize(article)
    return kornews.quotes(tokens, article), kornews.entities(tokens, article)
