"""quotes: the seed's one quotation, read by hand; every row of data/quote_words.tsv; split,
carried-over, anonymous and scare-quoted text; the sources ledger."""

import importlib
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kornews
from kornews import tables
from kornews.entities import KINDS
from kornews.quotes import QUOTE_COLUMNS, SOURCE_COLUMNS

TITLE = "시험 기사 제목\n"


def quotes_of(body: str) -> pd.DataFrame:
    article = kornews.read_article(TITLE + body)
    return kornews.quotes(kornews.tokenize(article), article)


def test_the_seed_has_one_quotation_by_mayor_park(seed, seed_tokens):
    table = kornews.quotes(seed_tokens, seed)
    assert list(table.columns) == QUOTE_COLUMNS
    assert len(table) == 1  # ‘대권 주자’, '팀장형 시장', ‘제로페이’ … are scare quotes and names
    quote = table.iloc[0]
    assert quote["text"].startswith("급변하는 금융환경 변화에 대응해")
    assert quote["text"].endswith(
        "‘서울’의 금융 산업 경쟁력을 높여나가겠다"
    )  # the inner ‘서울’ is part of it
    assert seed.text[quote["start"] : quote["end"]] == quote["text"]
    assert (quote["kind"], quote["verb"], quote["speaker"], quote["title"]) == (
        "direct",
        "말하다",
        "박원순",
        "시장",
    )
    assert quote["attribution"] == "박 시장"
    assert quote["organisation"] == "서울특별시"  # from 박원순 서울시장, where he is named in full
    assert not quote["anonymous"] and not quote["carried"] and quote["section"] == 2


VERB_ROWS = [row for row in tables.table("quote_words.tsv") if row.role == "verb"]


@pytest.mark.parametrize("row", VERB_ROWS, ids=lambda row: row.word)
def test_each_reporting_verb_makes_a_quotation(row):
    table = quotes_of(row.example)
    assert len(table) == 1
    assert table["verb"].iloc[0] == row.word
    assert table["speaker"].iloc[0] == "김민수"
    assert table["kind"].iloc[0] == ("direct" if "“" in row.example else "indirect")


def test_an_indirect_question_is_a_quotation():
    # docs/accuracy.md: a question reported as …냐고 묻다 (따지다, 질문하다, 반문하다) is what its
    # asker said, as its direct form “…냐”고 is; dev's and heldout3's golds count it.
    table = quotes_of(
        "홍길동 의원은 예산이 왜 두 배로 늘었느냐고 물었다. 김영희 위원장은 이게 특혜가 아니냐고 따졌다."
    )
    assert list(zip(table["text"], table["kind"], table["speaker"], table["verb"])) == [
        ("예산이 왜 두 배로 늘었느냐", "indirect", "홍길동", "묻다"),
        ("이게 특혜가 아니냐", "indirect", "김영희", "따지다"),
    ]


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("quote_words.tsv") if r.role == "anonymous"],
    ids=lambda r: r.word,
)
def test_each_anonymity_marker_flags_the_source(row):
    table = quotes_of(row.example)
    assert len(table) == 1 and table["anonymous"].iloc[0]


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("quote_words.tsv") if r.role in ("carry", "pronoun")],
    ids=lambda r: r.word,
)
def test_each_carrying_word_keeps_the_last_speaker(row):
    table = quotes_of("박철수 장관은 “먼저 시작하겠다”고 말했다. " + row.example)
    assert len(table) == 2
    assert list(table["speaker"]) == ["박철수", "박철수"]
    assert list(table["carried"]) == [False, True]


def _quote_words(role: str) -> list:
    return [r for r in tables.table("quote_words.tsv") if r.role == role]


def _after(example: str, quotation: str) -> str:
    """What the example writes after the quotation's closing mark."""
    return example.split(quotation + "”", 1)[1]


@pytest.mark.parametrize("row", _quote_words("report-tail"), ids=lambda r: r.word)
def test_each_report_tail_ties_the_quotation_to_its_verb(row):
    table = quotes_of(row.example)
    assert table[["kind", "verb", "speaker"]].values.tolist() == [["direct", "말하다", "김민수"]]
    assert _after(row.example, table["text"].iloc[0]).startswith(row.word + " 말했다")


@pytest.mark.parametrize("row", _quote_words("piece-tail"), ids=lambda r: r.word)
def test_each_piece_tail_chains_two_quotations_to_one_verb(row):
    table = quotes_of(row.example)
    assert list(table["piece"]) == [1, 2] and list(table["verb"]) == ["말하다", "말하다"]
    assert _after(row.example, table["text"].iloc[0]).startswith(row.word + " “")


@pytest.mark.parametrize("row", _quote_words("when"), ids=lambda r: r.word)
def test_each_word_of_when_it_was_said_is_no_part_of_what_is_said(row):
    table = quotes_of(row.example)
    assert table[["text", "speaker"]].values.tolist() == [["예산을 늘리겠다", "김민수"]]
    assert row.word in row.example.split()


@pytest.mark.parametrize("row", _quote_words("said-noun"), ids=lambda r: r.word)
def test_each_noun_for_words_said_takes_a_sentence_in_marks_with_no_verb(row):
    # heldout7: “…무엇입니까”라는 공통 질문을 던지고, “…” 등의 답글: quotations no verb reports.
    table = quotes_of(row.example)
    assert table[["kind", "verb"]].fillna("").values.tolist() == [["direct", ""]]
    assert row.word in _after(row.example, table["text"].iloc[0])


def test_a_reported_clause_closed_by_a_reporting_nouns_하다_is_that_verb():
    # heldout10: …검토해보겠다고 답변을 하였다. (답변 + 을 + 하다 closing the sentence).
    table = quotes_of("이에 박가람 총영사는 즉시 검토해보겠다고 답변을 하였다.")
    assert table[["text", "kind", "speaker", "verb"]].values.tolist() == [
        ["즉시 검토해보겠다", "indirect", "박가람", "답변하다"]
    ]
    # …다고 했다 alone stays no report (hearsay as often as speech).
    assert quotes_of("박가람 총영사는 괜찮다고 했다.").empty


def test_a_sentence_in_marks_before_a_noun_of_opinion_is_no_quotation():
    # “…”는 비판: the noun names a view, not words someone said (the said-noun rows only).
    assert quotes_of("시민단체는 “정부가 책임져야 한다”는 비판을 내놨다.").empty


def test_a_reflexive_after_a_word_of_when_carries_the_last_speaker():
    table = quotes_of(
        "홍길동 변호사는 “절차가 틀렸다”고 지적했다. 따라서 당시 자신은 “판결이 없을 것으로 봤다”고 밝혔다."
    )
    assert list(zip(table["speaker"], table["carried"])) == [("홍길동", False), ("홍길동", True)]


def test_a_qa_marked_with_a_dash_and_an_equals_sign():
    # heldout5: - question (a request ending in a comma, or a question) / = answer, said by the
    # person the interview introduces; the = is the page's mark, not said.
    table = quotes_of(
        "가상연구원 홍길동 연구위원과 인터뷰했다.\n\n다음은 인터뷰 전문이다.\n\n"
        "- 먼저 정의를 말씀해주십시오,\n\n= 연구자들마다 표현이 다릅니다.\n\n"
        "- 처벌은 어떻습니까?\n\n= 표현의 자유와 부딪힙니다."
    )
    assert list(zip(table["text"], table["kind"], table["speaker"])) == [
        ("연구자들마다 표현이 다릅니다.", "direct", "홍길동"),
        ("표현의 자유와 부딪힙니다.", "direct", "홍길동"),
    ]


