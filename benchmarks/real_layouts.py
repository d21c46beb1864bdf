"""How well kornews reads the layouts of real articles: any folder of texts against a gold table.

    .venv/bin/python benchmarks/real_layouts.py /work/devset/layouts/dev benchmarks/real/layouts/dev/gold.tsv [--misses]

The texts are not in the repo (benchmarks/real/README.md says how a folder is rebuilt); the gold
(benchmarks/real/layouts/BATCH/gold.tsv, read by hand) gives each article's outlet (the forms it
writes, ' / ' between them), reporters, e-mails, date, subtitles, its body (number of paragraphs,
how the first and the last begin) and a short fragment of every line that is not body. Figures:

    boilerplate  gold fragments found in a body paragraph (left in the body), of all fragments
    lost         gold body paragraphs missing from the body (or holding boilerplate)
    outlet, reporter, email, date
                 the article's field as in the gold (the first reporter, the first e-mail; an
                 empty gold cell expects nothing)
    outlet named only in body
                 the outlet of the pages whose gold `notes` say `outlet only in body` (the page
                 names its publisher only in body sentences or a headline about it, no furniture
                 does): counted apart, and out of the outlet figure
    subtitles    the article's subtitles exactly as in the gold

With --misses, each article's misses follow the table: the fields read otherwise (read, then gold)
and the gold fragments left in the body.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pandas as pd

import kornews

FIELDS = ("outlet", "reporter", "email", "date")
# The gold's cue for a page whose furniture never names its outlet (the lead's convention, s13).
BODY_OUTLET = "outlet only in body"


def read_gold(path: Path) -> list[dict]:
    """The gold rows (all strings), quotes in cells kept as written."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _items(cell: str, separator: str = " | ") -> list[str]:
    return [item for item in cell.split(separator) if item]


# A column's mark opening an item (○…, ◇…): the gold may take a paragraph's fragment after it
# (heldout27's 2711) or with it (▲정말 …, heldout2's 205).
_ITEM_MARK = re.compile(r"^[○◇●■◆□▲△]\s*[…⋯]*\s*")


def body_figures(paragraphs: list[str], gold: dict) -> tuple[int, int]:
    """(boilerplate fragments left in the body, gold body paragraphs lost)."""
    fragments = _items(gold["boilerplate"])
    left = sum(any(fragment in text for text in paragraphs) for fragment in fragments)
    expected = int(gold["paragraphs"])
    if not expected:
        return left, 0
    first = next((i for i, text in enumerate(paragraphs) if gold["first"] in text), None)
    last = next(
        (
            i
            for i in reversed(range(len(paragraphs)))
            if paragraphs[i].startswith(gold["last"])
            or _ITEM_MARK.sub("", paragraphs[i]).startswith(gold["last"])
        ),
        None,
    )
    if first is None or last is None or last < first:
        return left, expected
    clean = [text for text in paragraphs[first : last + 1] if not any(f in text for f in fragments)]
    return left, max(0, expected - len(clean))


def fields_right(article: kornews.Article, gold: dict) -> dict[str, bool]:
    """Whether outlet, first reporter, first e-mail and date are as in the gold."""
    expected = {
        "outlet": _items(gold["outlet"], " / "),
        "reporter": _items(gold["reporters"])[:1],
        "email": _items(gold["emails"])[:1],
        "date": _items(gold["date"]),
    }
    return {field: (getattr(article, field) or "") in (expected[field] or [""]) for field in FIELDS}


def _paragraphs(article: kornews.Article) -> list[str]:
    return [part.text for part in article.parts if part.kind == "paragraph"]


def article_row(article: kornews.Article, gold: dict) -> dict:
    """One article's figures. Columns: file, paragraphs, boilerplate, fragments, lost, outlet,
    reporter, email, date, subtitles (the last five: 1 when right)."""
    paragraphs = _paragraphs(article)
    left, lost = body_figures(paragraphs, gold)
    right = fields_right(article, gold)
    return {
        "file": gold["file"],
        "paragraphs": len(paragraphs),
        "boilerplate": left,
        "fragments": len(_items(gold["boilerplate"])),
        "lost": lost,
        **{field: int(right[field]) for field in FIELDS},
        "subtitles": int(list(article.subtitles) == _items(gold["subtitles"])),
    }


