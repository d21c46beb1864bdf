"""The one loader of kornews's knowledge tables."""

import pytest

from kornews.tables import table, table_names


def test_every_table_is_listed():
    assert {"units.tsv", "words.tsv", "dates.tsv", "titles.tsv", "places.tsv"} <= set(table_names())
    assert "userdict.tsv" not in table_names()  # Kiwi's dictionary format, read by kornews.tokens


@pytest.mark.parametrize("name", table_names())
def test_rows_are_named_records_of_the_header(name):
    rows = table(name)
    assert rows, f"{name} has no rows"
    fields = rows[0]._fields
    assert all(type(row)._fields == fields for row in rows)
    assert all(all(isinstance(cell, str) for cell in row) for row in rows)


def test_a_table_is_read_once():
    assert table("units.tsv") is table("units.tsv")


def test_rows_read_by_name():
    percent = [row for row in table("units.tsv") if row.form == "%"]
    assert percent and percent[0].kind == "percent"
