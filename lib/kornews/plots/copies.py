"""Plots of copies and the same story across outlets (notebook 06)."""

from __future__ import annotations

from ..wording import kind_name
from .base import _as_text, _nothing_to_plot, _short, said


@_as_text
def plot_cluster_timeline(members, *, lang: str = "ko"):
    """When each article of a cluster came out, one row per outlet: :func:`kornews.duplicates`'
    members (``cluster, article, outlet, date``) of one cluster; undated articles are left out."""
    import pandas as pd

    dated = members[members["date"].notna()]
    if dated.empty:
        return _nothing_to_plot(
            said("cluster_none", lang=lang), said("no_cluster_dates", lang=lang)
        )
    from matplotlib.figure import Figure

    dated = dated.assign(
        when=pd.to_datetime(dated["date"]),
        outlet=dated["outlet"].fillna(said("no_outlet", lang=lang)),
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
    ax.set_xlabel(said("published", lang=lang))
    ax.set_title(said("cluster", lang=lang, cluster=dated["cluster"].iloc[0]))
    ax.grid(axis="x", color="0.9", zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    fig.autofmt_xdate()
    return fig


@_as_text
def plot_figure_matrix(lined_up, *, rows: int = 20, lang: str = "ko"):
    """Which outlet reports which figure: :func:`kornews.lineup`'s ``figures`` of one event as a
    grid of measures (up to ``rows``, those most outlets report first) by outlets, each cell the
    value as written; a measure whose values disagree is red."""
    if lined_up.empty:
        return _nothing_to_plot(said("by_outlet_none", lang=lang), said("no_measures", lang=lang))
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    # A kind by its readers' name in Korean (money: 금액), as the comparisons' axes give it.
    kinds = lined_up["kind"] if lang == "en" else lined_up["kind"].map(kind_name)
    table = lined_up.assign(
        row=lined_up["measure"] + " (" + kinds + ")",
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
    ax.set_title(said("by_outlet", lang=lang))
    ax.spines[:].set_visible(False)
    return fig
