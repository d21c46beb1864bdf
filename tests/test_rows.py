"""Tables read as records and made from dicts, as pandas would."""

import pandas as pd

from kornews.rows import column, frame, records, values


def test_records_are_the_rows_itertuples_gives_with_missing_values_as_pandas_keeps_them():
    table = pd.DataFrame(
        {"form": ["가", None], "start": [3, 7], "quoted": [True, False], "title": [None, None]}
    )
    rows = records(table)
    assert rows[0] == ("가", 3, True, None) and rows[1][1:] == (7, False, None)
    assert rows[0].start == 3 and rows[1].quoted is False
    assert pd.isna(rows[1].form)  # the string column keeps a missing value as NaN, not None
    assert [tuple(r) for r in rows] == [tuple(r) for r in table.itertuples(index=False)]


def test_frame_makes_the_table_of_dicts_records_would_and_an_empty_one_of_no_type():
    rows = [{"text": "가", "start": 3, "note": None}, {"text": "나", "start": 1, "note": "x"}]
    made = frame(rows, ["start", "text", "note"])
    assert list(made.columns) == ["start", "text", "note"]
    assert made["start"].tolist() == [3, 1] and made["start"].dtype == "int64"
    pd.testing.assert_frame_equal(made, pd.DataFrame(rows, columns=["start", "text", "note"]))
    empty = frame([], ["start", "text"])
    assert len(empty) == 0 and list(empty.dtypes) == [object, object]


def test_a_column_is_the_tables_values_by_name_whatever_its_place():
    table = pd.DataFrame({"start": [3, 0], "form": ["도", "오늘"], "end": [4, 2]})
    assert column(table, "end").tolist() == [4, 2]
    assert column(table, "form").tolist() == ["도", "오늘"]
    assert column(table.iloc[1:], "start").tolist() == [0]


def test_values_are_what_tolist_gives_a_missing_text_kept_as_nan_and_ints_as_python_ints():
    table = pd.DataFrame(
        {"form": ["가", None, "다"], "start": [3, 7, 9], "quoted": [True, False, True]}
    )
    form = values(column(table, "form"))
    assert form[0] == "가" and form[2] == "다" and pd.isna(form[1]) and form[1] is not None
    assert values(column(table, "start")) == [3, 7, 9]
    assert type(values(column(table, "start"))[0]) is int  # not NumPy's int64
    assert values(column(table, "quoted")) == [True, False, True]
    assert values(table.columns) == ["form", "start", "quoted"]
    for name in table.columns:
        assert str(values(column(table, name))) == str(table[name].tolist())


def test_a_pandas_without_the_private_read_gets_the_same_records_by_the_public_one(monkeypatch):
    import kornews.rows

    table = pd.DataFrame(
        {"form": ["가", None], "start": [3, 7], "quoted": [True, False], "score": [0.5, None]}
    )
    fast = records(table)
    monkeypatch.setattr(kornews.rows, "_PRIVATE_READ", None)
    slow = records(table)
    assert [tuple(r) for r in slow][0] == tuple(fast[0])
    assert all(type(a) is type(b) for a, b in zip(slow[0], fast[0], strict=True))
    assert pd.isna(slow[1].form) and pd.isna(slow[1].score) and slow[1].start == 7
