"""dates: the article's date, and every date of the text resolved against it (read by hand)."""

from pathlib import Path

import pandas as pd
import pytest

import kornews
from kornews import dates, tables

ARTICLE_DATE = "2020-07-10"


def _resolved(sentence: str, date: str | None = ARTICLE_DATE) -> list[tuple]:
    article = kornews.read_article("제목\n" + sentence + "\n", date=date)
    table = kornews.figures(kornews.tokenize(article), article)
    table = table[table["kind"].isin(["date", "time"])]
    return [
        (
            r.text,
            None if pd.isna(r.resolved) else r.resolved,
            None if pd.isna(r.anchor) else r.anchor,
        )
        for r in table.itertuples()
    ]


@pytest.fixture(scope="module")
def dated_seed(seed_path):
    article = kornews.read_article(seed_path, date=ARTICLE_DATE)
    return kornews.figures(kornews.tokenize(article), article)


def test_the_seed_of_2020_07_10(dated_seed):
    # Read off the seed, published on 10 July 2020: the news of the day, next April's by-election,
    # the end of this year, and 2016 as stated.
    resolved = {(r.text, r.resolved, r.anchor) for r in dated_seed.itertuples()}
    assert ("10일 오전 0시1분쯤", "2020-07-10T00:01", "article") in resolved
    assert ("4월", "2021-04", "article") in resolved  # 내년 4월 재보궐 선거
    assert ("올해 말", "2020-12", "article") in resolved
    assert ("2016년", "2016", "stated") in resolved  # 지난 2016년
    # 시신은 이날 오전 옮겨져: the day he was found, 10일 오전 0시1분쯤 of the sentence before.
    assert ("이날", "2020-07-10", "previous") in resolved
    assert ("2015년 12월", "2015-12", "stated") in resolved
    assert (
        "8월",
        "2020-08",
        "article",
    ) in resolved  # 8월 여의도에 제2의 핀테크랩을 오픈하기도 한다
    assert ("3월", "2020-03", "article") in resolved  # 가맹 신청 수는 3월 8만5000건
    # The column meanings of the other figures do not change: durations and counts resolve to nothing.
    assert dated_seed.loc[~dated_seed["kind"].isin(["date", "time"]), "resolved"].isna().all()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A bare day is in the article's month, unless that lies after the article's date.
        ("경찰은 5일 발표했다.", [("5일", "2020-07-05", "article")]),
        ("경찰은 25일 발표했다.", [("25일", "2020-06-25", "article")]),
        # 지난 N일 is past, 오는 N일 future.
        ("지난 7일부터 사흘간 열렸다.", [("7일", "2020-07-07", "article")]),
        ("행사는 오는 22일 열린다.", [("22일", "2020-07-22", "article")]),
        ("행사는 오는 5일 열린다.", [("5일", "2020-08-05", "article")]),
        # A bare month is in the article's year; a year word before it moves it.
        ("실제 서울시는 8월 연다.", [("8월", "2020-08", "article")]),
        ("지난해 12월 발표했다.", [("12월", "2019-12", "article")]),
        ("지난달 25일 발표했다.", [("25일", "2020-06-25", "article")]),
        # A range stays a range.
        ("3~4월 실적이다.", [("3~4월", "2020-03/2020-04", "article")]),
        ("내년 4~5월 착공한다.", [("4~5월", "2021-04/2021-05", "article")]),
        # Years, halves and parts of a year.
        ("작년 말 발표했다.", [("작년 말", "2019-12", "article")]),
        ("올해 상반기 실적이 늘었다.", [("올해 상반기", "2020-01/2020-06", "article")]),
        ("올 하반기 출시한다.", [("올 하반기", "2020-07/2020-12", "article")]),
        ("2020년 말 완공된다.", [("2020년 말", "2020-12", "stated")]),
        ("2020년 상반기 실적이다.", [("2020년 상반기", "2020-01/2020-06", "stated")]),
        ("90년대 유행했다.", [("90년대", "1990/1999", "stated")]),
        # Relative to the date before it in the sentence.
        (
            "2018년 출범했고 이듬해 확대됐다.",
            [("2018년", "2018", "stated"), ("이듬해", "2019", "previous")],
        ),
        (
            "7일 사고가 났고 전날 경고가 있었다.",
            [("7일", "2020-07-07", "article"), ("전날", "2020-07-06", "previous")],
        ),
        (
            "2019년 3월 5일 사고가 났고 같은 날 발표했다.",
            [("2019년 3월 5일", "2019-03-05", "stated"), ("같은 날", "2019-03-05", "previous")],
        ),
        (
            "지난 7일 회의가 열렸고 오후 3시 끝났다.",
            [("7일", "2020-07-07", "article"), ("오후 3시", "2020-07-07T15:00", "previous")],
        ),
        # With no date before it, a day word is relative to the article's date.
        ("전날 경고가 있었다.", [("전날", "2020-07-09", "article")]),
        ("이날 행사가 열렸다.", [("이날", "2020-07-10", "article")]),
        # A day named sentences (or paragraphs) earlier is the story's day: 이날 and 같은 날 are that day.
        (
            "LG는 18일 이겼다. 관중이 많았다. 이날 매진됐다.",
            [("18일", "2020-06-18", "article"), ("이날", "2020-06-18", "previous")],
        ),
        (
            "경찰은 3일 발표했다.\n사고 원인을 조사한다.\n같은 날 시청도 발표했다.",
            [("3일", "2020-07-03", "article"), ("같은 날", "2020-07-03", "previous")],
        ),
        # A year named since (an edition's name) is coarser than a day: 이날 still means the day.
        (
            "5일 열린 2019 대회였다. 이날 우승했다.",
            [
                ("5일", "2020-07-05", "article"),
                ("2019", "2019", "stated"),
                ("이날", "2020-07-05", "previous"),
            ],
        ),
        (
            "2018년 출범했다. 그해 확대됐다.",
            [("2018년", "2018", "stated"), ("그해", "2018", "previous")],
        ),
        # An hour is as the figure reads it (새벽 4시 is 04:00), not the next 4 o'clock after the article's time.
        ("새벽 4시쯤 물이 넘었다.", [("새벽 4시쯤", "2020-07-10T04:00", "article")]),
        ("이달 27일부터 신청할 수 있다.", [("27일", "2020-07-27", "article")]),
        # Weeks are Monday to Sunday.
        ("지난주 발표했다.", [("지난주", "2020-06-29/2020-07-05", "article")]),
        # A quarter is three months: bare, led by a year word, stated with its year, or as older news writes it.
        ("2분기 매출이 늘었다.", [("2분기", "2020-04/2020-06", "article")]),
        ("지난해 4분기보다 늘었다.", [("4분기", "2019-10/2019-12", "article")]),
        ("2022년 2분기 이후 처음이다.", [("2022년 2분기", "2022-04/2022-06", "stated")]),
        ("1·4분기 실적이 나왔다.", [("1·4분기", "2020-01/2020-03", "article")]),
        # A forecast's next days are this month's (within a week after the article's day), and 이날 is that day.
        (
            "기상청은 12일 비가 오겠다고 밝혔다. 이날 기온이 떨어지겠다.",
            [("12일", "2020-07-12", "article"), ("이날", "2020-07-12", "previous")],
        ),
        # A broadcast's 오늘(12일) names the day twice: both are the article's day.
        (
            "오늘(10일) 비가 오겠습니다.",
            [("오늘", "2020-07-10", "article"), ("10일", "2020-07-10", "article")],
        ),
        # A verbless title says no tense: a day in the week after is this month's, as in a forecast.
        (
            "12일 전국 비…13일 기온 뚝",
            [("12일", "2020-07-12", "article"), ("13일", "2020-07-13", "article")],
        ),
        # A week of a month is Monday to Sunday, the week that holds the month's first Thursday first.
        ("8월 첫째 주 가격이 올랐다.", [("8월 첫째 주", "2020-07-27/2020-08-02", "article")]),
        ("2001년 8월 첫째주 가격이다.", [("2001년 8월 첫째주", "2001-07-30/2001-08-05", "stated")]),
        # A list of months runs on in the year of its first; a year word before a month starts it anew.
        (
            "작년 11월(-1685명)부터 12월(-5494명), 올해 1월까지 줄었다.",
            [
                ("11월", "2019-11", "article"),
                ("12월", "2019-12", "previous"),
                ("1월", "2020-01", "article"),
            ],
        ),
        ("3월과 5월에 열렸다.", [("3월", "2020-03", "article"), ("5월", "2020-05", "article")]),
        # Said in the past, the same day is last month's.
        ("12일 비가 왔다.", [("12일", "2020-06-12", "article")]),
        # A schedule told in the present tense (ㄴ다/는다), even when reported in the past, is to come.
        ("가상시는 12일 도서관을 연다고 밝혔다.", [("12일", "2020-07-12", "article")]),
        ("축제는 12일 가상공원에서 열린다.", [("12일", "2020-07-12", "article")]),
        ("가상시는 12일 도서관을 열었다고 밝혔다.", [("12일", "2020-06-12", "article")]),
        # 전날 counted from 이날 does not move the story's day: a later 이날 is still the 8th.
        (
            '8일 지수가 내렸다. 이날 외국인이 팔았다. 그는 "전날 올랐지만 이날 떨어졌다"고 말했다.',
            [
                ("8일", "2020-07-08", "article"),
                ("이날", "2020-07-08", "previous"),
                ("전날", "2020-07-07", "previous"),
                ("이날", "2020-07-08", "previous"),
            ],
        ),
        # A part after a month narrows nothing the calendar names: 6월 말 is June (말 means December
        # only after a year, 2019년 말).
        ("가람시는 6월 말 문을 열었다.", [("6월 말", "2020-06", "article")]),
        ("2019년 말 문을 열었다.", [("2019년 말", "2019-12", "stated")]),
        # Not dates: 오늘날 (nowadays) and 말 (speech) alone.
        ("오늘날 유행이다.", []),
        ("말을 했다.", []),
    ],
)
def test_rules(sentence, expected):
    assert _resolved(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("경찰은 25일 발표했다.", [("25일", None, "article")]),
        ("지난달 발표했다.", [("지난달", None, "article")]),
        # A stated date still resolves, and so does a word anchored on it.
        (
            "2018년 출범했고 이듬해 확대됐다.",
            [("2018년", "2018", "stated"), ("이듬해", "2019", "previous")],
        ),
    ],
)
def test_an_unknown_article_date_stays_unknown(sentence, expected):
    assert _resolved(sentence, date=None) == expected


