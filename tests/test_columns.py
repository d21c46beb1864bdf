"""kornews.columns: a token table read once, shared by the analyses of one article."""

import pandas as pd

from kornews.columns import TokenColumns, token_columns


def _tokens() -> pd.DataFrame:
    # Invented rows, the second sentence's first, as a table put together by hand may come.
    return pd.DataFrame(
        {
            "sentence": [1, 0, 1, 0],
            "start": [10, 0, 13, 3],
            "form": ["비", "오늘", "오", "도"],
        }
    )


def test_columns_are_lists_in_sentence_order_with_each_sentences_positions():
    read = token_columns(_tokens())
    assert read.columns["start"] == [0, 3, 10, 13]
    assert read.columns["form"] == ["오늘", "도", "비", "오"]
    assert [(s.start, s.stop) for s in read.spans] == [(0, 2), (2, 4)]


def test_records_are_the_rows_by_name():
    rows = token_columns(_tokens()).records()
    assert [(r.sentence, r.start, r.form) for r in rows] == [
        (0, 0, "오늘"),
        (0, 3, "도"),
        (1, 10, "비"),
        (1, 13, "오"),
    ]


def test_a_read_table_is_given_back_and_a_column_read_once():
    read = token_columns(_tokens())
    assert token_columns(read) is read
    assert isinstance(read, TokenColumns)
    assert read.columns["form"] is read.columns["form"]
    assert "start" not in read.columns  # read only when asked for


def test_an_empty_table_has_no_sentence():
    read = token_columns(pd.DataFrame([], columns=["sentence", "start", "form"]))
    assert read.spans == [] and read.records() == []
