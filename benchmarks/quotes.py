"""kornews.quotes and kornews.entities against a gold set read by hand: precision and recall.

    .venv/bin/python benchmarks/quotes.py            # totals, then per article
    .venv/bin/python benchmarks/quotes.py --misses   # and every quotation or entity missed or extra
    .venv/bin/python benchmarks/quotes.py --only 11 12 13   # the articles whose names start so
    .venv/bin/python benchmarks/quotes.py --texts /work/devset/quotes/dev --gold benchmarks/real/quotes/dev
                                                      # any folder of articles against its gold

The gold set is ``tests/gold/quotes/*.txt`` (invented articles: a ministry briefing, city hall, a
company's results, party politics, a court, football, health, a province, finance, diplomacy,
wire copy on wages, an election, a start-up, a crime, culture, a university, a press conference, a
broadcast script, foreign news, an appeal court and the police, a fine on a company),
``tests/gold/quotes.tsv`` (one row per quotation) and ``tests/gold/entities.tsv`` (one row per
person, organisation or place named, with its other written forms), written from reading them.
Each group after 01-10 (11-13, 14-16, 17-21) was written after the engine was tuned on the ones
before it, and scored once before it changed again.
22-27 are invented in the shapes the engine missed in real articles
(``benchmarks/real/quotes/dev/first-reading.md``), written before the fixes of issue 22.

A gold quotation's span is where its text first stands after the one before it (after the words
of its optional ``after`` column, where a title or subtitle prints the same words earlier).

Quotations: a found row matches a gold quotation when their spans overlap and the kind (direct,
indirect) is the same; each matches at most once. "speaker" also needs the speaker right (the
person's full name or the phrase as written; for an anonymous source, the anonymous flag), "verb"
the reporting verb. Entities: (entity, kind) pairs of each article against the gold's; aliases:
(entity, form as written) pairs where the form is not the full name.

Any folder scores the same way: ``--texts DIR`` holds the articles (``NNN.txt``), ``--gold DIR`` its
``quotes.tsv`` and ``entities.tsv`` (the real batches of ``benchmarks/real/quotes/``, whose texts
live outside the repository). The report gives quotation precision and recall, the share of matched
quotations whose speaker is right, and entity precision and recall in all and per kind (person,
organisation, place), in total and per article.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from pathlib import Path

import kornews

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
KINDS = ("person", "organisation", "place")


class GoldError(ValueError):
    """A gold set that does not fit its texts (a file missing, a quotation not in the article)."""


def tables_of(article: kornews.Article):
    """The one place the benchmark calls kornews: (quotes, entities) from one Kiwi pass."""
    tokens = kornews.tokenize(article)
    return kornews.quotes(tokens, article), kornews.entities(tokens, article)


def read_tsv(name: str, gold: Path = GOLD) -> dict[str, list[dict]]:
    """The gold file's rows by article name, in the order written."""
    if not (gold / name).is_file():
        raise GoldError(f"{gold}: no {name}")
    with open(gold / name, encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        by_article: dict[str, list[dict]] = {}
        for row in rows:
            by_article.setdefault(row["article"], []).append(row)
    return by_article


def _ratio(n: int, d: int) -> float:
    return n / d if d else math.nan


def _find(text: str, fragment: str, cursor: int) -> tuple[int, int] | None:
    """Where ``fragment`` stands in ``text`` from ``cursor``, a space in it matching any run of
    white space (a page that breaks its lines inside a quotation: 고 가상\n대통령이)."""
    found = re.compile(r"\s+".join(map(re.escape, fragment.split()))).search(text, cursor)
    return found.span() if found else None


def score_quotes(text: str, gold: list[dict], found) -> tuple[dict, list[str]]:
    spans, cursor = [], 0
    for row in gold:
        if row.get("after"):
            # the title or a subtitle prints the same words first: look after the body's cue
            cue = _find(text, row["after"], cursor)
            if cue is None:
                raise GoldError(f"{row['article']}: gold cue {row['after'][:40]!r} not found")
            cursor = cue[0]
        span = _find(text, row["text"], cursor)
        if span is None:
            raise GoldError(
                f"{row['article']}: gold quotation {row['text'][:40]!r} not found after offset {cursor}"
            )
        spans.append(span)
        cursor = span[0] + 1
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
    for kind in KINDS:
        of_kind = {name for name in names if name[1] == kind}
        gold_of_kind = {name for name in gold_names if name[1] == kind}
        counts |= {
            f"{kind}_found": len(of_kind),
            f"{kind}_gold": len(gold_of_kind),
            f"{kind}_match": len(of_kind & gold_of_kind),
        }
    notes = [f"  missed {kind}: {name}" for name, kind in sorted(gold_names - names)]
    notes += [f"  extra {kind}: {name}" for name, kind in sorted(names - gold_names)]
    notes += [f"  missed alias {alias} -> {name}" for name, alias in sorted(gold_aliases - aliases)]
    notes += [f"  extra alias {alias} -> {name}" for name, alias in sorted(aliases - gold_aliases)]
    return counts, notes


def score_folder(texts: Path, gold: Path, *, only=("",), misses=False) -> tuple[dict, list[str]]:
    """Totals over the folder's articles (named by the prefixes in ``only``), and a report line per
    article (with its misses when asked)."""
    gold_quotes, gold_entities = read_tsv("quotes.tsv", gold), read_tsv("entities.tsv", gold)
    paths = sorted(texts.glob("*.txt"))
    lost = sorted((set(gold_quotes) | set(gold_entities)) - {p.stem for p in paths})
    if not paths:
        raise GoldError(f"{texts}: no text for the gold's articles {', '.join(lost)}")
    totals: dict[str, int] = {}
    # A page the stored corpus no longer gives back cannot be rebuilt: scored without it, said so.
    lines = [f"not rebuilt, not scored: {', '.join(lost)}"] if lost else []
    for path in (p for p in paths if p.stem.startswith(tuple(only))):
        article = kornews.read_article(path)
        found_quotes, found_entities = tables_of(article)
        q, q_notes = score_quotes(article.text, gold_quotes.get(path.stem, []), found_quotes)
        e, e_notes = score_entities(gold_entities.get(path.stem, []), found_entities)
        for key, value in [
            *(("q_" + k, v) for k, v in q.items()),
            *(("e_" + k, v) for k, v in e.items()),
        ]:
            totals[key] = totals.get(key, 0) + value
        totals["articles"] = totals.get("articles", 0) + 1
        lines.append(
            f"{path.stem:14} quotes {q['match']}/{q['gold']} (found {q['found']}), "
            f"speakers {q['speaker']}/{q['match']}, "
            f"entities {e['match']}/{e['gold']} (found {e['found']})"
        )
        if misses:
            lines += q_notes + e_notes
    return totals, lines


def report(totals: dict, lines: list[str]) -> str:
    """The totals as precision / recall lines, then the per-article lines."""
    t = totals
    head = [
        f"{t.get('articles', 0)} articles, {t.get('q_gold', 0)} quotations, "
        f"{t.get('e_gold', 0)} entities, {t.get('e_aliases_gold', 0)} aliases"
    ]
    rows = [
        ("quotations", "q_match", "q_found", "q_gold"),
        ("quotations with the speaker right", "q_speaker", "q_found", "q_gold"),
        ("quotations with the verb right", "q_verb", "q_found", "q_gold"),
        ("entities (name and kind)", "e_match", "e_found", "e_gold"),
        *((f"  {kind}s", f"e_{kind}_match", f"e_{kind}_found", f"e_{kind}_gold") for kind in KINDS),
        ("aliases linked", "e_aliases_match", "e_aliases_found", "e_aliases_gold"),
    ]
    for name, match, found, gold in rows:
        m, f, g = t.get(match, 0), t.get(found, 0), t.get(gold, 0)
        head.append(
            f"{name:36} precision {_ratio(m, f):6.1%}  recall {_ratio(m, g):6.1%}  ({m}/{f} found, {g} gold)"
        )
        if match == "q_speaker":
            head.append(
                f"{'  speaker right of matched quotations':36} {_ratio(m, t.get('q_match', 0)):6.1%}"
                f"  ({m}/{t.get('q_match', 0)})"
            )
    return "\n".join([*head, "", *lines])


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
    parser.add_argument(
        "--texts",
        type=Path,
        default=GOLD / "quotes",
        metavar="DIR",
        help="the folder of articles (default: tests/gold/quotes)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD,
        metavar="DIR",
        help="the folder of quotes.tsv and entities.tsv (default: tests/gold)",
    )
    args = parser.parse_args(argv)
    if not args.texts.is_dir():
        sys.exit(f"quotes.py: {args.texts}: not a folder of articles")
    try:
        totals, lines = score_folder(args.texts, args.gold, only=args.only, misses=args.misses)
    except (GoldError, kornews.ArticleError) as error:
        sys.exit(f"quotes.py: {error}")
    print(report(totals, lines))


if __name__ == "__main__":
    main()
