"""Each analysis table's columns and their dtypes, declared once.

The analysis makes its table through :func:`typed` (one article's rows, or a corpus verb's
rows of many), or gives a table pandas made the declared types through :func:`conformed`; the
store keeps the dtypes of :data:`TABLES` (:mod:`kornews.store.schema`), so a table
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

import numpy as np
import pandas as pd


class Column(NamedTuple):
    name: str
    # A pandas dtype name; ``object`` keeps each value as it is (a figure's value: 7, 7.5, "2020-07").
    dtype: str


_INT, _TEXT, _FLOAT = "int64", "str", "float64"


def _ints(*names: str) -> list[Column]:
    return [Column(name, _INT) for name in names]


def _texts(*names: str) -> list[Column]:
    return [Column(name, _TEXT) for name in names]


def _floats(*names: str) -> list[Column]:
    return [Column(name, _FLOAT) for name in names]


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
        Column("text", _TEXT),
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

_POSITION = _ints("section", "sentence", "start", "end")
# The first column of a corpus's tables (a corpus verb's, or one made from them).
_ARTICLE = Column("article", _TEXT)
_SCORED = (Column("section", _INT), *_texts("term"), *_ints("count"), *_floats("score"))
_ROUGE = _floats("precision", "recall", "f1")
_SCORES = (*_POSITION, *_texts("text"), *_floats("score"), *_ints("rank"))
_TREND = (
    *_texts("period", "outlet", "term"),
    *_ints("count", "articles", "tokens"),
    Column("share", "Float64"),
)
# The other public tables, made from the ones above and never stored (the store makes its
# tables of TABLES alone): each function's columns in order.
OTHER_TABLES: dict[str, tuple[Column, ...]] = {
    "parts_table": (*_texts("kind"), *_ints("section", "start", "end"), *_texts("text")),
    "sentences": (*TABLES["tokens"][:6], *_texts("text")),
    "term_tokens": (
        *_ints("token"),
        *TABLES["tokens"],
        *_ints("tokens"),
        *_texts("parts", "term"),
    ),
    "content_terms": (*TABLES["tokens"], *_texts("term")),
    "section_counts": _SCORED[:3],
    "distinctive_terms": (*_SCORED, *_ints("rank")),
    "noun_bigrams": (*_texts("term", "next_term"), *_POSITION),
    "collocations": (
        *_texts("term", "next_term", "bigram"),
        *_ints("count", "term_leads", "next_term_follows"),
        *_floats("pmi", "llr"),
    ),
    "term_matches": (*_POSITION, *_ints("token", "morphemes"), *_texts("tag")),
    "keyword_in_context": (*_POSITION, *_texts("left", "keyword", "right")),
    "dispersion": (*_texts("term"), *_POSITION, *_ints("token")),
    "term_status": (
        *_texts("term"),
        *_ints("occurrences", "counted", "in_text"),
        *_texts("status", "note"),
    ),
    # Of one article's figures table or a corpus's (article first).
    "dated": (*TABLES["figures"], *_ints("year")),
    "timeline": (
        *_texts("date"),
        *_ints("year"),
        *_floats("position"),
        *_texts("text", "event", "anchor", "tense"),
        *_POSITION,
    ),
    "entity_counts": (
        *_texts("entity", "kind"),
        *_ints("mentions"),
        *_texts("aliases", "title", "affiliation"),
        *_ints("start"),
    ),
    "cooccurrence": (
        *_texts("entity", "other", "entity_kind", "other_kind"),
        *_ints("weight", "sentence"),
    ),
    "sources": (
        *_texts("speaker", "title", "organisation"),
        Column("anonymous", "bool"),
        *_ints("quotes", "direct", "indirect", "characters"),
        *_floats("share"),
        *_ints("start"),
    ),
    "sourcing": (
        *_ints("quotes", "direct", "indirect", "speakers", "unattributed", "characters"),
        *_ints("anonymous_quotes"),
        *_floats("anonymous_share"),
    ),
    "corpus_articles": (
        *_texts("article", "headline", "outlet", "reporter", "date"),
        *_ints("sections", "paragraphs", "characters"),
    ),
    "term_totals": (*_texts("term"), *_ints("count", "articles")),
    # Indexed by article (str): an int64 column per kind (and rest) before all, the data's kinds.
    "kind_totals": _ints("all"),
    "section_stats": (
        Column("section", _INT),
        *_texts("heading"),
        *_ints("paragraphs", "sentences", "tokens", "figures"),
    ),
    "sentence_scores": (*_SCORES, Column("selected", "bool")),
    "summarize": _SCORES,
    "sentence_similarity": (
        *_ints("section", "sentence", "other_section", "other_sentence"),
        *_floats("similarity"),
    ),
    "evaluate_summary": (Column("section", _INT), *_texts("method"), *_ints("k"), *_ROUGE),
    "method_overview": (*_texts("method"), *_ints("sections", "wins", "ties"), *_ROUGE),
    "chosen_lengths": (*_texts("method"), *_ints("sentences"), *_floats("characters")),
    "comparisons": (
        *_texts("group", "label", "when", "text"),
        *_floats("number"),
        *_texts("unit", "kind", "measure", "per"),
        Column("approximate", "bool"),
        *_POSITION,
    ),
    "comparison_extremes": (
        *_texts("group", "unit", "measure"),
        *_ints("figures"),
        *_texts("largest", "largest_label", "smallest", "smallest_label"),
        *_floats("ratio"),
        Column("equal", "bool"),
    ),
    # A corpus's tables: ``article`` is one of their columns, not added before them.
    "trends": _TREND[:1] + _TREND[2:],
    "trends_by_outlet": _TREND,
    "rising_terms": (
        *_texts("term"),
        *_ints("earlier_count", "later_count"),
        *_floats("earlier_share", "later_share", "rise"),
        *_ints("earlier_articles", "later_articles"),
    ),
    "related_terms": (
        *_texts("term", "related"),
        *_ints("both", "term_units", "related_units", "units"),
        *_floats("expected", "g2", "pmi"),
    ),
    "duplicates": (
        *_texts("article", "other_article"),
        *_floats("similarity", "containment", "facts"),
        *_texts("relation"),
        *_ints("cluster"),
    ),
    "shares": (
        *_texts("article", "outlet"),
        *_ints("sentences", "aligned"),
        *_floats("share"),
        *_ints("own", "own_characters"),
    ),
    "voices": (
        *_ints("event"),
        *_texts("speaker"),
        *_ints("quotes", "articles"),
        *_texts("outlets", "missing"),
    ),
    "choose_k": (*_ints("k"), *_floats("coherence")),
}
_DECLARED = {**TABLES, **OTHER_TABLES}


def names(table: str) -> list[str]:
    """The table's columns, in order."""
    return [column.name for column in _DECLARED[table]]


