"""The reader's report: one article's figures, people, dates, key terms, sources and section
summaries, as a page a Korean reader can be handed (HTML, or PDF through
:func:`kornews.export.render_pdf`).

Built from the library's public tables only, through the template ``data/templates/reader``
(autoescaped: the article's text is data) and the words of ``data/report_words.tsv``. Every
value goes through :mod:`kornews.wording`: no offsets, tags, ISO stamps or True/False reach
the page, and a part with nothing to show is one plain sentence, never an empty table.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import pandas as pd

from .article import Article
from .entities import entities, entity_counts
from .figures import QUANTITY_KINDS, timeline
from .figures import figures as figures_of
from .plots.base import section_name
from .quotes import quotes, sources
from .summary import section_stats, summarize
from .terms import news_stopwords, term_counts
from .tokens import tokenize
from .wording import Words, amount, check, counted, date_text, heading, kind_name, percent, words

TEMPLATE = "report.html.j2"  # in data/templates/reader
LEAD_ITEMS = 3  # figures and people named in the lead
LEAD_DATES = 4
KEY_TERMS = 10
# Kinds whose value is a number with its unit, written in 만/억/조.
AMOUNT_KINDS = frozenset(QUANTITY_KINDS) | {"duration", "age", "temperature", "speed", "length"}


@dataclass(frozen=True)
class Figure:
    as_written: str
    value: str
    kind: str
    measure: str
    approximate: str


@dataclass(frozen=True)
class Dated:
    date: str
    event: str


@dataclass(frozen=True)
class Source:
    speaker: str
    title: str
    organisation: str
    quoted: str
    direct: str
    share: str


@dataclass(frozen=True)
class Summary:
    heading: str
    sentences: tuple[str, ...]


def _text(value) -> str:
    return "" if value is None or value is pd.NA or value != value else str(value)


def figure_value(row, *, lang: str = "ko") -> str:
    """A :func:`kornews.figures` row's value as written for readers: a date or time on the
    calendar, an amount with its unit, else the figure as the article writes it."""
    if row.kind in ("date", "time"):
        return date_text(_text(row.resolved) or _text(row.value), lang=lang)
    if row.kind in AMOUNT_KINDS and isinstance(row.value, int | float):
        return amount(row.value, unit=_text(row.unit), lang=lang)
    return row.text


def _figures(table_: pd.DataFrame, lang: str) -> list[Figure]:
    return [
        Figure(
            row.text,
            figure_value(row, lang=lang),
            kind_name(row.kind, lang=lang),
            _text(row.measure),
            check(row.approximate),
        )
        for row in table_.itertuples()
    ]


def _approximately(row, say: Words, lang: str) -> str:
    value = figure_value(row, lang=lang)
    return say.fill("about", value=value) if row.approximate else value


def _lead(found, people, dated, stats, say: Words, lang: str) -> list[str]:
    """The opening sentences: key figures (quantities with what they count), people, dates,
    and the body's size."""
    keyed = found[found.kind.isin(QUANTITY_KINDS) & found.measure.notna()].head(LEAD_ITEMS)
    named = [
        say.fill("item", name=_approximately(row, say, lang), note=row.measure)
        for row in keyed.itertuples()
    ]
    persons = people[people.kind == "person"].head(LEAD_ITEMS)
    who = [
        say.fill(
            "item",
            name=" ".join(filter(None, (row.entity, _text(row.title)))),
            note=say.fill("mentions", n=amount(row.mentions, lang=lang)),
        )
        for row in persons.itertuples()
    ]
    when = dict.fromkeys(dated.sort_values("position", kind="stable").date)
    lines = [
        say.fill(key, items=items)
        for key, items in (
            ("lead_figures", ", ".join(named)),
            ("lead_people", ", ".join(who)),
            ("lead_dates", _listed([date_text(each, lang=lang) for each in when], say)),
        )
        if items
    ] or [say["lead_none"]]
    if stats.paragraphs.sum():
        lines.append(
            say.fill(
                "lead_size",
                paragraphs=counted(int(stats.paragraphs.sum()), "문단", lang=lang),
                sentences=counted(int(stats.sentences.sum()), "문장", lang=lang),
                figures=counted(len(found), "숫자", lang=lang),
            )
        )
    return lines


def _listed(items: list[str], say: Words) -> str:
    """The first :data:`LEAD_DATES` items, with 등 (and others) when there are more."""
    shown = ", ".join(items[:LEAD_DATES])
    return say.fill("more", items=shown) if len(items) > LEAD_DATES else shown


