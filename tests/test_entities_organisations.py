"""Organisations in the shapes the open batches missed, on invented text: churches, schools,
consulates and clubs named by their ending, and a country's churches that are no one body; bodies a
name and its title vouch for, a county's own, a home town's people's, members and sites no body."""

import pytest

from entity_rows import entities_of, kinds_in
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


# entities22: the open batches' organisation classes (issue 22), each on invented text.


def test_a_body_with_its_heads_title_glued_after_a_name_kiwi_tags_common_is_the_body():
    # Kiwi tags 이장자율협의회장 one common noun here: the name before it vouches for the body.
    found = _found("주민과의 대화시간에 유종수 이장자율협의회장은 현안을 말했다.")
    assert ("이장자율협의회", "organisation") in found
    assert ("유종수", "person") in found


def test_a_one_syllable_ending_or_a_common_noun_shaped_as_a_name_vouches_for_no_body():
    # 의무부총장: a vice-president for medical affairs, no 의무부; 교육담당 영사: a duty; 이날 (that
    # day) is shaped as a name, 유가증권시장 a market.
    for body in (
        "홍길동 의무부총장은 말했다.",
        "김건 총영사와 오영걸 교육담당 영사는 말했다.",
        "이날 유가증권시장 거래대금은 줄었다.",
    ):
        assert not any(kind == "organisation" for _, kind in _found(body)), body


def test_a_body_between_a_name_and_its_title_is_an_organisation():
    found = _found("홍길동 한인타운발전회장, 김철수 가람상공회의소 회장이 참석했다.")
    assert {("한인타운발전회", "organisation"), ("가람상공회의소", "organisation")} <= found


def test_a_listed_countys_council_kiwi_tags_common_is_the_council():
    # 곡성군 is a listed county; Kiwi tags 곡성군의회 one common noun.
    assert ("곡성군의회", "organisation") in _found("곡성군의회 제225차 임시회가 열렸다.")


def test_a_countys_co_operative_a_space_after_it_is_the_body_and_the_county():
    # 수협 alone, an ending Kiwi tags proper, after the county: the county's own co-operative.
    assert _found("신안군 수협 본점에서 행사가 열렸다.") == {
        ("신안군", "place"),
        ("신안군 수협", "organisation"),
    }


def test_a_home_towns_people_elsewhere_are_a_body_of_their_own():
    found = _found("재경가람면민회 전직 회장을 지냈다. 가람면민회(회장 홍길동)를 구성했다.")
    assert {("재경가람면민회", "organisation"), ("가람면민회", "organisation")} <= found


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "hometown"], ids=str
)
def test_each_home_towns_body_joins_the_word_of_where_its_people_live(row):
    first, body = row.example.split()[:2]
    assert (f"{first} {body[: body.index(row.word) + len(row.word)]}", "organisation") in _found(
        row.example
    )


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "member"], ids=str
)
def test_each_member_word_names_people_no_body(row):
    assert not any(name.endswith(row.word) for name, _ in _found(row.example))


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "around"], ids=str
)
def test_a_site_whose_ground_a_word_after_it_means_is_no_body(row):
    assert _found(row.example) == set()
    assert ("가람종합복지관", "organisation") in _found("가람종합복지관은 행사를 열었다.")


def test_a_body_alone_on_an_item_of_a_bulleted_link_list_is_furniture():
    page = "시험 기사 제목\n- 가상일보 기사 하나\n- PR\n- 가람클럽\n\n한빛클럽은 성금을 전달했다.\n"
    assert kinds_in(page) == {("한빛클럽", "organisation")}


def test_words_apart_between_a_name_and_its_title_are_one_body_and_its_place():
    found = _found("홍길동 LA 상공회의소 회장, 김철수 남가람 기독교 교회 협의회 회장이 참석했다.")
    assert {
        ("LA", "place"),
        ("LA 상공회의소", "organisation"),
        ("남가람 기독교 교회 협의회", "organisation"),
    } <= found


def test_a_body_found_inside_the_words_leaves_them_apart():
    # A country and its ministry (한국 외무부) are the place and the ministry, no body of both.
    assert ("외무부", "organisation") in _found("홍길동 한국 외무부 대변인이 말했다.")
