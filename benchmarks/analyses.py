"""What each analysis costs against the Kiwi pass it reads: CPU seconds, per article (the seed)
and over a corpus (the gold articles of tests/gold), medians of --runs interleaved runs.

    .venv/bin/python benchmarks/analyses.py [--runs 5]
    .venv/bin/python benchmarks/analyses.py --corpus 1000 [--runs 3]   # only: the corpus verbs

The Kiwi pass is kornews.tokenize with the token cache off and a Kiwi already built (its
one-off load is printed apart). CPU time (this process, all threads), not wall time: the
machine is shared, and a busy neighbour slows wall time more than CPU time. "five together" is
what the single-article verbs terms, figures, entities, quotes and summary cost run one after
the other as the notebooks run them: quotes reads the entity table, the summary's section_stats
the figures table, instead of making them again.

With --corpus N, each of the corpus verbs terms, figures, quotes and entities (kornews.tokenized,
then corpus_terms, corpus_figures, corpus_quotes or corpus_entities) runs over N articles drawn
from the invented themes corpus (tests/corpora/themes, cycled), against kiwipiepy alone doing the
Kiwi call kornews makes on the same pieces.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

# The Kiwi pass is measured: token tables are never read back from the cache here.
os.environ["KORNEWS_CACHE"] = "off"

import kornews  # noqa: E402
from kornews import corpus, summary  # noqa: E402
from kornews.tokens import UserDictionary, _pieces  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_17620ace2f9e96c7.txt"
GOLD = sorted((ROOT / "tests" / "gold").glob("*/*.txt"))
THEMES = sorted((ROOT / "tests" / "corpora" / "themes").glob("*.txt"))

# Each analysis as a notebook calls it, on one article's tokens.
ANALYSES = {
    "term_tokens": lambda tokens, article: kornews.term_tokens(tokens),
    "term_counts": lambda tokens, article: kornews.term_counts(tokens),
    "distinctive_terms": lambda tokens, article: kornews.distinctive_terms(tokens, top=8),
    "collocations": lambda tokens, article: kornews.collocations(tokens, min_count=2),
    "figures": lambda tokens, article: kornews.figures(tokens, article),
    "timeline": lambda tokens, article: kornews.timeline(tokens, article),
    "quotes": lambda tokens, article: kornews.quotes(tokens, article),
    "entities": lambda tokens, article: kornews.entities(tokens, article),
    "section_stats": lambda tokens, article: summary.section_stats(tokens, article),
    "sentence_scores": lambda tokens, article: summary.sentence_scores(tokens, article),
}


def five_together(tokens, article) -> None:
    """The single-article verbs terms, figures, entities, quotes and summary, each table made once."""
    kornews.term_counts(tokens, stopwords=kornews.news_stopwords(article))
    found = kornews.figures(tokens, article)
    named = kornews.entities(tokens, article)
    kornews.quotes(tokens, article, entities=named)
    summary.summarize(tokens, article)
    summary.section_stats(tokens, article, figures=found)


ANALYSES["five together"] = five_together

# Each corpus verb as the command line runs it, from the articles to its tables.
VERBS = {
    "terms": corpus.corpus_terms,
    "figures": corpus.corpus_figures,
    "quotes": corpus.corpus_quotes,
    "entities": corpus.corpus_entities,
}


def cpu(run) -> float:
    begun = time.process_time()
    run()
    return time.process_time() - begun


def measure(articles: list, runs: int) -> dict[str, float]:
    """Median CPU seconds of the Kiwi pass and of each analysis over ``articles``."""
    tables = [kornews.tokenize(article) for article in articles]
    steps = {"Kiwi pass (tokenize)": lambda: [kornews.tokenize(a) for a in articles]}
    for name, analysis in ANALYSES.items():
        steps[name] = lambda analysis=analysis: [
            analysis(tokens, article) for tokens, article in zip(tables, articles)
        ]
    times = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            times[name].append(cpu(step))
    return {name: statistics.median(found) for name, found in times.items()}


def corpus_verbs(count: int, runs: int) -> None:
    """Each corpus verb over ``count`` articles against kiwipiepy alone on the same pieces."""
    articles = [kornews.read_article(THEMES[at % len(THEMES)]) for at in range(count)]
    texts = [piece.text for article in articles for piece in _pieces(article)]
    spans, kiwi = UserDictionary.load().spans, kornews.get_kiwi()

    def alone():
        found = kiwi.tokenize(texts, split_sents=True, pretokenized=spans)
        return [(t.form, t.tag, t.lemma) for piece in found for s in piece for t in s]

    steps = {"kiwipiepy alone": alone}
    for name, verb in VERBS.items():
        steps[name] = lambda verb=verb: list(verb(kornews.tokenized(articles)))
    for step in steps.values():  # Kiwi's model and the tables load on first use: not timed
        step()
    times = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            times[name].append(cpu(step))
    found = {name: statistics.median(t) for name, t in times.items()}
    print(
        f"-- {count} articles (themes corpus, {len(texts)} pieces): CPU seconds, against kiwipiepy alone"
    )
    for name, seconds in found.items():
        print(f"{name:22} {seconds:8.3f} s {seconds / found['kiwipiepy alone']:6.2f}x", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument(
        "--corpus", type=int, metavar="N", help="only time the corpus verbs over N articles"
    )
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    print(f"Kiwi's load (once per process): {cpu(kornews.get_kiwi):.2f} s CPU")
    if args.corpus:
        corpus_verbs(args.corpus, args.runs)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        return 0
    for label, paths in (("the seed", [SEED]), (f"{len(GOLD)} gold articles", GOLD)):
        found = measure([kornews.read_article(path) for path in paths], args.runs)
        kiwi = found["Kiwi pass (tokenize)"]
        print(f"-- {label}: CPU seconds, and against the Kiwi pass")
        for name, seconds in found.items():
            print(f"{name:22} {seconds:8.3f} s {seconds / kiwi:6.2f}x", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
