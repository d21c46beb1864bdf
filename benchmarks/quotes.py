"""kornews.quotes and kornews.entities against a gold set read by hand: precision and recall.

    .venv/bin/python benchmarks/quotes.py            # totals, then per article
    .venv/bin/python benchmarks/quotes.py --misses   # and every quotation or entity missed or extra
    .venv/bin/python benchmarks/quotes.py --only 11 12 13   # the articles whose names start so

The gold set is ``tests/gold/quotes/*.txt`` (invented articles: a ministry briefing, city hall, a
company's results, party politics, a court, football, health, a province, finance, diplomacy,
wire copy on wages, an election, a start-up, a crime, culture, a university, a press conference, a
broadcast script, foreign news, an appeal court and the police, a fine on a company),
``tests/gold/quotes.tsv`` (one row per quotation) and ``tests/gold/entities.tsv`` (one row per
person, organisation or place named, with its other written forms), written from reading them.
Each group after 01-10 (11-13, 14-16, 17-21) was written after the engine was tuned on the ones
before it, and scored once before it changed again.

Quotations: a found row matches a gold quotation when their spans overlap and the kind (direct,
indirect) is the same; each matches at most once. "speaker" also needs the speaker right (the
person's full name or the phrase as written; for an anonymous source, the anonymous flag), "verb"
the reporting verb. Entities: (entity, kind) pairs of each article against the gold's; aliases:
(entity, form as written) pairs where the form is not the full name.
"""

from __future__ import annotations

import argparse
import csv
import math
from pathlib import Path

import kornews

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def tables_of(article: kornews.Article):
    """The one place the benchmark calls kornews: (quotes, entities) from one Kiwi pass."""
    tokens = kornews.tokenize(article)
    return kornews.quotes(tokens, article), kornews.entities(tokens, article)


def read_tsv(name: str) -> dict[str, list[dict]]:
    with open(GOLD / name, encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        by_article: dict[str, list[dict]] = {}
        for row in rows:
            by_article.setdefault(row["article"], []).append(row)
    return by_article


def _ratio(n: int, d: int) -> float:
    return n / d if d else math.nan


def score_quotes(text: str, gold: list[dict], found) -> tuple[dict, list[str]]:
    spans, cursor = [], 0
    for row in gold:
        start = text.find(row["text"], cursor)
        if start < 0:
            raise ValueError(f"gold quotation {row['text']!r} not found after offset {cursor}")
        spans.append((start, start + len(row["text"])))
        cursor = start + 1
    used, counts, notes = (
        set(),
        {"found": len(found), "gold": len(gold), "match": 0, "speaker": 0, "verb": 0},
        [],
    )
    for row, (start, end) in zip(gold, spans):
        hit = next(
            (
                i
                for i, f in enumerate(found.itertuples())
                if i not in used and f.start < end and start < f.end and f.kind == row["kind"]
            ),
            None,
        )
        if hit is None:
            notes.append(f"  missed {row['kind']}: {row['text']}")
            continue
        used.add(hit)
        f = found.iloc[hit]
        counts["match"] += 1
        right = (
            bool(f["anonymous"])
            if row["anonymous"] == "1"
            else (f["speaker"] == row["speaker"] and not f["anonymous"])
        )
        counts["speaker"] += right
        counts["verb"] += (f["verb"] if isinstance(f["verb"], str) else "") == row["verb"]
        if not right:
            notes.append(
                f"  speaker {f['speaker']!r} (anonymous {f['anonymous']}) for {row['speaker']!r}: {row['text']}"
            )
        if (f["verb"] if isinstance(f["verb"], str) else "") != row["verb"]:
            notes.append(f"  verb {f['verb']!r} for {row['verb']!r}: {row['text']}")
    notes += [
        f"  extra {f.kind}: {f.text}" for i, f in enumerate(found.itertuples()) if i not in used
    ]
    return counts, notes


def score_entities(gold: list[dict], found) -> tuple[dict, list[str]]:
    gold_names = {(row["entity"], row["kind"]) for row in gold}
    gold_aliases = {
        (row["entity"], alias) for row in gold for alias in filter(None, row["aliases"].split(","))
    }
    names = set(zip(found["entity"], found["kind"]))
    aliases = {(e, t) for e, t in zip(found["entity"], found["text"]) if e != t}
    counts = {
        "found": len(names),
        "gold": len(gold_names),
        "match": len(names & gold_names),
        "aliases_found": len(aliases),
        "aliases_gold": len(gold_aliases),
        "aliases_match": len(aliases & gold_aliases),
    }
    notes = [f"  missed {kind}: {name}" for name, kind in sorted(gold_names - names)]
    notes += [f"  extra {kind}: {name}" for name, kind in sorted(names - gold_names)]
    notes += [f"  missed alias {alias} -> {name}" for name, alias in sorted(gold_aliases - aliases)]
    notes += [f"  extra alias {alias} -> {name}" for name, alias in sorted(aliases - gold_aliases)]
    return counts, notes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list every quotation or entity missed or extra"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        default=[""],
        metavar="PREFIX",
        help="only the articles whose names start so",
    )
    args = parser.parse_args(argv)
    gold_quotes, gold_entities = read_tsv("quotes.tsv"), read_tsv("entities.tsv")
    totals: dict[str, int] = {}
    lines = []
    paths = [
        p for p in sorted((GOLD / "quotes").glob("*.txt")) if p.stem.startswith(tuple(args.only))
    ]
    for path in paths:
        article = kornews.read_article(path)
        found_quotes, found_entities = tables_of(article)
        q, q_notes = score_quotes(article.text, gold_quotes.get(path.stem, []), found_quotes)
        e, e_notes = score_entities(gold_entities.get(path.stem, []), found_entities)
        for key, value in [
            *(("q_" + k, v) for k, v in q.items()),
            *(("e_" + k, v) for k, v in e.items()),
        ]:
            totals[key] = totals.get(key, 0) + value
        lines.append(
            f"{path.stem:14} quotes {q['match']}/{q['gold']} (found {q['found']}), "
            f"entities {e['match']}/{e['gold']} (found {e['found']})"
        )
        if args.misses:
            lines += q_notes + e_notes
    t = totals
    print(
        f"{len(paths)} articles, {t['q_gold']} quotations, {t['e_gold']} entities, "
        f"{t['e_aliases_gold']} aliases"
    )
    for name, match, found, gold in [
        ("quotations", t["q_match"], t["q_found"], t["q_gold"]),
        ("quotations with the speaker right", t["q_speaker"], t["q_found"], t["q_gold"]),
        ("quotations with the verb right", t["q_verb"], t["q_found"], t["q_gold"]),
        ("entities (name and kind)", t["e_match"], t["e_found"], t["e_gold"]),
        ("aliases linked", t["e_aliases_match"], t["e_aliases_found"], t["e_aliases_gold"]),
    ]:
        print(
            f"{name:36} precision {_ratio(match, found):6.1%}  recall {_ratio(match, gold):6.1%}  ({match}/{found} found, {gold} gold)"
        )
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
