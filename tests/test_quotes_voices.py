"""quotes: voices printed without a verb (a name-and-age label over the quotation, a name and title
right before its marks), a surname and title standing for a full name the entities never found, a
tail written apart from the mark, a page's last sentence read as its title; each on an invented
article in the shape a real page prints it."""

import pytest

import kornews
from kornews import tables

TITLE = "시험 기사 제목\n"


def quotes_of(body: str, title: str = TITLE):
    article = kornews.read_article(title + body)
    return kornews.quotes(kornews.tokenize(article), article)


def test_voices_under_a_name_and_age_label_are_said_by_the_label():
    table = quotes_of(
        "가상군 조합원들에게 새 조합장에게 바라는 점을 들었다.\n\n"
        "홍길동(67ㆍ가상면 가상리)\n가상농협 조합원\n\n"
        "“조합원들을 먼저 생각하는 조합장이 되기 바란다. 약속을 꼭 지켜주면 좋겠다.”\n\n"
        "박영희(52·가람읍)\n가람축협 조합원\n\n"
        "“축산농가의 어려움을 살펴 주기 바란다.”\n\n"
        "“판로도 함께 넓혀 주면 좋겠다.”\n"
    )
    assert list(table["speaker"]) == ["홍길동", "박영희", "박영희"]
    assert list(table["carried"]) == [False, False, True]  # the third: no label, the last voice's


def test_a_label_line_that_is_a_sentence_names_no_voice():
    # A line with a full stop between is body, not a label: the quotation under it has nobody.
    table = quotes_of(
        "홍길동(67·가상면)\n가상면 주민들은 올해도 축제를 열었다. 축제는 사흘 동안 이어졌다.\n\n"
        "“내년에도 꼭 다시 오고 싶다.”\n"
    )
    assert len(table) == 1 and table["speaker"].isna().all()


def test_a_name_and_title_right_before_the_marks_says_the_quotation():
    # A press conference printed as one line: the coach's name, then his words, then questions.
    table = quotes_of(
        "가상FC 홍길동 감독 기자회견\n"
        "홍길동 감독 “선수들은 최선을 다했다. 모두에게 고맙다.” Q. 오늘 경기 소감은? "
        "“체력적으로 힘든 경기였다. 그래도 끝까지 잘 버텼다.”\n",
        title="",
    )
    assert list(table["speaker"]) == ["홍길동", "홍길동"]
    assert table["attribution"].iloc[0] == "홍길동 감독"


def test_a_date_before_the_marks_is_no_label():
    table = quotes_of("지난해 12월 “예산을 늘리겠다. 꼭 지키겠다.”\n")
    assert table["speaker"].isna().all()


def test_a_surname_and_title_stand_for_the_full_name_the_entities_never_found():
    # 김주영 is named with his title once; 김 조합장 after it is he, the entity finder aside.
    table = quotes_of(
        "[인터뷰] 김주영 가상농협 조합장\n\n"
        "김 조합장은 “농협은 지역민과 함께 가야 발전한다”고 강조했다.\n"
    )
    assert table["speaker"].iloc[0] == "김주영"
    assert table["attribution"].iloc[0] == "김 조합장"


def test_a_surname_and_another_title_stand_for_the_person_named_in_full():
    table = quotes_of(
        "홍길동 가상협회장이 이날 취임했다. 그는 가상농협 조합장을 지냈다.\n\n"
        "홍 이사장은 “회원들의 목소리를 듣겠다”고 말했다.\n"
    )
    assert table["speaker"].iloc[0] == "홍길동"


def test_a_carried_surname_and_title_are_named_in_full():
    # 손 비서관은 … 올린 글에서 “…”며: the subject carried to the quotation is the full name too.
    table = quotes_of(
        "조원일 총영사가 손영순 비서관(전 가상한인회 사무총장)을 만났다.\n"
        "손 비서관은 지난 25일 자신의 누리집 게시판에 올린 글에서 “총영사가 동포를 비하했다”며 "
        "“이해할 수 없는 일”이라고 주장했다.\n"
    )
    assert list(table["speaker"]) == ["손영순", "손영순"]


