"""The shapes of quotes/heldout18's quotation and speaker misses
(benchmarks/real/quotes/heldout18/first-reading.md), on invented text: a Q&A of △ questions and
plain answers, a broadcaster's sound bites in brackets over short lines."""

import pytest

from kornews import tables
from quote_rows import quotes_of

TITLE = "시험 기사 제목\n\n"


def test_the_plain_paragraphs_under_pointed_questions_are_the_answers():
    # The excerpt opens at the first question (read as the title); the one asked is never named.
    table = quotes_of(
        "△취임 소감은?\n"
        "어려운 때 회장을 맡아 어깨가 무겁다. 가교 역할을 하겠다.\n"
        "△올해 중점 사업은 무엇인가?\n"
        "가상구회의 모임을 살리고 체육대회를 치를 계획이다.\n"
        "△회원들께 한 말씀.\n"
        "회원 대표로 열심히 하겠다.\n"
        "홍길동 기자"
    )
    assert table["text"].str[:6].tolist() == ["어려운 때 ", "가상구회의 ", "회원 대표로"]
    assert table[["kind", "anonymous"]].values.tolist() == [["direct", True]] * 3


def test_pointed_questions_answered_by_the_one_named_before():
    table = quotes_of(
        TITLE + "가상시치과의사회 홍길동 회장을 만났다.\n\n"
        "△취임 소감은?\n\n어깨가 무겁다.\n\n△계획은?\n\n모임을 살리겠다."
    )
    assert table[["speaker", "anonymous"]].values.tolist() == [["홍길동", False]] * 2


def test_a_list_bulleted_with_a_triangle_asks_nothing():
    # △ bullets a list as often: one line with a question mark is no Q&A.
    table = quotes_of(
        TITLE + "가상시는 올해 세 가지 사업을 편다.\n\n△가상천 정비는 언제?\n\n"
        "하천 정비는 내년 봄에 끝난다.\n\n△가상로 확장\n\n도로는 4차로로 넓어진다."
    )
    assert table.empty


def test_a_sound_bite_in_brackets_over_short_lines_is_the_named_pupils():
    table = quotes_of(
        TITLE + "전국대회에서 금메달 3개를 딴\n\n홍길동 선수.\n\n"
        "[홍길동 / 가상중 3학년(3관왕) :\n"
        "3관왕을 할 줄 몰랐는데 코치님 말씀\n"
        "잘 듣고 훈련해서 해낸 것 같습니다.]\n\n"
        "[김철수 / 가상중 2학년 :\n"
        "다음 대회에서 더 좋은\n"
        "성적을 받도록 노력하겠습니다.]\n\n"
        "선수들의 도전은 계속됩니다."
    )
    assert table[["kind", "speaker", "verb"]].fillna("").values.tolist() == [
        ["direct", "홍길동", ""],
        ["direct", "김철수", ""],
    ]
    assert table["text"].str.endswith(("것 같습니다.", "노력하겠습니다.")).all()


def test_marks_printed_the_wrong_way_round_hold_a_quotation_and_no_speaker():
    # …”며 ” 시장은 …“고 말했다: the word inside (시장은) is said, not saying; the councillor named once
    # at the top says every piece after him.
    table = quotes_of(
        TITLE + "홍길동 부의장은 이날 “시장께 드리는 말이다”며 말문을 열었다.\n\n"
        "그리고 “공무원들이 갑질을 한다.”며 ” 시장은 아직 모르고, 부시장은 눈치를 본다“고 말했다.\n\n"
        "더불어 “건물을 왜 그렇게 지었느냐?”며 ”하지만 이런 기사는 없었다.”고 비판했다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [
        ["홍길동", "열다"],
        ["홍길동", "말하다"],
        ["홍길동", "말하다"],
        ["홍길동", "비판하다"],
        ["홍길동", "비판하다"],
    ]
    assert table["text"].str.strip().str[:4].tolist() == [
        "시장께 ",
        "공무원들",
        "시장은 ",
        "건물을 ",
        "하지만 ",
    ]


FOREIGN = (
    TITLE
    + "가상국 대변인 마리아 코스타는 10일 가상방송과의 인터뷰에서 협상이 잘될 것이라고 믿는다고 "
    "말했다.\n\n하원 의장 데이비드 월시가 새 국경 장벽을 “부도덕”하다고 지적한 것에 관해 물었을 때 "
    "코스타는 “국민을 지키는 것은 정부의 의무다”라고 말했다.\n\n코스타는 트럼프 대통령이 군대를 "
    "철수시키겠다고 발표한 것에 관해 주민들이 위험에 빠지는 일은 없을 것이라고 장담했다.\n\n"
    "이달 초 코스타는 관세를 올릴 수 있다고 경고했다. 코스타는 가상시가 예산을 늘리겠다고 밝힌 바 있다."
)