def test_a_speaker_repeating_a_piece_after_new_words_is_read_twice():
    # heldout5: a page printing its lead twice repeats whole chains; a speaker may repeat a piece.
    table = quotes_of(
        "홍길동 감독은 “좋은 경기를 했다”며 “이겨서 정말 기쁘다”고 말했다. "
        "그는 “후반이 더 좋았다”며 “이겨서 정말 기쁘다”고 덧붙였다."
    )
    assert list(zip(table["text"], table["verb"])) == [
        ("좋은 경기를 했다", "말하다"),
        ("이겨서 정말 기쁘다", "말하다"),
        ("후반이 더 좋았다", "덧붙이다"),
        ("이겨서 정말 기쁘다", "덧붙이다"),
    ]


def test_the_leads_words_repeated_under_another_verb_are_read_again():
    # heldout10: the lead quotes the coach (…라며 흡족해했다); the story repeats the words to open
    # its own chain (…라면서 “…”고 말했다). A page printing its lead twice repeats the verb too.
    table = quotes_of(
        "홍길동 감독은 “선수들 모두가 수훈선수”라며 흡족해했다.\n\n한국은 가람을 이겼다.\n\n"
        "홍길동 감독은 “선수들 모두가 수훈선수”라면서 “수비가 잘 버텨줬다”고 말했다."
    )
    assert list(zip(table["text"], table["verb"])) == [
        ("선수들 모두가 수훈선수", "흡족하다"),
        ("선수들 모두가 수훈선수", "말하다"),
        ("수비가 잘 버텨줬다", "말하다"),
    ]


@pytest.mark.parametrize("row", _quote_words("bite"), ids=lambda r: r.word)
def test_a_bite_under_a_caption_naming_nobody_is_anonymous(row):
    table = quotes_of(row.example.replace("\\n", "\n"))
    assert list(zip(table["text"], table["kind"], table["anonymous"])) == [
        ("공장을 옮겨야 합니다.", "direct", True)
    ]


def test_a_bite_caption_with_a_name_still_names_the_speaker():
    table = quotes_of("◀INT▶\n“공장을 옮겨야 합니다.”\n◀INT▶ 홍길동/가상시 주민\n“빨리 옮겨야죠.”")
    assert list(zip(table["speaker"].fillna(""), table["anonymous"])) == [
        ("", True),
        ("홍길동", False),
    ]


@pytest.mark.parametrize("row", _quote_words("pointing"), ids=lambda r: r.word)
def test_each_pointing_word_gives_the_quotation_standing_above_its_speaker(row):
    table = quotes_of(row.example.replace("” ", "”\n"))  # the quotation on a line of its own
    assert list(table["speaker"]) == ["김민수"] and not table["carried"].iloc[0]
    assert (
        table["verb"].iloc[0] == {"말했다.": "말하다", "밝혔다.": "밝히다"}[row.example.split()[-1]]
    )


def test_a_pointing_word_before_말_as_an_object_reports_the_quotation_above():
    # heldout10: “…” / … 나온 X가 이렇게 말을 시작하면서 …: 말을 + any verb reports what stands above.
    table = quotes_of(
        "가람교회 음악회 열려\n\n지난달 22일 가람교회에서 음악회가 열렸다.\n\n"
        "“가장 힘든 직업은 아버지라고 했습니다”\n"
        "음악회에서 노래하러 나온 박가람이 이렇게 말을 시작하면서 아버지는 휴가도 없다고 했다."
    )
    assert table[["speaker", "verb"]].values.tolist() == [["박가람", "시작하다"]]


def test_a_split_quotation_is_one_row_per_piece_with_the_closing_verb():
    table = quotes_of("김태형 감독은 “선수들이 잘했다”며 “우승은 끝나지 않았다”고 말했다.")
    assert list(table["text"]) == ["선수들이 잘했다", "우승은 끝나지 않았다"]
    assert list(table["piece"]) == [1, 2] and set(table["verb"]) == {"말하다"}
    table = quotes_of("최윤서 대표는 협상이 끝났다며 표결이 남았다고 강조했다.")
    assert list(table["text"]) == ["협상이 끝났다", "표결이 남았다"]
    assert list(table["kind"]) == ["indirect", "indirect"] and set(table["verb"]) == {"강조하다"}


def test_an_indirect_quotation_is_the_reported_clause():
    table = quotes_of("김민수 장관은 이날 예산을 늘리겠다고 15일 밝혔다.")
    assert list(table["text"]) == ["예산을 늘리겠다"] and table["verb"].iloc[0] == "밝히다"
    # 라고 after a verb that does not report (불리다) makes no quotation.
    assert quotes_of("그는 혁신가라고 불린다.").empty


@pytest.mark.parametrize("when", ["10일", "지난 10일"])
def test_the_day_of_the_saying_is_not_part_of_what_is_said(when):
    table = quotes_of(f"가상시는 {when} 해안 산책로 공사를 다음달 시작한다고 밝혔다.")
    assert list(table["text"]) == ["해안 산책로 공사를 다음달 시작한다"]


def test_scare_quotes_and_names_in_quotation_marks_are_not_quotations():
    assert quotes_of(
        "시는 ‘제로페이’ 사업을 키웠다. 그는 '팀장형 시장'이라고 불렸다. 팬들은 ‘우승 가자’를 외쳤다."
    ).empty
    assert quotes_of("최 대표는 ‘방탄 국회’라는 비판에 답하지 않았다.").empty


def test_a_sentence_in_single_marks_running_on_into_a_reporting_verb_is_a_quotation():
    # heldout6's first reading: a union's slogan in ‘…’며 이 같이 요구했다 was missed.
    table = quotes_of(
        "가상협회는 6일 ‘교사가 정의를 가르칠 수 없다’며 이 같이 요구했다. "
        "주민들은 ‘우리 동네를 지키자’며 거리로 나섰다."
    )
    assert list(table["text"]) == ["교사가 정의를 가르칠 수 없다"]
    assert list(table["verb"]) == ["요구하다"]


def test_a_plural_pronoun_carries_the_organisation_that_spoke_before():
    table = quotes_of(
        "가상협회는 6일 ‘교사가 정의를 가르칠 수 없다’며 이 같이 요구했다. "
        "이들은 선언문을 통해 “교실이 무너졌다”며 “학생들이 묻는다”고 말했다."
    )
    assert list(table["speaker"]) == ["가상협회"] * 3
    assert list(table["carried"]) == [False, True, True]


def test_그는_after_a_body_spoke_stands_for_the_person_named_since():
    # heldout7: the police speak, the suspect is named, then 그는 (a person, never the police).
    table = quotes_of(
        "가상경찰서는 “용의자를 검거했다”고 밝혔다. 경찰에 따르면 용의자 박가람 씨는 범행을 "
        "인정했다. 그는 경찰 조사에서 “돈이 필요했다”고 진술했다."
    )
    assert list(table["speaker"]) == ["가상경찰서", "박가람"]
    # A person the press names by a letter, the subject of a paragraph between: anonymous.
    table = quotes_of(
        "가상경찰서는 20대 A씨를 체포했다고 밝혔다.\n\nA씨는 건물에 들어간 혐의를 받는다.\n\n"
        "그는 현장에서 제압됐다.\n\n그는 경찰조사에서 “조사할게 있어 갔다”고 말했다."
    )
    assert table[["speaker", "anonymous"]].values.tolist() == [
        ["가상경찰서", False],
        ["A씨", True],
    ]
    # No one named since: the body stays (그는 carries what it can).
    table = quotes_of("가상경찰서는 “용의자를 검거했다”고 밝혔다. 그는 “조사 중”이라고 했다.")
    assert list(table["speaker"]) == ["가상경찰서", "가상경찰서"]


