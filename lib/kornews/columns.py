"""A token table read once: each column a list, read when first asked for, in sentence order,
with each sentence's positions in them; what the analyses of one article share (quotes reads the
tokens the entities read), since reading a column costs pandas more than a short article's rows."""

from __future__ import annotations

import pandas as pd

from .rows import column, record_type
from .tokens import sentence_rows


class TokenColumns:
    """``tokens`` (a :func:`kornews.tokenize` table) in sentence order (:func:`sentence_rows`):
    ``columns[name]`` a column as a list, ``spans`` each sentence's positions in them."""

    def __init__(self, tokens: pd.DataFrame):
        self._ordered, self.spans = sentence_rows(tokens)
        self.names = tuple(self._ordered.columns)
        self.columns = _Lists(self._ordered)

    def records(self) -> list[tuple]:
        """The rows as named records (a field per column), in sentence order."""
        return list(map(record_type(self.names), *(self.columns[n] for n in self.names)))


class _Lists(dict):
    """A table's columns as lists, each read on first use."""

    def __init__(self, table: pd.DataFrame):
        super().__init__()
        self._table = table

    def __missing__(self, name: str) -> list:
        self[name] = found = column(self._table, name).tolist()
        return found


def token_columns(tokens: pd.DataFrame | TokenColumns) -> TokenColumns:
    """``tokens`` read (:class:`TokenColumns`); one read already is given back as it is."""
    return tokens if isinstance(tokens, TokenColumns) else TokenColumns(tokens)
