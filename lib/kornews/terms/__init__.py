"""Terms of an article: counts, per-section counts, distinctive terms, collocations,
keyword-in-context lines and dispersion, all from the token table of :func:`kornews.tokenize`.

A *term* is a noun as written: morphemes tagged NNG (common noun), NNP (proper noun) or SL
(foreign word), with Hangul nouns written together in one word (and a prefix before them, a
suffix of ``data/term_suffixes.tsv`` after them) joined into one term, 목동+구장 -> 목동구장,
대학+생 -> 대학생, and a surname alone before a title (김 의원) no term (see :func:`term_tokens`); the user dictionary's
words (제로페이, 국민의힘, ...) come out of the tokenizer whole and tagged NNP or NNG. Terms are counted by form, not by (form, tag):
Kiwi tags the same word NNG in one sentence and NNP in the next. The token table holds the
title, headings and body only, so nothing in the dateline or footer is ever counted.

Stopwords: :data:`NEWS_STOPWORDS` (bound nouns and units such as 등, 것, 수, 년, 월, 일,
포인트; function nouns and relative dates such as 경우, 이후, 올해) are always dropped; ``stopwords=`` adds more, e.g. :func:`news_stopwords` for the outlet's and
reporter's names. :func:`corpus_stopwords` (``data/corpus_stopwords.tsv``: 이번, 진행 ...) are
left out of a folder's rankings only (:func:`kornews.term_totals`, :func:`kornews.trends`,
:func:`kornews.related_terms`, :func:`kornews.topic_documents`), never of one article's counts;
:func:`stoplisted` is the one place they are chosen (``stoplist=False`` none, or words of one's own).
"""

from .collocations import _g2 as _g2
from .collocations import collocations, noun_bigrams
from .context import KWIC_WINDOW, dispersion, keyword_in_context, term_matches, term_status
from .counts import distinctive_terms, section_counts, term_counts
from .stoplist import corpus_stopwords, read_stoplist, stoplisted
from .tokens import _HANGUL as _HANGUL
from .tokens import _PREFIX_TAG as _PREFIX_TAG
from .tokens import NEWS_STOPWORDS, TERM_TAGS, news_stopwords, term_tokens

__all__ = [
    "KWIC_WINDOW",
    "NEWS_STOPWORDS",
    "TERM_TAGS",
    "collocations",
    "corpus_stopwords",
    "dispersion",
    "distinctive_terms",
    "keyword_in_context",
    "news_stopwords",
    "noun_bigrams",
    "read_stoplist",
    "section_counts",
    "stoplisted",
    "term_counts",
    "term_matches",
    "term_status",
    "term_tokens",
]
