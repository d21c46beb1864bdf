"""What every notebook does first: find the project, set up Hangul plots, show text safely."""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

from .fonts import KoreanFont, use_korean_font

# Plots sized to sit inside an A4 page's text width when exported.
FIGURE_SIZE = (7.5, 4.2)
FIGURE_DPI = 110


def project_root() -> Path:
    """The workbook's folder (it holds ``notebooks/`` and ``seeds/``): found up from the
    working directory, else up from this package (an editable install lives in ``lib/``)."""
    for start in (Path.cwd(), Path(__file__)):
        for folder in start.resolve().parents if start.is_file() else (start.resolve(), *start.resolve().parents):
            if (folder / "notebooks").is_dir() and (folder / "seeds").is_dir():
                return folder
    raise FileNotFoundError("cannot find the workbook folder (one holding notebooks/ and seeds/)")


def resolve(path: str | os.PathLike) -> Path:
    """A notebook parameter's path: absolute as given, relative from the project root."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else project_root() / path


def setup() -> KoreanFont:
    """Hangul-capable plots of a printable size, and pandas tables shown in full."""
    import matplotlib

    font = use_korean_font()
    _show_figures_inline()
    matplotlib.rcParams.update({"figure.figsize": FIGURE_SIZE, "figure.dpi": FIGURE_DPI, "savefig.bbox": "tight"})
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_colwidth", 120)
    return font


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
    """Article text for an HTML or Markdown display: markup in the article shows as text."""
    return html.escape(text).replace("*", "&#42;").replace("_", "&#95;").replace("`", "&#96;").replace("[", "&#91;")
