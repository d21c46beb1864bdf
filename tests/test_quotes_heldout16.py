"""The shapes of quotes/heldout16's quotation and speaker misses
(benchmarks/real/quotes/heldout16/first-reading.md), on invented text: users quoted by their
handles, a verb read from an adjective modifying a noun, a Q&A whose answerer is named only by an
office, a pledge in marks standing first before the sentence that says whose it is."""

import pytest

import kornews
from kornews import tables
from quote_rows import quotes_of

TITLE = "시험 기사 제목\n\n"


def test_a_user_quoted_by_a_handle_is_a_source_without_a_name():
    # 아이디 @가상은 “…”: the handle speaks, not the person named before it; the verb closes the
    # sentence (드러내다), not the adjective modifying its object (화끈한 포부).
    table = quotes_of(
        TITLE + "김민수 총장은 “도서관을 밤새 열겠다”고 말했다.\n\n"
        "아이디 @gaRam_01은 “학생들에게 빵을 하나씩 사주겠습니다”라며 김 총장보다 화끈한 포부를 "
        "드러냈다. 아이디 @bada은 “등록금을 반으로 내리겠습니다”라며 강도 높은 개혁을 예고했다."
    )
    rows = table[["speaker", "anonymous", "verb"]].values.tolist()
    assert rows == [
        ["김민수", False, "말하다"],
        ["아이디 @gaRam_01", True, "드러내다"],
        ["아이디 @bada", True, "예고하다"],
    ]


def test_a_pieces_verb_is_no_predicate_modifying_a_noun():
    # “…”이라면서 소통의 기능을 하는 제도의 중요성을 강조했다: 하는 modifies 제도; 강조했다 reports.
    table = quotes_of(
        TITLE + "홍길동 시장은 “시민과 시정을 잇는 다리가 명예시장”이라면서 소통의 기능을 하는 "
        "명예시장 제도의 중요성을 강조했다. 김철수 의원은 예산을 늘리겠다며 과감한 태도를 보였다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [
        ["홍길동", "강조하다"],
        ["김철수", "보이다"],
    ]


def test_a_verb_modifying_its_speaker_still_reports():
    # The verb read past modifiers only after a piece's 며: …다고 말한 홍길동 대통령 stays as it was.
    table = quotes_of(TITLE + "경제가 좋아지고 있다고 말한 홍길동 대통령에게 질문이 쏟아졌다.")
    assert table[["text", "verb", "speaker"]].values.tolist() == [
        ["경제가 좋아지고 있다", "말하다", "홍길동"]
    ]


QA = (
    "“변화가 올 겁니다”\n"
    "■ 조합장께서 취임하신 지 석 달이 됐습니다. 그동안의 활동을 말씀해 주십시오.\n"
    "= 먼저 인터뷰 기회를 주신 가람신문 관계자께 감사드립니다. 조합원님께서 기회를 주셨습니다.\n"
    "모내기와 콩 심기로 바쁜 시간이었습니다.\n"
    "■ 조합장께서는 후보 시절 조합원과 소통하며 베풀겠다고 강조하셨습니다. 말씀해 주십시오.\n"
    "= 제가 농사만 30년을 지은 사람입니다. 임직원이 조합원과 대화할 때 농민의 마음을 알 수 "
    "있다고 봅니다.\n"
    "저는 현장에서 의견을 듣겠습니다."
)


def test_a_qa_answer_is_said_by_the_office_its_question_honours():
    # heldout16: ■ questions, = answers, one line each; the answerer is never named, only honoured
    # as 조합장께서 (the 조합원님께서 inside an answer is not who answers the next question). An
    # answer whose next line opens with a topic (저는 …) is still whole.
    table = quotes_of(QA)
    assert table[["kind", "speaker", "anonymous"]].values.tolist() == [
        ["direct", "조합장", True],
        ["direct", "조합장", True],
    ]
    assert table["text"].str.startswith(("먼저 인터뷰", "제가 농사만")).all()


