"""How long `make workbook` takes on the seed, and where its time goes: each process's CPU and
a timeline of the run.

    .venv/bin/python benchmarks/workbook.py              # one run of the runner, then `make workbook`
    .venv/bin/python benchmarks/workbook.py --runs 3     # three of each
    .venv/bin/python benchmarks/workbook.py --first 5    # the runner on the first five notebooks only
    .venv/bin/python benchmarks/workbook.py --run-all    # Run All of each notebook, kernel started

The runner (kornews.workbook.run_workbook, both kinds of PDF) runs in a process of its own, as
`make workbook` runs it (its imports paid each time), twice over a token cache of its own
(``KORNEWS_CACHE``): cold (every notebook that tokenizes finds nothing kept) and warm (every
token table is read back). While it runs, the CPU time of it and of each process under it (its
kernels and its renderers) is read from /proc every tenth of a second: each process's CPU
is the last reading (a process idle at its end loses nothing), and the readings make a timeline
of each process's use of the cores beside the runner's steps (each kernel's start, each
notebook's run, HTML pass and PDF, from :class:`kornews.workbook.Step`). Two cores give twice
the wall time in core-seconds: what the run's processes did not use of them is waiting (or the
other engineers' jobs on a shared machine: the load average before and after is printed). Then
`make workbook` as a user types it (every notebook), timed from outside, cold and warm too.

``--run-all`` times what a reader waits for in JupyterLab: Run All of each notebook on the seed in
a kernel already started with kornews imported, twice in that kernel (the first fills the token
cache, the second reads it back), as wall time and as the kernel's own CPU time (less noisy on a
busy machine).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
# The article make workbook runs on by default (the Makefile's ARTICLE).
SEED = "seeds/000_17620ace2f9e96c7.txt"
TICKS = os.sysconf("SC_CLK_TCK")  # /proc's unit of CPU time
SAMPLE = 0.1  # seconds between readings of /proc
SLOT = 0.5  # seconds a mark of the timeline stands for
MARKS = " .:-=#"  # a process's use of a core in a slot: none, ..., all of it


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def runner(out_dir: str, first: int | None) -> None:
    """In the runner's process: the runner on the seed (the ``first`` notebooks, or all) into
    ``out_dir``; prints its steps as JSON, its imports first."""
    begun = time.monotonic()
    from kornews.workbook import Step, run_workbook

    steps = [Step("runner", "imports", begun, time.monotonic(), os.getpid())]
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))[:first]
    run_workbook(notebooks, {"ARTICLE": SEED}, Path(out_dir), timings=steps)
    print(json.dumps([step._asdict() for step in steps]))


class Process(NamedTuple):
    """A process of the run as /proc showed it: its command and its readings of CPU seconds by
    time."""

    pid: int
    command: str
    readings: list[tuple[float, float]]

    @property
    def cpu(self) -> float:
        return self.readings[-1][1]


class Run(NamedTuple):
    """One run of the runner: its wall time (from its start to its end), its steps (dicts of
    :class:`kornews.workbook.Step`) and its processes by pid."""

    begun: float
    wall: float
    steps: list[dict]
    processes: dict[int, Process]


def _cpu_of(pid: int) -> float | None:
    """CPU seconds (user and system) of a process so far; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime and stime


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as command:
            return command.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


def _children(pid: int) -> list[int]:
    """Every process under ``pid`` (any thread's children, and theirs)."""
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found += [int(child) for child in children.read().split()]
        except OSError:
            continue
    return found + [grandchild for child in found for grandchild in _children(child)]


def timed_runner(first: int | None) -> Run:
    """The runner in a process of its own, its process tree read from /proc while it runs."""
    processes: dict[int, Process] = {}
    with tempfile.TemporaryDirectory() as out_dir:
        begun = time.monotonic()
        command = [sys.executable, __file__, "--runner", out_dir]
        child = subprocess.Popen(
            command + ([] if first is None else ["--first", str(first)]),
            stdout=subprocess.PIPE,
            text=True,
        )
        reading = threading.Thread(target=lambda: processes.update(_read(child)))
        reading.start()
        output, _ = child.communicate()
        wall = time.monotonic() - begun
        reading.join()
    if child.returncode:
        raise SystemExit(f"the runner failed with status {child.returncode}")
    return Run(begun, wall, json.loads(output.splitlines()[-1]), processes)


def _read(child: subprocess.Popen) -> dict[int, Process]:
    """Readings of the CPU of ``child`` and of every process under it until it ends."""
    processes: dict[int, Process] = {}
    while child.poll() is None:
        now = time.monotonic()
        for pid in [child.pid, *_children(child.pid)]:
            cpu = _cpu_of(pid)
            if cpu is not None:
                if pid not in processes:
                    processes[pid] = Process(pid, _command(pid), [])
                processes[pid].readings.append((now, cpu))
        time.sleep(SAMPLE)
    return processes


