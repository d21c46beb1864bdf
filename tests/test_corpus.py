"""Many articles: the one-article tables with an `article` column, streamed; the CLI over folders."""

import io
import json
import pickle
from importlib import import_module

import pandas as pd
import pytest

import kornews
from kornews.cli import main
from kornews.columns import TokenColumns
from kornews.corpus import (
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
    corpus_tokens,
)

OTHER = "서울시, 제로페이 가맹점 확대\n서울시가 제로페이 가맹점을 3만 곳 늘렸다. 제로페이 결제도 늘었다.\n"


@pytest.fixture()
def folder(tmp_path, seed_path):
    (tmp_path / "seed.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "other.txt").write_bytes(OTHER.encode("cp949"))
    return tmp_path


def test_corpus_tables_equal_the_one_article_tables(folder, seed):
    corpus = kornews.read_corpus(folder)
    assert corpus.names == ("other", "seed")
    tokens = list(corpus_tokens(corpus))
    pd.testing.assert_frame_equal(tokens[1].drop(columns="article"), kornews.tokenize(seed))
    figures = pd.concat(corpus_figures(kornews.tokenized(corpus)), ignore_index=True)
    assert list(figures.columns[:2]) == ["article", "text"]
    assert figures[figures["article"] == "other"]["text"].tolist() == ["3만 곳"]
    assert (figures["article"] == "seed").sum() == len(
        kornews.figures(kornews.tokenize(seed), seed)
    )


def test_corpus_quotes_read_the_entity_tables_given(folder, monkeypatch):
    documents = list(kornews.tokenized(kornews.read_corpus(folder)))
    named = list(corpus_entities(documents))
    made = pd.concat(corpus_quotes(documents), ignore_index=True)
    assert "박원순" in set(made["speaker"])

    def unused(tokens, article):
        raise AssertionError("entities made again")

    monkeypatch.setattr(import_module("kornews.quotes.read"), "entities_of", unused)
    given = pd.concat(corpus_quotes(documents, entities=named), ignore_index=True)
    pd.testing.assert_frame_equal(given, made)
    # Tables out of the articles' order would give one article another's people: refused.
    with pytest.raises(kornews.ArticleError, match="other: quotes failed.*order"):
        list(corpus_quotes(documents, entities=[table.iloc[::-1] for table in named]))


def test_a_chunk_of_articles_is_one_table_their_own_tables_concatenated(folder):
    # 비가 많이 왔다: no figure, entity or quotation; its empty table has the column types of
    # a table with rows (kornews.schema), so pd.concat keeps them.
    (folder / "rain.txt").write_text("비 소식\n비가 많이 왔다.\n", encoding="utf-8")
    documents = list(kornews.tokenized(kornews.read_corpus(folder)))
    assert [article.name for article, _ in documents] == ["other", "rain", "seed"]
    for verb, analysis in (
        (corpus_figures, kornews.figures),
        (corpus_entities, kornews.entities),
        (corpus_quotes, kornews.quotes),
    ):
        tables = list(verb(documents))
        own = [analysis(tokens, article) for article, tokens in documents]
        assert len(tables) == 1 and own[1].empty and not own[2].empty
        assert own[1].dtypes.equals(own[2].dtypes)
        for table, (article, _) in zip(own, documents):
            table.insert(0, "article", article.name)
        pd.testing.assert_frame_equal(tables[0], pd.concat(own), check_index_type=True)


def test_entity_rows_given_out_of_the_articles_order_are_refused(folder):
    documents = list(kornews.tokenized(kornews.read_corpus(folder)))
    named = pd.concat(corpus_entities(documents))
    seed_rows, other_rows = named[named["article"] == "seed"], named[named["article"] == "other"]
    # The seed's rows split by another article's: the other article's are not where they are due.
    split = pd.concat([seed_rows.iloc[:1], other_rows, seed_rows.iloc[1:]])
    with pytest.raises(kornews.ArticleError, match="other: quotes failed.*order"):
        list(corpus_quotes(documents, entities=[split]))
    # Rows of an article not given.
    with pytest.raises(kornews.ArticleError, match="nobody: its entity rows"):
        list(corpus_quotes(documents, entities=[named.assign(article="nobody")]))


def test_corpus_terms_count_each_article(folder):
    terms = pd.concat(
        corpus_terms(kornews.tokenized(kornews.read_corpus(folder))), ignore_index=True
    )
    assert list(terms.columns) == ["article", "term", "tag", "count"]
    counts = terms.set_index(["article", "term"])["count"]
    # Read off the texts: 제로페이 three times in the short article (title included), eight in the seed.
    assert counts[("other", "제로페이")] == 3
    assert counts[("seed", "제로페이")] == 8
    assert ("seed", "이상일") not in counts.index


def test_cli_over_a_folder_streams_one_table_with_an_article_column(folder, capsys):
    assert main(["terms", str(folder), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table.columns) == ["article", "term", "tag", "count"]
    assert set(table["article"]) == {"other", "seed"}
    assert (
        main(["figures", str(folder / "other.txt"), str(folder / "seed.txt"), "--format", "json"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["article"] == "other" and rows[0]["value"] == 30000


def test_cli_glob_and_tokens(folder, capsys):
    assert main(["tokens", str(folder / "o*.txt"), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(table["article"]) == {"other"} and (table["form"] == "제로페이").sum() == 3


def test_cli_parse_and_summary_take_one_article(folder, capsys):
    assert main(["summary", str(folder / "seed.txt"), str(folder / "other.txt")]) == 1
    assert "takes one article" in capsys.readouterr().err
    assert main(["parse", str(folder)]) == 1
    assert "is a directory" in capsys.readouterr().err


def test_a_bad_file_in_the_folder_is_a_clear_error(folder, capsys):
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    assert main(["figures", str(folder), "--format", "csv"]) == 1
    assert "broken.txt: looks like a binary file" in capsys.readouterr().err


def test_article_outline_and_term_totals(folder):
    corpus = kornews.read_corpus(folder)
    outline = kornews.corpus_articles(corpus)
    assert outline["article"].tolist() == ["other", "seed"]
    assert outline.set_index("article").loc["seed", ["sections", "paragraphs"]].tolist() == [4, 17]
    assert outline.set_index("article").loc["other", "headline"] == "서울시, 제로페이 가맹점 확대"
    totals = kornews.term_totals(pd.concat(corpus_terms(kornews.tokenized(corpus))))
    row = totals.set_index("term").loc["제로페이"]
    assert (row["count"], row["articles"]) == (11, 2)
    assert totals["count"].is_monotonic_decreasing


def test_an_article_without_figures_first_keeps_the_header(tmp_path, seed_path, capsys):
    (tmp_path / "a.txt").write_text("숫자 없는 기사\n숫자가 없는 문장이다.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(seed_path.read_bytes())
    for fmt in ("csv", "table"):
        assert main(["figures", str(tmp_path), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert out.splitlines()[0].split()[0].startswith("article") and "Empty DataFrame" not in out


def test_cli_one_file_named_like_a_glob(tmp_path, capsys):
    path = tmp_path / "[단독] 기사.txt"
    path.write_text("제목\n제로페이 가맹점이 늘었다.\n", encoding="utf-8")
    assert main(["tokens", str(path), "--format", "csv"]) == 0
    assert "제로페이" in capsys.readouterr().out


def test_kind_totals_keeps_the_commonest_kinds_and_sums_the_rest():
    figures = pd.DataFrame(
        {
            "article": ["a", "a", "a", "b", "b", "b"],
            "kind": ["date", "date", "money", "count", "date", "percent"],
        }
    )
    table = kornews.kind_totals(figures, articles=["b", "a", "c"], top=2)
    # date (3) first; count, money and percent tie at 1, so count (first by name) is kept.
    assert list(table.columns) == ["date", "count", "rest", "all"]
    assert table.loc["a"].tolist() == [2, 0, 1, 3]
    assert table.loc["b"].tolist() == [1, 1, 1, 3]
    assert table.loc["c"].tolist() == [0, 0, 0, 0]  # an article without figures
    assert list(table.index) == ["b", "a", "c"]
    assert "rest" not in kornews.kind_totals(figures, articles=["a", "b"], top=4).columns


def test_the_lists_a_pair_carries_are_its_table_read(folder, seed):
    """tokenized's pairs carry the columns as Kiwi gave them; the corpus verbs read those instead
    of the table's, and find what the table read back gives."""
    pairs = list(kornews.tokenized(kornews.read_corpus(folder)))
    for pair in pairs:
        given, read = TokenColumns(pair[1], lists=pair.lists), TokenColumns(pair[1])
        assert given.spans == read.spans and given.names == read.names
        assert all(given.columns[name] == read.columns[name] for name in read.names)
    plain = [tuple(pair) for pair in pairs]  # pairs without lists: the table is read
    assert not hasattr(plain[0], "lists")
    for verb in (corpus_entities, corpus_quotes, corpus_figures):
        for made, read_back in zip(verb(pairs), verb(plain)):
            pd.testing.assert_frame_equal(made, read_back)


def test_a_pair_is_an_article_and_its_table_and_keeps_its_lists_pickled(seed):
    pair = next(kornews.tokenized([seed]))
    article, tokens = pair
    assert article is seed and len(pair) == 2
    again = pickle.loads(pickle.dumps(pair))
    assert again.lists.spans == pair.lists.spans and again[0].name == seed.name
