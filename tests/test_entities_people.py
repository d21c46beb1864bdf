"""People in the shapes the open batches missed or misread (issue 22), on invented text: names
with brackets after them, and what a title shows past them."""

from entity_rows import entities_of
from entity_rows import kinds_of as _found


def _people(body: str) -> list[str]:
    table = entities_of(body)
    return table[table["kind"] == "person"]["entity"].tolist()


def test_a_member_with_a_listed_body_of_no_ending_first_in_brackets():
    # 국민의힘 and 고려대 end in no organisation's ending: the tables name them, whole in the brackets.
    body = "황가람(국민의힘, 달서구3, 6회), 김나래(국민의힘, 비례, 3회) 순이다."
    assert _people(body) == ["황가람", "김나래"]
    assert _people("윤가람(고려대)과 이나래(가람고)가 득점을 올렸다.") == ["윤가람", "이나래"]


def test_no_member_of_a_common_noun_before_a_listed_body_in_brackets():
    # 정부(국민의힘 …) and a place before its body name no one.
    assert _people("정부(국민의힘)와 가람시(고려대)가 협약했다.") == []


def test_a_title_past_the_brackets_written_onto_the_name():
    assert _people("이 자리에는 고가람(61)씨와 안나래(71)씨가 나왔다.") == ["고가람", "안나래"]
    assert ("최가람", "person") in _found("최가람(사우동)씨는 말했다.")
    table = entities_of("김가람(사진) 고려대 의대 교수가 취임했다.")
    assert table.loc[table["entity"] == "김가람", "title"].tolist() == ["교수"]


def test_no_title_past_brackets_written_apart_or_left_open():
    assert _people("가람시 (사진) 교수가 왔다.") == []
    assert _people("가람대(사진 교수가 왔다.") == []


def test_a_name_kiwi_cut_before_a_word_ending_in_a_title():
    # 최+가+순/MM: no run is the name; the next word closes on a title after its body (의무부총장).
    table = entities_of("이 자리에는 최가순 의무부총장 겸 의료원장이 참석했다.")
    assert table[["entity", "title"]].values.tolist() == [["최가순", "부총장"]]


def test_no_name_of_a_verb_before_a_title_glued_to_its_body():
    # 나올지 and 나누며 start as 나 does: Kiwi read verbs, and nothing else vouches for a name.
    assert _people("어떤 답이 나올지 가람도교육감도 모른다.") == []
    assert _people("손을 맞잡고 나누며 가람도교육감은 웃었다.") == []


def test_a_reporter_an_anchor_hands_over_to_is_no_one_of_the_story():
    # 홍길동 기자가 만나봤습니다.: the subject of the anchor's last words, in the script's 니다 style.
    assert _people("집을 잃은 주민들을 홍길동 기자가 만나봤습니다.") == []
    # A reporter reporting in the story's own voice is one of it.
    assert _people("홍길동 기자는 가람시가 예산을 늘렸다고 보도했다.") == ["홍길동"]
