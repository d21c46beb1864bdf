"""Entities in the shapes of quotes/heldout12's misses, on invented text: co-operatives, residents
named with their age and home, a county's office building, a place Kiwi cut into pieces."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


def test_a_co_operative_its_central_body_and_its_head():
    found = entities_of(
        "김가람 한빛농협 조합장은 말했다. 한빛농협이 농협중앙회의 기준을 넘었다. "
        "김 조합장은 합병에 반대했다."
    )
    pairs = set(zip(found["entity"], found["kind"], strict=True))
    assert {("한빛농협", "organisation"), ("농협중앙회", "organisation")} <= pairs
    people = found[found["kind"] == "person"]
    assert list(people["entity"]) == ["김가람", "김가람"]
    assert list(people["text"]) == ["김가람", "김 조합장"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "generic"], ids=lambda r: r.word
)
def test_each_generic_word_makes_an_organisations_ending_a_kind_of_body(row):
    # 지역농협 is any member co-operative; 가람농협 beside it is one.
    found = _found(row.example)
    assert ("가람농협", "organisation") in found
    assert not any(name.startswith(row.word) for name, _ in found)


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("name_words.tsv") if r.role in ("office", "spot")],
    ids=lambda r: r.word,
)
def test_each_office_ending_before_a_spot_names_a_building_no_organisation(row):
    assert _found(row.example) == set()


def test_an_office_that_acts_or_is_visited_is_an_organisation():
    assert ("가람시청", "organisation") in _found("가람시청이 대피소를 지정했다.")
    assert ("가람시청", "organisation") in _found("가람시청 관계자는 말했다.")
    # After a body's name the ending names a body, spot or none (서울시교육청 is the city's).
    assert ("서울특별시교육청", "organisation") in _found("서울시교육청 앞에서 집회가 열렸다.")


def test_residents_named_with_their_age_and_home():
    found = _found(
        "가람군 농민들은 이렇게 말했다.\n"
        "박가온(67·한빛면 새터)\n“값을 제대로 받고 싶다.”\n"
        "이나래(54, 가람읍)\n“일손이 모자란다.”\n"
        "최다온(45·회사원)씨도 거들었다."
    )
    assert {("박가온", "person"), ("이나래", "person"), ("최다온", "person")} <= found
    assert {("한빛면", "place"), ("가람읍", "place")} <= found
    # A job after the age is no place, nor is the hamlet after the township.
    assert not {name for name, kind in found if kind == "place"} & {"회사원", "새터"}


def test_a_hamlet_after_a_home_is_no_listed_place():
    # 구미 is 구미시's short form in the tables; after a township in an age bracket it is a hamlet.
    found = _found("정가람(56·동계 구미)\n“농산물 값이 올라야 한다.”")
    assert ("정가람", "person") in found
    assert ("구미시", "place") not in found


def test_a_listed_place_kiwi_cut_into_pieces_is_read_whole():
    # Kiwi reads 칠곡군이 as 칠/NR+곡+군: the written word is the county's name.
    assert ("칠곡군", "place") in _found("그릇을 키워야 칠곡군이 화합한다고 했다.")


def test_a_name_before_a_body_in_the_table_and_a_title():
    found = _found("홍가람 민주평통 자문위원은 말했다.")
    assert found == {("홍가람", "person"), ("민주평화통일자문회의", "organisation")}


@pytest.mark.parametrize("row", tables.table("leaders.tsv"), ids=lambda row: row.family)
def test_each_leader_by_family_name_and_a_heads_title_is_the_full_name(row):
    table = entities_of(row.example)
    people = table[table["kind"] == "person"]
    assert list(people["entity"]) == [row.name]
    assert people["text"].iloc[0].startswith(row.family)


def test_a_leaders_family_name_with_another_title_is_no_leader():
    # 존슨 하원의장 is another 존슨: only a head's title (대통령, 총리) names the leader.
    assert "보리스 존슨" not in set(entities_of("존슨 하원의장은 표결을 미뤘다.")["entity"])


def test_a_place_and_a_common_noun_after_a_name_are_no_persons():
    # 경남+지역 is a region, not a foreign name's last word nor a name before the title.
    found = _found("김가람 한빛뉴스 경남지역 본부장은 말했다.")
    assert "경남지역" not in {name for name, kind in found if kind == "person"}


_LONG_PLAN = (
    "가람시는 내년 상반기까지 시내 모든 초등학교 주변의 통학로를 새로 정비하고 보행로를 넓히겠다는"
    " 계획을 이날 시의회 본회의에서 밝혔다."
)


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("name_words.tsv") if r.role == "copyright"],
    ids=lambda r: r.word,
)
def test_each_copyright_mark_keeps_the_publisher_in_its_line_from_the_story(row):
    # 가람의학신문 is in no outlet table; the line it closes is a paragraph of the page. The
    # story goes on below it at a paragraph's length (a short line under a copyright ends the text).
    found = _found(f"한빛전자는 부인했다.\n{row.example}\n{_LONG_PLAN}")
    assert found == {("한빛전자", "organisation"), ("가람시", "place")}
    # Named in the story, the publisher stays an organisation (as the press of the outlet tables).
    story = f"가람의학신문은 이를 보도했다.\n{row.example}\n{_LONG_PLAN}"
    assert ("가람의학신문", "organisation") in _found(story)


def test_a_schools_heads_and_a_chief_named_in_brackets_after_the_station():
    found = _found("중등부 홍가람 교감과 이나래 교감이 참석했다. 가람경찰서(서장 박다온)는 밝혔다.")
    assert {("홍가람", "person"), ("이나래", "person"), ("박다온", "person")} <= found
    assert ("가람경찰서", "organisation") in found
