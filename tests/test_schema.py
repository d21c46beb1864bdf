"""Each analysis table has the column types kornews.schema declares whatever its rows (none, or
a text column with no value), so a corpus verb's table has the types of each article's."""

import dataclasses
import inspect
from pathlib import Path

import pandas as pd
import pytest

import kornews
from kornews import summary
from kornews.corpus import corpus_entities, corpus_figures, corpus_quotes, corpus_terms
from kornews.entities import ENTITY_COLUMNS
from kornews.entities.graph import Count
from kornews.figures import FIGURE_COLUMNS, TIMELINE_COLUMNS
from kornews.schema import OTHER_TABLES, TABLES, conformed, names, typed

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
    return {column.name: column.dtype for column in {**TABLES, **OTHER_TABLES}[name]}


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


# Invented: a quotation with a named speaker, so the ledger of sources has a row.
MAYOR = '시청 소식\n김철수 서울시장은 "공원을 두 배로 늘리겠다"고 말했다.\n'
SHORTEST = kornews.read_article(Path(__file__).parent / "articles" / "title-only.txt")


def public_tables(tokens, article) -> dict[str, pd.DataFrame]:
    """Each declared table of ``article``, by the name of the function that makes it."""
    found_quotes = kornews.quotes(tokens, article)
    evaluation = kornews.evaluate_summary(tokens, article)
    scores = kornews.sentence_scores(tokens, article)
    found_figures = kornews.figures(tokens, article)
    found_entities = kornews.entities(tokens, article)
    # 제로페이 and 박원순 시장 are the seed's (as tests/test_terms.py reads it), in no other text.
    zero_pay = {"term": "제로페이"}
    return {
        "parts_table": kornews.parts_table(article),
        "tokenize": tokens,
        "sentences": kornews.sentences(tokens, article),
        "term_tokens": kornews.term_tokens(tokens),
        "content_terms": summary.content_terms(tokens),
        "section_counts": kornews.section_counts(tokens),
        "distinctive_terms": kornews.distinctive_terms(tokens),
        "noun_bigrams": kornews.noun_bigrams(tokens),
        "collocations": kornews.collocations(tokens, min_count=1),
        "term_matches": kornews.term_matches(tokens, **zero_pay),
        "keyword_in_context": kornews.keyword_in_context(tokens, article, **zero_pay),
        "dispersion": kornews.dispersion(tokens, terms=["제로페이", "박원순 시장"]),
        "term_status": kornews.term_status(tokens, article, terms=["제로페이", "부산"]),
        "figures": found_figures,
        "dated": kornews.dated(found_figures),
        "timeline": kornews.timeline(tokens, article),
        "quotes": found_quotes,
        "sources": kornews.sources(found_quotes),
        "sourcing": kornews.sourcing(found_quotes),
        "entities": found_entities,
        "entity_counts": kornews.entity_counts(found_entities),
        "cooccurrence": kornews.cooccurrence(found_entities),
        "corpus_articles": kornews.corpus_articles([article]),
        "section_stats": kornews.section_stats(tokens, article),
        "sentence_scores": scores,
        "summarize": kornews.summarize(tokens, article),
        "sentence_similarity": kornews.sentence_similarity(tokens, article),
        "evaluate_summary": evaluation,
        "method_overview": kornews.method_overview(evaluation),
        "chosen_lengths": summary.chosen_lengths(scores),
    }


DECLARED_AS = {"tokenize": "tokens"}
# Checked on their own: term_counts adds a column per section, kind_totals one per kind.
CHECKED_APART = {"term_counts", "kind_totals"}


def rain_tables() -> dict[str, pd.DataFrame]:
    [(article, tokens)] = documents(RAIN)
    return public_tables(tokens, article)


def corpus_tables(pairs: list) -> dict[str, pd.DataFrame]:
    """Each declared table of many articles, by the name it is declared under, from ``pairs``
    ((article, tokens), maybe none); the first article is the source whose reuse is measured."""
    articles = [article for article, _ in pairs]
    events = {article.name: 1 for article in articles}
    figures = [kornews.figures(tokens, article) for article, tokens in pairs]
    compared = kornews.comparisons(pd.concat(figures) if figures else typed("figures"))
    aligned = list(kornews.reuse(pairs[0], pairs[1:])) if pairs else []
    return {
        "term_totals": kornews.term_totals(of_corpus("terms", corpus_terms(pairs))),
        "trends": kornews.trends(pairs, top=3),
        "trends_by_outlet": kornews.trends(pairs, top=3, by_outlet=True),
        "rising_terms": kornews.rising_terms(kornews.trends(pairs), min_articles=1),
        "related_terms": kornews.related_terms(pairs, min_count=1),
        "duplicates": kornews.duplicates(articles),
        "shares": kornews.shares(pd.concat(aligned)) if aligned else None,
        "voices": kornews.voices(
            kornews.lineup(pairs, events=events).quotes, events=events, outlets={}
        ),
        "comparisons": compared,
        "comparison_extremes": kornews.comparison_extremes(compared),
        "choose_k": kornews.choose_k(kornews.topic_documents(pairs), ks=(2,), iterations=20),
    }


