"""Each analysis table has the column types kornews.schema declares whatever its rows (none, or
a text column with no value), so a corpus verb's table has the types of each article's."""

import pandas as pd
import pytest

import kornews
from kornews.corpus import corpus_entities, corpus_figures, corpus_quotes
from kornews.entities import ENTITY_COLUMNS
from kornews.figures import FIGURE_COLUMNS
from kornews.schema import TABLES, names

# Invented: no figure, quotation or entity in the first; a place and no person (so no title) in
# the second.
RAIN = "비 소식\n비가 많이 왔다.\n"
CITY = "시청 소식\n서울시가 공원을 늘렸다.\n"
ANALYSES = {
    "figures": kornews.figures,
    "quotes": kornews.quotes,
    "entities": kornews.entities,
}


def declared(name: str) -> dict[str, str]:
    return {column.name: column.dtype for column in TABLES[name]}


def dtypes(table: pd.DataFrame) -> dict[str, str]:
    return {column: str(dtype) for column, dtype in table.dtypes.items()}


def documents(*texts: str) -> list:
    articles = [kornews.parse_article(text, name=f"a{n}") for n, text in enumerate(texts)]
    return list(kornews.tokenized(articles))


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_an_article_without_rows_gives_the_declared_types(name):
    [(article, tokens)] = documents(RAIN)
    table = ANALYSES[name](tokens, article)
    assert table.empty and dtypes(table) == declared(name)


def test_the_declared_types_are_the_documented_ones():
    # docs/api.md: a figure's value is object (7 and "2020-07" kept), a missing unit pd.NA.
    assert declared("figures")["value"] == "object"
    assert declared("figures")["unit"] == "string"
    assert declared("entities")["title"] == "str" and declared("entities")["start"] == "int64"
    assert declared("quotes")["anonymous"] == "bool"


def test_terms_of_an_article_without_terms_keep_their_types():
    [(article, tokens)] = documents(RAIN)
    every = set(kornews.term_counts(tokens)["term"])
    assert every  # 비, 소식
    table = kornews.term_counts(tokens, stopwords=every)
    assert table.empty
    assert dtypes(table) == {"term": "str", "tag": "str", "count": "int64", "section_0": "int64"}


def test_a_text_column_with_no_value_is_str_all_missing():
    [(article, tokens)] = documents(CITY)
    table = kornews.entities(tokens, article)
    assert "서울특별시" in set(table["entity"])
    assert table["title"].isna().all() and str(table["title"].dtype) == "str"


@pytest.mark.parametrize("verb", [corpus_figures, corpus_entities, corpus_quotes])
def test_a_corpus_table_has_the_declared_types_whatever_its_articles(verb, seed, seed_tokens):
    pairs = [*documents(RAIN, CITY), (seed, seed_tokens)]
    table = pd.concat(verb(pairs))
    name = verb.__name__.removeprefix("corpus_")
    assert dtypes(table) == {"article": "str", **declared(name)}


def test_the_records_have_the_declared_columns():
    assert names("figures") == FIGURE_COLUMNS
    assert names("entities") == ENTITY_COLUMNS
