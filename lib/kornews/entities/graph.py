"""The entities of an article counted, and who appears with whom: tables and a graph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import NamedTuple

import pandas as pd

from ..rows import frame, records
from ..schema import conformed, names


class Count(NamedTuple):
    """A row of :func:`entity_counts`."""

    entity: str
    kind: str
    mentions: int
    aliases: str | None
    title: str | None
    affiliation: str | None
    start: int


def entity_counts(entities_table: pd.DataFrame) -> pd.DataFrame:
    """One row per entity of :func:`entities`: ``entity, kind, mentions, aliases`` (the other
    forms written, comma-separated, in order of appearance; missing when none), ``title`` and
    ``affiliation`` (the first written), ``start`` (offset of the first mention); sorted by
    mentions (descending), then start."""
    rows = [count._asdict() for count in entity_count_rows(entities_table)]
    return conformed("entity_counts", frame(rows, list(Count._fields)))


def entity_count_rows(entities_table: pd.DataFrame) -> list[Count]:
    """:func:`entity_counts`' rows as records, in its order, without its table."""
    return mention_counts(records(entities_table))


def mention_counts(mentions: Iterable) -> list[Count]:
    """:func:`entity_counts`' rows as records, in its order, from the mentions (rows of
    :func:`entities`, as records) without their table (what the quotes read)."""
    # Grouped in one pass (in order of first mention, as groupby(sort=False)).
    groups: dict[tuple, list[tuple]] = {}
    for m in mentions:
        groups.setdefault((m.entity, m.kind), []).append((m.text, m.title, m.affiliation, m.start))
    rows = []
    for (entity, kind), group in groups.items():
        texts, titles, affiliations, starts = zip(*group)
        aliases = [t for t in dict.fromkeys(texts) if t != entity]
        rows.append(
            Count(
                entity,
                kind,
                len(group),
                ", ".join(aliases) or None,
                next((t for t in titles if pd.notna(t)), None),
                next((a for a in affiliations if pd.notna(a)), None),
                int(min(starts)),
            )
        )
    return sorted(rows, key=lambda row: (-row.mentions, row.start))


def cooccurrence(entities_table: pd.DataFrame, *, within: str = "sentence") -> pd.DataFrame:
    """Pairs of entities named in the same sentence (``within="sentence"``) or paragraph
    (``"paragraph"``; the title and each heading count as one paragraph of their own).

    Columns: ``entity, other`` (the pair, in name order), ``entity_kind, other_kind``, ``weight``
    (in how many sentences or paragraphs both are named), ``sentence`` (the first sentence where
    they are). Sorted by weight (descending), then entity, then other.
    """
    if within not in ("sentence", "paragraph"):
        raise ValueError(f"within must be 'sentence' or 'paragraph', not {within!r}")
    table = entities_table
    units = (
        table["sentence"]
        if within == "sentence"
        else table["paragraph"].where(table["paragraph"] >= 0, -1 - table["sentence"])
    )
    kinds = dict(zip(table["entity"], table["kind"]))
    weight: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    for _, group in table.assign(unit=units).groupby("unit", sort=True):
        for pair in combinations(sorted(set(group["entity"])), 2):
            weight[pair] += 1
            first.setdefault(pair, int(group["sentence"].min()))
    rows = [(a, b, kinds[a], kinds[b], n, first[(a, b)]) for (a, b), n in weight.items()]
    result = conformed("cooccurrence", pd.DataFrame(rows, columns=names("cooccurrence")))
    return result.sort_values(
        ["weight", "entity", "other"], ascending=[False, True, True], ignore_index=True
    )


def entity_graph(entities_table: pd.DataFrame, *, within: str = "sentence"):
    """A networkx Graph of the entities: a node per entity (``kind`` and ``mentions`` as attributes),
    an edge per pair of :func:`cooccurrence` (``weight`` as attribute); nodes added in name order."""
    import networkx as nx

    graph = nx.Graph()
    counts = entity_counts(entities_table).sort_values("entity", kind="stable")
    for row in counts.itertuples():
        graph.add_node(row.entity, kind=row.kind, mentions=row.mentions)
    for row in cooccurrence(entities_table, within=within).itertuples():
        graph.add_edge(row.entity, row.other, weight=row.weight)
    return graph
