"""People, organisations and places in the shapes quotes/heldout19 and heldout20 missed or misread,
and a user's walk through notebook 05, on invented text: a sound bite's label kept a paragraph,
sports clubs named by their companies, foreign parties and papers, a county's office written with
its county."""

import pytest

from entity_rows import entities_in, entities_of
from entity_rows import kinds_of as _found
from kornews import tables


@pytest.mark.parametrize(
    "label",
    ["홍길동 / 가상시장 상인", "[홍길동 / 가상시장 상인]", "홍길동 / 가람읍"],
)
def test_a_sound_bites_label_over_the_words_names_a_person(label):
    table = entities_of(f'상인들이 목청을 높입니다.\n\n{label}\n"조기 있어요."\n\n모두 넉넉합니다.')
    people = table.query("kind == 'person'")
    assert people["entity"].tolist() == ["홍길동"]
    assert table.query("entity == '홍길동'")["kind"].tolist() == ["person"]  # not 동, a place


def test_a_sound_bites_role_keeps_its_places():
    table = entities_of("장이 섰습니다.\n\n김철수 / 세종시 가람읍\n“물건이 좋아요.”")
    assert table[["entity", "kind"]].values.tolist()[:2] == [
        ["김철수", "person"],
        ["세종특별자치시", "place"],
    ]
    assert table["affiliation"].iloc[0] == "세종특별자치시"


def test_a_slash_line_over_no_quotation_names_no_one():
    assert "person" not in set(
        entities_of("장이 섰습니다.\n\n홍길동 / 가상시장 상인\n\n모두 넉넉합니다.")["kind"]
    )


def test_players_with_their_clubs_company_in_brackets():
    table = entities_of(
        "감독과 김가람(나래건설), 최나래(ABC가람은행), 박다온(한빛화재)이 참석했다. "
        "나래건설 양철수 감독은 말했다."
    )
    assert table[["entity", "kind"]].values.tolist() == [
        ["김가람", "person"],
        ["나래건설", "organisation"],
        ["최나래", "person"],
        ["ABC가람은행", "organisation"],
        ["박다온", "person"],
        ["한빛화재", "organisation"],
        ["나래건설", "organisation"],
        ["양철수", "person"],  # not 나래건설 양철수, a foreign name of two words
    ]
    assert table["affiliation"].tolist()[:3:2] == ["나래건설", "ABC가람은행"]


@pytest.mark.parametrize(
    "body",
    [
        "[리그17R]성남전 후 감독 인터뷰\n가람FC는 성남전에서 비겼다.",
        "가람FC 김가람 감독은 가람전 후 웃었다.",
    ],
)
def test_a_match_named_by_a_side_and_jeon_is_no_person(body):
    assert "전" not in "".join(entities_of(body).query("kind == 'person'")["entity"])


def test_a_name_with_a_title_ending_in_jeon_is_still_a_person():
    assert ("이상전", "person") in _found("가람FC는 이겼다. 이상전 감독은 말했다.")


@pytest.mark.parametrize(
    "body",
    [
        "제2회 한가람 야구봉사리그가 열렸다. 한가람 야구봉사리그 첫 경기에서 한가람은 이겼다. 한가람은 웃었다.",
        "한가람 풋살컵 결승이 열렸다. 한가람은 웃었다. 한가람은 울었다.",
    ],
)
def test_a_leagues_brand_shaped_like_a_name_is_no_person(body):
    assert "person" not in set(entities_of(body)["kind"])


def test_a_foreign_party_by_its_korean_name_is_an_organisation():
    found = _found("국민당 의원들이 크라이스트처치에 모였다. 국민당은 전당대회를 열었다.")
    assert {("국민당", "organisation"), ("크라이스트처치", "place")} <= found


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("대회를 연다고 엔젯 해럴드에서 보도했다.", "엔젯 해럴드"),
        ("대회를 연다고 가람 헤럴드에서 보도했다.", "가람 헤럴드"),
    ],
)
def test_the_source_of_a_report_is_an_outlet(body, outlet):
    assert (outlet, "organisation") in _found(body)


