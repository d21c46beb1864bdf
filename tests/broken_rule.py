"""An analysis that fails on one article: the figures' rule, as the corpus verbs call it,
raising on the article of one name (for the tests of a corpus run's failures)."""

from importlib import import_module


def break_figures_on(monkeypatch, name: str) -> None:
    """Make ``kornews.corpus``'s figures rule raise ZeroDivisionError on the article ``name``."""
    corpus = import_module("kornews.corpus")
    rows = corpus.figure_rows

    def breaks(tokens, article):
        if article.name == name:
            raise ZeroDivisionError("division by zero")
        return rows(tokens, article)

    monkeypatch.setattr(corpus, "figure_rows", breaks)
