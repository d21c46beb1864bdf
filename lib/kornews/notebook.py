"""What every notebook does: find the project and its article, set up Hangul plots, show text and
tables safely and alike; and the form a committed notebook is saved in."""

from __future__ import annotations

import glob
import html
import itertools
import os
import re
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from .article import ArticleError
from .fonts import KoreanFont, use_korean_font

# Plots sized to sit inside an A4 page's text width when exported.
FIGURE_SIZE = (7.5, 4.2)
FIGURE_DPI = 110


def project_root() -> Path:
    """The workbook's folder (it holds ``notebooks/`` and ``seeds/``): found up from the
    working directory, else up from this package (an editable install lives in ``lib/``)."""
    for start in (Path.cwd(), Path(__file__)):
        for folder in (
            start.resolve().parents
            if start.is_file()
            else (start.resolve(), *start.resolve().parents)
        ):
            if (folder / "notebooks").is_dir() and (folder / "seeds").is_dir():
                return folder
    raise FileNotFoundError("cannot find the workbook folder (one holding notebooks/ and seeds/)")


def notebook_folder() -> Path | None:
    """The folder of the notebook this kernel runs, where the front end tells the kernel:
    Jupyter Server (JupyterLab) sets ``JPY_SESSION_NAME`` to the notebook's path, VS Code sets
    ``__vsc_ipynb_file__``. None elsewhere (papermill, nbclient, a console)."""
    named = os.environ.get("JPY_SESSION_NAME", "")
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        shell = None
    if shell is not None:
        named = shell.user_ns.get("__vsc_ipynb_file__", named)
    folder = Path(named).parent if named else None
    # A relative session path is relative to the server's root, which the kernel cannot know.
    return folder if folder is not None and folder.is_absolute() and folder.is_dir() else None


def search_folders(
    *, notebook_dir: Path | None = None, cwd: Path | None = None, root: Path | None = None
) -> list[tuple[str, Path]]:
    """Where a relative notebook path is looked for, in order, as (description, folder): the
    notebook's folder (in JupyterLab also the kernel's working directory, so a file uploaded
    next to the notebook is found by its name), the working directory, the project root. Each
    defaults to the live one; a folder already listed is not listed again."""
    if root is None:
        try:
            root = project_root()
        except FileNotFoundError:
            root = None
    cwd = Path.cwd() if cwd is None else cwd
    candidates = [
        ("the notebook's folder", notebook_dir or notebook_folder() or cwd),
        ("the working directory", cwd),
        ("the project", root),
    ]
    folders, seen = [], set()
    for what, folder in candidates:
        if folder is not None and Path(folder).resolve() not in seen:
            seen.add(Path(folder).resolve())
            folders.append((what, Path(folder)))
    return folders


def resolve(
    path: str | os.PathLike,
    *,
    notebook_dir: Path | None = None,
    cwd: Path | None = None,
    root: Path | None = None,
) -> Path:
    """A notebook parameter's path (``ARTICLE``, ``CORPUS``): absolute as given; relative, the
    first of :func:`search_folders` that holds it (a glob such as ``news/2020-*.txt`` counts when
    it matches a file there). Raises :class:`ArticleError`, one line naming where it looked."""
    path = Path(path).expanduser()
    if path.is_absolute():
        return path
    folders = search_folders(notebook_dir=notebook_dir, cwd=cwd, root=root)
    for _, folder in folders:
        found = folder / path
        if found.exists() or (
            glob.has_magic(str(path)) and any(p.is_file() for p in folder.glob(str(path)))
        ):
            return found
    looked = "; ".join(f"{what} {folder}" for what, folder in folders)
    raise ArticleError(f"{str(path)[:80]}: no such file or folder (looked in {looked})")


def corpus_folder(corpus: str | os.PathLike | None, article: str | os.PathLike) -> Path:
    """The folder a corpus notebook reads (04, 06, 07): ``CORPUS`` resolved, else the folder that
    holds ``ARTICLE``."""
    return resolve(corpus) if corpus else resolve(article).parent


def release_source(folder: Path, source: str | os.PathLike | None) -> Path | None:
    """The text notebook 06 compares each article with: ``SOURCE`` resolved, else the one ``.txt``
    file the folder keeps in ``release/``; None when neither (none, or more than one there)."""
    if source:
        return resolve(source)
    releases = sorted((folder / "release").glob("*.txt")) if folder.is_dir() else []
    return releases[0] if len(releases) == 1 else None


