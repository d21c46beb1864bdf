"""Plots for the notebooks. Each function takes a tidy DataFrame and returns a matplotlib
Figure; none calls plt.show() or changes global state (fonts are set up once, by
kornews.notebook.setup). Axis titles, legends and notes are English; data labels (terms,
sentences, figures as written) are the article's Korean."""

from __future__ import annotations

import math
from functools import wraps

from .figures import position

# Data labels longer than this are cut with an ellipsis, so a 5,000-character word cannot squeeze the plot away.
LABEL_CHARS = 30
# A comparison plot draws this many panels (groups and units) at the most: eight fill a page.
MAX_COMPARISON_PANELS = 8
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


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


# --- term frequency (notebook 01) ---


@_as_text
def plot_top_terms(counts, *, top: int = 20):
    """Horizontal bars of the ``top`` terms of :func:`kornews.term_counts`, most frequent on top."""
    if counts.empty:
        return _nothing_to_plot("Most frequent terms", "no terms to count")
    from matplotlib.figure import Figure

    shown = counts.head(top).iloc[::-1]
    fig = Figure(figsize=(7.5, max(2.5, 0.26 * len(shown) + 1.0)), layout="constrained")
    ax = fig.subplots()
    bars = ax.barh(
        range(len(shown)), shown["count"], color="#4C72B0", tick_label=shown["term"].map(_short)
    )
    ax.bar_label(bars, padding=2, fontsize=8)
    ax.set_xlabel("occurrences in title, headings and body (count)")
    ax.set_title(f"The {len(shown)} most frequent terms")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


@_as_text
def plot_distinctive_terms(distinctive):
    """One panel per section with the z-scores of :func:`kornews.distinctive_terms`, rank 1 on top."""
    if distinctive.empty:
        return _nothing_to_plot(
            "Distinctive terms of each section",
            "no section over-uses any term (one section, or too little text)",
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
        ax.set_title(f"section {section}", fontsize=10)
        ax.set_xlabel("weighted log-odds (z-score)")
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle("Distinctive terms of each section, against the rest of the article")
    return fig


@_as_text
def plot_dispersion(dispersion, *, section_starts=None, status=None):
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
            "Where the key terms occur",
            f"none of the terms occurs ({absent})" if absent else "none of the terms occurs",
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
                f"§{section}",
                (start, 1),
                xycoords=("data", "axes fraction"),
                xytext=(2, 2),
                textcoords="offset points",
                fontsize=8,
                color="0.4",
            )
    ax.set_xlabel("position in the article (character offset)")
    ax.set_title("Where the key terms occur", pad=14)
    ax.spines[["top", "right"]].set_visible(False)
    if absent:
        fig.supxlabel(
            f"Not plotted — {absent}", fontsize=8, color="0.35", x=0.01, ha="left", wrap=True
        )
    return fig


# --- figures (notebook 02) ---


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


# --- section summaries (notebook 03) ---


@_as_text
def plot_sentence_similarity(similarity, scores, *, label_chars: int = 14):
    """Why the summary sentences won: the sentence-similarity heatmap, each section's block
    (its ranking graph) outlined, beside each sentence's LexRank score, summary sentences dark.

    ``similarity`` is :func:`kornews.summary.sentence_similarity`'s table, ``scores``
    :func:`kornews.summary.sentence_scores`'s (only the sentences the similarity table covers
    are drawn); ``label_chars`` is how much of each sentence labels its row.
    """
    if scores.empty:
        return _nothing_to_plot("Sentence similarity", "no body sentences to rank")
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    # The similarity table of a long article covers its first sentences only.
    order = (
        scores[scores["sentence"].isin(similarity["sentence"])]
        .sort_values("sentence")
        .reset_index(drop=True)
    )
    matrix = similarity.pivot(index="sentence", columns="other_sentence", values="similarity").loc[
        order["sentence"], order["sentence"]
    ]
    n = len(order)
    fig = Figure(figsize=(7.5, max(3.0, 0.2 * n + 1.4)), layout="constrained")
    heat_ax, bar_ax = fig.subplots(1, 2, sharey=True, width_ratios=[3, 1])
    # Scaled to the largest similarity: cosines between sentences rarely come near 1.
    values = matrix.to_numpy()
    image = heat_ax.imshow(
        values, cmap="Blues", vmin=0, vmax=max(values.max(), 1e-9), aspect="auto"
    )
    heat_ax.set_xticks(range(n), order["sentence"], fontsize=6, rotation=90)
    labels = [f"{s} {_short(t, label_chars + 1)}" for s, t in zip(order["sentence"], order["text"])]
    heat_ax.set_yticks(range(n), labels, fontsize=6.5)
    shown = "" if n == len(scores) else f"; the first {n} of {len(scores)} sentences"
    heat_ax.set_xlabel(f"sentence number (in the whole article{shown})")
    for section, rows in order.groupby("section").indices.items():
        first, size = rows.min(), len(rows)
        heat_ax.add_patch(
            Rectangle(
                (first - 0.5, first - 0.5),
                size,
                size,
                fill=False,
                edgecolor="crimson",
                linewidth=1.2,
            )
        )
        heat_ax.text(
            first - 0.3,
            first - 0.3,
            f"§{section}",
            color="crimson",
            fontsize=7,
            va="top",
            ha="left",
        )
        bar_ax.axhline(first - 0.5, color="0.6", linewidth=0.6)
    fig.colorbar(
        image,
        ax=heat_ax,
        location="top",
        shrink=0.5,
        aspect=40,
        label="cosine similarity (tf-idf weighted, no unit)",
    )
    colors = ["crimson" if chosen else "0.75" for chosen in order["selected"]]
    bar_ax.barh(range(n), order["score"], color=colors)
    bar_ax.set_xlabel("LexRank score\n(sums to 1 in each section)")
    bar_ax.tick_params(axis="y", left=False)
    bar_ax.set_title("red bars: summary sentences", fontsize=8)
    return fig


