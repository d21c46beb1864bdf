"""kornews index and kornews sql on the command line, and a store where a corpus verb takes a
folder: the same output, no Kiwi."""

import json

import pytest

import kornews.store
import kornews.tokens
from broken_rule import break_figures_on
from kornews.cli import main
from test_store import BINARY, write


@pytest.fixture()
def folder(tmp_path):
    news = tmp_path / "news"
    write(news / "one.txt", 1)
    write(news / "two.txt", 2, month=2, title="예산 더 쓴다")
    (news / "bad.txt").write_bytes(BINARY)
    return news


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_index_lists_the_skipped_file_and_exits_3(folder, tmp_path, capsys):
    code, out, err = run(capsys, "index", folder, "--store", tmp_path / "store")
    assert code == 3 and out == ""
    assert f"skipped {folder / 'bad.txt'}" in err
    assert "2 articles, 2 tokenized now" in err
    code, _, err = run(capsys, "index", folder, "--store", tmp_path / "store", "--allow-skipped")
    assert code == 0 and "2 articles, 0 tokenized now" in err


def test_index_into_a_folder_that_is_not_a_store_is_one_line(folder, capsys):
    code, out, err = run(capsys, "index", folder, "--store", folder)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "not a kornews store" in err


def test_sql_prints_the_result(folder, tmp_path, capsys):
    run(capsys, "index", folder, "--store", tmp_path / "store")
    code, out, _ = run(
        capsys,
        "sql",
        tmp_path / "store",
        "SELECT article, headline FROM articles ORDER BY article",
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out) == [
        {"article": "one", "headline": "제로페이 가맹점 늘어"},
        {"article": "two", "headline": "예산 더 쓴다"},
    ]


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("DELETE FROM articles", "one SELECT"),
        ("SELECT nothing FROM articles", "Binder Error"),
        ("SELEC 1", "Parser Error"),
    ],
)
def test_a_bad_query_is_one_line(folder, tmp_path, capsys, query, said):
    run(capsys, "index", folder, "--store", tmp_path / "store")
    code, out, err = run(capsys, "sql", tmp_path / "store", query)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and said in err and "Traceback" not in err


@pytest.mark.parametrize("verb", ["terms", "figures", "quotes", "entities", "tokens"])
def test_a_corpus_verb_over_a_store_is_the_verb_over_the_folder(
    verb, folder, tmp_path, capsys, monkeypatch
):
    run(capsys, "index", folder, "--store", tmp_path / "store")
    _, from_folder, _ = run(capsys, verb, folder, "--skip-bad", "--format", "csv")
    calls = []
    monkeypatch.setattr(kornews.tokens, "_kiwi_tokenize", lambda *a: calls.append(a))
    code, from_store, _ = run(capsys, verb, tmp_path / "store", "--format", "csv")
    assert code == 0 and calls == []
    assert from_store == from_folder and from_store.count("\n") > 2


@pytest.fixture()
def breaks_on_two(monkeypatch):
    """The figures' rule raising on the article named two alone."""
    break_figures_on(monkeypatch, "two")


def test_index_skips_an_article_an_analysis_fails_on_and_lists_it(
    folder, tmp_path, capsys, breaks_on_two
):
    where = tmp_path / "store"
    code, out, err = run(capsys, "index", folder, "--store", where)
    assert code == 3 and out == ""
    assert "kornews: skipped two: figures failed (ZeroDivisionError: division by zero)\n" in err
    assert "1 articles, 2 tokenized now" in err
    # Out of every table and of the listing, in the skipped table with the file not read.
    for table in ("corpus", "articles", "terms", "tokens", "entities"):
        code, out, _ = run(capsys, "sql", where, f"SELECT DISTINCT article FROM {table}")
        assert code == 0 and "two" not in out and "one" in out, table
    code, out, _ = run(
        capsys, "sql", where, "SELECT file, reason FROM skipped ORDER BY file", "--format", "json"
    )
    assert json.loads(out) == [
        {"file": str(folder / "bad.txt"), "reason": "looks like a binary file, not text"},
        {"file": "two", "reason": "figures failed (ZeroDivisionError: division by zero)"},
    ]


def test_an_index_without_skipping_stops_at_the_article_naming_it(folder, tmp_path, breaks_on_two):
    (folder / "bad.txt").unlink()  # a file not read would stop it first
    with pytest.raises(kornews.ArticleError, match=r"^two: figures failed \(ZeroDivision"):
        kornews.store.index(folder, tmp_path / "store", skip_bad=False, progress=False)
