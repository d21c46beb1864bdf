"""A token table read once: each column a list, read when first asked for, in sentence order,
with each sentence's positions in them; what the analyses of one article share (quotes reads the
tokens the entities read), since reading a column costs pandas more than a short article's rows."""

from __future__ import annotations

import pandas as pd

from .rows import column_at, maker, record_type, values
from .tokens import TokenLists, sentence_rows


class TokenColumns:
    """``tokens`` (a :func:`kornews.tokenize` table) in sentence order (:func:`sentence_rows`):
    ``columns[name]`` a column as a list, ``spans`` each sentence's positions in them.
    ``lists``: the table's columns as Kiwi gave them (:attr:`kornews.tokens.Tokenized.lists`),
    in sentence order already: none of them is read from the table."""

    def __init__(self, tokens: pd.DataFrame, *, lists: TokenLists | None = None):
        if lists is None:
            self._ordered, self.spans = sentence_rows(tokens)
            self.names = tuple(values(self._ordered.columns))
        else:
            self._ordered, self.spans, self.names = tokens, lists.spans, tuple(lists.columns)
        self.columns = _Lists(self._ordered, self.names)
        if lists is not None:
            self.columns.update(lists.columns)

    def records(self) -> list[tuple]:
        """The rows as named records (a field per column), in sentence order."""
        rows = zip(*(self.columns[n] for n in self.names))
        return list(map(maker(record_type(self.names)), rows))  # as kornews.rows.records


class _Lists(dict):
    """A table's columns (of ``names``, in order) as lists, each read on first use."""

    def __init__(self, table: pd.DataFrame, names: tuple[str, ...]):
        super().__init__()
        self._table = table
        self._at = {name: at for at, name in enumerate(names)}

    def __missing__(self, name: str) -> list:
        self[name] = found = values(column_at(self._table, self._at[name]))
        return found


def token_columns(tokens: pd.DataFrame | TokenColumns) -> TokenColumns:
    """``tokens`` read (:class:`TokenColumns`); one read already is given back as it is."""
    return tokens if isinstance(tokens, TokenColumns) else TokenColumns(tokens)
