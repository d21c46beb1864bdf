"""Figures as web pages print them: dates stamped in digits, the page's own stamps and phone lines,
names written like numbers, ranges Kiwi reads as one serial token. Invented sentences, in real shapes."""

import pandas as pd
import pytest

import kornews

COLUMNS = ["text", "value", "upper", "unit", "kind"]


def _rows(body: str, *, date: str = "2024-11-23", hedged: bool = False) -> list[tuple]:
    """The figures of an article titled 제목 with this body; with the approximate column when hedged."""
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": date})
    columns = COLUMNS + ["resolved"] + (["approximate"] if hedged else [])
    table = kornews.figures(kornews.tokenize(article), article)[columns]
    return [
        tuple(None if value is None or value is pd.NA else value for value in row)
        for row in table.astype(object).itertuples(index=False)
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        # A caption's stamp, dotted, zero-padded or not, with or without its closing dot.
        (
            "가상시 의회 본회의장 2018.12.07 사진.",
            [("2018.12.07", "2018-12-07", None, "일", "date", "2018-12-07")],
        ),
        (
            "그는 2021.3.5 가람시청에서 말했다.",
            [("2021.3.5", "2021-03-05", None, "일", "date", "2021-03-05")],
        ),
        # Dashed as a listing writes it, and one moment with the clock after it.
        (
            "행사는 2024-11-30 오후 3시 30분에 열린다.",
            [
                (
                    "2024-11-30 오후 3시 30분",
                    "2024-11-30T15:30",
                    None,
                    "분",
                    "time",
                    "2024-11-30T15:30",
                )
            ],
        ),
        # No 13th month: not a date.
        ("버전 2021.13.5 파일을 받았다.", []),
    ],
)
def test_dates_stamped_in_digits(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The page's time of publishing or editing, by its word.
        "기사입력 2024.11.23 10:28",
        "기사최종편집일 2024-11-23 10:28",
        "송고시간2024-11-23 10:28",
        # A line of the page's date alone, with its weekday.
        "2025.11.21(금)",
        # A phone number and the other lines listed after it.
        "▷ 전화 : 02-000-1234, 4444",
        "문의 031-000-1234, 5678, 5679",
        # Names written like numbers, with no counter: cities.
        "가상 사천 창고 화재",
        "경기 이천 물류센터에서 불이 났다.",
    ],
)
def test_page_stamps_phone_lines_and_names_give_no_row(body):
    assert _rows(body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # Sino-Korean words with a counter still count.
        ("가람시는 이천만 원을 냈다.", [("이천만 원", 20000000, None, "원", "money", None)]),
        ("천 명이 모였다.", [("천 명", 1000, None, "명", "count", None)]),
        # A story's clock after a date is no stamp.
        (
            "사고는 23일 10:28에 났다.",
            [("23일 10:28", "---23T10:28", None, None, "time", "2024-11-23T10:28")],
        ),
    ],
)
def test_numbers_in_words_and_clocks_of_the_story_stay(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A range glued to its counter, which Kiwi reads as one serial token.
        (
            "12-15라운드까지 3골씩 터졌다.",
            [
                ("12-15라운드", 12, 15, "라운드", "ordinal", None),
                ("3골", 3, None, "골", "count", None),
            ],
        ),
        ("가람은 1-2위를 다툰다.", [("1-2위", 1, 2, "위", "ordinal", None)]),
        ("물가가 3-4% 올랐다.", [("3-4%", 3, 4, "%", "percent", None)]),
        # A score stays a score: before a particle, a score word or a balance; a result glued (패) is no unit.
        ("가람이 2-1로 이겼다.", [("2-1", 2, None, None, "score", None)]),
        (
            "나래가 8회 4-4 균형을 맞췄다.",
            [("8회", 8, None, "회", "count", None), ("4-4", 4, None, None, "score", None)],
        ),
        ("가람은 1-3패를 당했다.", [("1-3", 1, None, None, "score", None)]),
        # A score with its sets in brackets: each set a score too.
        (
            "나래가 세트스코어 3-1(25-23 22-25)로 이겼다.",
            [
                ("3-1", 3, None, None, "score", None),
                ("25-23", 25, None, None, "score", None),
                ("22-25", 22, None, None, "score", None),
            ],
        ),
    ],
)
def test_ranges_and_scores_in_one_serial(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A competition rate is a ratio: a side with decimals, or a word of rate in the sentence.
        ("일반공급 경쟁률은 25대 1이었다.", [("25대 1", 25, None, "대", "ratio", None)]),
        ("가람 지구는 2.9대 1을 기록했다.", [("2.9대 1", 2.9, None, "대", "ratio", None)]),
        ("가람이 3대 1로 이겼다.", [("3대 1", 3, None, "대", "score", None)]),
        # Sets listed with commas after the match's score.
        (
            "세트스코어 3-1(25-21, 27-29)로 이겼다.",
            [
                ("3-1", 3, None, None, "score", None),
                ("25-21", 25, None, None, "score", None),
                ("27-29", 27, None, None, "score", None),
            ],
        ),
    ],
)
def test_competition_rates_and_sets(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A player's age in brackets before the team, after a dot or a comma.
        (
            "주장 가람(29·나래은행)이 20점을 올렸다.",
            [("29", 29, None, None, "age", None), ("20점", 20, None, "점", "count", None)],
        ),
        ("루키 가람(19, 나래)이 우승했다.", [("19", 19, None, None, "age", None)]),
        # Par glued before its number, a hole after 번, the yards of a course, stations after 개.
        (
            "가람CC(파72·6600야드)에서 열렸다.",
            [
                ("72", 72, None, None, "other", None),
                ("6600야드", 6600, None, "야드", "length", None),
            ],
        ),
        ("그는 17번홀에서 버디를 잡았다.", [("17번", 17, None, "번", "ordinal", None)]),
        ("상위 5개역은 붐볐다.", [("5개", 5, None, "개", "count", None)]),
        ("가람은 1순위로 청약했다.", [("1순위", 1, None, "순위", "ordinal", None)]),
    ],
)
def test_ages_par_holes_and_glued_counters(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A dotted month and day in the name of a day: a date, of the article's year.
        (
            "가람군수는 6.13 지방선거에서 이겼다.",
            [("6.13", "--06-13", None, None, "date", "2018-06-13")],
        ),
        # A decimal before any other word stays a number.
        ("물가는 6.13% 올랐다.", [("6.13%", 6.13, None, "%", "percent", None)]),
        # A schedule in the present tense names this month's day (written on the 15th).
        ("당첨자는 22일 발표한다.", [("22일", "---22", None, "일", "date", "2018-06-22")]),
    ],
)
def test_days_in_names_and_schedules(body, expected):
    assert _rows(body, date="2018-06-15") == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A league's season across two years: its first year, a date with no unit.
        ("‘2022/23 가상리그’가 개막한다.", [("2022/23", "2022", None, None, "date", "2022")]),
        # One unit of the calendar before 평균: the span of an average, not the first of the month.
        (
            "승객은 1일 평균 36만 명이다.",
            [
                ("1일", 1, None, "일", "duration", None),
                ("36만 명", 360000, None, "명", "count", None),
            ],
        ),
        # Steps of a ranking.
        ("순위가 두 계단 올랐다.", [("두 계단", 2, None, "계단", "count", None)]),
        # N세트 beside a score is the n-th set; alone it counts sets.
        (
            "가람은 1세트를 25-21로 잡았다.",
            [("1세트", 1, None, "세트", "ordinal", None), ("25-21", 25, None, None, "score", None)],
        ),
        ("가람이 2세트를 따냈다.", [("2세트", 2, None, "세트", "count", None)]),
    ],
)
def test_seasons_averages_steps_and_sets(body, expected):
    assert _rows(body, date="2022-10-02") == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A competition rate glued to its 1, a split of places with 비율, a score glued: N대M is one row.
        ("평균 경쟁률은 12.34대1로 올랐다.", [("12.34대1", 12.34, None, "대", "ratio", None)]),
        ("남녀 비율은 6대4로 바뀐다.", [("6대4", 6, None, "대", "ratio", None)]),
        ("가람이 3대1로 이겼다.", [("3대1", 3, None, "대", "score", None)]),
        # Theatres glued after 개; a container's feet.
        ("영화는 전국 300개관에서 상영됐다.", [("300개", 300, None, "개", "count", None)]),
        (
            "운임은 FEU(40피트 컨테이너)당 4000달러였다.",
            [
                ("40피트", 40, None, "피트", "length", None),
                ("4000달러", 4000, None, "달러", "money", None),
            ],
        ),
    ],
)
def test_glued_ratios_theatres_and_feet(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A date line signed with a name and its title is the page's, not the story's; a caption's date is not.
        (
            "2018-02-22     가람기자\n통계청이 22일 밝혔다.",
            [("22일", "---22", None, "일", "date", "2018-02-22")],
        ),
        ("2019.02.27 가람 나래과장\n안녕하십니까.", []),
        # A page's stamp on a line of its own, its clock and weekday after the date.
        (
            "UPDATED. 2024-04-25 13:09 (목)\n가람시는 3명을 뽑았다.",
            [("3명", 3, None, "명", "count", None)],
        ),
        (
            "2018.12.07 본회의장 모습",
            [("2018.12.07", "2018-12-07", None, "일", "date", "2018-12-07")],
        ),
    ],
)
def test_a_signed_date_line_is_the_pages(body, expected):
    assert _rows(body, date="2018-02-22") == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # Containers in TEU, glued after groups of digits one space apart; energy in MJ with its hedge.
        (
            "가람항은 1,250만 3,000TEU를 처리했다.",
            [("1,250만 3,000TEU", 12503000, None, "TEU", "count", None)],
        ),
        ("가구당 약 1800MJ를 쓴다.", [("약 1800MJ", 1800, None, "MJ", "energy", None)]),
        # Schools glued after 개; a school year; hectares spelled out, the bracketed ha after them no figure.
        (
            "신입생이 없는 학교는 가람 12개교, 나래 3개교였다.",
            [("12개", 12, None, "개", "count", None), ("3개", 3, None, "개", "count", None)],
        ),
        (
            "가람초 2학년은 30명이다.",
            [("2학년", 2, None, "학년", "ordinal", None), ("30명", 30, None, "명", "count", None)],
        ),
        (
            "논 2만 1200헥타르(ha)가 잠겼다.",
            [("2만 1200헥타르", 21200, None, "헥타르", "area", None)],
        ),
        # A native numeral before a noun counts (the two candidates); 한 before a noun is "a", no figure.
        ("두 후보는 밤새 역전을 거듭했다.", [("두", 2, None, None, "count", None)]),
        ("한 후보는 개표를 지켜봤다.", []),
    ],
)
def test_containers_schools_hectares_and_native_counts(body, expected):
    assert _rows(body) == expected


