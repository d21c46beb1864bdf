"""Figures in shapes the seventh real batch showed (heldout7): a unit per unit written with a slash,
months in brackets after a year's half, a quarter yet to begin.
Invented sentences, in real shapes."""

import pytest

from figure_rows import figure_rows


def _rows(body: str, *, date: str = "2023-02-03") -> list[tuple]:
    return figure_rows(body, date=date)


@pytest.mark.parametrize(
    "body, expected",
    [
        # A concentration: the pair is one unit, kind other (a list of places, as a release prints it).
        (
            "가람 33㎍/㎥, 누리 58㎍/㎥였다.",
            [
                ("33㎍/㎥", 33, "㎍/㎥", "other", None),
                ("58㎍/㎥", 58, "㎍/㎥", "other", None),
            ],
        ),
        ("목표 수준(42㎍/㎡)을 넘었다.", [("42㎍/㎡", 42, "㎍/㎡", "other", None)]),
        # A pair the table does not know keeps its first unit only.
        ("열차는 90km/h로 달렸다.", [("90km", 90, "km", "length", None)]),
        # Spaced around the slash: no pair.
        ("농도는 33㎍ / ㎥였다.", [("33㎍", 33, "㎍", "mass", None)]),
    ],
)
def test_a_unit_per_unit_with_a_slash(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # Months in brackets after last year's half restate it: both rows, both last year's.
        (
            "가람은 지난해 하반기(7~12월) 부진했다.",
            [
                ("지난해 하반기", None, None, "date", "2022-07/2022-12"),
                ("7~12월", "--07", "월", "date", "2022-07/2022-12"),
            ],
        ),
        # A quarter yet to begin, told in the past tense, is last year's; its months in brackets follow.
        (
            "누리는 4분기(10~12월)에만 30억원을 잃었다.",
            [
                ("4분기", 4, "분기", "date", "2022-10/2022-12"),
                ("10~12월", "--10", "월", "date", "2022-10/2022-12"),
                ("30억원", 3000000000, "원", "money", None),
            ],
        ),
        # Spoken ahead, it stays this year's; a quarter begun stays this year's in any tense.
        ("누리는 4분기에 흑자를 낼 예정이다.", [("4분기", 4, "분기", "date", "2023-10/2023-12")]),
        ("누리는 1분기에 흑자를 냈다.", [("1분기", 1, "분기", "date", "2023-01/2023-03")]),
    ],
)
def test_bracketed_months_and_a_quarter_yet_to_begin(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # Days gained or lost, said of a noun after them, are counted days, not days of the month.
        (
            "맑은 날은 지난해보다 9일 늘어난 202일이었다.",
            [
                ("지난해", None, None, "date", "2022"),
                ("9일", 9, "일", "duration", None),
                ("202일", 202, "일", "duration", None),
            ],
        ),
        # A day with a change that is no modifier stays the day of the month.
        ("코스피는 3일 하락 마감했다.", [("3일", "---03", "일", "date", "2023-02-03")]),
    ],
)
def test_days_changed_are_counted(body, expected):
    assert _rows(body) == expected


def test_a_pollutant_named_by_its_size_is_no_figure():
    # PM 10 written apart names the particles (words.tsv, role spaced name); the reading after it counts.
    assert _rows("가람의 미세먼지(PM 10)는 37㎍/㎥였다.") == [
        ("37㎍/㎥", 37, "㎍/㎥", "other", None)
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        # A span of calendar years, four digits each, with 간 is those years, not a duration.
        (
            "가람의 2006~2010년간 평균과 같았다.",
            [("2006~2010년간", "2006", "년", "date", "2006/2010")],
        ),
        # Years counted with 간 stay durations.
        ("가람은 3~5년간 쉬었다.", [("3~5년간", 3, "년", "duration", None)]),
    ],
)
def test_a_span_of_calendar_years_with_gan(body, expected):
    assert _rows(body) == expected
