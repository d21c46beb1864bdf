"""``kornews index PATH... --store DIR`` and ``kornews sql STORE "SELECT …"``: the corpus store
on the command line (:mod:`kornews.store`; pyarrow and DuckDB load only here).

index: exit 0 when every file was read, 3 when files were skipped (each listed on stderr and
in the store's ``skipped`` table; 0 with ``--allow-skipped``), 1 on bad input, 130 on Ctrl-C
(the chunks finished are kept: run it again to go on). sql: the result as a table, CSV, JSON
or JSON Lines; exit 1 with one line on a query that is not one SELECT or fails.
"""

from __future__ import annotations

import argparse
import sys

from ..article import printable
from ..spread import CHUNK_SIZE, cluster
from .output import _plain_errors, _write

EXIT_SKIPPED = 3


def index_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kornews index",
        description="Read and tokenize every article once into a Parquet store (see docs/store.md); "
        "run again to add or redo only what changed.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="folders, globs, files or BigKinds exports"
    )
    parser.add_argument(
        "--store", required=True, metavar="DIR", help="the store's folder (new, empty, or a store)"
    )
    parser.add_argument(
        "--dictionary", default="default", help="user dictionary file; 'default' is kornews's own"
    )
    parser.add_argument("--date", help="the date of articles whose text and file name give none")
    parser.add_argument(
        "--chunk-size",
        type=_positive,
        default=CHUNK_SIZE,
        help=f"articles per unit of work (default {CHUNK_SIZE})",
    )
    cluster_options(parser)
    parser.add_argument(
        "--allow-skipped", action="store_true", help="exit 0 when files were skipped"
    )
    return parser


def cluster_options(parser: argparse.ArgumentParser) -> None:
    """``--workers N`` and ``--scheduler ADDRESS``: the run on Dask (:func:`kornews.spread.cluster`)."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="run on a local Dask cluster of N worker processes (one Kiwi thread each)",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on the Dask cluster at ADDRESS (tcp://host:8786)",
    )


def sql_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kornews sql",
        description="One SELECT over a store's tables (views named articles, parts, tokens, terms, "
        "figures, quotes, entities, corpus, skipped).",
    )
    parser.add_argument("store", metavar="STORE")
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--format", choices=("table", "csv", "json", "jsonl"), default="table")
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of 1 or more: {text!r}")
    return int(text)


def index_main(argv: list[str]) -> int:
    args = index_parser().parse_args(argv)
    return _plain_errors(lambda: _index(args), out=args.store, what="the store")


def _index(args: argparse.Namespace) -> int:
    from .. import store

    with cluster(workers=args.workers, scheduler=args.scheduler) as client:
        done = store.index(
            args.paths,
            args.store,
            dictionary=args.dictionary,
            date=args.date,
            chunk_size=args.chunk_size,
            client=client,
        )
    for each in done.skipped:
        print(f"kornews: skipped {each.path}: {each.reason}", file=sys.stderr)
    print(
        f"kornews: {printable(args.store)}: {done.articles} articles, {done.tokenized} tokenized now",
        file=sys.stderr,
    )
    return EXIT_SKIPPED if done.skipped and not args.allow_skipped else 0


def sql_main(argv: list[str]) -> int:
    args = sql_parser().parse_args(argv)
    return _plain_errors(lambda: _query(args))


def _query(args: argparse.Namespace) -> int:
    from ..store import sql

    _write(sql(args.store, args.query), args.format)
    return 0
