"""``kornews VERB PATH... [--format csv|json|table]``: the library's tables on the command line.

PATH is an article file, or ``-`` for standard input. ``tokens``, ``terms``, ``figures``,
``quotes`` and ``entities`` also take several paths, folders, globs or BigKinds exports (.xlsx):
their tables then gain an ``article`` column and are written article by article as they are
done (CSV, JSON; the table for reading once all are done, its columns lined up); ``trends``
gives one table over them all. CSV cells that a spreadsheet would evaluate as a formula
(text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are led by ``'``
unless ``--raw-csv``; JSON is one list, closed whatever stops the run; JSON Lines
(``--format jsonl``) a record a line. Over many files, ``--skip-bad`` goes on past a file that
cannot be read and lists each at the end (stderr, and ``--skipped FILE`` as CSV).

Exit status: 0 the output is complete; 1 bad input (one line on stderr), or a file that cannot
be read stopped the run: the output holds every article read before it; 2 a usage mistake
(argparse's message); 3 files were skipped (``--skip-bad``): the output holds every other
article (0 with ``--allow-skipped``); 130 interrupted (Ctrl-C): the output holds the articles
done, JSON still closed.
Over a folder, ``duplicates FOLDER`` gives one table of pairs, and ``reuse SOURCE FOLDER``
each article's sentences aligned to SOURCE.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import glob
import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import pandas as pd

from . import __version__, cache
from .article import (
    Article,
    ArticleError,
    Corpus,
    Unreadable,
    parts_table,
    printable,
    read_article,
    read_corpus,
    read_limited,
)
from .bigkinds import is_export
from .cells import neutralised
from .corpus import (
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
    corpus_tokens,
    progress,
)
from .duplicates import duplicates, pairs_table
from .entities import entities
from .figures import figures
from .quotes import quotes
from .related import related_terms
from .report import reader_report, reader_report_pdf
from .reuse import reuse
from .summary import summarize, summary_document
from .terms import news_stopwords, term_counts
from .tokens import tokenize, tokenized
from .topics import choose_k, topic_documents, topic_model, topic_overview
from .trends import FREQUENCIES, trends
from .wording import LANGS

FORMATS = ("table", "csv", "json", "jsonl")
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130
# Standard output that cannot take more: a full disk (> /dev/full), a quota, a file too large.
_WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)
# Control characters a terminal would act on (ESC]0;title BEL, ESC[2J), shown instead as
# Unicode's control pictures (␛, ␇; DEL ␡) and C1 controls as \x9b: article text is data.
# CSV keeps tab and line breaks (quoted); a table for reading shows them too, one row a line.
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}
_SHOWN = _PICTURES | {c: f"\\x{c:02x}" for c in range(0x80, 0xA0)}
_SHOWN_IN_CSV = {c: v for c, v in _SHOWN.items() if chr(c) not in "\t\n\r"}
REPORT_HELP = "the reader's report of one article (its figures, people, dates, terms, sources and summaries) as HTML or PDF (--out, --lang)"


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


def _related(documents, args: argparse.Namespace) -> pd.DataFrame:
    return related_terms(documents, term=args.term, stopwords=args.stopwords)


def _topics(documents, args: argparse.Namespace) -> pd.DataFrame:
    """The topics at the k given, or at the k of the best coherence among several (each said on stderr)."""
    read = topic_documents(documents, stopwords=args.stopwords)
    k = args.topics[0]
    if len(args.topics) > 1:
        scores = choose_k(read, ks=args.topics)
        for row in scores.itertuples():
            print(f"kornews: note: k={row.k} coherence (c_v) {row.coherence:.3f}", file=sys.stderr)
        k = int(scores.sort_values("coherence", ascending=False, kind="stable")["k"].iloc[0])
    topics = topic_model(read, k=k)
    if topics.shares.empty:
        print("kornews: note: no term occurs twice in these articles: no topics", file=sys.stderr)
    return topic_overview(topics)


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
            terms=args.terms,
            freq=args.freq,
            by_outlet=args.by_outlet,
            stopwords=args.stopwords,
        ),
        corpus=lambda corpus, args: iter(
            [
                trends(
                    _documents(corpus, args),
                    terms=args.terms,
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
    "related": Verb(
        "related terms (연관어): terms written in the same sentences as --term (G², min. 3 sentences); without it, the most associated pairs",
        lambda article, args: _related([(article, _tokens(article, args))], args),
        corpus=lambda corpus, args: iter([_related(_documents(corpus, args), args)]),
    ),
    "topics": Verb(
        "topics (tomotopy DMR, outlet and month as metadata): each topic's share, top terms and most typical article",
        lambda article, args: _topics([(article, _tokens(article, args))], args),
        corpus=lambda corpus, args: iter([_topics(_documents(corpus, args), args)]),
    ),
    "summary": Verb(
        "each section's summary sentences (LexRank), in article order; JSON adds headings, key terms, stats",
        lambda article, args: summarize(_tokens(article, args), article),
        lambda article, args: summary_document(_tokens(article, args), article),
    ),
}


def _reuse(corpus: Corpus, args: argparse.Namespace) -> Iterator[pd.DataFrame]:
    """The corpus after SOURCE, aligned to SOURCE; source and corpus go to Kiwi together."""
    if len(args.paths) < 2:
        _needs_a_corpus(None, args)
    source = _read(args.paths[0], args.date)
    rest = progress(read_corpus(args.paths[1:], date=args.date))
    documents = tokenized(chain([source], rest), dictionary=args.dictionary)
    return reuse(next(documents), documents)


def _needs_a_corpus(article: Article | None, args: argparse.Namespace) -> pd.DataFrame:
    raise ArticleError("reuse takes a source article and a corpus: kornews reuse SOURCE CORPUS...")


VERBS["duplicates"] = Verb(
    "pairs of near-duplicate articles (exact, edit, rewrite) with their similarity and cluster; "
    "no Kiwi: character shingles, MinHash and LSH",
    lambda article, args: pairs_table([]),
    corpus=lambda corpus, args: iter([duplicates(progress(corpus))]),
)
VERBS["reuse"] = Verb(
    "SOURCE CORPUS: each article's body sentences aligned to the source's (share, differences "
    "marked); sentences not aligned are its own material",
    _needs_a_corpus,
    corpus=_reuse,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kornews", description="Analyse a Korean news article.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "verb",
        choices=sorted([*VERBS, "report"]),
        help="; ".join(f"{k}: {v.help}" for k, v in VERBS.items()) + f"; report: {REPORT_HELP}",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article file (UTF-8 or CP949) or news page saved from a browser (HTML), - for standard input; "
        "tokens, terms, figures, quotes and entities also take several files, folders (their *.txt, *.html, *.htm) or globs",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="output format (default: table); jsonl: one JSON record a line",
    )
    parser.add_argument(
        "--raw-csv",
        action="store_true",
        help="CSV cells as they are: by default text starting with = + - @ (a formula to a "
        "spreadsheet), a tab or a carriage return is led by '",
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="over many files: go on past a file that cannot be read, list each at the end "
        f"(stderr) and exit with status {EXIT_SKIPPED} when any was skipped",
    )
    parser.add_argument(
        "--skipped",
        metavar="FILE",
        help="with --skip-bad (implied): also write the skipped files as CSV (file, reason)",
    )
    parser.add_argument(
        "--allow-skipped",
        action="store_true",
        help="with --skip-bad (implied): exit with status 0 when files were skipped",
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
    parser.add_argument(
        "--lang", choices=LANGS, default="ko", help="report: its language (default: ko)"
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        help="report: write it to FILE.pdf or FILE.html (default: HTML on standard output)",
    )
    parser.add_argument("--term", help="related: the term whose related terms to list")
    parser.add_argument(
        "--topics",
        type=_counts,
        default=[4, 6, 8, 10],
        metavar="K[,K...]",
        help="topics: how many topics; several (default 4,6,8,10): the k of the best coherence, "
        "each k's coherence on stderr",
    )
    return parser


def _counts(text: str) -> list[int]:
    try:
        counts = [int(k) for k in text.split(",") if k.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not whole numbers: {text!r}") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"give one or more numbers of 1 or more: {text!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["cache"]:  # kornews cache [--clear]: not an article verb
        return cache.main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.verb == "report":
        return _report(args)
    verb = VERBS[args.verb]
    skipped: list[Unreadable] = []
    try:
        if verb.corpus and not _is_one_article(args.paths):
            _run_corpus(verb, args, skipped)
        elif len(args.paths) == 1:
            article = _read(args.paths[0], args.date)
            if args.format == "json" and verb.document:
                _write_json(verb.document(article, args))
            else:
                _write(verb.table(article, args), args.format, raw_csv=args.raw_csv)
        else:
            raise ArticleError(
                f"{args.verb} takes one article file; tokens, terms, figures, quotes, entities and trends take several"
            )
    except ArticleError as err:  # a file name may hold escape sequences too
        print(f"kornews: error: {str(err).translate(_SHOWN)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except OSError as err:
        if err.errno not in _WRITE_ERRORS:
            raise
        _drop_stdout()
        print(f"kornews: error: cannot write the output ({err.strerror})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return EXIT_SKIPPED if skipped and not args.allow_skipped else 0


def _report(args: argparse.Namespace) -> int:
    """The reader's report of one article: HTML on standard output, or a PDF or HTML file."""
    from .export import ExportError  # nbconvert loads only for the report

    suffix = Path(args.out).suffix.lower() if args.out else ".html"
    try:
        if suffix not in (".pdf", ".html", ".htm") or len(args.paths) != 1:
            raise ArticleError(
                "report takes one article file and writes --out FILE.pdf or FILE.html"
            )
        article = _read(args.paths[0], args.date)
        if suffix == ".pdf":
            Path(args.out).write_bytes(reader_report_pdf(article, lang=args.lang))
        elif args.out:
            Path(args.out).write_text(reader_report(article, lang=args.lang), encoding="utf-8")
        else:
            sys.stdout.write(reader_report(article, lang=args.lang))
    except (ArticleError, ExportError) as err:
        print(f"kornews: error: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(
            f"kornews: error: {printable(args.out)}: cannot write the report ({err.strerror})",
            file=sys.stderr,
        )
        return 1
    return 0


