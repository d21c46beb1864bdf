"""Each analysis table's columns and their dtypes, declared once.

The analysis makes its table through :func:`typed` (one article's rows, or a corpus verb's
rows of many), and the store keeps the same dtypes (:mod:`kornews.store.schema`), so a table
has the same types whatever its rows: an article without quotations gives an empty table of
these types, and a text column all missing in one article is ``str`` (NaN missing), not
``object`` of None, so a corpus's concatenation has the types of each article's table.
Missing values follow docs/api.md ("Missing values"): NaN in ``str`` columns, ``pd.NA`` in the
nullable ``string``, ``Float64`` and ``boolean`` ones, None in ``object`` ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

import pandas as pd


class Column(NamedTuple):
    name: str
    # A pandas dtype name; ``object`` keeps each value as it is (a figure's value: 7, 7.5, "2020-07").
    dtype: str


_INT, _TEXT = "int64", "str"


def _ints(*names: str) -> list[Column]:
    return [Column(name, _INT) for name in names]


def _texts(*names: str) -> list[Column]:
    return [Column(name, _TEXT) for name in names]


# Each table's columns in order (a corpus table has ``article`` first, then these).
TABLES: dict[str, tuple[Column, ...]] = {
    "tokens": (
        Column("section", _INT),
        Column("part", _TEXT),
        *_ints("paragraph", "sentence", "start", "end"),
        *_texts("form", "tag", "lemma"),
    ),
    # term_counts adds one int64 column per section (section_0, section_1, ...).
    "terms": (*_texts("term", "tag"), Column("count", _INT)),
    "figures": (
        Column("text", "object"),
        Column("value", "object"),
        Column("upper", "object"),
        Column("number", "Float64"),
        Column("unit", "string"),
        Column("kind", "string"),
        Column("approximate", "bool"),
        Column("measure", "string"),
        *_ints("section", "sentence", "start", "end"),
        Column("change", "string"),
        Column("bound", "string"),
        Column("margin", "bool"),
        Column("per", "string"),
        Column("against", "object"),
        Column("flag", "string"),
        Column("resolved", "string"),
        Column("anchor", "string"),
    ),
    "quotes": (
        *_texts("text", "kind", "verb", "speaker", "title", "organisation"),
        Column("anonymous", "bool"),
        Column("carried", "bool"),
        Column("attribution", _TEXT),
        *_ints("piece", "section", "paragraph", "sentence", "start", "end"),
    ),
    "entities": (
        *_texts("entity", "kind", "text", "title", "affiliation", "rule"),
        *_ints("section", "paragraph", "sentence", "start", "end"),
    ),
}


def names(table: str) -> list[str]:
    """The table's columns, in order."""
    return [column.name for column in TABLES[table]]


@cache
def dtype(table: str, column: str) -> object:
    """The column's dtype, resolved once: resolving a dtype's name costs each table again."""
    return pd.api.types.pandas_dtype(next(c.dtype for c in TABLES[table] if c.name == column))


def typed(table: str, data: Mapping[str, Sequence] | None = None) -> pd.DataFrame:
    """The table of ``data`` (the values of each of the table's columns, made column by column,
    which costs pandas less than records do) with the declared dtypes; without ``data``, the
    table without rows."""
    return pd.DataFrame(
        {
            name: _column([] if data is None else data[name], dtype(table, name))
            for name in names(table)
        }
    )


def _column(values: Sequence, kind: object) -> object:
    # pd.array costs pandas less than a Series, but a DataFrame would read an object array of
    # strings alone as text (str): an object column is a Series, which keeps its dtype.
    if pd.api.types.is_object_dtype(kind):
        return pd.Series(values, dtype=object)
    return pd.array(values, dtype=kind)
