"""kornews.figures against a gold set read by hand: precision and recall.

    .venv/bin/python benchmarks/figures.py            # totals, then per article
    .venv/bin/python benchmarks/figures.py --misses   # and every figure missed or wrongly read

The gold set is ``tests/gold/figures/*.txt`` (invented articles in the styles of economy,
politics, polls, sports, real estate, daily case counts, budgets, weather, earnings, elections,
accidents, jobs, snowfall, a stock-market close, monthly trade, farm and food prices, energy and
chips, and tourism) and ``tests/gold/figures.tsv``, one row per figure, written from reading them.

A found row matches a gold figure when their spans overlap (``약``, ``안팎`` or ``이상`` inside
or outside the text does not matter) and the values are equal (numbers to 0.1%, so ``0.3333``
reads 1/3; dates and times as strings). "value" counts such matches; "full" also requires
unit, kind and approximate to be right. Each gold figure and each found row matches at most once.
Only figures with a numeral are scored: rows of relative words (이날, 올해 말) are not in the gold set.
Precision is matches over rows found, recall matches over gold figures.
"""

from __future__ import annotations

import argparse
import csv
import math
from pathlib import Path
from typing import NamedTuple

import pandas as pd

import kornews

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def figures_of(article: kornews.Article):
    """The one place the benchmark calls kornews (so a change of calling convention touches one line).

    Rows of relative words without a numeral (이날, 지난달, 올해 말: kind date, no value, no flag) are
    left out: the gold set was read for numerals, before such rows existed."""
    table = kornews.figures(kornews.tokenize(article), article)
    words = table["kind"].eq("date") & table["value"].isna() & table["flag"].isna()
    return table[~words]


class Gold(NamedTuple):
    text: str
    value: str
    unit: str | None
    kind: str
    approximate: bool
    start: int
    end: int


class Score(NamedTuple):
    found: int
    gold: int
    value: int  # matches on value
    full: int  # matches on value, unit, kind and approximate

    def __add__(self, other):
        return Score(*(a + b for a, b in zip(self, other)))

    def rates(self) -> dict[str, float]:
        ratio = lambda n, d: n / d if d else math.nan  # noqa: E731
        return {
            "value_precision": ratio(self.value, self.found),
            "value_recall": ratio(self.value, self.gold),
            "full_precision": ratio(self.full, self.found),
            "full_recall": ratio(self.full, self.gold),
        }


def read_gold(gold: Path = GOLD) -> dict[str, list[dict]]:
    """Gold rows by article name, in the order written."""
    with open(gold / "figures.tsv", encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        by_article: dict[str, list[dict]] = {}
        for row in rows:
            by_article.setdefault(row["article"], []).append(row)
    return by_article


def _locate(text: str, rows: list[dict]) -> list[Gold]:
    """Each gold figure's span, found in text order."""
    located, cursor = [], 0
    for row in rows:
        start = text.find(row["text"], cursor)
        if start < 0:
            raise ValueError(f"gold figure {row['text']!r} not found after offset {cursor}")
        cursor = start + len(row["text"])
        located.append(
            Gold(
                row["text"],
                row["value"],
                row["unit"] or None,
                row["kind"],
                row["approximate"] == "1",
                start,
                cursor,
            )
        )
    return located


def _same_value(gold: Gold, found) -> bool:
    if gold.kind in ("date", "time") or isinstance(found, str):
        return str(found) == gold.value
    if found is None or isinstance(found, bool):
        return False
    return math.isclose(float(found), float(gold.value), rel_tol=1e-3)


def _plain(value):
    return None if value is None or value is pd.NA else value


def score_article(article: kornews.Article, rows: list[dict]) -> tuple[Score, list[str]]:
    """The article's score, and a line per miss."""
    gold = _locate(article.text, rows)
    found = list(figures_of(article).itertuples(index=False))
    counts, misses = {}, []
    for level in ("value", "full"):
        used, matched = set(), 0
        for figure in gold:
            for i, row in enumerate(found):
                if (
                    i in used
                    or row.end <= figure.start
                    or figure.end <= row.start
                    or not _same_value(figure, row.value)
                ):
                    continue
                if level == "full" and (_plain(row.unit), row.kind, bool(row.approximate)) != (
                    figure.unit,
                    figure.kind,
                    figure.approximate,
                ):
                    continue
                used.add(i)
                matched += 1
                break
            else:
                misses.append(
                    f"  missed ({level}): {figure.text!r} {figure.value} {figure.unit} {figure.kind}"
                    f"{' ~' if figure.approximate else ''}"
                )
        counts[level] = matched
        for i, row in enumerate(found):
            if i not in used:
                misses.append(
                    f"  extra ({level}): {row.text!r} {row.value} {_plain(row.unit)} {row.kind}"
                    f"{' ~' if row.approximate else ''}"
                )
    return Score(len(found), len(gold), counts["value"], counts["full"]), misses


def score_gold(gold: Path = GOLD) -> tuple[Score, dict[str, tuple[Score, list[str]]]]:
    """The total score over the gold set, and each article's score and misses."""
    per_article = {}
    for name, rows in sorted(read_gold(gold).items()):
        per_article[name] = score_article(
            kornews.read_article(gold / "figures" / f"{name}.txt"), rows
        )
    total = sum((score for score, _ in per_article.values()), Score(0, 0, 0, 0))
    return total, per_article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list every figure missed or wrongly read"
    )
    args = parser.parse_args(argv)
    total, per_article = score_gold()
    rates = total.rates()
    print(f"{total.gold} gold figures in {len(per_article)} articles, {total.found} rows found")
    print(
        f"value only:              precision {rates['value_precision']:.1%}  recall {rates['value_recall']:.1%}"
    )
    print(
        f"value, unit, kind, hedge: precision {rates['full_precision']:.1%}  recall {rates['full_recall']:.1%}"
    )
    print()
    print(
        f"{'article':<16} {'gold':>4} {'found':>5} {'value P':>8} {'value R':>8} {'full P':>7} {'full R':>7}"
    )
    for name, (score, misses) in per_article.items():
        r = score.rates()
        print(
            f"{name:<16} {score.gold:>4} {score.found:>5} {r['value_precision']:>8.1%} {r['value_recall']:>8.1%} "
            f"{r['full_precision']:>7.1%} {r['full_recall']:>7.1%}"
        )
        if args.misses:
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