def test_a_body_named_with_its_officers_in_brackets_speaks_and_its_short_form_after():
    # heldout7's 104: X(총무 A 목사) Y(위원장 B)는 “…”: the body, not its chair; then Y는 is the body.
    table = quotes_of(
        "가상교회협의회(총무 박가람 목사) 언론위원회(위원장 이한솔)는 “진실이 먼저”라고 발표했다. "
        "언론위원회는 “보도가 늦었다”고 지적했다."
    )
    assert list(table["speaker"]) == ["가상교회협의회 언론위원회"] * 2
    assert quotes_of("가상시민연대(대표 김나래)는 “답하라”고 주장했다.")["speaker"].iloc[0] == (
        "가상시민연대"
    )
    # A person before the brackets speaks, their party in them.
    assert quotes_of("박재현 의원(가상당)은 “반대한다”고 말했다.")["speaker"].iloc[0] == "박재현"


def test_a_noun_phrase_in_marks_going_on_with_이라며_is_a_quotation():
    # dev, heldout2, heldout6: “…것”이라며, “…제맛”이라며, “…문제”라며 이렇게 말했다: no ending
    # inside the marks, yet a quotation (it was read as a clause running from the sentence's start).
    table = quotes_of(
        "박가람 이장은 “이곳에 공장이 들어선다는 것은 있을 수 없는 일”이라며 주민 목소리를 들어 "
        "달라고 말했다. 김나래 대표는 “가상 문제는 세계적인 문제”라며 이렇게 말했다."
    )
    assert table[["text", "kind", "speaker", "verb"]].values.tolist() == [
        ["이곳에 공장이 들어선다는 것은 있을 수 없는 일", "direct", "박가람", "말하다"],
        ["주민 목소리를 들어 달라", "indirect", "박가람", "말하다"],
        ["가상 문제는 세계적인 문제", "direct", "김나래", "말하다"],
    ]
    # A word or two in marks is still no quotation in marks.
    assert "direct" not in set(quotes_of("주민들은 “결사 반대”라며 거리로 나섰다.")["kind"])


def test_a_surname_and_title_that_read_as_this_title_are_the_person_named_before():
    # heldout2: 이 직무대행은 (이: a surname, and "this") after 이형일 … 장관 직무대행 was named.
    table = quotes_of(
        "이한솔 가상부 장관 직무대행은 12일 “물가가 최우선”이라고 말했다.\n\n"
        "이 직무대행은 “취임 이후 첫 점검”이라며 “부담이 크다”고 강조했다."
    )
    assert list(table["speaker"]) == ["이한솔"] * 3
    table = quotes_of("이한솔 가상전자 대표는 “좋다”고 밝혔다. 이 회사는 “투자를 늘린다”고 밝혔다.")
    assert list(table["speaker"]) == ["이한솔", "이 회사"]


def test_a_surname_and_title_with_no_entity_is_the_full_name_written_before():
    # heldout10: 조 총영사는 “…”, the full name written once with the title glued to a place
    # (조원일 주뉴욕총영사가); a surname and title never written in full stays as written.
    table = quotes_of(
        "조원일 주뉴욕총영사가 손영순 비서관(전 한인회 사무총장)을 만났다. 이에 대해 조 총영사는 "
        "“말도 안 되는 글”이라고 일축했다. 박 구청장은 “모른다”고 답했다."
    )
    assert list(table["speaker"]) == ["조원일", "박 구청장"]


def test_a_speaker_after_the_quotation_and_titles_before_the_name():
    table = quotes_of("“대출이 막힐 수 있다”고 김민수 장관은 말했다.")
    assert table["speaker"].iloc[0] == "김민수" and table["title"].iloc[0] == "장관"
    table = quotes_of("법무부 대변인 박지현 씨는 “개정을 검토한다”고 밝혔다.")
    assert table["speaker"].iloc[0] == "박지현"


def test_a_quotation_with_no_speaker_in_the_article_has_none():
    table = quotes_of("“이대로는 안 된다”는 목소리가 높다. “다시 시작하겠다”고 말했다.")
    # Nothing came before it to carry over.
    assert len(table) == 1 and pd.isna(table["speaker"].iloc[0]) and not table["carried"].iloc[0]


def test_an_organisation_or_place_leading_a_report_is_its_speaker():
    table = quotes_of(
        "서울시가 소상공인 500곳을 지원한다고 10일 밝혔다. "
        "가상시가 동네 주민센터 12곳에 소상공인 전용 상담창구를 연다고 밝혔다."
    )
    assert list(table["text"]) == [
        "소상공인 500곳을 지원한다",
        "동네 주민센터 12곳에 소상공인 전용 상담창구를 연다",
    ]
    # The speaker as the article prints it (docs/quotes-and-entities.md): never 서울특별시 here.
    assert list(table["speaker"]) == ["서울시", "가상시"]
    assert list(table["attribution"]) == ["서울시", "가상시"]
    assert not table["carried"].any()


LAYOUTS = Path(__file__).parent / "layouts"


# The wire lead "X가 …다고 10일 밝혔다" in the layout fixtures: (file, speaker, the clause as written).
@pytest.mark.parametrize(
    "name, speaker, text",
    [
        ("hanbit_page.html", "가상시", "동네 주민센터 12곳에 소상공인 전용 상담창구를 연다"),
        (
            "yonhap.txt",
            "가상시",
            "코로나19로 매출이 줄어든 소상공인에게 임대료의 20%를 석 달간 지원한다",
        ),
        ("edaily.txt", "가상구", "관내 주민센터에 무인 민원 발급기 50대를 새로 설치한다"),
        ("newsis_2010.txt", "가상군", "읍내 주민센터 3곳을 한 건물로 합쳐 운영한다"),
        ("newsis.txt", "가상도", "낡은 목동구장을 고쳐 짓는 데 250억원을 들인다"),
    ],
)
def test_a_wire_leads_subject_speaks(name, speaker, text):
    article = kornews.read_article(LAYOUTS / name)
    first = kornews.quotes(kornews.tokenize(article), article).iloc[0]
    assert (first["text"], first["speaker"], first["verb"], first["carried"]) == (
        text,
        speaker,
        "밝히다",
        False,
    )


def test_a_caption_line_names_the_speaker_of_the_quotation_below_it():
    article = kornews.read_article(
        LAYOUTS / "mbc.txt"
    )  # ◀ 인터뷰 ▶ 박정우/가상시 주민, then "냄새가 …"
    table = kornews.quotes(kornews.tokenize(article), article)
    assert list(zip(table["text"], table["speaker"], table["carried"])) == [
        ("냄새가 심해서 저녁 산책을 나오기가 꺼려져요.", "박정우", False)
    ]


def test_a_captions_role_is_the_speakers_title_and_organisation():
    table = quotes_of(
        "[인터뷰] 오준석 / 산업통상자원부 전력정책관\n“예비력을 10기가와트 이상 확보했습니다.”"
    )
    assert table[["speaker", "title", "organisation"]].values.tolist() == [
        ["오준석", "정책관", "산업통상자원부"]
    ]


