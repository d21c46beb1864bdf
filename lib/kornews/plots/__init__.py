"""Plots for the notebooks. Each function takes a tidy DataFrame and returns a matplotlib
Figure; none calls plt.show() or changes global state (fonts are set up once, by
kornews.notebook.setup). Titles, axis labels, legends and notes are in the keyword-only ``lang``:
Korean by default, ``"en"`` for English (``data/plot_words.tsv``), with sections and figure kinds
named as the notebooks' tables name them; data labels (terms, sentences, figures as written) are
the article's Korean.

The package, by notebook: ``base`` (what every plot shares), ``terms`` (01), ``figures`` (02),
``sections`` (03), ``corpus`` (04 and 05), ``copies`` (06).
"""

from .base import LABEL_CHARS, MAX_COMPARISON_PANELS
from .copies import plot_cluster_timeline, plot_figure_matrix
from .corpus import KIND_COLOURS, plot_network, plot_trends
from .figures import plot_comparisons, plot_timeline
from .sections import plot_sentence_similarity
from .terms import plot_dispersion, plot_distinctive_terms, plot_top_terms

__all__ = [
    "KIND_COLOURS",
    "LABEL_CHARS",
    "MAX_COMPARISON_PANELS",
    "plot_cluster_timeline",
    "plot_comparisons",
    "plot_dispersion",
    "plot_distinctive_terms",
    "plot_figure_matrix",
    "plot_network",
    "plot_sentence_similarity",
    "plot_timeline",
    "plot_top_terms",
    "plot_trends",
]
