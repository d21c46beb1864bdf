"""The shapes of quotes/heldout21's and heldout22's quotation misses
(benchmarks/real/quotes/heldout21/first-reading.md, ../heldout22/first-reading.md), on invented
text: an unmarked chain whose pieces each close on their own verb, clauses made nouns a reporting
verb takes (…있음을 지적했다, …나갈 것임을 밝혔다), a verb written apart from its auxiliary."""

import pytest

from kornews import tables
from quote_rows import quotes_of

TITLE = "시험 기사 제목\n\n"


def test_each_piece_of_an_unmarked_chain_starts_after_the_verb_closing_the_one_before():
    # …있다고 치하하고, 앞으로도 …: the second piece opens after 치하하고, each with its own verb.
    table = quotes_of(
        TITLE + "홍길동 시장은 봉사자들이 큰 역할을 하고 있다고 치하하고, 앞으로도 더 많은 "
        "주민이 함께해 줄 것을 부탁드린다고 말했다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "홍길동", "치하하다"],
        ["indirect", "홍길동", "말하다"],
    ]
    assert table["text"].tolist() == [
        "봉사자들이 큰 역할을 하고 있다",
        "앞으로도 더 많은 주민이 함께해 줄 것을 부탁드린다",
    ]


def test_a_marked_piece_goes_on_into_an_unmarked_one_and_both_take_the_last_verb():
    table = quotes_of(
        TITLE + "홍길동 한인회장은 인사말을 통해 “2년 만에 회관에서 행사가 열려 감개무량하다”면서 "
        "함께 위기를 극복하자고 격려했다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["direct", "홍길동", "격려하다"],
        ["indirect", "홍길동", "격려하다"],
    ]


def test_a_clause_made_a_noun_is_reported_by_the_verb_taking_it():
    table = quotes_of(
        TITLE + "홍길동 의원은 가상시 홍보예산이 특정 매체에 집중돼 있음을 지적했다. "
        "김철수 회장은 앞으로 협력을 새롭게 구축해 나갈 것임을 밝혔다. "
        "현장에서는 변화가 시작됐음을 볼 수 있다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "홍길동", "지적하다"],
        ["indirect", "김철수", "밝히다"],
    ]
    assert table["text"].str.endswith(("집중돼 있음", "나갈 것임")).all()


def test_a_verb_written_apart_from_its_auxiliary_is_read_whole():
    table = quotes_of(TITLE + "홍길동 지사는 “도민만 보고 달려왔다”며 지난 반년을 되돌아 봤다.")
    assert table["verb"].tolist() == ["되돌아보다"]


def test_answers_run_on_after_arrowed_labels_are_the_labelled_persons_words():
    # ▶가상일보 : …? ▶홍길동 회장: …: the answer is his, the question and the labels no one's; the
    # last label, cut before its words, says nothing.
    table = quotes_of(
        TITLE + "가상한인회 홍길동 회장은 생존이 문제라고 말한다. 신년 인터뷰를 시작했다. "
        "▶가상일보 : 새해 복 많이 받으십시오. 회원은 몇 가구나 됩니까? ▶홍길동 회장: 800가구입니다. "
        "많이 들어갔어요. ▶김철수 기자: 운영은 어떻습니까? ▶홍길동 회장: 그럼요. 회비가 줄었습니다. "
        "▶가상일보: 끝으로 한 말씀? ▶홍길동"
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["indirect", "홍길동"],
        ["direct", "홍길동"],
        ["direct", "홍길동"],
    ]
    assert table["text"].tolist()[1:] == [
        "800가구입니다. 많이 들어갔어요.",
        "그럼요. 회비가 줄었습니다.",
    ]


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("quote_words.tsv") if r.role in ("question-label", "answer-label")],
    ids=lambda r: f"{r.role}-{r.word}",
)
def test_each_interview_label_opens_a_question_or_its_answer(row):
    # One table for the labels, read where answers are found and where their words open.
    table = quotes_of(row.example.replace("\\n", "\n"))
    assert table[["text", "kind", "speaker"]].values.tolist() == [
        ["모두 덕분에 기쁘다.", "direct", "김민수"]
    ]
    assert f"\n{row.word}" in row.example.replace("\\n", "\n")


def test_an_ordinal_before_the_name_and_title_is_no_name():
    table = quotes_of(
        TITLE + "가상병원 이임식이 열렸다. 제3대 홍길동 전임 병원장은 이임사를 통해 “그동안 함께한 "
        "교직원들에게 감사한다”고 밝혔다."
    )
    assert table["speaker"].tolist() == ["홍길동"]


def test_a_name_with_its_bracket_and_title_after_words_of_its_office_is_the_name():
    table = quotes_of(
        TITLE + "학생회장 홍길동(행정학과·14)씨는 “학우들의 목소리에 귀 기울이겠다”고 밝혔다."
    )
    # the role before the name is the title, not the honorific (대변인 박지현 씨: entities' rule)
    assert table[["speaker", "title"]].values.tolist() == [["홍길동", "학생회장"]]


def test_an_acting_title_glued_to_its_post_names_the_person_before_it():
    # (홍길동 is read as a place before a post the tables lack; 김철수 as a name)
    table = quotes_of(
        TITLE + "김철수 토론토총영사대리는 “젊은이들이 양국을 오가기를 바란다”고 제안했다."
    )
    assert table["speaker"].tolist() == ["김철수"]


