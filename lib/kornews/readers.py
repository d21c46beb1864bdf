"""The notebooks' report for readers: Korean by default, English by the notebook parameter
``LANGUAGE``; tables with readers' column names, values and dates (``data/columns.tsv``,
``data/values.tsv``), sections named as the plots name them (:func:`section_name`),
keyword-in-context cut at words, how two figures compare (:func:`versus`), a summary's sections
as Markdown, remarks on the seed shown only on the seed
(``data/seed_remarks.tsv``), and the prose cells of the other language left out of an export
(cells tagged ``lang-ko`` or ``lang-en``). The plots take the notebook's language themselves
(``lang=lang``)."""

from __future__ import annotations

import ast
import copy
import os
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .article import Article, ArticleError
from .notebook import counted, escape, project_root
from .plots.base import kind_label as kind_label  # names the notebooks' tables use, as the plots do
from .plots.base import section_name
from .plots.base import topic_name as topic_name
from .tables import table as data_table
from .wording import LANGS, amount, check, date_text, heading, kind_name, untitled


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
    row = next((row for row in data_table("seed_remarks.tsv") if row.key == key), None)
    if row is None:
        raise KeyError(f"no remark {key!r} in seed_remarks.tsv")
    return _markdown(getattr(row, language(lang))) if _is(path, row.article) else None


def column_labels(lang: str) -> dict[str, str]:
    """The names readers see for the tables' columns (``data/columns.tsv``), in ``lang``."""
    return {row.column: getattr(row, language(lang)) for row in data_table("columns.tsv")}


def for_readers(table: pd.DataFrame, *, lang: str) -> pd.DataFrame:
    """``table`` as a reader sees it: columns named in ``lang`` (a column without a name in
    ``data/columns.tsv`` keeps its own), coded values in words (``data/values.tsv``: ``past`` is
    ``기사 날짜 전``), each code of a list column so (``exact, edit`` is ``같은 기사, 고친 기사``),
    dates written out with their year (``date_text``: ``2020-07-10T14:31`` is ``2020년 7월 10일
    오후 2시 31분``, a missing date blank) in a date column and in an index named as one,
    sections by name (:func:`section_name`), yes/no columns as ``✓`` or blank, never
    True/False. Which columns hold dates or lists: ``data/columns.tsv``'s ``shows``."""
    shown = table.copy()
    words = {}
    for row in data_table("values.tsv"):
        words.setdefault(row.column, {})[row.value] = getattr(row, language(lang))
    shows = {row.column: row.shows for row in data_table("columns.tsv")}
    for column in shown.columns:
        said = words.get(column, {})
        if pd.api.types.is_bool_dtype(shown[column]):
            shown[column] = shown[column].map(check)
        elif shows.get(column) == "date":
            shown[column] = shown[column].map(lambda v, said=said: _date(v, said, lang))
        elif shows.get(column) == "list":
            shown[column] = shown[column].map(lambda v, said=said: _listed(v, said))
        elif said:
            shown[column] = shown[column].map(lambda v, said=said: said.get(v, v))
        elif column == "section" and pd.api.types.is_integer_dtype(shown[column]):
            shown[column] = shown[column].map(lambda s: section_name(s, lang=lang))
    said = words.get(shown.index.name, {})
    if shows.get(shown.index.name) == "date":  # rows by date (a pivot by month)
        shown.index = shown.index.map(lambda v: _date(v, said, lang))
    elif said:  # rows by a coded value (a pivot by outlet: ``unknown``)
        shown.index = shown.index.map(lambda v: said.get(v, v))
    labels = column_labels(lang)
    shown.columns = [_column_label(c, labels, lang) for c in shown.columns]
    if isinstance(shown.index.name, str):
        shown.index.name = labels.get(shown.index.name, shown.index.name)
    return shown