def test_a_word_in_marks_written_onto_하다고_is_a_direct_quotation_of_the_clauses_subject():
    table = quotes_of(FOREIGN)
    word = table[table["text"] == "부도덕"]
    assert word[["kind", "speaker", "verb"]].values.tolist() == [
        ["direct", "데이비드 월시", "지적하다"]
    ]
    assert not table["text"].str.contains("부도덕”").any()  # no clause of its own


def test_a_foreign_family_name_after_words_of_when_is_the_person_named_in_full():
    # 물었을 때 코스타는, 이달 초 코스타는: the words before the name are when, not who.
    table = quotes_of(FOREIGN)
    said = table[table["text"].str.startswith(("국민을", "관세를"))]
    assert said["speaker"].tolist() == ["마리아 코스타", "마리아 코스타"]


def test_a_report_modifying_것_is_said_by_its_own_subject():
    # 트럼프 대통령이 …하겠다고 발표한 것에 관해: the president announced it (the leaders table's full
    # name is not printed, so the name as written speaks); …밝힌 바 있다: the topic said it.
    table = quotes_of(FOREIGN)
    rows = table.set_index("verb")["speaker"]
    assert rows["발표하다"] == "트럼프"
    assert rows["장담하다"] == "마리아 코스타"
    assert rows["밝히다"] == "마리아 코스타"


def test_the_speaker_is_the_fullest_form_the_article_prints():
    # An organisation the article writes short only is its short form, not the table's full name;
    # one printed in full once is its full name; a person by the last words of the name printed.
    table = quotes_of(
        TITLE + "민주노총은 “정부가 틀렸다”고 밝혔다.\n\n"
        "한국노동조합총연맹(한국노총)은 앞서 “정책을 바꿔야 한다”고 말했다. 한국노총은 "
        "“대화에 나서겠다”고 덧붙였다.\n\n트럼프 미국 대통령은 “관세를 올리겠다”고 말했다."
    )
    assert table["speaker"].tolist() == [
        "민주노총",
        "한국노동조합총연맹",
        "한국노동조합총연맹",
        "트럼프",
    ]
    # the leaders table's 도널드 트럼프 stays the entity, as his title and country do their columns
    assert table[["title", "organisation"]].values.tolist()[-1] == ["대통령", "미국"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "request"], ids=str
)
def test_each_verb_of_asking_reports_the_request_its_object_holds(row):
    table = quotes_of(TITLE + row.example)
    assert table[["kind", "speaker", "verb"]].values.tolist() == [["indirect", "김민수", row.word]]
    assert table["text"].iloc[0].endswith(" 것")


def test_a_request_reported_as_its_verbs_object_is_an_indirect_quotation():
    # …줄 것을 당부했다: what is to be done, asked of the addressee; 먹을 것을 샀다 reports nothing,
    # nor does 출마할 것을 강조했다 (what is stressed, no request).
    table = quotes_of(
        TITLE
        + "홍길동 교육감은 두 학교 교사에게 아이들에게 사랑을 주고, 칭찬으로 존재감을 줄 것을 "
        '당부했다. 또한, "정성을 다하기를 바란다"라고 말했다. 그는 학생들과 먹을 것을 샀다. '
        "그는 교사들이 더 많이 연수에 나설 것을 강조했다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "홍길동", "당부하다"],
        ["direct", "홍길동", "말하다"],
    ]
    assert table["text"].iloc[0].endswith("존재감을 줄 것")


def test_a_masked_name_before_에_따르면_says_the_direct_quotation_after_it():
    table = quotes_of(
        TITLE + "가상수협소속 소형선박협회 박모씨에 따르면 “그물이 잘려 피해가 크다”고 말했다.\n"
        "또다른 어민 배모씨는 “고기를 구경조차 하기 힘들다.”고 하소연했다."
    )
    assert table[["anonymous", "verb"]].values.tolist() == [[True, "말하다"], [True, "하소연하다"]]
    assert table["speaker"].str.endswith(("박모씨", "배모씨")).all()


def test_a_surname_and_title_after_a_name_ending_in_that_surname_is_that_name():
    # heldout20's Korean-Americans: 크리스 정 … 정 시장은, 사무엘 조 한인회장은 (a title glued to a body).
    table = quotes_of(
        TITLE + "가상파크 시의회는 크리스 정 씨가 시장에 취임했다고 밝혔다.\n\n"
        "정 시장은 “모든 분들께 감사드린다”고 말했다.\n\n"
        "사무엘 조 한인회장은 “지원에 감사한다”고 말했다. 조 회장은 “축제를 키우겠다”고 덧붙였다."
    )
    assert table["speaker"].tolist()[1:] == ["크리스 정", "사무엘 조", "사무엘 조"]


def test_a_branch_heads_title_after_his_name_and_alone_later_is_that_man():
    # the walk's 지회장: a union branch's head named once in full, then by the bare title
    table = quotes_of(
        TITLE + "전국가상노동조합 가상지회 홍길동 지회장은 “파업한다”고 밝혔다.\n\n"
        "이날 지회장은 “물러서지 않겠다”고 말했다."
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]
    assert table["carried"].tolist() == [False, False]