@pytest.mark.parametrize(
    "body", ["가람시에서 보도자료를 냈다.", "김철수에서 보도했다.", "시청에서 보도했다."]
)
def test_no_outlet_where_no_proper_noun_reports(body):
    assert "organisation" not in set(entities_of(body)["kind"])


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "agency"], ids=lambda r: r.word
)
def test_a_places_agency_a_word_after_it_is_one_organisation(row):
    table = entities_of(row.example)
    assert table[["entity", "kind"]].values.tolist() == [
        [row.example.split(row.word)[0] + row.word, "organisation"]
    ]


def test_a_places_agency_alone_elsewhere_is_its_short_form():
    table = entities_of(
        "가람군은 가람군 농업기술센터 직원들과 만났다. 농업기술센터 본관에서 열렸다."
    )
    bodies = table.query("kind == 'organisation'")
    assert bodies[["entity", "text"]].values.tolist() == [
        ["가람군 농업기술센터", "가람군 농업기술센터"],
        ["가람군 농업기술센터", "농업기술센터"],
    ]
    assert ("가람군", "place") in _found("가람군은 가람군 농업기술센터 직원들과 만났다.")


def test_an_agency_glued_to_its_county_is_no_unit_of_the_province_before():
    found = _found("강원도 철원군보건소 관계자는 말했다.")
    assert {("강원특별자치도", "place"), ("철원군보건소", "organisation")} <= found


def test_a_general_federation_kiwi_cuts_at_its_determiner_is_one_organisation():
    table = entities_of(
        "세계가람총연합회는 대회를 열었다. 가람고 총동문회가 열렸다. 회원 총 30명이 모였다."
    )
    assert table[["entity", "kind"]].values.tolist() == [
        ["세계가람총연합회", "organisation"],
        ["가람고 총동문회", "organisation"],
    ]


def test_a_foreign_name_written_together_with_a_title_or_a_korean_family_name():
    table = entities_of(
        "헬렌장 준비위원장과 나선희 위원장은 행사를 열었다. 헬렌장은 웃었다. "
        "에이미팩 의원은 말했다. 에이미팩의 당선을 축하했다. 크리스마스 행사가 열렸다."
    )
    people = table.query("kind == 'person'")
    assert people["entity"].tolist() == ["헬렌장", "나선희", "헬렌장", "에이미팩", "에이미팩"]
    assert people["title"].fillna("").tolist() == ["위원장", "위원장", "", "의원", ""]


def test_a_bodys_word_alone_is_the_body_the_article_names_so_ending():
    table = entities_of(
        "가람한인회가 주최했다. 헬렌장 위원장(한인회 이사)은 행사를 열었다. 2세들이 한인회에 합류했다."
    )
    assert table.query("text == '한인회'")[["entity", "kind"]].values.tolist() == [
        ["가람한인회", "organisation"],
        ["가람한인회", "organisation"],
    ]
    assert "한인회" not in set(entities_of("2세들이 한인회에 합류했다.")["entity"])


@pytest.mark.parametrize("given", ["리처드", "사무엘"])
def test_a_given_name_and_a_korean_surname_written_apart_are_one_name(given):
    table = entities_of(f"가람의류협회 {given} 조 회장은 말했다. 조 회장은 웃었다.")
    people = table.query("kind == 'person'")
    assert people[["entity", "text"]].values.tolist() == [
        [f"{given} 조", f"{given} 조"],
        [f"{given} 조", "조 회장"],
    ]


def test_a_headlines_foreign_name_is_not_what_the_bodys_surname_stands_for():
    table = entities_in(
        "가람 단체장 인터뷰…가람의류협회 리처드 조 회장\n\n가람의류협회 조 회장은 말했다. 조 회장은 웃었다."
    )
    body = table.query("kind == 'person' and paragraph >= 0")
    assert body["entity"].tolist() == ["조 회장", "조 회장"]


def test_a_university_before_en_and_a_schools_word_is_an_organisation():
    assert ("나래대", "organisation") in _found("나래대에 재학 중인 한 학생은 말했다.")
    assert "organisation" not in set(entities_of("시카고에 학생이 왔다.")["kind"])


def test_a_region_named_as_a_schools_stem_is_the_school_not_the_region():
    found = _found("가람교육청 중동초 학부모 간담회가 열렸다. 중동 학부모들이 모였다.")
    assert ("중동초", "organisation") in found
    assert ("중동", "place") not in found
    assert ("중동", "place") in _found("중동 정세가 불안하다. 유럽과 중동이 맞섰다.")