def unplaced_dates(found: pd.DataFrame, article: Article) -> list[str]:
    """The dates of a :func:`kornews.figures` table, as written and once each, that the
    article's own date would place (``10일``, ``이날``, ``내년 4월``) but it is unknown."""
    if article.date:
        return []
    left = found[found.kind.isin(("date", "time")) & found.resolved.isna()]
    return list(dict.fromkeys(left[left.anchor.isin(("article", "previous"))].text))


def _unplaced(found: pd.DataFrame, article: Article, say: Words) -> str:
    items = unplaced_dates(found, article)
    return say.fill("timeline_undated", items=_listed(items, say)) if items else ""


def _sources(ledger: pd.DataFrame, say: Words, lang: str) -> list[Source]:
    return [
        Source(
            _text(row.speaker) or say["unnamed"],
            _text(row.title),
            _text(row.organisation),
            counted(int(row.quotes), "인용", lang=lang),
            amount(int(row.direct), lang=lang),
            percent(row.share, lang=lang),
        )
        for row in ledger.itertuples()
    ]


def _summaries(summary: pd.DataFrame, stats: pd.DataFrame, lang: str) -> list[Summary]:
    headings = dict(zip(stats.section, stats.heading))
    return [
        Summary(
            # The lead (no heading) named as the notebooks and tables name it: 첫머리.
            _text(headings.get(section)) or section_name(section, lang=lang),
            tuple(part.sort_values("sentence").text),
        )
        for section, part in summary.groupby("section", sort=True)
    ]


def report_context(
    article: Article,
    tokens: pd.DataFrame,
    *,
    lang: str = "ko",
    figures: pd.DataFrame | None = None,
) -> dict:
    """What the report shows, as named records and plain strings (the template's context).
    ``figures`` is the article's :func:`kornews.figures` table when the caller has it
    (else it is made here); the timeline and the section counts read it, never make their own,
    and the quotations read the entities found for the people."""
    say = words(lang)
    found = figures_of(tokens, article) if figures is None else figures
    dated = timeline(tokens, article, figures=found)
    named = entities(tokens, article)
    people = entity_counts(named)
    stats = section_stats(tokens, article, figures=found)
    terms = term_counts(tokens, stopwords=news_stopwords(article)).head(KEY_TERMS)
    byline = [
        article.outlet,
        say.fill("reporter", name=article.reporter) if article.reporter else None,
        date_text(article.date, lang=lang, full=True) if article.date else None,
    ]
    head = heading(article, lang=lang)
    return {
        "say": say,
        "title": head.title,
        "file": head.file,  # below the title: 제목 없음 alone would not tell reports apart
        "byline": " · ".join(filter(None, byline)),
        "lead": _lead(found, people, dated, stats, say, lang),
        "terms": [
            say.fill("term_times", term=row.term, times=amount(int(row.count), lang=lang))
            for row in terms.itertuples()
        ],
        "figures": _figures(found, lang),
        "timeline": [
            Dated(date_text(row.date, lang=lang), row.event)
            for row in dated.sort_values("position", kind="stable").itertuples()
        ],
        "unplaced": _unplaced(found, article, say),
        "sources": _sources(sources(quotes(tokens, article, entities=named)), say, lang),
        "summaries": _summaries(summarize(tokens, article), stats, lang),
    }


def reader_report(
    article: Article,
    *,
    lang: str = "ko",
    tokens: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
) -> str:
    """The reader's report of ``article`` as an HTML page, in Korean (``lang="ko"``) or English
    (``"en"``); ``tokens`` is its :func:`kornews.tokenize` table and ``figures`` its
    :func:`kornews.figures` table when already made."""
    from jinja2 import Environment, FileSystemLoader

    if tokens is None:
        tokens = tokenize(article)
    context = report_context(article, tokens, lang=lang, figures=figures)
    folder = files("kornews").joinpath("data", "templates", "reader")
    environment = Environment(loader=FileSystemLoader(str(folder)), autoescape=True)
    return environment.get_template(TEMPLATE).render(**context)


def reader_report_pdf(article: Article, *, lang: str = "ko", tokens=None, figures=None) -> bytes:
    """The reader's report as an A4 PDF (:func:`kornews.export.render_pdf`: Korean words kept
    whole, the Hangul font embedded). Raises :class:`kornews.export.ExportError`."""
    from .export import render_pdf  # nbconvert and WeasyPrint load only when a PDF is made

    return render_pdf(reader_report(article, lang=lang, tokens=tokens, figures=figures))
