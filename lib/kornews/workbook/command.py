"""``python -m kornews.workbook``: the options (from the command line or the environment), the
run, and its one-line errors."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from ..article import ArticleError, read_article
from ..notebook import project_root
from .files import (
    RUN,
    WorkbookError,
    find_article,
    locked,
    notebook_parameter,
    report_folder,
    write_error,
)
from .run import KINDS, run_workbook

# --pdf: which PDFs each notebook gets.
PDF_CHOICES = {"both": KINDS, "notebook": ("notebook",), "report": ("report",), "none": ()}
# Settings from the environment (make workbook exports them), each the default of an option.
ENVIRONMENT = {
    "article": "KORNEWS_ARTICLE",
    "corpus": "KORNEWS_CORPUS",
    "date": "KORNEWS_ARTICLE_DATE",
    "pdf": "KORNEWS_PDF",
    "reports": "KORNEWS_REPORTS",
    "term": "KORNEWS_TERM",
    "source": "KORNEWS_SOURCE",
}
INTERRUPTED = 130  # the shell's status for a run stopped by SIGINT (128 + 2)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kornews.workbook",
        description="Run every notebook on an article; write the executed notebooks and their PDFs.",
        epilog="Each setting may come from the environment instead (make workbook passes them so): "
        + ", ".join(f"{name} for {dest}" for dest, name in ENVIRONMENT.items())
        + ". Write -- before an article whose name starts with a dash.",
    )
    parser.add_argument("article", nargs="?", help="article file (make workbook gives the seed)")
    parser.add_argument(
        "--corpus",
        help="folder or glob of articles for the notebooks across articles "
        "(default: the folder that holds the article)",
    )
    parser.add_argument(
        "--date",
        help="the article's date (2020-07-10) when neither its text nor its file name "
        "gives it: relative dates (10일, 내년 4월, 이날) are resolved against it",
    )
    parser.add_argument(
        "--term",
        help="notebook 07: the term whose related terms to list "
        "(default: the term written in the most sentences of the folder)",
    )
    parser.add_argument(
        "--source",
        help="notebook 06: the press release or wire story to find in each article "
        "(default: none, unless the folder keeps exactly one in release/)",
    )
    parser.add_argument(
        "--pdf",
        choices=PDF_CHOICES,
        default="both",
        help="PDFs per notebook: both (default), notebook (with code: NAME.pdf), "
        "report (without code: NAME-report.pdf) or none",
    )
    parser.add_argument(
        "--notebooks", type=Path, help="folder of notebooks to run (default: notebooks/)"
    )
    parser.add_argument("--reports", type=Path, help="folder for the reports (default: reports/)")
    # An empty variable is unset (make passes every one, given or not).
    parser.set_defaults(
        **{dest: os.environ[name] for dest, name in ENVIRONMENT.items() if os.environ.get(name)}
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.pdf not in PDF_CHOICES:  # argparse does not check a default (KORNEWS_PDF)
        parser.error(
            f"KORNEWS_PDF: invalid choice {args.pdf!r} (choose from {', '.join(PDF_CHOICES)})"
        )
    if not args.article:
        parser.error("no article: name one, or set KORNEWS_ARTICLE (make workbook gives the seed)")
    out_dir = None
    try:
        article = find_article(args.article)
        root = project_root()
        notebooks = sorted((args.notebooks or root / "notebooks").glob("*.ipynb"))
        if not notebooks:
            raise WorkbookError(f"no notebooks in {args.notebooks or root / 'notebooks'}")
        started = time.perf_counter()
        parameters = {"ARTICLE": notebook_parameter(article, root)}
        if args.corpus:
            parameters["CORPUS"] = str(Path(args.corpus).expanduser().resolve())
        if args.date:
            read_article(article, date=args.date)  # a date that is none fails here, once
            parameters["ARTICLE_DATE"] = args.date
        if args.term:
            parameters["TERM"] = args.term
        if args.source:
            source = find_article(args.source)  # unreadable: one line now, not in 06
            parameters["SOURCE"] = notebook_parameter(source, root)
        out_dir = report_folder(article, args.reports or root / "reports", parameters["ARTICLE"])
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a read-only checkout, a file where the folder should be
            raise write_error(error, out_dir.parent) from None
        with locked(out_dir):
            run_workbook(
                [n.resolve() for n in notebooks], parameters, out_dir, kinds=PDF_CHOICES[args.pdf]
            )
        print(
            f"{len(notebooks)} notebooks on {article.name} in {time.perf_counter() - started:.0f} s: {out_dir}"
        )
    except (ArticleError, WorkbookError) as error:
        print(f"kornews.workbook: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        stop(out_dir)
    return 0


def stop(out_dir: Path | None) -> None:
    """Ctrl-C: remove this run's temporary files and exit with :data:`INTERRUPTED` at once,
    without waiting for the threads that wait on kernels (each kernel ends by itself when its
    parent is gone: ipykernel watches it)."""
    for left in out_dir.glob(f".*.{RUN}.tmp*") if out_dir else []:
        left.unlink(missing_ok=True)
    sys.stdout.flush()
    print("kornews.workbook: stopped", file=sys.stderr, flush=True)
    os._exit(INTERRUPTED)
