"""The notebooks' words for readers (kornews.readers): dates, lists and coded values in tables,
how two figures compare, a summary's sections; invented tables, expected values read off the
rules (kornews.wording.date_text, data/columns.tsv, data/values.tsv)."""

import json
import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

import kornews
from kornews.notebook import escape
from kornews.readers import (
    comparison_notes,
    disagreements,
    for_readers,
    headline,
    kind_label,
    leaders,
    rising_note,
    summary_markdown,
    titled,
    topic_name,
    versus,
)
from kornews.tables import table
from kornews.trends import Halves

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


class Extremes(NamedTuple):
    """The columns of a kornews.comparison_extremes row that its words read."""

    group: str
    unit: str
    measure: str | None
    largest: str
    smallest: str
    ratio: float
    equal: bool


def test_date_columns_are_written_out_with_their_year():
    raw = pd.DataFrame(
        {
            "date": ["2020-07-10T14:31", "2015-12", None],
            "period": ["2020-01/2020-06", "undated", "2021-03"],
        }
    )
    shown = for_readers(raw, lang="ko")
    assert shown["날짜"].tolist() == ["2020년 7월 10일 오후 2시 31분", "2015년 12월", ""]
    assert shown["기간"].tolist() == ["2020년 1월~6월", "날짜 없음", "2021년 3월"]
    english = for_readers(raw, lang="en")
    assert english["date"].tolist() == ["10 July 2020 2:31 pm", "December 2015", ""]
    assert english["period"].tolist() == ["January 2020 to June 2020", "undated", "March 2021"]
    assert raw["date"].iloc[0] == "2020-07-10T14:31"  # the table itself is unchanged


def test_rows_named_by_date_are_written_out_too():
    by_month = pd.DataFrame({"month": ["2023-01", "undated"], "주제 1": ["40%", "60%"]}).set_index(
        "month"
    )
    shown = for_readers(by_month, lang="ko")
    assert shown.index.tolist() == ["2023년 1월", "날짜 없음"] and shown.index.name == "월"
    assert for_readers(by_month, lang="en").index.tolist() == ["January 2023", "undated"]
    other = for_readers(by_month.rename_axis("term"), lang="ko")
    assert other.index.tolist() == ["2023-01", "undated"]  # an index of no date column stays


def test_a_date_column_shows_what_is_no_date_as_it_is():
    shown = for_readers(pd.DataFrame({"first": ["곧", pd.NA]}), lang="ko")
    assert shown["처음"].tolist() == ["곧", ""]


def test_a_list_column_shows_each_code_in_words():
    raw = pd.DataFrame({"relations": ["exact, rewrite", "edit", "exact, kin", None]})
    assert for_readers(raw, lang="ko")["관계들"].tolist()[:3] == [
        "같은 기사, 다시 쓴 기사",
        "고친 기사",
        "같은 기사, kin",
    ]
    assert for_readers(raw, lang="en")["relations"].tolist()[:2] == [
        "exact copies, rewrites",
        "edits",
    ]
    assert pd.isna(for_readers(raw, lang="ko")["관계들"].iloc[3])


@pytest.mark.parametrize(
    "row", [r for r in table("columns.tsv") if r.shows], ids=lambda r: r.column
)
def test_each_date_or_list_column_shows_its_values_in_words(row):
    assert row.shows in ("date", "list"), row
    if row.shows == "date":
        assert for_readers(pd.DataFrame({row.column: ["2019-03-15"]}), lang="ko").iloc[0, 0] == (
            "2019년 3월 15일"
        )
    else:
        codes = [v for v in table("values.tsv") if v.column == row.column]
        assert codes, f"{row.column}: a list column's codes are rows of values.tsv"
        joined = ", ".join(v.value for v in codes)
        shown = for_readers(pd.DataFrame({row.column: [joined]}), lang="ko").iloc[0, 0]
        assert shown == ", ".join(v.ko for v in codes)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_notebook_cell_holds_logic_of_its_own(path):
    # Functions live in lib/, tested; for_readers writes the tables' dates and codes, so a cell's
    # own mapping would write them a second way.
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert not re.search(r"^\s*def ", code, flags=re.M), path.name
    assert not re.search(r"map\(lambda \w+: date_text", code), path.name
    assert "relation_words" not in code, path.name


@pytest.mark.parametrize(
    "names, ko, en",
    [
        (["공원"], "**공원**", "**공원**"),
        (["공원", "도서관"], "**공원**, **도서관**", "**공원** and **도서관**"),
        (["가", "나", "다"], "**가**, **나**, **다**", "**가**, **나** and **다**"),
        (
            ["가", "나", "다", "라", "마"],
            "**가**, **나**, **다** 외 2개",
            "**가**, **나**, **다** and 2 more",
        ),
    ],
)
def test_leaders_name_a_tie_whole_and_count_past_three(names, ko, en):
    assert leaders(names, lang="ko", mark="**") == ko
    assert leaders(names, lang="en", mark="**") == en


