"""The knowledge kornews reads as data: the tab-separated tables in ``kornews/data``, one loader.

Each table opens with ``#`` comment lines that say what it holds and where its rows come from,
then a header line naming its columns; every row is read as a named record of those columns
(all strings; an empty cell is ``""``). A table is read once per process, on first use.

>>> units = table("units.tsv")
>>> units[0]._fields
('form', 'unit', 'kind', 'example')
"""

from __future__ import annotations

from collections import namedtuple
from functools import cache
from importlib.resources import files
from typing import NamedTuple

__all__ = ["table", "table_names"]


# Kiwi's own user-dictionary format (word, tag; no header), read by kornews.tokens as users' are.
_NOT_TABLES = {"userdict.tsv"}


def table_names() -> list[str]:
    """The tables in ``kornews/data``, sorted by name."""
    names = (path.name for path in files("kornews").joinpath("data").iterdir())
    return sorted(name for name in names if name.endswith(".tsv") and name not in _NOT_TABLES)


@cache
def table(name: str) -> tuple[NamedTuple, ...]:
    """The rows of ``kornews/data/NAME`` as named records whose fields are the header's columns."""
    text = files("kornews").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    record = namedtuple(name.removesuffix(".tsv").title().replace("_", ""), header)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ValueError(
                f"{name}: row {number} has {len(cells)} cells for {len(header)} columns"
            )
        rows.append(record(*cells, *[""] * (len(header) - len(cells))))
    return tuple(rows)
