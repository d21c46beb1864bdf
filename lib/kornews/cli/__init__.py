"""``kornews VERB PATH... [--format csv|json|table]``: the library's tables on the command line.

PATH is an article file, or ``-`` for standard input. ``tokens``, ``terms``, ``figures``,
``quotes`` and ``entities`` also take several paths, folders, globs or BigKinds exports (.xlsx):
their tables then gain an ``article`` column and are written article by article as they are
done (CSV, JSON; the table for reading once all are done, its columns lined up); ``trends``,
``related``, ``topics`` and ``duplicates`` give one table over them all. CSV cells that a
spreadsheet would evaluate as a formula (text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are led by ``'``
unless ``--raw-csv``; JSON is one list, closed whatever stops the run; JSON Lines
(``--format jsonl``) a record a line. Over many files, ``--skip-bad`` goes on past a file that
cannot be read, or an article the analysis fails on, and lists each at the end (stderr, and
``--skipped FILE`` as CSV).

Exit status: 0 the output is complete; 1 bad input (one line on stderr), or a file that cannot
be read or an article the analysis fails on stopped the run: the output holds every article
before it; 2 a usage mistake (argparse's message); 3 files or articles were skipped
(``--skip-bad``): the output holds every other article (0 with ``--allow-skipped``); 130 interrupted (Ctrl-C): the output holds the articles
done, JSON still closed.
Over a folder, ``duplicates FOLDER`` gives one table of pairs, and ``reuse SOURCE FOLDER``
each article's sentences aligned to SOURCE.
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

import pandas as pd

from .. import __version__, cache
from ..article import (
    ArticleError,
    Unreadable,
    printable,
    read_corpus,
)
from ..bigkinds import is_export
from ..cells import neutralised
from ..figures import figures
from ..report import reader_report, reader_report_pdf, unplaced_dates
from ..spread import cluster
from ..terms import read_stoplist, stoplisted
from ..tokens import tokenize
from ..topics import ARTICLES_PER_TOPIC, TOPIC_COUNTS
from ..trends import FREQUENCIES
from ..wording import LANGS
from .output import _plain_errors, _write, _write_json, _write_stream
from .store import cluster_options, index_main, sql_main
from .verbs import REPORT_HELP, SPREAD, VERBS, Verb, _read

FORMATS = ("table", "csv", "json", "jsonl")
EXIT_SKIPPED = 3


class _LineEach(argparse.HelpFormatter):
    """argparse's help, each line of a help text wrapped on its own: a verb a line."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        wrap = super()._split_lines  # bound here: a comprehension has no super() of its own
        return [line for part in text.splitlines() for line in wrap(part, width)]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kornews",
        description="Analyse a Korean news article.",
        formatter_class=_LineEach,
        epilog="Three commands take their own options (each with --help): kornews cache [--clear] "
        "(the token tables kept on disk); kornews index PATH... --store DIR (tokenize a corpus "
        'once into a Parquet store); kornews sql DIR "SELECT ..." (ask the store in DuckDB SQL).',
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "verb",
        choices=sorted([*VERBS, "report"]),
        help="\n".join(f"{k}: {v.help}" for k, v in VERBS.items()) + f"\nreport: {REPORT_HELP}",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article file (UTF-8 or CP949) or news page saved from a browser (HTML), - for standard input; "
        f"{_several()} also take several files, folders (their *.txt, *.html, *.htm) or globs",
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
        help="over many files: go on past a file that cannot be read or an article the analysis "
        f"fails on, list each at the end (stderr) and exit with status {EXIT_SKIPPED} when any "
        "was skipped",
    )
    parser.add_argument(
        "--skipped",
        metavar="FILE",
        help="with --skip-bad (implied): also write the skipped files and articles as CSV "
        "(file, reason)",
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
        "--stoplist",
        dest="stoplist_file",
        metavar="FILE",
        help="trends, related, topics: more filler for them to leave out of the folder's rankings "
        "(its top terms, related terms, topics), one word a line, # a comment; added to kornews's "
        "own (data/corpus_stopwords.tsv: 이번, 진행 ...)",
    )
    parser.add_argument(
        "--no-stoplist",
        dest="filler",
        action="store_false",
        help="trends, related, topics: rank kornews's own filler (이번, 진행 ...) like any other "
        "term; with --stoplist FILE, only FILE's words are left out",
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
        type=_terms,
        help="trends: the terms to follow, comma-separated (default: the --top most frequent)",
    )
    parser.add_argument(
        "--top",
        type=_count,
        default=20,
        metavar="N",
        help="trends without --terms: the N most frequent terms of the folder, ties in 가나다 order "
        "(default: 20), each with every period (0 where it does not occur)",
    )
    parser.add_argument(
        "--by-outlet", action="store_true", help="trends: one row per period and outlet"
    )
    parser.add_argument(
        "--no-empty-periods",
        dest="empty_periods",
        action="store_false",
        help="trends: leave out the periods that hold no article (default: every period from the "
        "first dated one to the last, 0 where no article falls)",
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
        default=list(TOPIC_COUNTS),
        metavar="K[,K...]",
        help="topics: how many topics; several (default "
        + ",".join(map(str, TOPIC_COUNTS))
        + "): the k of the best coherence (the smaller on a tie) among those the folder carries, "
        f"at most one topic per {ARTICLES_PER_TOPIC} articles; each k's coherence on stderr",
    )
    cluster_options(parser)  # terms, figures, quotes, entities over many articles
    return parser