def headline(article: Article, *, lang: str) -> str:
    """The article's heading for a notebook's first line, escaped: its title, or as the report
    heads an article without one, 제목 없음 and its file (``제목 없음 · 파일 가상기사_001``)."""
    return escape(" · ".join(filter(None, heading(article, lang=language(lang)))))


def titled(titles: pd.Series, names: pd.Series, *, lang: str = "ko") -> pd.Series:
    """Each title, or where it is missing or blank (a photo page, a page read without its
    headline) the heading :func:`headline` and the report give such an article: 제목 없음 and
    its file's name from ``names`` (``제목 없음 · 파일 기사3``), not an empty cell a reader cannot
    tell from its neighbours, nor the file's name alone, which would read as a title."""
    blank = titles.fillna("").astype(str).str.strip().eq("")
    said = names.map(lambda name: " · ".join(filter(None, untitled(name, lang=language(lang)))))
    return titles.astype(object).mask(blank, said)


def _date(value, said: dict[str, str], lang: str) -> str:
    """A date column's value: its words (``undated``), else as :func:`date_text` writes it."""
    if isinstance(value, str) and value in said:
        return said[value]
    return date_text(value, lang=lang, full=True)


def _listed(value, said: dict[str, str]):
    """A list column's value (``exact, edit``), each code in its words."""
    if not isinstance(value, str):
        return value
    return ", ".join(said.get(code, code) for code in value.split(", "))


def say(lang: str, *, ko: str, en: str):
    """One generated sentence (or a few) as Markdown, in the notebook's language."""
    return _markdown(ko if language(lang) == "ko" else en)


def _markdown(text: str):
    from IPython.display import Markdown  # IPython loads only for a notebook's output

    return Markdown(text)


def leaders(names: Sequence[str], *, lang: str, shown: int = 3, mark: str = "") -> str:
    """Names that share first place as a reader's list, each escaped and set in ``mark`` (``**``
    for bold): a tie is named as a tie, never as its first name alone; past ``shown`` names, how
    many more (``A, B, C 외 2개``; in English ``A and B``, ``A, B, C and 2 more``)."""
    named = [f"{mark}{escape(str(name))}{mark}" for name in list(names)[:shown]]
    more = len(names) - len(named)
    if language(lang) == "ko":
        return ", ".join(named) + (f" 외 {more}개" if more else "")
    if more:
        return f"{', '.join(named)} and {more} more"
    return " and ".join(filter(None, [", ".join(named[:-1]), *named[-1:]]))


def rising_note(rising: pd.DataFrame, halves, *, lang: str, min_articles: int) -> str:
    """The sentence under a :func:`kornews.rising_terms` table, as Markdown: each rising term with
    the articles using it in each half (``폭염(0 → 3)``) and how many articles each half holds
    (``halves``, a :func:`kornews.trends.trend_halves`), or why no term is claimed: a half
    holding fewer than ``min_articles`` articles, whose "rise" would be one or two stories' words."""
    few = min(halves.earlier_articles, halves.later_articles) < min_articles
    up = ", ".join(
        f"{escape(r.term)}({r.earlier_term_articles} → {r.later_term_articles})"
        for r in rising.itertuples()
    )
    if language(lang) == "ko":
        held = f"앞 절반에 기사 {halves.earlier_articles}건, 뒤 절반에 {halves.later_articles}건이 있습니다"
        if few:
            return f"늘어난 단어는 찾지 않습니다. 절반마다 날짜가 있는 기사가 {min_articles}건 이상이어야 하는데, {held}."
        if up:
            return f"쓴 기사의 비율이 가장 많이 늘어난 단어(쓴 기사 수, 앞 → 뒤): {up}. {held}."
        return f"늘어난 단어가 없습니다. {held}."
    held = (
        f"the earlier half holds {counted(halves.earlier_articles, 'dated article')}, "
        f"the later {halves.later_articles}"
    )
    if few:
        return f"No term is said to rise: that needs {min_articles} dated articles or more in each half, and {held}."
    return (
        f"Rising most (articles using it, earlier → later): {up}; {held}."
        if up
        else f"No term rose; {held}."
    )


