"""``python -m kornews.workbook ARTICLE``: run every notebook on an article and write the report.

Each ``notebooks/*.ipynb`` runs top to bottom in a fresh kernel (papermill, with the notebook
parameters ``ARTICLE`` and, where given, ``CORPUS`` and ``ARTICLE_DATE`` set, each only in the
notebooks that declare it), and the executed notebook and its PDFs (:mod:`kornews.export`:
``NAME.pdf`` with the code, ``NAME-report.pdf`` without; ``--pdf`` chooses) are written to
``reports/<article file stem>/`` (:func:`report_folder`: always a folder of its own inside
``reports/``); on an article other than the one a notebook's parameters cell names (the seed),
its remarks on that article (cells tagged ``seed``) are left out. ARTICLE is required (``make
workbook`` gives the seed); a relative path is read from the working directory if it is there,
else from the project root. A failing cell stops the run: its error goes to stderr (the
executed notebook, kept in ``reports/``, shows where) and the exit status is 1.

Every file is written under a temporary name and renamed into place, so none is ever half
written; one run at a time writes an article's folder (a lock beside it); Ctrl-C stops the
run with exit status 130. ``make workbook`` passes its settings as environment variables
(:data:`ENVIRONMENT`), so that no file name is ever read by make or a shell.
"""

from __future__ import annotations

import argparse
import ast
import errno
import fcntl
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from .article import ArticleError, read_article
from .export import KINDS, ExportError, KoreanPDFExporter, render_pdfs, renderers
from .kernels import Kernel, kernel_pool
from .notebook import project_root, resolve

KERNEL = "python3"
# A cell may take this long (seconds) before the run is called stuck.
CELL_TIMEOUT = 600
# The kernel's own log is noise here (a TCP warning at start, a KeyboardInterrupt from the
# SIGINT that starts every shutdown); cell output and cell errors do not go through it.
QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]
# --pdf: which PDFs each notebook gets.
PDF_CHOICES = {"both": KINDS, "notebook": ("notebook",), "report": ("report",), "none": ()}
# Settings from the environment (make workbook exports them), each the default of an option.
ENVIRONMENT = {
    "article": "KORNEWS_ARTICLE",
    "corpus": "KORNEWS_CORPUS",
    "date": "KORNEWS_ARTICLE_DATE",
    "pdf": "KORNEWS_PDF",
    "reports": "KORNEWS_REPORTS",
}
# Characters a folder name must not hold: controls and path separators; and no leading dot
# (.. and . are not folders of their own, .name is hidden).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]|^\.+")
INTERRUPTED = 130  # the shell's status for a run stopped by SIGINT (128 + 2)


class WorkbookError(Exception):
    """A notebook could not be run or exported; the message says which and why."""


def find_article(path: str) -> Path:
    """ARTICLE as given: absolute, else relative to the working directory if it exists
    there, else relative to the project root. Raises :class:`ArticleError` if unreadable."""
    given = Path(path).expanduser()
    found = given if given.is_absolute() or given.exists() else resolve(given)
    read_article(found)  # fails now, with the article's own message, rather than in every kernel
    return found.resolve()


def report_folder(article: Path, reports: Path, parameter: str) -> Path:
    """The article's own folder inside ``reports``: its file stem, leading dots and control
    characters each made ``_`` (``...txt`` -> ``__``, never the project root). When that folder
    holds the report of another article (same stem, another folder), a short hash of the
    article's path is added, so two articles never share a folder."""
    stem = _UNSAFE.sub(lambda unsafe: "_" * len(unsafe[0]), article.stem) or "_"
    folder = reports / stem
    if _made_for_another(folder, parameter):
        folder = reports / f"{stem}-{hashlib.sha256(str(article).encode()).hexdigest()[:8]}"
    return folder


