"""Plots of a corpus over time (notebook 04) and of who appears with whom (notebook 05)."""

from __future__ import annotations

import math

from ..wording import counted, date_text
from .base import _as_text, _nothing_to_plot, _short, said


@_as_text
def plot_trends(table, *, value: str = "share", lang: str = "ko"):
    """The terms of :func:`kornews.trends` over the dated periods present (``value``: ``share``,
    per 1,000 tokens, or ``count``): one line per term across the periods, each period one step of
    the axis (no empty years between); a single period is one bar per term. Undated articles are
    not plotted and the note under the axis says how many there are. With an ``outlet`` column,
    outlets are summed. The legend stands under the axis, never over the data. Words in ``lang``."""
    dated = table[table["period"] != "undated"]
    undated = int(
        table.loc[table["period"] == "undated"].drop_duplicates("period")["articles"].sum()
    )
    note = (
        said("undated", lang=lang, articles=counted(undated, "기사", lang=lang)) if undated else ""
    )
    if dated.empty or not dated["articles"].any():
        return _nothing_to_plot(
            said("trends", lang=lang),
            said("no_dates", lang=lang) + (f" ({note})" if note else ""),
        )
    from matplotlib.figure import Figure

    summed = _per_period(dated, value=value)
    periods = sorted(summed["period"].unique())
    terms = list(dict.fromkeys(summed["term"]))
    fig = Figure(figsize=(7.5, 4.0), layout="constrained")
    ax = fig.subplots()
    if len(periods) == 1:
        ax.bar(range(len(terms)), summed.set_index("term").loc[terms, "y"], color="#4C72B0")
        ax.set_xticks(range(len(terms)), [_short(term) for term in terms])
        ax.set_title(said("trends_in", lang=lang, period=_period(periods[0], lang=lang)))
        ax.set_xlabel(note)
    else:
        for term in terms:
            line = summed[summed["term"] == term].set_index("period").reindex(periods)
            ax.plot(range(len(periods)), line["y"], marker="o", markersize=4, label=_short(term))
        ax.set_xticks(range(len(periods)), [_period(period, lang=lang) for period in periods])
        ax.set_xlim(-0.5, len(periods) - 0.5)
        ax.set_title(said("trends", lang=lang))
        ax.set_xlabel(said("period", lang=lang) + (f" — {note}" if note else ""))
        fig.legend(loc="outside lower center", fontsize=8, frameon=False, ncols=min(4, len(terms)))
        if len(periods) > 6:  # a long run of periods: every few labelled, turned to fit
            ax.set_xticks(ax.get_xticks()[:: math.ceil(len(periods) / 12)])
            ax.tick_params(axis="x", labelrotation=45)
    ax.set_ylim(bottom=0)
    ax.set_ylabel(said("occurrences" if value == "count" else "per_thousand", lang=lang))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _per_period(dated, *, value: str):
    """Counts summed over outlets per period and term, with ``y``: the count, or per 1,000 tokens."""
    summed = dated.groupby(["period", "term"], sort=False)[["count", "tokens"]].sum().reset_index()
    tokens = (
        dated.drop_duplicates([c for c in ("period", "outlet") if c in dated])
        .groupby("period")["tokens"]
        .sum()
    )
    summed["tokens"] = summed["period"].map(tokens)
    summed["y"] = (
        summed["count"]
        if value == "count"
        else 1000 * summed["count"] / summed["tokens"].where(summed["tokens"] > 0)
    )
    return summed


def _period(period: str, *, lang: str) -> str:
    """A period as people write it: 2020-07 is 2020년 7월 (July 2020)."""
    return date_text(period, lang=lang, full=True)


# The who-with-whom network (notebook 05).
KIND_COLOURS = {"person": "#4C72B0", "organisation": "#DD8452", "place": "#55A868"}


@_as_text
def plot_network(graph, *, top: int = 30, lang: str = "ko"):
    """Who appears with whom: :func:`kornews.entity_graph` drawn with its ``top`` most mentioned
    entities on a circle, those named together side by side; node size by mentions, colour by kind,
    edge width by weight."""
    if graph.number_of_nodes() == 0:
        return _nothing_to_plot(said("network_none", lang=lang), said("no_entities", lang=lang))
    import networkx as nx
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["mentions"], n))[:top]
    shown = graph.subgraph(sorted(ranked))
    # A circle, each group of entities named together side by side (largest group first, then by
    # mentions and name): every label readable, and the same article draws the same picture.
    mentions = lambda node: shown.nodes[node]["mentions"]  # noqa: E731
    groups = sorted(
        nx.connected_components(shown), key=lambda group: (-sum(map(mentions, group)), min(group))
    )
    order = [
        node for group in groups for node in sorted(group, key=lambda node: (-mentions(node), node))
    ]
    positions = nx.circular_layout(order)
    fig = Figure(figsize=(7.5, 6.0), layout="constrained")
    ax = fig.subplots()
    most = max((d["weight"] for *_, d in shown.edges(data=True)), default=1)
    # Drawn in a fixed order (a view of a few nodes iterates a set, whose order the hash seed sets).
    for a, b in sorted(tuple(sorted(edge)) for edge in shown.edges):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        width = 0.6 + 3 * shown.edges[a, b]["weight"] / most
        ax.plot([x1, x2], [y1, y2], color="0.6", linewidth=width, zorder=1)
    for node in order:
        x, y = positions[node]
        attributes = shown.nodes[node]
        ax.scatter(
            [x],
            [y],
            s=80 + 40 * attributes["mentions"],
            color=KIND_COLOURS[attributes["kind"]],
            zorder=2,
            edgecolors="white",
        )
        # The label outside the circle, away from the edges.
        ax.text(
            1.12 * x,
            1.12 * y,
            node,
            fontsize=8,
            ha="left" if x > 0.01 else "right" if x < -0.01 else "center",
            va="center",
            zorder=3,
        )
    ax.legend(
        handles=[
            Line2D([], [], marker="o", linestyle="", color=c, label=said(k, lang=lang))
            for k, c in KIND_COLOURS.items()
        ],
        loc="lower right",
        fontsize=8,
        frameon=False,
    )
    ax.set_axis_off()
    ax.margins(0.25)
    ax.set_title(said("network", lang=lang, n=len(shown), total=graph.number_of_nodes()))
    return fig