@cache
def dtype(table: str, column: str) -> object:
    """The column's dtype, resolved once: resolving a dtype's name costs each table again.
    ``article`` is a corpus's first column where the table declares none."""
    found = (c.dtype for c in (*_DECLARED[table], _ARTICLE) if c.name == column)
    return pd.api.types.pandas_dtype(next(found))


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
    if isinstance(kind, np.dtype) and kind.kind in "biuf":
        # What pd.array makes of a list for these (NumPy's array, wrapped), at a tenth of its cost.
        return np.asarray(values, dtype=kind)
    return pd.array(values, dtype=kind)


def conformed(table: str, frame: pd.DataFrame, *, corpus: bool = False) -> pd.DataFrame:
    """``frame`` (a table made by pandas, which guesses each column's type from its values, and
    gives ``object`` to a table without rows) as the declared table: its columns in order, each
    of its declared dtype; a ``corpus`` table has ``article`` (str) before them."""
    columns = [_ARTICLE.name, *names(table)] if corpus else names(table)
    if list(frame.columns) != columns:
        frame = frame[columns]
    # Only the columns pandas typed otherwise: astype costs even where the type is the same.
    # The dtypes read at once: a Series per column costs more than a short article's rows.
    found = zip(columns, frame.dtypes.tolist())
    other = {c: dtype(table, c) for c, kind in found if kind != dtype(table, c)}
    return frame.astype(other) if other else frame