def disagreements(figures: pd.DataFrame) -> str:
    """The measures of a :func:`kornews.lineup` ``figures`` table that outlets give different
    values for, each with every value given and who gives it (an outlet unnamed: its article),
    as Markdown text: ``월세: 20만원(연합뉴스, 뉴시스), 45만원(아주경제)``, measures ``; ``-separated.
    A value flagged alone would not say what it disagrees with; measures in the table's order,
    values in the order first given, each outlet once."""
    keys = ["event", "measure", "kind", "unit"]
    told = []
    for (_, measure, _, _), group in figures.groupby(keys, sort=False):
        if not group["disagrees"].any():
            continue
        values = group["value"].map(lambda v: float(v) if isinstance(v, (int, float)) else str(v))
        given = []
        for _, same in group.groupby(values, sort=False):
            who = dict.fromkeys(
                o if isinstance(o, str) and o else a
                for o, a in zip(same["outlet"], same["article"])
            )
            given.append(f"{escape(same['text'].iloc[0])}({escape(', '.join(who))})")
        told.append(f"{escape(measure)}: {', '.join(given)}")
    return "; ".join(told)


def versus(extremes, *, lang: str) -> str:
    """How a :func:`kornews.comparison_extremes` row's largest and smallest figures compare, in
    ``lang``: equal in value, the largest as so many times the smallest (when the ratio is
    known), else both named."""
    big, small = escape(extremes.largest), escape(extremes.smallest)
    ko = language(lang) == "ko"
    if extremes.equal:
        return (
            f"두 값({big}, {small})이 같습니다" if ko else f"{big} and {small} are equal in value"
        )
    if pd.notna(extremes.ratio):
        if ko:
            times = amount(round(extremes.ratio, 1))
            return f"가장 큰 값({big})이 가장 작은 값({small})의 {times}배입니다"
        return f"the largest, {big}, is {extremes.ratio:,.1f} times the smallest, {small}"
    return (
        f"가장 큰 값은 {big}, 가장 작은 값은 {small}입니다"
        if ko
        else f"the largest is {big}, the smallest {small}"
    )


def comparison_notes(extremes: pd.DataFrame, *, lang: str):
    """A :func:`kornews.comparison_extremes` table as a Markdown list, a row a line: what is
    compared (the measure, else the group's kind in Korean, the group in English), its unit,
    and :func:`versus`."""
    ko, lines = language(lang) == "ko", []
    for row in extremes.itertuples():
        what = escape(row.measure) if isinstance(row.measure, str) else ""
        if ko:
            what = what or kind_name(row.group.split(" ")[0])
            lines.append(f"- **{what}**({escape(row.unit)}): {versus(row, lang=lang)}.")
        else:
            what = what or escape(row.group)
            lines.append(f"- **{what}** ({escape(row.unit)}): {versus(row, lang=lang)}.")
    return _markdown("\n".join(lines))


def summary_markdown(document: list[dict], *, title: str | None, lang: str):
    """A :func:`kornews.summary_document` as Markdown: per section its heading (the lead's is
    ``title``, else the lead's name, 첫머리), its summary sentences as a list (or a line saying
    it has none), and its key terms."""
    return _markdown("\n\n".join(_section_markdown(entry, title, lang) for entry in document))


def _section_markdown(entry: dict, title: str | None, lang: str) -> str:
    ko = language(lang) == "ko"
    heading = escape(entry["heading"] or title or section_name(0, lang=lang))
    none = "본문 문장이 없습니다." if ko else "no body sentences"
    lines = [f"- {escape(s)}" for s in entry["sentences"]] or [f"- {none}"]
    terms = escape(", ".join(entry["key_terms"]))
    label = "두드러진 단어" if ko else "Key terms"
    return "\n".join([f"### {heading}", *lines, *(["", f"{label}: {terms}"] if terms else [])])


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
