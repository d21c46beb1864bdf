"""``kornews VERB PATH [--format csv|json|table]``: the library's tables on the command line.

PATH is an article file, or ``-`` for standard input. Bad input ends with one line on
stderr and exit status 1; a usage mistake with argparse's message and status 2.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from .article import Article, ArticleError, parts_table, read_article
from .figures import figures
from .terms import news_stopwords, term_counts
from .summary import summarize, summary_document
from .tokens import tokenize

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Verb:
    help: str
    table: Callable[[Article, argparse.Namespace], pd.DataFrame]
    # The JSON shape when it is not the table's records (parse prints the article's structure).
    document: Callable[[Article, argparse.Namespace], object] | None = None


VERBS: dict[str, Verb] = {
    "figures": Verb(
        "every number in the title, headings and body, normalised (value, unit, kind, approximate, measure)",
        lambda article, args: figures(article),
    ),
    "parse": Verb(
        "the article's parts: metadata, sections and footer",
        lambda article, args: parts_table(article),
        lambda article, args: article.to_dict(),
    ),
    "tokens": Verb(
        "one row per Kiwi morpheme, with its sentence and offsets",
        lambda article, args: tokenize(article, dictionary=args.dictionary),
    ),
    "terms": Verb(
        "term counts (nouns, foreign words) in the article and in each section, news stopwords dropped",
        lambda article, args: term_counts(
            tokenize(article, dictionary=args.dictionary), stopwords=news_stopwords(article)
        ),
    ),
    "summary": Verb(
        "each section's summary sentences (LexRank), in article order; JSON adds headings, key terms, stats",
        lambda article, args: summarize(article, dictionary=args.dictionary),
        lambda article, args: summary_document(article, dictionary=args.dictionary),
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kornews", description="Analyse a Korean news article.")
    parser.add_argument("verb", choices=sorted(VERBS), help="; ".join(f"{k}: {v.help}" for k, v in VERBS.items()))
    parser.add_argument("path", help="article file (UTF-8 or CP949), or - for standard input")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument(
        "--dictionary", default="default", help="user dictionary file (word<TAB>tag per line); 'default' is kornews's own"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        article = _read(args.path)
        verb = VERBS[args.verb]
        if args.format == "json" and verb.document:
            _write_json(verb.document(article, args))
        else:
            _write(verb.table(article, args), args.format)
    except ArticleError as err:
        print(f"kornews: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return 0


def _read(path: str) -> Article:
    if path == "-":
        return read_article(sys.stdin.buffer.read(), name="<stdin>")
    return read_article(Path(path))


def _write(table: pd.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        table.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        _write_json(table.to_dict(orient="records"))
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            print(table.to_string(index=False))


def _write_json(document: object) -> None:
    json.dump(_plain(document), sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def _plain(value):
    """The document with numpy and pandas scalars as JSON values; missing values (NA, NaN) as null."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if hasattr(value, "item"):
        value = value.item()
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
