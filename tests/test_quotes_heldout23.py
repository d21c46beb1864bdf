"""heldout23's classes of misses (issue 22), each on an invented text in the real shape."""

from entity_rows import entities_of
from quote_rows import quotes_of


def test_a_date_as_the_topic_is_no_speaker_the_last_one_goes_on():
    # 또한 올해는 “…”고 했다: 올해 is when, not who; the coach named before speaks on.
    table = quotes_of(
        "가상군 체육대회 열려\n\n"
        "가상시 체육회 홍길동 총감독은 “선수들이 끝까지 잘 뛰었다”고 말했다. "
        "또한 올해는 “가상고에 축구팀을 새로 만들 계획이다”고 했다."
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]


def test_a_numbered_neighbourhood_is_a_place_a_numbered_block_of_flats_none():
    table = entities_of("가상초등학교(가람3동) 홍길동 회장이 인사했다.")
    assert ["가람3동", "place"] in table[["entity", "kind"]].values.tolist()
    assert entities_of("가상아파트101동 주민들이 모였다.").empty


def test_a_unions_branch_is_one_body_its_heads_bracket_no_second():
    # 공무원노조 가상군지부(지부장 홍길동): the civil servants' union's branch, whole, once.
    table = entities_of("법내 노조가 되면서 공무원노조 가상군지부(지부장 홍길동)도 오명을 벗었다.")
    assert table[["entity", "kind"]].values.tolist() == [
        ["공무원노조 가상군지부", "organisation"],
        ["홍길동", "person"],
    ]


def test_a_neighbourhoods_head_glued_to_his_surname_is_the_full_name():
    # 동장 is a title as 면장 is: 홍동장 is the 홍길동 동장 named before.
    table = quotes_of(
        "가상동 소식\n\n가상동 홍길동 동장은 새해 계획을 세웠다고 밝혔다. "
        "홍동장은 “주민과 함께 하겠다”고 말했다."
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]


def test_a_numbered_neighbourhood_kiwi_cuts_is_read_whole():
    # 홍은1동: Kiwi reads 홍 and 은 (a name and a particle) before the number; the place is all three.
    table = entities_of("18일 홍은1동, 가좌2동, 가상아파트101동에서 주민 총회가 열렸다.")
    places = table.loc[table["kind"] == "place", "entity"].tolist()
    assert "홍은1동" in places and "가좌2동" in places
    assert "은1동" not in places and not any("101동" in p for p in places)