def test_a_hedge_inside_a_numeral_before_its_power():
    # 12억3000여만원: about 1,230,000,000 won, one hedged row (not 1,200,003,000 and a bare 만원).
    article = kornews.parse_article("제목\n평균 당첨금은 12억3000여만원이다.\n")
    table = kornews.figures(kornews.tokenize(article), article)
    assert table[["text", "value", "unit", "approximate"]].astype(object).values.tolist() == [
        ["12억3000여만원", 1230000000, "원", True]
    ]


@pytest.mark.parametrize(
    "body, date, expected",
    [
        # A day in brackets after 내일, 어제 or 오늘 names that day again, even past the month's end.
        (
            "오늘부터 내일(24일)까지 비가 내렸다.",
            "2023-07-23",
            [
                ("오늘", None, None, None, "date", "2023-07-23"),
                ("내일", None, None, None, "date", "2023-07-24"),
                ("24일", "---24", None, "일", "date", "2023-07-24"),
            ],
        ),
        (
            "어제(29일) 가람시에 눈이 왔다.",
            "2024-03-01",
            [
                ("어제", None, None, None, "date", "2024-02-29"),
                ("29일", "---29", None, "일", "date", "2024-02-29"),
            ],
        ),
    ],
)
def test_a_bracketed_day_restates_the_day_word_before_it(body, date, expected):
    assert _rows(body, date=date) == expected


