"""kornews: parse, tokenize and analyse Korean news articles into tidy pandas tables.

``import kornews`` loads nothing heavy: each name (reading and parsing, tokenizing, the analyses,
the corpus machinery, the notebook helpers, with what they import: pandas, Kiwi, dates, tqdm,
matplotlib, nbconvert) loads its module when first used. So ``python -m kornews`` reaches the
command's own handling of Ctrl-C (exit 130, no traceback) before the libraries load.
"""

# The one place the version is written: pyproject.toml reads it from here.
__version__ = "0.1.0"

import importlib
import sys
import types

# Each name that loads on first use, and its module (a module's own name loads the module).
_LATER = {
    "article": [
        "Article",
        "ArticleError",
        "Corpus",
        "Part",
        "Section",
        "Unreadable",
        "decode",
        "normalise",
        "parse_article",
        "parts_table",
        "read_article",
        "read_corpus",
    ],
    "numerals": ["NumeralError", "parse_number"],
    "tokens": ["UserDictionary", "get_kiwi", "sentences", "tokenize", "tokenize_many", "tokenized"],
    "corpus": [
        "corpus_articles",
        "corpus_figures",
        "corpus_terms",
        "corpus_tokens",
        "kind_totals",
        "term_totals",
    ],
    "corpus_network": ["corpus_network", "network_graph", "write_graph"],
    "duplicates": ["duplicates"],
    "entities": ["cooccurrence", "entities", "entity_counts", "entity_graph"],
    "events": ["lineup", "voices"],
    "figures": ["comparison_extremes", "comparisons", "dated", "figures", "timeline"],
    "quotes": ["quotes", "sources", "sourcing"],
    "related": ["related_terms"],
    "report": ["reader_report", "reader_report_pdf"],
    "reuse": ["reuse", "shares"],
    "summary": [
        "evaluate_summary",
        "method_overview",
        "rouge1",
        "section_stats",
        "sentence_scores",
        "sentence_similarity",
        "summarize",
        "summary_document",
        "summary_size",
    ],
    "terms": [
        "collocations",
        "corpus_stopwords",
        "dispersion",
        "distinctive_terms",
        "keyword_in_context",
        "news_stopwords",
        "noun_bigrams",
        "read_stoplist",
        "section_counts",
        "term_counts",
        "term_matches",
        "term_status",
        "term_tokens",
    ],
    "topics": ["choose_k", "topic_documents", "topic_model"],
    "trends": ["rising_terms", "trends"],
}
_MODULE_OF = {name: module for module, names in _LATER.items() for name in names}


class _Package(types.ModuleType):
    def __getattr__(self, name):
        module = _MODULE_OF.get(name, name)
        try:
            loaded = importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{module}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(loaded, name) if name in _MODULE_OF else loaded
        setattr(self, name, value)
        return value

    def __setattr__(self, name, value):
        # Importing kornews.figures (as kornews.plots does) would set kornews.figures to the
        # module; the name stays the function, as it was when everything loaded at once.
        if isinstance(value, types.ModuleType) and _MODULE_OF.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)

    def __dir__(self):
        return sorted({*super().__dir__(), *_MODULE_OF})


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Article",
    "ArticleError",
    "Corpus",
    "NumeralError",
    "Part",
    "Section",
    "Unreadable",
    "UserDictionary",
    "choose_k",
    "collocations",
    "comparison_extremes",
    "comparisons",
    "cooccurrence",
    "corpus_articles",
    "corpus_figures",
    "corpus_network",
    "corpus_stopwords",
    "corpus_terms",
    "corpus_tokens",
    "dated",
    "decode",
    "dispersion",
    "distinctive_terms",
    "duplicates",
    "entities",
    "entity_counts",
    "entity_graph",
    "evaluate_summary",
    "figures",
    "get_kiwi",
    "keyword_in_context",
    "kind_totals",
    "lineup",
    "method_overview",
    "network_graph",
    "news_stopwords",
    "normalise",
    "notebook",
    "noun_bigrams",
    "parse_article",
    "parse_number",
    "parts_table",
    "quotes",
    "read_article",
    "read_corpus",
    "read_stoplist",
    "reader_report",
    "reader_report_pdf",
    "related_terms",
    "reuse",
    "rising_terms",
    "rouge1",
    "section_counts",
    "section_stats",
    "sentence_scores",
    "sentence_similarity",
    "sentences",
    "shares",
    "sources",
    "sourcing",
    "summarize",
    "summary_document",
    "summary_size",
    "term_counts",
    "term_matches",
    "term_status",
    "term_tokens",
    "term_totals",
    "timeline",
    "tokenize",
    "tokenize_many",
    "tokenized",
    "topic_documents",
    "topic_model",
    "trends",
    "voices",
    "write_graph",
]
