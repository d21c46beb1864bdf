"""What kornews.figures says figures measure, against measures read by hand: how many are right.

    .venv/bin/python benchmarks/measures.py            # totals, then per article
    .venv/bin/python benchmarks/measures.py --misses   # and every measure or rate base read wrong

The gold set is ``tests/gold/measures.tsv``: for the quantities of a few invented articles under
``tests/gold`` (an electric-bus story written for issue 25, a budget, an accident), the head noun of
what each counts and the base of each rate, written by reading them. A found figure is the gold
row's when its text is the same (the n-th gold row of a text is the n-th figure of that text).
"measure" counts rows whose found measure ends with the gold head noun (구매 보조금 for 보조금), or
that are both empty; "per" counts rows whose base of a rate is the gold's (both empty counts).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pandas as pd

import kornews

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


class Measured(NamedTuple):
    """One gold row and what kornews found for it (None where it found no figure of that text)."""

    article: str
    text: str
    measure: str | None
    per: str | None
    found_measure: str | None
    found_per: str | None
    found: bool

    def measure_right(self) -> bool:
        if self.measure is None:
            return self.found and self.found_measure is None
        return self.found_measure is not None and self.found_measure.endswith(self.measure)

    def per_right(self) -> bool:
        return self.found and self.found_per == self.per


def read_gold(path: Path = GOLD / "measures.tsv") -> dict[str, list[dict]]:
    """article -> its gold rows, in file order."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    by_article: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    return by_article


def measured(article: str, rows: list[dict], *, gold: Path = GOLD) -> list[Measured]:
    """The gold rows of one article beside the figures kornews finds in it."""
    parsed = kornews.read_article((gold / f"{article}.txt").read_text(encoding="utf-8"))
    table = kornews.figures(kornews.tokenize(parsed), parsed)
    seen: dict[str, int] = defaultdict(int)
    out = []
    for row in rows:
        same = table[table["text"] == row["text"]]
        nth = seen[row["text"]]
        seen[row["text"]] += 1
        hit = same.iloc[nth] if nth < len(same) else None
        out.append(
            Measured(
                article=article,
                text=row["text"],
                measure=row["measure"] or None,
                per=row["per"] or None,
                found_measure=None if hit is None else _plain(hit["measure"]),
                found_per=None if hit is None else _plain(hit["per"]),
                found=hit is not None,
            )
        )
    return out


def _plain(value):
    return None if pd.isna(value) else value


def score(rows: list[Measured]) -> dict[str, int]:
    return {
        "gold": len(rows),
        "found": sum(row.found for row in rows),
        "measure": sum(row.measure_right() for row in rows),
        "per": sum(row.per_right() for row in rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every measure read wrong")
    args = parser.parse_args(argv)
    everything = [row for article, rows in read_gold().items() for row in measured(article, rows)]
    total = score(everything)
    print(
        f"measures right {total['measure']}/{total['gold']}, "
        f"rate bases right {total['per']}/{total['gold']} (figures found {total['found']})"
    )
    for article in dict.fromkeys(row.article for row in everything):
        counts = score([row for row in everything if row.article == article])
        print(f"  {article}: measures {counts['measure']}/{counts['gold']}, bases {counts['per']}")
    if args.misses:
        for row in everything:
            if not (row.measure_right() and row.per_right()):
                print(
                    f"  miss {row.article} {row.text}: read {row.measure!r} per {row.per!r}, "
                    f"found {row.found_measure!r} per {row.found_per!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
