"""A corpus store: every article read and tokenized once into Parquet tables, then read back
with pandas or queried with SQL (DuckDB), with no Kiwi.

``index(sources, store)`` writes the tables of every article not yet there (serially, or on a
Dask cluster given a ``distributed.Client``); ``table(store, name)`` gives one table as the
corpus function gives it; ``documents(store)`` the ``(article, tokens)`` pairs every corpus
verb takes (``StoredCorpus(store)`` where a corpus is taken); ``sql(store, query)`` one SELECT over the tables as views. The layout and the
schemas are in docs/store.md.
"""

from .files import is_store
from .index import Indexed, index
from .query import sql
from .read import StoredCorpus, documents, table
from .schema import TABLES

__all__ = ["TABLES", "Indexed", "StoredCorpus", "documents", "index", "is_store", "sql", "table"]
