"""``python -m kornews.workbook ARTICLE``: run every notebook on an article and write the report.

Each ``notebooks/*.ipynb`` runs top to bottom in a fresh kernel (papermill, with the notebook
parameters ``ARTICLE`` and, where given, ``CORPUS`` and ``ARTICLE_DATE`` set, each only in the
notebooks that declare it), and the executed notebook and its PDFs (:mod:`kornews.export`:
``NAME.pdf`` with the code, ``NAME-report.pdf`` without; ``--pdf`` chooses) are written to
``reports/<article file stem>/``; on an article other than the one a notebook's parameters cell
names (the seed), its remarks on that article (cells tagged ``seed``) are left out. ARTICLE is
required (``make workbook`` gives the seed); a relative path is read from the working directory if
it is there, else from the project root. A failing cell stops the run: its error goes to stderr (the
executed notebook, kept in ``reports/``, shows where) and the exit status is 1.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .article import ArticleError, read_article
from .export import KINDS, ExportError, KoreanPDFExporter, render_pdfs
from .notebook import project_root, resolve

KERNEL = "python3"
# A cell may take this long (seconds) before the run is called stuck.
CELL_TIMEOUT = 600
# The kernel's own log is noise here (a TCP warning at start, a KeyboardInterrupt from the
# SIGINT that starts every shutdown); cell output and cell errors do not go through it.
QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]
# --pdf: which PDFs each notebook gets.
PDF_CHOICES = {"both": KINDS, "notebook": ("notebook",), "report": ("report",), "none": ()}


class WorkbookError(Exception):
    """A notebook could not be run or exported; the message says which and why."""


def find_article(path: str) -> Path:
    """ARTICLE as given: absolute, else relative to the working directory if it exists
    there, else relative to the project root. Raises :class:`ArticleError` if unreadable."""
    given = Path(path).expanduser()
    found = given if given.is_absolute() or given.exists() else resolve(given)
    read_article(found)  # fails now, with the article's own message, rather than in every kernel
    return found.resolve()


def notebook_parameter(article: Path, root: Path) -> str:
    """The ARTICLE value a notebook gets: relative to the project when inside it, so the
    printed report shows ``seeds/...`` rather than a path on this machine."""
    return str(article.relative_to(root)) if article.is_relative_to(root) else str(article)


def execute_notebook(notebook: Path, parameters: dict[str, str], out_dir: Path) -> Path:
    """Run ``notebook`` top to bottom in a fresh kernel with those of ``parameters`` it declares
    (ARTICLE, CORPUS, ARTICLE_DATE); returns the executed notebook written into ``out_dir``. Raises
    :class:`WorkbookError`."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed = out_dir / notebook.name
    for kind in KINDS:  # a failed run must not leave an old PDF
        pdf_path(executed, kind).unlink(missing_ok=True)
    declared = papermill.inspect_notebook(notebook)
    try:
        papermill.execute_notebook(
            notebook,
            executed,
            parameters={k: v for k, v in parameters.items() if k in declared},
            kernel_name=KERNEL,
            cwd=notebook.parent,
            progress_bar=False,
            request_save_on_cell_execute=False,
            execution_timeout=CELL_TIMEOUT,
            extra_arguments=QUIET_KERNEL,
        )
    except PapermillExecutionError as error:
        line = next((s.strip() for s in error.source.splitlines() if s.strip()), "")
        raise WorkbookError(
            f"{notebook.name} failed at In [{error.exec_count}]: {line}\n"
            f"  {error.ename}: {error.evalue}\n"
            f"  the executed notebook, stopped at that cell: {executed}"
        ) from None
    except Exception as error:  # kernel died or timed out, notebook unreadable...
        raise WorkbookError(
            f"{notebook.name} could not run: {type(error).__name__}: {error}"
        ) from None
    if parameters.get("ARTICLE") != _default(declared, "ARTICLE"):
        drop_seed_remarks(executed)
    return executed


def _default(declared: dict, name: str) -> str | None:
    """A parameter's value as the notebook's parameters cell writes it, if a literal; else None."""
    try:
        return ast.literal_eval(declared[name]["default"])
    except (KeyError, ValueError, SyntaxError):
        return None