def setup() -> KoreanFont:
    """Hangul-capable plots of a printable size, and tables as :func:`show` draws them."""
    import matplotlib

    font = use_korean_font()
    _show_figures_inline()
    matplotlib.rcParams.update(
        {"figure.figsize": FIGURE_SIZE, "figure.dpi": FIGURE_DPI, "savefig.bbox": "tight"}
    )
    pd.set_option("display.max_rows", MAX_ROWS)
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.precision", 2)  # for a table shown without show()
    pd.set_option("styler.render.max_rows", MAX_ROWS)  # show() cuts longer tables with a "..." row
    _keep_words_in_lab()
    return font


# Lab breaks Korean between any two syllables (꾸 / 준한) unless told to keep words whole.
LAB_STYLE = (
    "<style>.jp-RenderedHTMLCommon, .jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th"
    " { word-break: keep-all; overflow-wrap: break-word; }</style>"
)


def _keep_words_in_lab() -> None:
    """Keep-all for every Markdown output and table of the notebook, in Lab's own rendering: a
    style element, displayed once, applies to the whole page."""
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
    except ImportError:
        return
    if get_ipython() is not None:
        display(HTML(LAB_STYLE))


# The display convention of every notebook table (the tables themselves keep full precision).
MAX_ROWS = 200
CELL_CHARS = 80
# Longer than any Korean word; a longer run of characters (a code, a URL) may wrap.
LONG_WORD = 20
KWIC_ALIGN = {"left": "right", "keyword": "center", "right": "left"}
_TABLE_IDS = itertools.count()


def restart_table_ids() -> None:
    """Number the tables of :func:`show` from 0 again, as in a fresh kernel: a kernel that runs
    several notebooks (:mod:`kornews.kernels`) gives each the HTML a fresh kernel gives it."""
    global _TABLE_IDS
    _TABLE_IDS = itertools.count()


def show(
    table: pd.DataFrame,
    *,
    digits: int = 2,
    width: int = CELL_CHARS,
    align: dict[str, str] | None = None,
    index: bool | None = None,
):
    """``table`` as every notebook shows it: a pandas Styler over the same data, nothing changed but
    the display. Missing values are blank (never NaN, None or <NA>); floats are rounded to
    ``digits`` (a column of whole floats shows none); text is escaped (markup in an article shows
    as text), cut to ``width`` characters with an ellipsis, left-aligned and never broken inside
    a Korean word (``word-break: keep-all``), while a run of more than :data:`LONG_WORD`
    characters may wrap; numbers are right-aligned. ``align`` maps columns to
    ``left``, ``center`` or ``right`` (:data:`KWIC_ALIGN` for keyword-in-context lines). A plain
    0, 1, 2, ... index is hidden unless ``index=True``."""

    def cell(value, decimals=digits):
        if pd.api.types.is_scalar(value) and pd.isna(value):
            return ""
        if isinstance(value, (float, np.floating)):
            return f"{value:.{decimals}f}"
        text = str(value)
        shown = text if len(text) <= width else text[: width - 1] + "…"
        return re.sub(r"\S+", _word, shown)

    def column_format(values):
        finite = values.dropna() if pd.api.types.is_float_dtype(values) else values.iloc[:0]
        whole = len(finite) > 0 and bool((finite == finite.round()).all())
        return partial(cell, decimals=0 if whole else digits)

    # One formatter per column, given at once (a later .format() call would reset the others).
    formats = {column: column_format(table.iloc[:, j]) for j, column in enumerate(table.columns)}
    styler = table.style.format(formats).format_index(cell, axis=0).format_index(cell, axis=1)
    styler.set_uuid(
        f"kornews{next(_TABLE_IDS)}"
    )  # stable ids: the same notebook gives the same HTML
    numeric = [
        pd.api.types.is_numeric_dtype(table[c]) and not pd.api.types.is_bool_dtype(table[c])
        for c in table.columns
    ]
    styles = [
        {
            "selector": "td, th",
            "props": "word-break: keep-all; overflow-wrap: break-word; vertical-align: top",
        },
        {"selector": "td", "props": "text-align: left"},
        {"selector": "span.word", "props": "white-space: nowrap"},
    ]
    for j, (column, is_number) in enumerate(zip(table.columns, numeric)):
        side = (align or {}).get(column, "right" if is_number else "left")
        styles.append(
            {"selector": f"td.col{j}, th.col_heading.col{j}", "props": f"text-align: {side}"}
        )
    styler.set_table_styles(styles)
    plain = (
        isinstance(table.index, pd.RangeIndex) and table.index.start == 0 and table.index.step == 1
    )
    if index is False or (index is None and plain):
        styler.hide(axis="index")
    return styler


