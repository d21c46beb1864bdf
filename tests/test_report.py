"""The reader's report (kornews.report, ``kornews report``): Korean for readers, no code words,
no raw values, one plain sentence for an empty part; read in its HTML and in its PDF's text."""

import io
import re
import string
from pathlib import Path

import pytest
from pypdf import PdfReader

import kornews
from kornews.cli import main
from kornews.readers import section_name
from kornews.report import reader_report, reader_report_pdf, words
from kornews.tables import table

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = {
    "seed": ROOT / "seeds" / "000_17620ace2f9e96c7.txt",
    "yonhap": ROOT / "tests" / "layouts" / "yonhap.txt",
    "kbs": ROOT / "tests" / "layouts" / "kbs.txt",
    "title-only": ROOT / "tests" / "articles" / "title-only.txt",
}
TEMPLATE = ROOT / "lib" / "kornews" / "data" / "templates" / "reader" / "report.html.j2"
# What a reader should never meet: code, file and library names, raw flags, ISO stamps,
# column names, numbers a person would not write unseparated.
CODE_WORDS = re.compile(
    r"ARTICLE|kornews|\.tsv|\.py\b|\bTrue\b|\bFalse\b|\d{4}-\d\d-\d\dT|section_\d|\bNaN\b|\bNone\b"
    r"|\bNN[GP]\b|\bSL\b|(?<![\d,.])\d{5,}"
)


