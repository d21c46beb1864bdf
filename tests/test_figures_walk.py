"""Figures in the shapes a reviewer's walk of the workbook found misread: a broadcast's 오늘(18), a
slogan's ones (1기관 1시장) and a value 상당 after an amount. Invented sentences in real shapes;
expected values read by hand. The article is of Tuesday 18 June 2024."""

import pytest

import kornews
from figure_rows import figure_rows

DATE = "2024-06-18"


def _timeline(body: str) -> list[tuple]:
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": DATE})
    events = kornews.timeline(kornews.tokenize(article), article)
    return list(events[["date", "text", "event"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    "body, expected",
    [
        # the bracketed day says 오늘 again: one event, its line the sentence
        (
            "가람시는 오늘(18) 시청에서 회의를 열었다.",
            [("2024-06-18", "오늘", "가람시는 오늘(18) 시청에서 회의를 열었다.")],
        ),
        (
            "누리군은 내일(19일) 축제를 연다.",
            [("2024-06-19", "내일", "누리군은 내일(19일) 축제를 연다.")],
        ),
    ],
)
def test_a_day_in_brackets_after_a_day_word_is_one_event(body, expected):
    assert _timeline(body) == expected


def test_a_bracketed_date_that_says_another_day_stays_an_event():
    # 오늘(17): the writer's slip or an older draft; two days named, two events
    assert [row[:2] for row in _timeline("가람시는 오늘(17) 회의를 열었다.")] == [
        ("2024-06-18", "오늘"),
        ("2024-06-17", "17"),
    ]


def test_the_figures_table_keeps_both_rows_of_a_restated_day():
    # The table lists what is written; only the timeline counts the event once.
    rows = figure_rows("가람시는 오늘(18) 회의를 열었다.", date=DATE)
    assert [(row[0], row[4]) for row in rows] == [("오늘", "2024-06-18"), ("18", "2024-06-18")]


@pytest.mark.parametrize(
    "body",
    [
        "시청 전 부서와 1기관 1시장 자매결연기관이 참석했다.",
        "누리군은 1사 1촌 운동을 이어간다.",
        "가람시는 1교 1경찰 제도를 넓힌다.",
        "1가구 1주택 원칙을 지킨다.",
        "1법인·1사업장 운영하는 복지모델이다.",
    ],
)
def test_a_slogans_ones_are_no_figures(body):
    assert figure_rows(body, date=DATE) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # counts on both sides: a player's line and a record
        ("가람은 1골 1도움을 올렸다.", [("1골", 1, "골"), ("1도움", 1, "도움")]),
        ("누리는 1승 1패를 거뒀다.", [("1승", 1, "승"), ("1패", 1, "패")]),
        # an amount after a count, an ordinal before a class, a date before a round
        ("애호박은 1개 1천원에 팔렸다.", [("1개", 1, "개"), ("1천원", 1000, "원")]),
        ("1학년 1반 교실이다.", [("1학년", 1, "학년"), ("1", 1, None)]),
        ("1월 1일 1라운드가 열렸다.", [("1월 1일", "--01-01", "일"), ("1라운드", 1, "라운드")]),
    ],
)
def test_ones_side_by_side_that_count_stay_figures(body, expected):
    assert [row[:3] for row in figure_rows(body, date=DATE)] == expected


def _row(body: str) -> dict:
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": DATE})
    table = kornews.figures(kornews.tokenize(article), article)
    return table.iloc[0][["text", "value", "approximate", "measure"]].to_dict()


@pytest.mark.parametrize(
    "body, expected",
    [
        # worth about seventy million: what is worth it is the voucher, never 상당
        (
            "시는 7천만원 상당의 온누리상품권을 팔았다.",
            {
                "text": "7천만원 상당",
                "value": 70_000_000,
                "approximate": True,
                "measure": "온누리상품권",
            },
        ),
        (
            "그는 1억원 상당 금품을 받았다.",
            {"text": "1억원 상당", "value": 100_000_000, "approximate": True, "measure": "금품"},
        ),
    ],
)
def test_sangdang_after_an_amount_hedges_its_value(body, expected):
    assert _row(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "가람시는 ‘가상계획 2030’을 발표했다.",
        '홍길동 시장은 "비전 2040을 통해 도시를 바꾸겠다"고 말했다.',
        "누리군은 성장 전략 2035를 내놨다.",
        "가람시 마스터플랜 2040이 확정됐다.",
    ],
)
def test_a_year_after_a_plans_name_is_part_of_the_name(body):
    # the plan's horizon names the plan; it dates no event
    assert figure_rows(body, date=DATE) == []
    assert _timeline(body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # a year before a name still dates the edition; a counter makes the plan's year a date
        ("누리군은 2030 가상엑스포를 연다.", [("2030", "2030", None, "date", "2030")]),
        ("가상계획 2030년까지 마친다.", [("2030년", "2030", "년", "date", "2030")]),
    ],
)
def test_a_year_before_a_name_or_with_a_counter_stays_a_date(body, expected):
    assert figure_rows(body, date=DATE) == expected


def test_a_timeline_line_opens_its_sentence_not_the_quotation():
    # the date inside a quotation: the line starts where the sentence does, the speaker first
    body = '홍길동 시장은 "내년 3월까지 공사를 마치겠다"고 말했다.'
    assert _timeline(body) == [("2025-03", "3월", body)]


def test_a_date_past_the_width_keeps_the_sentences_opening_words_and_its_own():
    body = (
        "가람시 도시계획위원회는 지난 회의에서 여러 안건을 오래 검토한 끝에 "
        "내년 4월 새 청사를 착공하기로 했다."
    )
    ((date, text, event),) = _timeline(body)
    assert (date, text) == ("2025-04", "4월")
    assert event == "가람시 도시계획위원회는 … 4월 새 청사를 착공하기로 했다."
    assert len(event) <= 41


def test_an_article_dated_by_its_month_alone_places_what_it_states():
    # A magazine's page dates itself by its issue (2021년 11월 -> 2021-11): stated dates are placed
    # and told past or future against that month; 10일 names no day of it. Was a traceback.
    body = "홍길동 기자는 2019년 3월 가상일보에 들어왔다. 10일에는 회의가 열렸다. 2030년 새 잡지를 낸다."
    assert [row[4] for row in figure_rows(body, date="2021-11")] == ["2019-03", None, "2030"]
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": "2021-11"})
    events = kornews.timeline(kornews.tokenize(article), article)
    assert events[["date", "tense"]].values.tolist() == [["2019-03", "past"], ["2030", "future"]]
