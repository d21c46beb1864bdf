"""Quantities worth setting side by side: figures of one measure, kind and unit within a section
(never a budget against a per-bus cost), and each group's largest and smallest."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from ..article import Article
from ..schema import conformed

QUANTITY_KINDS = ("count", "area", "money", "percent", "length", "mass", "volume", "energy", "data")
# Counts that are no amounts to set side by side: 2사 is the out an inning stands at (a state, as
# 4회말 is a place), 두 자릿수 an order of magnitude.
NOT_COMPARED_UNITS = frozenset({"사", "자릿수"})
# The sentence said where no two figures of a section measure the same thing.
NOTHING_COMPARED = {
    "ko": "같은 것을 같은 단위로 잰 수치가 한 단락에 둘 이상 나오지 않아, 견줄 수치가 없습니다.",
    "en": "No section gives two figures of the same measure in the same unit: nothing to compare.",
}


class Compared(NamedTuple):
    """One row of the :func:`comparisons` table (its columns, in order)."""

    group: str
    label: str
    when: str | None
    text: str
    number: float
    unit: str | None
    kind: str
    measure: str | None
    per: str | None
    approximate: bool
    section: int
    sentence: int
    start: int
    end: int


class Extremes(NamedTuple):
    """One row of the :func:`comparison_extremes` table (its columns, in order)."""

    group: str
    unit: str | None
    measure: str | None
    figures: int
    largest: str
    largest_label: str
    smallest: str
    smallest_label: str
    ratio: float
    equal: bool


COMPARISON_COLUMNS = list(Compared._fields)


def comparisons(
    table: pd.DataFrame,
    *,
    article: Article | None = None,
    kinds: tuple[str, ...] = QUANTITY_KINDS,
) -> pd.DataFrame:
    """Quantities worth comparing: figures of one measure, kind and unit within one section, where
    there are two or more (figures in different units count different things, :func:`comparison_extremes`).

    Only like with like: a rate (``대당 1억5000만원``, per 대) is compared only with rates of the same
    base, and figures whose measures the text names with different head nouns (``예산 1200억원``,
    ``연료비 1200만원``) never with each other. A figure whose measure is not named joins the figures of its section,
    kind, unit and base when they name one measure only, and is left out when they name several
    (which it measures cannot be told) or none (nothing says two such figures count the same thing).
    A count of one (``전기버스 한 대의 연료비``, ``충전기 1기``) names a unit, not an amount: left out.

    ``table`` is a :func:`figures` table. Given ``article`` (the table's), a figure of the title, a
    subtitle or a heading that the body states again (same kind, number and unit: the title's
    ``300여 명`` of ``주민 300여 명이 대피``) counts once, as the body states it. Counts of
    :data:`NOT_COMPARED_UNITS` (``2사``: the out an inning stands at) are left out. Columns:
        group: ``"{kind} · section {section}"``, then `` · per {per}`` for rates and `` · {measure}``
            where the section names several measures of that kind and unit; with ``unit``, one panel
            of a comparison plot and one row of :func:`comparison_extremes`.
        label: ``when`` and ``measure`` joined (``3월 · 제로페이 가맹 신청 수``), else the text.
        when: the date or time written just before the figure in the same sentence (``3월`` in
            ``3월 8만5000건``), else None.
        text, number, unit, kind, measure, per, approximate, section, sentence, start, end: as in
            :func:`figures`.
    Rows ordered by section, kind, unit (in the order the section first gives it), then text order.
    Empty where nothing compares: then say :data:`NOTHING_COMPARED`.
    """
    rows = []
    previous = None
    for figure in table.sort_values("start", kind="stable").itertuples(index=False):
        when = _when(previous, figure)
        previous = figure
        if (
            figure.kind not in kinds
            or figure.unit in NOT_COMPARED_UNITS
            or pd.isna(figure.number)
            or (figure.kind == "count" and figure.number == 1)
        ):
            continue  # no quantity, no amount (2사, 한 대), or a malformed numeral with no number
        label = (
            " · ".join(part for part in (when, figure.measure) if isinstance(part, str))
            or figure.text
        )
        rows.append(
            Compared(
                group=f"{figure.kind} · section {figure.section}",
                label=label,
                when=when,
                text=figure.text,
                number=figure.number,
                unit=figure.unit,
                kind=figure.kind,
                measure=_plain(figure.measure),
                per=_plain(figure.per),
                approximate=figure.approximate,
                section=figure.section,
                sentence=figure.sentence,
                start=figure.start,
                end=figure.end,
            )
        )
    result = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    if article is not None:
        result = result[~_restated(result, article)]
    result = _like_with_like(result)
    unit = result["unit"].fillna("")
    result = result[result.groupby(["group", unit])["text"].transform("size") >= 2]
    first = result.groupby(["group", unit[result.index]])["start"].transform("min")
    ordered = (
        result.assign(_first=first)
        .sort_values(["section", "kind", "_first", "start"], kind="stable")
        .drop(columns="_first")
        .reset_index(drop=True)
    )
    return conformed("comparisons", ordered)


def _like_with_like(compared: pd.DataFrame) -> pd.DataFrame:
    """The figures that measure one thing, each group named for it: per section, kind, unit and
    base of a rate, the figures of each measure named, by its head noun (전기버스 보조금 and 수소버스
    보조금 are both 보조금); those of no named measure join the one measure named, else are left out."""
    keys = [
        compared["group"],
        compared["unit"].fillna(""),
        compared["per"].fillna(""),
    ]
    head = compared["measure"].str.split().str.get(-1)
    kept = []
    for _, members in compared.groupby(keys, sort=False):
        named = head[members.index].dropna().unique()
        if len(named) == 0:
            continue
        if len(named) > 1:
            members = members[members["measure"].notna()]
            members = members.assign(group=members["group"] + " · " + head[members.index])
        if members["per"].notna().any():
            members = members.assign(group=members["group"] + " · per " + members["per"])
        kept.append(members)
    return pd.concat(kept) if kept else compared.iloc[:0]


def _plain(value):
    return None if pd.isna(value) else value


def _when(previous, figure) -> str | None:
    """The text of a date or time written just before the figure in its sentence (3월 8만5000건)."""
    if (
        previous is not None
        and previous.kind in ("date", "time")
        and previous.sentence == figure.sentence
        and figure.start - previous.end <= 1
    ):
        return previous.text
    return None


def _restated(compared: pd.DataFrame, article: Article) -> pd.Series:
    """Which rows stand outside the body paragraphs (title, subtitles, headings) and say again
    what a body figure says."""
    body = [(part.start, part.end) for part in article.parts if part.kind == "paragraph"]
    in_body = (
        compared["start"]
        .map(lambda start: any(first <= start < last for first, last in body))
        .astype(bool)
    )
    said = set(
        zip(
            compared["kind"][in_body],
            compared["number"][in_body],
            compared["unit"][in_body].fillna(""),
        )
    )
    again = [
        key in said
        for key in zip(compared["kind"], compared["number"], compared["unit"].fillna(""))
    ]
    return ~in_body & pd.Series(again, index=compared.index, dtype=bool)


def comparison_extremes(compared: pd.DataFrame) -> pd.DataFrame:
    """Per group of :func:`comparisons` and unit: its largest and smallest figure and how many
    times one is the other. Only like with like: figures in different units count different
    things (53만여개 merchants, 5만9000건 applications), so they are never set against each other.

    Columns: group, unit, measure (what both figures measure when the text says the same for
    all, else missing: then the labels say what is compared), figures (how many are compared),
    largest, largest_label, smallest, smallest_label (the figures' text and label, as written),
    ratio (largest number / smallest; missing when the smallest is 0 or negative), equal (True
    when the largest and the smallest are equal in value: then every figure of the row is, and
    ratio says nothing). Ties: the largest is the first of the largest values in the order of
    ``compared`` (text order), the smallest the first of the smallest values among the others,
    so that two figures are always set against each other, never one against itself. One row
    per group and unit with two figures or more, in the order of ``compared``.
    """
    rows = []
    for (group, unit), members in compared.groupby(["group", "unit"], sort=False, dropna=False):
        if len(members) < 2:
            continue
        top = members.loc[members["number"].idxmax()]
        others = members.drop(index=top.name)
        low = others.loc[others["number"].idxmin()]
        same = members["measure"].notna().all() and members["measure"].nunique() == 1
        rows.append(
            Extremes(
                group=group,
                unit=unit,
                measure=members["measure"].iloc[0] if same else None,
                figures=len(members),
                largest=top["text"],
                largest_label=top["label"],
                smallest=low["text"],
                smallest_label=low["label"],
                # a ratio to a decrease says nothing
                ratio=top["number"] / low["number"] if low["number"] > 0 else float("nan"),
                equal=bool(top["number"] == low["number"]),
            )
        )
    return conformed("comparison_extremes", pd.DataFrame(rows, columns=list(Extremes._fields)))
