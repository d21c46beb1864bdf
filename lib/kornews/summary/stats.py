"""Each section's counts: paragraphs, sentences, tokens and figures of its body."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ..article import Article
from ..figures import figures as figures_of
from ..rows import column, values
from ..schema import names, typed
from .lines import line_heads

# Symbols that are words: foreign words, Hanja, numbers (the other S* tags are punctuation).
_WORD_SYMBOLS = frozenset({"SL", "SH", "SN"})
STATS_COLUMNS = names("section_stats")


def section_stats(
    tokens: pd.DataFrame, article: Article, *, figures: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per section (the lead is section 0), empty sections included. Every count is of
    the body paragraphs, the summary's candidates: the title (section 0's) and the headings are
    not counted, neither their sentences and tokens nor their figures. ``figures`` is the
    article's :func:`kornews.figures` table when the caller has it already (else it is made here).

    Columns:
        section: section number.
        heading: the ``◆`` heading's text; missing for the lead.
        paragraphs: body paragraphs.
        sentences: body sentences (the heading's are not counted; one broken over lines, as
            :func:`.lines.line_heads` finds, once: the summary's candidates).
        tokens: Kiwi morphemes of the body paragraphs, punctuation and symbols excluded.
        figures: figure expressions (:func:`kornews.figures`) in the body paragraphs; the
            title's and headings' are in :func:`kornews.figures` only, so it may count more.
    """
    # Counted in one pass over the columns: a sentence lies in one part of one section.
    columns = (values(column(tokens, name)) for name in ("section", "part", "sentence", "tag"))
    body = [
        (section, sentence, tag)
        for section, part, sentence, tag in zip(*columns)
        if part == "paragraph"
    ]
    section_of = {sentence: section for section, sentence, _ in body}  # body sentences
    words = Counter(
        section for section, _, tag in body if not tag.startswith("S") or tag in _WORD_SYMBOLS
    )
    heads = line_heads(tokens, article.text)
    sentence_counts = Counter(
        section for sentence, section in section_of.items() if sentence not in heads
    )
    found = figures_of(tokens, article) if figures is None else figures
    figure_counts = Counter(
        section
        for section, sentence in zip(
            column(found, "section").tolist(), column(found, "sentence").tolist()
        )
        if sentence in section_of
    )
    indices = [s.index for s in article.sections]
    columns = {
        "section": indices,
        "heading": [s.heading.text if s.heading else None for s in article.sections],
        "paragraphs": [len(s.paragraphs) for s in article.sections],
        "sentences": [sentence_counts[at] for at in indices],
        "tokens": [words[at] for at in indices],
        "figures": [figure_counts[at] for at in indices],
    }
    return typed("section_stats", columns)
