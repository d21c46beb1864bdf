"""People, organisations and places in the shapes quotes/heldout18 missed or misread, and a user's
walk through notebook 05, on invented text: townships written two to one ending with a dot, coasts
and a country by its former name, masked names, a judge's bench in brackets, a common noun ending
in a title's letters, a province's quarter, a region before a titled name, a listed name Kiwi read
with its particle."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables

NAME_WORDS = tables.table("name_words.tsv")


def test_townships_written_two_to_one_ending_are_two_places():
    table = entities_of("군수는 ▲19일 가온‧새솔읍 ▲20일 다솜ㆍ나래읍 ▲21일 읍‧운곡면을 찾는다.")
    places = table.query("kind == 'place'")
    assert places[["entity", "text"]].values.tolist() == [
        ["가온읍", "가온"],
        ["새솔읍", "새솔읍"],
        ["다솜읍", "다솜"],
        ["나래읍", "나래읍"],
        ["운곡면", "운곡면"],
    ]  # 읍 of 읍‧운곡면 is the word for the level (the county's 읍 named before): no place


def test_a_township_sharing_an_ending_is_no_city_of_the_same_letters():
    # 화성 is 화성시's short form in the tables; before a dot and a 면 it is 화성면.
    found = _found("김 군수는 24일 화성‧비봉면을 찾는다.")
    assert {("화성면", "place"), ("비봉면", "place")} <= found
    assert ("화성시", "place") not in found


def test_coasts_and_a_continent_are_regions():
    found = _found("남해안과 동해안에 태풍이 온다. 선수들은 아시아 선수권 대회에 나갔다.")
    assert {("남해안", "place"), ("동해안", "place"), ("아시아", "place")} <= found


def test_a_country_by_its_former_name_is_the_country():
    table = entities_of(
        "가람스 대통령은 터키가 시리아를 공격하면 터키 경제가 무너질 것이라고 말했다."
    )
    places = table.query("kind == 'place'")
    assert places[["entity", "text"]].values.tolist() == [
        ["튀르키예", "터키"],
        ["시리아", "시리아"],
        ["튀르키예", "터키"],
    ]


@pytest.mark.parametrize(
    "body",
    [
        "가람수협 소속 배모씨는 “방어가 없다”고 말했다.",
        "기소된 김모씨와 소모씨에게 징역형이 선고됐다.",  # 소모: Kiwi's "consumption"
        "가람시 배모 씨는 말했다.",
    ],
)
def test_a_masked_name_is_no_person(body):
    assert "person" not in set(entities_of(body)["kind"])


@pytest.mark.parametrize("row", [r for r in NAME_WORDS if r.role == "bench"], ids=lambda r: r.word)
def test_each_judges_title_in_brackets_leaves_the_bench_no_organisation(row):
    table = entities_of(row.example)
    assert table[["entity", "kind"]].values.tolist() == [
        ["가람지법", "organisation"],
        ["홍길동", "person"],
    ]
    assert table["title"].iloc[1] == row.word


def test_an_office_in_brackets_with_its_head_is_still_an_organisation():
    assert ("가람소방서", "organisation") in _found("가람소방서(서장 홍길동)는 밝혔다.")


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "title-word"], ids=lambda r: r.word
)
def test_each_title_word_names_no_one_before_it(row):
    # 가람시장 천변주차장: a market and its car park, not a person 가람시장 with the title 차장.
    table = entities_of(row.example)
    assert row.word in row.example.split()[1]
    assert "person" not in set(table["kind"])


def test_a_title_after_a_name_still_counts():
    table = entities_of("홍길동 차장은 천변주차장을 관리한다.")
    assert table[["entity", "kind", "title"]].values.tolist() == [["홍길동", "person", "차장"]]


@pytest.mark.parametrize("body", ["경기북부 주민들이 모였다.", "경기남부에 비가 왔다."])
def test_a_provinces_quarter_is_the_province_no_organisation(body):
    table = entities_of(body)
    assert table[["entity", "kind", "text"]].values.tolist() == [["경기도", "place", "경기"]]


def test_a_police_agency_of_a_provinces_quarter_is_an_organisation():
    assert _found("경기북부경찰청은 밝혔다.") == {("경기북부경찰청", "organisation")}


@pytest.mark.parametrize(
    "body",
    ["유럽 홍길동 대표는 말했다.", "홍길동 유럽 대표는 말했다.", "중동 홍길동 특파원은 전했다."],
)
def test_a_region_is_no_ones_affiliation(body):
    people = entities_of(body).query("kind == 'person'")
    assert people["affiliation"].isna().all()


def test_a_country_before_a_titled_name_is_still_the_affiliation():
    people = entities_of("미국 홍길동 대사는 말했다.").query("kind == 'person'")
    assert people["affiliation"].tolist() == ["미국"]


@pytest.mark.parametrize(
    "body", ["세종특별자치시의 인구가 늘었다.", "세종특별자치시가 밝혔다.", "강원특별자치도의 인구"]
)
def test_a_listed_name_kiwi_read_with_its_particle_is_the_name(body):
    table = entities_of(body)
    name = body.split()[0][:-1]
    assert table[["entity", "kind", "text"]].values.tolist() == [[name, "place", name]]


def test_a_foreign_name_with_no_title_a_given_name_first():
    table = entities_of(
        "그는 가람방송의 데이빗 브로디와 제니퍼 위샨에게 말했다. 그분이 도널드 트럼프가 이기기를 "
        "원했다고 했다. 트럼프는 답하지 않았다."
    )
    people = table.query("kind == 'person'")
    assert people[["entity", "text", "rule"]].values.tolist() == [
        ["데이빗 브로디", "데이빗 브로디", "name"],
        ["제니퍼 위샨", "제니퍼 위샨", "name"],
        ["도널드 트럼프", "도널드 트럼프", "name"],
        ["도널드 트럼프", "트럼프", "name"],  # the last word alone, after the name in full
    ]


@pytest.mark.parametrize("row", tables.table("given_names.tsv"), ids=lambda row: row.name)
def test_each_given_name_makes_a_foreign_name_with_no_title(row):
    people = entities_of(row.example).query("kind == 'person'")
    assert people["entity"].tolist() == [row.example.split("는 ")[0]]
    assert people["entity"].iloc[0].startswith(row.name + " ")


def test_two_proper_nouns_with_no_given_name_nor_title_name_no_one():
    assert "person" not in set(entities_of("가람 브로디는 말했다.")["kind"])


def test_a_share_row_after_a_byline_names_no_portal():
    found = _found(
        "홍길동 기자 | 등록일 2019년02월01일 트위터로 보내기 싸이월드 공감 네이버 밴드 공유\n"
    )
    assert ("네이버", "organisation") not in found
    # The portal in a sentence, or its service named alone, still counts.
    assert ("네이버", "organisation") in _found(
        "가람전자는 네이버와 손잡았다. 네이버 밴드에 올렸다."
    )


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "station"], ids=lambda r: r.word
)
def test_each_station_written_short_by_its_district_is_the_station(row):
    table = entities_of(row.example)
    bodies = table.query("kind == 'organisation'")
    assert len(bodies) == 2 and bodies["entity"].nunique() == 1
    assert bodies["entity"].iloc[0].endswith(row.word)
    assert bodies["text"].iloc[1].endswith("서")
    people = table.query("kind == 'person'")
    assert people[["title", "affiliation"]].values.tolist() == [["서장", bodies["entity"].iloc[0]]]


@pytest.mark.parametrize("row", [r for r in NAME_WORDS if r.role == "photo"], ids=lambda r: r.word)
def test_each_photo_credit_mark_leaves_what_it_credits_no_entity(row):
    table = entities_of(row.example)
    assert table[["entity", "kind"]].values.tolist() == [["가람군", "place"]]


def test_a_body_named_in_the_story_and_credited_for_a_photo_still_counts():
    table = entities_of("연합뉴스는 축제를 보도했다. 관광객들이 몰렸다(사진=연합뉴스).")
    assert table[["entity", "text"]].values.tolist() == [["연합뉴스", "연합뉴스"]]


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "interview"], ids=lambda r: r.word
)
def test_each_interview_word_makes_the_latin_capitals_before_it_an_outlet(row):
    table = entities_of(row.example + " 그는 GBN의 기자에게 답했다.")
    assert (
        table[["entity", "kind", "rule"]].values.tolist() == [["GBN", "organisation", "kind"]] * 2
    )


def test_capitals_before_another_word_stay_unread():
    assert entities_of("대변인은 GBN과의 협력을 말했다.").empty


def test_a_school_a_sound_bites_label_names_by_its_short_form_and_a_grade():
    table = entities_of("[박가람 / 가람체중 3학년(3관왕) :\n3관왕을 할 줄 몰랐다.]")
    assert table[["entity", "kind"]].values.tolist() == [
        ["박가람", "person"],
        ["가람체중", "organisation"],
    ]


def test_a_role_with_no_school_names_no_body():
    table = entities_of("[김순자 / 가상시 중앙동 주민]\n“시장이 살아야 한다.”")
    assert "organisation" not in set(table["kind"])
