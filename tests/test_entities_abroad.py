"""People, organisations and places as the Korean press abroad writes them (quotes/heldout20's
shapes), on invented text: community bodies by their endings, places abroad from their table,
Korea's letter with another country's (한미), and names in Latin letters before a title."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables
from kornews.entities import lexicon


@pytest.mark.parametrize("row", tables.table("places_abroad.tsv"), ids=lambda row: row.name)
def test_each_place_abroad_is_a_place(row):
    places = entities_of(row.example).query("kind == 'place'")
    text = places["text"].iloc[0]
    # named as printed (애슨스, 써리: the press's spelling), the row's form all the same
    assert places["entity"].iloc[0] == text
    assert lexicon()[text.replace(" ", "")].name == row.name
    assert row.example.startswith(text)


def test_a_place_abroad_by_its_other_spellings_is_named_as_printed():
    table = entities_of("어스틴, 샌안토니오 한인들과 웨스트 라이드 주민들이 모였다.")
    places = table.query("kind == 'place'")
    assert places[["entity", "text"]].values.tolist() == [
        ["어스틴", "어스틴"],
        ["샌안토니오", "샌안토니오"],
        ["웨스트 라이드", "웨스트 라이드"],
    ]


def test_a_korean_county_keeps_its_name_beside_a_chinese_city():
    found = _found("칭다오시 대표단이 청도에 왔다. 칭다오에서 온 손님들이다.")
    assert found == {("칭다오시", "place"), ("청도군", "place")}


@pytest.mark.parametrize(
    "body, name",
    [
        ("가람한인여성회는 바자회를 열었다.", "가람한인여성회"),
        ("홍길동 가람한인상공회의소 회장은 말했다.", "가람한인상공회의소"),
        ("미중부가람한인회연합회는 총회를 열었다.", "미중부가람한인회연합회"),
        ("가람한인후손회는 기념식을 열었다.", "가람한인후손회"),
        ("가람챕터는 참전 기념식을 열었다.", "가람챕터"),
        ("재가람한국인회는 송년회를 열었다.", "재가람한국인회"),
        ("가람한글학교는 졸업식을 열었다.", "가람한글학교"),
    ],
)
def test_a_community_body_abroad_by_its_ending(body, name):
    assert (name, "organisation") in _found(body)


def test_a_school_a_word_after_its_place_abroad_is_one_body():
    found = _found("멕시코시티 한글학교 학생들과 휴스턴 한국학교 교사들이 왔다.")
    assert found == {
        ("멕시코시티 한글학교", "organisation"),
        ("휴스턴 한국학교", "organisation"),
    }


def test_the_unification_council_by_the_press_abroads_short_form():
    table = entities_of("홍길동 평통회장도 인사했다.")
    assert table[["entity", "kind", "text"]].values.tolist() == [
        ["홍길동", "person", "홍길동"],
        ["민주평화통일자문회의", "organisation", "평통"],
    ]


@pytest.mark.parametrize(
    "body, countries",
    [
        ("한미 관계가 좋다.", [["대한민국", "한"], ["미국", "미"]]),
        ("한·미·일 정상은 만났다.", [["대한민국", "한"], ["미국", "미"], ["일본", "일"]]),
        ("한중 교류가 늘었다.", [["대한민국", "한"], ["중국", "중"]]),
    ],
)
def test_koreas_letter_with_anothers_names_both(body, countries):
    places = entities_of(body).query("kind == 'place'")
    assert places[["entity", "text"]].values.tolist() == countries


@pytest.mark.parametrize(
    "body",
    [
        "한미동맹은 굳건하다.",  # a pact
        "북미 대화가 열렸다.",  # North America or North Korea and the US
        "한 의원은 말했다.",  # 한 alone: a surname or "a", never the country
    ],
)
def test_no_country_of_letters_without_korea_or_alone(body):
    assert "place" not in set(entities_of(body)["kind"])


def test_a_surname_han_with_a_title_stays_the_person():
    table = entities_of("한가람 총리는 말했다. 한 총리는 또 말했다.")
    assert table[["entity", "kind"]].values.tolist() == [["한가람", "person"]] * 2


def test_names_in_latin_letters_before_a_title_are_people():
    table = entities_of("Gildong Hong 장관과 Nara Kim 의원, Bit Lee 의원이 왔다.")
    assert table[["entity", "kind", "title"]].values.tolist() == [
        ["Gildong Hong", "person", "장관"],
        ["Nara Kim", "person", "의원"],
        ["Bit Lee", "person", "의원"],
    ]


def test_latin_capitals_are_no_name():
    assert "person" not in set(entities_of("KBS TV 기자는 말했다.")["kind"])


def test_a_korean_school_in_japan_is_named_by_its_city_and_the_kind_alone_is_none():
    found = _found("오사카 조선학교 학생들이 왔다. 도쿄 조선고교도 왔다. 이들 조선학교는 어렵다.")
    assert found == {("오사카 조선학교", "organisation"), ("도쿄 조선고교", "organisation")}
