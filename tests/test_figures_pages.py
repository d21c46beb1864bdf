"""Figures as web pages print them: dates stamped in digits, the page's own stamps and phone lines,
names written like numbers, ranges Kiwi reads as one serial token. Invented sentences, in real shapes."""

import pandas as pd
import pytest

import kornews

COLUMNS = ["text", "value", "upper", "unit", "kind"]


def _rows(body: str, *, date: str = "2024-11-23") -> list[tuple]:
    article = kornews.parse_article("제목\n" + body + "\n", metadata={"date": date})
    table = kornews.figures(kornews.tokenize(article), article)[COLUMNS + ["resolved"]]
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