def test_leaders_show_names_as_text():
    # Markup in an article's name shows as text, and a star cannot start bold.
    assert leaders(["<b>A*</b>"], lang="ko") == "&lt;b&gt;A&#42;&lt;/b&gt;"


def test_disagreements_name_every_value_of_a_measure_with_who_gives_it():
    # A lineup's figures (invented): 월세 20만원 in three articles (20만 원 is the same value,
    # 200000.0 the same number), 45만원 in one, flagged; 예산 agrees, so it is not named; an
    # article without an outlet is named by its file.
    rows = [
        (1, "월세", "money", "원", 200000, "a1", "가상일보", "20만원", False),
        (1, "월세", "money", "원", 200000.0, "a2", "나라뉴스", "20만 원", False),
        (1, "월세", "money", "원", 450000, "a3", None, "45만원", True),
        (1, "월세", "money", "원", 200000, "a3", None, "20만원", False),
        (1, "예산", "money", "원", 48e9, "a1", "가상일보", "480억원", False),
        (2, "청년", "count", "명", 20000, "b1", "가상일보", "2만명", True),
        (2, "청년", "count", "명", 25000, "b2", "나라뉴스", "2만5000명", True),
    ]
    columns = [
        "event",
        "measure",
        "kind",
        "unit",
        "value",
        "article",
        "outlet",
        "text",
        "disagrees",
    ]
    figures = pd.DataFrame(rows, columns=columns)
    assert disagreements(figures) == (
        "월세: 20만원(가상일보, 나라뉴스, a3), 45만원(a3); 청년: 2만명(가상일보), 2만5000명(나라뉴스)"
    )
    assert disagreements(figures[figures["measure"] == "예산"]) == ""


def test_versus_says_how_many_times_the_largest_is_the_smallest():
    row = Extremes("count · section 1", "건", None, "8만5000건", "2만건", 4.26, False)
    assert versus(row, lang="ko") == "가장 큰 값(8만5000건)이 가장 작은 값(2만건)의 4.3배입니다"
    assert versus(row, lang="en") == "the largest, 8만5000건, is 4.3 times the smallest, 2만건"
    large = row._replace(ratio=1234.56)
    assert versus(large, lang="en").endswith("is 1,234.6 times the smallest, 2만건")


def test_versus_says_when_two_are_equal_or_have_no_ratio():
    equal = Extremes("count · section 0", "명", None, "5명", "다섯 명", 1.0, True)
    assert versus(equal, lang="ko") == "두 값(5명, 다섯 명)이 같습니다"
    assert versus(equal, lang="en") == "5명 and 다섯 명 are equal in value"
    zero = Extremes("count · section 0", "건", None, "3건", "0건", float("nan"), False)
    assert versus(zero, lang="ko") == "가장 큰 값은 3건, 가장 작은 값은 0건입니다"
    assert versus(zero, lang="en") == "the largest is 3건, the smallest 0건"


def test_versus_shows_the_figures_as_text():
    row = Extremes("count · section 0", "건", None, "<b>3</b>건", "*1*건", float("nan"), False)
    said = versus(row, lang="ko")
    assert "<b>" not in said and "*1*" not in said and "&lt;b&gt;3&lt;/b&gt;건" in said


def test_comparison_notes_name_what_is_compared_a_line_each():
    extremes = pd.DataFrame(
        [
            Extremes("count · section 1", "건", "가맹 신청 수", "8만5000건", "2만건", 4.26, False),
            Extremes("money · section 2", "원", None, "3억원", "3억원", 1.0, True),
        ]
    )
    assert comparison_notes(extremes, lang="ko").data == (
        "- **가맹 신청 수**(건): 가장 큰 값(8만5000건)이 가장 작은 값(2만건)의 4.3배입니다.\n"
        "- **금액**(원): 두 값(3억원, 3억원)이 같습니다."
    )
    assert comparison_notes(extremes, lang="en").data.splitlines()[1] == (
        "- **money · section 2** (원): 3억원 and 3억원 are equal in value."
    )


DOCUMENT = [
    {
        "heading": None,
        "sentences": ["가상시는 10일 밝혔다.", "신청은 3월까지다."],
        "key_terms": ["가맹점", "제로페이"],
    },
    {"heading": "◆ 신청 방법", "sentences": [], "key_terms": []},
]


def test_a_summary_is_a_heading_its_sentences_and_key_terms_per_section():
    said = summary_markdown(DOCUMENT, title="가상시, 가맹점 늘린다", lang="ko").data
    assert said == (
        "### 가상시, 가맹점 늘린다\n- 가상시는 10일 밝혔다.\n- 신청은 3월까지다.\n\n두드러진 단어: 가맹점, 제로페이"
        "\n\n### ◆ 신청 방법\n- 본문 문장이 없습니다."
    )


