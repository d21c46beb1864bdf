"""Work on a corpus a chunk of articles at a time: here, or on a Dask cluster (``distributed``).

The caller reads the corpus and names its articles before any work is split (a name clash is
settled over the whole list of paths), then hands :func:`run` the chunks and the function that
does one. Results come back in the chunks' order however the workers finish, so a run on a
cluster gives what a serial run gives. On a cluster a few chunks per worker are in flight at a
time: memory holds a few chunks, not the corpus. :func:`cluster` starts a local cluster of
worker processes (one single-threaded Kiwi each) or connects to one given its scheduler.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from .article import ArticleError

Item = TypeVar("Item")
Result = TypeVar("Result")

# Articles per chunk: Kiwi's batch, and the unit of work on a cluster.
CHUNK_SIZE = 256
# Chunks in flight per worker: one running, one waiting, so no worker idles between chunks.
IN_FLIGHT = 2


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of ``size`` items; when reading an item fails, the items read before it come as a
    chunk first, then the error is raised (a run that stops loses none of the work done)."""
    items = iter(items)
    while True:
        chunk: list[Item] = []
        try:
            chunk.extend(islice(items, size))
        except (Exception, KeyboardInterrupt):
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


def run(
    pieces: Iterable[list[Item]],
    work: Callable[[list[Item]], Result],
    *,
    client=None,
    bar=None,
) -> Iterator[Result]:
    """``work(chunk)`` for each chunk of ``pieces``, in their order: here, or on the workers of
    ``client`` (a ``distributed.Client``; ``work`` and the chunks must pickle). ``bar``: a tqdm
    bar moved on by each chunk's length as it is done. A worker's error is raised here; a
    failure to read the next chunk is raised once the chunks already sent are done."""
    if client is None:
        for chunk in pieces:
            result = work(chunk)
            _advance(bar, len(chunk))
            yield result
        return
    limit = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
    running: deque = deque()
    pieces = iter(pieces)
    while True:
        try:
            chunk = next(pieces, None)
        except Exception:
            while running:
                yield _first(running, bar)
            raise
        if chunk is None:
            break
        running.append((client.submit(work, chunk, pure=False), len(chunk)))
        while len(running) >= limit:
            yield _first(running, bar)
    while running:
        yield _first(running, bar)


def _first(running: deque, bar) -> object:
    future, size = running.popleft()
    result = future.result()
    _advance(bar, size)
    return result


def _advance(bar, size: int) -> None:
    if bar is not None:
        bar.update(size)


@contextlib.contextmanager
def cluster(*, workers: int | None = None, scheduler: str | None = None):
    """A ``distributed.Client`` on a local cluster of ``workers`` processes (one thread each, and
    one Kiwi thread: ``KORNEWS_THREADS=1``, else every process's Kiwi takes every core), on the
    cluster at ``scheduler``, or ``None`` when neither is given (the work stays here)."""
    if workers is None and scheduler is None:
        yield None
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ArticleError(
            "--workers and --scheduler need Dask: pip install 'kornews[corpus]'"
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, ValueError, TypeError) as error:
            raise ArticleError(f"no Dask scheduler at {scheduler}: {error}") from None
        with client:
            yield client
        return
    with _ctrl_c_ignored_by_children():  # the workers start here
        local = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env={"KORNEWS_THREADS": "1"},
            silence_logs=logging.ERROR,
        )
    with local, Client(local) as client:
        yield client


@contextlib.contextmanager
def _ctrl_c_ignored_by_children():
    """SIGINT ignored while the local workers start, so they keep ignoring it: Ctrl-C at a
    terminal reaches every process of the group, and only this one, which closes the cluster,
    should answer it (each worker printed a traceback). Restored once they run: a Ctrl-C in the
    seconds of their start is not heard (only an ignored signal passes to a spawned process)."""
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
