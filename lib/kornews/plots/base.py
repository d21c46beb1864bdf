"""What every plot shares: labels cut to a length, text drawn as written, and the small figure
that says there is nothing to plot."""

from __future__ import annotations

from functools import cache, wraps

from ..tables import table
from ..wording import LANGS, kind_name

# Data labels longer than this are cut with an ellipsis, so a 5,000-character word cannot squeeze the plot away.
LABEL_CHARS = 30
# A comparison plot draws this many panels (groups and units) at the most: eight fill a page.
MAX_COMPARISON_PANELS = 8


@cache
def _words() -> dict:
    return {row.key: row for row in table("plot_words.tsv")}


def said(key: str, *, lang: str, **fill) -> str:
    """The words of ``data/plot_words.tsv`` for ``key`` in ``lang`` (``ko``, ``en``), filled in."""
    if lang not in LANGS:
        raise ValueError(f"lang is one of {', '.join(LANGS)}, not {lang!r}")
    return getattr(_words()[key], lang).format(**fill)


def section_name(section: int, *, lang: str) -> str:
    """A section's name for readers, in plots and tables alike: the lead (첫머리) for 0, else ◆
    and its number (``data/plot_words.tsv``: ``lead``, ``section``)."""
    if section == 0:
        return said("lead", lang=lang)
    return said("section", lang=lang, section=section)


# The margins of a table of figure kinds, named as readers name them (data/plot_words.tsv).
_MARGINS = {"all": "total", "rest": "rest"}


def kind_label(kind: str, *, lang: str) -> str:
    """A column of a table of figure kinds for readers: a kind's name (``money``: 금액), or its
    margins, ``all`` (합계) and ``rest`` (그 밖)."""
    if kind in _MARGINS:
        return said(_MARGINS[kind], lang=lang)
    return kind_name(kind, lang=lang)


def topic_name(topic: int, *, lang: str) -> str:
    """A topic for readers, counted from 1 (``주제 1``) where the model counts from 0."""
    return said("topic", lang=lang, n=topic + 1)


def _short(text, chars: int = LABEL_CHARS) -> str:
    text = str(text)
    return text if len(text) <= chars else text[: chars - 1] + "…"


def _as_text(plot):
    """Every text of the returned figure is drawn as written: an article's ``$100에서 $200으로``
    or ``$\\input{x}$`` is text, never matplotlib math (per text, so no global setting changes)."""
    from matplotlib.text import Text

    @wraps(plot)
    def plain(*args, **kwargs):
        fig = plot(*args, **kwargs)
        for text in fig.findobj(Text):
            text.set_parse_math(False)
        return fig

    return plain


@_as_text
def _nothing_to_plot(title: str, message: str):
    """A small figure that says what is missing, for an article with nothing of the kind."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 1.2), layout="constrained")
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(
        0.5, 0.3, message, ha="center", va="center", color="0.4", transform=ax.transAxes, wrap=True
    )
    return fig
