"""The corpus verbs on Dask: a chunk of articles at a time tokenized and analysed on a worker,
the tables the serial run gives (same names, dtypes, order), on a corpus with a name clash and
an unreadable file. A local cluster of two worker threads in the fast lane (reached by its
address, as --scheduler does), of two processes (kornews VERB --workers 2) in the slow one."""

import sys
import types
from functools import partial
from importlib import import_module

import pandas as pd
import pytest

import kornews
from kornews.article import ArticleError
from kornews.cli import main
from kornews.cli.verbs import SPREAD
from kornews.corpus import (
    analysed,
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
)
from kornews.spread import chunks
from test_store import BINARY, write

ANALYSES = {
    "terms": partial(corpus_terms, stopwords=["가맹점"]),
    "figures": corpus_figures,
    "quotes": corpus_quotes,
    "entities": corpus_entities,
}


@pytest.fixture()
def sources(tmp_path):
    """Five articles, two of them named one.txt in two folders, and one unreadable file."""
    news = tmp_path / "news"
    write(news / "a" / "one.txt", 1)
    write(news / "b" / "one.txt", 2, month=2)
    for n, name in enumerate(["two", "three", "four"], 3):
        write(news / f"{name}.txt", n, month=n, title=f"예산 {n}00억원 더 쓴다")
    (news / "bad.txt").write_bytes(BINARY)
    return [str(p) for p in (news / "a", news / "b", news)]


@pytest.fixture(scope="module")
def threads():
    """A local cluster of two worker threads, reachable over TCP like any scheduler."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def read(sources):
    return kornews.read_corpus(sources, skip=lambda _: None)


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_a_verb_on_two_workers_gives_the_serial_table(name, sources, threads):
    from distributed import get_task_stream

    analysis = ANALYSES[name]
    serial = pd.concat(analysis(kornews.tokenized(read(sources))), ignore_index=True)
    with get_task_stream(threads) as stream:
        spread = pd.concat(
            analysed(read(sources), analysis, client=threads, chunk_size=2, progress=False),
            ignore_index=True,
        )
    # Five articles in chunks of two: three pieces of work, each run by a worker.
    assert sum("_analyse_chunk" in task["key"] for task in stream.data) == 3
    pd.testing.assert_frame_equal(spread, serial)
    names = list(dict.fromkeys(serial["article"]))
    assert names[:2] == [f"{sources[0]}/one", f"{sources[1]}/one"]  # the clash, settled
    assert len(names) == 5 and "bad" not in " ".join(names)


def test_analysed_without_a_client_runs_here(sources):
    serial = pd.concat(corpus_figures(kornews.tokenized(read(sources))), ignore_index=True)
    here = pd.concat(analysed(read(sources), corpus_figures, chunk_size=3, progress=False))
    pd.testing.assert_frame_equal(here.reset_index(drop=True), serial)


def test_a_workers_failure_names_its_article(sources, threads):
    def broken(documents):
        for article, _ in documents:
            if article.name.endswith("three"):
                raise ArticleError(f"{article.name}: cannot analyse")
            yield pd.DataFrame({"article": [article.name]})

    run = analysed(read(sources), broken, client=threads, chunk_size=2, progress=False)
    with pytest.raises(ArticleError, match="three: cannot analyse"):
        list(run)


def test_chunks_keep_what_was_read_before_a_failure():
    def items():
        yield from (1, 2, 3)
        raise ArticleError("bad file")

    found = chunks(items(), 2)
    assert next(found) == [1, 2] and next(found) == [3]
    with pytest.raises(ArticleError, match="bad file"):
        next(found)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("verb", SPREAD)
def test_a_verb_given_a_scheduler_prints_the_serial_output(verb, sources, threads, capsys):
    serial = run(capsys, verb, *sources, "--skip-bad", "--format", "csv")
    from distributed import get_task_stream

    address = threads.scheduler.address
    with get_task_stream(threads) as stream:
        spread = run(
            capsys, verb, *sources, "--skip-bad", "--format", "csv", "--scheduler", address
        )
    assert any("_analyse_chunk" in task["key"] for task in stream.data)
    assert spread == serial
    code, out, err = spread
    assert code == 3 and "skipped" in err and "bad.txt" in err
    assert f"{sources[1]}/one" in out and out.count("\n") > 5


@pytest.mark.parametrize(
    "argv",
    [
        ["tokens", "FOLDER", "--workers", "2"],  # not a verb that runs on Dask
        ["figures", "FOLDER/two.txt", "--workers", "2"],  # one article
    ],
)
def test_workers_where_nothing_runs_on_dask_is_a_usage_mistake(argv, sources, capsys):
    folder = sources[-1]
    with pytest.raises(SystemExit) as stop:
        main([a.replace("FOLDER", folder) for a in argv])
    assert stop.value.code == 2
    assert "--workers and --scheduler: terms, figures" in capsys.readouterr().err


def test_workers_and_a_scheduler_together_are_a_usage_mistake(sources, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["terms", sources[-1], "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"])
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_a_store_with_a_scheduler_is_one_line(sources, tmp_path, threads, capsys):
    run(capsys, "index", *sources, "--store", tmp_path / "store")
    code, out, err = run(
        capsys, "terms", tmp_path / "store", "--scheduler", threads.scheduler.address
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "store is tokenized already" in err


@pytest.mark.slow
@pytest.mark.parametrize("verb", SPREAD)
def test_a_verb_on_a_local_cluster_of_processes_prints_the_serial_output(
    verb, sources, capsys, monkeypatch
):
    # As from a shell: spawned workers read __main__'s spec (see test_store_runs.py).
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    serial = run(capsys, verb, *sources, "--skip-bad", "--format", "csv")
    assert run(capsys, verb, *sources, "--skip-bad", "--format", "csv", "--workers", "2") == serial


def test_a_scheduler_that_is_no_address_is_one_line(sources, capsys):
    code, out, err = run(capsys, "figures", *sources, "--scheduler", "nowhere")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "no Dask scheduler at nowhere" in err


def test_a_file_that_stops_the_run_stops_it_where_the_serial_run_stops(sources, threads, capsys):
    # Without --skip-bad, bad.txt (read third) stops both runs after the two articles before it.
    serial = run(capsys, "figures", *sources, "--format", "csv")
    address = threads.scheduler.address
    assert run(capsys, "figures", *sources, "--format", "csv", "--scheduler", address) == serial
    code, out, err = serial
    assert code == 1 and "bad.txt" in err and err.count("\n") == 1
    assert f"{sources[1]}/one" in out and "/two" not in out


@pytest.fixture()
def breaks_on_three(monkeypatch):
    """The figures' rule raising on the article named three alone (workers are threads here)."""
    corpus = import_module("kornews.corpus")
    rows = corpus.figure_rows

    def breaks(tokens, article):
        if article.name.endswith("three"):
            raise ZeroDivisionError("division by zero")
        return rows(tokens, article)

    monkeypatch.setattr(corpus, "figure_rows", breaks)


