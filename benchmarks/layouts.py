"""How well kornews reads the press's layouts, over the invented fixtures in tests/layouts/.

    .venv/bin/python benchmarks/layouts.py            # one row per fixture, then the totals

The gold (tests/layouts/gold.tsv, written by reading each fixture) gives each fixture's body
as its number of paragraphs and how the first and last begin, and its outlet, reporters,
e-mails and date. Figures:

    boilerplate  body paragraphs outside the gold body (bylines, copyright, links, captions,
                 speaker markers, subtitles left in it); lost: gold paragraphs missing from it
    metadata     outlet, first reporter, first e-mail and date as in the gold (of 4)
    junk         top-ten terms listed in tests/layouts/junk_terms.tsv (boilerplate words,
                 function nouns and units, pieces of compounds the fixtures write whole)
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import kornews

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "layouts"
TOP = 10


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(FIXTURES / name, sep="\t", comment="#", dtype=str, keep_default_na=False)


def body_errors(paragraphs: list[str], gold: dict) -> tuple[int, int]:
    """(paragraphs outside the gold body, gold paragraphs missing) for one article's body.

    A dateline left at the start of the first paragraph counts as one boilerplate line.
    """
    first = next((i for i, text in enumerate(paragraphs) if gold["first"] in text), None)
    last = next(
        (i for i in reversed(range(len(paragraphs))) if paragraphs[i].startswith(gold["last"])),
        None,
    )
    if first is None or last is None or last < first:
        return len(paragraphs), int(gold["paragraphs"])
    inside = last - first + 1
    glued = not paragraphs[first].startswith(gold["first"])
    return len(paragraphs) - inside + glued, max(0, int(gold["paragraphs"]) - inside)


def metadata_right(article: kornews.Article, gold: dict) -> int:
    """How many of outlet, first reporter, first e-mail and date match the gold."""
    expected = [
        gold["outlet"],
        gold["reporters"].split(" | ")[0],
        gold["emails"].split(" | ")[0],
        gold["date"],
    ]
    found = [article.outlet, article.reporter, article.email, getattr(article, "date", None)]
    return sum((f or "") == e for f, e in zip(found, expected))


def fixture_row(gold: dict, junk: set[str]) -> dict:
    """One fixture's figures. Columns: file, paragraphs, boilerplate, lost, metadata, junk, junk_terms."""
    article = kornews.read_article(FIXTURES / gold["file"])
    paragraphs = [p.text for p in article.parts if p.kind == "paragraph"]
    boilerplate, lost = body_errors(paragraphs, gold)
    top = kornews.term_counts(kornews.tokenize(article), stopwords=kornews.news_stopwords(article))[
        "term"
    ].head(TOP)
    junk_terms = [term for term in top if term in junk]
    return {
        "file": gold["file"],
        "paragraphs": len(paragraphs),
        "boilerplate": boilerplate,
        "lost": lost,
        "metadata": metadata_right(article, gold),
        "junk": len(junk_terms),
        "junk_terms": " ".join(junk_terms),
    }


def main() -> None:
    junk = set(_read("junk_terms.tsv")["term"])
    table = pd.DataFrame(
        [fixture_row(gold, junk) for gold in _read("gold.tsv").to_dict(orient="records")]
    )
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(table.to_string(index=False))
    n = len(table)
    print(
        f"\n{n} fixtures: {table['boilerplate'].sum()} boilerplate lines left in the body, "
        f"{table['lost'].sum()} body paragraphs lost, metadata {table['metadata'].sum()}/{4 * n} right, "
        f"{table['junk'].sum()} junk terms in the top {TOP}s ({n * TOP} terms)"
    )


if __name__ == "__main__":
    main()