def _run_corpus(verb: Verb, args: argparse.Namespace, skipped: list[Unreadable]) -> None:
    """The verb over many articles; with ``--skip-bad``, the files it passes over go to ``skipped``
    and are listed once the run ends, however it ends."""
    skip = args.skip_bad or args.allow_skipped or args.skipped is not None
    if args.skipped is not None:  # a list that cannot be written stops the run before it starts
        _write_skipped(skipped, args.skipped)
    try:
        corpus = read_corpus(args.paths, date=args.date, skip=skipped.append if skip else None)
        for note in corpus.notes:  # what a BigKinds export left out
            print(f"kornews: note: {note}", file=sys.stderr)
        _write_stream(verb.corpus(corpus, args), args.format, raw_csv=args.raw_csv)
    finally:
        for each in skipped:
            print(f"kornews: skipped {each.path}: {each.reason}", file=sys.stderr)
        if args.skipped is not None:
            _write_skipped(skipped, args.skipped)


def _write_skipped(skipped: list[Unreadable], path: str) -> None:
    """The skipped files as CSV: ``file, reason``."""
    table = neutralised(pd.DataFrame(skipped, columns=["file", "reason"]))
    try:
        with open(path, "w", encoding="utf-8", newline="") as file:
            table.to_csv(file, index=False)
    except OSError as err:
        raise ArticleError(
            f"{printable(path)}: cannot write the list of skipped files ({err.strerror})"
        ) from None


