"""Values as people write them (kornews.wording): each case read off the press's usage."""

import pandas as pd
import pytest

import kornews
from kornews.tables import table
from kornews.wording import amount, check, counted, date_text, kind_name, money_axis, percent


@pytest.mark.parametrize(
    ("value", "unit", "written"),
    [
        (85000, "건", "8만5000건"),
        (120_000_000_000, "원", "1,200억원"),
        (1_200_000_000_000, "원", "1조2000억원"),
        (27606.0, "㎡", "2만7606㎡"),
        (530000, "개", "53만개"),
        (100_000_000, "원", "1억원"),
        (1_000_050_000, "원", "10억5만원"),
        (400, "개", "400개"),
        (1000.0, "㎡", "1,000㎡"),
        (3.5, "%", "3.5%"),
        (-2.1, "%", "-2.1%"),
        (1.5, "$", "$1.5"),
        (12345.5, "", "1만2345.5"),
        (None, "원", ""),
        (float("nan"), "원", ""),
    ],
)
def test_amounts_are_written_in_man_eok_jo(value, unit, written):
    assert amount(value, unit=unit) == written


@pytest.mark.parametrize(
    ("value", "written"), [(85000, "85,000건"), (1_200_000_000_000, "1,200,000,000,000건")]
)
def test_amounts_in_english_have_thousands_commas(value, written):
    assert amount(value, unit="건", lang="en") == written


@pytest.mark.parametrize(
    ("value", "groups", "written"),
    [(123_456_789, 2, "1억2346만"), (123_456_789, 1, "1억"), (1_250_000_000_000, 2, "1조2500억")],
)
def test_amounts_keep_only_the_leading_groups_asked_for(value, groups, written):
    assert amount(value, groups=groups) == written


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("2020-07-10", "2020년 7월 10일"),
        ("2020-07", "2020년 7월"),
        ("2020", "2020년"),
        ("--04", "4월"),
        ("---10", "10일"),
        ("2020-07-10T14:31", "7월 10일 오후 2시 31분"),
        ("2020-07-10T00:01", "7월 10일 오전 0시 1분"),
        ("---10T00:01", "10일 오전 0시 1분"),
        ("15:30", "오후 3시 30분"),
        ("12:00", "오후 12시"),
        ("2020-01/2020-06", "2020년 1월~6월"),
        ("2019-12/2020-02", "2019년 12월~2020년 2월"),
        ("내년 봄", "내년 봄"),
        (None, ""),
    ],
)
def test_dates_are_written_in_korean(value, written):
    assert date_text(value) == written


def test_a_full_date_keeps_its_year_with_the_time():
    assert date_text("2020-07-10T14:31", full=True) == "2020년 7월 10일 오후 2시 31분"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("2020-07-10", "10 July 2020"),
        ("--04", "April"),
        ("2020-07-10T14:31", "10 July 2:31 pm"),
        ("2020-01/2020-06", "January 2020 to June 2020"),
        ("---10", "the 10th"),
        ("---01", "the 1st"),
        ("---22", "the 22nd"),
        ("---13", "the 13th"),
        ("---10T00:01", "the 10th 12:01 am"),
    ],
)
def test_dates_in_english(value, written):
    assert date_text(value, lang="en") == written


@pytest.mark.parametrize(
    ("share", "written"), [(1, "100%"), (1.0, "100%"), (0.5, "50%"), (0.3333, "33.3%"), (0, "0%")]
)
def test_shares_are_percentages(share, written):
    assert percent(share) == written


@pytest.mark.parametrize(
    ("flag", "mark"),
    [(True, "✓"), (False, ""), (pd.Series([True]).iloc[0], "✓"), (float("nan"), ""), (pd.NA, "")],
)
def test_flags_are_a_check_mark_or_blank(flag, mark):
    assert check(flag) == mark


@pytest.mark.parametrize(
    ("number", "noun", "written"),
    [
        (1, "기사", "기사 1건"),
        (3, "문단", "문단 3개"),
        (12000, "언급", "언급 1만2000번"),
        (2, "사람", "사람 2명"),
    ],
)
def test_counts_carry_their_noun_and_counter(number, noun, written):
    assert counted(number, noun) == written


def test_counts_in_english_are_plural_past_one():
    assert (counted(1, "기사", lang="en"), counted(3, "문단", lang="en")) == (
        "1 article",
        "3 paragraphs",
    )


def test_an_unknown_noun_or_language_is_said_plainly():
    with pytest.raises(ValueError, match="no counter"):
        counted(1, "고양이")
    with pytest.raises(ValueError, match="lang is one of"):
        amount(1, lang="fr")


@pytest.mark.parametrize("row", table("counters.tsv"), ids=lambda row: row.noun)
def test_each_counter_writes_its_example(row):
    number = int("".join(ch for ch in row.example if ch.isdigit()))
    assert counted(number, row.noun) == row.example


@pytest.mark.parametrize("row", table("words_for_readers.tsv"), ids=lambda row: row.key)
def test_each_kind_name_is_the_kind_of_its_example(row):
    article = kornews.parse_article(row.example)
    found = kornews.figures(kornews.tokenize(article), article)
    assert found.kind.iloc[0] == row.key
    assert kind_name(row.key) == row.ko and kind_name(row.key, lang="en") == row.en


@pytest.mark.parametrize(
    ("value", "tick"),
    [
        (120_000_000_000, "1,200억원"),
        (1_200_000_000_000, "1조2000억원"),
        (0, "0원"),
        (5e7, "5,000만원"),
    ],
)
def test_the_money_axis_reads_in_eok_and_jo(value, tick):
    assert money_axis()(value, 0) == tick
