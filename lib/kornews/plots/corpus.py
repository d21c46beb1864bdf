"""Plots of a corpus over time (notebook 04) and of who appears with whom (notebook 05)."""

from __future__ import annotations

from .base import _as_text, _nothing_to_plot, _short


@_as_text
def plot_trends(table, *, value: str = "share"):
    """One line per term of :func:`kornews.trends` over its dated periods (``value``: ``share``,
    per 1,000 tokens, or ``count``); undated articles are not plotted and the note under the axis
    says how many there are. With an ``outlet`` column, outlets are summed."""
    dated = table[table["period"] != "undated"]
    undated = int(
        table.loc[table["period"] == "undated"].drop_duplicates("period")["articles"].sum()
    )
    note = f"{undated} undated article(s) not plotted" if undated else ""
    if dated.empty or not dated["articles"].any():
        return _nothing_to_plot(
            "Terms over time", "no article has a date" + (f" ({note})" if note else "")
        )
    import pandas as pd
    from matplotlib.figure import Figure

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
    summed["x"] = pd.to_datetime(summed["period"])
    fig = Figure(figsize=(7.5, 4.0), layout="constrained")
    ax = fig.subplots()
    for term in dict.fromkeys(summed["term"]):
        line = summed[summed["term"] == term]
        ax.plot(line["x"], line["y"], marker="o", markersize=3, label=_short(term))
    ax.set_ylabel("occurrences" if value == "count" else "occurrences per 1,000 tokens")
    ax.set_xlabel("period" + (f" — {note}" if note else ""))
    ax.set_title("Terms over time")
    ax.legend(fontsize=8, frameon=False, ncols=min(4, summed["term"].nunique()))
    ax.spines[["top", "right"]].set_visible(False)
    fig.autofmt_xdate()
    return fig


# The who-with-whom network (notebook 05).
KIND_COLOURS = {"person": "#4C72B0", "organisation": "#DD8452", "place": "#55A868"}


@_as_text
def plot_network(graph, *, top: int = 30):
    """Who appears with whom: :func:`kornews.entity_graph` drawn with its ``top`` most mentioned
    entities on a circle, those named together side by side; node size by mentions, colour by kind,
    edge width by weight."""
    if graph.number_of_nodes() == 0:
        return _nothing_to_plot(
            "Who appears with whom", "the article names no person, organisation or place"
        )
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
    for a, b, data in shown.edges(data=True):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        ax.plot(
            [x1, x2], [y1, y2], color="0.6", linewidth=0.6 + 3 * data["weight"] / most, zorder=1
        )
    for node in shown.nodes:
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
            Line2D([], [], marker="o", linestyle="", color=c, label=k)
            for k, c in KIND_COLOURS.items()
        ],
        loc="lower right",
        fontsize=8,
        frameon=False,
    )
    ax.set_axis_off()
    ax.margins(0.25)
    ax.set_title(
        f"Who appears with whom (in one sentence): {len(shown)} of {graph.number_of_nodes()} entities"
    )
    return fig
