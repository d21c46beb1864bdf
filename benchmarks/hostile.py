"""How parsing grows on pathological input: CPU seconds of ``parse_article`` on each shape at a
size and at twice that size, and their ratio (about 2 when parsing is linear, 4 when it is
quadratic). Run from the project root: ``python benchmarks/hostile.py [--scale 1] [--only NAME]``.

The shapes are those a folder of odd files holds (a converter's output, a log, a page of
whitespace); each once took minutes under the character limit.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import NamedTuple

from kornews.article.parse import parse_article

_LONG_LINE = "가나다라마바사 아자차카타파하 " * 10


class Shape(NamedTuple):
    name: str
    size: int  # the smaller size; the larger is twice it
    text: Callable[[int], str]


SHAPES = (
    Shape("spaces inside a line", 100_000, lambda n: "제목\n가" + " " * n + "나\n"),
    Shape("identical short lines", 10_000, lambda n: "제목\n" + "가나다\n" * n),
    Shape("repeated long lines", 5_000, lambda n: "제목\n" + (_LONG_LINE + "\n") * n),
    Shape("copyright marks on a line", 25_000, lambda n: "제목\n" + "Copyright © " * n + "\n"),
    Shape(
        "a list led by triangles",
        2_000,
        lambda n: "제목\n" + "".join(f"▲항목 {i}\n" for i in range(n)),
    ),
)


def seconds(text: str) -> float:
    """CPU seconds of one parse (a busy machine slows it less than the wall clock)."""
    start = time.process_time()
    parse_article(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every size")
    parser.add_argument("--only", help="the one shape to time (its name's first word)")
    args = parser.parse_args()
    parse_article("제목\n본문.\n")  # the tables load once, outside the timings
    print(f"{'shape':28} {'size':>9} {'seconds':>8} {'size x2':>9} {'seconds':>8} {'growth':>6}")
    for shape in SHAPES:
        if args.only and not shape.name.startswith(args.only):
            continue
        size = max(1, round(shape.size * args.scale))
        small, large = seconds(shape.text(size)), seconds(shape.text(2 * size))
        growth = large / small if small else float("nan")
        print(
            f"{shape.name:28} {size:>9,} {small:>8.2f} {2 * size:>9,} {large:>8.2f} {growth:>6.1f}"
        )


if __name__ == "__main__":
    main()
