"""Figures in shapes next to heldout7's after-fix misses (issue 23, round eight): a native week, 올 들어 and
its kin, a syllable glossed by its Hanja as a counter, half past an hour, a weekday after a bare day; then the
classes of heldout8's first reading (days before compared with, 학년도, 주차, 가마, 하루 앞둔, 올여름, a record's day).
Invented sentences, in real shapes; expected values read by hand. The article is of Wednesday 15 May 2024."""

import pytest

from figure_rows import figure_rows


def _rows(body: str) -> list[tuple]:
    return figure_rows(body, date="2024-05-15")


@pytest.mark.parametrize(
    "body, expected",
    [
        # 일주일 is one 주일 (as 1주일 reads), whether Kiwi reads one noun or 일 + 주일.
        ("최근 일주일 넘게 나쁨이었다.", [("일주일", 1, "주일", "duration", None)]),
        ("가뭄은 일주일 넘게 이어졌다.", [("일주일", 1, "주일", "duration", None)]),
        ("공장은 일주일간 멈췄다.", [("일주일간", 1, "주일", "duration", None)]),
        # Per week, as 하루 평균 is per day: the base of the figure after it, no figure of its own.
        ("일주일에 40시간 일했다.", [("40시간", 40, "시간", "duration", None)]),
        # The day words keep their days.
        ("비는 사흘 만에 그쳤다.", [("사흘", 3, "일", "duration", None)]),
    ],
)
def test_a_native_week_counts_as_a_day_word_does(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("올 들어 수출이 늘었다.", [("올 들어", None, None, "date", "2024")]),
        ("올 들어서도 수출이 늘었다.", [("올 들어서", None, None, "date", "2024")]),
        ("올 초 공장이 섰다.", [("올 초", None, None, "date", "2024-01")]),
        ("지난 달 공장이 섰다.", [("지난 달", None, None, "date", "2024-04")]),
        ("지난 주 공장이 섰다.", [("지난 주", None, None, "date", "2024-05-06/2024-05-12")]),
        # The words must end where a token does: 달러 and 주주 are no month or week.
        ("지난 달러 강세가 컸다.", []),
        ("지난 주주총회가 열렸다.", []),
    ],
)
def test_this_year_so_far_and_words_written_apart(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("이른바 '3고(高)' 현상이 이어졌다.", [("3고", 3, "고", "count", None)]),
        ("당시는 3저(低) 호황이었다.", [("3저", 3, "저", "count", None)]),
        # A counter the tables know as an ordinal (16강, the last sixteen) counts, glossed.
        ("이른바 '4강(强)' 구도다.", [("4강", 4, "강", "count", None)]),
        ("대표팀은 16강에 올랐다.", [("16강", 16, "강", "ordinal", None)]),
        # Without the gloss the syllable is no counter.
        ("가람 3 고지에 올랐다.", [("3", 3, None, "other", None)]),
    ],
)
def test_a_syllable_glossed_by_its_hanja_is_the_counter(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "회의는 오후 2시 반에 열렸다.",
            [("오후 2시 반", "14:30", "시", "time", "2024-05-15T14:30")],
        ),
        (
            "회의는 오전 10시반부터 열렸다.",
            [("오전 10시반", "10:30", "시", "time", "2024-05-15T10:30")],
        ),
        # 반대 is no half.
        ("오후 2시 반대 집회가 열렸다.", [("오후 2시", "14:00", "시", "time", "2024-05-15T14:00")]),
    ],
)
def test_half_past_an_hour(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body, resolved",
    [
        # 20 May 2024 is a Monday: the weekday says this month, where the bare day alone read April.
        ("행사는 20일(월) 열린다.", "2024-05-20"),
        ("행사는 20일 월요일에 열린다.", "2024-05-20"),
        # 14 April 2024 is a Sunday, 14 May a Tuesday: last month's.
        ("행사는 14일(일) 열렸다.", "2024-04-14"),
        ("행사는 14일(일요일) 열렸다.", "2024-04-14"),
        # A weekday that fits neither month changes nothing (20 April is a Saturday, 20 May a Monday).
        ("행사는 20일(화) 열렸다.", "2024-04-20"),
    ],
)
def test_a_weekday_after_a_bare_day_picks_its_month(body, resolved):
    (row,) = _rows(body)
    assert (row[0], row[3], row[4]) == (body.split("행사는 ")[1][:3], "date", resolved)


@pytest.mark.parametrize(
    "body, expected",
    [
        # Days before, compared with: counted, not the Nth (heldout8's 1일전 대비).
        ("값은 1일전 대비 4900원보다 올랐다.", ("1일", 1, "일", "duration", None)),
        ("값은 5일 전보다 올랐다.", ("5일", 5, "일", "duration", None)),
        # Before the 20th: a day of the month (the article is of 15 May, so April's).
        ("신청은 20일 전에 마감했다.", ("20일", "---20", "일", "date", "2024-04-20")),
        # The academic year, the year's week, a sack of grain, one day before.
        ("2017학년도 지원자가 줄었다.", ("2017학년도", "2017", "학년도", "date", "2017")),
        ("9주차 환자가 늘었다.", ("9주차", 9, "주차", "ordinal", None)),
        ("2학기 등록이 시작됐다.", ("2학기", 2, "학기", "ordinal", None)),
        ("쌀값은 한 가마에 18만원이다.", ("한 가마", 1, "가마", "count", None)),
        ("폐막을 하루 앞둔 날이다.", ("하루", 1, "일", "duration", None)),
        # This summer, as the weather service counts it.
        ("올여름 피서객이 늘었다.", ("올여름", None, None, "date", "2024-06/2024-08")),
    ],
)
def test_heldout8_shapes(body, expected):
    assert _rows(body)[0] == expected


def test_a_day_a_record_is_counted_from_is_no_anchor_of_inal():
    # The story's day is the 13th; the 3rd is the day the low is counted from, so 이날 stays the 13th.
    rows = _rows(
        "값은 13일 1115원에 마감했다. 이는 지난 3일(1114원 이후) 최저치다. 이날 코스피는 올랐다."
    )
    assert [(text, resolved) for text, _, _, kind, resolved in rows if kind == "date"] == [
        ("13일", "2024-05-13"),
        ("3일", "2024-05-03"),
        ("이날", "2024-05-13"),
    ]
    # Without a record word the later day is named as the story's, as before.
    rows = _rows("값은 13일 마감했다. 지난 3일 발표했다. 이날 올랐다.")
    assert [resolved for text, _, _, kind, resolved in rows if text == "이날"] == ["2024-05-03"]


@pytest.mark.parametrize(
    "body, expected",
    [
        # A list of nouns and numbers whose next item has the counter the writer left out once.
        (
            "경남은 금메달 57, 은메달 46개를 땄다.",
            [("57", 57, "개", "count", None), ("46개", 46, "개", "count", None)],
        ),
        # No counter after the next item: both stay bare (a score line).
        (
            "가람 3, 누리 2로 끝났다.",
            [("3", 3, None, "other", None), ("2", 2, None, "other", None)],
        ),
    ],
)
def test_a_bare_number_in_a_list_takes_the_next_items_counter(body, expected):
    assert _rows(body) == expected
