"""The shapes of quotes/heldout13's misses (benchmarks/real/quotes/heldout13/first-reading.md), on
invented sentences: a reader's Q&A, a photo's caption words, an office with its head in brackets, and
the organisations and people named in those shapes."""

import pytest

from kornews import tables
from quote_rows import tables_of

TITLE = "시험 기사 제목\n"


def test_a_readers_answers_are_a_source_without_a_name_not_a_noun_of_the_question():
    body = (
        "가람신문이 창간 기념으로 독자를 만났다.\n"
        "Q. 가장 관심 있는 분야는\n"
        "= 아이들을 다 키우고 나니 노후 문제만 남았다. 대책이 필요하다.\n"
        "Q. 최근 기억에 남는 기사는\n"
        "= 시장 후보들 이야기를 전면으로 실어 재밌게 읽었다.\n"
    )
    quotes, _ = tables_of(TITLE + body)
    assert list(quotes["kind"]) == ["direct", "direct"]
    assert quotes["text"].iloc[0].startswith("아이들을 다 키우고")
    assert list(quotes["anonymous"]) == [True, True]
    assert quotes["speaker"].isna().all()  # not 관심, the question's noun


def test_an_excerpt_opening_at_a_question_reads_the_answer_below_it():
    text = "Q. 언제부터 가람신문을 읽었는지\n= 구독한 지 3년 됐다. 친구가 알려줬다.\n"
    quotes, _ = tables_of(text)
    assert len(quotes) == 1
    assert quotes["text"].iloc[0].startswith("구독한 지 3년 됐다")
    assert list(quotes["anonymous"]) == [True]


def test_a_thing_pointed_at_is_no_speaker_the_subject_after_it_is():
    body = (
        "지난 3일 기념식이 열렸다. 이 사진은 현지에서 보내 온 사진을 받은 가람 한 단체장이 "
        '"두 단체가 뜻을 모아 전달한다"고 알려왔다.'
    )
    quotes, _ = tables_of(TITLE + body)
    assert list(quotes["attribution"]) == ["가람 한 단체장"]
    assert list(quotes["anonymous"]) == [True]


def test_this_official_still_speaks():
    body = '가람시 관계자가 설명했다. 이 관계자는 "예산이 부족하다"고 말했다.'
    quotes, _ = tables_of(TITLE + body)
    assert list(quotes["attribution"]) == ["이 관계자"]


def test_an_office_with_its_head_in_brackets_speaks_and_names_both():
    body = "가람소방서(서장 홍길동)는 지난 6일 새벽 화재가 있었다고 밝혔다."
    quotes, entities = tables_of(TITLE + body)
    assert list(quotes["speaker"]) == ["가람소방서"]
    assert entities[["entity", "kind"]].values.tolist() == [
        ["가람소방서", "organisation"],
        ["홍길동", "person"],
    ]
    assert entities["title"].iloc[1] == "서장"


def test_a_branch_office_cut_by_its_heads_title_is_named_whole():
    body = "이어 김 감사는 가람중부지사(지사장 이철수)를 방문해 직원들을 격려했다."
    _, entities = tables_of(TITLE + body)
    assert ["가람중부지사", "organisation"] in entities[["entity", "kind"]].values.tolist()
    assert ["가람중부", "organisation"] not in entities[["entity", "kind"]].values.tolist()
    assert ["이철수", "person"] in entities[["entity", "kind"]].values.tolist()


def test_a_councils_team_is_one_organisation_and_a_name_stands_apart_from_its_company():
    body = (
        "가람군청 태권도실업팀 박철수 감독은 우승을 다짐했다. "
        "김영수 나래식품 대표는 신제품을 소개했다."
    )
    _, entities = tables_of(TITLE + body)
    assert entities[["entity", "kind"]].values.tolist() == [
        ["가람군청 태권도실업팀", "organisation"],
        ["박철수", "person"],
        ["김영수", "person"],
        ["나래식품", "organisation"],
    ]


def test_firefighters_named_with_their_role_are_people():
    body = "인터뷰는 박철수 대원과 이영수 대원이 응했다."
    _, entities = tables_of(TITLE + body)
    assert list(entities["entity"]) == ["박철수", "이영수"]
    assert set(entities["kind"]) == {"person"}


def test_a_county_with_its_head_in_brackets_stays_a_place():
    _, entities = tables_of(TITLE + "경남 가람군(군수 홍길순)이 예산 삭감을 비판했다.")
    assert ["가람군", "place"] in entities[["entity", "kind"]].values.tolist()
    assert ["가람군", "organisation"] not in entities[["entity", "kind"]].values.tolist()
    assert ["홍길순", "person"] in entities[["entity", "kind"]].values.tolist()


def test_a_first_line_with_a_full_stop_then_the_outlets_tag_is_the_body():
    text = (
        "홍길동 지사는 15일 회견을 열고 하자가 있으면 사퇴도 결심하겠다고 밝혔다. <가람투데이>\n\n"
        "저작권자 © 가람투데이 무단전재 및 재배포 금지\n"
    )
    quotes, _ = tables_of(text)
    assert quotes[["kind", "verb", "speaker"]].values.tolist() == [["indirect", "밝히다", "홍길동"]]


