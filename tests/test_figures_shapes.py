"""Figures in shapes the seventh real batch showed (heldout7): a unit per unit written with a slash.
Invented sentences, in real shapes."""

import pandas as pd
import pytest

import kornews


def _rows(body: str, *, date: str = "2023-02-03") -> list[tuple]:
    """(text, value, unit, kind, resolved) of each figure of an article titled 제목 with this body."""
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": date})
    table = kornews.figures(kornews.tokenize(article), article)
    columns = ["text", "value", "unit", "kind", "resolved"]
    return [
        tuple(None if value is None or value is pd.NA else value for value in row)
        for row in table[columns].astype(object).itertuples(index=False)
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        # A concentration: the pair is one unit, kind other (a list of places, as a release prints it).
        (
            "가람 33㎍/㎥, 누리 58㎍/㎥였다.",
            [
                ("33㎍/㎥", 33, "㎍/㎥", "other", None),
                ("58㎍/㎥", 58, "㎍/㎥", "other", None),
            ],
        ),
        ("목표 수준(42㎍/㎡)을 넘었다.", [("42㎍/㎡", 42, "㎍/㎡", "other", None)]),
        # A pair the table does not know keeps its first unit only.
        ("열차는 90km/h로 달렸다.", [("90km", 90, "km", "length", None)]),
        # Spaced around the slash: no pair.
        ("농도는 33㎍ / ㎥였다.", [("33㎍", 33, "㎍", "mass", None)]),
    ],
)
def test_a_unit_per_unit_with_a_slash(body, expected):
    assert _rows(body) == expected