@pytest.mark.parametrize(
    "body, date, expected",
    [
        # A span of dotted days alone in brackets is one date, first day to last, not two decimals.
        (
            "특별대책기간(5.10.~6.30.)에 산불 12건이 났다.",
            "2024-07-01",
            [
                ("5.10.~6.30.", "--05-10", "--06-30", "일", "date", "2024-05-10/2024-06-30"),
                ("12건", 12, None, "건", "count", None),
            ],
        ),
        ("값은 (3.5~2.1)로 나왔다.", "2024-07-01", [("3.5~2.1", 3.5, 2.1, None, "other", None)]),
        ("값은 (1.5~2.5)로 나왔다.", "2024-07-01", [("1.5~2.5", 1.5, 2.5, None, "other", None)]),
        (
            "산불(1.1~4.22)은 258건이다.",
            "2024-07-01",
            [
                ("1.1~4.22", "--01-01", "--04-22", "일", "date", "2024-01-01/2024-04-22"),
                ("258건", 258, None, "건", "count", None),
            ],
        ),
        # A season's two years are a date, as 2022/23 is; a span of seasons counts.
        (
            "2019~2020시즌 리그는 3~4시즌 만에 열렸다.",
            "2020-11-03",
            [
                ("2019~2020시즌", "2019", "2020", None, "date", "2019/2020"),
                ("3~4시즌", 3, 4, "시즌", "count", None),
            ],
        ),
        # N일 in a sentence counting days is a count of days, but a day of the calendar before 기준.
        (
            "폭염일수는 7일 기준 12일로, 2019년(20일)보다 적다.",
            "2024-08-09",
            [
                ("7일", "---07", None, "일", "date", "2024-08-07"),
                ("12일", 12, None, "일", "duration", None),
                ("2019년", "2019", None, "년", "date", "2019"),
                ("20일", 20, None, "일", "duration", None),
            ],
        ),
        # N주 in a sentence on a share sale counts shares, not weeks.
        (
            "공모주 청약은 최소 10주부터 받는다.",
            "2024-08-09",
            [("10주", 10, None, "주", "count", None)],
        ),
        # N호 in a sentence on housing that counts a change counts homes; a flat's number stays an ordinal.
        (
            "미분양 주택은 전월 대비 35호 감소한 4812호다.",
            "2024-08-09",
            [("35호", 35, None, "호", "count", None), ("4812호", 4812, None, "호", "count", None)],
        ),
        (
            "불은 가람아파트 1503호에서 났다.",
            "2024-08-09",
            [("1503호", 1503, None, "호", "ordinal", None)],
        ),
    ],
)
def test_day_spans_seasons_counted_days_shares_and_homes(body, date, expected):
    assert _rows(body, date=date) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A base spaced from 당 folds into the figure after it, as 1만대당 does.
        ("자동차 1만대 당 사망자는 3.1명이다.", [("3.1명", 3.1, None, "명", "count", None)]),
        # 명 대 with a particle after it: in the threes, approximate; 대 of "versus" has a side after it.
        ("사망자는 3명 대에 들어섰다.", [("3명 대", 3, None, "명", "count", None, True)]),
        # A part of a decade of age is approximate, as a part of a month is; the decade alone is exact.
        (
            "아내는 30대 초반, 남편은 40대였다.",
            [
                ("30대 초반", 30, 39, "대", "age", None, True),
                ("40대", 40, 49, "대", "age", None, False),
            ],
        ),
        (
            "찬성 3명 대 반대 2명이었다.",
            [
                ("3명", 3, None, "명", "count", None, False),
                ("2명", 2, None, "명", "count", None, False),
            ],
        ),
    ],
)
def test_a_spaced_base_and_a_spaced_decade(body, expected):
    assert _rows(body, date="2024-08-09", hedged=len(expected[0]) > 6) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # Kiwi reads 개교 whole before some particles: the counter is still 개, as in 127개교가.
        (
            "가람시는 중학교 35개교의 시설을 점검했다.",
            [("35개교", 35, None, "개", "count", None, False)],
        ),
        # 항목 glued after 개 is what is counted, not a compound noun (as 3점슛 is).
        ("심사는 6개항목에 걸쳐 이뤄진다.", [("6개", 6, None, "개", "count", None, False)]),
        # 에 육박: nearing the figure, approximate, as 가까이 is.
        (
            "수출은 10억 달러에 육박했다.",
            [("10억 달러에 육박", 1000000000, None, "달러", "money", None, True)],
        ),
        # 말 before 현재, as before 기준: the month's end a figure stands at, exact.
        (
            "잔액은 6월말 현재 3조원이다.",
            [
                ("6월", "--06", None, "월", "date", "2024-06", False),
                ("3조원", 3000000000000, None, "원", "money", None, False),
            ],
        ),
    ],
)
def test_glued_school_counts_nearing_and_as_of_now(body, expected):
    assert _rows(body, date="2024-08-09", hedged=True) == expected


