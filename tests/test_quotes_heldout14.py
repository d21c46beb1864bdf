"""The shapes of quotes/heldout14's misses (benchmarks/real/quotes/heldout14/first-reading.md), on
invented sentences: a county paper's ruled Q&A, a video page's caption over bites, an embassy head,
two people named together, a body's announcement after 에 따르면, a lead standing alone, a bulletin's
headline list, a page printing its body twice, a student's role."""

import pytest

from kornews import tables
from quote_rows import quotes_of

TITLE = "시험 기사 제목\n"


def test_a_ruled_interviews_answers_are_quotations_of_the_one_asked():
    text = (
        "▲의장으로 뽑힌 소감은?\n"
        "=군민들께 감사한다. 어깨가 무겁다.\n\n"
        "▲의원들이 모두 지지했다. 미리 협의가 있었는가?\n"
        "=자연스럽게 이루어졌다.\n\n"
        "▲군민들에게 한 말씀\n"
        "=성원에 감사드린다.\n"
    )
    quotes = quotes_of(text)
    assert [t.lstrip("=").split(".")[0] for t in quotes["text"]] == [
        "군민들께 감사한다",
        "자연스럽게 이루어졌다",
        "성원에 감사드린다",
    ]
    assert list(quotes["kind"]) == ["direct"] * 3
    assert list(quotes["anonymous"]) == [True] * 3  # the chair is never named


def test_a_ruled_line_over_no_answer_is_no_question():
    text = TITLE + "▲가람군청 전경\n가람군은 올해 예산을 늘렸다.\n"
    assert quotes_of(text).empty


@pytest.mark.parametrize(
    "caption",
    ["* 홍길동 / 가람동 재개발 추진위원회 위원장", "가람동 주민 홍길동 씨"],
)
def test_bites_in_marks_under_a_caption_line_are_said_by_the_name_it_gives(caption):
    text = (
        "[앵커멘트]\n가람동이 공공재개발을 원합니다. 주민 대표를 만났습니다.\n[기사내용]\n"
        f"{caption}\n(인트로)\n가람동 = 구의 관문?\n하지만 현실은...\n"
        "“집 고치려니 수리비가 너무 많이 나와요”\n“우리도 재개발 하고 싶습니다”\n"
    )
    quotes = quotes_of(text)
    assert list(quotes["speaker"]) == ["홍길동", "홍길동"]
    assert quotes["verb"].isna().all()


def test_a_body_sentence_between_ends_the_walk_to_a_caption():
    text = (
        TITLE + "* 홍길동 / 가람동 주민\n"
        "가람동 주민들은 오래전부터 재개발을 원해 왔으며 구청에 여러 차례 건의했지만 답을 듣지 못했다.\n"
        "“우리도 재개발 하고 싶습니다”\n"
    )
    assert quotes_of(text)["speaker"].isna().all()


def test_an_ambassador_speaks_not_the_country_he_is_stationed_in():
    body = "김도윤 주베트남 한국대사는 신년사에서 “교민 안전을 위한 플랫폼 역할을 다 할 것”이라고 밝혔다."
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["김도윤"]


def test_two_people_named_together_both_speak_and_a_noun_of_words_takes_the_second_piece():
    body = (
        "가람고 총동문회 정하늘 회장과 재경동문회 최바다 회장은 “후배들이 어려움을 겪고 있음을 "
        "잘 알고 있다”며 “자랑스런 동문으로 성장하기를 바란다”는 격려의 말을 전했다."
    )
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["정하늘, 최바다", "정하늘, 최바다"]
    assert list(quotes["verb"]) == ["전하다", "전하다"]


def test_two_analysts_named_with_a_comma_both_speak():
    body = "강경수, 남채원 가람증권 연구원은 “사업 의지가 분명하다”고 말했다."
    assert list(quotes_of(TITLE + body)["speaker"]) == ["강경수, 남채원"]


def test_one_named_after_a_subject_joined_by_and_is_no_pair():
    body = "지난해 사건과 관련해 정하늘 회장은 “책임을 지겠다”고 말했다."
    assert list(quotes_of(TITLE + body)["speaker"]) == ["정하늘"]


def test_a_body_an_announcement_opens_with_makes_it():
    body = "가람고등학교에 따르면 총동문회가 장학금 1,800만원을 기탁했다고 12일 밝혔다."
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["가람고등학교"]
    assert list(quotes["verb"]) == ["밝히다"]


def test_according_to_with_no_reporting_verb_reports_nothing():
    body = "가람고등학교에 따르면 총동문회가 장학금을 기탁했다."
    assert quotes_of(TITLE + body).empty


def test_a_lead_standing_alone_is_the_body_the_next_topic_names():
    body = (
        '"홍천군에 실력 있는 산부인과 의사가 필요합니다."\n\n'
        "최근 강원도 홍천군보건소는 전국 지자체에 협조 공문을 보냈다.\n\n"
        '홍천군보건소 관계자는 "지원자가 마음을 바꿨다"고 말했다.\n'
    )
    quotes = quotes_of(TITLE + "• 등록 2019.11.15 23:49:48\n\n" + body)
    assert list(quotes["speaker"])[0] == "홍천군보건소"
    assert list(quotes["anonymous"]) == [False, True]


