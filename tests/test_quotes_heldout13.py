"""The shapes of quotes/heldout13's misses (benchmarks/real/quotes/heldout13/first-reading.md), on
invented sentences: a reader's Q&A, a photo's caption words, an office with its head in brackets, and
the organisations and people named in those shapes."""

import kornews

TITLE = "시험 기사 제목\n"


def tables_of(text: str):
    article = kornews.read_article(text)
    tokens = kornews.tokenize(article)
    return kornews.quotes(tokens, article), kornews.entities(tokens, article)


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
