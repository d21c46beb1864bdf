"""Speaker and quotation shapes the open batches missed (issue 22), each on an invented text in the
real shape: the shape, not the batch, names the test."""

from quote_rows import quotes_of


def test_a_subject_on_a_title_opening_the_sentence_says_the_reported_clause():
    # 김철수 가상시장 겸 가상협의회 회장이 …만나 …겠다고 말했다: he says it, and the clause starts
    # after him.
    table = quotes_of(
        "가상시 예산 간담회\n\n"
        "[가상=가상일보 홍길동 기자] 김철수 가상시장 겸 가상협의회 회장이 가상대 학생들과 만나 "
        "내년 예산을 크게 늘리겠다고 21일 말했다.\n"
    )
    assert table["speaker"].tolist() == ["김철수"]
    assert table["text"].iloc[0].startswith("가상대 학생들과")


def test_a_subject_on_a_group_word_says_the_reported_clause_as_a_source_without_a_name():
    table = quotes_of(
        "가상시 소식\n\n"
        "가상사건으로 재판에 넘겨진 활동가에 대해 시민단체가 무죄를 선고해야 한다고 촉구했다.\n"
    )
    assert table["attribution"].tolist() == ["시민단체"]
    assert table["anonymous"].tolist() == [True]
    assert table["text"].iloc[0] == "무죄를 선고해야 한다"


def test_a_group_word_after_the_topic_is_the_reported_clauses_own_subject():
    # A씨는 …인지? 주민들이 …다고 주장했다: Kiwi cuts the sentence at ?, A씨 still speaks.
    table = quotes_of(
        "가상구 소식\n\n"
        "발언대에서 A씨는 구청장을 사퇴하라는 것은 말이 되는 것인지? "
        "주민들이 지금까지 방관해 왔기 때문에 사태가 나빠졌다고 주장했다.\n"
    )
    assert table["attribution"].iloc[0] == "A씨"


def test_a_surname_glued_to_a_title_is_the_one_with_that_surname_not_the_last_with_the_title():
    # 홍길동 한인회장은 … 김철수 평통회장도 …. 홍회장은 …: 홍길동, not the last 회장 named.
    table = quotes_of(
        "가상 한인회 송년의 밤\n\n"
        "홍길동 한인회장은 환영인사에서 김철수 평통회장도 1.5세 한인이라며 세대교체를 이룬 일은 "
        "큰 의미가 있다고 소개했다. 홍회장은 한인 정치인의 당선이 한인사회에 도움을 줄 것이라고 "
        "강조했다.\n"
    )
    assert table["speaker"].tolist() == ["홍길동"] * 3
    assert table["attribution"].iloc[-1] == "홍회장"
    assert not table["anonymous"].any()


def test_a_surname_glued_to_a_title_is_the_name_glued_to_that_title_before():
    # 가상동 출신 홍길동회장이 …. 홍회장은 “…”: the name printed onto its title.
    table = quotes_of(
        "가상향우회 총회\n\n가상향우회는 가상동 출신 홍길동회장이 신임 회장에 선임됐다고 밝혔다.\n\n"
        '홍회장은 "회원 간 결속을 다지겠다"고 말했다.\n'
    )
    assert table["speaker"].iloc[-1] == "홍길동"


def test_a_profiles_gloss_after_a_quotation_closing_its_sentence_names_the_speaker():
    # “…하겠습니다.” 홍길동 가상면장, 55세, … 출신: the profile's label says who said it.
    table = quotes_of(
        "가상면장 인터뷰\n\n1990-07-26 가상신문\n\n"
        "“정직하고 건강한 행정이 되도록 힘쓰겠습니다.” 홍길동 가상면장, 55세, 가상면 가상리 출신, "
        "가상초등학교 졸업, 7월 1일 가상면장 자리에 앉게 되었다. 시간이 나면 농사일을 돕는다. "
        "“가상면은 평야지대이기 때문에 농업을 발전시키겠습니다.”\n"
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]


def test_a_quotation_opening_a_section_is_said_by_the_next_subject_with_a_bracket_after_its_name():
    # ◆ … / “…” / 이날 총회에서 홍길동(가상치과) 원장이 신임회장으로 선임됐다.
    table = quotes_of(
        "가상치과협회 정기총회\n\n가상치과협회가 지난 4일 정기총회를 열었다.\n\n◆ 새 회장의 다짐\n\n"
        "“협회가 50주년을 맞는 올해에 기념 책자를 발행할 예정입니다. 다양한 홍보 활동도 "
        "하겠습니다.”\n\n이날 총회에서 홍길동(가상치과) 원장이 신임회장으로 선임됐다.\n"
    )
    assert table["speaker"].tolist() == ["홍길동"]


def test_a_one_syllable_name_written_apart_keeps_its_name_with_a_body_before_the_title():
    # 윤 리 가상문화원 이사는 “…”: 윤 리, as printed (이 심 회장 without the body).
    table = quotes_of(
        "가상한인회 신년하례식\n\n가상한인회가 신년하례식을 열었다. "
        "윤 리 가상문화원 이사는 “각자 다양한 활동을 하자”고 말했다.\n"
    )
    assert table["speaker"].tolist() == ["윤 리"]
