"""What ``import kornews`` costs against ``import pandas``: CPU seconds of a fresh interpreter
doing each (less one doing nothing), medians of interleaved runs, so a busy machine slows both
alike. Run from the project root: ``python benchmarks/imports.py [--runs 15] [--lib lib]``."""

import argparse
import os
import resource
import statistics
import subprocess
import sys


def cpu(code: str, env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lib", default="lib", help="the folder kornews is imported from")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": os.path.abspath(args.lib)}
    codes = {"nothing": "pass", "pandas": "import pandas", "kornews": "import kornews"}
    times = {name: [] for name in codes}
    for _ in range(args.runs):
        for name, code in codes.items():
            times[name].append(cpu(code, env))
    base = statistics.median(times["nothing"])
    pandas, kornews = (statistics.median(times[n]) - base for n in ("pandas", "kornews"))
    print(f"import pandas  {pandas:.3f} s CPU")
    print(f"import kornews {kornews:.3f} s CPU ({kornews / pandas:.2f}x pandas), from {args.lib}")
    print(f"load average {os.getloadavg()[0]:.1f}, {args.runs} runs each")


if __name__ == "__main__":
    main()
