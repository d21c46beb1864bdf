"""Plots of an article's figures (notebook 02): the timeline and the comparisons."""

from __future__ import annotations

import math

from ..figures import position
from .base import (
    _SUPERSCRIPT,
    LABEL_CHARS,
    MAX_COMPARISON_PANELS,
    _as_text,
    _nothing_to_plot,
    _short,
)

_TENSE_COLORS = {"past": "#4C72B0", "present": "#55A868", "future": "#DD8452"}


@_as_text
def plot_timeline(events, *, article_date: str | None = None):
    """The dated events of :func:`kornews.timeline`: one row per event in time order, a dot at its
    date on a year axis (past, present and future in their own colours), the sentence's words as
    the row's label; ``article_date`` (``article.date``) is drawn as a vertical line."""
    if events.empty:
        return _nothing_to_plot(
            "Dated events the article names",
            "no figure can be placed in time (no year stated, no article date)",
        )
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    shown = events.sort_values(["position", "start"], kind="stable").reset_index(drop=True)
    fig = Figure(figsize=(7.5, max(2.2, 0.36 * len(shown) + 1.4)), layout="constrained")
    ax = fig.subplots()
    colors = [
        _TENSE_COLORS.get(tense, "0.45") if isinstance(tense, str) else "0.45"
        for tense in shown["tense"]
    ]
    ax.scatter(shown["position"], range(len(shown)), color=colors, zorder=3)
    for row, event in shown.iterrows():
        ax.annotate(
            _short(event["text"]),
            (event["position"], row),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(range(len(shown)), shown["event"].map(_short), fontsize=8)
    ax.set_ylim(len(shown) - 0.5, -0.5)
    first, last = int(shown["position"].min()), int(shown["position"].max())
    handles = [
        Line2D([], [], marker="o", linestyle="", color=color, label=tense)
        for tense, color in _TENSE_COLORS.items()
        if tense in set(shown["tense"].dropna())
    ]
    if article_date:
        day = position(article_date[:10])
        ax.axvline(day, color="crimson", linewidth=1, linestyle="--", zorder=2)
        handles.append(
            Line2D(
                [], [], color="crimson", linestyle="--", label=f"article date {article_date[:10]}"
            )
        )
        first, last = min(first, int(day)), max(last, int(day))
    ax.set_xlim(first - 0.5, last + 2)  # room for the last dot's label
    ax.set_xticks(range(first, last + 2, 1 if last - first <= 6 else 2))
    ax.grid(axis="x", color="0.9")
    ax.set_xlabel("year (a date sits in the middle of the days it covers)")
    ax.set_title("Dated events the article names")
    if handles:
        fig.legend(
            handles=handles,
            fontsize=8,
            loc="outside lower center",
            ncols=len(handles),
            frameon=False,
        )
    ax.spines[["top", "right"]].set_visible(False)
    return fig


@_as_text
def plot_comparisons(compared, *, panels: int = MAX_COMPARISON_PANELS):
    """One panel per group and unit of :func:`kornews.comparisons` (the rows of
    :func:`kornews.comparison_extremes`), each on its own axis: horizontal bars of the values,
    labelled with the figure as written. An axis whose values span a hundredfold or more is
    logarithmic, so that the small bars stay visible. The first ``panels`` are drawn; a note
    names how many more the table holds."""
    if compared.empty:
        return _nothing_to_plot(
            "Quantities of one kind and unit within one section",
            "no section has two quantities of one kind in the same unit",
        )
    from matplotlib.figure import Figure

    groups = list(compared.groupby(["group", compared["unit"].fillna("")], sort=False))
    drawn = groups[:panels]
    heights = [len(members) for _, members in drawn]
    fig = Figure(
        figsize=(7.5, sum(0.42 * h + 1.0 for h in heights) + 0.4 + 0.3 * (len(groups) > panels)),
        layout="constrained",
    )
    axes = fig.subplots(len(drawn), 1, squeeze=False, height_ratios=[h + 1.5 for h in heights])[
        :, 0
    ]
    for ax, ((group, unit), members) in zip(axes, drawn):
        shown = members.iloc[::-1]
        bars = ax.barh(range(len(shown)), shown["number"], color="#55A868")
        ax.bar_label(
            bars,
            labels=[
                f"{_short(t)}{' (approx.)' if a else ''}"
                for t, a in zip(shown["text"], shown["approximate"])
            ],
            padding=3,
            fontsize=8,
        )
        ax.set_yticks(range(len(shown)), shown["label"].map(_short), fontsize=8)
        low, high = shown["number"].min(), shown["number"].max()
        if low > 0 and high / low >= 100:
            ax.set_xscale("log")
            ax.set_xlim(
                low / 2, high * 20
            )  # room on the right for the labels, as the linear axis has
            # Powers of ten as text (10⁴): the default labels are TeX, which _as_text draws as written.
            ax.xaxis.set_major_formatter(
                lambda x, _: "10" + str(round(math.log10(x))).translate(_SUPERSCRIPT)
            )
            ax.xaxis.set_minor_formatter("")
        else:
            ax.set_xlim(min(low, 0) * 1.3, max(high, 0) * 1.3)
            ax.ticklabel_format(axis="x", style="plain")
            ax.xaxis.set_major_formatter("{x:,.0f}")
        ax.set_xlabel(
            f"{shown['kind'].iloc[0]} ({_short(unit)})" if unit else shown["kind"].iloc[0]
        )
        ax.set_title(_short(f"{group} · {unit}" if unit else group, 2 * LABEL_CHARS), fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
    if len(groups) > panels:
        fig.text(
            0.5,
            0,
            f"{len(groups) - panels} more groups in the table, not drawn",
            ha="center",
            va="bottom",
            fontsize=8,
            color="0.4",
        )
    fig.suptitle("Quantities of one kind and unit within one section")
    return fig