def test_a_bulletins_headline_list_is_not_read_its_story_is():
    body = (
        "간추린 주요 뉴스\n"
        "  • 스콧 모리슨 전 총리 “알바니지, 중국 방문 서둘러선 안돼”\n"
        "  • 호주-필리핀, 전략적 협력관계 체결\n\n"
        "스콧 모리슨 전 총리가 “서둘러서는 안된다”는 반응을 내비친 것으로 알려졌다.\n"
    )
    quotes = quotes_of(TITLE + body)
    assert list(quotes["text"]) == ["서둘러서는 안된다"]
    assert list(quotes["verb"]) == ["내비치다"]


def test_a_body_printed_again_cut_short_is_read_once():
    story = (
        "박종민 교장은 “후배 사랑을 실천하는 동문회를 기억해야 할 것이다”며 "
        "“선배님들의 뜻을 기억하며 거듭나길 기대한다”고 말했다.\n"
    )
    cut = "박종민 교장은 “후배 사랑을 실천하는 동문회를 기억해야 할 것이다”며 “선배님들의 뜻을 기"
    quotes = quotes_of(TITLE + story + "장학금은 학생들에게 전달됐다.\n" + cut)
    assert len(quotes) == 2
    assert list(quotes["verb"]) == ["말하다", "말하다"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "role"], ids=lambda r: r.word
)
def test_each_role_after_a_name_leaves_the_name_speaking(row):
    quotes = quotes_of(TITLE + row.example)
    assert len(quotes) == 1
    assert quotes["speaker"].iloc[0] == row.example.split()[0]
    assert quotes["speaker"].iloc[0] != row.example.split()[0] + " " + row.word


@pytest.mark.parametrize("opening", ["이날, ", "지난해, "])
def test_a_word_of_when_before_a_comma_is_no_second_speaker(opening):
    body = opening + "남채원 가람증권 연구원은 “사업 의지가 분명하다”고 말했다."
    assert list(quotes_of(TITLE + body)["speaker"]) == ["남채원"]


def test_the_subject_after_a_closed_clause_speaks_not_the_one_inside_it():
    body = (
        "알바니지 총리의 방문이 가시화되자, 스콧 모리슨 전 총리가 “서둘러서는 안된다”는 반응을 "
        "내비친 것으로 알려졌다."
    )
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["스콧 모리슨"]


def test_an_adjective_onto_ge_is_no_reporting_verb_the_verb_after_it_is():
    body = "브라이언 켐프 내무장관은 “경험을 쓰고 싶다”며 출마를 강력하게 시사했다."
    assert list(quotes_of(TITLE + body)["verb"]) == ["시사하다"]


def test_a_foreign_name_before_a_photo_mark_and_a_state_is_the_speaker_and_its_short_form_too():
    body = (
        "브라이언 켐프(사진) 네바다 주내무장관은 2일 “경험을 쓰고 싶다”며 출마를 시사했다.\n"
        "켐프 장관은 기업가들이 출마해야 한다고 강조했다. 켐프는 그런 사람이 너무 적다고 덧붙였다.\n"
        "브라이언 켐프 주내무장관\n"
    )
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["브라이언 켐프"] * len(quotes)
    assert len(quotes) >= 2


def test_a_pronoun_stands_for_the_last_subject_not_a_person_named_as_an_object():
    body = (
        "19일 민하늘 대표는 최근 의혹에 관련해 김철수 회장의 주장을 해명했다. "
        "그는 이 자리가 단순히 사적인 만남이었다며 “사실확인이 필요하다면 대면을 요청한다”고 밝혔다."
    )
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["민하늘", "민하늘"]


def test_a_foreign_names_last_word_with_ssi_is_the_full_name_written_before():
    body = (
        "최근 가람 의과대학 병원의 응우옌 란 히에우 병원장은 혈액 여과 이야기를 들려주었다.\n"
        "히에우 씨는 “효과가 입증되지 않은 시술에 돈을 쓰지 마세요”라고 강조했다.\n"
    )
    assert list(quotes_of(TITLE + body)["speaker"]) == ["응우옌 란 히에우"]


def test_a_word_after_a_particle_is_no_part_of_a_foreign_name():
    body = "병원의 히에우 병원장은 회의를 열었다.\n히에우 씨는 “시술에 돈을 쓰지 마세요”라고 강조했다.\n"
    assert list(quotes_of(TITLE + body)["speaker"]) != ["병원의 히에우"]


def test_a_reporting_verb_modifying_a_person_names_who_said_it():
    body = (
        "도널드 트럼프 대통령은 16일 회견을 열었다.\n"
        "김 위원장에 대해 잘 알고 있다고 말한 트럼프 대통령에게 다시 질문이 쏟아졌습니다.\n"
    )
    quotes = quotes_of(TITLE + body)
    assert list(quotes["speaker"]) == ["도널드 트럼프"]


def test_a_reporting_verb_modifying_no_person_names_no_one():
    body = "예산이 부족하다고 말한 것으로 알려졌다.\n"
    assert quotes_of(TITLE + body)["speaker"].isna().all()


@pytest.mark.parametrize(
    "row",
    [r for r in tables.table("quote_words.tsv") if r.role == "document"],
    ids=lambda r: r.word,
)
def test_each_word_for_a_statement_speaks_for_whoever_issued_it(row):
    quotes = quotes_of(TITLE + row.example)
    assert list(quotes["speaker"]) == ["박철수", "박철수"]
    assert list(quotes["carried"]) == [False, True]