def test_a_tail_written_apart_starting_with_이라_links_the_quotation():
    table = quotes_of(
        "시 관계자는 “수해 현장을 먼저 챙기겠다는 시장의 뜻에 따라 결정된 것” 이라며, "
        "“앞으로도 현장에 집중하겠다”고 밝혔다.\n"
    )
    assert list(table["kind"]) == ["direct", "direct"]
    assert table["text"].iloc[0] == "수해 현장을 먼저 챙기겠다는 시장의 뜻에 따라 결정된 것"
    assert list(table["verb"]) == ["밝히다", "밝히다"]


def test_an_excerpts_last_sentence_with_its_copyright_tail_is_read_as_body():
    # An excerpt opening mid-article: its one line is the body's last sentence and the copyright.
    table = quotes_of(
        "시 관계자는 “취임식은 간소하게 치르고 수해 현장을 찾겠다”고 밝혔다. "
        "<저작권자 ⓒ 가상뉴스 무단전재 및 재배포 금지>\n",
        title="",
    )
    assert len(table) == 1 and table["speaker"].iloc[0] == "시 관계자"


def test_a_headline_with_a_bracketed_tag_is_no_body():
    table = quotes_of("시장 “예산 늘리겠다” [종합]\n", title="")
    assert table.empty


def test_a_group_whose_subject_is_followed_by_지난_speaks():
    # 시민단체도 지난 10일 …: 지난 ("last") dates the day, it opens no clause modifying a noun.
    table = quotes_of(
        "시민단체도 지난 10일 기자회견을 열어 “시장은 해명하라”며 “안전은 뒷전”이라고 요구했다.\n"
    )
    assert list(table["speaker"]) == ["시민단체", "시민단체"]


def test_they_stand_for_the_body_named_as_a_topic_not_a_person_in_its_sentence():
    # 이들은: a body (named with its officer in brackets), never the mayor its statement names.
    table = quotes_of(
        "가상연대(회장 홍길동)는 19일 성명서를 통해 박철수 시장을 비판했다.\n\n"
        "이들은 “시장은 사과하라”고 말했다.\n"
    )
    assert table["speaker"].iloc[0] == "가상연대"
    assert table["attribution"].iloc[0] == "이들"


def test_they_after_a_person_spoke_with_no_body_named_stay_the_last_speaker():
    table = quotes_of(
        "홍길동 시장은 “예산을 늘린다”고 말했다.\n\n이들은 “시장은 사과하라”고 말했다.\n"
    )
    assert list(table["speaker"]) == ["홍길동", "홍길동"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "group"], ids=lambda r: r.word
)
def test_each_group_word_makes_a_source_without_a_name(row):
    table = quotes_of(row.example)
    assert len(table) == 1 and table["anonymous"].iloc[0]
    assert table["attribution"].iloc[0] == row.example.split(" “")[0][:-1]  # less its 은/는


def test_a_resident_named_in_full_speaks_as_a_person():
    table = quotes_of("가상리 주민 김민수 씨는 “물이 넘쳤다”고 말했다.\n")
    assert table["speaker"].iloc[0] == "김민수" and not table["anonymous"].iloc[0]


def test_a_name_the_entities_missed_before_a_body_and_a_title_speaks():
    # 조현: a two-letter name Kiwi cuts (조+현); the title closing the phrase says it is a person.
    table = quotes_of("조현 외교부 장관은 “가능성이 낮다”고 말했다.\n")
    assert (table["speaker"].iloc[0], table["title"].iloc[0]) == ("조현", "장관")


def test_a_country_or_a_name_the_entities_read_before_a_title_stays_theirs():
    table = quotes_of("한국 외교부 장관은 “가능성이 낮다”고 말했다.\n")
    assert table["speaker"].iloc[0] == "한국 외교부 장관"
    table = quotes_of("도널드 트럼프 미국 대통령은 “가능성이 낮다”고 말했다.\n")
    assert table["speaker"].iloc[0] == "도널드 트럼프"


