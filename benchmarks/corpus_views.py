"""How long the corpus views take, and how much memory, on generated corpora of 1,000 and 10,000 articles.

    .venv/bin/python benchmarks/corpus_views.py                  # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/corpus_views.py --sizes 500 2000

The articles are the invented themes corpus's templates (tests/themes.py) drawn again and again
with a fixed seed: four themes, three outlets, six months, each article a title and five or six
sentences. Each step is timed on its own over the same tokenized pairs (Kiwi once, first); the
memory is the process's peak resident size after the step (a high-water mark: it only grows),
which counts tomotopy's C++ memory too. The load average is printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

import pandas as pd

import kornews
from kornews.topics import topic_documents, topic_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from themes import GUEST, MONTHS, OUTLETS, REPORTERS, THEMES  # noqa: E402


def generated(n: int) -> list[kornews.Article]:
    """``n`` articles from the themes templates, the same for the same ``n``."""
    chosen = random.Random(n)
    articles = []
    for number in range(n):
        theme, month, outlet = (
            chosen.choice(list(THEMES)),
            chosen.choice(MONTHS),
            chosen.choice(OUTLETS),
        )
        title, planted, people, others = THEMES[theme]
        body = [planted, *chosen.sample(others, 2), people, chosen.choice(others)]
        body += [GUEST] if theme == "election" and outlet == OUTLETS[-1] else []
        text = (
            f"{title}\n입력 {month.replace('-', '.')}.{1 + number % 27:02d} 09:00\n"
            f"(가람={outlet}) {REPORTERS[outlet]} 기자 = " + "\n".join(body) + "\n"
        )
        articles.append(kornews.parse_article(text, name=f"{number:05d}-{theme}"))
    return articles


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(n: int) -> list[tuple]:
    """Rows ``articles, step, seconds, peak_mib`` for a corpus of ``n`` articles."""
    rows = []

    def timed(step, work):
        start = time.perf_counter()
        result = work()
        rows.append((n, step, round(time.perf_counter() - start, 2), round(peak_mib())))
        print(*rows[-1], sep="\t", flush=True)  # as it goes: a 10,000-article run is long
        return result

    articles = timed("generate and parse", lambda: generated(n))
    documents = timed("tokenize (Kiwi)", lambda: list(kornews.tokenized(articles)))
    timed("related terms of 반도체", lambda: kornews.related_terms(documents, term="반도체"))
    timed("related pairs of the corpus", lambda: kornews.related_terms(documents))
    timed("corpus network", lambda: kornews.corpus_network(documents))
    read = timed("topic documents", lambda: topic_documents(documents))
    timed("topics (DMR, k=4, 500 iterations)", lambda: topic_model(read, k=4))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print("load average before:", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    kornews.get_kiwi()  # the model's loading is no step of the views
    print("articles\tstep\tseconds\tpeak_mib")
    rows = [row for n in args.sizes for row in measure(n)]
    table = pd.DataFrame(rows, columns=["articles", "step", "seconds", "peak_mib"])
    print(table.to_string(index=False))
    print("load average after:", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
