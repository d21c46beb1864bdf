"""People, organisations and places in the shapes quotes/heldout21 and heldout22 missed or misread,
on invented text: roll calls and award lists with common role nouns after the names, a Korean
surname written onto a transliterated given name, community bodies with their chapters abroad."""

from entity_rows import entities_of
from entity_rows import kinds_of as _found


def _written(body: str, kind: str) -> list[list[str]]:
    """[entity, text] of each mention of the kind, in order."""
    table = entities_of(body)
    return table.loc[table["kind"] == kind, ["entity", "text"]].values.tolist()


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
        "이날 간담회에는 조나래 대한노인회 칠레지회장, 김요준 민주평화통일자문회의 칠레협의회장, "
        "박다온 가상장학회장, 신가온 세계한민족여성네트워크 칠레지회장, 서은결 경찰영사, "
        "남하늘 신한은행 칠레법인장 등이 참석하였다."
    )
    found = set(zip(table["entity"], table["kind"], strict=True))
    assert {
        ("조나래", "person"),
        ("대한노인회 칠레지회", "organisation"),
        ("김요준", "person"),
        ("민주평화통일자문회의 칠레협의회", "organisation"),
        ("박다온", "person"),
        ("가상장학회", "organisation"),
        ("신가온", "person"),
        ("세계한민족여성네트워크 칠레지회", "organisation"),
        ("서은결", "person"),
        ("남하늘", "person"),
        ("신한은행 칠레법인", "organisation"),
    } == found
    row = table[table["entity"] == "조나래"].iloc[0]
    assert (row["title"], row["affiliation"]) == ("지회장", "대한노인회 칠레지회")


def test_a_chapter_written_alone_after_its_parent_is_one_body():
    assert _found("대한노인회 칠레지회가 총회를 열었다.") == {
        ("대한노인회 칠레지회", "organisation")
    }


def test_a_councils_committee_under_its_citys_name_is_one_body():
    found = _found(
        "수원시 건설위원회 소속 의원 5명은 현장을 찾았다. 미국 국제무역위원회는 판정했다."
    )
    assert ("수원시 건설위원회", "organisation") in found
    # a country's commission is the country's, the two named apart
    assert {("미국", "place"), ("국제무역위원회", "organisation")} <= found


def test_an_emergency_committee_alone_is_no_body():
    assert _found("학생회는 비상대책위원회로 운영된다.") == set()


def test_a_broadcaster_known_by_its_latin_short_name():
    assert _found("OGN에서 해설을 맡았고 tvN 드라마에도 나왔다. CCTV를 껐다.") == {
        ("OGN", "organisation"),
        ("tvN", "organisation"),
    }


def test_a_place_abroad_is_named_as_the_article_prints_it():
    # the spelling printed names the place (샌디에고, not the table's 샌디에이고); where the article
    # prints the table's name too, that name, the other spellings linked to it
    assert _written("동포들은 샌디에고를 찾았다. 오스틴과 어스틴에서도 왔다.", "place") == [
        ["샌디에고", "샌디에고"],
        ["오스틴", "오스틴"],
        ["오스틴", "어스틴"],
    ]


def test_a_latin_abbreviation_printed_alone_names_the_place():
    # names as printed (the lead's decision on issue 22): LA alone is LA
    table = entities_of("김가람 LA 총영사는 LA 지역을 돌았다.")
    assert table.loc[table["kind"] == "place", "entity"].tolist() == ["LA"] * 2
    assert table.loc[table["entity"] == "김가람", "affiliation"].tolist() == ["LA"]


def test_a_latin_abbreviation_links_to_the_name_printed_beside_it():
    table = entities_of("동포들은 로스앤젤레스에 산다. LA 지역을 돌았다.")
    assert table.loc[table["kind"] == "place", "entity"].tolist() == ["로스앤젤레스"] * 2


def test_the_place_a_consul_is_posted_in_is_named():
    found = _found("황가람 주상파울루총영사가 참석했다. 주일 예배가 열렸다.")
    assert {("황가람", "person"), ("상파울루", "place")} == found


def test_a_monarch_with_a_regnal_number_and_the_name_alone_later():
    body = "찰스3세 국왕의 초청으로 왔다. 찰스 국왕님의 관심에 감사했다. 라마디 여왕은 말했다."
    assert _written(body, "person") == [
        ["찰스3세", "찰스3세"],
        ["찰스3세", "찰스 국왕님"],
        ["라마디", "라마디"],
    ]


def test_a_chapter_named_otherwise_than_by_a_place_is_no_unit():
    found = _found("전국금속노동조합 비정규직지회는 파업에 들어갔다.")
    assert ("전국금속노동조합 비정규직지회", "organisation") not in found
    assert ("전국금속노동조합", "organisation") in found


def test_a_surname_written_onto_a_title_is_no_compound():
    # 조회장: 조 회장, the family name of the name before it, not a compound of 조 and 회장
    table = entities_of("끝으로 사무엘 조회장은 말했다.")
    assert "사무엘" not in set(table["entity"])


def test_a_word_ending_in_a_titles_letters_is_no_title():
    # 중학생 ends in 학생 (a title), 중 no country's letter (China's)
    assert _found("화성에서 중학생 2명이 다쳤다.") == {("화성시", "place")}