@pytest.mark.parametrize("row", tables.table("dates.tsv"), ids=lambda row: row.word)
def test_each_word_row(row):
    # The example, in an article of 2020-07-10, has one date row: the word's, as read by hand.
    found = _resolved(row.example + ".")
    assert [resolved for _, resolved, _ in found] == [row.resolved], found


def test_the_article_date_from_text_then_file_name_then_user(tmp_path):
    text = "서울시, 새 정책 발표\n입력 2020.07.10 14:31\n서울시가 10일 정책을 발표했다.\n"
    named = tmp_path / "20190101_서울시.txt"
    named.write_text(text, encoding="utf-8")
    assert (
        kornews.read_article(named, date="2018-05-05").date == "2020-07-10T14:31"
    )  # the text says it
    plain = tmp_path / "2019-01-02-서울시.txt"
    plain.write_text("서울시, 새 정책 발표\n서울시가 정책을 발표했다.\n", encoding="utf-8")
    assert kornews.read_article(plain, date="2018-05-05").date == "2019-01-02"  # the file name
    assert (
        kornews.read_article(plain.read_bytes(), date="2018-05-05").date == "2018-05-05"
    )  # the user
    assert kornews.read_article(plain.read_bytes()).date is None


@pytest.mark.parametrize(
    "name, expected",
    [
        ("20200710_서울시", "2020-07-10"),
        ("2020-07-10-서울시", "2020-07-10"),
        ("2020.07.10 기사", "2020-07-10"),
        ("기사_20200230", None),
        ("000_17620ace2f9e96c7", None),
        ("1202007101", None),
    ],
)
def test_date_in_name(name, expected):
    from kornews.layouts import date_in_name

    assert date_in_name(name) == expected