def _word(match: re.Match) -> str:
    """One word of a cell as HTML. A word longer than :data:`LONG_WORD` may break between runs
    of at most LONG_WORD characters (:func:`_runs`), so that it cannot push a table's columns off
    the page; a shorter word is unbreakable: a Korean word (keep-all by hand, for renderers that
    ignore it: WeasyPrint) and a name with a hyphen alike (``18-broadcast``, not ``18-`` over
    ``broadcast``)."""
    word = match.group()
    if len(word) > LONG_WORD:
        return "<wbr>".join(escape(run) for run in _runs(word))
    return f'<span class="word">{escape(word)}</span>'


def _runs(word: str) -> list[str]:
    """``word`` in runs of at most :data:`LONG_WORD` characters, each ending after a ``_ - . /``
    where one falls within reach: a file name breaks between its parts (``daily_2020_0710_`` over
    ``seoul``), a run without one every LONG_WORD characters."""
    runs = [""]
    for piece in re.findall(r"[^_./-]*[_./-]*", word):
        for at in range(0, len(piece), LONG_WORD):
            part = piece[at : at + LONG_WORD]
            if len(runs[-1]) + len(part) > LONG_WORD:
                runs.append("")
            runs[-1] += part
    return runs


def _show_figures_inline() -> None:
    """Figures returned by kornews.plots display as images, even where pyplot was never imported."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "kernel"):
        shell.run_line_magic("matplotlib", "inline")


def escape(text: str) -> str:
    """Article text for an HTML or Markdown display: markup in the article shows as text, and
    so does a dollar sign (in an element of its own, so that MathJax, which reads the page
    after Markdown, never pairs two of them into math). A colon and a tilde are references
    too: nbconvert's Markdown links any ``http://…`` it finds (taking ``&quot;&gt;`` after it
    into the address) and strikes out ``~~…~~``. A backslash is text too: before an entity it
    would escape the ``&`` and show ``&#x27;`` (a page's ``\\'귀감\\'``)."""
    return (
        html.escape(text)
        .replace("\\", "&#92;")
        .replace("*", "&#42;")
        .replace("_", "&#95;")
        .replace("`", "&#96;")
        .replace("[", "&#91;")
        .replace(":", "&#58;")
        .replace("~", "&#126;")
        .replace("$", "<span>&#36;</span>")
    )


def counted(n: int, noun: str, *, plural: str | None = None) -> str:
    """``n`` and its noun for a sentence of prose: ``1 quotation``, ``2 quotations``, ``1,204
    figures``; ``plural`` for a noun that does not take -s (``counted(2, "entity", plural="entities")``)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def lab_form(text: str) -> str:
    """A notebook's JSON in the form JupyterLab saves it once opened with this project's kernel,
    without outputs: so opening a committed notebook does not mark it modified. JupyterLab sets
    ``kernelspec`` (name, display name, language) from the kernel's spec and ``language_info``
    from the running kernel (ipykernel's, with this Python's version) as soon as the kernel
    starts, and any difference marks the notebook modified; it saves nbformat 4.5 (every cell
    with an ``id``), through nbformat: keys sorted, one-space indent, a trailing newline. Outputs
    and execution counts are cleared; cell ids, sources and other metadata are kept."""
    import nbformat
    from ipykernel.ipkernel import IPythonKernel
    from jupyter_client.kernelspec import KernelSpecManager

    notebook = nbformat.reads(text, as_version=4)
    if notebook.nbformat_minor < 5:
        notebook.nbformat_minor = 5
        for cell in notebook.cells:
            cell.setdefault("id", nbformat.corpus.words.generate_corpus_id())
    name = notebook.metadata.get("kernelspec", {}).get("name") or "python3"
    spec = KernelSpecManager().get_kernel_spec(name)
    notebook.metadata.kernelspec = {
        "display_name": spec.display_name,
        "language": spec.language,
        "name": name,
    }
    notebook.metadata.language_info = dict(IPythonKernel.language_info)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return nbformat.writes(notebook) + "\n"