def test_a_masked_name_is_kept_whole_and_names_no_one():
    table = quotes_of(TITLE + "졸업생 대표 박○용 학생은 “중학교 졸업식과는 또 다르다”고 전했다.")
    assert table[["speaker", "anonymous"]].values.tolist() == [["박○용", True]]


def test_a_name_printed_with_a_space_inside_is_the_speaker_as_printed():
    # 김 길동 총영사 … 김 총영사는: the full name as the page prints it, space and all.
    table = quotes_of(
        TITLE + "간담회에는 김 길동 총영사 부부가 참석했다.\n\n"
        "김 총영사는 동포들과 함께 노력해 가겠다고 밝혔다.\n\n"
        "(녹취)\n\n"
        "이외에도 김 총영사는 교육 분야에 힘을 쏟겠다고 밝혔다.\n\n"
        "아울러 정무 분야에서도 동포사회와 함께 할 것이라고 밝혔다."
    )
    assert table[["speaker", "anonymous"]].values.tolist() == [["김 길동", False]] * 3


def test_a_quotation_a_page_wraps_over_lines_is_read_with_its_speaker_and_verb():
    # The page breaks its lines inside the sentence (one line break, no full stop): the lines are
    # one sentence, the marks open on one and close two lines below, the verb on the next.
    table = quotes_of(
        TITLE + "간담회가 열렸다.\n동포 2세들의 모임인 가상네트워크(Gasang\nNetwork) 김철수 회원은 "
        '"한국영화 축제,\n마인강변 축제 등에 노력하고 있지만\n어려움이 있다"며 관심과\n도움을 요청했다.\n'
        "행사는 밤늦게 끝났다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [["direct", "김철수", "요청하다"]]
    assert table["text"].iloc[0].startswith("한국영화 축제,\n마인강변")


def test_a_clause_an_honoured_one_said_closed_by_hada_is_reported():
    # …좋다고 하셨다. (하다 honouring its subject, closing the sentence) and …이라고 하시며 (a
    # piece); …다고 했다 stays none (hearsay as often as speech), and so does …다고 해서.
    table = quotes_of(
        TITLE
        + "홍길동 회장은 학교가 깨끗해서 좋다고 하셨다. 떠오르는 곳을 묻는 질문에는 구룡산이라고 하시며 "
        "이야기는 많이 들었다고 하셨다. 그는 일이 많다고 했다. 일이 많다고 해서 쉴 수는 없다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "홍길동", "하다"],
        ["indirect", "홍길동", "하다"],
        ["indirect", "홍길동", "하다"],
    ]
    assert table["text"].tolist()[1:3] == ["구룡산이라", "이야기는 많이 들었다"]


def test_a_noun_for_ones_words_as_the_topic_is_no_speaker():
    table = quotes_of(
        TITLE
        + "홍길동 회장은 “모두 고맙다”고 말했다. 학생들에게 하고 싶은 말씀은 “서로 돕자”고 답했다."
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]  # carried over, not 말씀


def test_a_surname_glued_to_its_title_is_the_person_named_in_full_before():
    # 신임 홍길동(61)회장 … 가상마을 출신인 김회장은 “…”: 홍길동; 이사장 and 부회장 are titles whole.
    table = quotes_of(
        TITLE + "창립총회에서 신임 김철수(61)회장이 취임했다.\n\n"
        "가상마을 출신인 김회장은 “향우회의 기틀을 잡겠다”고 밝혔다.\n\n"
        "이어 부회장은 “함께 돕겠다”고 말했다."
    )
    assert table["speaker"].tolist()[0] == "김철수"
    assert table["speaker"].tolist()[1] != "김철수"


def test_a_township_head_is_a_title():
    table = quotes_of(TITLE + "김철수 가람읍장은 취임사를 통해 “주민과 함께하겠다”고 말했다.")
    assert table["speaker"].tolist() == ["김철수"]


def test_quotations_listed_with_a_comma_are_said_together_by_the_noun_of_saying_after():
    # “…”, “…”는 답을 하셨다: both said, the answer's 하다 reporting them as 답하다 would.
    table = quotes_of(
        TITLE
        + "홍길동 선생님은 학생들에게 “언제 어디서나 배려하자”, “서로 돕고 사랑하자”는 답을 하셨다."
    )
    assert table[["text", "kind", "verb", "piece"]].values.tolist() == [
        ["언제 어디서나 배려하자", "direct", "하다", 1],
        ["서로 돕고 사랑하자", "direct", "하다", 2],
    ]


def test_a_chain_the_page_wraps_after_a_pieces_comma_takes_the_verb_below():
    table = quotes_of(
        TITLE + "가람시청에서 신년 간담회가 열렸다.\n"
        "홍길동 시장은 “작은 노력들이 모여 큰 꿈을 이룬다고 확신한다.”며,\n"
        "“시민 여러분도 함께해 달라.”고 당부했다.\n"
        "김철수 기자"
    )
    assert table[["kind", "speaker", "verb", "piece"]].values.tolist() == [
        ["direct", "홍길동", "당부하다", 1],
        ["direct", "홍길동", "당부하다", 2],
    ]
