"""Running the notebooks: each in a kernel (a fresh one, or one of :mod:`kornews.kernels` with a
fresh namespace), and its PDFs made in renderers (:func:`kornews.export.renderers`) while the
next notebooks run."""

from __future__ import annotations

import ast
import gc
import heapq
import itertools
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, as_completed
from contextlib import contextmanager, nullcontext
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..kernels import Kernel, kernel_pool, manager_class
from ..pdf_kinds import KINDS
from .files import WorkbookError, pdf_path, temporary, write_error, write_in_place

if TYPE_CHECKING:
    from ..export import KoreanPDFExporter

KERNEL = "python3"
# A cell may take this long (seconds) before the run is called stuck.
CELL_TIMEOUT = 600
# The kernel's own log is noise here (a TCP warning at start, a KeyboardInterrupt from the
# SIGINT that starts every shutdown); cell output and cell errors do not go through it.
QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]


class Step(NamedTuple):
    """A step of a run, for timelines (``benchmarks/workbook.py``): what (a notebook's ``run``,
    ``html``, ``notebook pdf`` or ``report pdf``; a kernel's ``start``), when (``start`` and
    ``end`` by :func:`time.monotonic`, one clock for every process) and in which process."""

    notebook: str
    step: str
    start: float
    end: float
    pid: int


def execute_notebook(
    notebook: Path, parameters: dict[str, str], out_dir: Path, *, kernel: Kernel | None = None
) -> Path:
    """Run ``notebook`` top to bottom with those of ``parameters`` it declares (ARTICLE, CORPUS,
    ARTICLE_DATE), in a fresh kernel, or in ``kernel`` with a fresh namespace; returns the
    executed notebook written into ``out_dir``. Raises :class:`WorkbookError`."""
    executed = out_dir / notebook.name
    for kind in KINDS:  # a failed run must not leave an old PDF
        pdf_path(executed, kind).unlink(missing_ok=True)
    if kernel is not None:  # first: a kernel that starts here boots while papermill loads
        try:
            kernel.fresh(notebook.parent)
        except Exception as error:  # the kernel died, or refused
            raise _could_not_run(notebook, error) from None
    import papermill
    from papermill.exceptions import PapermillExecutionError

    declared = papermill.inspect_notebook(notebook)
    written = temporary(executed)
    try:
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
            kernel_manager_class=manager_class(),
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
        raise _could_not_run(notebook, error) from None
    finally:
        written.unlink(missing_ok=True)  # gone when renamed; else what a failure left
    return executed


def _could_not_run(notebook: Path, error: Exception) -> WorkbookError:
    return WorkbookError(f"{notebook.name} could not run: {type(error).__name__}: {error}")


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


def export_pdfs(
    executed: Path, *, name: str, folder: Path, kinds=KINDS, timings: list | None = None
) -> list[Path]:
    """The PDFs of an executed notebook, next to it, from one HTML pass; ``folder`` is where its
    relative links (images in Markdown) resolve. ``timings``, if given, gets a :class:`Step` for
    the HTML and each PDF. Raises :class:`WorkbookError`."""
    if not kinds:
        return []
    from ..export import ExportError

    steps, pdfs, clock = [], [], time.monotonic()

    def lap(step: str) -> None:
        nonlocal clock
        steps.append(Step(executed.name, step, clock, time.monotonic(), os.getpid()))
        clock = steps[-1].end

    html = notebook_html(executed, name=name, folder=folder)
    lap("html")
    try:
        for kind, body in render_pdfs(html, base_url=str(folder), kinds=kinds):
            pdfs.append(_write_pdf(executed, kind, body))
            lap(f"{kind} pdf")
    except ExportError as error:
        raise WorkbookError(f"{executed.name}: {error}") from None
    if timings is not None:
        timings += steps
    return pdfs


