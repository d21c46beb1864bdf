"""dates: the resolution model's neighbours, one invented sentence each (read by hand, in an article of 2020-07-10).

A year word that counts from the year named before it (그해, 이듬해, 해당 연도) leads a month or a day of that
year, and needs only a year before it, where 이날 needs a day."""

import pandas as pd
import pytest

import kornews

ARTICLE_DATE = "2020-07-10"


def _resolved(sentence: str, date: str | None = ARTICLE_DATE) -> list[tuple]:
    """(text, resolved) of each date and time row; a figure led by words keeps the figure's own text."""
    article = kornews.read_article("제목\n" + sentence + "\n", date=date)
    table = kornews.figures(kornews.tokenize(article), article)
    table = table[table["kind"].isin(["date", "time"])]
    return [(r.text, None if pd.isna(r.resolved) else r.resolved) for r in table.itertuples()]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 해당 연도 (that year) is the year the sentence named: 2016's 8 August, not this year's
        (
            "환자가 많았던 해는 2016년으로, 해당 연도의 8월 8일까지 환자는 900명이었다.",
            [("2016년", "2016"), ("8월 8일", "2016-08-08")],
        ),
        # written without 의, and with a month only
        (
            "가장 더웠던 해는 2018년이었고 해당 연도 7월 환자가 가장 많았다.",
            [("2018년", "2018"), ("7월", "2018-07")],
        ),
        # 그해 before a month: the year named in the sentence before
        (
            "가람시는 2015년 문을 열었다. 그해 9월 첫 공연을 했다.",
            [("2015년", "2015"), ("9월", "2015-09")],
        ),
        # 이듬해 before a day: the year after the one named
        (
            "가람시는 2015년 문을 열었고 이듬해 3월 2일 첫 공연을 했다.",
            [("2015년", "2015"), ("3월 2일", "2016-03-02")],
        ),
        # with no year named before, 해당 연도 is the article's year
        ("해당 연도 8월 환자는 900명이었다.", [("8월", "2020-08")]),
    ],
)
def test_a_year_word_counts_from_the_year_named_before(sentence, expected):
    assert _resolved(sentence) == expected


def test_a_day_word_still_needs_a_day_before_it():
    # 이날 after a year alone is the article's day, not 1 January of that year
    assert _resolved("가람시는 2015년 문을 열었다. 이날 오후 3시 공연을 했다.") == [
        ("2015년", "2015"),
        ("오후 3시", "2020-07-10T15:00"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a schedule runs on in the month it wrote: the 13th is November's, not last month's
        (
            "콘서트는 오는 11월 10일부터 13일까지 열린다.",
            [("11월 10일", "2020-11-10"), ("13일", "2020-11-13")],
        ),
        (
            "공연은 2021년 2월 22일과 23일 열린다.",
            [("2021년 2월 22일", "2021-02-22"), ("23일", "2021-02-23")],
        ),
        # after a range, a later day in a list
        (
            "콘서트는 11월 10~11일 가람에서 2회, 13일 누리에서 2회 열린다.",
            [("11월 10~11일", "2020-11-10/2020-11-11"), ("13일", "2020-11-13")],
        ),
        # after a span of days, a later day runs on from its last day: November's 5th, not October's
        (
            "전시는 10월 30일~11월 2일, 공연은 5일 열린다.",
            [("10월 30일~11월 2일", "2020-10-30/2020-11-02"), ("5일", "2020-11-05")],
        ),
        # a reporting clause after a quoted date is no list: the 20th is the article's, a month back
        (
            "소식통은 “날짜도 ‘사망일인 12월 17일로 구체적이다”고 20일 전했다.",
            [("12월 17일", "2020-12-17"), ("20일", "2020-06-20")],
        ),
        # nor a day told a clause later with nothing joining them: the past cycle
        (
            "경찰은 3월 5일 조사를 마쳤고 결과를 12일 발표했다.",
            [("3월 5일", "2020-03-05"), ("12일", "2020-06-12")],
        ),
        # days listed with one 일 after 오는: both to come
        ("공연은 오는 14, 15일 열린다.", [("14", "2020-07-14"), ("15일", "2020-07-15")]),
        # a day earlier in the month than the dated one is no continuation: the article's month, past cycle
        (
            "정부는 3월 5일 대책을 냈고 2일 시행했다.",
            [("3월 5일", "2020-03-05"), ("2일", "2020-07-02")],
        ),
        # a bare month before it names no day: the 9th is the article's month
        ("8월 수출 실적은 9일 발표됐다.", [("8월", "2020-08"), ("9일", "2020-07-09")]),
    ],
)
def test_a_later_bare_day_runs_on_in_the_month_written_before_it(sentence, expected):
    assert _resolved(sentence) == expected


def test_a_day_that_runs_on_is_a_day_of_the_story():
    # the 23rd runs on from the 20th, and 이날 in the next sentence is the 23rd, not the 20th
    assert _resolved("공연은 20일, 23일 열렸다. 이날 관객이 몰렸다.") == [
        ("20일", "2020-06-20"),
        ("23일", "2020-06-23"),
        ("이날", "2020-06-23"),
    ]
