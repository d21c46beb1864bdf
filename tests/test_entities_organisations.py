"""Organisations in the shapes the open batches missed, on invented text: churches, schools,
consulates and clubs named by their ending, and a country's churches that are no one body."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


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


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("name_words.tsv") if r.role == "school-ending"],
    ids=lambda r: r.word,
)
def test_each_schools_short_form_is_an_organisation_where_the_sentence_shows_a_school(row):
    found = _found(row.example)
    assert ("가람" + row.word, "organisation") in found


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("name_words.tsv") if r.role == "school-cue"],
    ids=lambda r: r.word,
)
def test_each_school_cue_shows_the_word_before_it_a_school(row):
    assert any(
        kind == "organisation" and name.startswith("가람") for name, kind in _found(row.example)
    )


@pytest.mark.parametrize(
    "body",
    ["교통사고 학생들이 다쳤다.", "시카고 출신 선수가 뛰었다.", "가람고 선수가 뛰었다."],
)
def test_a_word_ending_as_a_school_with_nothing_showing_a_school_is_none(body):
    # A common word (교통사고), a place (시카고), a short form with no cue: no school.
    assert not any(kind == "organisation" for _, kind in _found(body))


def test_a_universitys_short_form_in_brackets_after_a_player_is_the_university_once():
    table = entities_of("윤가람(고려대)과 이나래(가람고)가 득점을 올렸다.")
    organisations = table[table["kind"] == "organisation"]
    assert list(organisations["entity"]) == ["고려대학교", "가람고"]


def test_a_place_and_a_representative_is_no_university():
    # 경북대표 is Gyeongbuk's representative, not 경북대 and a title.
    assert not any(kind == "organisation" for _, kind in _found("그는 경북대표 선수를 이겼다."))
