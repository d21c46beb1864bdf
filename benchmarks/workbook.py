"""How long `make workbook` takes on the seed: each notebook's run, each export, the whole.

    .venv/bin/python benchmarks/workbook.py              # one in-process run, then `make workbook`
    .venv/bin/python benchmarks/workbook.py --runs 3     # best of three of each
    .venv/bin/python benchmarks/workbook.py --first 5    # the first five notebooks only (in-process)
    .venv/bin/python benchmarks/workbook.py --run-all    # Run All of each notebook, kernel started

The in-process run is the runner itself (kornews.workbook.run_workbook, both kinds of PDF) with
its timings: per notebook the wall time of its run (one kernel a core, each running notebook
after notebook in a fresh namespace, so runs overlap), then of its HTML pass and of each PDF
(with code, the report without), made in as many processes while the kernels run.
Each runs twice over a token cache of its own (``KORNEWS_CACHE``): cold (every notebook that
tokenizes finds nothing kept; each kernel builds a Kiwi once) and warm (every token table is
read back; no kernel builds a Kiwi). The CPU time of the runner and of its kernels and renderers
is printed beside the wall time. Then `make workbook` as a user types it (every notebook),
timed from outside (set-up check and Python start included), cold and warm too. The load
average before and after is printed: the machine is shared, and a busy neighbour slows
everything.

``--run-all`` times what a reader waits for in JupyterLab: Run All of each notebook on the seed in
a kernel already started with kornews imported, twice in that kernel (the first fills the token
cache, the second reads it back), as wall time and as the kernel's own CPU time (less noisy on a
busy machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
from jupyter_client.manager import start_new_kernel

from kornews.workbook import KERNEL, QUIET_KERNEL, run_workbook

ROOT = Path(__file__).resolve().parents[1]
# The article make workbook runs on by default (the Makefile's ARTICLE).
SEED = "seeds/000_17620ace2f9e96c7.txt"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def in_process(out_dir: Path, *, first: int | None = None) -> pd.DataFrame:
    """One run of the runner on the seed (the ``first`` notebooks, or all) into ``out_dir``.
    Columns: notebook, step, seconds; the step ``cpu`` of ``all`` is the CPU time of the runner,
    its kernels and its renderers."""
    timings: list = []
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))[:first]
    cpu = _cpu()
    run_workbook(notebooks, {"ARTICLE": SEED}, out_dir, timings=timings)
    for thread in threading.enumerate():  # a kernel's CPU is counted once it is stopped
        if thread.name.startswith("kornews-kernel"):
            thread.join()
    timings.append(("all", "cpu", _cpu() - cpu))
    return pd.DataFrame(timings, columns=["notebook", "step", "seconds"])


def _cpu() -> float:
    """CPU seconds of this process and of the children it has waited for (kernels, renderers)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _in_process_once(first: int | None) -> pd.DataFrame:
    with tempfile.TemporaryDirectory() as out_dir:
        return in_process(Path(out_dir), first=first)


def make_workbook() -> float:
    """Seconds of wall time for ``make workbook`` on the seed, as a user runs it."""
    begun = time.perf_counter()
    subprocess.run(["make", "-s", "workbook"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begun


# Sent to the kernel around a notebook's cells: its clocks before, and what they moved by after.
CLOCKS = "import time as _time\n_clocks = _time.perf_counter(), _time.process_time()"
MOVED = "print(_time.perf_counter() - _clocks[0], _time.process_time() - _clocks[1])"


def run_all(notebook: Path) -> list[tuple[float, float]]:
    """Run All of ``notebook`` twice in one kernel with kornews imported (the first fills the
    token cache): ``(wall, kernel CPU)`` seconds of each."""
    import nbformat  # here, not above: the runner, imported first, keeps jsonschema lean

    km, kc = start_new_kernel(
        kernel_name=KERNEL, cwd=str(notebook.parent), extra_arguments=QUIET_KERNEL
    )
    cells = [c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code"]
    printed: list[str] = []

    def send(code: str) -> None:
        reply = kc.execute_interactive(code, output_hook=keep, timeout=600)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"{notebook.name}: {reply['content'].get('evalue')}")

    def keep(message) -> None:
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])

    try:
        send("import kornews, kornews.notebook")
        times = []
        for _ in range(2):
            send(CLOCKS)
            for code in cells:
                send(code)
            printed.clear()
            send(MOVED)
            wall, cpu = map(float, printed[-1].split())
            times.append((wall, cpu))
        return times
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def run_all_table() -> pd.DataFrame:
    """:func:`run_all` of every notebook over a token cache of its own. Columns: notebook,
    first wall, first cpu, cached wall, cached cpu (seconds)."""
    rows = []
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        with tempfile.TemporaryDirectory() as cache:
            os.environ["KORNEWS_CACHE"] = cache
            (first, cached) = run_all(notebook)
        rows.append((notebook.stem, *first, *cached))
    columns = ["notebook", "first wall", "first cpu", "cached wall", "cached cpu"]
    return pd.DataFrame(rows, columns=columns)


def cold_and_warm(run) -> dict[str, list]:
    """``run()`` with an empty token cache, then again with what that run kept."""
    found = {"cold": [], "warm": []}
    with tempfile.TemporaryDirectory() as cache:
        os.environ["KORNEWS_CACHE"] = cache
        for state in found:
            found[state].append(run())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=1, help="runs of each; the best is kept (default 1)"
    )
    parser.add_argument(
        "--run-all",
        action="store_true",
        help="Run All of each notebook in a started kernel instead of the workbook",
    )
    parser.add_argument(
        "--first", type=int, help="the in-process run of the first N notebooks only (default: all)"
    )
    args = parser.parse_args(argv)
    print(f"load average before: {load()} ({os.cpu_count()} cores)")
    if args.run_all:
        with pd.option_context("display.float_format", "{:.2f}".format):
            print(run_all_table().to_string(index=False))
        print(f"load average after: {load()}")
        return 0
    runs = [cold_and_warm(lambda: _in_process_once(args.first)) for _ in range(args.runs)]
    for state in ("cold", "warm"):
        tables = [r[state][0] for r in runs]
        best = (
            pd.concat(tables)
            .groupby(["notebook", "step"], sort=False)["seconds"]
            .min()
            .reset_index()
        )
        table = best.pivot(index="notebook", columns="step", values="seconds")[
            ["run", "html", "notebook pdf", "report pdf", "total", "cpu"]
        ]
        print(f"-- {state} token cache")
        with pd.option_context("display.float_format", "{:.2f}".format):
            print(table.drop(index="all", columns=["total", "cpu"]).fillna(0).to_string())
        print(
            f"in-process total (kernels, HTML, both PDFs): {table.loc['all', 'total']:.1f} s, "
            f"{table.loc['all', 'cpu']:.1f} s of CPU"
        )
    made = [cold_and_warm(make_workbook) for _ in range(args.runs)]
    for state in ("cold", "warm"):
        print(f"make workbook, {state} token cache: {min(m[state][0] for m in made):.1f} s")
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