# --- corpus over time (notebook 04) ---


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


# --- quotes and entities (notebook 05) ---

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


# --- copies and the same story (notebook 06) ---


@_as_text
def plot_cluster_timeline(members):
    """When each article of a cluster came out, one row per outlet: :func:`kornews.duplicates`'
    members (``cluster, article, outlet, date``) of one cluster; undated articles are left out."""
    import pandas as pd

    dated = members[members["date"].notna()]
    if dated.empty:
        return _nothing_to_plot(
            "A story's copies over time", "no article of the cluster has a date"
        )
    from matplotlib.figure import Figure

    dated = dated.assign(
        when=pd.to_datetime(dated["date"]), outlet=dated["outlet"].fillna("(no outlet)")
    )
    outlets = list(dict.fromkeys(dated.sort_values("when")["outlet"]))
    fig = Figure(figsize=(7.5, max(2.0, 0.45 * len(outlets) + 1.2)), layout="constrained")
    ax = fig.subplots()
    rows = dated["outlet"].map(outlets.index)
    ax.scatter(dated["when"], rows, color="#4C72B0", zorder=2)
    for when, row, name in zip(dated["when"], rows, dated["article"]):
        ax.annotate(
            _short(name, 18), (when, row), xytext=(4, 4), textcoords="offset points", fontsize=7
        )
    ax.set_yticks(range(len(outlets)), [_short(o) for o in outlets])
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set_xlabel("published")
    ax.set_title(f"Cluster {dated['cluster'].iloc[0]}: who ran the story when")
    ax.grid(axis="x", color="0.9", zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    fig.autofmt_xdate()
    return fig


@_as_text
def plot_figure_matrix(lined_up, *, rows: int = 20):
    """Which outlet reports which figure: :func:`kornews.lineup`'s ``figures`` of one event as a
    grid of measures (up to ``rows``, those most outlets report first) by outlets, each cell the
    value as written; a measure whose values disagree is red."""
    if lined_up.empty:
        return _nothing_to_plot("Figures by outlet", "no figure with a named measure")
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    table = lined_up.assign(
        row=lined_up["measure"] + " (" + lined_up["kind"] + ")",
        outlet=lined_up["outlet"].fillna(lined_up["article"]),
    )
    reach = table.groupby("row")["outlet"].nunique().sort_values(ascending=False, kind="stable")
    shown = list(reach.index[:rows])
    outlets = sorted(table["outlet"].unique())
    cells = table.drop_duplicates(["row", "outlet"]).set_index(["row", "outlet"])
    fig = Figure(figsize=(7.5, max(2.0, 0.35 * len(shown) + 1.4)), layout="constrained")
    ax = fig.subplots()
    for y, row in enumerate(shown):
        for x, outlet in enumerate(outlets):
            if (row, outlet) not in cells.index:
                continue
            cell = cells.loc[(row, outlet)]
            colour = "#C44E52" if cell["disagrees"] else "#DDE5F0"
            ax.add_patch(Rectangle((x - 0.48, y - 0.45), 0.96, 0.9, color=colour))
            ax.text(x, y, _short(cell["text"], 12), ha="center", va="center", fontsize=8)
    ax.set_xlim(-0.5, len(outlets) - 0.5)
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.set_xticks(range(len(outlets)), [_short(o, 12) for o in outlets])
    ax.set_yticks(range(len(shown)), [_short(r) for r in shown])
    ax.xaxis.tick_top()
    ax.set_title("Figures by outlet (red: outlets disagree)")
    ax.spines[:].set_visible(False)
    return fig
