"""heldout25's classes of misses (issue 22): the speaker is the person's name when a person is
named; a request's clause holding marks; a clause made a noun by 음; a verb after a nominalised one.
Each on an invented text in the real shape."""

import pytest

from kornews import tables
from quote_rows import quotes_of


def test_a_name_glued_to_its_title_is_the_speaker():
    # 가상 가상중학교 홍길동교장은 …다고 밝혔다: Kiwi reads 홍길동 and 교장 in one word.
    table = quotes_of(
        "가상중 졸업식\n\n가상 가상중학교 홍길동교장은 오는 2월 3일 학교 강당에서 졸업식을 가진다고 밝혔다."
    )
    assert table[["speaker", "title"]].values.tolist() == [["홍길동", "교장"]]


def test_a_place_glued_to_its_head_is_no_name():
    # 홍길동 가상시장은 …: Kiwi may read 가상 and 시장; the mayor is 홍길동, not 가상.
    table = quotes_of("가상시 소식\n\n홍길동 나래시장은 “길을 넓히겠다”고 말했다.")
    assert table["speaker"].tolist() != ["나래"]


def test_a_role_glued_to_no_name_stays_a_source_without_one():
    table = quotes_of("가상리 소식\n\n마을이장은 “길을 넓혀야 한다”고 말했다.")
    assert table["anonymous"].tolist() == [True]


def test_a_one_syllable_given_name_written_apart_is_the_name_as_printed():
    # 이 심 회장은 …: the entities read 심 회장; the page prints the name 이 심.
    table = quotes_of(
        "가상노인회 행사\n\n이 심 회장은 환영인사를 통해 “가상도는 아름다운 땅이다. 모두 감사드린다”고 강조했다."
    )
    assert table[["speaker", "title"]].values.tolist() == [["이 심", "회장"]]


def test_a_term_of_office_between_surname_and_title_is_no_given_name():
    table = quotes_of(
        "가상부 소식\n\n홍길동 가상부 장관은 지난해 물러났다.\n\n홍 전 장관은 “할 일을 했다”고 말했다."
    )
    assert table["speaker"].tolist() == ["홍길동"]


def test_a_surname_and_new_title_is_the_person_introduced_with_brackets():
    # 김운영(사진) 가상의대 교수가 … 병원장에 취임했다 … 김 신임 병원장은 "…"고 말했다.
    table = quotes_of(
        "가상병원장 취임\n\n김운영(사진) 가상의대 마취과 교수가 20일 가상병원 대강당에서 18대 병원장에 "
        "취임했다. 임기는 2년이다.\n\n올해 55세인 김 신임 병원장은 가상의대를 졸업했다.\n\n"
        '김 신임 병원장은 "병원이 행복해야 직원이 행복하다"고 말했다.'
    )
    assert table[["speaker", "title"]].values.tolist() == [["김운영", "병원장"]]


