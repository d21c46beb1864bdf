"""Figures in the shapes of heldout9's first reading (issue 23, round nine): a year written apart before a
name or a season, a range of days glued to its month, a grade's code of digits, plus signs and a letter,
한 해 after a word naming the year, and a future clause (이동할 것으로) that speaks ahead. Invented sentences,
in real shapes; expected values read by hand. The article is of Wednesday 15 May 2024."""

import pytest

from figure_rows import figure_rows


def _rows(body: str) -> list[tuple]:
    return figure_rows(body, date="2024-05-15")


@pytest.mark.parametrize(
    "body, expected",
    [
        # A four-digit year, a space, then a compound (프로 + 야구, where 프로 alone is a percent): the year.
        ("2025 프로농구가 개막했다.", [("2025", "2025", None, "date", "2025")]),
        # 시즌 after a year, apart or glued, is that year's season; a small number still counts seasons.
        ("2023 시즌이 끝나기 전에 넘었다.", [("2023 시즌", "2023", None, "date", "2023")]),
        ("2023시즌 개막전이 열렸다.", [("2023시즌", "2023", None, "date", "2023")]),
        ("3시즌 연속 우승했다.", [("3시즌", 3, "시즌", "count", None)]),
        # A number inside a compound noun still names a thing (3점슛), and the count after it stays.
        ("3점슛 5개를 넣었다.", [("5개", 5, "개", "count", None)]),
    ],
)
def test_a_year_written_apart_before_a_name_or_a_season(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "3월4~6일까지 사흘 동안 경매됐다.",
            [
                ("3월4~6일", "--03-04", "일", "date", "2024-03-04/2024-03-06"),
                ("사흘", 3, "일", "duration", None),
            ],
        ),
        (
            "지난 3월 4~6일 열렸다.",
            [("3월 4~6일", "--03-04", "일", "date", "2024-03-04/2024-03-06")],
        ),
        # A range of months after its year, likewise: that year's months, not the article's year's.
        ("2023년 1~3월 매출이다.", [("2023년 1~3월", "2023-01", "월", "date", "2023-01/2023-03")]),
    ],
)
def test_a_range_of_days_after_its_month_is_one_date(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # Carcass grades (1++A, 1+B) are codes: the prices after them are the figures, the ▲ only a bullet.
        (
            "값은 ▲1++A등급은 50원 오른 2만원 ▲1+B등급은 30원 내린 1만원이다.",
            [
                ("50원", 50, "원", "money", None),
                ("2만원", 20000, "원", "money", None),
                ("30원", 30, "원", "money", None),
                ("1만원", 10000, "원", "money", None),
            ],
        ),
        # Digits glued to a letter are a name as before (5G); a plus sum keeps its numbers.
        ("5G 가입자는 3명이다.", [("3명", 3, "명", "count", None)]),
    ],
)
def test_a_grade_code_is_no_figure(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "작년 한해 매출이 3억원이었다.",
            [("작년", None, None, "date", "2023"), ("3억원", 300000000, "원", "money", None)],
        ),
        ("지난 한 해 동안 3명이 왔다.", [("3명", 3, "명", "count", None)]),
        # Without a word naming the year, 한 해 is a year's span.
        (
            "한 해 동안 3명이 왔다.",
            [("한 해", 1, "해", "duration", None), ("3명", 3, "명", "count", None)],
        ),
    ],
)
def test_one_year_after_a_word_naming_it_is_that_year(body, expected):
    assert _rows(body) == expected


def test_a_future_clause_speaks_ahead():
    # Told in the past tense (예상했다), the clause 이동할 것으로 still speaks of the 17th to come.
    rows = _rows("설날인 17일에 800만 명이 이동할 것으로 예상했다.")
    assert [(text, resolved) for text, _, _, kind, resolved in rows if kind == "date"] == [
        ("17일", "2024-05-17")
    ]
    # A clause of what happened (이동한 것으로) does not: the 17th is last month's.
    rows = _rows("17일 800만 명이 이동한 것으로 나타났다.")
    assert [(text, resolved) for text, _, _, kind, resolved in rows if kind == "date"] == [
        ("17일", "2024-04-17")
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        # 총 before a rank's counter makes the steps a count in all; the step itself stays a rank.
        ("요금은 총 12단계로 나뉜다.", [("12단계", 12, "단계", "count", None)]),
        ("요금이 3단계로 올랐다.", [("3단계", 3, "단계", "ordinal", None)]),
        # 급 ranks a grade; 종 and 잔 count kinds and cups, glued or after a space.
        ("7급 공채가 열린다.", [("7급", 7, "급", "ordinal", None)]),
        (
            "책 9000여종과 커피 약 2.5 잔이다.",
            [("9000여종", 9000, "종", "count", None), ("약 2.5 잔", 2.5, "잔", "count", None)],
        ),
    ],
)
def test_counters_and_ranks_of_round_nine(body, expected):
    assert _rows(body) == expected