@pytest.mark.parametrize("given", ["2020-13-01", "어제", "2020/07/10 오후"])
def test_a_date_that_is_none_is_one_clear_error(given):
    with pytest.raises(kornews.ArticleError, match="not a date"):
        kornews.read_article("제목\n본문이다.\n", date=given)


def test_tense_and_interval():
    assert dates.interval("2020-12") == (
        pd.Timestamp("2020-12-01").date(),
        pd.Timestamp("2020-12-31").date(),
    )
    assert dates.tense("2020-06", "2020-07-10") == "past"
    assert dates.tense("2020", "2020-07-10T14:31") == "present"
    assert dates.tense("2021-04", "2020-07-10") == "future"
    assert dates.tense("2021-04", None) is None


def test_cli_date_resolves_the_seed(seed_path, capsys):
    import io

    from kornews.cli import main

    assert main(["figures", str(seed_path), "--date", "2020-07-10", "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table.columns[-2:]) == ["resolved", "anchor"]
    assert table.loc[table["text"] == "올해 말", "resolved"].tolist() == ["2020-12"]
    assert main(["parse", str(seed_path), "--date", "2020-07-10", "--format", "json"]) == 0
    assert '"date": "2020-07-10"' in capsys.readouterr().out
    assert main(["figures", str(seed_path), "--date", "10 July"]) == 1
    err = capsys.readouterr().err
    assert err == "kornews: error: '10 July': not a date (write it as 2020-07-10)\n"


def test_the_sports_article_of_2024_05_12():
    # 04-sports, dated 12 May 2024: LG beat Doosan "18일" (이겼다: past), so 18 April, 18 May being after
    # the article's date; 이날 (오지환's 4 hits, the sell-out crowd) and 같은 날 (the friendly the national
    # team won) are that game day, named five to eight sentences before them.
    article = kornews.read_article(
        Path(__file__).parent / "gold" / "figures" / "04-sports.txt", date="2024-05-12"
    )
    table = kornews.figures(kornews.tokenize(article), article)
    days = table[table["text"].isin(["18일", "이날", "같은 날"])]
    assert list(zip(days["text"], days["resolved"], days["anchor"])) == [
        ("18일", "2024-04-18", "article"),
        ("이날", "2024-04-18", "previous"),
        ("이날", "2024-04-18", "previous"),
        ("같은 날", "2024-04-18", "previous"),
    ]


def test_an_article_of_the_afternoon_keeps_early_hours():
    # Published at 14:31: 새벽 4시 that day is 04:00, not the next 4 o'clock (16:00).
    assert _resolved("새벽 4시쯤 물이 넘었다.", date="2020-07-10T14:31") == [
        ("새벽 4시쯤", "2020-07-10T04:00", "article")
    ]