def test_the_askers_paraphrase_in_a_qa_question_is_no_quotation():
    # ■ 조합장께서는 …베풀겠다고 강조하셨습니다: the asker's restatement, not a report.
    table = quotes_of(QA)
    assert not table["text"].str.contains("베풀겠다").any()


def test_a_pledge_in_marks_standing_first_is_said_by_the_sentence_after_it():
    # “…알리겠다” (the page's first line, no full stop) / …이끄는 홍길동 총감독의 출사표다.
    table = quotes_of(
        "“이번 체전에서 군민의 저력을 유감없이 발휘해 가람의 역동성을 널리 알리겠다”\n\n"
        "가람시에서 열리는 도민체전에 나가는 가람군선수단을 이끄는 박진우 총감독의 출사표다.\n\n"
        "박 감독은 “태권도와 육상은 전통적으로 강세 종목이다”라고 자신감을 보였다."
    )
    assert table[["speaker", "verb"]].fillna("").values.tolist() == [
        ["박진우", ""],
        ["박진우", "보이다"],
    ]
    assert table["text"].iloc[0].startswith("이번 체전에서")


def test_a_headline_in_marks_stays_a_headline():
    # A title in marks over a body that does not say whose words they are is the page's headline.
    table = quotes_of("“예산을 늘리겠다”\n\n가람시는 내년 예산을 발표했다.")
    assert table.empty


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "whose-words"], ids=str
)
def test_each_noun_for_ones_words_says_whose_the_quotation_before_is(row):
    table = quotes_of(TITLE + row.example)
    assert table[["kind", "speaker"]].values.tolist() == [["direct", "홍길동"]]
    assert f"의 {row.word}" in row.example


def test_a_bodys_subject_after_its_officers_in_brackets_speaks():
    # H+가람병원(이사장 홍길동·병원장 김철수)이 …하고 …하겠다고 선포했다: the hospital, whole (the
    # walk back stops at +), not an officer in its brackets.
    table = quotes_of(
        TITLE
        + "H+가람병원(이사장 홍길동·병원장 김철수)이 21일 새 병원 완공을 기념해 개원식을 열고 "
        "지역주민의 건강을 책임지는 의료서비스를 제공하겠다고 선포했다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "H+가람병원", "선포하다"]
    ]


def test_a_speakers_name_the_entities_read_is_whole_though_it_opens_on_an_adjective():
    # 밝은사회 가람연대는 …: Kiwi reads 밝+은 (no noun); a caller's entities naming the body keep
    # its first word in the speaker.
    article = kornews.read_article(
        TITLE + "밝은사회 가람연대는 구청장의 권한을 지켜야 한다고 말했다."
    )
    tokens = kornews.tokenize(article)
    start = article.text.index("밝은사회")
    entity = {"entity": "밝은사회 가람연대", "kind": "organisation", "text": "밝은사회 가람연대"}
    named = kornews.entities(tokens, article).iloc[:0].copy()
    named.loc[0] = {
        **entity,
        "title": None,
        "affiliation": None,
        "rule": "kind",
        "section": 0,
        "paragraph": 0,
        "sentence": 1,
        "start": start,
        "end": start + len(entity["text"]),
    }
    table = kornews.quotes(tokens, article, entities=named)
    assert table["speaker"].tolist() == ["밝은사회 가람연대"]


def test_a_question_inside_reported_words_keeps_their_speaker_and_start():
    # A씨는 …말이 되는 것인지? …다고 주장했다: Kiwi ends a sentence at the ?; the reported words run
    # from after A씨는, and A씨 said them.
    table = quotes_of(
        TITLE + "발언대에서 A씨는 공무원은 주민의 공복인데 주민이 뽑은 구청장을 물러나라는 것은 "
        "말이 되는 것인지? 주민들이 지금까지 방관해 사태가 악화됐다고 주장했다."
    )
    assert table[["speaker", "anonymous", "verb"]].values.tolist() == [["A씨", True, "주장하다"]]
    assert table["text"].iloc[0].startswith("공무원은 주민의 공복인데")