def test_the_sources_ledger_and_the_anonymous_share():
    table = quotes_of(
        "김민수 장관은 “예산을 늘리겠다”고 말했다. 금융위 관계자는 “검토 중”이라고 말했다. "
        "김 장관은 또 지원을 늘리겠다고 밝혔다."
    )
    ledger = kornews.sources(table)
    assert list(ledger.columns) == SOURCE_COLUMNS
    assert list(ledger["speaker"]) == ["김민수", "금융위 관계자"]
    assert list(ledger["quotes"]) == [2, 1]
    assert list(ledger["characters"]) == [
        len("예산을 늘리겠다") + len("지원을 늘리겠다"),
        len("검토 중"),
    ]
    assert ledger["share"].sum() == pytest.approx(1)
    assert list(ledger["anonymous"]) == [False, True]
    assert ledger["organisation"].iloc[1] == "금융위원회"
    summary = kornews.sourcing(table)
    assert summary.iloc[0]["quotes"] == 3 and summary.iloc[0]["anonymous_quotes"] == 1
    assert summary.iloc[0]["anonymous_share"] == pytest.approx(1 / 3)


def test_an_article_without_quotations_gives_empty_tables():
    table = quotes_of("시는 예산을 늘렸다.")
    assert table.empty and list(table.columns) == QUOTE_COLUMNS
    assert kornews.sources(table).empty
    assert pd.isna(kornews.sourcing(table)["anonymous_share"].iloc[0])


def test_a_quotation_standing_alone_takes_the_speaker_of_the_sentence_pointing_back():
    table = quotes_of(
        "“생계비를 먼저 따져야 합니다.” 노동계 위원인 강태준 위원은 이렇게 말했다.\n"
        "“다음 주에 결론을 내겠다.”\n최민준 대표는 이같이 밝혔다."
    )
    assert list(table["speaker"]) == ["강태준", "최민준"]
    assert list(table["verb"]) == ["말하다", "밝히다"]


def test_a_side_named_before_its_marker_is_an_anonymous_source():
    table = quotes_of("정다은 후보는 유세에 나섰다. 정 후보 측은 상대 공약이 부실하다고 비판했다.")
    assert (
        len(table) == 1 and table["anonymous"].iloc[0] and table["speaker"].iloc[0] == "정 후보 측"
    )


def test_a_company_as_the_subject_of_an_indirect_quotation():
    table = quotes_of("삼성전자가 3분기 영업이익이 늘었다고 31일 밝혔다.")
    assert (
        table["speaker"].iloc[0] == "삼성전자"
        and table["text"].iloc[0] == "3분기 영업이익이 늘었다"
    )
    # A plain subject of the clause is no speaker: the speaker is carried over (here, nobody).
    assert pd.isna(quotes_of("이어 선수들이 곧 돌아온다고 덧붙였다.")["speaker"].iloc[0])


def test_a_scare_quoted_word_inside_an_indirect_quotation():
    table = quotes_of("정다은 후보는 상대 공약이 '재탕'이라고 비판했다.")
    assert list(table["text"]) == ["상대 공약이 '재탕'이라"] and table["kind"].iloc[0] == "indirect"


