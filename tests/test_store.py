"""The corpus store: indexed once, read back as the corpus functions give the same tables,
re-indexed doing only what changed, and queried with SQL that can only read."""

import shutil
from importlib import import_module

import pandas as pd
import pytest

import kornews
import kornews.tokens
from kornews import store
from kornews.corpus import (
    corpus_articles,
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
    corpus_tokens,
)
from kornews.entities import entity_rows
from kornews.store.schema import columns, normalised

# Invented articles in a wire story's shape: a dateline, a quotation, figures.
ARTICLE = (
    "{title}\n입력 2023.0{month}.1{n} 09:00\n"
    "(서울=한빛일보) 김기자 기자 = 서울시가 제로페이 가맹점을 {n}만 곳 늘렸다고 밝혔다.\n"
    '박민수 서울시장은 "결제 건수가 지난해보다 {n}0% 늘었다"고 말했다.\n'
    "시는 올해 예산 {n}00억원을 더 쓸 계획이다.\n"
)
BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00"


def write(path, n, month=1, title="제로페이 가맹점 늘어"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(n=n, month=month, title=title), encoding="utf-8")


@pytest.fixture()
def folder(tmp_path):
    """Two files named one.txt (a clash settled by their folders), two more, one unreadable."""
    news = tmp_path / "news"
    write(news / "a" / "one.txt", 1)
    write(news / "b" / "one.txt", 2, month=2)
    write(news / "two.txt", 3, month=2, title="예산 더 쓴다")
    write(news / "three.txt", 4, month=3)
    (news / "bad.txt").write_bytes(BINARY)
    return news


@pytest.fixture()
def sources(folder):
    return [folder / "a", folder / "b", folder]


@pytest.fixture()
def no_cache(monkeypatch, kiwi_calls):
    """Kiwi's passes counted with the token cache off: each is work the store did not skip."""
    monkeypatch.setenv("KORNEWS_CACHE", "off")
    return kiwi_calls


def in_memory(sources):
    corpus = kornews.read_corpus(sources, skip=lambda _: None)
    documents = list(kornews.tokenized(corpus))
    parts = [kornews.parts_table(a).assign(article=a.name) for a in corpus]
    return {
        "articles": corpus_articles(corpus),
        "parts": pd.concat(parts, ignore_index=True),
        "tokens": pd.concat(corpus_tokens(corpus), ignore_index=True),
        "terms": pd.concat(corpus_terms(documents), ignore_index=True),
        "figures": pd.concat(corpus_figures(documents), ignore_index=True),
        "quotes": pd.concat(corpus_quotes(documents), ignore_index=True),
        "entities": pd.concat(corpus_entities(documents), ignore_index=True),
    }


def assert_same_tables(where, sources):
    for name, expected in in_memory(sources).items():
        expected = normalised(expected[["article", *columns(name)]], name)
        pd.testing.assert_frame_equal(store.table(where, name), expected, obj=name)


def test_the_stores_tables_are_the_corpus_tables(sources, folder, tmp_path, no_cache):
    done = store.index(sources, tmp_path / "store", chunk_size=2)
    assert (done.articles, done.tokenized) == (4, 4)
    assert [s.path.rsplit("/", 1)[-1] for s in done.skipped] == ["bad.txt"]
    assert_same_tables(tmp_path / "store", sources)
    names = set(store.table(tmp_path / "store", "articles")["article"])
    assert {str(folder / "a" / "one"), str(folder / "b" / "one")} < names


def test_the_stores_dtypes_are_the_schemas(sources, folder, tmp_path, no_cache):
    store.index(sources, tmp_path / "store")
    quotes = store.table(tmp_path / "store", "quotes")
    assert quotes["start"].dtype == "int64" and quotes["anonymous"].dtype == bool
    assert quotes["speaker"].dtype == "str"
    figures = store.table(tmp_path / "store", "figures")
    assert figures["number"].dtype == "Float64" and figures["unit"].dtype == "string"
    # 100억원 stays the int it is, not a float: value is kept as JSON.
    money = figures[figures["kind"] == "money"]
    assert {type(v) for v in money["value"]} == {int}


