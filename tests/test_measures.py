"""What figures measure and how rates read, on invented sentences and on invented gold articles
whose measures were written down by reading them (tests/gold/measures.tsv)."""

from pathlib import Path

import pandas as pd
import pytest

import kornews
from kornews import tables

GOLD = Path(__file__).parent / "gold"


def _figures(text: str) -> pd.DataFrame:
    article = kornews.read_article(text)
    return kornews.figures(kornews.tokenize(article), article)


def _measure_of(sentence: str, figure: str):
    table = _figures("제목\n" + sentence + "\n")
    row = table[table["text"] == figure]
    assert len(row) == 1, f"{figure!r} is not one figure of {sentence!r}: {list(table['text'])}"
    value = row["measure"].iloc[0]
    return None if pd.isna(value) else value


@pytest.mark.parametrize(
    "row", tables.table("measure_words.tsv"), ids=lambda row: f"{row.role}-{row.word}"
)
def test_each_measure_word_row(row):
    assert row.word in row.example
    assert _measure_of(row.example, row.figure) == (row.measure or None)