def test_a_direct_quotation_whose_verb_modifies_its_speaker_is_theirs():
    # "…"고 밝힌 홍길동 계장에 따르면 …: the relative clause's verb and the person it modifies.
    table = quotes_of(
        "가상어촌계 소식\n\n이 중 가상어촌계(계장 홍길동)는 기념공원이 설립 중에 있다.\n\n"
        '"마을에 기념공원이 세워지고 있어 계원들의 자부심이 대단하다"고 밝힌 홍길동 계장에 따르면 '
        "가상어촌계는 51명으로 구성돼 있다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [["홍길동", "밝히다"]]


def test_a_surname_read_as_a_determiner_glued_to_the_name_is_part_of_it():
    # Kiwi reads 이가람 as 이 (a determiner) and 가람.
    table = quotes_of(
        "가상어촌계 소식\n\n이 중 가상어촌계(계장 이가람)는 기념공원이 설립 중에 있다.\n\n"
        '"마을에 기념공원이 세워지고 있어 계원들의 자부심이 대단하다"고 밝힌 이가람 계장에 따르면 '
        "가상어촌계는 51명으로 구성돼 있다."
    )
    assert table["speaker"].tolist() == ["이가람"]


def test_a_name_a_bracket_and_a_role_name_the_graduate():
    # 대표 수상자인 홍길동 (심리·졸) 졸업생은 “…”: a space before the bracket.
    table = quotes_of(
        "가상대 졸업식\n\n대표 수상자인 홍길동 (심리·졸) 졸업생은 “기쁘지만 막상 졸업을 하니 아쉽다”고 말했다."
    )
    assert table[["speaker", "title"]].values.tolist() == [["홍길동", "졸업생"]]


def test_marks_a_request_asks_to_become_are_a_direct_quotation():
    # …새내기들에게 “…”가 되 줄 것을 당부했다: the marked words, direct, the request's verb.
    table = quotes_of(
        "가상초 입학식\n\n홍길동 교장은 새내기들에게 “선생님 말씀 잘 듣는 어린이, 친구들과 잘 사귀는 "
        "어린이”가 되 줄 것을 당부했다."
    )
    assert table[["text", "kind", "speaker", "verb"]].values.tolist() == [
        ["선생님 말씀 잘 듣는 어린이, 친구들과 잘 사귀는 어린이", "direct", "홍길동", "당부하다"]
    ]


def test_a_request_with_no_marks_stays_indirect():
    table = quotes_of(
        "가상초 입학식\n\n홍길동 교장은 새내기들에게 착한 어린이가 되어 줄 것을 당부했다."
    )
    assert table[["kind", "verb"]].values.tolist() == [["indirect", "당부하다"]]


def test_a_clause_made_a_noun_on_있음_is_an_indirect_quotation():
    # …배울 수 있음을 강조한다: Kiwi reads the auxiliary 있 as an adjective.
    table = quotes_of(
        "가상조합 소식\n\n홍길동 조합장은 조합에 가입하면 기술을 배울 수 있음을 강조한다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "홍길동", "강조하다"]
    ]


def test_a_verb_made_a_noun_is_no_reporting_verb():
    # “…”하며 바램을 말했다: Kiwi reads 바래+ᆷ; 말했다 reports.
    table = quotes_of(
        "가상초 입학식\n\n홍길동씨는 “아이가 친구들과 사이좋게 지냈으면 좋겠어요”하며 바램을 말했다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [["홍길동", "말하다"]]


def test_고_written_apart_from_the_mark_before_a_reporting_verb_links():
    # “….” 고 전했다: the page puts a space between the mark and 고.
    table = quotes_of(
        "가상면 체육대회\n\n홍길동 면장은 “체육회에서 자리를 만들어 주신 것에 감사드린다.” 고 전했다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [["홍길동", "전하다"]]


def test_고_written_apart_before_no_reporting_verb_is_no_tail():
    table = quotes_of("가상면 소식\n\n홍길동 면장은 “모두 감사드린다.” 고 김철수씨의 뜻을 기렸다.")
    assert table["verb"].isna().all()


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("quote_words.tsv") if r.role == "title-modifier"],
    ids=lambda r: r.word,
)
def test_each_term_of_office_leaves_the_person_named_in_full(row):
    table = quotes_of("가상 소식\n\n" + row.example)
    assert table["speaker"].tolist() == ["김민수"]


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("quote_words.tsv") if r.role == "caption-end"],
    ids=lambda r: r.word,
)
def test_a_photo_caption_written_into_a_paragraph_is_not_read(row):
    # 사진은 … 홍길동 군수가 “…”며 … 건네는 모습: a caption, its quotation no one's words here.
    assert quotes_of("가상군 소식\n\n" + row.example).empty


def test_the_same_sentence_with_no_caption_shape_is_read():
    table = quotes_of(
        "가상군 소식\n\n가상군은 새 면장을 맞았다. 홍길동 군수는 “최선을 다해달라”며 김철수 면장에게 꽃을 건넸다."
    )
    assert table["speaker"].tolist() == ["홍길동"]
