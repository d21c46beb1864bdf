"""The shapes of quotes/heldout19's quotation misses (benchmarks/real/quotes/heldout19/first-reading.md),
on invented text: interviews whose questions and answers are marked by dashes and =, by Q and A
(or 문 and 답) or by nothing under a heading that names the interviewee."""

import pytest

from kornews import tables
from quote_rows import quotes_of

# A match report's interview: the coach never named in the body, the subtitle says whose it is; the
# first question broken after its dash, the first answers read among the head's lines.
DASHED = (
    '"좋은 경기를 했다"\n\n'
    "[가상리그 5R]가상전 후 감독 인터뷰\n\n"
    "2011-07-11     홍길동\n\n\n\n"
    "-\n총평\n\n"
    "=좋은 경기를 했다. 점점 더 좋아질 것이다.\n\n\n"
    "-무승부가 계속 이어지고 있다\n\n"
    "=무승부도 축구라고 생각한다.\n\n"
    "-비가 와서 걱정했는데 어땠는지\n\n"
    "=잔디에 물이 고인 곳이 없었다. 선수들이 뛰는 데 지장이 없었다.\n\n"
    "글 = 홍길동 가상일보 기자(hong@example.com)"
)


def test_a_dashed_interviews_answers_are_the_one_its_heading_names():
    table = quotes_of(DASHED)
    assert table["text"].str.startswith(("좋은 경기를", "무승부도", "잔디에")).all()
    assert len(table) == 3
    assert set(table["kind"]) == {"direct"}
    # 가상전 후 감독 인터뷰: the title before the word, no name (후 is no title's word)
    assert set(table["speaker"]) == {"감독"}
    assert table["anonymous"].all()


@pytest.mark.parametrize(
    "question, answer",
    [("Q ", "A "), ("Q. ", "A. "), ("Q: ", "A: "), ("문) ", "답) "), ("문: ", "답: ")],
)
def test_answers_labelled_by_a_letter_or_a_word_are_quotations_without_their_label(
    question, answer
):
    table = quotes_of(
        f"{question}승리한 소감을 말해달라.\n"
        f"{answer}오랜만에 이겨서 기분 좋다.\n"
        f"{question}남은 경기에서 부담감이 있다.\n"
        f"{answer}승격전을 해도 상관없다. 선수들에게 편하게 하라고 했다.\n"
        "[가상일보 홍길동 기자 hong@example.com]"
    )
    assert table["text"].tolist() == [
        "오랜만에 이겨서 기분 좋다.",
        "승격전을 해도 상관없다. 선수들에게 편하게 하라고 했다.",
    ]
    assert set(table["kind"]) == {"direct"}
    assert table["anonymous"].all()  # never named: a source without a name


def test_a_letter_glued_to_a_word_labels_no_answer():
    # QR코드 and A씨 are no labels: no Q&A here
    table = quotes_of(
        "가상시 소식\n\nQR코드로 신청을 받는다고 시는 밝혔다.\n\nA씨는 불편하다고 말했다."
    )
    assert table["kind"].tolist() == ["indirect", "indirect"]


PLAIN = (
    "홍길동 38대 가상한인회장 인터뷰\n"
    "가상코리아  2013-02-08, 17:45:11 \n"
    "홍길동 38대 가상한인회장이 한인회의 나아갈 바를 설명하고 있다.\n\n\n"
    "임기 첫 달에 주력한 일은 무엇인가?\n"
    "회원 모으기에 힘쓰고 있다. 모든 계획을 이룰 것이다.\n\n"
    "한인들 반응은 어떤가?\n"
    "대부분이 진작 했어야 하는 일이라며 좋아한다.\n\n"
    "학생들은 일일카페를 열어 한인회를 알리고 있다.\n\n"
    "가장 어려운 점은 무엇인가?\n"
    "사실 재정적인 문제가 가장 걸림돌이다.\n"
)


def test_plain_answers_under_an_interviews_heading_are_the_named_ones():
    table = quotes_of(PLAIN)
    assert table["text"].str.startswith(("회원 모으기", "대부분이", "사실 재정")).all()
    assert len(table) == 3  # the paragraph after an answer, no question above it, is none
    assert set(table["kind"]) == {"direct"}
    assert set(table["speaker"]) == {"홍길동"}


def test_plain_questions_without_an_interviews_heading_make_no_answers():
    table = quotes_of(PLAIN.replace(" 인터뷰\n", " 취임\n", 1))
    assert "direct" not in set(table["kind"])


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "interview"], ids=str
)
def test_each_interviews_word_makes_the_plain_answers_the_named_ones(row):
    table = quotes_of(row.example.replace("\\n", "\n"))
    assert table["text"].tolist() == ["예산을 살피고 있다.", "대부분 반긴다."]
    assert set(table["speaker"]) == {"홍길동"}


MEDIA_DAY = (
    "[미디어데이] 가상리그 미디어데이 말, 말, 말!\n"
    "8일 가상호텔에서 미디어데이가 열렸다. 홍길동 감독과 김철수(가상구단), 박영희 감독과 "
    "이민수(나상구단)가 참석했다.\n"
    "감독과 선수들은 출사표를 던졌다.\n"
    "가상구단 홍길동 감독 “배고픈 건 저도 마찬가지고요”\n"
    "-상대 감독이 배고파 보인다는 말에\n"
    "가상구단 김철수 “가족 분위기는 5대5로 팽팽”\n"
    "-가족들은 어느 팀을 응원하냐는 질문에\n"
    "나상구단 박영희 감독 “이민수가 중요할 때 한 방 터트려줬으면”\n"
)


def test_a_remark_under_a_team_and_name_label_is_the_labelled_ones():
    table = quotes_of(MEDIA_DAY)
    assert table["text"].tolist() == [
        "배고픈 건 저도 마찬가지고요",
        "가족 분위기는 5대5로 팽팽",  # no sentence ending: said whole all the same
        "이민수가 중요할 때 한 방 터트려줬으면",
    ]
    assert set(table["kind"]) == {"direct"}
    assert table["verb"].isna().all()
    assert table["speaker"].tolist()[1:] == ["김철수", "박영희"]  # the team's name before no one's


def test_a_word_in_marks_after_a_noun_or_marks_going_on_are_no_remark():
    # 예산 “확보”: a scare quote; a label's marks with words after them on the line are no remark
    table = quotes_of(
        "가상시 소식\n\n가상시 예산 “확보”\n\n가상시 홍길동 시장 “좋은 일”에 나섰다\n"
    )
    assert table.empty


def test_words_of_when_before_a_name_and_its_role_are_no_part_of_the_speaker():
    table = quotes_of(
        "가상초 학생들과의 대화\n\n"
        "대화 도중 김철수 학생은 “어떤 일을 하는지 잘 모르지만 훌륭한 분이라고 생각한다”고 말했다."
    )
    assert table[["speaker", "title"]].values.tolist() == [["김철수", "학생"]]


def test_a_body_declared_short_speaks_by_its_full_name():
    table = quotes_of(
        "가상노조 성명\n\n"
        "전국가상노동조합(이하 가상노조)이 성명을 냈다.\n\n"
        "가상노조는 “수사기관이 지금 할 일은 진상 규명이다”라고 밝혔다."
    )
    assert table["speaker"].tolist() == ["전국가상노동조합"]
