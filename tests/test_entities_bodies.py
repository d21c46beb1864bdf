"""Organisations in the shapes the open batches missed (entities24, issue 22), on invented text: a
county's body written as its bare ending, an association of an area, schools by their full or
short names."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


def test_a_countys_body_written_as_a_long_ending_alone_is_the_countys_own():
    # Kiwi cuts 생활개선회 into common nouns: an ending of three letters or more needs no proper tag.
    assert _found("가람군 생활개선회는 행사를 열었다.") == {
        ("가람군 생활개선회", "organisation"),
        ("가람군", "place"),
    }
    assert ("한빛군 노인회", "organisation") in _found("한빛군 노인회는 잔치를 열었다.")


def test_an_association_of_an_area_is_one_body_written_apart_or_together():
    assert _found(
        "프랑크푸르트 지역한인회 주최로 열렸다. 프랑크푸르트지역한인회 홍길동 회장은 말했다."
    ) == {("프랑크푸르트 지역한인회", "organisation"), ("홍길동", "person")}


def test_a_primary_or_middle_school_kiwi_reads_as_common_nouns_is_named():
    assert ("금파초등학교", "organisation") in _found("오전 금파초등학교 입학식이 있었다.")
    # a school nearby, written onto 인근, is none
    assert _found("인근초등학교 학생들이 모였다.") == set()


def test_a_universitys_short_name_before_a_department_is_the_university():
    assert ("누리대", "organisation") in _found("최 청장은 누리대 경찰행정학과를 졸업했다.")
    assert _found("그는 대학 경영학과를 나왔다.") == set()


def test_an_association_written_together_first_is_named_so():
    found = _found("하와이한인회 주최로 열렸다. 하와이 한인회 홍길동 회장은 말했다.")
    assert {name for name, kind in found if kind == "organisation"} == {"하와이한인회"}


def test_a_school_level_alone_is_no_back_reference():
    assert _found("가람초등학교 입학식이 열렸다. 초등학교 교사들이 모였다.") == {
        ("가람초등학교", "organisation")
    }


def test_a_federation_by_its_province_after_its_parent_is_one_body():
    assert _found("대한노인회 충청북도연합회가 총회를 열었다.") == {
        ("대한노인회 충청북도연합회", "organisation")
    }


OFFICERS = [r for r in tables.table("name_words.tsv") if r.role == "officer"]


@pytest.mark.parametrize("row", OFFICERS, ids=lambda r: r.word)
def test_each_officers_title_names_the_body_he_serves(row):
    table = entities_of(row.example)
    bodies = table[table["kind"] == "organisation"]
    assert list(bodies["rule"]) == ["voice"]
    assert bodies["text"].iloc[0] in {"누리라이프", "맘스반찬", "누리치과"}


def test_a_body_in_brackets_after_its_officers_title_and_no_name_or_age():
    found = _found("박나래 대표(가온상사)와 최한빛 대표(다솜)가 뽑혔다.")
    assert {("가온상사", "organisation"), ("다솜", "organisation")} <= found
    # an age in brackets, a second name and a listed place are no body
    assert _found("홍길동(67) 대표는 말했다.") == {("홍길동", "person")}
    assert ("김철수", "organisation") not in _found("홍길동 김철수 대표는 말했다.")
    assert ("부산광역시", "place") in _found("홍길동 부산 회장은 말했다.")


def test_a_body_written_short_by_its_officers_title_is_the_longer_one_named():
    table = entities_of("누리라이프홀딩스는 투자를 했다. 홍길동 누리라이프 대표는 말했다.")
    assert set(table.loc[table["kind"] == "organisation", "entity"]) == {"누리라이프홀딩스"}
    # a family name after a foreign given name is the person's, no body
    assert _found("리처드 조 회장은 말했다.") == {("리처드 조", "person")}


def test_a_branch_office_after_its_corporation_and_a_governor_after_a_party():
    assert _found("가람농어촌공사 한빛지사가 준공식을 열었다.") == {
        ("가람농어촌공사 한빛지사", "organisation")
    }
    # 경기지사 after a party is the province's governor, no branch of the party
    assert _found("국민의힘 경기지사 후보는 말했다.") == {
        ("국민의힘", "organisation"),
        ("경기도", "place"),
    }


def test_a_townships_residents_council_is_its_own_body():
    assert _found("한빛면 주민자치회는 축제를 열었다.") == {
        ("한빛면 주민자치회", "organisation"),
        ("한빛면", "place"),
    }


def test_a_universitys_short_name_before_a_professors_title():
    found = _found("정윤수 성공회대 교수, 김중석 그림책 작가가 왔다.")
    assert ("성공회대", "organisation") in found
    assert ("성공회대", "person") not in found


def test_a_short_form_declared_in_brackets_names_the_body_there_and_after():
    table = entities_of(
        "누리종합사회복지관(관장 홍길동, 이하 복지관)은 협약을 맺었다. 복지관은 후원금을 받았다."
    )
    bodies = table[table["kind"] == "organisation"]
    assert set(bodies["entity"]) == {"누리종합사회복지관"}
    assert list(bodies["text"]) == ["누리종합사회복지관", "복지관", "복지관"]
    found = _found("가람재단(이하 ‘재단’)은 말했다. 재단은 또 밝혔다.")
    assert found == {("가람재단", "organisation")}


def test_an_association_name_of_a_long_stem_kiwi_reads_as_common_nouns():
    assert _found("세계한인언론인협회 고문으로 활동한다.") == {
        ("세계한인언론인협회", "organisation")
    }
    # a short stem is a kind of body; a former post's 前 is no part of a name
    assert _found("장학재단과 업계협회가 모였다.") == set()
    assert ("前한국가람인연합회", "organisation") not in _found("前한국가람인연합회 회장 김기응씨")


def test_a_denomination_kiwi_cut_and_a_churchs_conference_are_named():
    assert _found("기독교대한감리회 남부연회에 소속된 교회") == {
        ("기독교대한감리회", "organisation"),
        ("남부연회", "organisation"),
    }
    assert _found("축하연회가 열렸다.") == set()


FIRMS = [r for r in tables.table("name_words.tsv") if r.role == "firm"]


@pytest.mark.parametrize("row", FIRMS, ids=lambda r: r.word)
def test_each_firms_word_with_its_copula_names_the_body_after_it(row):
    table = entities_of(row.example)
    assert list(table["kind"]) == ["organisation"]
    assert table["rule"].iloc[0] == "kind"
    assert table["text"].iloc[0].startswith(("누리", "가람"))


def test_a_person_or_a_listed_place_after_a_firms_word_is_no_body():
    assert _found("그는 회사인 김철수를 만났다.") == set()
    assert ("부산광역시", "place") in _found("항구도시인 부산을 찾았다.")
    # a name a line break cuts (no particle written onto its first word) is not read in part
    assert _found("생산업체인 가람비티비\n보워터 제지 노사가 다퉜다.") == set()


def test_a_co_operative_kiwi_reads_as_common_nouns_and_a_regional_headquarters():
    assert ("하귀농협", "organisation") in _found("각각 18대 하귀농협 조합장으로 취임했다.")
    assert _found("회원농협과 관내농협 조합장들이 모였다.") == set()
    assert _found("가람중앙회 한빛지역본부는 성금을 냈다.") == {
        ("가람중앙회 한빛지역본부", "organisation")
    }


def test_the_trade_bodies_short_forms_name_their_full_names():
    found = _found("KOTRA와 중진공, 중기중앙회가 모였다.")
    assert found == {
        ("KOTRA", "organisation"),
        ("중소벤처기업진흥공단", "organisation"),
        ("중소기업중앙회", "organisation"),
    }


def test_a_places_health_centre_youth_centre_and_veterans_written_onto_its_name():
    for body, sentence in (
        ("가람군보건소", "가람군보건소는 검진을 했다."),
        ("가람시청소년수련관", "가람시청소년수련관은 캠프를 열었다."),
        ("가람시재향군인회", "가람시재향군인회는 행사를 열었다."),
    ):
        assert (body, "organisation") in _found(sentence)
    assert _found("보건소와 수련관에 갔다.") == set()
