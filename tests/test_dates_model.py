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
