"""CSV cells a spreadsheet opens as text: Excel and LibreOffice evaluate a cell that starts
with ``=``, ``+``, ``-`` or ``@`` (and, after a tab or a carriage return, what follows) as a
formula, so ``=HYPERLINK("http://…","클릭")`` in an article would become a live link.

:func:`neutralised` puts a ``'`` before such text, the mark a spreadsheet reads as "this is
text" (OWASP's advice for CSV injection). Only text is touched: a number (``-3.5`` in a
numeric column, or a number in a column of mixed values) stays a number.
"""

from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with every text cell that starts with one of :data:`FORMULA_STARTS` led by ``'``;
    the header (kornews's own column names) and every other cell as they are."""
    text_columns = [
        column
        for column in table.columns
        if pd.api.types.is_object_dtype(table[column])
        or pd.api.types.is_string_dtype(table[column])
    ]
    if not text_columns:
        return table
    return table.assign(**{column: table[column].map(cell) for column in text_columns})


def cell(value):
    """One value as a spreadsheet should open it: formula-like text led by ``'``, anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
