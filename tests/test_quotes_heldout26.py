"""heldout26's classes of misses (issue 22), and the open batches' leftovers, each on an invented
text in the real shape."""

import pytest

from kornews import tables
from quote_rows import quotes_of


def test_he_with_no_one_quoted_before_is_the_person_named_last():
    # A profile: 홍길동씨(61세)는 …. 그는 …다고 말한다. 그러면서 …다고 말한다.
    table = quotes_of(
        "가상항 어부 홍길동씨 이야기\n\n"
        "가상시 어부로 등록된 홍길동씨(61세)는 가상항 태생이다. 그는 구조대 감사도 맡고 있다.\n\n"
        "그는 구조대 활동을 하면서 어부들이 법을 몰라 불이익을 당할 때 가장 안타깝다고 말한다. "
        "그러면서 당국이 어부들을 상대로 하는 지도가 아쉽다고 말한다."
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]
    assert table["attribution"].tolist()[0] == "그"


def test_he_with_no_person_named_before_stays_nobodys():
    table = quotes_of(
        "가상항 소식\n\n가상항에 새 방파제가 생겼다.\n\n그는 방파제가 든든하다고 말한다."
    )
    assert table["speaker"].isna().all()


def test_a_quotation_opening_a_section_is_said_by_the_next_sentences_subject():
    # ◆ a heading, then “…” standing alone, then 홍길동 가상지원부 과장은 …: he said it.
    table = quotes_of(
        "가상수협, 바다 정화 활동\n\n가상수협이 지난달 해안 정화 활동을 했다.\n\n◆ 쓰레기 더미\n\n"
        "“말로만 들었는데 실제로 보니 정말 심각해요. 앞으로 분리수거를 꼭 해야겠어요.”\n\n"
        "홍길동 가상지원부 과장은 지난달 26일 해변을 따라 정화 활동을 하며 놀란 얼굴을 감추지 못했다."
    )
    assert table["speaker"].tolist() == ["홍길동"]


def test_a_quotation_inside_a_section_takes_no_speaker_from_the_next_sentence():
    table = quotes_of(
        "가상수협, 바다 정화 활동\n\n가상수협이 지난달 해안 정화 활동을 했다.\n\n"
        "“말로만 들었는데 실제로 보니 정말 심각해요. 앞으로 분리수거를 꼭 해야겠어요.”\n\n"
        "홍길동 가상지원부 과장은 지난달 26일 해변을 따라 정화 활동을 하며 놀란 얼굴을 감추지 못했다."
    )
    assert table["speaker"].isna().all()


def test_the_topic_of_the_sentence_before_naming_people_goes_on_speaking():
    # 두 분 선생님은 … 대답해 주셨다. … 여쭈었더니 …좋다고 하셨다: the teachers, not the reporter
    # named as a subject in the paragraph before.
    table = quotes_of(
        "가상초 새 선생님 인터뷰\n\n"
        "나는 새로 오신 선생님들을 찾아갔다. 가상 기자가 되어서 처음으로 하는 인터뷰였다.\n\n"
        "두 분 선생님은 처음에는 쑥스러워하셨지만 친절하게 대답해 주셨다. "
        "소감을 여쭈었더니 학교가 깨끗하고 학생들이 착해서 좋다고 하셨다. "
        "그리고 학생들과 함께 운동도 하고 싶다고 하셨다."
    )
    assert table["speaker"].tolist() == ["두 분 선생님", "두 분 선생님"]


def test_the_topic_of_the_sentence_before_naming_a_thing_does_not_speak():
    table = quotes_of(
        "가상시 축제 열려\n\n"
        "이번 축제는 사흘 동안 가상공원에서 열렸다. 많은 시민이 즐거웠다고 말했다."
    )
    assert table["speaker"].isna().all()


def test_a_reporter_named_as_a_subject_before_is_no_speaker():
    table = quotes_of(
        "가상시 골목 풍경\n\n가상일보 홍길동 기자가 새벽 골목을 찾았다.\n\n"
        "골목은 조용했다. 모두가 경기가 어렵다고 말했다."
    )
    assert table["speaker"].isna().all()


def test_whose_first_words_they_were_with_brackets_before_의_names_the_speaker():
    # “…” / …직후 홍길동 총감독(가람군체육회 사무국장)의 첫마디다. (Kiwi reads 첫+마디 here.)
    table = quotes_of(
        "가람군 체육대회\n\n“축구가 져서 아쉽습니다.”\n"
        "가상군과의 군부 축구 마지막 경기를 치른 직후 홍길동 총감독(가람군체육회 사무국장)의 첫마디다.\n"
        "그렇지만 “선수들이 일치단결해 우승컵을 안겨줄 수 있어 기쁘다“고 말했다."
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "stem"], ids=str
)
def test_a_verbs_stem_read_as_a_noun_before_는_is_no_speaker(row):
    # …돌보는 홍길동 면장, 아는 사람이 많아서 …진다고 한다: 아는 is "who know", no one speaking.
    table = quotes_of("가상신문\n\n" + row.example)
    assert len(table) == 1
    assert table["speaker"].tolist() != [row.word]
    assert f" {row.word}는 " in row.example
