"""People, organisations and places in the shapes quotes/heldout21 and heldout22 missed or misread,
on invented text: roll calls and award lists with common role nouns after the names, a Korean
surname written onto a transliterated given name, community bodies with their chapters abroad."""

from test_entities import entities_of


def _found(body: str) -> set[tuple[str, str]]:
    table = entities_of(body)
    return set(zip(table["entity"], table["kind"], strict=True))


def _people(body: str) -> list[str]:
    table = entities_of(body)
    return table.loc[table["kind"] == "person", "entity"].tolist()


def test_a_villages_roll_call_names_each_person():
    people = _people(
        "이날 김철수 가상1리 이장, 박영희 노인회장, 이순신 새마을지도자, 최민지 부녀회장이 "
        "마을회관에서 함께 모였다."
    )
    assert people == ["김철수", "박영희", "이순신", "최민지"]


def test_a_title_after_a_numbered_village_takes_the_village():
    table = entities_of("이날 김철수 가상1리 이장이 참석했다.")
    row = table[table["entity"] == "김철수"].iloc[0]
    assert (row["title"], row["affiliation"]) == ("이장", "가상1리")


def test_an_award_list_names_the_teacher_and_the_students():
    people = _people(
        "가상중은 한승진 교사가 도지사상을 받은 것을 비롯해 박진호 학생(3년) 교육감상, "
        "이태승 학생(3년) 의장상 등을 수상했다."
    )
    assert people == ["한승진", "박진호", "이태승"]


def test_a_student_council_president_before_the_name():
    assert _people('학생회장 원호연(행정학과·14)씨는 "열심히 하겠다"고 말했다.') == ["원호연"]


def test_a_korean_surname_written_onto_a_transliterated_given_name():
    assert _people('김에스더 행사위원장은 "준비했다"고 말했다. 박다니엘 씨도 왔다.') == [
        "김에스더",
        "박다니엘",
    ]
    # with no title, a word so shaped is no one: the title vouches for it
    assert _people("김다니엘은 왔다.") == []


def test_a_roll_call_of_community_heads_abroad_names_person_and_body_apart():
    table = entities_of(
        "이날 간담회에는 조나래 대한노인회 가상지회장, 김요준 민주평화통일자문회의 가상협의회장, "
        "박다온 가상장학회장, 신가온 세계한민족여성네트워크 가상지회장, 서은결 경찰영사, "
        "남하늘 우리은행 가상법인장 등이 참석하였다."
    )
    found = set(zip(table["entity"], table["kind"], strict=True))
    assert {
        ("조나래", "person"),
        ("대한노인회 가상지회", "organisation"),
        ("김요준", "person"),
        ("민주평화통일자문회의 가상협의회", "organisation"),
        ("박다온", "person"),
        ("가상장학회", "organisation"),
        ("신가온", "person"),
        ("세계한민족여성네트워크 가상지회", "organisation"),
        ("서은결", "person"),
        ("남하늘", "person"),
        ("우리은행 가상법인", "organisation"),
    } == found
    row = table[table["entity"] == "조나래"].iloc[0]
    assert (row["title"], row["affiliation"]) == ("지회장", "대한노인회 가상지회")


def test_a_chapter_written_alone_after_its_parent_is_one_body():
    assert _found("대한노인회 가상지회가 총회를 열었다.") == {
        ("대한노인회 가상지회", "organisation")
    }
