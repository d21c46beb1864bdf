"""The public API's conventions (README, "The library"): data first, options keyword-only; every
table marks a missing value so that `pd.isna` sees it; a column name means one thing in every
table. Each public table function runs on the seed."""

import inspect

import pandas as pd
import pytest

import kornews

# What a positional parameter may be: the data a function works on.
DATA = {
    "article",
    "articles",
    "candidate",
    "compared",
    "data",
    "documents",
    "edges",
    "entities_table",
    "evaluation",
    "figures_table",
    "graph",
    "n",
    "nodes",
    "quotes_table",
    "reference",
    "source",
    "sources",
    "table",
    "terms",
    "text",
    "tokens",
}


def _public_functions():
    return {
        name: getattr(kornews, name)
        for name in kornews.__all__
        if inspect.isfunction(getattr(kornews, name))
    }


@pytest.mark.parametrize("name", sorted(_public_functions()))
def test_options_are_keyword_only(name):
    signature = inspect.signature(_public_functions()[name])
    positional = [
        p.name
        for p in signature.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        if p.name not in DATA or p.default is not p.empty
    ]
    assert not positional, f"{name}: make {positional} keyword-only (after *)"


@pytest.fixture(scope="module")
def tables(seed_path) -> dict[str, pd.DataFrame]:
    """Every public table function's table of the seed (dated, so dates resolve)."""
    seed = kornews.read_article(seed_path, date="2020-07-10")
    tokens = kornews.tokenize(seed)
    stop = kornews.news_stopwords(seed)
    documents = [(seed, tokens)]
    found = {
        "parts_table": kornews.parts_table(seed),
        "tokenize": tokens,
        "sentences": kornews.sentences(tokens, seed),
        "term_tokens": kornews.term_tokens(tokens, stopwords=stop),
        "section_counts": kornews.section_counts(tokens, stopwords=stop),
        "term_counts": kornews.term_counts(tokens, stopwords=stop),
        "distinctive_terms": kornews.distinctive_terms(tokens, stopwords=stop),
        "noun_bigrams": kornews.noun_bigrams(tokens, stopwords=stop),
        "collocations": kornews.collocations(tokens, stopwords=stop),
        "term_matches": kornews.term_matches(tokens, term="제로페이"),
        "keyword_in_context": kornews.keyword_in_context(tokens, seed, term="제로페이"),
        "dispersion": kornews.dispersion(tokens, terms=["제로페이", "박원순 시장"]),
        "term_status": kornews.term_status(tokens, seed, terms=["제로페이", "시", "부산"]),
        "figures": kornews.figures(tokens, seed),
        "timeline": kornews.timeline(tokens, seed),
        "quotes": kornews.quotes(tokens, seed),
        "entities": kornews.entities(tokens, seed),
        "summarize": kornews.summarize(tokens, seed),
        "sentence_scores": kornews.sentence_scores(tokens, seed),
        "sentence_similarity": kornews.sentence_similarity(tokens, seed),
        "section_stats": kornews.section_stats(tokens, seed),
        "evaluate_summary": kornews.evaluate_summary(tokens, seed),
        "corpus_articles": kornews.corpus_articles([seed]),
        "corpus_tokens": pd.concat(kornews.corpus_tokens([seed])),
        "tokenize_many": pd.concat(kornews.tokenize_many([seed])),
        "corpus_terms": pd.concat(kornews.corpus_terms(documents)),
        "corpus_figures": pd.concat(kornews.corpus_figures(documents)),
        "trends": kornews.trends(documents, freq="D"),
    }
    found["dated"] = kornews.dated(found["figures"])
    found["comparisons"] = kornews.comparisons(found["figures"], article=seed)
    found["comparison_extremes"] = kornews.comparison_extremes(found["comparisons"])
    found["sources"] = kornews.sources(found["quotes"])
    found["sourcing"] = kornews.sourcing(found["quotes"])
    found["entity_counts"] = kornews.entity_counts(found["entities"])
    found["cooccurrence"] = kornews.cooccurrence(found["entities"])
    found["method_overview"] = kornews.method_overview(found["evaluate_summary"])
    found["term_totals"] = kornews.term_totals(found["corpus_terms"])
    found["kind_totals"] = kornews.kind_totals(found["corpus_figures"], articles=[seed.name])
    # The seed and a copy of it under another name: one pair of exact duplicates.
    copy = kornews.parse_article(seed.text, name="copy")
    found["duplicates"] = kornews.duplicates([seed, copy])
    found["reuse"] = pd.concat(kornews.reuse((seed, tokens), [(copy, tokens)]))
    found["shares"] = kornews.shares(found["reuse"])
    events = {seed.name: 1, copy.name: 1}
    lined = kornews.lineup([(seed, tokens), (copy, tokens)], events=events)
    found["voices"] = kornews.voices(lined.quotes, events=events, outlets={})
    found["related_terms"] = kornews.related_terms(documents, term="제로페이", min_count=1)
    found["choose_k"] = kornews.choose_k(kornews.topic_documents(documents), ks=(2,))
    # One article has one period: two make the halves rising_terms compares.
    later = kornews.read_article(seed_path, date="2020-08-10")
    found["rising_terms"] = kornews.rising_terms(
        kornews.trends([*documents, (later, tokens)], freq="M"), min_articles=1
    )
    return found


