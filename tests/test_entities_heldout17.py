"""People, organisations and places in the shapes quotes/heldout17 missed or misread, on invented
text: a body's short form that ends its longer name, an ending before a title on one letter or on
a person's name, a school by its title with a word before it, a sports council."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


def test_a_bodys_short_form_ending_its_longer_name_is_that_body():
    table = entities_of(
        "가람대한빛병원(원장 박가람)은 개원 10년을 맞았다. 박 원장은 “한빛병원은 더 커질 것”이라고 말했다."
    )
    organisations = table.query("kind == 'organisation'")
    assert set(organisations["entity"]) == {"가람대한빛병원"}
    assert set(organisations["text"]) == {"가람대한빛병원", "한빛병원"}


def test_an_ending_on_one_letter_before_a_title_names_no_body():
    # 동부시장: a market of the eastern part, not 동부 (a body) and its mayor.
    assert ("동부", "organisation") not in _found("소방서장은 동부시장을 방문했다.")


def test_an_ending_on_a_persons_name_before_a_title_names_no_body():
    # 임가람+청장: a person and his title, not a body 임가람청.
    assert not {kind for _, kind in _found("노조는 임가람청장 퇴진을 요구했다.")} & {"organisation"}


def test_a_title_before_an_ending_still_names_the_body():
    assert ("국방부", "organisation") in _found("국방부장관 김가람은 말했다.")


def test_a_schools_title_with_a_word_before_it_shows_the_school():
    assert ("가람초", "organisation") in _found("가람초 공모교장으로 온 김가람 교장은 인사했다.")


def test_the_press_signing_a_bracketed_byline_is_no_organisation_anywhere_in_its_story():
    # The open batches' outlets named in their own stories: 가람신문은 … [가람신문 = 스팟뉴스팀].
    found = _found(
        "가람신문은 창간 10주년을 맞았다. KTV도 왔다. 결정될 것으로 전망된다.[가람신문 = 스팟뉴스팀]\n"
    )
    assert found == {("KTV", "organisation")}


def test_another_press_credited_for_a_photo_still_counts():
    found = _found("가람신문은 창간 10주년을 맞았다. KTV도 왔다.\n[사진=가람신문]\n")
    assert ("가람신문", "organisation") in found


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "team"], ids=lambda r: r.word
)
def test_each_places_team_a_word_after_it_is_one_body_not_the_place(row):
    table = entities_of(row.example)
    assert table[["kind", "text"]].values.tolist() == [
        ["organisation", row.example.split("이 ")[0]]
    ]
    assert table["text"].iloc[0].endswith(row.word)


def test_a_place_in_a_bracketed_dateline_or_byline_is_no_place_of_the_story():
    found = _found("[가람통신 수원 4월 28일] 가람전자는 성남에 공장을 지었다.\n")
    assert ("수원시", "place") not in found
    assert ("성남시", "place") in found
    # Brackets holding no byline's mark (a note) leave the place read.
    assert ("수원시", "place") in _found("가람전자는 공장을 지었다 [수원 공장 사진].\n")


def test_a_place_closing_a_bracketed_dateline_after_a_dash_is_no_place_of_the_story():
    found = _found("[가람코리아-충북] 가람전자는 성남에 공장을 지었다.\n")
    assert ("충청북도", "place") not in found
    # A place with more after it in the brackets is a heading's, read.
    assert ("충청북도", "place") in _found("[가람코리아-충북 특집] 가람전자는 공장을 지었다.\n")
