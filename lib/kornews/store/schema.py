"""The store's tables: one schema each, and the one place dtypes are made the same on the way
in and out.

The analyses' tables have the dtypes :mod:`kornews.schema` declares whatever their rows; the
articles' and parts' are declared here. The store writes each column as one Arrow type and gives
the dtype back: ``normalised(table, name)`` is what both sides are compared through.

``value``, ``upper`` and ``against`` of a figure mix ints (of any size), floats and strings
(``7``, ``7.5``, ``"2020-07"``): Parquet columns hold one type, so these are stored as JSON text
(``7``, ``7.5``, ``"2020-07"``) and decoded on the way out; ``number`` is the float to query.
"""

from __future__ import annotations

import json
from typing import NamedTuple

import pandas as pd
import pyarrow as pa

from ..schema import TABLES as ANALYSES


class Column(NamedTuple):
    name: str
    # The pandas dtype given back; "json" is an object column of JSON values.
    dtype: str
    # Kept for queries and for rebuilding articles, not in the corpus function's table.
    stored_only: bool = False


_INT, _TEXT = "int64", "str"
_JSON = ("value", "upper", "against")  # a figure's: ints, floats and strings mixed


def _ints(*names: str) -> list[Column]:
    return [Column(name, _INT) for name in names]


def _texts(*names: str) -> list[Column]:
    return [Column(name, _TEXT) for name in names]


# Each table's columns after ``article``, in the order of the corpus function that makes it.
SCHEMAS: dict[str, list[Column]] = {
    "articles": [
        *_texts("headline", "outlet", "reporter", "date"),
        *_ints("sections", "paragraphs", "characters"),
        Column("text", _TEXT, True),
        Column("email", _TEXT, True),
        Column("reporters", "list", True),
        Column("emails", "list", True),
    ],
    "parts": [
        Column("kind", _TEXT),
        *_ints("section", "start", "end"),
        Column("text", _TEXT),
        Column("speaker", _TEXT, True),
        Column("role", _TEXT, True),
        Column("speaker_at", "Int64", True),
    ],
    # The analyses' tables as declared (kornews.schema), a figure's mixed values as JSON.
    **{
        name: [Column(c.name, "json" if c.name in _JSON else c.dtype) for c in columns]
        for name, columns in ANALYSES.items()
    },
}
TABLES = tuple(SCHEMAS)
# Every stored row names its article by content key and its place in that article's table; the
# store's corpus listing gives the key its name(s), so a renamed file is not redone.
ROW_KEYS = [Column("key", _TEXT), Column("row", _INT)]

_ARROW = {
    _INT: pa.int64(),
    "Int64": pa.int64(),
    _TEXT: pa.string(),
    "object": pa.string(),
    "string": pa.string(),
    "json": pa.string(),
    "Float64": pa.float64(),
    "bool": pa.bool_(),
    "list": pa.list_(pa.string()),
}


def columns(name: str, *, stored: bool = False) -> list[str]:
    """The table's columns after ``article``; with ``stored``, the stored-only ones too."""
    return [c.name for c in SCHEMAS[name] if stored or not c.stored_only]


def arrow_schema(name: str) -> pa.Schema:
    return pa.schema([(c.name, _ARROW[c.dtype]) for c in [*ROW_KEYS, *SCHEMAS[name]]])


def to_arrow(table: pd.DataFrame, name: str) -> pa.Table:
    """``table`` (``key``, ``row`` and every stored column) as the table's Arrow schema."""
    data = {}
    for column in [*ROW_KEYS, *SCHEMAS[name]]:
        values = table[column.name]
        if column.dtype == "json":
            values = [
                None if _missing(v) else json.dumps(v, ensure_ascii=False, default=_plain)
                for v in values
            ]
        elif column.dtype == "list":
            values = [list(v) for v in values]
        else:
            values = _as(values, column.dtype).astype(object).where(values.notna(), None)
        data[column.name] = pa.array(list(values), type=_ARROW[column.dtype])
    return pa.table(data, schema=arrow_schema(name))


def from_arrow(table: pa.Table, name: str) -> pd.DataFrame:
    """A table read from the store with the schema's pandas dtypes."""
    frame = table.to_pandas()
    for column in [*ROW_KEYS, *SCHEMAS[name]]:
        if column.name not in frame:
            continue
        if column.dtype in ("json", "list"):
            # From Arrow's values: pandas would make a missing one NaN, not None.
            read = json.loads if column.dtype == "json" else tuple
            values = [None if v is None else read(v) for v in table[column.name].to_pylist()]
            frame[column.name] = pd.Series(values, dtype=object, index=frame.index)
        else:
            frame[column.name] = _as(frame[column.name], column.dtype)
    return frame


def normalised(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """A corpus table (``article`` first, the corpus function's columns) with the store's dtypes."""
    wanted = [c for c in SCHEMAS[name] if c.name in table.columns]
    out = table.reset_index(drop=True).copy()
    out["article"] = _as(out["article"], _TEXT)
    for column in wanted:
        if column.dtype not in ("json", "list"):
            out[column.name] = _as(out[column.name], column.dtype)
    return out


def _as(values: pd.Series, dtype: str) -> pd.Series:
    if dtype == "object":
        return values.astype(object).where(values.notna(), None)
    return values.astype(dtype)


def _plain(value):
    """A NumPy scalar as its Python value (JSON knows no int64)."""
    return value.item()


def _missing(value) -> bool:
    return value is None or value is pd.NA
