"""kornews: parse, tokenize and analyse Korean news articles into tidy pandas tables."""

# The one place the version is written: pyproject.toml reads it from here.
__version__ = "0.1.0"

from . import notebook
from .article import (
    Article,
    ArticleError,
    Corpus,
    Part,
    Section,
    Unreadable,
    decode,
    normalise,
    parse_article,
    parts_table,
    read_article,
    read_corpus,
)
from .corpus import (
    corpus_articles,
    corpus_figures,
    corpus_terms,
    corpus_tokens,
    kind_totals,
    term_totals,
)
from .duplicates import duplicates
from .entities import cooccurrence, entities, entity_counts, entity_graph
from .events import lineup, voices
from .figures import comparison_extremes, comparisons, dated, figures, timeline
from .numerals import NumeralError, parse_number
from .quotes import quotes, sources, sourcing
from .report import reader_report, reader_report_pdf
from .reuse import reuse, shares
from .summary import (
    evaluate_summary,
    method_overview,
    rouge1,
    section_stats,
    sentence_scores,
    sentence_similarity,
    summarize,
    summary_document,
    summary_size,
)
from .terms import (
    collocations,
    dispersion,
    distinctive_terms,
    keyword_in_context,
    news_stopwords,
    noun_bigrams,
    section_counts,
    term_counts,
    term_matches,
    term_status,
    term_tokens,
)
from .tokens import UserDictionary, get_kiwi, sentences, tokenize, tokenize_many, tokenized
from .trends import rising_terms, trends

__all__ = [
    "Article",
    "ArticleError",
    "Corpus",
    "NumeralError",
    "Part",
    "Section",
    "Unreadable",
    "UserDictionary",
    "collocations",
    "comparison_extremes",
    "comparisons",
    "cooccurrence",
    "corpus_articles",
    "corpus_figures",
    "corpus_terms",
    "corpus_tokens",
    "dated",
    "decode",
    "dispersion",
    "entities",
    "entity_counts",
    "entity_graph",
    "distinctive_terms",
    "duplicates",
    "evaluate_summary",
    "figures",
    "get_kiwi",
    "keyword_in_context",
    "lineup",
    "kind_totals",
    "method_overview",
    "news_stopwords",
    "normalise",
    "notebook",
    "noun_bigrams",
    "parse_article",
    "parse_number",
    "quotes",
    "reader_report",
    "reader_report_pdf",
    "parts_table",
    "read_article",
    "read_corpus",
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
    "trends",
    "voices",
]