def _drop_stdout() -> None:
    """Send what is still buffered for standard output nowhere, so that Python's flush at exit
    does not fail a second time with a traceback."""
    with contextlib.suppress(OSError, ValueError):  # no file descriptor: a StringIO under test
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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


def _write_stream(tables: Iterator[pd.DataFrame], fmt: str, *, raw_csv: bool = False) -> None:
    """Each table as it comes, under one header (CSV), in one JSON list (closed however the run
    ends) or a record a line (JSON Lines); a table for reading is written once all are done, so
    that its columns line up across articles (or once a bad file or Ctrl-C stops the run)."""
    if fmt == "table":
        filled: list[pd.DataFrame] = []
        try:
            filled.extend(table for table in tables if not table.empty)
        finally:  # also after a bad file or Ctrl-C; a closed pipe takes no more
            if filled and not isinstance(sys.exc_info()[1], BrokenPipeError):
                _write(pd.concat(filled, ignore_index=True), fmt)
        return
    first = True  # the first table with rows: the CSV header goes before it, no comma in JSON
    if fmt == "json":
        sys.stdout.write("[")
    try:
        for table in tables:
            # An article with nothing of the kind adds no rows (and must not eat the header).
            if table.empty:
                continue
            # An article's rows in one write, so that Ctrl-C never leaves half an article.
            if fmt == "csv":
                sys.stdout.write(_csv(table, raw=raw_csv).to_csv(index=False, header=first))
            else:
                _write_records(table, fmt, first=first)
            first = False
    finally:  # the list closed whatever ends the run, but a closed pipe takes no more
        if fmt == "json" and not isinstance(sys.exc_info()[1], BrokenPipeError):
            sys.stdout.write("\n]\n")


def _write_records(table: pd.DataFrame, fmt: str, *, first: bool) -> None:
    """The table's rows as JSON in one write: list items after ``[`` (json), or lines (jsonl)."""
    texts = [
        json.dumps(_plain(record), ensure_ascii=False, allow_nan=False)
        for record in table.to_dict(orient="records")
    ]
    if fmt == "jsonl":
        sys.stdout.write("".join(text + "\n" for text in texts))
    else:
        sys.stdout.write(("\n" if first else ",\n") + ",\n".join(texts))


def _csv(table: pd.DataFrame, *, raw: bool) -> pd.DataFrame:
    """The table as CSV cells: control characters shown, never raw; cells a spreadsheet would
    evaluate neutralised unless ``raw``."""
    shown = _shown(table, _SHOWN_IN_CSV)
    return shown if raw else neutralised(shown)


def _shown(table: pd.DataFrame, controls: dict[int, str]) -> pd.DataFrame:
    """The table with the control characters of its text cells replaced as ``controls`` says."""
    text = [c for c in table.columns if table[c].dtype == object or table[c].dtype == "string"]
    if not text:
        return table
    return table.assign(
        **{
            c: table[c].map(lambda v: v.translate(controls) if isinstance(v, str) else v)
            for c in text
        }
    )


def _write(table: pd.DataFrame, fmt: str, *, raw_csv: bool = False) -> None:
    if fmt == "csv":
        _csv(table, raw=raw_csv).to_csv(sys.stdout, index=False)
    elif fmt == "json":
        _write_json(table.to_dict(orient="records"))
    elif fmt == "jsonl":
        _write_records(table, fmt, first=True)
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
            print(_blank_missing(_shown(table, _SHOWN)).to_string(index=False))


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