def notebook_html(executed: Path, *, name: str, folder: Path) -> str:
    """The HTML of an executed notebook that its PDFs are made from (:mod:`kornews.export`).
    Raises :class:`WorkbookError`."""
    import nbformat

    from ..export import ExportError

    resources = {"metadata": {"name": name, "path": str(folder)}}
    try:
        html, _ = _exporter().html(nbformat.read(executed, as_version=4), resources=resources)
    except ExportError as error:
        raise WorkbookError(f"{executed.name}: {error}") from None
    return html


@cache
def _exporter() -> KoreanPDFExporter:
    """One exporter for every notebook of a run: each new one compiled its templates again."""
    from ..export import KoreanPDFExporter

    return KoreanPDFExporter()


def render_pdfs(html: str, **options) -> Iterator[tuple[str, bytes]]:
    """:func:`kornews.export.render_pdfs`, its module imported at the first call."""
    from ..export import render_pdfs as render

    return render(html, **options)


def _write_pdf(executed: Path, kind: str, body: bytes) -> Path:
    written = pdf_path(executed, kind)
    write_in_place(written, body)
    return written


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
    are made in as many processes (:func:`kornews.export.renderers`), each PDF a task of its
    own (so that the last notebook's two are made at once, on both cores); each notebook is
    reported in order as its PDFs are written. Returns the PDFs. Stops at the first failure,
    after the PDFs of the notebooks that ended before it. ``timings``, if given, gets a
    :class:`Step` for each kernel's start, each run, HTML pass and PDF."""

    def timed_run(notebook, kernel):
        begun = time.monotonic()
        executed = execute_notebook(notebook, parameters, out_dir, kernel=kernel)
        run = Step(notebook.name, "run", begun, time.monotonic(), kernel.pid)
        if kernel.started >= begun:  # its first notebook started it
            return executed, [
                Step("kernel", "start", kernel.started, kernel.ready, kernel.pid),
                run,
            ]
        return executed, [run]

    size = min(len(notebooks), os.cpu_count() or 1)
    pdfs, failure = [], None
    # By notebook number as each ends; the numbers not yet reported, in order.
    exports: dict[int, Export] = {}
    unreported = list(range(len(notebooks)))
    steps = [] if timings is None else timings
    # The kernels start first: their processes boot while WeasyPrint is imported here, and the
    # renderers are forked once they are launched.
    launched: list = []
    with (
        kernel_pool(
            notebooks,
            timed_run,
            size=size,
            name=KERNEL,
            extra_arguments=QUIET_KERNEL,
            launched=launched,
        ) as runs,
        _renderers(size, after=launched) if kinds else nullcontext() as pool,
    ):
        # Here, while the kernels boot: not in their threads once they are ready.
        import papermill  # noqa: F401

        with _frozen():
            order = {run: number for number, run in enumerate(runs)}
            renders = None if pool is None else Renders(pool, size)
            for run in as_completed(runs):  # each notebook's PDFs as soon as it ends
                try:
                    executed, ran = run.result()
                except WorkbookError as error:
                    failure = error
                    break
                steps += ran
                number = order[run]
                exports[number] = _start_pdfs(executed, notebooks[number], renders, kinds, steps)
                pdfs += _written(exports, unreported, steps, wait=False)
            pdfs += _written(exports, unreported, steps, wait=True)
    if failure is not None:
        raise failure
    return pdfs


def _renderers(size: int, *, after: list):
    """:func:`kornews.export.renderers`, its module (nbconvert, then WeasyPrint) imported once
    the kernels are starting, while they boot."""
    from ..export import renderers

    return renderers(size, after=after)


@contextmanager
def _frozen() -> Iterator[None]:
    """What the runner has imported (nbconvert, WeasyPrint, papermill...) kept out of the garbage
    collector's reach while the run lasts: it stays alive anyway, and each full collection (the
    HTML passes and the kernels' messages make many) scanned it all again, a tenth of each HTML
    pass. Put back after, for a process that goes on."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Export(NamedTuple):
    """An executed notebook and its PDFs being made, each on its own (none: none asked for)."""

    executed: Path
    pdfs: list[Future]


class Renders:
    """PDFs handed to the renderers of ``pool`` (``size`` processes) one a free renderer, the
    costliest waiting first (by its elements, which WeasyPrint styles and lays out one by one):
    a renderer never waits while a PDF does, and the run does not end on a long PDF made alone
    after the short ones. The next is handed over as one is made, in the pool's thread that
    reports it."""

    def __init__(self, pool, size: int):
        self.pool, self.free = pool, size
        self.waiting: list = []  # a heap of (-cost, number, task, future)
        self.numbers = itertools.count()  # of equal costs, the first handed in goes first
        self.lock = threading.Lock()

    def add(self, task: tuple, *, cost: int) -> Future:
        """The future of ``_render(*task)``, made when a renderer is free and no costlier PDF
        waits."""
        future: Future = Future()
        with self.lock:
            heapq.heappush(self.waiting, (-cost, next(self.numbers), task, future))
        self._next()
        return future

    def _next(self) -> None:
        while True:
            with self.lock:
                if not (self.free and self.waiting):
                    return
                self.free -= 1
                *_, task, future = heapq.heappop(self.waiting)
            try:
                self.pool.apply_async(
                    _render,
                    task,
                    callback=lambda made, future=future: self._made(future.set_result, made),
                    error_callback=lambda error, future=future: self._made(
                        future.set_exception, error
                    ),
                )
            except ValueError:  # the pool is stopping (the run is being left): nobody waits
                future.cancel()

    def _made(self, settle, outcome) -> None:
        with self.lock:
            self.free += 1
        self._next()  # before the result: a renderer is not left idle while the runner reports
        settle(outcome)


def _start_pdfs(executed: Path, notebook: Path, renders: Renders | None, kinds, steps) -> Export:
    """Hand the PDFs of an executed notebook to ``renders`` (None: no PDFs) after their HTML
    pass here (the runner only waits otherwise)."""
    if renders is None:
        return Export(executed, [])
    clock = time.monotonic()
    html = notebook_html(executed, name=notebook.stem, folder=notebook.parent)
    steps.append(Step(executed.name, "html", clock, time.monotonic(), os.getpid()))
    return Export(
        executed,
        [
            renders.add((executed, html, notebook.parent, kind), cost=_cost(html, kind))
            for kind in kinds
        ],
    )


def _cost(html: str, kind: str) -> int:
    """How much WeasyPrint has to do for a PDF of ``kind``, roughly: the elements of its HTML."""
    from ..export import report_html

    return (report_html(html) if kind == "report" else html).count("<")


def _render(executed: Path, html: str, folder: Path, kind: str) -> tuple[Path, Step]:
    """One PDF of an executed notebook, in a renderer: where it is written, and its step."""
    from ..export import ExportError

    clock = time.monotonic()
    try:
        ((_, body),) = render_pdfs(html, base_url=str(folder), kinds=(kind,))
    except ExportError as error:
        raise WorkbookError(f"{executed.name}: {error}") from None
    written = _write_pdf(executed, kind, body)
    return written, Step(executed.name, f"{kind} pdf", clock, time.monotonic(), os.getpid())


def _written(exports: dict, unreported: list, steps: list, *, wait: bool) -> list[Path]:
    """Report the notebooks at the head of ``unreported`` whose PDFs are written, in order, and
    take them off it and off ``exports``; when ``wait``, every one handed over (a notebook that
    did not end is passed), each as its PDFs are written. Returns their PDFs. Raises a
    renderer's error."""
    made = []
    while unreported and (
        wait
        or (unreported[0] in exports and all(pdf.done() for pdf in exports[unreported[0]].pdfs))
    ):
        export = exports.pop(unreported.pop(0), None)
        if export is None:
            continue
        written = []
        for pdf in export.pdfs:
            path, timed = pdf.result()
            written.append(path)
            steps.append(timed)
        made += written
        print(
            f"{export.executed.name} -> {', '.join(p.name for p in written) or export.executed}",
            flush=True,
        )
    return made