def _name(pid: int, run: Run) -> str:
    """runner, kernel N or renderer N, by the steps that ran in the process."""
    kinds = {step["step"] for step in run.steps if step["pid"] == pid}
    if "imports" in kinds:
        return "runner"
    if "start" in kinds:
        return "kernel"
    if any(kind.endswith("pdf") for kind in kinds):
        return "renderer"
    return "other"


def _strip(process: Process, run: Run) -> str:
    """A process's use of a core, a mark per :data:`SLOT` seconds from the run's start."""
    use = [0.0] * (int(run.wall / SLOT) + 1)
    before = 0.0  # a process starts with no CPU time (a forked one too)
    for at, cpu in process.readings:
        use[min(int((at - run.begun) / SLOT), len(use) - 1)] += cpu - before
        before = cpu
    return "".join(MARKS[min(round(u / SLOT * (len(MARKS) - 1)), len(MARKS) - 1)] for u in use)


def report(run: Run, state: str) -> None:
    """Each process's CPU and use of the cores, then the steps, from the run's start."""
    cpu = sum(process.cpu for process in run.processes.values())
    print(
        f"-- {state} token cache: {run.wall:.1f} s, {cpu:.1f} s of CPU; of the "
        f"{2 * run.wall:.1f} core-seconds of two cores, {2 * run.wall - cpu:.1f} s unused by "
        f"the run (load average now {load()})"
    )
    print(f"{'process':<14}{'pid':>8}{'CPU s':>7}  one mark a {SLOT} s: {MARKS!r}")
    counts: dict[str, int] = {}
    others = []  # short-lived helpers the kernels start: summed, not drawn
    for pid, process in sorted(run.processes.items(), key=lambda item: item[1].readings[0][0]):
        name = _name(pid, run)
        if name == "other":
            others.append(process)
            continue
        counts[name] = counts.get(name, 0) + 1
        label = name if name == "runner" else f"{name} {counts[name]}"
        print(f"{label:<14}{pid:>8}{process.cpu:>7.2f}  |{_strip(process, run)}|")
    if others:
        commands = sorted({process.command.split(" ")[-1][:30] for process in others})
        print(
            f"{len(others)} other processes, {sum(p.cpu for p in others):.2f} s of CPU: "
            + ", ".join(commands)
        )
    print(f"{'from':>6}{'to':>7}{'CPU s':>7}  step (its process's CPU in the while)")
    for step in sorted(run.steps, key=lambda step: step["start"]):
        process = run.processes.get(step["pid"])
        cpu = _cpu_at(process, step["end"]) - _cpu_at(process, step["start"]) if process else 0
        print(
            f"{step['start'] - run.begun:>6.2f}{step['end'] - run.begun:>7.2f}{cpu:>7.2f}  "
            f"{step['notebook']} {step['step']} ({_name(step['pid'], run)}, {step['pid']})"
        )


def _cpu_at(process: Process, at: float) -> float:
    """A process's CPU seconds at a time, from the readings either side of it."""
    before = (at, 0.0)  # a process starts with no CPU time (a forked one too)
    for reading in process.readings:
        if reading[0] >= at:
            t0, c0 = before
            return c0 + (reading[1] - c0) * (at - t0) / (reading[0] - t0 or 1)
        before = reading
    return before[1]


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
    from jupyter_client.manager import start_new_kernel

    from kornews.workbook import KERNEL, QUIET_KERNEL

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


def run_all_table():
    """:func:`run_all` of every notebook over a token cache of its own, a DataFrame. Columns:
    notebook, first wall, first cpu, cached wall, cached cpu (seconds)."""
    import pandas as pd

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
    parser.add_argument("--runs", type=int, default=1, help="runs of each (default 1)")
    parser.add_argument(
        "--run-all",
        action="store_true",
        help="Run All of each notebook in a started kernel instead of the workbook",
    )
    parser.add_argument(
        "--first", type=int, help="the runner on the first N notebooks only (default: all)"
    )
    parser.add_argument("--runner", metavar="OUT", help=argparse.SUPPRESS)  # the runner's process
    parser.add_argument(
        "--no-make", action="store_true", help="leave out the runs of `make workbook`"
    )
    args = parser.parse_args(argv)
    if args.runner:
        runner(args.runner, args.first)
        return 0
    print(f"load average before: {load()} ({os.cpu_count()} cores)")
    if args.run_all:
        print(run_all_table().to_string(index=False, float_format="{:.2f}".format))
        print(f"load average after: {load()}")
        return 0
    for _ in range(args.runs):
        for state, run in cold_and_warm(lambda: timed_runner(args.first)).items():
            report(run[0], state)
    if not args.no_make:
        made = [cold_and_warm(make_workbook) for _ in range(args.runs)]
        for state in ("cold", "warm"):
            print(f"make workbook, {state} token cache: {min(m[state][0] for m in made):.1f} s")
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