def test_a_title_opening_with_years_counts_them():
    # Nothing before the title's first figure is an apostrophe: 16년 동결 counts sixteen years.
    article = kornews.parse_article(
        "16년 동결 요금도 오른다\n가람시는 '16년 요금표를 바꾼다.\n",
        metadata={"date": "2024-08-09"},
    )
    table = kornews.figures(kornews.tokenize(article), article)
    assert table[["value", "unit", "kind"]].astype(object).values.tolist() == [
        [16, "년", "duration"],
        ["2016", "년", "date"],
    ]


def test_a_weather_widget_above_the_story_gives_no_figures():
    # A page's widget: a mark, a sky word glued to a place, a temperature; the story's own stays.
    article = kornews.parse_article(
        "• 맑음가람 -1.4℃\n• 흐림나래 3.9℃\n기상청 제공\n가람시 인구 3만명 돌파\n"
        "가람시 인구가 3만명을 넘었다. 기온은 영하 1.4℃였다.\n",
        metadata={"date": "2024-08-09"},
    )
    table = kornews.figures(kornews.tokenize(article), article)
    assert table[["value", "unit"]].astype(object).values.tolist() == [
        [30000, "명"],
        [30000, "명"],
        [-1.4, "℃"],
    ]


def test_a_page_date_line_with_its_weekday_is_no_figure():
    # A page prints its own date above the story; the same date inside a sentence is the story's.
    article = kornews.parse_article(
        "제목\n2024년 8월 9일 금요일\n가람시는 2024년 8월 9일 금요일 3명을 뽑았다.\n",
        metadata={"date": "2024-08-09"},
    )
    table = kornews.figures(kornews.tokenize(article), article)
    assert table[["value", "unit"]].astype(object).values.tolist() == [
        ["2024-08-09", "일"],
        [3, "명"],
    ]
    assert table["start"].iloc[0] > article.text.index("가람시는")
