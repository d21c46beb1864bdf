"""The notebooks' report for readers: Korean by default, English by the notebook parameter
``LANGUAGE``; tables with readers' column names and values (``data/columns.tsv``,
``data/values.tsv``), sections named as the plots name them (:func:`section_name`),
keyword-in-context cut at words, remarks on the seed shown only on the seed
(``data/seed_remarks.tsv``), and the prose cells of the other language left out of an export
(cells tagged ``lang-ko`` or ``lang-en``). The plots take the notebook's language themselves
(``lang=lang``)."""

from __future__ import annotations

import ast
import copy
import os
import re
from pathlib import Path

import pandas as pd

from .article import ArticleError
from .notebook import project_root
from .plots.base import section_name
from .tables import table as data_table
from .wording import LANGS, check


def language(lang: str) -> str:
    """The notebook parameter ``LANGUAGE`` checked: ``ko`` or ``en``. Raises :class:`ArticleError`,
    one line, for anything else."""
    if lang not in LANGS:
        raise ArticleError(f"LANGUAGE is one of {', '.join(LANGS)}, not {str(lang)[:20]!r}")
    return lang


def _is(path: str | os.PathLike, article: str) -> bool:
    """True when ``path`` (as :func:`resolve` found it) is ``article`` of the project's folder."""
    try:
        return Path(path).resolve() == (project_root() / article).resolve()
    except FileNotFoundError:
        return False


def seed_remark(key: str, path: str | os.PathLike, *, lang: str = "ko"):
    """The notebook's remark ``key`` on the seed (``data/seed_remarks.tsv``) as Markdown when
    ``path`` is the article the remark is about (its row's ``article``); None (no output) for any
    other article, in Lab as in ``make workbook``."""
    from IPython.display import Markdown

    row = next((row for row in data_table("seed_remarks.tsv") if row.key == key), None)
    if row is None:
        raise KeyError(f"no remark {key!r} in seed_remarks.tsv")
    return Markdown(getattr(row, language(lang))) if _is(path, row.article) else None


def column_labels(lang: str) -> dict[str, str]:
    """The names readers see for the tables' columns (``data/columns.tsv``), in ``lang``."""
    return {row.column: getattr(row, language(lang)) for row in data_table("columns.tsv")}


def for_readers(table: pd.DataFrame, *, lang: str) -> pd.DataFrame:
    """``table`` as a reader sees it: columns named in ``lang`` (a column without a name in
    ``data/columns.tsv`` keeps its own), coded values in words (``data/values.tsv``: ``past`` is
    ``기사 날짜 전``), sections by name (:func:`section_name`), yes/no columns as ``✓`` or blank,
    never True/False."""
    shown = table.copy()
    words = {}
    for row in data_table("values.tsv"):
        words.setdefault(row.column, {})[row.value] = getattr(row, language(lang))
    for column in shown.columns:
        if pd.api.types.is_bool_dtype(shown[column]):
            shown[column] = shown[column].map(check)
        elif column in words:
            shown[column] = shown[column].map(lambda v, said=words[column]: said.get(v, v))
        elif column == "section" and pd.api.types.is_integer_dtype(shown[column]):
            shown[column] = shown[column].map(lambda s: section_name(s, lang=lang))
    labels = column_labels(lang)
    shown.columns = [_column_label(c, labels, lang) for c in shown.columns]
    if isinstance(shown.index.name, str):
        shown.index.name = labels.get(shown.index.name, shown.index.name)
    return shown


def say(lang: str, *, ko: str, en: str):
    """One generated sentence (or a few) as Markdown, in the notebook's language."""
    from IPython.display import Markdown

    return Markdown(ko if language(lang) == "ko" else en)


def _column_label(column, labels: dict[str, str], lang: str):
    """A column's name for readers; a term table's ``section_N`` is the lead or the ◆ section."""
    if not isinstance(column, str):
        return column
    section = re.fullmatch(r"section_(\d+)", column)
    return section_name(int(section[1]), lang=lang) if section else labels.get(column, column)


def trim_context(lines: pd.DataFrame, *, window: int) -> pd.DataFrame:
    """Keyword-in-context ``lines`` cut at word boundaries: a context as long as ``window`` was cut
    inside its sentence, so it loses its cut word and shows ``…`` there (``…에게는`` never)."""

    def left(text: str) -> str:
        if len(text) < window or " " not in text.strip():
            return text
        return "…" + (text.lstrip() if text[0].isspace() else text.split(None, 1)[1])

    def right(text: str) -> str:
        if len(text) < window or " " not in text.strip():
            return text
        return (text.rstrip() if text[-1].isspace() else text.rsplit(None, 1)[0]) + "…"

    return lines.assign(left=lines["left"].map(left), right=lines["right"].map(right))


PARAMETER_TAGS = ("parameters", "injected-parameters")  # papermill's; the injected cell wins


def notebook_language(nb) -> str:
    """The ``LANGUAGE`` a notebook's parameters give (the last literal assignment in its cells
    tagged ``parameters`` or ``injected-parameters``); ``ko`` when none does."""
    found = "ko"
    for cell in nb.cells:
        if cell.cell_type != "code" or not set(PARAMETER_TAGS) & set(cell.metadata.get("tags", [])):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "LANGUAGE" for t in node.targets)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                found = node.value.value
    return found


def in_language(nb):
    """A copy of ``nb`` without the prose of the other language: cells tagged ``lang-ko`` or
    ``lang-en`` are kept only when :func:`notebook_language` is theirs. Lab's menu and ``make
    workbook`` both export through this, so both give the same report."""
    lang = notebook_language(nb)
    kept = copy.deepcopy(nb)
    kept.cells = [
        cell
        for cell in kept.cells
        if all(
            not tag.startswith("lang-") or tag == f"lang-{lang}"
            for tag in cell.metadata.get("tags", [])
        )
    ]
    return kept
