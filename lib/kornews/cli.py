"""``kornews VERB PATH... [--format csv|json|table]``: the library's tables on the command line.

PATH is an article file, or ``-`` for standard input. ``tokens``, ``terms``, ``figures``,
``quotes`` and ``entities`` also take several paths, folders, globs or BigKinds exports (.xlsx):
their tables then gain an ``article`` column and are written article by article as they are
done (CSV, JSON; the table for reading once all are done, its columns lined up); ``trends``
gives one table over them all. Bad input ends with one line on stderr and
exit status 1; a usage mistake with argparse's message and status 2.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import cache
from .article import (
    Article,
    ArticleError,
    Corpus,
    parts_table,
    read_article,
    read_corpus,
    read_limited,
)
from .bigkinds import is_export
from .corpus import (
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
    corpus_tokens,
    progress,
)
from .entities import entities
from .figures import figures
from .quotes import quotes
from .summary import summarize, summary_document
from .terms import news_stopwords, term_counts
from .tokens import tokenize, tokenized
from .trends import FREQUENCIES, trends

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Verb:
    help: str
    table: Callable[[Article, argparse.Namespace], pd.DataFrame]
    # The JSON shape when it is not the table's records (parse prints the article's structure).
    document: Callable[[Article, argparse.Namespace], object] | None = None
    # Tables for many articles, one per article, each with an `article` column first.
    corpus: Callable[[Corpus, argparse.Namespace], Iterator[pd.DataFrame]] | None = None


def _tokens(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return tokenize(article, dictionary=args.dictionary)


def _documents(corpus: Corpus, args: argparse.Namespace):
    return tokenized(progress(corpus), dictionary=args.dictionary)


def _analysis(help: str, analysis, corpus_analysis) -> Verb:
    """A verb printing ``analysis(tokens, article)``, and per article over many (``corpus_analysis``)."""
    return Verb(
        help,
        lambda article, args: analysis(_tokens(article, args), article),
        corpus=lambda corpus, args: corpus_analysis(_documents(corpus, args)),
    )


VERBS: dict[str, Verb] = {
    "figures": Verb(
        "every number in the title, headings and body, normalised (value, unit, kind, approximate, measure)",
        lambda article, args: figures(_tokens(article, args), article),
        corpus=lambda corpus, args: corpus_figures(_documents(corpus, args)),
    ),
    "parse": Verb(
        "the article's parts: metadata, sections and footer",
        lambda article, args: parts_table(article),
        lambda article, args: article.to_dict(),
    ),
    "tokens": Verb(
        "one row per Kiwi morpheme, with its sentence and offsets",
        _tokens,
        corpus=lambda corpus, args: corpus_tokens(progress(corpus), dictionary=args.dictionary),
    ),
    "terms": Verb(
        "term counts (nouns, foreign words) in the article and in each section, news stopwords dropped",
        lambda article, args: term_counts(
            _tokens(article, args), stopwords=news_stopwords(article, extra=args.stopwords)
        ),
        corpus=lambda corpus, args: corpus_terms(
            _documents(corpus, args), stopwords=args.stopwords
        ),
    ),
    "trends": Verb(
        "counts of terms per day, week or month (--freq), with the articles and tokens of each period; undated apart",
        lambda article, args: trends(
            [(article, _tokens(article, args))],
            args.terms,
            freq=args.freq,
            by_outlet=args.by_outlet,
            stopwords=args.stopwords,
        ),
        corpus=lambda corpus, args: iter(
            [
                trends(
                    _documents(corpus, args),
                    args.terms,
                    freq=args.freq,
                    by_outlet=args.by_outlet,
                    stopwords=args.stopwords,
                )
            ]
        ),
    ),
    "quotes": _analysis(
        "every quotation in the body (direct, indirect, split), with its verb and speaker (name, title, organisation, anonymous)",
        quotes,
        corpus_quotes,
    ),
    "entities": _analysis(
        "every mention of a person, organisation or place, short forms linked to full names (박 시장 -> 박원순)",
        entities,
        corpus_entities,
    ),
    "summary": Verb(
        "each section's summary sentences (LexRank), in article order; JSON adds headings, key terms, stats",
        lambda article, args: summarize(_tokens(article, args), article),
        lambda article, args: summary_document(_tokens(article, args), article),
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kornews", description="Analyse a Korean news article.")
    parser.add_argument(
        "verb", choices=sorted(VERBS), help="; ".join(f"{k}: {v.help}" for k, v in VERBS.items())
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article file (UTF-8 or CP949) or news page saved from a browser (HTML), - for standard input; "
        "tokens, terms, figures, quotes and entities also take several files, folders (their *.txt, *.html, *.htm) or globs",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument(
        "--dictionary",
        default="default",
        help="user dictionary file (word<TAB>tag per line); 'default' is kornews's own",
    )
    parser.add_argument(
        "--stopwords",
        type=lambda words: [w.strip() for w in words.split(",") if w.strip()],
        default=[],
        help="terms: more words to leave out, comma-separated (e.g. 서울,시장)",
    )
    parser.add_argument(
        "--date",
        help="the article's date (2020-07-10) where its text and file name give none: relative dates "
        "(10일, 내년 4월, 이날) are resolved against it",
    )
    parser.add_argument(
        "--freq",
        choices=sorted(FREQUENCIES),
        default="M",
        help="trends: the period, "
        + ", ".join(f"{k} {v}" for k, v in FREQUENCIES.items())
        + " (default: M)",
    )
    parser.add_argument(
        "--terms",
        type=lambda words: [w.strip() for w in words.split(",") if w.strip()] or None,
        help="trends: the terms to follow, comma-separated (default: every term)",
    )
    parser.add_argument(
        "--by-outlet", action="store_true", help="trends: one row per period and outlet"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["cache"]:  # kornews cache [--clear]: not an article verb
        return cache.main(argv[1:])
    args = build_parser().parse_args(argv)
    verb = VERBS[args.verb]
    try:
        if verb.corpus and not _is_one_article(args.paths):
            _write_stream(verb.corpus(read_corpus(args.paths, date=args.date), args), args.format)
        elif len(args.paths) == 1:
            article = _read(args.paths[0], args.date)
            if args.format == "json" and verb.document:
                _write_json(verb.document(article, args))
            else:
                _write(verb.table(article, args), args.format)
        else:
            raise ArticleError(
                f"{args.verb} takes one article file; tokens, terms, figures, quotes, entities and trends take several"
            )
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


def _is_one_article(paths: list[str]) -> bool:
    # A file named like a glob ('[단독] 기사.txt') is still one file.
    # A BigKinds export is one file of many articles.
    return (
        len(paths) == 1
        and not is_export(paths[0])
        and (
            paths[0] == "-"
            or _is_file(paths[0])
            or not (_is_dir(paths[0]) or glob.has_magic(paths[0]))
        )
    )


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except OSError:  # a name too long for the file system is no file
        return False


def _is_dir(path: str) -> bool:
    try:
        return Path(path).is_dir()
    except OSError:
        return False


def _read(path: str, args_date: str | None = None) -> Article:
    if path == "-":
        return read_article(
            read_limited(sys.stdin.buffer, "<stdin>"), name="<stdin>", date=args_date
        )
    return read_article(Path(path), date=args_date)


def _write_stream(tables: Iterator[pd.DataFrame], fmt: str) -> None:
    """Each table as it comes, under one header (CSV) or in one JSON list; a table for reading
    is written once all are done, so that its columns line up across articles."""
    if fmt == "table":
        filled = [table for table in tables if not table.empty]
        if filled:
            _write(pd.concat(filled, ignore_index=True), fmt)
        return
    first = True
    if fmt == "json":
        sys.stdout.write("[")
    for table in tables:
        if (
            table.empty
        ):  # an article with nothing of the kind adds no rows (and must not eat the header)
            continue
        if fmt == "csv":
            table.to_csv(sys.stdout, index=False, header=first)
        else:
            for record in table.to_dict(orient="records"):
                sys.stdout.write(
                    ("\n" if first else ",\n")
                    + json.dumps(_plain(record), ensure_ascii=False, allow_nan=False)
                )
                first = False
        first = first and fmt == "json"
    if fmt == "json":
        sys.stdout.write("\n]\n")


def _write(table: pd.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        table.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        _write_json(table.to_dict(orient="records"))
    else:
        # East Asian width: a Hangul syllable takes two columns of a terminal, so columns line up.
        with pd.option_context(
            "display.max_rows",
            None,
            "display.max_columns",
            None,
            "display.width",
            200,
            "display.max_colwidth",
            60,
            "display.unicode.east_asian_width",
            True,
        ):
            print(_blank_missing(table).to_string(index=False))


def _blank_missing(table: pd.DataFrame) -> pd.DataFrame:
    """The table as people read it: a missing value (None, NaN, NA) is a blank cell."""
    return table.astype(object).where(table.notna(), "")


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