def test_an_article_an_analysis_fails_on_is_skipped_or_stops_as_in_a_serial_run(
    sources, threads, breaks_on_three
):
    serial_skipped, spread_skipped = [], []
    serial = pd.concat(
        corpus_figures(kornews.tokenized(read(sources)), skip=serial_skipped.append),
        ignore_index=True,
    )
    spread = analysed(
        read(sources),
        corpus_figures,
        client=threads,
        chunk_size=2,
        progress=False,
        skip=spread_skipped.append,
    )
    pd.testing.assert_frame_equal(pd.concat(spread, ignore_index=True), serial)
    assert spread_skipped == serial_skipped
    assert [each.reason for each in serial_skipped] == [
        "figures failed (ZeroDivisionError: division by zero)"
    ]
    # Without skip: every article before it (its chunk's too), then one line naming it.
    order = [article.name for article in read(sources)]
    done = []
    with pytest.raises(ArticleError, match=r"three: figures failed \(ZeroDivisionError"):
        for table in analysed(
            read(sources), corpus_figures, client=threads, chunk_size=2, progress=False
        ):
            done += table["article"].tolist()
    assert list(dict.fromkeys(done)) == order[: order.index(serial_skipped[0].path)]
    assert order.index(serial_skipped[0].path) % 2 == 1  # the second of its chunk


def test_skip_bad_on_a_scheduler_lists_the_article_as_a_serial_run(
    sources, threads, breaks_on_three, capsys
):
    serial = run(capsys, "figures", *sources, "--skip-bad", "--format", "csv")
    address = threads.scheduler.address
    spread = run(
        capsys, "figures", *sources, "--skip-bad", "--format", "csv", "--scheduler", address
    )
    assert spread == serial
    code, out, err = serial
    assert code == 3 and "three" not in out and f"{sources[1]}/one" in out
    assert "three: figures failed (ZeroDivisionError: division by zero)\n" in err
    assert "bad.txt" in err
