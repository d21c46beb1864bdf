"""trends: a folder of invented dated articles (files and a BigKinds-shaped workbook) over time."""

import io

import openpyxl
import pandas as pd
import pytest
from matplotlib.figure import Figure

import kornews
from folders import tokenized_folder, written
from kornews.cli import main
from kornews.plots import plot_trends
from kornews.tables import table
from kornews.trends import MIN_ARTICLES, by_period, rising_terms, trend_halves, trends

# Invented articles; their dates come from the file name, from the text, or not at all.
ARTICLES = {
    "20200701_서울.txt": "서울시, 제로페이 가맹점 확대\n서울시가 제로페이 가맹점을 3만 곳 늘렸다.\n",
    "2020-07-20-지원금.txt": "지원금 신청 시작\n지원금 신청이 시작됐다. 제로페이로도 받는다.\n",
    "policy.txt": "정책 발표\n입력 2020.08.05 10:00\n정부가 지원금 지급을 발표했다. 지원금은 다음 달 나온다.\n",
    "undated.txt": "제로페이 소식\n제로페이 결제가 늘었다.\n",
}
HEADER = [
    "뉴스 식별자",
    "일자",
    "언론사",
    "기고자",
    "제목",
    "통합 분류1",
    "통합 분류2",
    "통합 분류3",
    "사건/사고 분류1",
    "사건/사고 분류2",
    "사건/사고 분류3",
    "인물",
    "위치",
    "기관",
    "키워드",
    "특성추출(가중치순 상위 50개)",
    "본문",
    "URL",
    "분석제외 여부",
]


