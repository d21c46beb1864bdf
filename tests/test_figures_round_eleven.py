"""Figures in the shapes of heldout11's first reading (issue 23, round eleven): a weather widget's lines with
no sky word, a disease's name written apart from its number, a loose day word before 늦은, units a
schedule, a typhoon and a market outlook write (㎧, 주년, p), and days or months listed with one counter. Invented sentences in real shapes; expected
values read by hand. The article is of Wednesday 15 May 2024."""

import pytest

from figure_rows import figure_rows


def _rows(body: str) -> list[tuple]:
    return figure_rows(body, date="2024-05-15")


WIDGET = "  • 맑음가람 2.1℃\n  • 누리 4.1℃\n  • 구름조금다온 7.1℃\n기상청 제공\n"


def test_a_widget_line_with_no_sky_word_is_furniture():
    # The place between two widget lines prints no sky word; the story's own temperature stays.
    body = WIDGET + "가람시의 낮 기온은 12.5℃였다."
    assert _rows(body) == [("12.5℃", 12.5, "℃", "temperature", None)]


def test_a_bulleted_temperature_of_the_story_stays():
    # The same shape with no widget line next to it is the story's list.
    body = "지역별 기온은 다음과 같다.\n• 가람 4.1℃\n• 누리 5.2℃\n"
    assert [row[:2] for row in _rows(body)] == [("4.1℃", 4.1), ("5.2℃", 5.2)]


@pytest.mark.parametrize(
    "body, expected",
    [
        # 코로나 19 written apart names the disease, as 코로나19 does; the count after it stays.
        ("코로나 19 확산으로 3곳이 문을 닫았다.", [("3곳", 3, "곳", "count", None)]),
        # a number after 코로나 with its own counter is a figure: two years of the pandemic
        ("코로나 2년 동안 매출이 줄었다.", [("2년", 2, "년", "duration", None)]),
        ("코로나 확진자는 19명이었다.", [("19명", 19, "명", "count", None)]),
    ],
)
def test_a_disease_named_apart_from_its_number(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("졸업식은 이보다 하루 늦은 8일이다.", [("하루", 1, "일", "duration", None)]),
        ("개막식은 하루 늦게 열렸다.", [("하루", 1, "일", "duration", None)]),
    ],
)
def test_a_loose_day_word_before_later(body, expected):
    assert _rows(body)[:1] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("최대풍속은 40㎧ 안팎이다.", ("40㎧ 안팎", 40, "㎧", "speed")),
        ("창단 10주년을 맞았다.", ("10주년", 10, "주년", "ordinal")),
        ("코스피 밴드는 2300~2450p로 제시됐다.", ("2300~2450p", 2300, "p", "other")),
    ],
)
def test_units_of_a_typhoon_an_anniversary_and_a_market_band(body, expected):
    assert _rows(body)[0][:4] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # days and months listed with one counter: each is a date
        (
            "공연은 오는 24, 25일 열린다.",
            [
                ("24", "---24", "일", "date", "2024-05-24"),
                ("25일", "---25", "일", "date", "2024-05-25"),
            ],
        ),
        (
            "7,8월은 오후 7시에 시작한다.",
            [
                ("7", "--07", "월", "date", "2024-07"),
                ("8월", "--08", "월", "date", "2024-08"),
                ("오후 7시", "19:00", "시", "time", "2024-05-15T19:00"),
            ],
        ),
    ],
)
def test_days_and_months_listed_with_one_counter(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a press release's spaced dots, a span across years: one date, first to last
        (
            "기간: 2020. 11. 24. ~ 2021. 4. 4.",
            [("2020. 11. 24. ~ 2021. 4. 4.", "2020-11-24", "일", "date", "2020-11-24/2021-04-04")],
        ),
        # a span across months, written with its months
        (
            "부산 공연은 10월 31일~11월 1일 열린다.",
            [("10월 31일~11월 1일", "--10-31", "일", "date", "2024-10-31/2024-11-01")],
        ),
        # an end before the start is no span: two dates
        (
            "3월 2일~3월 1일 사이였다.",
            [
                ("3월 2일", "--03-02", "일", "date", "2024-03-02"),
                ("3월 1일", "--03-01", "일", "date", "2024-03-01"),
            ],
        ),
        # a month and day with its closing dot alone in brackets is a date, spaced or not
        (
            "문화의 날(10. 20.)을 전후해 열린다.",
            [("10. 20.", "--10-20", "일", "date", "2024-10-20")],
        ),
        ("문화의 날(10.20.)을 전후해 열린다.", [("10.20.", "--10-20", "일", "date", "2024-10-20")]),
        # a decimal closing its line stays a decimal; a dotted day in a name writes no 일
        ("평균자책점은 3.71.", [("3.71.", 3.71, None, "other", None)]),
        ("6.13 지방선거가 열렸다.", [("6.13", "--06-13", None, "date", "2024-06-13")]),
    ],
)
def test_spans_and_stamps_of_dates(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 오후 carries to the end of a range from an afternoon clock
        ("발사는 오후 3시부터 7시까지 예정돼 있다.", ["15:00", "19:00"]),
        # from the morning the end is left as written (6시 may be either)
        ("오전 9시부터 6시까지 연다.", ["09:00", "06:00"]),
        # an end written with its own 오후, or earlier than the start, is as written
        ("오후 1시부터 오후 5시까지 연다.", ["13:00", "17:00"]),
        ("오후 3시부터 2시까지 연다.", ["15:00", "02:00"]),
    ],
)
def test_the_afternoon_carried_through_a_range_of_hours(body, expected):
    assert [row[1] for row in _rows(body)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 제 glued to a number with no counter after it (the page dropped 호) still makes an ordinal
        ("세한도(국보 제180)를 공개했다.", [("제180", 180, None, "ordinal", None)]),
        ("국보 제180호를 공개했다.", [("제180호", 180, "호", "ordinal", None)]),
        # 제 apart from a word (my book) is no mark: the count after it stays a count
        ("제 책 3권을 샀다.", [("3권", 3, "권", "count", None)]),
    ],
)
def test_an_ordinal_after_je_with_no_counter(body, expected):
    assert _rows(body) == expected
