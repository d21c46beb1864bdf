"""Tables read as named records and made from dicts, column by column: what ``itertuples`` and
``pd.DataFrame(records)`` give, without their cost per call, which outweighs a short article's rows."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from functools import lru_cache, partial

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionDtype


def records(table: pd.DataFrame) -> list[tuple]:
    """The rows of ``table`` as named records (a field per column): what
    ``table.itertuples(index=False)`` gives, read column by column, without its cost per call."""
    columns = tuple(values(table.columns))
    arrays = (values(column_at(table, at)) for at in range(len(columns)))
    return list(map(maker(record_type(columns)), zip(*arrays)))


def maker(record: type) -> Callable[[tuple], tuple]:
    """What makes a ``record`` (a named tuple's type) of a tuple of its fields, as its ``_make``
    does (``tuple.__new__``) without a Python call per row: a quarter of the cost of records of a
    short article, a third of what calling the type with the fields costs. The tuple must hold
    one value per field (rows zipped from the record's columns do)."""
    return partial(tuple.__new__, record)


def column(table: pd.DataFrame, name: str):
    """``table[name]``'s values (an array) without the Series pandas makes for it, which costs
    more than a short article's rows; ``name`` is one column of ``table``."""
    return column_at(table, table.columns.get_loc(name))


# pandas' private read, the only one here: every public way makes a Series first, 12-24x the
# cost (docs/performance.md, "Why kornews.rows reads pandas' private …"). A pandas without it
# gets the public read: slower, the same values.
_PRIVATE_READ = getattr(pd.DataFrame, "_get_column_array", None)


def column_at(table: pd.DataFrame, at: int):
    """The values of ``table``'s column at position ``at`` (an array), as :func:`column`."""
    if _PRIVATE_READ is None:
        series = table.iloc[:, at]
        return series.array if isinstance(series.dtype, ExtensionDtype) else series.to_numpy()
    return _PRIVATE_READ(table, at)


def values(array) -> list:
    """``array``'s values as a list, what its ``tolist()`` gives: a text column's (pandas' Arrow
    strings, whose ``tolist`` goes value by value and guesses a dtype first) in one NumPy call."""
    if isinstance(array.dtype, pd.StringDtype):
        return array.to_numpy(dtype=object).tolist()
    return array.tolist()


@lru_cache(maxsize=32)
def record_type(columns: tuple[str, ...]) -> type:
    """The named record of a row of these columns (made once per set of columns)."""
    return namedtuple("Row", columns, rename=True)


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A table of ``rows`` (dicts with ``columns`` as keys) made column by column, which costs
    pandas less than records do; with no row, ``columns`` of no type, as records give."""
    if not rows:
        return pd.DataFrame([], columns=columns)
    return pd.DataFrame({name: [row[name] for row in rows] for name in columns}, columns=columns)


def numbered(lengths: list[int]) -> np.ndarray:
    """Each row's place in its group's rows, for groups of ``lengths`` rows one after another:
    0, 1, … for each group in turn (the index ``pd.concat`` gives tables of those lengths)."""
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(len(starts)) - starts