def test_a_summary_without_a_title_heads_the_lead_as_the_lead():
    said = summary_markdown(DOCUMENT, title=None, lang="en").data
    assert said.startswith("### lead\n- 가상시는 10일 밝혔다.")
    assert "Key terms: 가맹점, 제로페이" in said and said.endswith("- no body sentences")
    assert summary_markdown(DOCUMENT, title="", lang="ko").data.startswith("### 첫머리\n")


def test_a_summary_shows_the_article_text_as_text():
    document = [
        {"heading": "◆ [속보] *강조*", "sentences": ["$100에서 <b>올랐다</b>"], "key_terms": []}
    ]
    said = summary_markdown(document, title=None, lang="ko").data
    assert "[속보]" not in said and "*강조*" not in said and "<b>" not in said


def test_a_kinds_tables_margins_and_topics_are_named_as_readers_read_them():
    assert [kind_label(k, lang="ko") for k in ("money", "rest", "all")] == ["금액", "그 밖", "합계"]
    assert [kind_label(k, lang="en") for k in ("money", "rest", "all")] == [
        "amount of money",
        "rest",
        "all",
    ]
    assert topic_name(0, lang="ko") == "주제 1"
    assert topic_name(2, lang="en") == "topic 3"


def test_rows_by_outlet_name_the_unknown_outlet_in_words():
    # A pivot by outlet (notebook 07's topic shares): articles without an outlet are "unknown".
    shares = pd.DataFrame(
        {"주제 1": ["40%", "60%"]}, index=pd.Index(["가상일보", "unknown"], name="outlet")
    )
    assert for_readers(shares, lang="ko").index.tolist() == ["가상일보", "언론사 미상"]
    assert for_readers(shares, lang="en").index.tolist() == ["가상일보", "unknown"]


def test_a_notebook_heads_an_untitled_article_as_the_report_does(tmp_path):
    path = tmp_path / "가상_기사.txt"
    path.write_text(
        "\n\n가상시는 3명을 뽑는다고 10일 밝혔다. 이어 새 계획을 내놨다.\n", encoding="utf-8"
    )
    untitled = kornews.read_article(path)
    assert headline(untitled, lang="ko") == escape("제목 없음 · 파일 가상_기사")
    assert headline(untitled, lang="en") == escape("Untitled · file 가상_기사")
    text = kornews.parse_article(
        "\n\n가상시는 3명을 뽑는다고 10일 밝혔다. 이어 새 계획을 내놨다.\n"
    )
    assert headline(text, lang="ko") == "제목 없음"  # a text given as such names no file
    titled_one = kornews.parse_article("가상시 <b>새</b> 계획\n가상시는 3명을 뽑는다.\n")
    assert headline(titled_one, lang="ko") == escape(titled_one.title)


def test_a_table_heads_an_untitled_article_as_the_report_does():
    # A photo page read without its headline: its row says 제목 없음 and names the file, a
    # titled one keeps its title.
    titles = pd.Series(["반도체 수출 다시 늘어", None, "  ", ""], dtype=object)
    names = pd.Series(["기사1", "사진면", "기사3", "기사4"])
    untitled = ["제목 없음 · 파일 사진면", "제목 없음 · 파일 기사3", "제목 없음 · 파일 기사4"]
    assert titled(titles, names).tolist() == ["반도체 수출 다시 늘어", *untitled]
    assert titled(titles.astype("str"), names).tolist()[1:] == untitled
    assert titled(titles, names, lang="en").tolist()[1] == "Untitled · file 사진면"


def test_the_rising_note_names_each_term_with_its_articles_or_why_none_is_claimed():

    rising = pd.DataFrame(
        {"term": ["폭염"], "earlier_term_articles": [0], "later_term_articles": [3]}
    )
    enough = Halves(("2020-07",), ("2020-08",), 3, 3)
    assert rising_note(rising, enough, lang="ko", min_articles=3) == (
        "쓴 기사의 비율이 가장 많이 늘어난 단어(쓴 기사 수, 앞 → 뒤): 폭염(0 → 3). "
        "앞 절반에 기사 3건, 뒤 절반에 3건이 있습니다."
    )
    few = Halves(("2020-07",), ("2020-08",), 1, 1)
    assert rising_note(rising, few, lang="ko", min_articles=3).startswith(
        "늘어난 단어는 찾지 않습니다. 절반마다 날짜가 있는 기사가 3건 이상이어야 하는데"
    )
    assert rising_note(rising.iloc[:0], enough, lang="en", min_articles=3) == (
        "No term rose; the earlier half holds 3 dated articles, the later 3."
    )