def test_an_index_finds_each_articles_entities_once(sources, tmp_path, no_cache, monkeypatch):
    # Quotes read the entities table the index makes, rather than finding the entities again.
    found = []

    def counted(tokens, article):
        found.append(article.name)
        return entity_rows(tokens, article)

    monkeypatch.setattr("kornews.corpus.entity_rows", counted)
    monkeypatch.setattr(import_module("kornews.quotes.read"), "entities_of", counted)
    store.index(sources, tmp_path / "store", chunk_size=2)
    assert len(found) == 4 and len(set(found)) == 4


def test_reindexing_an_unchanged_corpus_tokenizes_nothing(sources, folder, tmp_path, no_cache):
    store.index(sources, tmp_path / "store", chunk_size=2)
    no_cache.clear()
    done = store.index(sources, tmp_path / "store", chunk_size=2)
    assert no_cache == [] and done.tokenized == 0


def test_an_index_reads_the_token_cache_but_never_fills_it(sources, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KORNEWS_CACHE", str(cache))
    store.index(sources, tmp_path / "store")
    assert not list(cache.rglob("*.npz"))  # the store is the corpus's cache
    list(kornews.tokenized(kornews.read_corpus(sources, skip=lambda _: None)))
    kept = sorted(cache.rglob("*.npz"))
    assert len(kept) == 4  # the folder's four readable articles, tokenized the usual way
    calls = []
    kiwi = kornews.tokens._kiwi_tokenize
    monkeypatch.setattr(kornews.tokens, "_kiwi_tokenize", lambda *a: calls.append(a) or kiwi(*a))
    store.index(sources, tmp_path / "fresh")
    assert calls == []  # the kept tables were read: no Kiwi
    assert sorted(cache.rglob("*.npz")) == kept
    assert_same_tables(tmp_path / "fresh", sources)


def test_a_changed_article_alone_is_redone(sources, folder, tmp_path, no_cache):
    store.index(sources, tmp_path / "store")
    write(folder / "two.txt", 7, month=2, title="예산 다시 늘린다")
    no_cache.clear()
    done = store.index(sources, tmp_path / "store")
    assert done.tokenized == 1 and len(no_cache) == 1
    assert_same_tables(tmp_path / "store", sources)
    assert "예산 다시 늘린다" in set(store.table(tmp_path / "store", "articles")["headline"])


def test_a_chunk_left_with_no_article_of_the_corpus_is_removed(sources, folder, tmp_path, no_cache):
    where = tmp_path / "store"
    store.index(sources, where, chunk_size=1)  # a chunk per article
    before = {p.name for p in (where / "chunks").glob("*.json")}
    write(folder / "two.txt", 7, month=2, title="예산 다시 늘린다")
    store.index(sources, where, chunk_size=1)
    after = {p.name for p in (where / "chunks").glob("*.json")}
    assert len(before) == len(after) == 4 and len(before - after) == 1
    for name in ("articles", "tokens", "quotes"):
        assert {p.stem for p in (where / name).glob("*.parquet")} == {a[:-5] for a in after}
    assert_same_tables(where, sources)


def test_a_chunk_still_holding_an_article_of_the_corpus_is_kept(
    sources, folder, tmp_path, no_cache
):
    where = tmp_path / "store"
    store.index(sources, where)  # one chunk of four
    write(folder / "two.txt", 7, month=2, title="예산 다시 늘린다")
    store.index(sources, where)
    assert len(list((where / "chunks").glob("*.json"))) == 2  # the old three and the changed one
    assert_same_tables(where, sources)


def test_a_renamed_file_is_not_redone(sources, folder, tmp_path, no_cache):
    store.index(sources, tmp_path / "store")
    (folder / "three.txt").rename(folder / "four.txt")
    done = store.index(sources, tmp_path / "store")
    assert done.tokenized == 0
    names = store.table(tmp_path / "store", "articles")["article"]
    assert str(folder / "four") in set(names) and str(folder / "three") not in set(names)


def test_a_dictionary_word_redoes_only_the_articles_that_hold_it(
    sources, folder, tmp_path, no_cache
):
    dictionary = tmp_path / "words.tsv"
    dictionary.write_text("가맹점\tNNG\n", encoding="utf-8")
    store.index(sources, tmp_path / "store", dictionary=dictionary)
    # 예산안 is in no article: no article's tables depend on it.
    dictionary.write_text("가맹점\tNNG\n예산안\tNNG\n", encoding="utf-8")
    assert store.index(sources, tmp_path / "store", dictionary=dictionary).tokenized == 0
    write(folder / "two.txt", 3, month=2, title="예산안 더 쓴다")
    assert store.index(sources, tmp_path / "store", dictionary=dictionary).tokenized == 1


def test_two_files_of_one_text_are_tokenized_once_and_both_named(
    sources, folder, tmp_path, no_cache
):
    shutil.copy(folder / "two.txt", folder / "twin.txt")
    done = store.index(sources, tmp_path / "store")
    assert (done.articles, done.tokenized) == (5, 4)
    terms = store.table(tmp_path / "store", "terms")
    two, twin = (terms[terms["article"] == n].drop(columns="article") for n in ("two", "twin"))
    pd.testing.assert_frame_equal(two.reset_index(drop=True), twin.reset_index(drop=True))


def test_the_stores_documents_are_the_articles_and_their_tokens(
    sources, folder, tmp_path, no_cache
):
    store.index(sources, tmp_path / "store", chunk_size=3)
    no_cache.clear()
    stored = list(store.documents(tmp_path / "store", window=2))
    assert no_cache == []
    read = list(kornews.tokenized(kornews.read_corpus(sources, skip=lambda _: None)))
    assert [a for a, _ in stored] == [a for a, _ in read]
    for (_, got), (_, tokens) in zip(stored, read):
        pd.testing.assert_frame_equal(got, tokens)


@pytest.fixture()
def indexed(sources, tmp_path):
    store.index(sources, tmp_path / "store")
    return tmp_path / "store"


def test_terms_by_outlet_and_month(indexed):
    found = store.sql(
        indexed,
        "SELECT a.outlet, substr(a.date, 1, 7) AS month, t.term, sum(t.count)::BIGINT AS count "
        "FROM terms t JOIN articles a USING (article) WHERE t.term = '가맹점' "
        "GROUP BY ALL ORDER BY month",
    )
    # 가맹점 in each body, and in the title of every article but two's: January a/one (2),
    # February b/one (2) and two (1), March three (2).
    assert list(found["month"]) == ["2023-01", "2023-02", "2023-03"]
    assert list(found["count"]) == [2, 3, 2]
    assert set(found["outlet"]) == {"한빛일보"}


def test_every_quotation_of_a_speaker(indexed):
    found = store.sql(indexed, "SELECT article, text FROM quotes WHERE speaker = '박민수'")
    assert len(found) == 4
    assert all("결제 건수가" in text for text in found["text"])


@pytest.mark.parametrize(
    "query",
    [
        "COPY figures TO 'out.csv'",
        "SELECT 1; SELECT 2",
        "DROP VIEW figures",
        "ATTACH 'other.db'",
        "SET threads = 1",
        "INSTALL httpfs",
    ],
)
def test_a_query_is_one_select(indexed, query):
    with pytest.raises(kornews.ArticleError, match="one SELECT"):
        store.sql(indexed, query)


def test_a_query_reads_no_file_outside_the_store(indexed, folder):
    with pytest.raises(kornews.ArticleError, match="disabled by configuration"):
        store.sql(indexed, f"SELECT * FROM read_text('{folder / 'two.txt'}')")


def test_a_folder_that_is_not_a_store_is_one_line(tmp_path):
    with pytest.raises(kornews.ArticleError, match="not a kornews store"):
        store.sql(tmp_path, "SELECT 1")
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(kornews.ArticleError, match="not a kornews store"):
        store.index(tmp_path, tmp_path)


def test_each_stored_row_is_numbered_within_its_article():
    from kornews.rows import numbered

    # Three articles: two rows, none (an article without quotations), three.
    assert numbered([2, 0, 3]).tolist() == [0, 1, 0, 1, 2]
    assert numbered([]).tolist() == []
