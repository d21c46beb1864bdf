"""Plots of the corpus views (notebook 07): each takes a tidy table and returns a matplotlib Figure,
as :mod:`kornews.plots` does (no plt.show(), no global state; the who-with-whom network is
:func:`kornews.plots.plot_network` on :func:`kornews.corpus_network.network_graph`)."""

from __future__ import annotations

import math

from .plots.base import _as_text, _nothing_to_plot, _short, said
from .related import related_graph

SEED = 28


@_as_text
def plot_related(related, *, top: int = 20, lang: str = "ko"):
    """The ``top`` rows of a :func:`kornews.related.related_terms` table as a network: a node per
    term (size by the units that hold it), an edge per pair (width by G²); a fixed layout seed, so
    the same table draws the same picture."""
    if related.empty:
        return _nothing_to_plot(said("related_none", lang=lang), said("no_related", lang=lang))
    from matplotlib.figure import Figure

    graph = related_graph(related.head(top))
    positions = _layout(graph)
    fig = Figure(figsize=(7.5, 6.0), layout="constrained")
    ax = fig.subplots()
    most = max(d["g2"] for *_, d in graph.edges(data=True))
    for a, b, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        ax.plot([x1, x2], [y1, y2], color="0.6", linewidth=0.6 + 4 * data["g2"] / most, zorder=1)
    largest = max(units for _, units in graph.nodes(data="units"))
    for node, units in graph.nodes(data="units"):
        x, y = positions[node]
        ax.scatter([x], [y], s=40 + 200 * units / largest, color="#4C72B0", zorder=2)
        ax.text(x, y + 0.06, _short(node), fontsize=9, ha="center", va="bottom", zorder=3)
    ax.set_axis_off()
    ax.margins(0.1)
    ax.set_title(said("related", lang=lang, n=graph.number_of_edges()))
    return fig


def _layout(graph) -> dict:
    """Each group of connected terms laid out apart (spring layout, fixed seed) in a cell of a
    grid, the largest first: pairs that share no term never crowd each other's labels."""
    import networkx as nx

    groups = sorted(nx.connected_components(graph), key=lambda group: (-len(group), min(group)))
    columns = math.ceil(math.sqrt(len(groups)))
    positions = {}
    for i, group in enumerate(groups):
        row, column = divmod(i, columns)
        # A graph of its own in sorted order: a subgraph view of a small group iterates the
        # group's set, whose order changes with Python's hash seed, and so would the picture.
        cell = nx.Graph()
        cell.add_nodes_from(sorted(group))
        cell.add_edges_from(sorted(tuple(sorted(edge)) for edge in graph.subgraph(group).edges))
        positions |= nx.spring_layout(
            cell, seed=SEED, weight=None, scale=0.35, center=(column, -row)
        )
    return positions
