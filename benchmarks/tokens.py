"""kornews tokens against kiwipiepy alone, on the same text and the same number of threads.

    .venv/bin/python benchmarks/tokens.py            # 1 MB article, 1x..8x, and 100 articles
    .venv/bin/python benchmarks/tokens.py --quick    # 256 KB unit, 1x..4x, 25 articles
    .venv/bin/python benchmarks/tokens.py --one-line 1 2 5   # only: an article as one line, against lines (MB)
    .venv/bin/python benchmarks/tokens.py --same-options [--sizes 0.25 1 4]  # only: kiwipiepy with kornews's own options

With --same-options, kiwipiepy gets exactly what kornews hands it (the same pieces of the seed,
of the gold articles and of articles of --sizes MB, sentence splitting, the user dictionary as pre-tokenized spans); the tokens
are asserted identical (once, untimed: kiwipiepy is timed making its list of (form, tag, lemma),
kornews its tables), and CPU and wall time are medians of interleaved pairs.

kiwipiepy alone is what a user would write with Kiwi and nothing else: read the file, split
it into lines, add the user dictionary with add_user_word, and tokenize the lines as one
batch with sentence splitting, collecting every token. kornews does the same work and more
(decoding, normalising, parsing, dictionary spans, a DataFrame). Each timing is the best of
--repeat runs; the two are interleaved so that both see the same machine load.

Texts are made by repeating the seed's body paragraphs, since the workbook ships one article;
the folder holds copies of the seed under different names. Peak memory of a streaming run
over growing folders is measured in child processes (VmHWM, Linux).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Kiwi's own time is measured: token tables are never read back from the cache here.
os.environ["KORNEWS_CACHE"] = "off"

import kiwipiepy  # noqa: E402

import kornews  # noqa: E402
from kornews.tokens import UserDictionary, _pieces  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_17620ace2f9e96c7.txt"


def article_text(size_bytes: int, *, one_line: bool = False) -> str:
    """A plain article of about ``size_bytes`` UTF-8 bytes: a title, then the seed's paragraphs
    over and over, one a line (or all on one line, as text copied from a web page may come)."""
    paragraphs = [p.text for p in kornews.read_article(SEED).parts if p.kind == "paragraph"]
    lines, size = [], 0
    while size < size_bytes:
        paragraph = paragraphs[len(lines) % len(paragraphs)]
        lines.append(paragraph)
        size += len(paragraph.encode()) + 1
    return "벤치마크 기사\n" + (" " if one_line else "\n").join(lines) + "\n"


def kiwi_alone(kiwi: kiwipiepy.Kiwi, paths: list[Path]) -> int:
    count = 0
    for path in paths:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for sentences in kiwi.tokenize(lines, split_sents=True):
            count += sum(
                len([(t.form, t.tag, t.start, t.len) for t in sentence]) for sentence in sentences
            )
    return count


def kornews_tokens(paths: list[Path]) -> int:
    return sum(len(table) for table in kornews.tokenize_many(kornews.read_corpus(paths)))


def best_of(repeat: int, run) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def compare(
    label: str, paths: list[Path], kiwi: kiwipiepy.Kiwi, repeat: int
) -> tuple[float, float]:
    kiwi_time = ours = float("inf")
    for _ in range(repeat):
        kiwi_time = min(kiwi_time, best_of(1, lambda: kiwi_alone(kiwi, paths))[0])
        ours = min(ours, best_of(1, lambda: kornews_tokens(paths))[0])
    size = sum(p.stat().st_size for p in paths) / 1e6
    print(
        f"{label:<28} {size:6.2f} MB  kiwipiepy {kiwi_time:7.2f} s  kornews {ours:7.2f} s  ratio {ours / kiwi_time:5.2f}"
    )
    return kiwi_time, ours


def peak_memory(folder: Path) -> float:
    """Peak RSS in MB of a child process that streams token tables over ``folder``."""
    # VmHWM, not ru_maxrss: after fork and exec, ru_maxrss still counts the parent's pages.
    code = (
        "import re, sys, kornews\n"
        "n = sum(len(t) for t in kornews.tokenize_many(kornews.read_corpus(sys.argv[1])))\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) / 1024)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def one_line_against_lines(sizes_mb: list[float], repeat: int) -> None:
    """kornews on an article whose body is one line, against the same text one paragraph a line."""
    print("one line against the same text in lines (kornews tokens)")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes_mb:
            paths = {}
            for shape in ("lines", "one line"):
                paths[shape] = Path(tmp) / f"{size}-{shape.replace(' ', '-')}.txt"
                paths[shape].write_text(
                    article_text(int(size * 1e6), one_line=shape == "one line"), encoding="utf-8"
                )
            times = {shape: float("inf") for shape in paths}
            for _ in range(repeat):  # interleaved, so both see the same load
                for shape, path in paths.items():
                    times[shape] = min(
                        times[shape], best_of(1, lambda path=path: kornews_tokens([path]))[0]
                    )
            print(
                f"{size:5.1f} MB  lines {times['lines']:7.2f} s  one line {times['one line']:7.2f} s  "
                f"ratio {times['one line'] / times['lines']:5.2f}",
                flush=True,
            )


def timed(run) -> tuple[float, float, object]:
    """(CPU seconds of this process, wall seconds, result) of ``run()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = run()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def same_options(pairs: int, sizes_mb: list[float]) -> None:
    """kornews.tokenize against kiwipiepy doing only the Kiwi call kornews makes."""
    kiwi = kornews.get_kiwi()
    spans = UserDictionary.load().spans
    gold = sorted((ROOT / "tests" / "gold").glob("*/*.txt"))
    inputs = [("the seed", [kornews.read_article(SEED)])]
    inputs.append((f"{len(gold)} gold articles", [kornews.read_article(path) for path in gold]))
    inputs += [
        (f"{size:g} MB article", [kornews.parse_article(article_text(int(size * 1e6)))])
        for size in sizes_mb
    ]
    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores), {pairs} pairs")
    for label, articles in inputs:
        texts = [piece.text for article in articles for piece in _pieces(article)]

        def alone(texts=texts):
            found = kiwi.tokenize(texts, split_sents=True, pretokenized=spans)
            return [(t.form, t.tag, t.lemma) for piece in found for s in piece for t in s]

        def ours(articles=articles):
            return [table for _, table in kornews.tokenized(articles)]  # one batch, as kiwipiepy

        # Compared once, untimed: each side is timed making what it gives its user.
        rows = [row for t in ours() for row in zip(t["form"], t["tag"], t["lemma"])]
        assert alone() == rows, f"{label}: kornews's tokens differ from kiwipiepy's"
        times = {"kiwipiepy": [], "kornews": []}
        for _ in range(pairs):
            for name, run in (("kiwipiepy", alone), ("kornews", ours)):
                times[name].append(timed(run)[:2])
        cpu, wall = (
            {name: statistics.median(t[at] for t in found) for name, found in times.items()}
            for at in (0, 1)
        )
        print(
            f"{label:<20} identical tokens; CPU kiwipiepy {cpu['kiwipiepy']:.3f} s, kornews "
            f"{cpu['kornews']:.3f} s ({cpu['kornews'] / cpu['kiwipiepy']:.2f}x); wall "
            f"{wall['kiwipiepy']:.3f} s, {wall['kornews']:.3f} s ({wall['kornews'] / wall['kiwipiepy']:.2f}x)",
            flush=True,
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a quick look")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--one-line",
        type=float,
        nargs="+",
        metavar="MB",
        help="only compare an article as one line with the same text in lines, at these sizes",
    )
    parser.add_argument(
        "--same-options",
        action="store_true",
        help="only compare with kiwipiepy given kornews's own pieces and options (identical tokens)",
    )
    parser.add_argument(
        "--sizes",
        type=float,
        nargs="*",
        default=[0.25, 1, 4],
        metavar="MB",
        help="with --same-options, also articles of these sizes (default 0.25 1 4)",
    )
    args = parser.parse_args()
    if args.same_options:
        return same_options(max(args.repeat, 7), args.sizes)
    if args.one_line:
        return one_line_against_lines(args.one_line, args.repeat)
    unit = 256_000 if args.quick else 1_000_000
    factors = (1, 2, 4) if args.quick else (1, 2, 4, 8)
    folder_size = 25 if args.quick else 100

    threads = os.cpu_count() or 1
    print(
        f"machine: {platform.machine()}, {threads} cores, Python {platform.python_version()}, "
        f"kiwipiepy {kiwipiepy.__version__}, kornews on {threads} threads, kiwipiepy alone on {threads}"
    )
    kiwi = kiwipiepy.Kiwi(num_workers=threads)
    for word, tag in UserDictionary.load().words:
        kiwi.add_user_word(word, tag)
    kiwi.tokenize("준비")
    kornews.get_kiwi().tokenize("준비")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print("\none article, growing")
        base = None
        for factor in factors:
            path = tmp / f"article-{factor}x.txt"
            path.write_text(article_text(unit * factor), encoding="utf-8")
            kiwi_time, ours = compare(f"{factor}x", [path], kiwi, args.repeat)
            base = base or ours
            print(f"{'':<28} kornews time / 1x time = {ours / base:5.2f} (linear: {factor})")

        print(f"\na folder of {folder_size} articles (the seed, copied)")
        folder = tmp / "folder"
        folder.mkdir()
        for i in range(folder_size):
            (folder / f"{i:04d}.txt").write_bytes(SEED.read_bytes())
        compare(f"{folder_size} articles", sorted(folder.glob("*.txt")), kiwi, args.repeat)

        print("\npeak memory of a streaming run as the folder grows")
        for count in (folder_size, folder_size * 4, folder_size * 16):
            grown = tmp / f"folder-{count}"
            grown.mkdir()
            for i in range(count):
                (grown / f"{i:05d}.txt").write_bytes(SEED.read_bytes())
            print(f"{count:>6} articles: {peak_memory(grown):7.1f} MB")


if __name__ == "__main__":
    main()
