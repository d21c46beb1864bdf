"""Organisations in the shapes the open batches missed, on invented text: churches, schools,
consulates and clubs named by their ending, and a country's churches that are no one body."""

import pytest

from kornews import tables
from test_entities import entities_of


def _found(body: str) -> set[tuple[str, str]]:
    table = entities_of(body)
    return set(zip(table["entity"], table["kind"], strict=True))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("가람제일교회 복원을 바라는 예배가 열렸다.", "가람제일교회"),
        ("지난달 한빛교회에서 열린 집회에서 그는 말했다.", "한빛교회"),
        ("그는 가람사관학교를 나와 장교가 됐다.", "가람사관학교"),
        ("간담회에는 주가람한국총영사관 관계자가 참석했다.", "주가람한국총영사관"),
        ("교민들이 만든 가람테니스동호회가 대회를 열었다.", "가람테니스동호회"),
    ],
)
def test_a_body_named_once_by_its_ending(body, name):
    assert (name, "organisation") in _found(body)


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "national"], ids=lambda r: r.word
)
def test_a_countrys_name_and_a_national_ending_name_no_one_body(row):
    found = _found(row.example)
    assert ("가람" + row.word, "organisation") in found
    assert not any(name.endswith(row.word) and name != "가람" + row.word for name, _ in found)
