"""Plots of an article's figures (notebook 02): the timeline and the comparisons."""

from __future__ import annotations

from ..figures import NOTHING_COMPARED, position
from ..wording import amount, date_text, kind_name, money_axis
from .base import (
    LABEL_CHARS,
    MAX_COMPARISON_PANELS,
    _as_text,
    _nothing_to_plot,
    _short,
    said,
    section_name,
)

_TENSE_COLORS = {"past": "#4C72B0", "present": "#55A868", "future": "#DD8452"}


@_as_text
def plot_timeline(events, *, article_date: str | None = None, lang: str = "ko"):
    """The dated events of :func:`kornews.timeline`: one row per event in time order, a dot at its
    date on a year axis (past, present and future in their own colours), the sentence's words as
    the row's label; ``article_date`` (``article.date``) is drawn as a vertical line."""
    if events.empty:
        return _nothing_to_plot(said("timeline", lang=lang), said("no_timeline", lang=lang))
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
        Line2D([], [], marker="o", linestyle="", color=color, label=said(tense, lang=lang))
        for tense, color in _TENSE_COLORS.items()
        if tense in set(shown["tense"].dropna())
    ]
    if article_date:
        day = position(article_date[:10])
        ax.axvline(day, color="crimson", linewidth=1, linestyle="--", zorder=2)
        handles.append(
            Line2D(
                [],
                [],
                color="crimson",
                linestyle="--",
                label=said(
                    "article_date",
                    lang=lang,
                    date=date_text(article_date[:10], lang=lang, full=True),
                ),
            )
        )
        first, last = min(first, int(day)), max(last, int(day))
    ax.set_xlim(first - 0.5, last + 2)  # room for the last dot's label
    ax.set_xticks(range(first, last + 2, 1 if last - first <= 6 else 2))
    ax.grid(axis="x", color="0.9")
    ax.set_xlabel(said("year_axis", lang=lang))
    ax.set_title(said("timeline", lang=lang))
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
def plot_comparisons(compared, *, panels: int = MAX_COMPARISON_PANELS, lang: str = "ko"):
    """One panel per group and unit of :func:`kornews.comparisons` (the rows of
    :func:`kornews.comparison_extremes`), each on its own axis: horizontal bars of the values,
    labelled with the figure as written. An axis whose values span a hundredfold or more is
    logarithmic, so that the small bars stay visible; its ticks read as people write amounts
    (``1억원``, ``100억원``, ``1조원``: :func:`kornews.wording.money_axis`), never as powers of ten.
    The first ``panels`` are drawn; a note names how many more the table holds. Words in ``lang``
    (``ko``, ``en``)."""
    if compared.empty:
        return _nothing_to_plot(said("comparisons", lang=lang), NOTHING_COMPARED[lang])
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
                _short(t) + (" " + said("approx", lang=lang) if a else "")
                for t, a in zip(shown["text"], shown["approximate"])
            ],
            padding=3,
            fontsize=8,
        )
        ax.set_yticks(range(len(shown)), shown["label"].map(_short), fontsize=8)
        _amount_axis(ax, shown, unit, lang=lang)
        kind = shown["kind"].iloc[0] if lang == "en" else kind_name(shown["kind"].iloc[0])
        ax.set_xlabel(f"{kind} ({_short(unit)})" if unit else kind)
        title = group if lang == "en" else _group_ko(group)
        ax.set_title(_short(f"{title} · {unit}" if unit else title, 2 * LABEL_CHARS), fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
    if len(groups) > panels:
        fig.text(
            0.5,
            0,
            said("more_groups", lang=lang, n=len(groups) - panels),
            ha="center",
            va="bottom",
            fontsize=8,
            color="0.4",
        )
    fig.suptitle(said("comparisons", lang=lang))
    return fig


def _amount_axis(ax, shown, unit: str, *, lang: str) -> None:
    """The value axis of a comparison panel: logarithmic where the values span a hundredfold (the
    small bars stay visible), its ticks amounts as people write them (1,200억원, 8만5000건)."""
    from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

    low, high = shown["number"].min(), shown["number"].max()
    if low > 0 and high / low >= 100:
        ax.set_xscale("log")
        ax.set_xlim(low / 2, high * 20)  # room on the right for the labels, as the linear axis has
        ax.xaxis.set_major_locator(LogLocator(base=10, numticks=5))
        ax.xaxis.set_minor_formatter(NullFormatter())
    else:
        ax.set_xlim(min(low, 0) * 1.3, max(high, 0) * 1.3)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    if shown["kind"].iloc[0] == "money" and lang == "ko":
        ax.xaxis.set_major_formatter(money_axis(unit=unit))
    else:
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda value, _: amount(value, unit=unit, lang=lang, groups=2))
        )


def _group_ko(group: str) -> str:
    """A comparison group in Korean: ``money · section 0 · 예산 · per 대`` -> ``금액 · 첫머리 · 예산 · 대당``."""
    kind, section, *rest = group.split(" · ")
    words = [kind_name(kind), section_name(int(section.removeprefix("section ")), lang="ko")]
    for part in rest:
        base = part.removeprefix("per ")
        words.append(said("per", lang="ko", base=base) if base != part else part)
    return " · ".join(words)
