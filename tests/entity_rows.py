"""The entities table of one invented article, read by kornews: what the entity tests compare."""

import pandas as pd

import kornews

# The title an invented body is read under, so that its first line is body, not headline.
TITLE = "시험 기사 제목\n"


def entities_in(text: str) -> pd.DataFrame:
    """``kornews.entities`` of the article whose whole text (title and body) is ``text``."""
    article = kornews.read_article(text)
    return kornews.entities(kornews.tokenize(article), article)


def entities_of(body: str) -> pd.DataFrame:
    """``kornews.entities`` of ``body`` under a test title."""
    return entities_in(TITLE + body)


def kinds_in(text: str) -> set[tuple[str, str]]:
    """Each ``(entity, kind)`` named in the article whose whole text is ``text``."""
    table = entities_in(text)
    return set(zip(table["entity"], table["kind"], strict=True))


def kinds_of(body: str) -> set[tuple[str, str]]:
    """Each ``(entity, kind)`` named in ``body`` under a test title."""
    return kinds_in(TITLE + body)
