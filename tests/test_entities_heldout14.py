"""People, organisations and places in the shapes quotes/heldout14 (and the open batches) missed
or misread, on invented text: an organisation with its branch or unit, an embassy with its country,
a postal address's places, bodies listed with organisations or with a stock code, rosters in
brackets, heads of state, capitals, neighbourhoods by short names, committees by their purpose."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("가람농협 한빛지점 계장은 보이스피싱 피해를 막았다.", "가람농협 한빛지점"),
        ("가람지법 한빛지원 형사1단독 김가람 부장판사는 판결했다.", "가람지법 한빛지원"),
        ("가람고 총동문회와 동문들이 장학금을 기탁했다.", "가람고 총동문회"),
        ("가람노조 한빛지부는 성명을 냈다.", "가람노조 한빛지부"),
    ],
)
def test_an_organisation_and_its_branch_or_unit_are_one_named_whole(body, name):
    found = _found(body)
    assert (name, "organisation") in found
    # Neither part stands alone beside the whole.
    assert not {(part, "organisation") for part in name.split()} & found


def test_a_listed_places_office_as_one_common_noun_before_its_unit():
    # Kiwi may read a city's office as one common noun (충주시청/NNG): with a unit after it, a body.
    assert ("충주시청 직장운동경기부", "organisation") in _found(
        "충주시청 직장운동경기부가 전국체전에서 금메달을 땄다."
    )


def test_a_places_office_alone_is_no_new_body():
    # Alone, such a word is as often the building (the gold reads 대구시청에 대한 감사 as one).
    assert not _found("충주시청에 대한 감사가 열렸다.")


def test_the_places_of_a_postal_address_are_none():
    found = _found(
        "가람신문 경기도 수원시 장안구 가람로941, 2층 101호(영화동 한빛타운) 발행인 : 김가람\n"
    )
    assert not {kind for _, kind in found} & {"place"}


def test_places_before_a_particle_and_a_number_are_still_places():
    found = _found("그는 경기도 수원시 장안구로 3일 이사했다.")
    assert {("경기도", "place"), ("수원시", "place"), ("장안구", "place")} <= found


def test_a_head_of_state_named_once():
    assert ("린츠웨이", "person") in _found("가람스는 린츠웨이 국가주석과 정상회담을 가졌다.")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("총리는 인도네시아 자카르타를 방문했다.", "자카르타"),
        ("대표단은 웰링턴에 도착했다.", "웰링턴"),
        # A US state (and a country) before a state office's title is no person's name.
        ("가람 켐프 조지아 주내무장관은 말했다.", "조지아"),
    ],
)
def test_a_capital_or_a_state_named_once_is_a_place(body, place):
    found = _found(body)
    assert (place, "place") in found
    assert (place, "person") not in found


def test_bodies_named_in_a_list_with_a_listed_company_are_organisations():
    found = _found(
        "가람증권은 나래온라인의 실적을 전망했다. 엔씨소프트, 나래온라인, 한빛게임즈, 게임빌 등은 "
        "모두 실적을 발표할 예정이다."
    )
    assert {("나래온라인", "organisation"), ("게임빌", "organisation")} <= found
    table = entities_of("엔씨소프트, 나래온라인 등은 실적을 냈다. 나래온라인의 실적은 좋았다.")
    assert list(table.loc[table["entity"] == "나래온라인", "kind"]) == ["organisation"] * 2


@pytest.mark.parametrize(
    "body",
    [
        "김가람, 이나래, 박한빛 등이 참석했다.",  # people
        "엔씨소프트, 김한빛 등이 참석했다.",  # a person's name's shape
        "가람 대통령-트럼프, 백악관 첫 만남이 열렸다.",  # a leader's family name
        "행사에는 K-Biz 가람연합회, 엔씨소프트가 참석했다.",  # Latin letters begin the name
    ],
)
def test_no_body_from_a_list_without_organisations_or_of_another_shape(body):
    assert not {name for name, kind in _found(body) if kind == "organisation"} - {
        "엔씨소프트",
        "백악관",
    }


def test_a_word_said_twice_is_no_place():
    # 마구마구 ends in a place's last letter, but a doubled word is a game's or a sound's name.
    found = _found("업데이트에는 서든어택, 마구마구, 대항해시대 등이 포함됐다.")
    assert not {kind for _, kind in found} & {"place"}


def test_an_embassy_with_the_country_it_is_posted_in_is_one_body_and_no_person():
    found = _found(
        "주베트남 대한민국대사관(대사 김가람)은 행사를 열었다. 김가람 주베트남 한국대사는 말했다."
    )
    assert ("주베트남 대한민국대사관", "organisation") in found
    assert ("대한민국대사관", "organisation") not in found
    assert ("김가람", "person") in found
    assert not {name for name, kind in found if kind == "person"} - {"김가람"}


def test_players_in_brackets_after_their_team_are_people_however_kiwi_cuts_them():
    found = _found("그는 준결승에서 가람대표(이용대,김기정)에 져 동메달을 땄다.")
    assert {("이용대", "person"), ("김기정", "person")} <= found


def test_no_people_from_bracketed_places_or_bodies():
    found = _found(
        "단체전에서는 가람선발(김천시청,상무)에 졌고 행사는 (서울시, 부산시)에서 열렸다."
    )
    assert not {name for name, kind in found if kind == "person"}


def test_a_name_before_a_head_count_is_a_person():
    assert ("송나래", "person") in _found("조정 에이트에는 송나래 등 9명이 참여했다.")


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("name_words.tsv") if r.role == "neighbourhood"],
    ids=lambda r: r.word,
)
def test_each_neighbourhood_letter_makes_a_short_name_after_a_place_a_place(row):
    place, short = row.example.split()[:2]
    found = _found(row.example + f" {short}도 그렇다.")
    assert (short, "place") in found
    table = entities_of(row.example + f" {short}도 그렇다.")
    # Read by its short name elsewhere too.
    assert list(table["entity"]).count(short) == 2


def test_a_short_school_name_links_to_the_full_name_the_article_writes():
    table = entities_of("가람고등학교에 따르면 가람고 동문들이 장학금을 냈다.")
    schools = table[table["kind"] == "organisation"]
    assert list(schools["entity"]) == ["가람고등학교", "가람고등학교"]
    assert list(schools["text"]) == ["가람고등학교", "가람고"]


def test_a_member_of_a_listed_party_names_the_party():
    table = entities_of("가람 출신 공화당원인 켐프 장관은 말했다.")
    assert table[["entity", "kind", "text"]].values.tolist()[:1] == [
        ["공화당", "organisation", "공화당"]
    ]


def test_a_body_and_its_unit_are_named_as_written():
    # The school's full name elsewhere does not rename the unit the text writes with its short one.
    found = _found("가람고등학교에 따르면 가람고 총동문회가 장학금을 냈다.")
    assert ("가람고 총동문회", "organisation") in found
    assert ("가람고등학교 총동문회", "organisation") not in found


def test_a_company_with_its_stock_code_is_an_organisation_and_so_is_its_name_elsewhere():
    table = entities_of(
        "괴리율 상위에는 나래엠(041510)(45.9%), 한빛시스템스(140860) 등이 꼽혔다. 나래엠은 올랐다."
    )
    bodies = table[table["kind"] == "organisation"]
    assert list(bodies["entity"]) == ["나래엠", "한빛시스템스", "나래엠"]


def test_bodies_listed_with_a_middle_dot_beside_listed_companies():
    found = _found("대상은 SK하이닉스·가람에너빌리티·한화오션이다.")
    assert ("가람에너빌리티", "organisation") in found


def test_a_committee_named_only_by_its_purpose_is_no_body():
    found = _found("김가람 추진위원회 위원장은 말했다. 피해자 대책위원회도 나섰다.")
    assert not {name for name, kind in found if kind == "organisation"}
