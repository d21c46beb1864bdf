"""The corpus store: indexing (serial, and on a two-worker local Dask cluster), a query against
the store, and kiwipiepy alone on the same texts.

    .venv/bin/python benchmarks/store.py                      # 10,000 and 100,000 articles
    .venv/bin/python benchmarks/store.py --articles 300 1000  # what a busy machine allows
    .venv/bin/python benchmarks/store.py --articles 100000 --steps workers  # one step alone

Articles are synthetic: a title, a dateline with an outlet and a date, and four to seven
sentences drawn (seeded, so every run writes the same folder) from the invented articles of
tests/corpora/themes. Each measure runs in a child process of its own, which reports its wall
time and its peak resident memory (its own, and its largest child's: a Dask worker). Every Kiwi
gets one thread (KORNEWS_THREADS=1, kiwipiepy's num_workers=1), so a serial figure is one core's
and the two-worker figure two cores'. The token cache is off: every article goes through Kiwi.
kiwipiepy alone tokenizes the same texts (title and body lines, with sentence splitting) and
nothing else: the ratio says what kornews's parsing, analyses and Parquet writing cost on top.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THEMES = ROOT / "tests" / "corpora" / "themes"
OUTLETS = ["한빛일보", "가람뉴스", "누리신문"]
QUERY = (
    "SELECT a.outlet, substr(a.date, 1, 7) AS month, t.term, sum(t.count)::BIGINT AS count "
    "FROM terms t JOIN articles a USING (article) WHERE t.tag = 'NNG' "
    "GROUP BY ALL ORDER BY count DESC LIMIT 100"
)


def sentences() -> list[str]:
    """The body lines of the invented themes articles (not their titles or datelines)."""
    found = []
    for path in sorted(THEMES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()[2:]
        found += [line.split(" = ", 1)[-1] for line in lines if line.strip()]
    return found


def write_articles(folder: Path, count: int) -> None:
    pool, draw = sentences(), random.Random(26)
    for n in range(count):
        month, day = 1 + n % 12, 1 + n % 28
        outlet = OUTLETS[n % len(OUTLETS)]
        body = draw.sample(pool, draw.randint(4, 7))
        text = (
            f"{body[0][:18].rstrip()} … {n}번째 기사\n입력 2023.{month:02d}.{day:02d} 09:00\n"
            f"(서울={outlet}) 김기자 기자 = " + "\n".join(body) + "\n"
        )
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")


def measure(*command: str) -> dict:
    """Run this script's ``command`` in a child process; its JSON report."""
    env = {**os.environ, "KORNEWS_CACHE": "off", "KORNEWS_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, __file__, "--child", *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def child(kind: str, folder: str, where: str) -> None:
    start = time.perf_counter()
    if kind == "kiwi":
        count = kiwi_alone(Path(folder))
    elif kind == "query":
        from kornews import store

        count = len(store.sql(where, QUERY))
    else:
        count = index(folder, where, workers=2 if kind == "index2" else None)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "count": count, "peak_mb": own, "worker_mb": workers}))


def kiwi_alone(folder: Path) -> int:
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=1)
    lines = [
        line
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return sum(len(tokens) for tokens in kiwi.tokenize(lines, split_sents=True))


def index(folder: str, where: str, *, workers: int | None) -> int:
    from kornews import store
    from kornews.spread import cluster

    with cluster(workers=workers) as client:  # None: serially, here
        return store.index(folder, where, client=client, progress=False).tokenized


STEPS = ("kiwi", "serial", "query", "workers")


def report(count: int, *, steps: tuple[str, ...] = STEPS) -> None:
    """Each measure printed as it is done: a run cut short still says what it measured. Every
    ratio is to kiwipiepy alone, so it always runs; a query reads the serial index's store, so
    asking for it indexes serially too."""
    with tempfile.TemporaryDirectory(prefix="kornews-store-bench-") as temporary:
        folder = Path(temporary) / "articles"
        folder.mkdir()
        write_articles(folder, count)
        say(f"{count:,} articles (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        kiwi = measure("kiwi", str(folder), "")
        say(f"  kiwipiepy alone, 1 thread: {count / kiwi['seconds']:8.1f} articles/s")
        if "serial" in steps or "query" in steps:
            serial = measure("index", str(folder), str(Path(temporary) / "serial"))
            say(_index_line("index, serial, 1 thread", count, serial, kiwi))
            hours = 1_000_000 / (count / serial["seconds"]) / 3600
            say(f"  a million such articles: about {hours:.0f} core-hours of indexing")
        if "query" in steps:
            query = measure("query", "", str(Path(temporary) / "serial"))
            say(
                f"  query (terms by outlet and month): {query['seconds']:.2f} s, "
                f"peak {query['peak_mb']:.0f} MB"
            )
        if "workers" in steps:
            spread = measure("index2", str(folder), str(Path(temporary) / "spread"))
            say(_index_line("index, 2 workers", count, spread, kiwi))
    say(f"  (load average {os.getloadavg()[0]:.1f} at the end)")


def _index_line(label: str, count: int, run: dict, kiwi: dict) -> str:
    return (
        f"  {label}: {count / run['seconds']:8.1f} articles/s, peak {run['peak_mb']:.0f} MB "
        f"(largest worker {run['worker_mb']:.0f} MB); "
        f"{run['seconds'] / kiwi['seconds']:.1f}x kiwipiepy alone"
    )


def say(line: str) -> None:
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--steps",
        nargs="+",
        choices=STEPS,
        default=list(STEPS),
        help="what to measure (kiwipiepy alone always runs: every ratio is to it)",
    )
    parser.add_argument(
        "--child", nargs=3, metavar=("KIND", "FOLDER", "STORE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    for count in args.articles:
        report(count, steps=tuple(args.steps))


if __name__ == "__main__":
    main()