def misses(article: kornews.Article, gold: dict) -> list[str]:
    """What one article reads otherwise than its gold, a line a miss."""
    paragraphs = _paragraphs(article)
    lines = [
        f"{_label(field, gold)}: {getattr(article, field)!r}, "
        f"gold {gold[GOLD_COLUMN.get(field, field)]!r}"
        for field, right in fields_right(article, gold).items()
        if not right
    ]
    if list(article.subtitles) != _items(gold["subtitles"]):
        lines.append(f"subtitles: {list(article.subtitles)!r}, gold {gold['subtitles']!r}")
    left = [f for f in _items(gold["boilerplate"]) if any(f in text for text in paragraphs)]
    lines += [f"left in the body: {fragment!r}" for fragment in left]
    return [f"{gold['file']}  {line}" for line in lines]


GOLD_COLUMN = {"reporter": "reporters", "email": "emails"}


def named_only_in_body(gold: dict) -> bool:
    """Whether the gold marks the page as naming its outlet only in body sentences."""
    return BODY_OUTLET in gold.get("notes", "")


def _label(field: str, gold: dict) -> str:
    return "outlet (only in body)" if field == "outlet" and named_only_in_body(gold) else field


def summary(table: pd.DataFrame, in_body: pd.Series) -> str:
    """The closing line: the outlet over the pages whose furniture names it, the pages naming it
    only in body sentences on their own."""
    n = len(table)
    outlets = table.loc[~in_body, "outlet"]
    fields = [f"outlet {outlets.sum()}/{len(outlets)}"]
    fields += [f"{field} {table[field].sum()}/{n}" for field in (*FIELDS[1:], "subtitles")]
    line = (
        f"{n} articles: {table['boilerplate'].sum()} of {table['fragments'].sum()} boilerplate "
        f"fragments left in the body, {table['lost'].sum()} body paragraphs lost; right: "
        + ", ".join(fields)
    )
    if in_body.any():
        line += (
            f"; outlet named only in body: {table.loc[in_body, 'outlet'].sum()} "
            f"of {int(in_body.sum())} right"
        )
    return line


def main(argv: list[str]) -> None:
    show_misses = "--misses" in argv
    argv = [arg for arg in argv if arg != "--misses"]
    if len(argv) != 2:
        sys.exit("usage: real_layouts.py FOLDER GOLD.tsv [--misses]")
    folder, gold_path = Path(argv[0]), Path(argv[1])
    if not folder.is_dir() or not gold_path.is_file():
        sys.exit(f"real_layouts.py: no folder {folder} or no gold {gold_path}")
    golds = read_gold(gold_path)
    # A page the stored corpus no longer gives back cannot be rebuilt: scored without it, said so.
    lost = [gold["file"] for gold in golds if not (folder / gold["file"]).is_file()]
    golds = [gold for gold in golds if gold["file"] not in lost]
    if lost:
        print(f"not rebuilt, not scored: {', '.join(lost)}\n")
    try:
        articles = [kornews.read_article(folder / gold["file"]) for gold in golds]
        table = pd.DataFrame(
            [article_row(a, gold) for a, gold in zip(articles, golds, strict=True)]
        )
    except (kornews.ArticleError, KeyError, ValueError) as err:
        sys.exit(f"real_layouts.py: {err}")
    with pd.option_context("display.width", 200):
        print(table.to_string(index=False))
    in_body = pd.Series([named_only_in_body(gold) for gold in golds], dtype=bool)
    print("\n" + summary(table, in_body))
    if show_misses:
        pairs = zip(articles, golds, strict=True)
        print("\n".join(["", *(line for a, gold in pairs for line in misses(a, gold))]))


if __name__ == "__main__":
    main(sys.argv[1:])