def _made_for_another(folder: Path, parameter: str) -> bool:
    """True when a notebook executed in ``folder`` was run on another ARTICLE (papermill keeps
    the parameters in the notebook's metadata)."""
    for executed in sorted(folder.glob("*.ipynb")) if folder.is_dir() else []:
        try:
            metadata = json.loads(executed.read_text(encoding="utf-8"))["metadata"]
            ran_on = metadata["papermill"]["parameters"]["ARTICLE"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not one of ours: says nothing of whose folder it is
        if ran_on != parameter:
            return True
    return False


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the lock of ``folder`` (``.NAME.lock`` beside it) while the block runs. Raises
    :class:`WorkbookError` at once when another run holds it."""
    try:
        lock = open(folder.parent / f".{folder.name}.lock", "w")  # noqa: SIM115 - closed below
    except OSError as error:
        raise write_error(error, folder.parent) from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WorkbookError(
                f"another run is writing {folder}: wait for it to end, or write elsewhere "
                "with --reports DIR (make workbook REPORTS=DIR)"
            ) from None
        yield


def temporary(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place: hidden, beside it, named by
    this process (so that a stopped run's files are found and removed)."""
    return path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")


def write_error(error: OSError, folder: Path) -> WorkbookError:
    """One line for a file that could not be written in ``folder``."""
    hint = (
        "; free some space, or write elsewhere with --reports DIR (make workbook REPORTS=DIR)"
        if error.errno in (errno.ENOSPC, errno.EDQUOT)
        else "; write elsewhere with --reports DIR (make workbook REPORTS=DIR)"
    )
    return WorkbookError(f"cannot write in {folder}: {error.strerror or error}{hint}")


def notebook_parameter(article: Path, root: Path) -> str:
    """The ARTICLE value a notebook gets: relative to the project when inside it, so the
    printed report shows ``seeds/...`` rather than a path on this machine."""
    return str(article.relative_to(root)) if article.is_relative_to(root) else str(article)


def execute_notebook(
    notebook: Path, parameters: dict[str, str], out_dir: Path, *, kernel: Kernel | None = None
) -> Path:
    """Run ``notebook`` top to bottom with those of ``parameters`` it declares (ARTICLE, CORPUS,
    ARTICLE_DATE), in a fresh kernel, or in ``kernel`` with a fresh namespace; returns the
    executed notebook written into ``out_dir``. Raises :class:`WorkbookError`."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed = out_dir / notebook.name
    for kind in KINDS:  # a failed run must not leave an old PDF
        pdf_path(executed, kind).unlink(missing_ok=True)
    declared = papermill.inspect_notebook(notebook)
    written = temporary(executed)
    try:
        if kernel is not None:
            kernel.fresh(notebook.parent)
        papermill.execute_notebook(
            notebook,
            written,
            parameters={k: v for k, v in parameters.items() if k in declared},
            kernel_name=KERNEL,
            cwd=notebook.parent,
            progress_bar=False,
            request_save_on_cell_execute=False,
            execution_timeout=CELL_TIMEOUT,
            extra_arguments=QUIET_KERNEL,
            # nbclient leaves its client of a kernel it does not own open (until this process ends).
            **({"km": kernel.manager} if kernel is not None else {}),
        )
        if parameters.get("ARTICLE") != _default(declared, "ARTICLE"):
            drop_seed_remarks(written)
        os.replace(written, executed)
    except PapermillExecutionError as error:
        os.replace(written, executed)  # kept: it shows where the run stopped
        line = next((s.strip() for s in error.source.splitlines() if s.strip()), "")
        raise WorkbookError(
            f"{notebook.name} failed at In [{error.exec_count}]: {line}\n"
            f"  {error.ename}: {error.evalue}\n"
            f"  the executed notebook, stopped at that cell: {executed}"
        ) from None
    except OSError as error:
        raise write_error(error, out_dir) from None
    except Exception as error:  # kernel died or timed out, notebook unreadable...
        raise WorkbookError(
            f"{notebook.name} could not run: {type(error).__name__}: {error}"
        ) from None
    finally:
        written.unlink(missing_ok=True)  # gone when renamed; else what a failure left
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


def write_in_place(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary name beside ``path``, then rename it into place: a reader
    (or a full disk) never sees half a file. Raises :class:`WorkbookError`."""
    written = temporary(path)
    try:
        written.write_bytes(data)
        os.replace(written, path)
    except OSError as error:
        raise write_error(error, path.parent) from None
    finally:
        written.unlink(missing_ok=True)


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
            write_in_place(pdfs[-1], body)
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
    """Execute the notebooks in one kernel a core (:func:`kornews.kernels.kernel_pool`: each
    runs several, a fresh namespace for each) while the PDFs (of ``kinds``) of those that ended
    are made in as many processes (:func:`kornews.export.renderers`); each notebook is reported
    in order as its PDFs are written. Returns the PDFs. Stops at the first failure, after the
    PDFs of the notebooks before it. ``timings``, if given, gets ``(notebook, step, seconds)``
    for each run and export."""
    started = time.perf_counter()

    def timed_run(notebook, kernel):
        begun = time.perf_counter()
        executed = execute_notebook(notebook, parameters, out_dir, kernel=kernel)
        return executed, begun, time.perf_counter()

    size = min(len(notebooks), os.cpu_count() or 1)
    pdfs, exports, failure = [], [], None
    steps = [] if timings is None else timings
    # The renderers are forked before the kernels' threads start.
    with (
        renderers(size) if kinds else nullcontext() as pool,
        kernel_pool(
            notebooks, timed_run, size=size, name=KERNEL, extra_arguments=QUIET_KERNEL
        ) as runs,
    ):
        for notebook, run in zip(notebooks, runs):
            try:
                executed, begun, ended = run.result()
            except WorkbookError as error:
                failure = error
                break
            steps.append((notebook.name, "run", ended - begun))
            task = (executed, notebook.stem, notebook.parent, kinds)
            exports.append((executed, pool.apply_async(_export, task) if pool else None))
            pdfs += _written(exports, steps, wait=False)
        pdfs += _written(exports, steps, wait=True)
    if failure is not None:
        raise failure
    steps.append(("all", "total", time.perf_counter() - started))
    return pdfs


def _export(executed: Path, name: str, folder: Path, kinds) -> tuple[list[Path], list]:
    """:func:`export_pdfs` in a renderer: the PDFs and their timings."""
    steps: list = []
    return export_pdfs(executed, name=name, folder=folder, kinds=kinds, timings=steps), steps


def _written(exports: list, steps: list, *, wait: bool) -> list[Path]:
    """Report the notebooks at the head of ``exports`` whose PDFs are written (all of them, when
    ``wait``), in order, and take them off it; returns their PDFs. Raises a renderer's error."""
    made = []
    while exports and (wait or exports[0][1] is None or exports[0][1].ready()):
        executed, export = exports.pop(0)
        pdfs, timed = export.get() if export is not None else ([], [])
        steps += timed
        made += pdfs
        print(f"{executed.name} -> {', '.join(p.name for p in pdfs) or executed}", flush=True)
    return made


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
    for left in out_dir.glob(f".*.{os.getpid()}.tmp*") if out_dir else []:
        left.unlink(missing_ok=True)
    sys.stdout.flush()
    print("kornews.workbook: stopped", file=sys.stderr, flush=True)
    os._exit(INTERRUPTED)


if __name__ == "__main__":
    raise SystemExit(main())
