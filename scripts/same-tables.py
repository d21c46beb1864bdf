"""Every analysis's table over every fixture, gold and seed article, kept, or compared with the
kept ones: what a speed change must leave identical (values, dtypes, index, column order).

    PYTHONPATH=/path/to/old/lib python scripts/same-tables.py write /tmp/tables.pkl
    PYTHONPATH=/path/to/new/lib python scripts/same-tables.py check /tmp/tables.pkl [--only figures,quotes]

The pickle is made and read by this script alone, on one's own machine (it is never shipped).
An analysis that fails on an article is kept as its error's name and message, compared too.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from pathlib import Path

os.environ["KORNEWS_CACHE"] = "off"  # the tables are made, never read back

import pandas as pd  # noqa: E402

import kornews  # noqa: E402
from kornews import corpus, summary  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = (
    "tests/articles/*",
    "tests/gold/*/*.txt",
    "tests/corpora/themes/*.txt",
    "tests/layouts/*.txt",
    "tests/layouts/*.html",
    "seeds/*.txt",
    "seeds/copies/**/*.txt",
)
ANALYSES = {
    "tokens": lambda tokens, article: tokens,
    "sentences": kornews.sentences,
    "term_tokens": lambda tokens, article: kornews.term_tokens(tokens),
    "term_counts": lambda tokens, article: kornews.term_counts(
        tokens, stopwords=kornews.news_stopwords(article)
    ),
    "section_counts": lambda tokens, article: kornews.section_counts(tokens),
    "distinctive_terms": lambda tokens, article: kornews.distinctive_terms(tokens, top=8),
    "collocations": lambda tokens, article: kornews.collocations(tokens, min_count=2),
    "noun_bigrams": lambda tokens, article: kornews.noun_bigrams(tokens),
    "figures": kornews.figures,
    "timeline": kornews.timeline,
    "entities": kornews.entities,
    "entity_counts": lambda tokens, article: kornews.entity_counts(
        kornews.entities(tokens, article)
    ),
    "quotes": kornews.quotes,
    "section_stats": summary.section_stats,
    "sentence_scores": summary.sentence_scores,
    # The rest of notebook 03's tables (the document as text: a list compares by its JSON).
    "summarize": summary.summarize,
    "sentence_similarity": summary.sentence_similarity,
    "evaluate_summary": summary.evaluate_summary,
    "method_overview": lambda tokens, article: summary.method_overview(
        summary.evaluate_summary(tokens, article)
    ),
    "chosen_lengths": lambda tokens, article: summary.chosen_lengths(
        summary.sentence_scores(tokens, article)
    ),
    "key_terms": summary.key_terms,
    "content_terms": lambda tokens, article: summary.content_terms(tokens),
    "summary_document": lambda tokens, article: json.dumps(
        summary.summary_document(tokens, article), ensure_ascii=False
    ),
}
CORPUS = {
    "tokenize_many": lambda articles: kornews.tokenize_many(articles),
    "corpus_terms": lambda articles: corpus.corpus_terms(kornews.tokenized(articles)),
    "corpus_figures": lambda articles: corpus.corpus_figures(kornews.tokenized(articles)),
    "corpus_quotes": lambda articles: corpus.corpus_quotes(kornews.tokenized(articles)),
    "corpus_entities": lambda articles: corpus.corpus_entities(kornews.tokenized(articles)),
}


def _made(make, *args):
    try:
        return make(*args)
    except Exception as error:  # kept and compared: a failure must stay the same failure
        return f"{type(error).__name__}: {str(error)[:200]}"


def tables(only: set[str]) -> dict[tuple[str, str], object]:
    paths = sorted({p for pattern in PATTERNS for p in ROOT.glob(pattern) if p.is_file()})
    found, articles = {}, []
    for path in paths:
        name = str(path.relative_to(ROOT))
        article = _made(kornews.read_article, path)
        if isinstance(article, str):
            found[name, "read"] = article
            continue
        articles.append(article)
        tokens = kornews.tokenize(article)
        for analysis, run in ANALYSES.items():
            if not only or analysis in only:
                found[name, analysis] = _made(run, tokens, article)
    for analysis, run in CORPUS.items():
        if not only or analysis in only:
            found["corpus", analysis] = _made(lambda run=run: pd.concat(list(run(articles))))
    return found


def differences(kept: dict, found: dict) -> list[str]:
    """What differs between the kept tables and those found now, one line each."""
    lines = [f"{key}: only in one of the two" for key in kept.keys() ^ found.keys()]
    for key in kept.keys() & found.keys():
        before, now = kept[key], found[key]
        try:
            if isinstance(before, pd.DataFrame) and isinstance(now, pd.DataFrame):
                pd.testing.assert_frame_equal(before, now, check_exact=True)
            elif not (isinstance(before, str) and before == now):
                raise AssertionError(f"{str(before)[:100]!r} became {str(now)[:100]!r}")
        except AssertionError as error:
            lines.append(f"{key}: {str(error)[:300]}")
    return sorted(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("pickle", type=Path)
    parser.add_argument("--only", default="", help="comma-separated analyses (default: all)")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    found = tables(only)
    if args.mode == "write":
        args.pickle.write_bytes(pickle.dumps(found))
        print(f"{len(found)} tables kept, made by {kornews.__file__}")
        return 0
    kept = pickle.loads(args.pickle.read_bytes())
    if only:
        kept = {key: value for key, value in kept.items() if key[1] in only | {"read"}}
    lines = differences(kept, found)
    print("\n".join(lines) or f"{len(kept)} tables identical, made by {kornews.__file__}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
