"""The quotations table of one invented article, read by kornews: what the quote tests compare."""

import pandas as pd

import kornews


def quotes_of(text: str) -> pd.DataFrame:
    """``kornews.quotes`` of the article whose whole text (title and body) is ``text``."""
    article = kornews.read_article(text)
    return kornews.quotes(kornews.tokenize(article), article)