def test_the_quotes_verb(capsys, seed_path, tmp_path):
    import json

    from kornews.cli import main

    assert main(["quotes", str(seed_path), "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["speaker"], row["verb"], row["attribution"], row["anonymous"]) == (
        "박원순",
        "말하다",
        "박 시장",
        False,
    )
    # Over a folder: one table, an article column first.
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(seed_path.read_bytes())
    assert main(["quotes", str(tmp_path), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("article,text,kind,verb,speaker") and [
        line[:2] for line in lines[1:]
    ] == ["a,", "b,"]
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["quotes", str(tmp_path / "empty.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kornews: error:") and err.count("\n") == 1


def test_an_interview_line_names_the_speaker_before_a_colon():
    table = quotes_of(
        '시장 상인 박민수 씨는 가게를 접었다.\n박민수(가상시 상인) : "손님이 절반으로 줄었어요."'
    )
    assert list(table["speaker"]) == ["박민수"] and table["attribution"].iloc[0] == "박민수"


FRAGMENTS = [
    "김민수",
    "장관은",
    "박",
    "시장은",
    "그는",
    "이어",
    "또",
    "관계자는",
    "금융위",
    "서울시",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "늘리겠다",
    "늘리겠다고",
    "밝혔다.",
    "말했다.",
    "고",
    "며",
    "라며",
    "이라고",
    ":",
    "(",
    ")",
    "예산을",
    "다고",
    "이같이",
    "이렇게",
    "한",
    "측은",
    "씨는",
    "$",
    "<b>",
    "5%",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12), min_size=1, max_size=4)
)
def test_any_arrangement_of_quote_words_gives_consistent_rows(paragraphs):
    article = kornews.read_article(TITLE + "\n".join(" ".join(words) for words in paragraphs))
    tokens = kornews.tokenize(article)
    table = kornews.quotes(tokens, article)
    assert list(table.columns) == QUOTE_COLUMNS
    for row in table.itertuples():
        assert (
            0 <= row.start < row.end <= len(article.text)
            and row.text == article.text[row.start : row.end]
        )
        assert row.kind in ("direct", "indirect") and row.piece >= 1
    assert table["start"].is_monotonic_increasing
    named = kornews.entities(tokens, article)
    assert (
        named["text"] == [article.text[s:e] for s, e in zip(named["start"], named["end"])]
    ).all()
    assert set(named["kind"]) <= set(KINDS)


def test_curly_and_straight_marks_mixed_close_each_other():
    table = quotes_of('진 장관은 “예산은 기재부가 쥐고 있다"며 "설명하겠다“고 밝혔다.')
    assert list(table["text"]) == ["예산은 기재부가 쥐고 있다", "설명하겠다"]
    assert set(table["verb"]) == {"밝히다"}


def test_a_quotation_then_며_and_이같이_takes_that_verb():
    table = quotes_of("문 대통령은 “아주 잘 하시리라 믿는다”며 이같이 밝혔다.")
    assert list(table["text"]) == ["아주 잘 하시리라 믿는다"] and table["verb"].iloc[0] == "밝히다"


@pytest.mark.parametrize("who", ["A씨", "김모씨", "이모(45)씨"])
def test_a_person_named_by_a_letter_or_a_bare_surname_is_an_anonymous_source(who):
    table = quotes_of(f"{who}는 “시키는 대로 했을 뿐”이라고 진술했다.")
    assert table["anonymous"].iloc[0] and table["verb"].iloc[0] == "진술하다"


def test_a_quotation_split_by_이라며_and_one_ending_a_sentence_with_이다():
    table = quotes_of("정동영 장관은 “국무회의에 처음 왔다”이라며 “최선을 다하겠다”고 말했다.")
    assert list(table["text"]) == ["국무회의에 처음 왔다", "최선을 다하겠다"] and list(
        table["piece"]
    ) == [1, 2]
    table = quotes_of("그것이 “끝까지 간다”이다. 김민수 장관은 “다시 보자”고 말했다.")
    assert list(table["piece"]) == [1, 1] and table["verb"].iloc[1] == "말하다"


def test_a_broadcast_caption_names_who_speaks():
    # [인터뷰] 이름 / 역할 on its own line names the speaker of the quotation below it.
    table = quotes_of(
        '[기자]\n정부는 문제가 없다고 밝혔습니다.\n[인터뷰] 장현숙 / 옷가게 운영\n"손님이 없어도 에어컨을 못 꺼요."'
    )
    assert list(table["speaker"]) == ["정부", "장현숙"] and not table["carried"].iloc[1]
    # [이름 / 역할 : …]: what follows the colon is said, by the name before the slash.
    table = quotes_of(
        "[한예린 / 가람대 전기공학과 교수 : 열대야가 계속되면 수요가 떨어지지 않습니다.]"
    )
    assert list(table["text"]) == ["열대야가 계속되면 수요가 떨어지지 않습니다."]
    assert (table["kind"].iloc[0], table["speaker"].iloc[0]) == ("direct", "한예린")
    # 이름/역할 : … without brackets: the same; the role gives the title.
    table = quotes_of(
        "[기자]\n더위가 이어졌습니다.\n최민호/가람대 교수 : 밤에도 수요가 떨어지지 않습니다."
    )
    assert table[["text", "kind", "speaker", "title"]].values.tolist() == [
        ["밤에도 수요가 떨어지지 않습니다.", "direct", "최민호", "교수"]
    ]


def test_a_foreign_name_speaks_in_full_and_by_its_family_name():
    table = quotes_of(
        "마리아 코스타 브라질 외무부 대변인은 “관세는 명백한 보호무역”이라고 밝혔다. "
        "코스타 대변인은 “상응하는 조치를 하겠다”고 경고했다."
    )
    assert list(zip(table["speaker"], table["attribution"])) == [
        ("마리아 코스타", "마리아 코스타 브라질 외무부 대변인"),
        ("마리아 코스타", "코스타 대변인"),
    ]


def test_a_headlines_quotation_under_a_category_line_is_no_body_quotation():
    # The headline ends like a sentence inside its quotation marks; it is still the title.
    article = kornews.read_article(
        '사회\n\n폭염에 전력 수요 최고치…"에어컨 끄기도 겁나요"\n\n[앵커]\n전력 수요가 최고치를 썼습니다.'
    )
    assert [part.text for part in article.parts if part.kind == "title"] == [
        '폭염에 전력 수요 최고치…"에어컨 끄기도 겁나요"'
    ]
    assert kornews.quotes(kornews.tokenize(article), article).empty


def test_quotes_take_the_callers_entity_table(monkeypatch, seed, seed_tokens):
    named = kornews.entities(seed_tokens, seed)
    made_here = kornews.quotes(seed_tokens, seed)

    def no_second_pass(*args):
        raise AssertionError("entities computed again")

    monkeypatch.setattr(
        importlib.import_module("kornews.quotes.read"), "entities_of", no_second_pass
    )
    pd.testing.assert_frame_equal(kornews.quotes(seed_tokens, seed, entities=named), made_here)
    # With no entities given, 박 시장 is the phrase as written, not 박원순.
    assert (
        kornews.quotes(seed_tokens, seed, entities=named.iloc[:0])["speaker"].iloc[0] == "박 시장"
    )


def test_a_scripts_speaker_marks_on_one_line_each_say_a_quotation():
    # ⊙이름(소속): the words up to the next mark are said by the name; ⊙앵커:, ⊙기자: name no one.
    table = quotes_of(
        "⊙앵커: 의원들이 차장을 질타했습니다. ⊙기자: 의원들이 성토했습니다. "
        "⊙오민재(가상당 의원): 왜 이런 실수가 나옵니까? ⊙한수아(가상처 차장): 그런 뜻은 아니었습니다."
    )
    assert table[["text", "kind", "speaker", "title"]].values.tolist() == [
        ["왜 이런 실수가 나옵니까?", "direct", "오민재", "의원"],
        ["그런 뜻은 아니었습니다.", "direct", "한수아", "차장"],
    ]


def test_an_excerpt_opening_mid_article_quotes_from_its_first_line():
    # The first line ends with a full stop, as no headline does: its quotations are read.
    article = kornews.read_article(
        "김도윤 가상증권 연구원은 “이익은 늘어날 것”이라고 말했다. 이어 “부담은 여전하다”고 덧붙였다.\n"
        "/홍길동기자 gildong@example.com"
    )
    table = kornews.quotes(kornews.tokenize(article), article)
    assert list(table["text"]) == ["이익은 늘어날 것", "부담은 여전하다"]
    assert list(table["verb"]) == ["말하다", "덧붙이다"]
    # A headline without the full stop stays a headline.
    article = kornews.read_article("“이익은 늘어날 것”이라고 말했다\n\n시장은 조용했다.")
    assert kornews.quotes(kornews.tokenize(article), article).empty


def test_an_excerpt_with_no_line_break_cut_mid_word_is_read_as_body():
    # All one line, two sentences and more, cut off mid-word at the end: no headline holds two.
    article = kornews.read_article(
        "가람시의회가 시끄럽다. 송하윤 의원은 “누가 자료를 냈는지 의문이다”며 따졌다.  "
        "그러자 한지오 부의장은 “몰랐다”고 답했다.  이에 박 의\n"
    )
    table = kornews.quotes(kornews.tokenize(article), article)
    assert table[["text", "speaker", "verb"]].values.tolist() == [
        ["누가 자료를 냈는지 의문이다", "송하윤", "따지다"],
        ["몰랐다", "한지오", "답하다"],
    ]


@pytest.mark.parametrize("who", ['박모 씨는 "그만두겠다"고 말했다. 박 씨는', "C 시의원은"])
def test_a_bare_surname_with_씨_or_a_letter_with_a_title_is_an_anonymous_source(who):
    table = quotes_of(f'{who} "다시 하겠다"고 말했다.')
    assert table["anonymous"].iloc[-1] and table["speaker"].iloc[-1] == who.split(". ")[-1][:-1]


def test_a_village_heads_name_speaks_not_the_whole_phrase():
    table = quotes_of('이날 참석한 가람2리 최덕수 이장은 "돈사는 안 된다"고 말했다.')
    assert table[["speaker", "title"]].values.tolist() == [["최덕수", "이장"]]


def test_a_quotation_before_는_and_the_noun_a_reporting_verb_takes():
    table = quotes_of(
        '오민재 감독은 "선수들이 잘 싸웠다"는 경기 소감을 밝혔다. '
        '판정에 대해서는 "판정을 존중한다"는 의견을 남겼다. 그는 "다시 뛰겠다"는 목소리를 높였다.'
    )
    assert table[["text", "verb", "speaker"]].values.tolist() == [
        ["선수들이 잘 싸웠다", "밝히다", "오민재"],
        ["판정을 존중한다", "남기다", "오민재"],
    ]


def test_a_paragraph_the_page_prints_twice_is_read_once():
    paragraph = '오민재 감독은 "다시 뛰겠다"고 말했다.'
    table = quotes_of(f"{paragraph}\n<저작권자(c) 가상뉴스, 무단 전재-재배포 금지>\n{paragraph}")
    assert list(table["text"]) == ["다시 뛰겠다"]


def test_a_speakers_affiliation_in_brackets_with_commas_is_part_of_the_phrase():
    table = quotes_of('가람시의회 오민재 의원(가상당, 비례)은 "답이 없다"고 말했다.')
    assert table[["speaker", "title"]].values.tolist() == [["오민재", "의원"]]


def test_an_interviews_answers_are_said_by_the_interviewee_or_the_name_in_brackets():
    table = quotes_of(
        "다음은 오민재 감독과의 일문일답.\n-경기 소감은?\n원정에서 이겨 기쁘다. 서도윤이 잘 뛰었다.\n"
        "-교체 이유는?\n체력이 떨어졌다.\n-결승골 장면은?\n(서도윤)감독님이 믿어 주셔서 찼다."
    )
    assert table[["text", "kind", "speaker"]].values.tolist() == [
        ["원정에서 이겨 기쁘다. 서도윤이 잘 뛰었다.", "direct", "오민재"],
        ["체력이 떨어졌다.", "direct", "오민재"],
        ["감독님이 믿어 주셔서 찼다.", "direct", "서도윤"],
    ]


@pytest.mark.parametrize("row", _quote_words("qa"), ids=lambda r: r.word)
def test_an_announced_q_and_a_takes_dashed_questions_without_a_question_mark(row):
    # heldout6's first reading: a blog's copy of a Q&A whose questions end in a full stop.
    table = quotes_of(
        row.example + "\n-3경기에서 투수 한 명만 나오지 못했다.\n다음 경기에 꼭 기용하겠다.\n"
        "-타선이 살아났다.\n시즌 때와 비슷했다."
    )
    assert table[["text", "speaker"]].values.tolist() == [
        ["다음 경기에 꼭 기용하겠다.", "김민수"],
        ["시즌 때와 비슷했다.", "김민수"],
    ]


def test_dashed_lines_with_no_q_and_a_announced_are_no_answers():
    assert quotes_of("김민수 감독이 회견을 열었다.\n-3경기 연속 승리.\n선수들이 잘 뛰었다.").empty


def test_a_caption_with_its_words_inside_a_scripts_line_and_a_carried_clause_topic():
    table = quotes_of(
        "[앵커] 오민재 가상부 장관이 말을 아꼈습니다. [기자] 질문이 쏟아졌습니다. "
        "[오민재 / 가상부 장관 : 지금은 말하고 싶지 않습니다.] 그러면서 협상은 잘되고 있다고 말했습니다."
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["direct", "오민재"],
        ["indirect", "오민재"],
    ]
    assert table["text"].iloc[0] == "지금은 말하고 싶지 않습니다." and table["carried"].iloc[1]


def test_a_quotation_standing_alone_after_a_sentence_announcing_its_speaker():
    table = quotes_of('한 상인은 이렇게 말한다.\n"손님이 절반으로 줄었어요."')
    assert table[["speaker", "verb", "anonymous"]].values.tolist() == [["한 상인", "말하다", True]]
    # A sentence that announces nothing names no speaker.
    assert quotes_of('박민수 씨는 가게를 접었다. "손님이 줄었어요."')["speaker"].isna().all()


def test_a_subject_with_도_speaks_when_it_names_someone():
    table = quotes_of(
        '가람시 관계자는 "미리 배포하겠다"고 밝혔다. 가람시의회도 규칙을 고치겠다고 밝혔다. '
        "예산도 늘리겠다고 밝혔다."
    )
    assert list(table["speaker"]) == ["가람시 관계자", "가람시의회", "가람시의회"]
    assert list(table["carried"]) == [False, False, True]  # 예산 names no one: carried over


def test_a_bare_title_speaks_for_the_person_named_with_it_before():
    table = quotes_of(
        '홍길동 가상부총리 겸 가상부 장관은 "예산을 늘리겠다"고 말했다. '
        '기자단이 질문하자, 이에 대해 가상부총리는 "검토하겠다"고 답했다. '
        '홍 부총리는 "곧 발표하겠다"고 덧붙였다.'
    )
    assert list(table["speaker"]) == ["홍길동", "홍길동", "홍길동"]
    # A title no one was named with before stays the phrase as written.
    assert list(quotes_of('대변인은 "검토하겠다"고 말했다.')["speaker"]) == ["대변인"]


def test_a_라고_written_apart_from_the_closing_mark_still_ties_the_verb():
    table = quotes_of(
        '데릭 하우저 앵커는 "날씨가 어떻습니까?" 라고 물었고 홍길동 대통령은 "비가 옵니다" 라 답했다.'
    )
    assert table[["kind", "verb", "speaker"]].values.tolist() == [
        ["direct", "묻다", "데릭 하우저"],
        ["direct", "답하다", "홍길동"],
    ]
    # A word other than 라… after the space is no tail: “…” 고객은 말했다 keeps its own subject.
    assert quotes_of('"늦었어요" 고객은 짧게 말했다.')["verb"].isna().all()


def test_the_topic_after_a_clause_closed_by_a_connective_and_a_comma_speaks():
    table = quotes_of(
        '학생 기자단은 여러 제안을 내놓았고, 이에 대해 홍길동 장관은 "반영하겠다"고 답했다. '
        '1심 재판부는 유죄로 봤지만, 2심 재판부는 "증거가 부족하다"며 무죄를 선고했다.'
    )
    assert list(table["speaker"]) == ["홍길동", "2심 재판부"]
    # With no topic after the comma, the sentence's topic speaks on.
    assert list(quotes_of('홍길동 장관은 회의를 열었고, "반영하겠다"고 말했다.')["speaker"]) == [
        "홍길동"
    ]


def test_a_sound_bite_in_braces_is_said_by_its_captions_name_or_role():
    table = quotes_of(
        "가상시가 버스 노선을 늘렸습니다.\n"
        '{박가상/가상시 주민/"버스가 늘어서 좋습니다."}\n'
        '{상인/손님이 조금 늘었어요!"}\n'
    )
    assert table[["text", "speaker", "anonymous"]].values.tolist() == [
        ["버스가 늘어서 좋습니다.", "박가상", False],
        ["손님이 조금 늘었어요!", "상인", True],  # a role with no name, and no opening mark
    ]


def test_a_bylines_brackets_before_the_speaker_are_no_part_of_its_phrase():
    table = quotes_of(
        "[가상망 서울 4월 28일] (홍가상 기자) 가상국 외무부는 27일 대화의 문을 열겠다고 발표했다."
    )
    assert table[["speaker", "attribution"]].values.tolist() == [["외무부", "가상국 외무부"]]
    # Other brackets stay whole in the phrase: 한국개발연구원(KDI) 연구위원.
    found = quotes_of('김가상 가상연구원(KDI) 연구위원은 "둔화가 이어진다"고 말했다.')
    assert found["attribution"].iloc[0] == "김가상 가상연구원(KDI) 연구위원"


def test_the_first_quotation_without_a_subject_takes_the_person_who_is_subject_just_before():
    table = quotes_of(
        "박가상 감독이 선수들에게 감사를 전했다.\n"
        '경기 후 기자회견에서 "끝까지 잘 싸웠다"라고 말했다.\n'
        '실점에 대해서는 "다음에는 막겠다"라고 설명했다.'
    )
    assert list(table["speaker"]) == ["박가상", "박가상"]
    assert list(table["carried"]) == [True, True]
    # A person named only as an object before speaks no quotation.
    assert (
        quotes_of('박가상 감독을 만났다.\n"끝까지 잘 싸웠다"라고 말했다.')["speaker"].isna().all()
    )


def test_a_clause_in_다면서_is_a_piece_though_kiwi_reads_다고_하_면서():
    table = quotes_of("김가상 차관은 변함이 없다면서, 노력을 계속해 나갈 것이라고 말했습니다.")
    assert table[["text", "kind", "verb", "piece"]].values.tolist() == [
        ["변함이 없다", "indirect", "말하다", 1],
        ["노력을 계속해 나갈 것이라", "indirect", "말하다", 2],
    ]


@pytest.mark.parametrize(
    "said, speaker",
    [
        ("금통위는 “물가는 둔화하고 있다”고 설명했다.", "금통위"),
        ("중노위가 “사유가 적절하다”며 기각했다.", "중노위"),
        (
            "금융통화위원회는 10일 회의를 열었다. 금통위는 “물가는 둔화하고 있다”고 설명했다.",
            "금융통화위원회",
        ),
    ],
)
def test_a_committee_speaking_by_its_short_form_is_named_in_full_where_printed(said, speaker):
    # 한국은행법 and 노동위원회법 name them; the press writes 금통위 and 중노위. The speaker is the
    # fullest form the article prints (docs/quotes-and-entities.md), not the table's alone.
    table = quotes_of(said)
    assert table["speaker"].tolist() == [speaker]
    assert table["organisation"].str.endswith("위원회").all()  # the entity, for joins


def test_그는_after_a_foreign_name_with_a_ministers_title_glued_carries_that_name():
    # China's foreign minister is 외교부장 (外交部长), written as one word after the name.
    table = quotes_of(
        "왕웨 외교부장은 3일 회담의 적기라고 강조했다. 그는 이날 “지금이 기회다”라고 말했다."
    )
    assert table["speaker"].tolist() == ["왕웨", "왕웨"]


def test_그는_reaches_past_a_person_its_own_sentence_names_but_not_as_subject():
    # The first line is where a title stands (a dateline and one sentence); 로던 is 그's partner.
    table = quotes_of(
        "가상시, 5월24일 (가상통신) - 방이 외교부장은 23일 회담의 적기임을 강조했다.\n"
        "그는 이날 로던 국무장관과 함께 연 회견에서 “지금이 기회다”라고 말했다."
    )
    assert table[["text", "speaker"]].values.tolist() == [["지금이 기회다", "방이"]]


def test_a_union_speaking_by_its_short_form_is_read_as_the_union():
    # 금속노조 is how the press writes 전국금속노동조합 (the union's registered name): the entity,
    # while the speaker stays the form the article prints.
    table = quotes_of("금속노조는 “교섭에 나서라”고 요구했다.")
    assert table[["speaker", "organisation"]].values.tolist() == [["금속노조", "전국금속노동조합"]]


def test_a_bite_after_a_dash_under_an_arrow_caption_is_said_by_the_caption():
    # A regional script: ▶ 인터뷰 : 이름 / 역할 on its line, the bite below it after a dash.
    table = quotes_of(
        "가상시에 다리가 놓였습니다.\n\n▶ 인터뷰 : 홍길동 / 가상시 주민\n\n"
        '- "다리가 생겨서 편해졌습니다."\n\n주민들은 반기고 있습니다.'
    )
    assert table[["text", "speaker"]].values.tolist() == [["다리가 생겨서 편해졌습니다.", "홍길동"]]


def test_a_labelled_caption_with_a_bare_name_or_a_name_and_title_speaks_the_bite_below():
    # ◀SYN▶ with no slash and no role: the name (and title) alone names who speaks.
    table = quotes_of(
        '가상도청에 전임 지사들이 모였습니다.\n\n◀SYN▶홍길동 지사\n"선배님들을 모시게 되어 기쁩니다"\n\n'
        '◀SYN▶박가상\n"잘 부탁드립니다"\n\n모두 웃었습니다.'
    )
    assert table[["text", "speaker"]].values.tolist() == [
        ["선배님들을 모시게 되어 기쁩니다", "홍길동"],
        ["잘 부탁드립니다", "박가상"],
    ]


def test_a_school_reports_caption_with_a_grade_speaks_the_bite_below():
    table = quotes_of(
        "학생들의 바람을 들었습니다.\n\n인터뷰: 홍길동 3학년 / 가상고\n\n"
        '"방학이 조금 더 길었으면 좋겠어요."\n\n의견은 다양했습니다.'
    )
    assert table[["text", "speaker"]].values.tolist() == [
        ["방학이 조금 더 길었으면 좋겠어요.", "홍길동"]
    ]


def test_a_writers_gloss_before_셈_is_no_reported_speech():
    table = quotes_of(
        "김민수 장관은 “위험이 크다”고 말했다. 위험이 현실이 될 수 있다고 경고한 셈이다."
    )
    assert table["text"].tolist() == ["위험이 크다"]


def test_a_lead_printed_twice_gives_its_quotations_once():
    # A teaser over the title, then the story from its lead: the second printing adds nothing.
    table = quotes_of(
        "가상일보\n김민수 장관은 “예산을 크게 늘리겠다”고 말했다. 논란을김민수 “예산 확대”\n"
        "김민수 장관은 “예산을 크게 늘리겠다”고 말했다. 그는 “지원도 늘리겠다”고 덧붙였다."
    )
    assert table["text"].tolist() == ["예산을 크게 늘리겠다", "지원도 늘리겠다"]


def test_a_first_line_that_is_one_quotation_with_its_full_stop_is_the_lead():
    table = quotes_of(
        "“수비가 완전히 흔들렸다.”\n홍길동 감독이 패배를 아쉬워했다. "
        "홍 감독은 “준비가 늦었다”고 말했다."
    )
    assert table[["text", "speaker"]].values.tolist() == [
        ["수비가 완전히 흔들렸다.", "홍길동"],
        ["준비가 늦었다", "홍길동"],
    ]


def test_a_sentence_saying_whose_words_they_are_names_an_unnamed_source_carried_to_그는():
    table = quotes_of(
        "“협회가 너무 비싼 과외를 했다.”\n모 가상의사회 회장의 말이다.\n"
        "그는 “회원들이 참고 있다”고 지적했다."
    )
    assert table[["text", "anonymous"]].values.tolist() == [
        ["협회가 너무 비싼 과외를 했다.", True],
        ["회원들이 참고 있다", True],
    ]


def test_a_surname_with_모_and_an_age_in_years_is_an_anonymous_source():
    # 배모(51세)씨: the age with 세 in the brackets, as some papers print it.
    table = quotes_of("마을에 사는 김모(40세)씨는 회의에 빠진 것은 잘못이라고 말했다.")
    assert table["anonymous"].tolist() == [True]


def test_a_cue_sheets_bite_over_two_lines_is_one_quotation_said_by_its_caption():
    # A regional cue sheet: INT-이름/역할, the bite in marks broken over two lines, a time code.
    table = quotes_of(
        "새해 소망을 들어봤습니다.\nINT-홍길동/가상시장 상인\n"
        '" 손님 많아지고\n장사 잘됐으면.. "\n< 01:02 ~ 01:10 >\n'
        'INT-김영희/가상시 주민\n"아이들 건강하고\n집값 안정됐으면.."\n'
        "< 02:03 ~ 02:12 >\n앵커) 소망이 이뤄지길 기대합니다."
    )
    assert table[["text", "kind", "speaker"]].values.tolist() == [
        [" 손님 많아지고\n장사 잘됐으면.. ", "direct", "홍길동"],  # inside the marks, as written
        ["아이들 건강하고\n집값 안정됐으면..", "direct", "김영희"],
    ]


def test_a_mark_left_open_beyond_a_bites_lines_joins_no_lines():
    # A mark opened at a line's start and closed only five lines below: no bite, lines apart.
    table = quotes_of(
        '" 가상시는 예산을 늘린다\n시의회는 예산안을 심사했다.\n'
        "박 의장은 다음 달에 처리하겠다고 말했다.\n위원들은 찬성했다.\n"
        '시민들은 지켜봤다.\n예산은 늘었다"\n'
    )
    assert ["다음 달에 처리하겠다", "indirect"] in table[["text", "kind"]].values.tolist()


def test_qa_answers_in_marks_are_said_by_whom_the_question_addresses_in_the_title():
    # A club's post: the title names the coach and the captain; the questions say 감독님, 주장으로서.
    article = kornews.read_article(
        "[가상컵] 홍길동 감독, 주장 김철수 가상시전 경기 후 기자회견\n\n"
        "Q. 감독님의 웃는 모습을 처음 봤다. 이긴 소감은.\n\n"
        "“선수들이 끝까지 싸웠다. 고맙다.”\n\n"
        "Q. 후반에 무엇을 주문했나?\n\n"
        "“더 뛰자고 말했다. 선수들이 따라줬다.”\n\n"
        "Q. 주장으로서 책임감이 느껴졌는데\n\n"
        "“동료들 덕분에 힘을 얻었다. 감사하다.”\n\n"
        "Q. 선제골 뒤에 무엇이 달라졌나?\n\n"
        "“모두 자신감을 얻었다.”\n"
    )
    table = kornews.quotes(kornews.tokenize(article), article)
    assert table["speaker"].tolist() == ["홍길동", "홍길동", "김철수", "김철수"]


def test_two_clauses_joined_by_고_each_have_their_own_speaker_and_verb():
    # A talk show written up: A는 "…"라며 답했고 B는 "…"며 반응했다, in one sentence.
    table = quotes_of(
        '가상방송에 홍길동 교수가 나왔다. 이에 홍길동 교수는 "제 공은 아니다"라며 답했고 '
        '김영희 앵커는 "너무 겸손하신 말씀이다"며 웃었다.'
    )
    assert table[["speaker", "verb"]].values.tolist() == [
        ["홍길동", "답하다"],
        ["김영희", "웃다"],
    ]


def test_a_report_of_a_report_is_said_by_the_subject_inside_and_its_verb_is_no_clause():
    # A wire's phone-call story: 당국자는 장관이 "…"고 말했다고 전했다; …라고 설명했다고 당국자는 전했다.
    table = quotes_of(
        "홍길동 가상부 장관은 그 조치가 내부 절차라고 설명했다고 당국자는 전했다. "
        '이 당국자는 이에 대해 김철수 장관이 "절차를 존중한다"고 말했다고 전했다.'
    )
    assert table[["text", "speaker", "verb"]].values.tolist() == [
        ["그 조치가 내부 절차라", "홍길동", "설명하다"],
        ["절차를 존중한다", "김철수", "말하다"],
    ]


def test_a_reported_clause_whose_speaker_follows_it_runs_from_the_sentences_start():
    # The topic before the clause (이 작업은) is the clause's own; the one after it (박가람 대표는) speaks.
    body = "이 작업은 위험하며, 지난달에도 직원 한 명이 다쳤다고 박가람 대표는 말했다."
    table = quotes_of(body)
    assert table[["kind", "speaker", "verb"]].values.tolist() == [["indirect", "박가람", "말하다"]]
    assert table["text"].iloc[0].startswith("이 작업은 위험하며")


def test_a_piece_of_a_chain_takes_no_speaker_from_the_clause_after_it():
    # …다며 starts a new clause whose subject (정부가) is what is said, not who says it.
    table = quotes_of("박가람 위원장은 인상이 필요하다며 정부가 결단해야 한다고 말했다.")
    assert set(table["speaker"]) == {"박가람"}


def test_a_subject_inside_a_clause_modifying_the_speaker_is_not_the_speaker():
    # 연락이 닿은 소식통: 연락이 is the subject of 닿은, which modifies who speaks.
    table = quotes_of("어제 연락이 닿은 가람시의 한 관계자도 “사실과 다르다”고 말했다.")
    assert table[["speaker", "anonymous"]].values.tolist() == [["가람시의 한 관계자", True]]
    # A quoting modifier (어이없다는 듯) is the speaker's own manner: the subject before it speaks.
    table = quotes_of("박가람 위원장도 어이없다는 듯 웃으면서 “당장 고발하겠다”고 말했다.")
    assert list(table["speaker"]) == ["박가람"]
    # A subject naming someone, before an adjective modifying the next noun, stays the speaker.
    table = quotes_of("가람시가 낡은 구장을 고쳐 짓는다고 10일 밝혔다.")
    assert list(table["speaker"]) == ["가람시"]


def test_people_named_and_then_the_rest_of_them_speak_as_the_group():
    body = (
        "박가람 위원장(왼쪽 두 번째) 등 산하 위원장들이 기자회견을 열고 “연대하겠다”고 밝혔다. "
        "박가람 위원장 등이 “싸우겠다”고 말했다."
    )
    # With no plural group after 등, the person named speaks.
    assert list(quotes_of(body)["speaker"]) == ["산하 위원장들", "박가람"]


def test_an_outlet_named_by_its_kind_speaks_and_this_paper_stands_for_it():
    body = (
        "경기가 살아난다고 영국 일간지 가람타임스가 16일 보도했다. 이 신문은 “수출이 늘었다”고 전했다. "
        "김가람 씨는 “잘 모르겠다”고 말했다. 김 씨의 걱정은 “물가”라고 이 신문은 전했다."
    )
    table = quotes_of(body)
    # The topic after the last quotation (이 신문은) speaks, not the one before it (김 씨의 걱정은).
    assert list(table["speaker"]) == ["가람타임스", "가람타임스", "김가람", "가람타임스"]


def test_a_clipped_sentence_ending_on_the_verbs_noun_reports_with_that_verb():
    # A column's clipped register: …고 고충을 토로. is 토로하다.
    table = quotes_of("한 주민은 “너무 힘들다”고 고충을 토로. 그는 “곧 떠난다”고 설명.")
    assert list(table["verb"]) == ["토로하다", "설명하다"]


def test_a_page_printing_its_marks_escaped_leaves_no_backslash_in_the_quotation():
    table = quotes_of('김민수 장관은 \\"예산을 늘리겠다\\"고 말했다.')
    assert list(table["text"]) == ["예산을 늘리겠다"]
    assert list(table["speaker"]) == ["김민수"]


def test_sourcing_counts_the_quotations_whose_speaker_was_not_found():
    table = quotes_of(
        "“예산을 늘리겠다.” 금융위 관계자는 “검토 중”이라고 말했다. 김민수 장관은 “서두르겠다”고 밝혔다."
    )
    row = kornews.sourcing(table).iloc[0]
    assert list(table["speaker"].isna()) == [True, False, False]
    assert row["unattributed"] == 1 and row["speakers"] == 2 and row["anonymous_quotes"] == 1


def test_a_foreign_governor_named_in_full_once_speaks_by_surname_and_title_after():
    table = quotes_of(
        '존 스미드 뉴욕 주지사는 오늘 "우리가 해냈다"고 밝혔다. '
        '스미드 주지사는 "우리는 더 나아질 것"이라고 말했다.'
    )
    assert list(table["speaker"]) == ["존 스미드", "존 스미드"]
    assert list(table["title"]) == ["주지사", "주지사"]


def test_a_q_and_a_naming_its_interviewee_only_by_role_has_the_role_speak():
    table = quotes_of(
        "우리 학교 교장선생님의 하루는 어떨까. 학생들이 궁금한 것을 교장선생님께 물어봤다.\n"
        "Q. 학교에 오는 것이 즐거우신가요?\n"
        "A. 학생들을 만나는 것이 좋습니다. 매일 아침이 설레요.\n"
        "Q. 학생들에게 바라는 점은?\n"
        "A. 서로 돕는 사람으로 자랐으면 좋겠어요."
    )
    assert list(table["text"]) == [
        "학생들을 만나는 것이 좋습니다. 매일 아침이 설레요.",
        "서로 돕는 사람으로 자랐으면 좋겠어요.",
    ]
    assert list(table["speaker"]) == ["교장선생님", "교장선생님"]
    assert list(table["anonymous"]) == [True, True]  # a role, no name


def test_a_demonstrative_topic_is_no_speaker_the_subject_after_it_is():
    table = quotes_of(
        "김민수 시장은 예산을 늘렸다. "
        "이는 가상일보 등이 '지난해 시장이 집에 있었다'고 보도한 데 따른 것이다."
    )
    assert list(table["text"]) == ["지난해 시장이 집에 있었다"]
    assert list(table["speaker"]) == ["가상일보 등"]
