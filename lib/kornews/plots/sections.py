"""Plots of the section summaries (notebook 03)."""

from __future__ import annotations

from .base import _as_text, _nothing_to_plot, _short, said, section_name

# A heatmap of more sentences than this prints its labels too small to read: it shows the most central.
MAX_SIMILARITY_SENTENCES = 15


@_as_text
def plot_sentence_similarity(
    similarity,
    scores,
    *,
    label_chars: int = 14,
    sentences: int = MAX_SIMILARITY_SENTENCES,
    lang: str = "ko",
):
    """Why the summary sentences won: the sentence-similarity heatmap, each section's block
    (its ranking graph) outlined, beside each sentence's LexRank score, summary sentences dark.

    ``similarity`` is :func:`kornews.summary.sentence_similarity`'s table, ``scores``
    :func:`kornews.summary.sentence_scores`'s (only the sentences the similarity table covers
    are drawn); ``label_chars`` is how much of each sentence labels its row. At most ``sentences``
    rows, so that the labels stay legible in print: the summary sentences and the others of the
    highest LexRank score, in article order (the axis label says so). Words in ``lang``.
    """
    if scores.empty:
        return _nothing_to_plot(said("similarity", lang=lang), said("no_sentences", lang=lang))
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    # The similarity table of a long article covers its first sentences only.
    covered = scores[scores["sentence"].isin(similarity["sentence"])]
    central = covered.sort_values(["selected", "score", "sentence"], ascending=[False, False, True])
    order = central.head(sentences).sort_values("sentence").reset_index(drop=True)
    matrix = similarity.pivot(index="sentence", columns="other_sentence", values="similarity").loc[
        order["sentence"], order["sentence"]
    ]
    n = len(order)
    fig = Figure(figsize=(7.5, max(3.0, 0.3 * n + 1.8)), layout="constrained")
    heat_ax, bar_ax = fig.subplots(1, 2, sharey=True, width_ratios=[3, 1])
    # Scaled to the largest similarity: cosines between sentences rarely come near 1.
    values = matrix.to_numpy()
    image = heat_ax.imshow(
        values, cmap="Blues", vmin=0, vmax=max(values.max(), 1e-9), aspect="auto"
    )
    heat_ax.set_xticks(range(n), order["sentence"], fontsize=8)
    labels = [f"{s} {_short(t, label_chars + 1)}" for s, t in zip(order["sentence"], order["text"])]
    heat_ax.set_yticks(range(n), labels, fontsize=8)
    heat_ax.set_xlabel(
        said("sentence_number", lang=lang)
        if n == len(scores)
        else said("sentence_number_of", lang=lang, n=n, total=len(scores))
    )
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
            section_name(section, lang=lang),
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
        label=said("cosine", lang=lang),
    )
    colors = ["crimson" if chosen else "0.75" for chosen in order["selected"]]
    bar_ax.barh(range(n), order["score"], color=colors)
    bar_ax.set_xlabel(said("lexrank", lang=lang).replace(" (", "\n(", 1))  # a narrow axis
    bar_ax.tick_params(axis="y", left=False)
    bar_ax.set_title(said("summary_bars", lang=lang), fontsize=8)
    return fig
