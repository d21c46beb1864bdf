"""How long `make workbook` takes on the seed: each notebook's run, each export, the whole.

    .venv/bin/python benchmarks/workbook.py              # one in-process run, then `make workbook`
    .venv/bin/python benchmarks/workbook.py --runs 3     # best of three of each

The in-process run is the runner itself (kornews.workbook.run_workbook, both kinds of PDF) with
its timings: per notebook the wall time of its run in a fresh kernel (the kernels run two at a
time, so runs overlap), then of its HTML pass and of each PDF (with code, the report without).
Then `make workbook` as a user types it, timed from outside (set-up check and Python start
included). The load average before and after is printed: the machine is shared, and a busy
neighbour slows everything.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from kornews.workbook import run_workbook

ROOT = Path(__file__).resolve().parents[1]
# The article make workbook runs on by default (the Makefile's ARTICLE).
SEED = "seeds/000_17620ace2f9e96c7.txt"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def in_process(out_dir: Path) -> pd.DataFrame:
    """One run of the runner on the seed into ``out_dir``. Columns: notebook, step, seconds."""
    timings: list = []
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    run_workbook(notebooks, {"ARTICLE": SEED}, out_dir, timings=timings)
    return pd.DataFrame(timings, columns=["notebook", "step", "seconds"])


def make_workbook() -> float:
    """Seconds of wall time for ``make workbook`` on the seed, as a user runs it."""
    begun = time.perf_counter()
    subprocess.run(["make", "-s", "workbook"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begun


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=1, help="runs of each; the best is kept (default 1)"
    )
    args = parser.parse_args(argv)
    print(f"load average before: {load()} ({os.cpu_count()} cores)")
    tables = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as out_dir:
            tables.append(in_process(Path(out_dir)))
    best = (
        pd.concat(tables).groupby(["notebook", "step"], sort=False)["seconds"].min().reset_index()
    )
    table = best.pivot(index="notebook", columns="step", values="seconds")[
        ["run", "html", "notebook pdf", "report pdf", "total"]
    ]
    with pd.option_context("display.float_format", "{:.2f}".format):
        print(table.drop(index="all", columns="total").fillna(0).to_string())
    print(f"in-process total (kernels, HTML, both PDFs): {table.loc['all', 'total']:.1f} s")
    total = min(make_workbook() for _ in range(args.runs))
    print(f"make workbook: {total:.1f} s")
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
