"""SQL over a store with DuckDB (embedded): each table a view named by the table, read-only.

The views: ``corpus`` (``position, article, key, source``: the corpus last indexed),
``skipped`` (``file, reason``) and one per table (``articles``, ``parts``, ``tokens``,
``terms``, ``figures``, ``quotes``, ``entities``), ``article`` first, then the table's columns
as docs/store.md lists them; rows in no particular order (say ``ORDER BY``). A query is one
``SELECT`` (``WITH`` included); anything else (a ``COPY``, an ``ATTACH``, a ``SET``, two
statements) is refused, files outside the store cannot be read and extensions are not loaded.
"""

from __future__ import annotations

import os

import pandas as pd

from ..article import ArticleError
from . import schema
from .read import StoreReader


def sql(store: str | os.PathLike, query: str) -> pd.DataFrame:
    """The result of one ``SELECT`` over the store's views, as a DataFrame."""
    import duckdb  # loaded only for queries: `import kornews` stays light

    reader = StoreReader(store)
    connection = duckdb.connect(":memory:")
    try:
        _views(connection, reader)
        _lock(connection, reader)
        try:
            statements = connection.extract_statements(query)
            if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
                raise ArticleError("a query is one SELECT (WITH ... SELECT): nothing else is run")
            return connection.sql(query).df()
        except duckdb.Error as err:
            raise ArticleError(f"query: {str(err).splitlines()[0]}") from None
    finally:
        connection.close()


def _views(connection, reader: StoreReader) -> None:
    connection.execute(
        f"CREATE VIEW corpus AS SELECT * FROM read_parquet({_quoted(reader.folder / 'corpus.parquet')})"
    )
    connection.execute(
        f"CREATE VIEW skipped AS SELECT * FROM read_parquet({_quoted(reader.folder / 'skipped.parquet')})"
    )
    for name in schema.TABLES:
        files = reader.files(name)
        if files:
            source = f"read_parquet([{', '.join(_quoted(f) for f in files)}])"
        else:  # a store of no finished chunk: the views are there, empty
            connection.register(f"_empty_{name}", schema.arrow_schema(name).empty_table())
            source = f"_empty_{name}"
        connection.execute(
            f'CREATE VIEW {name} AS SELECT c.article, t.* EXCLUDE (key, "row") '
            f"FROM {source} AS t JOIN corpus AS c ON c.key = t.key"
        )


def _lock(connection, reader: StoreReader) -> None:
    """No file outside the store, no extension, no setting changed by the query."""
    connection.execute(f"SET allowed_directories = [{_quoted(str(reader.folder) + os.sep)}]")
    for setting in (
        "SET enable_external_access = false",
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET lock_configuration = true",
    ):
        connection.execute(setting)


def _quoted(path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
