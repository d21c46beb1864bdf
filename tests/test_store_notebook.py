"""Notebook 04 with CORPUS naming a store: the tables the folder gives, and no Kiwi."""

import re

import pandas as pd
import pytest

import kornews.tokens
from kornews import store
from test_notebooks import NOTEBOOKS, TESTS, run_here

THEMES = TESTS / "corpora" / "themes"
CORPUS_NOTEBOOK = next(p for p in NOTEBOOKS if p.stem.startswith("04-"))


def tables(found: list[dict]) -> list[str]:
    """The HTML tables and the Markdown lines a run showed, in order (a styled table's id is
    a counter of the session's tables, so it is left out)."""
    return [
        re.sub(r"T_kornews\d+", "T_", o["data"].get("text/html") or o["data"].get("text/markdown"))
        for o in found
        if "text/html" in o.get("data", {}) or "text/markdown" in o.get("data", {})
    ]


@pytest.mark.slow  # notebook 04 run twice in this process: about 45 s
def test_notebook_04_reads_a_store_as_the_folder_without_kiwi(tmp_path, monkeypatch):
    monkeypatch.setenv("KORNEWS_CACHE", "off")
    where = tmp_path / "store"
    store.index(THEMES, where, progress=False)
    article = next(iter(sorted(THEMES.glob("*.txt"))))
    folder = run_here(CORPUS_NOTEBOOK, article, corpus=THEMES)
    calls = []
    monkeypatch.setattr(kornews.tokens, "_kiwi_tokenize", lambda *a: calls.append(a))
    stored = run_here(CORPUS_NOTEBOOK, article, corpus=where)
    errors = [o for o in stored if o["output_type"] == "error"]
    assert not errors, errors
    assert calls == []
    shown = tables(stored)
    # The articles' table, the terms, the figures and the store's queries all shown, and equal.
    assert sum("<table" in t for t in shown) >= 4
    assert shown == tables(folder)


def test_tokenized_gives_a_stored_corpus_its_own_pairs(tmp_path, monkeypatch):
    where = tmp_path / "store"
    store.index(THEMES, where, progress=False)
    monkeypatch.setattr(kornews.tokens, "_kiwi_tokenize", pytest.fail)
    pairs = list(kornews.tokenized(store.StoredCorpus(where)))
    assert [a.name for a, _ in pairs] == [a.name for a, _ in store.documents(where)]
    assert len(pairs) == len(list(THEMES.glob("*.txt")))
    pd.testing.assert_frame_equal(pairs[0][1], next(iter(store.documents(where)))[1])