def visible(html: str) -> str:
    """The text a reader sees: the body, tags and style left out."""
    body = re.sub(r"<style>.*?</style>|<title>.*?</title>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.fixture(scope="module")
def articles():
    read = {name: kornews.read_article(path) for name, path in ARTICLES.items()}
    return {name: (article, kornews.tokenize(article)) for name, article in read.items()}


@pytest.fixture(scope="module")
def reports(articles):
    return {
        name: reader_report(article, tokens=tokens) for name, (article, tokens) in articles.items()
    }


@pytest.mark.parametrize("name", ARTICLES)
def test_the_report_has_no_code_words_or_raw_values(reports, name):
    assert not CODE_WORDS.findall(reports[name])
    assert not CODE_WORDS.findall(visible(reports[name]))


@pytest.mark.parametrize("name", ARTICLES)
def test_the_korean_report_has_no_english_headings(reports, name):
    # The report's own headings (h2); the sections' (h3) are the article's, ICT and all.
    headings = re.findall(r"<h2>(.*?)</h2>", reports[name], flags=re.S)
    assert headings == [
        "한눈에 보기",
        "자주 나온 단어",
        "기사 속 숫자",
        "날짜로 본 흐름",
        "누가 말했나",
        "부분별 요약",
    ]


@pytest.mark.parametrize("name", ARTICLES)
def test_no_part_is_an_empty_table(reports, name):
    for table_html in re.findall(r"<table>.*?</table>", reports[name], flags=re.S):
        assert table_html.count("<tr>") >= 2  # a header and at least one row


def test_the_seed_report_opens_with_its_figures_people_and_dates(reports):
    lead = visible(reports["seed"]).split("한눈에 보기", 1)[1].split("자주 나온 단어", 1)[0]
    assert "8만5000건(제로페이 가맹 신청 수)" in lead or "2만7606㎡(창업 지원 공간)" in lead
    assert "박원순 시장(언급 13번)" in lead
    assert "2015년 12월" in lead
    assert "디지털데일리 · 이상일 기자" in visible(reports["seed"])


def test_the_seed_report_writes_values_as_people_do(reports):
    text = visible(reports["seed"])
    for written in ("8만5000건", "5만9000건", "53만개", "10일 오전 0시 1분", "4월", "100%", "✓"):
        assert written in text
    for raw in ("---10", "--04", "85000", "1.0", "share"):
        assert raw not in text


def test_the_seed_report_names_who_is_quoted_and_summarises_each_section(reports):
    text = visible(reports["seed"])
    assert "박원순 시장 서울특별시 인용 1건 1 100%" in text
    for heading in (
        "첫머리",
        "9년간 서울 ICT 혁신에 큰 업적",
        "스타트업 육성, 청년 실업 해소에 노력",
    ):
        assert f"<h3>{heading}</h3>" in reports["seed"]


def test_the_lead_is_named_as_the_notebooks_and_tables_name_it(articles):
    # One word for the text before the first ◆ heading: the report's heading is the tables' value.
    article, tokens = articles["kbs"]
    for lang, word in (("ko", "첫머리"), ("en", "lead")):
        assert section_name(0, lang=lang) == word
        assert f"<h3>{word}</h3>" in reader_report(article, lang=lang, tokens=tokens)


def test_a_dated_article_keeps_its_year_and_time_in_the_byline(reports):
    assert "연합뉴스 · 김가람 기자 · 2020년 7월 10일 오후 2시 31분" in visible(reports["yonhap"])


def test_an_empty_article_is_one_plain_sentence_per_part(reports):
    text = visible(reports["title-only"])
    assert "<table>" not in reports["title-only"]
    for key in ("lead_none", "figures_none", "timeline_none", "sources_none", "summaries_none"):
        assert words("ko")[key] in text


def test_the_article_text_is_escaped_as_data():
    article = kornews.parse_article(
        "<script>alert(1)</script> 제목\n\n본문은 <b>굵게</b> 쓴 문장이다."
    )
    html = reader_report(article)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


def test_the_english_report_speaks_english(articles):
    article, tokens = articles["kbs"]
    text = visible(reader_report(article, lang="en", tokens=tokens))
    assert "At a glance" in text and "Who is quoted" in text and "10 July 2020 9:31 pm" in text
    assert "한눈에" not in text and not CODE_WORDS.findall(text)


def test_an_unknown_language_is_said_plainly(articles):
    with pytest.raises(ValueError, match="lang is one of ko, en"):
        reader_report(articles["title-only"][0], lang="fr", tokens=articles["title-only"][1])


@pytest.mark.parametrize("row", table("report_words.tsv"), ids=lambda row: row.key)
def test_each_report_word_is_used_and_fills_in_its_example(row):
    # The report's template and module, and the heading it shares with the notebooks.
    source = TEMPLATE.read_text(encoding="utf-8") + "".join(
        Path(module.__file__).read_text(encoding="utf-8")
        for module in (kornews.report, kornews.wording)
    )
    assert f"say.{row.key}" in source or f'"{row.key}"' in source or f"'{row.key}'" in source
    fields = [name for _, name, _, _ in string.Formatter().parse(row.ko) if name]
    assert fields == [name for _, name, _, _ in string.Formatter().parse(row.en) if name]
    pattern = re.escape(row.ko)
    for field in fields:
        pattern = pattern.replace(re.escape("{" + field + "}"), ".+")
    assert re.fullmatch(pattern, row.example)


@pytest.mark.parametrize("name", ARTICLES)
def test_the_pdf_text_layer_is_the_report_in_korean(articles, name, tmp_path):
    article, tokens = articles[name]
    reader = PdfReader(io.BytesIO(reader_report_pdf(article, tokens=tokens)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "한눈에 보기" in text and "누가 말했나" in text
    assert not CODE_WORDS.findall(text)
    assert article.title.split()[0] in text


def test_the_command_writes_html_and_refuses_other_files_plainly(tmp_path, capsys):
    out = tmp_path / "보고서.html"
    assert main(["report", str(ARTICLES["title-only"]), "--out", str(out)]) == 0
    assert "제목만 있는 기사" in out.read_text(encoding="utf-8")
    assert main(["report", str(ARTICLES["title-only"]), "--out", str(tmp_path / "x.docx")]) == 1
    assert (
        main(["report", str(ARTICLES["title-only"]), "--out", str(tmp_path / "no" / "x.html")]) == 1
    )
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and all(line.startswith("kornews: error: ") for line in errors)
    assert "Traceback" not in "".join(errors)


def test_the_command_prints_html_without_out(capsys):
    assert main(["report", str(ARTICLES["title-only"]), "--lang", "en"]) == 0
    assert "At a glance" in capsys.readouterr().out


def test_the_report_finds_the_figures_once(articles, reports, monkeypatch):
    # Each figures table is one pass over the sentences: the timeline and the section counts
    # read the report's table, never make their own.
    from kornews.figures import table as figure_table

    passes = []
    counted = figure_table.token_columns
    monkeypatch.setattr(figure_table, "token_columns", lambda t: passes.append(1) or counted(t))
    article, tokens = articles["seed"]
    reader_report(article, tokens=tokens)
    assert len(passes) == 1
    given = kornews.figures(tokens, article)
    passes.clear()
    assert reader_report(article, tokens=tokens, figures=given) == reports["seed"]
    assert not passes


def test_the_report_shows_the_figures_table_it_is_given(articles):
    article, tokens = articles["seed"]
    found = kornews.figures(tokens, article)
    two = found[found["text"].isin(["8만5000건", "5만9000건"])]
    text = visible(reader_report(article, tokens=tokens, figures=two))
    assert "숫자 2개가 나옵니다" in text
    shown = text.split("기사 속 숫자", 1)[1].split("날짜로 본 흐름", 1)[0]
    assert "8만5000건" in shown and "5만9000건" in shown and "53만개" not in shown
    # The timeline is the given table's dates: two counts place nothing on the calendar.
    assert words("ko")["timeline_none"] in text


UNDATED = (
    "가상시, 새 도서관 20일 문 열어\n\n"
    "가상시는 20일 한빛동에 새 도서관을 연다고 밝혔다.\n\n"
    "개관식은 이날 열리며 2019년 세운 계획에 따른 것이다.\n"
)


def test_an_undated_article_names_the_dates_it_cannot_place():
    # Without the article's own date, 20일 and 이날 cannot go on the calendar: the report says
    # so and names them, rather than claiming the article names no date.
    text = visible(reader_report(kornews.read_article(UNDATED)))
    timeline = text.split("날짜로 본 흐름", 1)[1].split("누가 말했나", 1)[0]
    assert "2019년" in timeline and words("ko")["timeline_none"] not in timeline
    assert "기사를 쓴 날짜를 알 수 없어 달력에 놓지 못한 날짜: 20일, 이날" in timeline
    dated = visible(reader_report(kornews.read_article(UNDATED, date="2020-07-25")))
    assert "달력에 놓지 못한" not in dated and "2020년 7월 20일" in dated


def test_the_lead_says_when_it_names_only_some_of_the_dates(reports):
    lead = visible(reports["seed"]).split("한눈에 보기", 1)[1].split("자주 나온 단어", 1)[0]
    assert "기사에 나오는 날짜는 2015년 12월, 2016년, 2018년, 2019년 등입니다." in lead


def test_the_command_points_to_date_for_an_undated_article(tmp_path, capsys):
    article = tmp_path / "가상.txt"
    article.write_text(UNDATED, encoding="utf-8")
    assert main(["report", str(article), "--out", str(tmp_path / "a.html")]) == 0
    note = capsys.readouterr().err
    assert note.startswith("kornews: note: ") and "20일, 이날" in note and "--date" in note
    out = tmp_path / "b.html"
    assert main(["report", str(article), "--date", "2020-07-25", "--out", str(out)]) == 0
    assert capsys.readouterr().err == "" and "2020년 7월 20일" in out.read_text(encoding="utf-8")


def test_the_command_given_a_folder_names_the_verbs_that_take_one(tmp_path, capsys):
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "a.pdf")]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"kornews: error: {tmp_path}: is a directory; report takes one")
    assert "terms" in error and not (tmp_path / "a.pdf").exists()


def test_an_untitled_article_is_headed_untitled_with_its_file_name_below(tmp_path):
    # The file's name alone read as a code, and the first sentence's words as a headline the
    # outlet never wrote: 제목 없음, then the file's name to tell reports apart.
    path = tmp_path / "가상기사_001.txt"
    path.write_text(
        "\n\n가상시는 3명을 뽑는다고 10일 밝혔다. 이어 새 계획을 내놨다.\n", encoding="utf-8"
    )
    article = kornews.read_article(path)
    assert article.title is None
    html = reader_report(article)
    assert "<h1>제목 없음</h1>" in html and "<title>제목 없음 · 파일 가상기사_001</title>" in html
    assert visible(html).index("제목 없음") < visible(html).index("파일 가상기사_001")
    english = visible(reader_report(article, lang="en"))
    assert "Untitled" in english and "file 가상기사_001" in english


def test_an_untitled_text_given_as_such_names_no_file():
    text = "\n\n가상시는 3명을 뽑는다고 10일 밝혔다. 이어 새 계획을 내놨다.\n"
    html = reader_report(kornews.parse_article(text))
    assert "<h1>제목 없음</h1>" in html and "<text>" not in html and "&lt;text&gt;" not in html
