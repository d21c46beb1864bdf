"""kornews.figures against a gold set read by hand: precision and recall.

    .venv/bin/python benchmarks/figures.py            # totals, then per article
    .venv/bin/python benchmarks/figures.py --misses   # and every figure missed or wrongly read
    .venv/bin/python benchmarks/figures.py --texts DIR --gold FILE [--dates FILE]   # any folder and its gold

The default gold set is ``tests/gold/figures/*.txt`` (invented articles in the styles of economy,
politics, polls, sports, real estate, daily case counts, budgets, weather, earnings, elections,
accidents, jobs, snowfall, a stock-market close, monthly trade, farm and food prices, energy and
chips, and tourism) and ``tests/gold/figures.tsv``, one row per figure, written from reading them.

A found row matches a gold figure when their spans overlap (``약``, ``안팎`` or ``이상`` inside
or outside the text does not matter) and the values are equal (numbers to 0.1%, so ``0.3333``
reads 1/3; dates and times as strings). "value" counts such matches; "full" also requires
unit, kind and approximate to be right. Each gold figure and each found row matches at most once.
A gold row stands where its text first occurs after the row before it, or, where its optional column ``after``
holds a short fragment, after that fragment: a title the page prints twice is counted once, and the body's
first figure is placed past the second printing.
Only figures with a numeral are scored: rows of relative words (이날, 올해 말) are not in the gold set.
Precision is matches over rows found, recall matches over gold figures.

A photo's caption marked ``▲`` is read into the gold like any line, but the figures table reads the title,
subtitles and body only (the token table leaves captions out): gold figures and found rows on a line that opens
with ``▲`` are scored apart, on a line of their own, so the main rates say what they measure.

A gold file may add a column ``resolved``: where a date lies on the calendar against the article's date
(``2024-08-02``, ``2024-07``, ``2024-01/2024-07``). Its rows may then also be relative date words with no value
(이날, 지난해), scored only there: a gold date is resolved right when a date or time row kornews finds over
its span resolves to the same. ``--dates`` names a TSV with columns ``file`` and ``date`` (a batch's
``urls.tsv``): each article's date where its text gives none. The real batches are in ``benchmarks/real/``.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path
from typing import NamedTuple

import pandas as pd

import kornews

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def figures_of(article: kornews.Article):
    """The one place the benchmark calls kornews (so a change of calling convention touches one line)."""
    return kornews.figures(kornews.tokenize(article), article)


def numerals(table):
    """The rows with a numeral: rows of relative words (이날, 지난달, 올해 말: kind date, no value, no
    flag) are left out of the value scores, as the gold sets were read for numerals."""
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
    resolved: str | None  # where the date lies on the calendar; None where not read


class Score(NamedTuple):
    found: int
    gold: int
    value: int  # matches on value
    full: int  # matches on value, unit, kind and approximate
    dates: int = 0  # gold dates with a resolved day
    dates_right: int = 0  # of them, resolved to that day
    caption_found: int = 0  # rows found on a ▲ caption's line, scored apart
    caption_gold: int = 0  # gold figures on a ▲ caption's line
    caption_value: int = 0  # of them, matched on value

    def __add__(self, other):
        return Score(*(a + b for a, b in zip(self, other)))

    def rates(self) -> dict[str, float]:
        ratio = lambda n, d: n / d if d else math.nan  # noqa: E731
        return {
            "value_precision": ratio(self.value, self.found),
            "value_recall": ratio(self.value, self.gold),
            "full_precision": ratio(self.full, self.found),
            "full_recall": ratio(self.full, self.gold),
            "dates_resolved": ratio(self.dates_right, self.dates),
        }


def read_gold(gold: Path = GOLD / "figures.tsv") -> dict[str, list[dict]]:
    """Gold rows by article name, in the order written."""
    with open(gold, encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        by_article: dict[str, list[dict]] = {}
        for row in rows:
            by_article.setdefault(row["article"], []).append(row)
    return by_article


def _locate(text: str, rows: list[dict]) -> list[Gold]:
    """Each gold figure's span, found in text order."""
    located, cursor = [], 0
    for row in rows:
        if row.get("after"):
            # a title printed twice is counted once: the body's row is looked for after its cue
            cursor = text.find(row["after"], cursor)
            if cursor < 0:
                raise ValueError(f"gold cue {row['after']!r} not found")
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
                row.get("resolved") or None,
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


def _dates(gold: list[Gold], table) -> tuple[int, int, list[str]]:
    """Gold dates with a resolved day, how many a date or time row over their span resolves to it, and
    a line per one that does not."""
    dated = table[table["kind"].isin(["date", "time"])]
    right, misses = 0, []
    for figure in (g for g in gold if g.resolved):
        over = dated[(dated["start"] < figure.end) & (figure.start < dated["end"])]
        days = [_plain(day) for day in over["resolved"]]
        if figure.resolved in days:
            right += 1
        else:
            misses.append(
                f"  date: {figure.text!r} resolved {figure.resolved}, found {days or 'no date row'}"
            )
    return sum(1 for g in gold if g.resolved), right, misses


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that open with ``▲``: a photo's caption."""
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("▲"):
            spans.append((start, start + len(line)))
        start += len(line)
    return spans