def test_a_name_kiwi_cuts_into_common_nouns_before_a_title_speaks_and_a_common_noun_does_not():
    table = quotes_of(
        "조현 외교부 장관은 회담에 나섰다.\n\n조현 장관은 31일 “준비를 하고 있다”고 말했다.\n"
    )
    assert table["speaker"].iloc[0] == "조현"
    table = quotes_of("이번 회의 의장은 “가능성이 낮다”고 말했다.\n")
    assert table["speaker"].iloc[0] == "이번 회의 의장"


def test_a_briefings_transcript_answers_are_quotations_of_the_one_briefing():
    table = quotes_of(
        "김민수 대변인은 이날 정례브리핑을 열었다.\n\n"
        "<질문> 어제 회담 뒤에 나온 보도는 사실입니까?\n\n"
        "<답변> 네, 그 보도에 대해서는 확인을 해 보겠습니다. 담당자들이 현지에 가 있습니다.\n\n"
        "<질문> 일정은 언제입니까?\n\n<질문> 장소는 어디입니까?\n"
    )
    assert list(table["text"]) == [
        "네, 그 보도에 대해서는 확인을 해 보겠습니다. 담당자들이 현지에 가 있습니다."
    ]  # the answer after its mark; a question followed by a question has none
    assert list(table["kind"]) == ["direct"] and list(table["speaker"]) == ["김민수"]


def test_a_transcripts_answers_with_no_name_are_said_by_the_role_giving_the_briefing():
    table = quotes_of(
        "가상부 대변인 정례브리핑 (12.24)\n\n"
        "<질문> 보도된 내용이 사실입니까?\n\n"
        "<답변> 그 사항은 확인해 보겠습니다. 담당자들이 현지에 가 있습니다.\n"
    )
    assert list(table["speaker"]) == ["대변인"] and table["anonymous"].all()


def test_a_reporter_who_asks_before_the_mayor_answers_says_the_question():
    # 시장은 … 기자가 “…”고 묻자 “…”라고 답했다: the clause closed by 자 has its own subject.
    table = quotes_of(
        "홍길동 시장은 6일 질의응답에서 발언권을 얻은 가상방송 기자가 “정국에 대해 묻고 싶다”고 "
        "운을 떼자 “답하지 않겠다”라고 질문을 끊었다.\n"
    )
    assert list(table["attribution"]) == ["가상방송 기자", "홍길동 시장"]
    assert list(table["speaker"]) == ["가상방송 기자", "홍길동"]
    table = quotes_of("홍길동 시장은 “곧 끝난다”고 말하자 자리를 떴다.\n")
    assert list(table["speaker"]) == ["홍길동"]  # no subject of its own: the topic said it


def test_a_bare_word_a_bodys_name_ends_with_stands_for_that_body():
    table = quotes_of(
        "윤 대통령은 19일 로이터 통신과의 인터뷰에 응했다.\n\n"
        "통신은 “대통령이 긴장에 대해 목소리를 냈다”고 보도했다.\n"
    )
    assert (table["speaker"].iloc[0], table["attribution"].iloc[0]) == ("로이터통신", "통신")
    table = quotes_of("경찰은 “수사 중”이라고 밝혔다.\n")  # no body named before: as written
    assert table["speaker"].iloc[0] == "경찰"


def test_a_label_with_역시_after_it_says_the_quotation_though_the_entities_missed_the_name():
    table = quotes_of(
        "윤재옥 의원은 “예의를 지켜라”고 말했다. 조원진 우리공화당 의원 역시 “국정감사이지, "
        "시민에 대한 감사냐”라며 “예의를 갖추라”라고 반발했다.\n"
    )
    assert list(table["speaker"]) == ["윤재옥", "조원진", "조원진"]


def test_a_person_whose_deed_the_quotation_is_about_is_no_speaker():
    # 김철수가 처리한 것과 관련해 “…”: the subject of a clause modifying 것 is its own.
    table = quotes_of(
        "홍길동 감독은 “잘 싸웠다”고 말했다.\n\n"
        "이날 페널티킥을 김철수가 처리한 것과 관련해 “누가 차도 골이 나온다”며 "
        "“자신감을 얻었다”고 말했다.\n"
    )
    assert list(table["speaker"]) == ["홍길동"] * 3
