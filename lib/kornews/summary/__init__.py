"""Extractive section summaries: each section's most central sentences, in its own words.

Candidates are the body sentences of a section (``part == "paragraph"``); the title and
the ``◆`` headings are never candidates and never enter the ranking, so they stay an
independent reference for :func:`evaluate_summary`.

Method (continuous LexRank, Erkan & Radev 2004): each sentence is a vector of its content
morphemes (nouns, foreign words, Hanja, roots, verb and adjective stems by lemma), weighted
tf-idf with the idf taken over the article's body sentences, so words every section repeats
(the article's protagonist) weigh less than what sets a sentence apart. Similarity is the
cosine: symmetric (an undirected graph, as PageRank over sentences assumes), free of
parameters, and normalised for sentence length, unlike BM25, which is a query-to-document
score with two length parameters to choose. Inside each section, sentences are ranked by
PageRank on that similarity graph with the usual damping 0.85, solved exactly as a linear
system (no iteration count or tolerance to pick); ties go to the earlier sentence.

Memory stays bounded on huge sections: the tf-idf vectors are kept sparse, a section of up to
:data:`MAX_EXACT` sentences is ranked on its full similarity matrix, and a longer one by power
iteration on the factored matrix (similarities computed from the vectors at each step, never
stored: memory grows with the section's words, not with its sentences squared), to a tolerance
far below the rounding that decides ties. :func:`sentence_similarity`, a table of every pair,
covers the first :data:`MAX_SIMILARITY_SENTENCES` sentences.

A broadcast script's sentence broken over short lines (each line a piece of it) is one
candidate, not a line each (:mod:`.lines`); an ordinary article's sentences are Kiwi's.

The package: :mod:`.lines` (sentences broken over lines), :mod:`.content` (the content
morphemes), :mod:`.similarity` (tf-idf vectors and the cosine), :mod:`.pagerank`,
:mod:`.ranking` (scores and the summary), :mod:`.stats` (each section's counts),
:mod:`.evaluation` (ROUGE-1 against the headings, lead-k), :mod:`.document` (the CLI's JSON).
"""

from .content import CONTENT_TAGS, FUNCTION_VERBS, STOPWORDS, content_terms
from .document import key_terms, summary_document
from .evaluation import (
    EVALUATION_COLUMNS,
    chosen_lengths,
    evaluate_summary,
    method_overview,
    rouge1,
)
from .pagerank import DAMPING
from .ranking import (
    MAX_EXACT,
    MAX_SENTENCES,
    SCORE_COLUMNS,
    SENTENCES_PER_PICK,
    SUMMARY_COLUMNS,
    sentence_scores,
    summarize,
    summary_size,
)
from .similarity import MAX_SIMILARITY_SENTENCES, SIMILARITY_COLUMNS, sentence_similarity
from .stats import STATS_COLUMNS, section_stats

__all__ = [
    "CONTENT_TAGS",
    "DAMPING",
    "EVALUATION_COLUMNS",
    "FUNCTION_VERBS",
    "MAX_EXACT",
    "MAX_SENTENCES",
    "MAX_SIMILARITY_SENTENCES",
    "SCORE_COLUMNS",
    "SENTENCES_PER_PICK",
    "SIMILARITY_COLUMNS",
    "STATS_COLUMNS",
    "STOPWORDS",
    "SUMMARY_COLUMNS",
    "chosen_lengths",
    "content_terms",
    "evaluate_summary",
    "key_terms",
    "method_overview",
    "rouge1",
    "section_stats",
    "sentence_scores",
    "sentence_similarity",
    "summarize",
    "summary_document",
    "summary_size",
]
