"""People, organisations and places in the shapes quotes/heldout19 and heldout20 missed or misread,
and a user's walk through notebook 05, on invented text: a sound bite's label kept a paragraph,
sports clubs named by their companies, foreign parties and papers, a county's office written with
its county."""

import pytest

from test_entities import entities_of


def _found(body: str) -> set[tuple[str, str]]:
    table = entities_of(body)
    return set(zip(table["entity"], table["kind"], strict=True))


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