def test_an_answer_after_q_colon_opening_with_a_name_in_marks_and_cut_off():
    body = (
        "한창 업무에 적응 중인 황길동 대표를 만났다.\n"
        "Q : 본부장에서 대표가 됐는데, 변화가 있다면?\n"
        "‘가람’이 잘 됐는데, 그 실력을 재현해야 실력이라"
    )
    quotes, _ = tables_of(TITLE + body)
    assert quotes[["kind", "speaker"]].values.tolist() == [["direct", "황길동"]]
    assert quotes["text"].iloc[0].startswith("‘가람’이 잘 됐는데")


def test_a_plan_announced_in_a_clause_on_its_speaker_is_reported():
    body = (
        "가람신문은 새해를 맞아 홍길동 가람군수를 만났다. 홍 군수는 취임 이후 쉬지 않고 달려왔다. "
        "관광과 산업에 핵심을 두고 군정을 펼쳐나가겠다고 예고한 홍 군수의 포부를 들어보았다."
    )
    quotes, _ = tables_of(TITLE + body)
    assert quotes[["kind", "verb", "speaker"]].values.tolist() == [
        ["indirect", "예고하다", "홍길동"]
    ]


def test_a_title_with_the_honorific_after_it_names_a_person():
    body = "존경하는 윤가람 한빛학원 이사장님, 우나래 가람대학교 총장님, 그리고 동문 여러분."
    _, entities = tables_of(TITLE + body)
    people = entities[entities["kind"] == "person"]
    assert people[["entity", "title"]].values.tolist() == [["윤가람", "이사장"], ["우나래", "총장"]]


def test_a_quotation_standing_alone_is_said_by_the_gloss_under_it():
    body = (
        "현장에서 들은 말들을 모았다.\n"
        "“우리 스스로 많은 반성을 해야 한다”\n"
        "가람의 한 한우농가. 지난달 열린 총회에 참석하고 느낀 점을 토로하며.\n"
        "“사료값이 너무 올랐다”\n"
        "홍길동 가람협회 회장, 총회 직후 기자들과 만나.\n"
    )
    quotes, _ = tables_of(TITLE + body)
    assert quotes[["attribution", "anonymous"]].values.tolist() == [
        ["가람의 한 한우농가", True],
        ["홍길동 가람협회 회장", False],
    ]
    assert quotes["speaker"].iloc[1] == "홍길동"


def test_an_ending_inside_a_longer_word_names_no_body():
    body = "가람한인회에서는 나래한인회총연합회 겸 가람한인회 손길동 회장이 참석했다."
    _, entities = tables_of(TITLE + body)
    organisations = entities[entities["kind"] == "organisation"]
    # not 나래한인회: the federation is one body, its name read whole (총 of 총연합회 too).
    assert list(organisations["entity"]) == ["가람한인회", "나래한인회총연합회", "가람한인회"]


def test_a_gloss_of_when_and_where_names_no_speaker():
    body = (
        "재판이 열렸다.\n"
        "“배심원의 판단을 존중해 형을 정한다”\n"
        "22일 새벽 가람지법 417호 법정, 재판장은 선고를 마쳤다.\n"
    )
    quotes, _ = tables_of(TITLE + body)
    assert "417호" not in str(quotes["attribution"].iloc[0])


def test_an_overseas_korean_associations_head_after_its_city():
    body = "대회에 참석한 김가람 호놀룰루 한인회장이 하와이에 돌아왔다."
    _, entities = tables_of(TITLE + body)
    assert entities[["entity", "kind"]].values.tolist() == [
        ["김가람", "person"],
        ["호놀룰루 한인회", "organisation"],
        ["하와이", "place"],
    ]
    assert entities["title"].iloc[0] == "한인회장"


def test_game_companies_and_a_cable_broadcaster_named_once_are_organisations():
    body = "최근 넥슨은 신규 법인을 세웠다. 가람시 방송 사업자로 CMB가 선정됐습니다."
    _, entities = tables_of(TITLE + body)
    organisations = entities[entities["kind"] == "organisation"]
    assert list(organisations["entity"]) == ["넥슨", "CMB"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "association"], ids=str
)
def test_each_association_word_names_the_association_after_its_place(row):
    _, entities = tables_of(TITLE + row.example)
    organisations = entities[entities["kind"] == "organisation"]
    assert list(organisations["entity"]) == [f"하와이 {row.word}"]
    assert "하와이" not in list(entities[entities["kind"] == "place"]["entity"])


def test_an_association_in_a_title_and_the_place_alone_elsewhere():
    body = "김가람 하와이 한인회장은 행사를 열었다. 그는 하와이에 돌아왔다."
    _, entities = tables_of(TITLE + body)
    assert entities[["entity", "kind"]].values.tolist() == [
        ["김가람", "person"],
        ["하와이 한인회", "organisation"],
        ["하와이", "place"],
    ]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "native-surname"], ids=str
)
def test_a_korean_name_before_an_unknown_company_is_no_foreign_name(row):
    _, entities = tables_of(TITLE + row.example)
    people = entities[entities["kind"] == "person"]
    assert list(people["entity"]) == [row.example.split()[0]]
    assert row.example.split()[0].startswith(row.word)


def test_a_foreign_name_still_reads_whole():
    _, entities = tables_of(TITLE + "마리아 코스타 브라질 외무부 대변인은 말했다.")
    assert entities["entity"].iloc[0] == "마리아 코스타"