def export_row(identifier, day, outlet, title, body, excluded=None):
    return [
        identifier,
        day,
        outlet,
        "홍길동",
        title,
        "경제>경제일반",
        None,
        None,
        None,
        None,
        None,
        "홍길동",
        "서울",
        "서울시",
        "제로페이",
        "제로페이,가맹점",
        body,
        f"https://example.com/{identifier}",
        excluded,
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return written(tmp_path_factory.mktemp("dated"), ARTICLES)


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A workbook in the shape BigKinds writes (invented rows): the 2nd row is a duplicate BigKinds leaves out."""
    path = tmp_path_factory.mktemp("bigkinds") / "NewsResult_20200701-20200930.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(
        export_row(
            "01100101.20200702090000001",
            "20200702",
            "가나일보",
            "제로페이 확대",
            "서울시가 제로페이 가맹점을 늘렸다. 제로페이 결제도 늘었다.",
        )
    )
    sheet.append(
        export_row(
            "01100101.20200702090000002",
            "20200702",
            "가나일보",
            "제로페이 확대",
            "서울시가 제로페이 가맹점을 늘렸다.",
            excluded="중복",
        )
    )
    sheet.append(
        export_row(
            "02100201.20200915100000001",
            "20200915",
            "다라신문",
            "지원금 지급",
            "정부가 지원금을 지급했다. 제로페이로 받는다.",
        )
    )
    book.save(path)
    return path


@pytest.fixture(scope="module")
def documents(folder):
    return list(kornews.tokenized(kornews.read_corpus(folder)))


def test_dates_from_name_text_or_none(documents):
    assert {article.name: article.date for article, _ in documents} == {
        "20200701_서울": "2020-07-01",
        "2020-07-20-지원금": "2020-07-20",
        "policy": "2020-08-05T10:00",
        "undated": None,
    }


def test_the_article_table_shows_each_date(folder):
    outline = kornews.corpus_articles(kornews.read_corpus(folder)).set_index("article")["date"]
    assert outline.dropna().to_dict() == {
        "2020-07-20-지원금": "2020-07-20",
        "20200701_서울": "2020-07-01",
        "policy": "2020-08-05T10:00",
    }
    assert pd.isna(outline["undated"])


def test_monthly_trend_read_by_hand(documents):
    table = trends(documents, terms=["제로페이", "지원금"], freq="M")
    assert list(table.columns) == [
        "period",
        "term",
        "count",
        "term_articles",
        "articles",
        "tokens",
        "share",
    ]
    # July: 제로페이 twice in the Seoul article (title and body), once in the 지원금 article (제로페이로도);
    # 지원금 twice there (title and body). August: 지원금 twice in the policy article. Undated: 제로페이 twice.
    # Articles using each: 제로페이 both July articles, 지원금 one; the policy article; the undated one.
    assert list(
        table[["period", "term", "count", "term_articles", "articles"]].itertuples(
            index=False, name=None
        )
    ) == [
        ("2020-07", "제로페이", 3, 2, 2),
        ("2020-07", "지원금", 2, 1, 2),
        ("2020-08", "제로페이", 0, 0, 1),
        ("2020-08", "지원금", 2, 1, 1),
        ("undated", "제로페이", 2, 1, 1),
        ("undated", "지원금", 0, 0, 1),
    ]
    tokens = {article.name: len(found) for article, found in documents}
    assert table.loc[0, "tokens"] == tokens["20200701_서울"] + tokens["2020-07-20-지원금"]
    assert table.loc[0, "share"] == pytest.approx(3 / table.loc[0, "tokens"])


def test_weekly_periods_start_on_monday_and_empty_weeks_are_zero(documents):
    table = trends(documents, terms=["지원금"], freq="W")
    # 2020-07-01 is a Wednesday (week of Monday 06-29), 07-20 a Monday, 08-05 a Wednesday (week of 08-03).
    assert list(table["period"]) == [
        "2020-06-29",
        "2020-07-06",
        "2020-07-13",
        "2020-07-20",
        "2020-07-27",
        "2020-08-03",
        "undated",
    ]
    assert list(table["count"]) == [0, 0, 0, 2, 0, 2, 0]
    assert list(table["articles"]) == [1, 0, 0, 1, 0, 1, 1]
    assert table["share"].isna().tolist() == [False, True, True, False, True, False, False]


def test_every_term_and_the_rising_ones(documents):
    table = trends(documents, freq="M")
    assert set(table["term"]) >= {"제로페이", "지원금", "서울시"}
    # One article in August: the least a half may hold is tested apart (test_a_rise_needs_...).
    rising = rising_terms(table, min_articles=1, min_term_articles=1)
    # Two dated months: July (two articles) is the first half, August (the policy article) the
    # second. 발표 rose: no July article, the August one (title and body: 2). 지원금 (one article in
    # each half, 2 -> 2) did not, though its share of the fewer August tokens grew; 제로페이 fell
    # (two July articles, 3 -> 0); 정부, 정책, 지급 are written once.
    assert rising[
        ["term", "earlier_count", "later_count", "earlier_term_articles", "later_term_articles"]
    ].values.tolist() == [["발표", 0, 2, 0, 1]]
    assert rising.loc[0, ["earlier_article_share", "later_article_share", "rise"]].tolist() == [
        0.0,
        1.0,
        1.0,
    ]


# Invented: three July stories without 폭염, three August ones with it (title and body of the
# first, the body of the others: four times in all).
HEAT = {
    "20200703_장마.txt": "장마 시작\n남부 지방에 장마가 시작됐다. 비는 주말까지 이어진다.\n",
    "20200710_시장.txt": "전통시장 할인 행사\n가상시 전통시장이 할인 행사를 연다. 행사는 이달 말까지다.\n",
    "20200720_교통.txt": "도심 교통 혼잡\n출근길 도심 교통이 혼잡했다. 시는 버스를 늘린다.\n",
    "20200803_폭염.txt": "폭염 특보\n가상시에 폭염 특보가 내려졌다. 낮 기온이 35도를 넘었다.\n",
    "20200810_전력.txt": "전력 수요 최고\n폭염에 전력 수요가 최고치를 기록했다.\n",
    "20200820_쉼터.txt": "무더위 쉼터 운영\n시는 폭염 대비 무더위 쉼터를 연다.\n",
}


# The heat stories with 전력 written six times in one August story (the 전력 one rewritten);
# 폭염 is in three stories, four times.
ONE_STORY = {
    **HEAT,
    "20200810_전력.txt": "전력 수요 최고\n전력 수요가 늘어 전력 당국이 전력 경보를 냈다. "
    "전력 사용을 줄여 달라며 폭염에 전력 예비율도 낮다고 했다.\n",
}


def test_a_rise_needs_several_articles_in_each_half(tmp_path):
    # One July story, one August story saying 폭염 three times: each half holds one article, so
    # no term is said to rise on that one story's words.
    table = trends(
        tokenized_folder(
            tmp_path,
            {
                "20200703_장마.txt": HEAT["20200703_장마.txt"],
                "20200803_폭염.txt": "폭염 특보\n폭염이 이어졌다. 폭염 대책이 나왔다.\n",
            },
        )
    )
    assert trend_halves(table) == (("2020-07",), ("2020-08",), 1, 1)
    assert MIN_ARTICLES > 1 and rising_terms(table).empty
    assert rising_terms(table, min_term_articles=1).empty  # the halves' least alone
    # The same table with both leasts lowered to one: 폭염 (0 -> 3) is what would have been claimed.
    assert rising_terms(table, min_articles=1, min_term_articles=1)["term"].iloc[0] == "폭염"


def test_a_term_rising_across_several_articles_is_found(tmp_path):
    table = trends(tokenized_folder(tmp_path, HEAT))
    assert trend_halves(table) == (("2020-07",), ("2020-08",), 3, 3)
    rising = rising_terms(table)
    top = rising.iloc[0]
    assert (top["term"], top["earlier_count"], top["later_count"]) == ("폭염", 0, 4)
    assert set(rising["earlier_articles"]) == {3} and set(rising["later_articles"]) == {3}
    # Every August story uses 폭염, no July one: the share of articles went from 0 to 1.
    assert (top["earlier_term_articles"], top["later_term_articles"], top["rise"]) == (0, 3, 1.0)


def test_one_article_saying_a_term_often_does_not_rise(tmp_path):
    table = trends(tokenized_folder(tmp_path, ONE_STORY))
    august = table[table["period"] == "2020-08"].set_index("term")
    assert august.loc["전력", ["count", "term_articles"]].tolist() == [6, 1]
    assert august.loc["폭염", ["count", "term_articles"]].tolist() == [4, 3]
    rising = rising_terms(table, top=100)
    # Counted by occurrences 전력 (0 -> 6) rose more than 폭염 (0 -> 4); counted by articles it is
    # one story's word, and 폭염 is taken up by all three.
    assert "전력" not in set(rising["term"]) and rising["term"].tolist() == ["폭염"]
    # Two stories are the least: with one, 전력 rises too (below 폭염: a third of the articles).
    lowered = rising_terms(table, top=100, min_term_articles=1).set_index("term")
    assert lowered.loc["전력", "rise"] == pytest.approx(1 / 3) and lowered.index[0] == "폭염"


def test_more_articles_in_a_larger_half_is_no_rise(tmp_path):
    # July: three stories, one with 축제; August: six, two with 축제. Twice the articles, the same
    # third of them: no rise. A third August story with 축제 makes half of them: a rise.
    plain = "시장 소식\n시장 매출이 늘었다.\n"
    fair = "축제 개막\n가상시 축제가 열렸다.\n"
    texts = {"20200701_a.txt": fair, "20200702_b.txt": plain, "20200703_c.txt": plain}
    texts |= {f"2020080{day}_d.txt": fair if day < 3 else plain for day in range(1, 7)}
    assert "축제" not in set(rising_terms(trends(tokenized_folder(tmp_path, texts)))["term"])
    (tmp_path / "20200803_d.txt").write_text(fair, encoding="utf-8")
    rising = rising_terms(trends(list(kornews.tokenized(kornews.read_corpus(tmp_path)))))
    row = rising.set_index("term").loc["축제"]
    assert (row["earlier_term_articles"], row["later_term_articles"]) == (1, 3)
    assert row["rise"] == pytest.approx(1 / 2 - 1 / 3)


def test_empty_periods_can_be_left_out(documents):
    kept = trends(documents, terms=["지원금"], freq="W")
    dropped = trends(documents, terms=["지원금"], freq="W", empty_periods=False)
    # The weeks of the three dated articles (06-29, 07-20, 08-03) and the undated one; the four
    # weeks between hold none.
    assert list(dropped["period"]) == ["2020-06-29", "2020-07-20", "2020-08-03", "undated"]
    assert dropped.equals(kept[kept["articles"] > 0].reset_index(drop=True))
    by_outlet = trends(documents, terms=["지원금"], freq="W", by_outlet=True, empty_periods=False)
    assert list(by_outlet["articles"]) == [1, 1, 1, 1]


def test_the_middle_period_of_three_and_undated_articles_are_in_neither_half(tmp_path):
    # July, August, September: August is left out, and so is the undated story.
    texts = {
        "20200703_장마.txt": HEAT["20200703_장마.txt"],
        "20200810_전력.txt": HEAT["20200810_전력.txt"],
        "20200820_쉼터.txt": HEAT["20200820_쉼터.txt"],
        "20200901_폭염.txt": HEAT["20200803_폭염.txt"],
        "undated.txt": ARTICLES["undated.txt"],
    }
    assert trend_halves(trends(tokenized_folder(tmp_path, texts))) == (
        ("2020-07",),
        ("2020-09",),
        1,
        1,
    )


def test_bigkinds_export_reads_as_articles(export):
    corpus = kornews.read_corpus(export)
    # The duplicate row (분석제외 여부 중복) is left out, as BigKinds leaves it out of its own analyses.
    assert corpus.names == ("01100101.20200702090000001", "02100201.20200915100000001")
    articles = list(corpus)
    assert [(a.date, a.outlet, a.reporter, a.title) for a in articles] == [
        ("2020-07-02", "가나일보", "홍길동", "제로페이 확대"),
        ("2020-09-15", "다라신문", "홍길동", "지원금 지급"),
    ]
    assert [p.text for p in articles[1].parts if p.kind == "paragraph"] == [
        "정부가 지원금을 지급했다. 제로페이로 받는다."
    ]


def test_bigkinds_trend_by_outlet(export):
    table = trends(
        kornews.tokenized(kornews.read_corpus(export)), terms=["제로페이"], freq="M", by_outlet=True
    )
    rows = table[table["articles"] > 0][["period", "outlet", "count", "articles"]]
    # July: 가나일보's article says 제로페이 three times (title, twice in the body); September: 다라신문's once.
    assert list(rows.itertuples(index=False, name=None)) == [
        ("2020-07", "가나일보", 3, 1),
        ("2020-09", "다라신문", 1, 1),
    ]
    assert set(table["period"]) == {"2020-07", "2020-08", "2020-09"}


def test_every_corpus_verb_reads_an_export(export, capsys):
    assert main(["terms", str(export), "--format", "csv"]) == 0
    terms = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"article": str})
    assert set(terms["article"]) == {"01100101.20200702090000001", "02100201.20200915100000001"}


def test_cli_trends(folder, capsys):
    assert (
        main(
            ["trends", str(folder), "--freq", "M", "--terms", "제로페이,지원금", "--format", "csv"]
        )
        == 0
    )
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table["count"]) == [3, 2, 0, 2, 2, 0] and list(table["period"])[-1] == "undated"
    assert list(table["term_articles"]) == [2, 1, 0, 1, 1, 0]


def test_an_export_that_is_none_is_one_line(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.append(["이름", "날짜"])
    book.save(tmp_path / "other.xlsx")
    assert main(["trends", str(tmp_path / "other.xlsx")]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("kornews: error: ")
        and "not a BigKinds export: no column 뉴스 식별자" in err
        and err.count("\n") == 1
    )
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    assert main(["terms", str(tmp_path / "broken.xlsx")]) == 1
    assert "not an Excel workbook" in capsys.readouterr().err
    with pytest.raises(kornews.ArticleError, match="read it with read_corpus"):
        kornews.read_article(tmp_path / "other.xlsx")


def test_a_bad_frequency_is_an_error(documents):
    with pytest.raises(ValueError, match="freq must be one of D, W, M"):
        trends(documents, freq="Q")


def test_plot_trends_has_korean_labels_and_names_the_undated(documents):
    fig = plot_trends(trends(documents, terms=["제로페이", "지원금"], freq="M"), lang="en")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert [text.get_text() for text in fig.legends[0].get_texts()] == ["제로페이", "지원금"]
    # issue 25: no "article(s)"; the legend under the axis, never over the data
    assert "undated, not plotted: 1 article" in ax.get_xlabel()
    empty = plot_trends(
        trends([d for d in documents if d[0].date is None], terms=["제로페이"]), lang="en"
    )
    assert "no article has a date" in empty.axes[0].texts[0].get_text()


def test_a_folder_without_terms_gives_an_empty_table(tmp_path):
    (tmp_path / "20200701_숫자.txt").write_text("2020\n2021 2022 3 4 5.\n", encoding="utf-8")
    documents = list(kornews.tokenized(kornews.read_corpus(tmp_path)))
    assert trends(documents).empty and trends(documents, terms=[]).empty
    assert rising_terms(trends(documents)).empty
    assert list(
        trends(documents, terms=["제로페이"])[["period", "count", "articles"]].itertuples(
            index=False, name=None
        )
    ) == [("2020-07", 0, 1)]


def test_the_top_terms_by_total_count_ties_in_order(documents):
    every = trends(documents, freq="M")
    totals = every.groupby("term")["count"].sum()
    # Read from ARTICLES: 제로페이 is written 5 times (title and body of 서울, 지원금 and undated),
    # 지원금 4 (the 지원금 and policy articles); the rest fewer.
    assert totals["제로페이"] == 5 and totals["지원금"] == 4
    top = trends(documents, top=2, freq="M")
    assert list(dict.fromkeys(top["term"])) == ["제로페이", "지원금"]
    # Each series is whole: every period, zeros where the term is not written.
    assert len(top) == 2 * every["period"].nunique()
    assert top.set_index(["period", "term"])["count"].equals(
        every[every["term"].isin(["제로페이", "지원금"])].set_index(["period", "term"])["count"]
    )
    # A tie is broken by the term: of the terms written once, the first in 가나다 order.
    once = sorted(totals[totals == totals.min()].index)
    widest = trends(documents, top=len(totals), freq="M")
    assert list(dict.fromkeys(widest["term"]))[-len(once) :] == once


def test_cli_trends_without_terms_gives_the_top_ones(folder, documents, capsys):
    assert main(["trends", str(folder), "--top", "1", "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    # July (서울's title and body, 지원금's body), August, then the undated title and body.
    assert set(table["term"]) == {"제로페이"} and list(table["count"]) == [3, 0, 2]
    assert main(["trends", str(folder), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    # 20 by default: the folder has fewer terms, so all of them, each over the three periods.
    every = trends(documents)["term"].nunique()
    assert every < 20 and table["term"].nunique() == every and len(table) == every * 3
    with pytest.raises(SystemExit) as stopped:
        main(["trends", str(folder), "--top", "0"])
    assert stopped.value.code == 2


def test_periods_by_terms_leave_the_empty_periods_out(documents):
    wide = by_period(trends(documents, terms=["지원금", "제로페이"], freq="W"))
    assert wide.columns.tolist() == ["지원금", "제로페이"]
    # Four articles in three dated weeks (2020-06-29, 07-20, 08-03) and one undated; the weeks
    # between hold none and are left out.
    assert wide.index.tolist() == ["2020-06-29", "2020-07-20", "2020-08-03", "undated"]
    assert wide.loc["2020-08-03"].tolist() == [2, 0]


# Invented stories in news' usual wording: 이번 and 진행 in each, more often than the subject.
FILLER = {
    "20200703_축제.txt": "가상시 축제\n이번 축제는 이번 주 진행된다. 이번 축제를 진행한다. 축제가 열린다.\n",
    "20200710_축제.txt": "누리군 축제\n이번 축제를 진행했다. 이번 행사도 진행한다. 축제가 끝났다.\n",
    "20200805_공사.txt": "가상시 공사\n이번 공사를 진행한다. 이번 공사는 진행 중이다. 공사가 늦다.\n",
}


def test_news_filler_ranks_in_no_folder_table_but_one_articles_counts(tmp_path):
    documents = tokenized_folder(tmp_path, FILLER)
    filler = {"이번", "진행"} & kornews.corpus_stopwords()
    assert filler == {"이번", "진행"}
    terms = pd.concat(kornews.corpus_terms(documents), ignore_index=True)
    assert filler <= set(terms["term"])  # each article's own counts keep them
    assert not filler & set(kornews.term_totals(terms)["term"])
    assert kornews.term_totals(terms, stoplist=False)["term"].iloc[0] == "이번"
    assert list(kornews.term_totals(terms)["term"].head(2)) == ["축제", "공사"]
    chosen = trends(documents, top=2)
    assert list(dict.fromkeys(chosen["term"])) == ["축제", "공사"]
    assert not filler & set(trends(documents)["term"])
    # A term asked for by name is counted, filler or not.
    asked = trends(documents, terms=["이번"])
    assert asked.loc[asked["period"] == "2020-07", "count"].item() == 5


@pytest.mark.parametrize("row", table("corpus_stopwords.tsv"), ids=lambda row: row.word)
def test_each_corpus_stopword_is_a_term_of_its_example(row):
    article = kornews.parse_article("제목\n" + row.example + ".\n")
    assert row.word in set(kornews.term_tokens(kornews.tokenize(article))["term"])
    assert row.reason in ("deixis", "process", "speech", "vague") and row.measured