def _on(spans: list[tuple[int, int]], start: int) -> bool:
    return any(low <= start < high for low, high in spans)


def _match(gold: list[Gold], found: list, level: str) -> tuple[int, list[str]]:
    """How many gold figures a found row matches at ``level`` (value or full), and a line per miss."""
    used, matched, misses = set(), 0, []
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
    misses += [
        f"  extra ({level}): {row.text!r} {row.value} {_plain(row.unit)} {row.kind}"
        f"{' ~' if row.approximate else ''}"
        for i, row in enumerate(found)
        if i not in used
    ]
    return matched, misses


def score_article(article: kornews.Article, rows: list[dict]) -> tuple[Score, list[str]]:
    """The article's score, and a line per miss (a caption's marked so)."""
    located = _locate(article.text, rows)
    table = figures_of(article)
    captions = _caption_lines(article.text)
    gold = [figure for figure in located if figure.value]
    body_gold = [figure for figure in gold if not _on(captions, figure.start)]
    caption_gold = [figure for figure in gold if _on(captions, figure.start)]
    found = list(numerals(table).itertuples(index=False))
    body_found = [row for row in found if not _on(captions, row.start)]
    caption_found = [row for row in found if _on(captions, row.start)]
    value, misses = _match(body_gold, body_found, "value")
    full, full_misses = _match(body_gold, body_found, "full")
    caption_value, caption_misses = _match(caption_gold, caption_found, "value")
    body = [figure for figure in located if not _on(captions, figure.start)]
    dates, dates_right, date_misses = _dates(body, table)
    score = Score(
        len(body_found),
        len(body_gold),
        value,
        full,
        dates,
        dates_right,
        len(caption_found),
        len(caption_gold),
        caption_value,
    )
    captioned = [line.replace("  ", "  caption ", 1) for line in caption_misses]
    return score, misses + full_misses + captioned + date_misses


def read_dates(path: Path) -> dict[str, str]:
    """Each article's date by file stem, from a TSV with columns ``file`` and ``date`` (empty: unknown)."""
    with open(path, encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        return {Path(row["file"]).stem: row["date"] for row in rows if row.get("date")}


def score_gold(
    gold: Path = GOLD / "figures.tsv",
    *,
    texts: Path = GOLD / "figures",
    dates: dict[str, str] | None = None,
) -> tuple[Score, dict[str, tuple[Score, list[str]]]]:
    """The total score over the gold set, and each article's score and misses."""
    dates = dates or {}
    per_article = {}
    for name, rows in sorted(read_gold(gold).items()):
        article = kornews.read_article(texts / f"{name}.txt", date=dates.get(name))
        per_article[name] = score_article(article, rows)
    total = sum((score for score, _ in per_article.values()), Score(0, 0, 0, 0))
    return total, per_article


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list every figure missed or wrongly read"
    )
    parser.add_argument(
        "--texts", type=Path, default=GOLD / "figures", help="the folder of the articles (NAME.txt)"
    )
    parser.add_argument(
        "--gold", type=Path, default=GOLD / "figures.tsv", help="the gold TSV read by hand"
    )
    parser.add_argument(
        "--dates",
        type=Path,
        help="a TSV of file and date: each article's date where its text gives none",
    )
    return parser.parse_args(argv)


def _report(total: Score, per_article: dict, *, misses: bool) -> None:
    rates = total.rates()
    print(f"{total.gold} gold figures in {len(per_article)} articles, {total.found} rows found")
    print(
        f"value only:              precision {rates['value_precision']:.1%}  recall {rates['value_recall']:.1%}"
    )
    print(
        f"value, unit, kind, hedge: precision {rates['full_precision']:.1%}  recall {rates['full_recall']:.1%}"
    )
    if total.dates:
        print(
            f"dates resolved right:     {total.dates_right} of {total.dates} ({rates['dates_resolved']:.1%})"
        )
    if total.caption_gold or total.caption_found:
        print(
            f"▲ captions, apart:        {total.caption_gold} gold figures, {total.caption_found} rows found, "
            f"{total.caption_value} matched on value"
        )
    print()
    print(
        f"{'article':<16} {'gold':>4} {'found':>5} {'value P':>8} {'value R':>8} {'full P':>7} {'full R':>7} {'dates':>7}"
    )
    for name, (score, lines) in per_article.items():
        r = score.rates()
        dates = f"{score.dates_right}/{score.dates}" if score.dates else "-"
        print(
            f"{name:<16} {score.gold:>4} {score.found:>5} {r['value_precision']:>8.1%} {r['value_recall']:>8.1%} "
            f"{r['full_precision']:>7.1%} {r['full_recall']:>7.1%} {dates:>7}"
        )
        if misses and lines:
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        dates = read_dates(args.dates) if args.dates else None
        total, per_article = score_gold(args.gold, texts=args.texts, dates=dates)
    except (OSError, ValueError, KeyError, kornews.ArticleError) as error:
        print(f"figures benchmark: {error}", file=sys.stderr)
        return 2
    _report(total, per_article, misses=args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
