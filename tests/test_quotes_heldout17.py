"""The shapes of quotes/heldout17's quotation and speaker misses
(benchmarks/real/quotes/heldout17/first-reading.md), on invented text: a quotation Kiwi cuts into
sentences, a credit in brackets after the marks, a paragraph opening on a closing mark, a lead in
marks under furniture, a reported clause whose verb takes 목소리."""

import pytest

from kornews import tables
from quote_rows import quotes_of

TITLE = "시험 기사 제목\n\n"


def test_a_subject_inside_a_quotation_kiwi_cut_into_sentences_is_no_speaker():
    # 홍길동 역시 “…친구다. 저를 보는 듯한 느낌이 있었다”고 …며 “…”고: 느낌이 stands inside the marks.
    table = quotes_of(
        TITLE + "김철수 감독은 “고등학생이 결승에 오른 건 처음이다”고 말했다. 홍길동 교수 역시 "
        "“이 친구는 정말 크게 될 친구다. 저를 보는 듯한 느낌이 있었다”고 극찬하며 "
        "“다음 대회 때 보라”고 활약을 예견했다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [
        ["김철수", "말하다"],
        ["홍길동", "극찬하다"],
        ["홍길동", "예견하다"],
    ]


def test_a_credit_in_brackets_after_the_marks_names_the_speaker():
    # “…”(5년 이*형 母, 박*은): a parent the press masks, a source without a name.
    table = quotes_of(
        TITLE + "학부모들은 학교에 대한 소회를 밝혔다.\n\n"
        "“처음 왔을 때는 외로웠는데 봉사활동을 하며 차츰 적응이 되었다.”(5년 이*형 母, 박*은)"
    )
    assert table[["speaker", "anonymous", "verb"]].fillna("").values.tolist() == [
        ["박*은", True, ""]
    ]


def test_a_bracket_after_the_marks_that_names_nobody_credits_nothing():
    table = quotes_of(
        TITLE + "홍길동 감독은 “이겨서 기쁘다”고 말했다.\n\n“다음 경기도 자신 있습니다.”(웃음)"
    )
    assert list(table["speaker"]) == ["홍길동", "홍길동"]
    assert list(table["carried"]) == [False, True]


def test_a_paragraph_opening_on_a_closing_mark_is_a_quotation():
    # ”…: a page's slip for “; the words are a quotation standing alone, cut off or not.
    table = quotes_of(
        TITLE + "“처음에는 외로웠다. 지금은 행복하다.”(박*은)\n\n"
        "”학교의 편안한 분위기에서 아이의 마음이 치유되는 것 같다. 아이가 조금씩 성장하고 있다"
    )
    assert table["text"].str.startswith(("처음에는", "학교의 편안한")).tolist() == [True, True]
    assert table["anonymous"].all()


def test_a_quotation_under_page_furniture_is_the_lead_its_next_sentence_names():
    # | ⓒ 가람신문 | (a photo credit read as the title), then the lead in marks, two sentences,
    # closed on “ by a slip: said by the next sentence's subject.
    table = quotes_of(
        "|  | | ⓒ 가람신문 | |\n"
        '"이번 체전에서 3위를 차지해 매우 기쁩니다. 모두가 한마음이 됐기 때문에 가능했습니다.“\n'
        "홍길동 가람군체육회 상임부회장은 선수들이 자신감을 갖게 됐다고 밝혔다."
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["direct", "홍길동"],
        ["indirect", "홍길동"],
    ]


def test_a_subtitle_in_marks_with_no_full_stop_stays_a_subtitle():
    table = quotes_of(
        "가람군 체육회 도민체전 3위\n“군민 모두의 승리”\n홍길동 상임부회장은 선수들이 잘했다고 밝혔다."
    )
    assert table["kind"].tolist() == ["indirect"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "voice-noun"], ids=str
)
def test_each_noun_for_ones_voice_makes_its_verb_report(row):
    # …축제라고 한 목소리를 냈다: 내다 reports the clause, as the noun's verb.
    table = quotes_of(TITLE + row.example)
    assert table[["kind", "verb"]].values.tolist() == [["indirect", "내다"]]
    assert row.word in row.example