def test_every_public_table_function_is_checked(tables):
    returns_tables = {
        name
        for name, function in _public_functions().items()
        if "DataFrame" in str(inspect.signature(function).return_annotation)
        and "tuple" not in str(inspect.signature(function).return_annotation)
    }
    assert returns_tables <= set(tables), f"add to tables(): {sorted(returns_tables - set(tables))}"


def test_the_seed_fills_the_tables(tables):
    """The checks below see rows, missing values included, not empty tables."""
    empty = {name for name, table in tables.items() if table.empty}
    assert empty <= {"quotes", "sources", "voices"}  # the seed quotes nobody
    assert tables["figures"]["measure"].isna().any()
    assert tables["section_stats"]["heading"].isna().any()  # the lead has none


def _cells(tables):
    for name, table in tables.items():
        for column in table.columns:
            yield name, column, table[column]


def test_a_missing_value_is_one_pd_isna_sees(tables):
    """Never an empty or blank string, nor the text of a missing value."""
    written = {"", "None", "nan", "NaN", "<NA>", "NaT", "null"}
    found = {
        (name, column)
        for name, column, values in _cells(tables)
        if values.map(lambda v: isinstance(v, str) and v.strip() in written).any()
    }
    assert not found


def _sentence_numbers(tables):
    return set(tables["tokenize"]["sentence"])


def test_a_column_name_means_one_thing(tables):
    text_length = int(tables["parts_table"]["end"].max())
    sentences = _sentence_numbers(tables)
    sections = set(tables["parts_table"]["section"])
    morphemes = len(tables["tokenize"])
    meaning = {
        # offsets into article.text
        "start": lambda v: 0 <= v <= text_length,
        "end": lambda v: 0 < v <= text_length,
        # numbers of the article's sentences, sections, paragraphs and morphemes
        "sentence": lambda v: v in sentences,
        "other_sentence": lambda v: v in sentences,
        "section": lambda v: v in sections,
        "other_section": lambda v: v in sections,
        "paragraph": lambda v: v >= -1,
        "token": lambda v: 0 <= v < morphemes,
        # a term as the counts count it (a phrase keeps its space)
        "term": lambda v: isinstance(v, str) and v.strip() == v and v != "",
        "next_term": lambda v: isinstance(v, str) and v.strip() == v and v != "",
    }
    wrong = {
        (name, column)
        for name, column, values in _cells(tables)
        if column in meaning and not values.dropna().map(meaning[column]).all()
    }
    assert not wrong


# Names that tables used in two senses, and the tables where each keeps its one sense.
OWNERS = {
    "first": set(),  # was a term, an offset and a sentence number
    "second": set(),
    "other": {"cooccurrence"},  # the other entity (sentence_similarity: other_sentence)
    "change": {"figures", "dated", "corpus_figures"},  # increase or decrease (rising_terms: rise)
    "title": {"quotes", "sources", "entities", "entity_counts"},  # a person's (articles: headline)
}


def test_a_name_two_tables_used_in_two_senses_keeps_one(tables):
    strays = {
        (name, column)
        for name, column, _ in _cells(tables)
        if column in OWNERS and name not in OWNERS[column]
    }
    assert not strays