def drop_seed_remarks(executed: Path) -> None:
    """Leave the remarks on the notebook's own article, the seed (cells tagged ``seed``), out of
    another article's report, where a reader would take them for findings on that article. The
    notebooks keep them."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    notebook.cells = [
        cell for cell in notebook.cells if "seed" not in cell.metadata.get("tags", [])
    ]
    nbformat.write(notebook, executed)


def pdf_path(executed: Path, kind: str) -> Path:
    """Where a PDF of that kind goes: ``NAME.pdf`` (with code), ``NAME-report.pdf`` (without)."""
    return (
        executed.with_suffix(".pdf")
        if kind == "notebook"
        else executed.with_name(f"{executed.stem}-{kind}.pdf")
    )


def export_pdfs(
    executed: Path, *, name: str, folder: Path, kinds=KINDS, timings: list | None = None
) -> list[Path]:
    """The PDFs of an executed notebook, next to it, from one HTML pass; ``folder`` is where its
    relative links (images in Markdown) resolve. ``timings``, if given, gets ``(notebook, step,
    seconds)`` for the HTML and each PDF. Raises :class:`WorkbookError`."""
    import nbformat

    if not kinds:
        return []
    resources = {"metadata": {"name": name, "path": str(folder)}}
    steps, pdfs, clock = [], [], time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        steps.append((executed.name, step, time.perf_counter() - clock))
        clock = time.perf_counter()

    try:
        html, _ = KoreanPDFExporter().html(
            nbformat.read(executed, as_version=4), resources=resources
        )
        lap("html")
        for kind, body in render_pdfs(html, base_url=str(folder), kinds=kinds):
            pdfs.append(pdf_path(executed, kind))
            pdfs[-1].write_bytes(body)
            lap(f"{kind} pdf")
    except ExportError as error:
        raise WorkbookError(f"{executed.name}: {error}") from None
    if timings is not None:
        timings += steps
    return pdfs


def run_workbook(
    notebooks: list[Path],
    parameters: dict[str, str],
    out_dir: Path,
    *,
    kinds=KINDS,
    timings: list | None = None,
) -> list[Path]:
    """Execute the notebooks, a few kernels at a time, and export each notebook's PDFs (of
    ``kinds``) in notebook order as soon as its run ends; returns the PDFs. Stops at the first
    failure. ``timings``, if given, gets ``(notebook, step, seconds)`` for each run and export."""
    started = time.perf_counter()

    def timed_run(notebook):
        begun = time.perf_counter()
        executed = execute_notebook(notebook, parameters, out_dir)
        return executed, begun, time.perf_counter()

    pool = ThreadPoolExecutor(max_workers=min(len(notebooks), os.cpu_count() or 1))
    runs = [pool.submit(timed_run, notebook) for notebook in notebooks]
    pdfs = []
    try:
        for notebook, run in zip(notebooks, runs):
            executed, begun, ended = run.result()
            if timings is not None:
                timings.append((notebook.name, "run", ended - begun))
            made = export_pdfs(
                executed, name=notebook.stem, folder=notebook.parent, kinds=kinds, timings=timings
            )
            pdfs += made
            print(f"{notebook.name} -> {', '.join(p.name for p in made) or executed}", flush=True)
    finally:
        # On a failure, notebooks not yet started are dropped; running kernels finish on their own.
        pool.shutdown(wait=False, cancel_futures=True)
    if timings is not None:
        timings.append(("all", "total", time.perf_counter() - started))
    return pdfs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kornews.workbook",
        description="Run every notebook on an article; write the executed notebooks and their PDFs.",
    )
    parser.add_argument("article", help="article file (make workbook gives the seed)")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        article = find_article(args.article)
        root = project_root()
        notebooks = sorted((args.notebooks or root / "notebooks").glob("*.ipynb"))
        if not notebooks:
            raise WorkbookError(f"no notebooks in {args.notebooks or root / 'notebooks'}")
        out_dir = (args.reports or root / "reports") / article.stem
        out_dir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        parameters = {"ARTICLE": notebook_parameter(article, root)}
        if args.corpus:
            parameters["CORPUS"] = str(Path(args.corpus).expanduser().resolve())
        if args.date:
            read_article(article, date=args.date)  # a date that is none fails here, once
            parameters["ARTICLE_DATE"] = args.date
        run_workbook(
            [n.resolve() for n in notebooks], parameters, out_dir, kinds=PDF_CHOICES[args.pdf]
        )
        print(
            f"{len(notebooks)} notebooks on {article.name} in {time.perf_counter() - started:.0f} s: {out_dir}"
        )
    except (ArticleError, WorkbookError) as error:
        print(f"kornews.workbook: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
