"""Plots of term frequency (notebook 01)."""

from __future__ import annotations

from .base import _as_text, _nothing_to_plot, _short, said, section_name


@_as_text
def plot_top_terms(counts, *, top: int = 20, lang: str = "ko"):
    """Horizontal bars of the ``top`` terms of :func:`kornews.term_counts`, most frequent on top."""
    if counts.empty:
        return _nothing_to_plot(said("top_terms_none", lang=lang), said("no_terms", lang=lang))
    from matplotlib.figure import Figure

    shown = counts.head(top).iloc[::-1]
    fig = Figure(figsize=(7.5, max(2.5, 0.26 * len(shown) + 1.0)), layout="constrained")
    ax = fig.subplots()
    bars = ax.barh(
        range(len(shown)), shown["count"], color="#4C72B0", tick_label=shown["term"].map(_short)
    )
    ax.bar_label(bars, padding=2, fontsize=8)
    ax.set_xlabel(said("occurrences_all", lang=lang))
    ax.set_title(said("top_terms", lang=lang, n=len(shown)))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


@_as_text
def plot_distinctive_terms(distinctive, *, lang: str = "ko"):
    """One panel per section with the z-scores of :func:`kornews.distinctive_terms`, rank 1 on top."""
    if distinctive.empty:
        return _nothing_to_plot(
            said("distinctive_none", lang=lang), said("no_distinctive", lang=lang)
        )
    from matplotlib.figure import Figure

    sections = sorted(distinctive["section"].unique())
    cols = 2 if len(sections) > 1 else 1
    rows = max(1, -(-len(sections) // cols))
    top = int(distinctive["rank"].max()) if len(distinctive) else 1
    fig = Figure(figsize=(7.5, rows * (0.24 * top + 1.1) + 0.4), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax in axes.flat[len(sections) :]:
        ax.set_visible(False)
    for ax, section in zip(axes.flat, sections):
        shown = distinctive[distinctive["section"] == section].sort_values("rank", ascending=False)
        ax.barh(
            range(len(shown)), shown["score"], color="#DD8452", tick_label=shown["term"].map(_short)
        )
        ax.set_title(section_name(section, lang=lang), fontsize=10)
        ax.set_xlabel(said("z_score", lang=lang))
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(said("distinctive", lang=lang))
    return fig


@_as_text
def plot_dispersion(dispersion, *, section_starts=None, status=None, lang: str = "ko"):
    """Lexical dispersion: a row per term of :func:`kornews.dispersion`, a tick at each
    occurrence's character offset. ``section_starts`` (start offset indexed by section, e.g.
    ``tokens.groupby("section")["start"].min()``) draws a dashed line where each section starts.
    ``status`` (:func:`kornews.term_status` of the terms asked for) names, under the plot, the
    terms that have no row and why, rather than dropping them silently."""
    plotted = set(dispersion["term"])
    absent = (
        ""
        if status is None
        else "; ".join(
            f"{_short(row.term)}: {row.status}"
            for row in status.itertuples()
            if row.term not in plotted
        )
    )
    if dispersion.empty:
        return _nothing_to_plot(
            said("dispersion", lang=lang),
            said("no_occurrence_because", lang=lang, absent=absent)
            if absent
            else said("no_occurrence", lang=lang),
        )
    from matplotlib.figure import Figure

    terms = list(dict.fromkeys(dispersion["term"]))
    fig = Figure(
        figsize=(7.5, max(2.2, 0.32 * len(terms) + 1.3) + (0.3 if absent else 0)),
        layout="constrained",
    )
    ax = fig.subplots()
    rows = dispersion["term"].map({term: i for i, term in enumerate(terms)})
    ax.scatter(dispersion["start"], rows, marker="|", s=220, linewidths=1.4, color="#4C72B0")
    ax.set_yticks(range(len(terms)), [_short(term) for term in terms])
    ax.set_ylim(len(terms) - 0.5, -0.5)
    if section_starts is not None:
        for section, start in section_starts.items():
            ax.axvline(start, color="0.55", linestyle="--", linewidth=0.8)
            ax.annotate(
                section_name(section, lang=lang),
                (start, 1),
                xycoords=("data", "axes fraction"),
                xytext=(2, 2),
                textcoords="offset points",
                fontsize=8,
                color="0.4",
            )
    ax.set_xlabel(said("position", lang=lang))
    ax.set_title(said("dispersion", lang=lang), pad=14)
    ax.spines[["top", "right"]].set_visible(False)
    if absent:
        fig.supxlabel(
            said("not_plotted", lang=lang, absent=absent),
            fontsize=8,
            color="0.35",
            x=0.01,
            ha="left",
            wrap=True,
        )
    return fig
