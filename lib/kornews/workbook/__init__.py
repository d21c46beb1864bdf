"""``python -m kornews.workbook ARTICLE``: run every notebook on an article and write the report.

Each ``notebooks/*.ipynb`` runs top to bottom as in a fresh kernel (papermill, with the notebook
parameters ``ARTICLE`` and, where given, ``CORPUS``, ``ARTICLE_DATE``, ``TERM`` (07) and ``SOURCE`` (06) set, each only in the
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

The package: :mod:`.files` (the article, the report folder, its lock, files written whole),
:mod:`.run` (each notebook in a kernel, the PDFs in renderers while the kernels run),
:mod:`.command` (the options and the one-line errors).
"""

import sys

# jsonschema, which nbformat imports, builds rfc3987_syntax's grammar as it loads (1.1 s, a third
# of the runner's start) for the string formats iri and iri-reference; nbformat, nbclient and
# papermill never check a format (none gives jsonschema a format checker), so the runner goes
# without it. Only an import still to come is affected: a module already loaded is kept.
sys.modules.setdefault("rfc3987_syntax", None)

from .command import (  # noqa: E402 - after the line above
    ENVIRONMENT,
    INTERRUPTED,
    PDF_CHOICES,
    build_parser,
    main,
    stop,
)
from .files import (  # noqa: E402
    RUN,
    WorkbookError,
    find_article,
    locked,
    notebook_parameter,
    pdf_path,
    report_folder,
    temporary,
    write_error,
    write_in_place,
)
from .run import (  # noqa: E402
    CELL_TIMEOUT,
    KERNEL,
    QUIET_KERNEL,
    Step,
    drop_seed_remarks,
    execute_notebook,
    export_pdfs,
    run_workbook,
)

__all__ = [
    "CELL_TIMEOUT",
    "ENVIRONMENT",
    "INTERRUPTED",
    "KERNEL",
    "PDF_CHOICES",
    "QUIET_KERNEL",
    "RUN",
    "Step",
    "WorkbookError",
    "build_parser",
    "drop_seed_remarks",
    "execute_notebook",
    "export_pdfs",
    "find_article",
    "locked",
    "main",
    "notebook_parameter",
    "pdf_path",
    "report_folder",
    "run_workbook",
    "stop",
    "temporary",
    "write_error",
    "write_in_place",
]
