"""What each analysis costs against the Kiwi pass it reads: CPU seconds, per article (the seed)
and over a corpus (the gold articles of tests/gold), medians of --runs interleaved runs.

    .venv/bin/python benchmarks/analyses.py [--runs 5]

The Kiwi pass is kornews.tokenize with the token cache off and a Kiwi already built (its
one-off load is printed apart). CPU time (this process, all threads), not wall time: the
machine is shared, and a busy neighbour slows wall time more than CPU time.
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
from kornews import summary  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_17620ace2f9e96c7.txt"
GOLD = sorted((ROOT / "tests" / "gold").glob("*/*.txt"))

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    print(f"Kiwi's load (once per process): {cpu(kornews.get_kiwi):.2f} s CPU")
    for label, paths in (("the seed", [SEED]), (f"{len(GOLD)} gold articles", GOLD)):
        found = measure([kornews.read_article(path) for path in paths], args.runs)
        kiwi = found["Kiwi pass (tokenize)"]
        print(f"-- {label}: CPU seconds, and against the Kiwi pass")
        for name, seconds in found.items():
            print(f"{name:22} {seconds:8.3f} s {seconds / kiwi:6.2f}x")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
