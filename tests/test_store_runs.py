"""Long runs of the index: killed mid-way it resumes to the same store, and on a two-worker Dask
cluster (threads, and kornews index --workers 2: processes) it writes the store a serial run
writes. Slow: a Kiwi in a subprocess, a cluster."""

import os
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from kornews import store
from test_store import BINARY, write

pytestmark = pytest.mark.slow
LIB = Path(__file__).resolve().parents[1] / "lib"


@pytest.fixture()
def sources(tmp_path):
    """Six articles, two of them named one.txt in two folders, and one unreadable file."""
    news = tmp_path / "news"
    write(news / "a" / "one.txt", 1)
    write(news / "b" / "one.txt", 2, month=2)
    for n, name in enumerate(["two", "three", "four", "five"], 3):
        write(news / f"{name}.txt", n, month=n % 12 + 1)
    (news / "bad.txt").write_bytes(BINARY)
    return [news / "a", news / "b", news]


def tables(where):
    return {name: store.table(where, name, stored=True) for name in store.TABLES}


def assert_same_stores(one, other):
    for name, table in tables(one).items():
        pd.testing.assert_frame_equal(table, tables(other)[name], obj=name)
    files = sorted(p.relative_to(one).as_posix() for p in Path(one).rglob("*.parquet"))
    assert files == sorted(p.relative_to(other).as_posix() for p in Path(other).rglob("*.parquet"))


def test_a_killed_index_resumes_to_the_same_store(sources, tmp_path):
    whole = tmp_path / "whole"
    store.index(sources, whole, chunk_size=1)
    cut = tmp_path / "cut"
    env = {**os.environ, "PYTHONPATH": str(LIB), "KORNEWS_CACHE": "off"}
    command = [sys.executable, "-m", "kornews", "index", *map(str, sources)]
    process = subprocess.Popen(
        [*command, "--store", str(cut), "--chunk-size", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not list((cut / "chunks").glob("*.json")) and time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before it could be killed"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    finished = len(list((cut / "chunks").glob("*.json")))
    assert 1 <= finished < 6
    # Every file under a table's name is whole: a half-written one has only a temporary name.
    for path in cut.rglob("*.parquet"):
        pq.read_table(path)
    resumed = store.index(sources, cut, chunk_size=1)
    assert resumed.tokenized == 6 - finished
    assert_same_stores(whole, cut)


def test_a_two_worker_cluster_writes_the_serial_store(sources, tmp_path):
    from distributed import Client, LocalCluster

    serial, spread = tmp_path / "serial", tmp_path / "spread"
    store.index(sources, serial, chunk_size=2)
    # Threads, not processes, keep the test short; kornews index --workers starts processes.
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        store.index(sources, spread, chunk_size=2, client=client)
        write(Path(sources[-1]) / "three.txt", 9, month=5, title="가맹점 다시 줄어")
        store.index(sources, spread, chunk_size=2, client=client)
    store.index(sources, serial, chunk_size=2)
    assert_same_stores(serial, spread)
    headlines = store.table(spread, "articles")["headline"]
    assert "가맹점 다시 줄어" in set(headlines) and len(headlines) == 6


def test_index_on_a_local_cluster_of_processes_writes_the_serial_store(
    sources, tmp_path, monkeypatch
):
    from kornews.cli import main

    # As from a shell: the in-process notebook runs before this test leave IPython's namespace as
    # __main__, which has no __spec__ for the spawned workers to read.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    serial, spread = tmp_path / "serial", tmp_path / "spread"
    store.index(sources, serial, chunk_size=2)
    argv = [*map(str, sources), "--store", str(spread), "--chunk-size", "2", "--workers", "2"]
    assert main(["index", *argv, "--allow-skipped"]) == 0
    assert_same_stores(serial, spread)