def of_corpus(name: str, tables) -> pd.DataFrame:
    """The corpus verb's ``tables`` (of the declared table ``name``) as one, ``article`` first."""
    tables = list(tables)
    empty = pd.DataFrame(columns=["article", *names(name)])
    return pd.concat(tables) if tables else conformed(name, empty, corpus=True)


# The functions whose tables corpus_tables checks (trends under two names: with and without outlets).
CORPUS_FUNCTIONS = {
    "term_totals",
    "trends",
    "rising_terms",
    "related_terms",
    "duplicates",
    "shares",
    "voices",
}
CORPUS_FUNCTIONS |= {"comparisons", "comparison_extremes", "choose_k"}


def test_every_public_table_is_declared_or_listed():
    made = {
        name
        for name in kornews.__all__
        if inspect.isfunction(getattr(kornews, name))
        and str(inspect.signature(getattr(kornews, name)).return_annotation) == "pd.DataFrame"
    }
    declared_here = set(rain_tables()) | CORPUS_FUNCTIONS
    assert made - CHECKED_APART <= declared_here
    assert {DECLARED_AS.get(name, name) for name in declared_here} <= set(TABLES) | set(
        OTHER_TABLES
    )


def test_a_corpus_table_has_the_declared_types_with_rows_and_without(seed, seed_tokens):
    # The seed, a copy under a later date (two periods, one pair of copies, every sentence
    # reused) and two short invented articles.
    first = dataclasses.replace(seed, date="2020-07-10")
    later = dataclasses.replace(seed, name="later", date="2020-08-10")
    pairs = [(first, seed_tokens), (later, seed_tokens), *documents(RAIN, CITY)]
    full = corpus_tables(pairs)
    empty = corpus_tables([])
    assert set(full) == set(empty) >= CORPUS_FUNCTIONS
    assert not any(table.empty for table in full.values())  # the types are seen on rows too
    for name, table in [*full.items(), *empty.items()]:
        if table is not None:  # shares of no article: reuse needs a source
            assert dtypes(table) == declared(name), name


@pytest.mark.parametrize(
    "text", ["seed", "shortest", RAIN, MAYOR], ids=["seed", "shortest", "rain", "mayor"]
)
def test_each_public_table_has_the_declared_columns_and_types(text, seed, seed_tokens):
    if text == "seed":
        article, tokens = seed, seed_tokens
    elif text == "shortest":
        article, tokens = SHORTEST, kornews.tokenize(SHORTEST)
    else:
        [(article, tokens)] = documents(text)
    for name, table in public_tables(tokens, article).items():
        assert dtypes(table) == declared(DECLARED_AS.get(name, name)), name


def test_the_seed_and_the_quotation_fill_the_declared_tables(seed, seed_tokens):
    """The types above are checked on rows too, not only on empty tables."""
    [(article, tokens)] = documents(MAYOR)
    seed_tables = public_tables(seed_tokens, seed)
    empty = {name for name, table in seed_tables.items() if table.empty}
    assert not empty
    assert len(kornews.sources(kornews.quotes(tokens, article))) == 1
    shortest = public_tables(kornews.tokenize(SHORTEST), SHORTEST)
    assert shortest["collocations"].empty and shortest["timeline"].empty


def test_an_entity_named_one_way_has_no_aliases(seed, seed_tokens):
    counts = kornews.entity_counts(kornews.entities(seed_tokens, seed)).set_index("entity")
    # The seed names 박원순 also 박 시장 (as tests/test_entities.py reads it).
    assert counts.loc["박원순", "aliases"] == "박 시장"
    once = counts["aliases"].isna()
    assert once.any() and not (counts["aliases"] == "").any()


def test_a_figure_is_text_as_written(seed, seed_tokens):
    figures = kornews.figures(seed_tokens, seed)
    assert str(figures["text"].dtype) == "str" and len(figures)
    assert all(text in seed.text for text in figures["text"])


def test_the_rows_records_have_the_declared_columns():
    assert names("timeline") == TIMELINE_COLUMNS
    assert names("entity_counts") == list(Count._fields)


def test_the_dates_of_a_corpus_keep_the_article_first(seed, seed_tokens):
    figures = of_corpus("figures", corpus_figures([(seed, seed_tokens), *documents(RAIN)]))
    for table in (figures, of_corpus("figures", [])):
        assert dtypes(kornews.dated(table)) == {"article": "str", **declared("dated")}
    assert len(kornews.dated(figures))  # seen on rows too


def test_kind_totals_count_in_the_declared_type_with_rows_and_without(seed, seed_tokens):
    figures = of_corpus("figures", corpus_figures([(seed, seed_tokens), *documents(RAIN)]))
    totals = kornews.kind_totals(figures, articles=[seed.name, "a0"], top=2)
    nothing = kornews.kind_totals(of_corpus("figures", []), articles=["a0"])
    # The seed has figures of more than two kinds, RAIN none (a row of zeros).
    assert list(totals.columns)[2:] == ["rest", "all"] and totals.loc["a0"].eq(0).all()
    assert list(nothing.columns) == ["all"] and nothing.loc["a0", "all"] == 0
    for table in (totals, nothing):
        assert set(dtypes(table).values()) == {declared("kind_totals")["all"]}
        assert str(table.index.dtype) == "str" and table.index.name == "article"