def _terms(text: str) -> list[str]:
    # No terms is a mistake, not every term (what leaving --terms out gives).
    terms = [word.strip() for word in text.split(",") if word.strip()]
    if not terms:
        raise argparse.ArgumentTypeError(f"no terms in {text!r}: give them comma-separated")
    return terms


def _counts(text: str) -> list[int]:
    try:
        counts = [int(k) for k in text.split(",") if k.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not whole numbers: {text!r}") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"give one or more numbers of 1 or more: {text!r}")
    return counts


def _count(text: str) -> int:
    counts = _counts(text)
    if len(counts) != 1:
        raise argparse.ArgumentTypeError(f"give one number of 1 or more: {text!r}")
    return counts[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["cache"]:  # kornews cache [--clear]: not an article verb
        return cache.main(argv[1:])
    if argv[:1] in (["index"], ["sql"]):  # the corpus store: their own options
        return (index_main if argv[0] == "index" else sql_main)(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb == "report":
        return _report(args)
    _check_cluster(parser, args)
    return _plain_errors(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    """The verb over the paths, its table written; the exit status (3: files were skipped)."""
    verb = VERBS[args.verb]
    skipped: list[Unreadable] = []
    args.stoplist = stoplisted(args.filler) | (
        read_stoplist(args.stoplist_file) if args.stoplist_file else frozenset()
    )
    if verb.corpus and not _is_one_article(args.paths):
        _run_corpus(verb, args, skipped)
    elif len(args.paths) == 1 and not _is_dir(args.paths[0]):
        article = _read(args.paths[0], args.date)
        if args.format == "json" and verb.document:
            _write_json(verb.document(article, args))
        else:
            _write(verb.table(article, args), args.format, raw_csv=args.raw_csv)
    else:
        raise _not_one_article(args)
    return EXIT_SKIPPED if skipped and not args.allow_skipped else 0


def _not_one_article(args: argparse.Namespace) -> ArticleError:
    """A verb of one article given a folder or several paths: the verbs that take them."""
    given = f"{printable(args.paths[0])}: is a directory; " if len(args.paths) == 1 else ""
    return ArticleError(f"{given}{args.verb} takes one article file; {_several()} take several")


def _several() -> str:
    """The verbs that take several paths or a folder, in words (``a, b and c``)."""
    names = sorted(name for name, verb in VERBS.items() if verb.corpus)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _check_cluster(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--workers and --scheduler only where a verb runs on Dask: a usage mistake elsewhere."""
    if (args.workers or args.scheduler) and (
        args.verb not in SPREAD or _is_one_article(args.paths)
    ):
        parser.error(f"--workers and --scheduler: {', '.join(SPREAD)} over many articles")


def _report(args: argparse.Namespace) -> int:
    """The reader's report of one article: HTML on standard output, or a PDF or HTML file."""
    from ..export import ExportError  # nbconvert loads only for the report

    return _plain_errors(
        lambda: _write_report(args),
        bad=(ArticleError, ExportError),
        out=args.out,
        what="the report",
    )


def _write_report(args: argparse.Namespace) -> int:
    suffix = Path(args.out).suffix.lower() if args.out else ".html"
    if len(args.paths) != 1 or _is_dir(args.paths[0]):
        raise _not_one_article(args)
    if suffix not in (".pdf", ".html", ".htm"):
        raise ArticleError("report writes --out FILE.pdf or FILE.html")
    article = _read(args.paths[0], args.date)
    made = {"tokens": tokenize(article, dictionary=args.dictionary)}
    made["figures"] = figures(made["tokens"], article)
    if suffix == ".pdf":
        Path(args.out).write_bytes(reader_report_pdf(article, lang=args.lang, **made))
    elif args.out:
        Path(args.out).write_text(reader_report(article, lang=args.lang, **made), encoding="utf-8")
    else:
        sys.stdout.write(reader_report(article, lang=args.lang, **made))
    unplaced = unplaced_dates(made["figures"], article)
    if unplaced:  # said once the report is out, as a note: the report itself is whole
        print(
            f"kornews: note: {printable(args.paths[0])} gives no date of its own, so "
            f"{', '.join(unplaced[:3])}{' …' if len(unplaced) > 3 else ''} stay off the "
            "report's timeline: give its date with --date YYYY-MM-DD",
            file=sys.stderr,
        )
    return 0


def _run_corpus(verb: Verb, args: argparse.Namespace, skipped: list[Unreadable]) -> None:
    """The verb over many articles; with ``--skip-bad``, the files and articles it passes over go
    to ``skipped`` and are listed once the run ends, however it ends."""
    skip = args.skip_bad or args.allow_skipped or args.skipped is not None
    args.skip = skipped.append if skip else None
    if args.skipped is not None:  # a list that cannot be written stops the run before it starts
        _write_skipped(skipped, args.skipped)
    try:
        corpus = _corpus(args, args.skip)
        for note in corpus.notes:  # what a BigKinds export left out
            print(f"kornews: note: {note}", file=sys.stderr)
        with cluster(workers=args.workers, scheduler=args.scheduler) as args.client:
            _write_stream(verb.corpus(corpus, args), args.format, raw_csv=args.raw_csv)
    except ArticleError as err:
        if skip or not _several_sources(args.paths):
            raise
        raise ArticleError(f"{err} (--skip-bad goes on past it)") from None
    finally:
        for each in skipped:
            print(f"kornews: skipped {each.path}: {each.reason}", file=sys.stderr)
        if args.skipped is not None:
            _write_skipped(skipped, args.skipped)


def _corpus(args: argparse.Namespace, skip):
    """The articles of the paths, or of the store the one path names (read, never tokenized)."""
    if len(args.paths) == 1 and _is_dir(args.paths[0]):
        from ..store import StoredCorpus, is_store  # pyarrow loads only for a folder

        if is_store(args.paths[0]):
            return StoredCorpus(args.paths[0])
    return read_corpus(args.paths, date=args.date, skip=skip)


def _several_sources(paths: list[str]) -> bool:
    """Several files or a folder: a run that ``--skip-bad`` could take past one bad file."""
    return len(paths) > 1 or (len(paths) == 1 and _is_dir(paths[0]))


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
