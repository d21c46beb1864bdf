"""Hostile input and faults (issue 29): each case fails one clear way, or reads right; never a
traceback, a hang, a file outside reports/ or a raw escape sequence on the terminal."""

import html
import io
import math
import os
import re
import subprocess
import sys
import threading
import zipfile

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nbconvert.filters.markdown_mistune import markdown2html_mistune

import kornews
from kornews import ArticleError, read_article
from kornews.cli import main
from kornews.notebook import escape

ARTICLE = "서울시, 새 정책 발표\n서울시는 10일 새 정책을 발표했다.\n시민 3분의 1이 찬성했다.\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("kornews: error:") and "Traceback" not in err


# 9. A FIFO waits for a writer forever: refused by name, at once.


def _refused_without_waiting(path) -> str:
    outcome = {}

    def read():
        try:
            read_article(path)
        except ArticleError as error:
            outcome["error"] = str(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO hangs"
    return outcome["error"]


def test_a_fifo_is_refused_by_name(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert (
        _refused_without_waiting(fifo)
        == f"{fifo}: is a named pipe (FIFO), not a file (read standard input with -)"
    )


def test_a_symlink_to_a_fifo_in_a_folder_stops_the_run_with_its_name(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "pipe")
    assert "b.txt: is a named pipe (FIFO)" in _refused_without_waiting(tmp_path / "b.txt")
    code, out, err = run(capsys, "terms", str(tmp_path), "--format", "csv")
    assert code == 1 and one_line(err) and "b.txt: is a named pipe" in err


# 10. A zero denominator is no ratio; any failure in a folder names its article.


@pytest.mark.parametrize("fraction", ["0분의 1", "영분의 일", "0.0분의 1", "0분의 0"])
@pytest.mark.parametrize("verb", ["figures", "summary"])
def test_a_zero_denominator_is_no_ratio(tmp_path, capsys, fraction, verb):
    path = tmp_path / "zero.txt"
    path.write_text(f"제목\n인구의 {fraction}이 찬성했다고 한다.\n", encoding="utf-8")
    # summary's JSON holds the article's figures; figures' CSV has no ratio row for it.
    code, out, err = run(
        capsys, verb, str(path), "--format", "json" if verb == "summary" else "csv"
    )
    assert code == 0 and not err
    assert "분의" not in (out if verb == "figures" else "")


def test_a_failure_in_a_folder_names_its_article(tmp_path, capsys, monkeypatch):
    (tmp_path / "fine.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "odd.txt").write_text(ARTICLE.replace("서울시는", "부산시는"), encoding="utf-8")

    rows = kornews.corpus.figure_rows  # the corpus verb's per-article analysis

    def figure_rows(tokens, article):
        if "부산" in article.text:
            raise ZeroDivisionError("division by zero")
        return rows(tokens, article)

    monkeypatch.setattr(kornews.corpus, "figure_rows", figure_rows)
    code, out, err = run(capsys, "figures", str(tmp_path), "--format", "csv")
    assert code == 1 and one_line(err)
    assert err == (
        "kornews: error: odd: figures failed (ZeroDivisionError: division by zero)"
        " (--skip-bad goes on past it)\n"
    )


FRAGMENTS = [
    "0분의 1",
    "영분의 일",
    "0.0분의 1",
    "0분의 0",
    "3분의 1",
    "2/0",
    "0/0",
    "0대 0",
    "0%",
    "0원",
    "-0.0%",
    "1e309",
    "9" * 40,
    "0.000000000000000000000000000001",
    "구십구만구천구백구십구조",
    "0배",
    "0~0명",
    "영 점 영",
    "0년",
    "0월 0일",
    "0시 0분",
]


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.lists(
            st.sampled_from(FRAGMENTS + ["시민", "이", "가", "했다.", "증가"]),
            min_size=1,
            max_size=8,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_article_of_figures_gives_figures_and_a_summary(sentences):
    text = "숫자 기사\n" + "\n".join(" ".join(words) for words in sentences) + "\n"
    article = read_article(text)
    tokens = kornews.tokenize(article)
    table = kornews.figures(tokens, article)
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.text
    ratios = table.loc[table["kind"] == "ratio", "number"].dropna().astype(float)
    assert math.isfinite(ratios.sum())
    for row in kornews.summarize(tokens, article).itertuples():
        assert article.text[row.start : row.end] == row.text


# 11. Limits and encodings: one line, and the same verdict for bytes and text.


@pytest.mark.parametrize("setting", ["99999999999999999999", "²", "0", "-1"])
def test_a_max_bytes_setting_out_of_range_is_one_line(tmp_path, capsys, monkeypatch, setting):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("KORNEWS_MAX_BYTES", setting)
    code, out, err = run(capsys, "parse", str(path))
    assert (
        code == 1
        and one_line(err)
        and f"KORNEWS_MAX_BYTES: expected a number of bytes, got {setting!r}" in err
    )


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_with_symbols_on_a_short_line(order):
    text = "▶▶ 속보 ■\n서울시는 10일 새 정책을 발표했다.\n"
    assert read_article(text.encode(order)).text == text


def test_utf16_without_a_bom_of_random_bytes_is_still_binary():
    noise = bytes((i * 37 + 11) % 256 for i in range(2000)) + b"\x00"
    with pytest.raises(ArticleError, match="binary"):
        read_article(noise)


@pytest.mark.parametrize(
    "text",
    [
        "제목\n\x1b]0;pwned\x07본문입니다.\x1b[2J\n",  # an escape sequence or two: text
        "제목\n" + "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 3 + "\n",  # mostly controls: not
    ],
)
def test_bytes_and_text_get_the_same_verdict(text):
    def verdict(source):
        try:
            return read_article(source).text
        except ArticleError as error:
            return "binary" in str(error)

    assert verdict(text) == verdict(text.encode("utf-8"))


# 8. Escape sequences in an article never reach the terminal raw.

ESCAPES = "제목\x1b]0;PWNED\x07 입니다\n본문\x1b[2J 이다.\t탭 \x9b31m 뒤.\n"


@pytest.mark.parametrize(
    "verb, fmt", [("parse", "table"), ("parse", "csv"), ("tokens", "table"), ("tokens", "csv")]
)
def test_control_characters_are_shown_not_sent(tmp_path, capsys, verb, fmt):
    path = tmp_path / "esc.txt"
    path.write_text(ESCAPES, encoding="utf-8")
    code, out, err = run(capsys, verb, str(path), "--format", fmt)
    assert code == 0 and not err
    assert not {"\x1b", "\x07", "\x9b"} & set(out)
    assert "␛" in out and "␇" in out and "\\x9b" in out


def test_csv_keeps_tabs_and_the_text_otherwise(tmp_path, capsys):
    path = tmp_path / "esc.txt"
    path.write_text(ESCAPES, encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(path), "--format", "csv")
    texts = pd.read_csv(io.StringIO(out))["text"].tolist()
    assert texts == ["제목␛]0;PWNED␇ 입니다", "본문␛[2J 이다.\t탭 \\x9b31m 뒤."]


def test_a_file_name_with_an_escape_sequence_is_shown_in_the_error(tmp_path, capsys):
    code, out, err = run(capsys, "parse", str(tmp_path / "\x1b[2Jgone.txt"))
    assert code == 1 and one_line(err) and "\x1b" not in err and "␛[2Jgone.txt: no such file" in err


# 4. Output that cannot be written is one line.


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_standard_output_on_a_full_disk_is_one_line(tmp_path, fmt):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    # Its tokens kept here first (the test's own cache, which the command inherits): the command
    # reads them back instead of loading Kiwi's model, which writing the output never needs.
    kornews.tokenize(read_article(path))
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "kornews", "terms", str(path), "--format", fmt],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1
    assert done.stderr == "kornews: error: cannot write the output (No space left on device)\n"


# 7. HTML: a bad character costs one character; a page without an article is refused; a
# .html file of plain text is text.

PAGE = """<!doctype html><html><head><title>서울시 새 정책 발표</title></head><body>
<nav><a href="/">홈</a> <a href="/news">뉴스</a></nav>
<article><h1>서울시 새 정책 발표</h1>
<p>서울시는 10일 새 정책을 발표했다. 시민들은 대체로 환영하는 분위기다{mark} 다만 일부는 우려를 표했다.</p>
<p>시 관계자는 "앞으로 더 많은 정책을 내놓겠다"고 말했다. 이번 정책은 내년부터 시행된다.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    "reference", ["&#27;", "&#7;", "&#xFFFE;", "&#0;", "&#xD800;", "&#1114112;", "\x1b"]
)
def test_a_character_xml_cannot_hold_costs_one_character(tmp_path, reference):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(mark=reference), encoding="utf-8")
    article = read_article(path)
    assert article.title == "서울시 새 정책 발표"
    assert article.sections[0].paragraphs[0].text == (
        "서울시는 10일 새 정책을 발표했다. 시민들은 대체로 환영하는 분위기다\ufffd 다만 일부는 우려를 표했다."
    )


def test_a_valid_reference_still_reads_as_its_character(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(mark="&#46;"), encoding="utf-8")
    assert "분위기다. 다만" in read_article(path).text


@pytest.mark.parametrize(
    "body",
    [
        '<nav><ul><li><a href="/">홈</a></li><li><a href="/p">정치</a></li><li><a href="/e">경제</a>'
        "</li></ul></nav>",
        "<div>"
        + "".join(
            f"<p>{w}</p>"
            for w in ["정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "포토"]
        )
        + "</div>",
        '<form action="/login"><label>아이디</label><input name="id"><label>비밀번호</label>'
        "<input type=password><button>로그인</button></form>",
    ],
    ids=["links", "menu", "login form"],
)
def test_a_page_without_an_article_is_refused(tmp_path, capsys, body):
    path = tmp_path / "home.html"
    path.write_text(
        f"<!doctype html><html><head><title>뉴스 홈</title></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "terms", str(path))
    assert code == 1 and not out
    assert err == f"kornews: error: {path}: no article text found in the HTML page\n"


def test_a_html_file_of_plain_text_signed_like_a_tag_is_text(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(
        "서울시 새 정책 발표\n서울시는 10일 새 정책을 발표했다.\n<홍길동 기자>hong@example.com\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "서울시 새 정책 발표" and article.reporter == "홍길동"


# 5 and 6. BigKinds exports: bounded before they are read; what is left out is said.

EXPORT_HEADER = ["뉴스 식별자", "일자", "언론사", "기고자", "제목", "본문", "URL", "분석제외 여부"]


def write_export(path, *rows):
    book = openpyxl.Workbook()
    book.active.append(EXPORT_HEADER)
    for identifier, title, body, excluded in rows:
        book.active.append(
            [identifier, "20200702", "가나일보", "홍길동", title, body, None, excluded]
        )
    book.save(path)
    return path


ROW_A = ("01100101.20200702090000001", "제로페이 확대", "서울시가 제로페이 가맹점을 늘렸다.", None)
ROW_B = ("01100101.20200702090000002", "지원금 지급", "정부가 지원금을 지급했다.", None)


def test_an_export_that_unpacks_past_the_limit_is_refused_before_reading(
    tmp_path, capsys, monkeypatch
):
    path = _padded(write_export(tmp_path / "NewsResult_1.xlsx", ROW_A), 200_000)
    monkeypatch.setenv("KORNEWS_MAX_EXPORT_BYTES", "100000")
    monkeypatch.setattr(pd, "read_excel", _never_read)
    code, out, err = run(capsys, "terms", str(path))
    assert code == 1 and one_line(err) and not out
    assert err.startswith(f"kornews: error: {path}: unpacks to ")
    assert err.endswith(
        "bytes, over the limit of 100,000 (raise it with KORNEWS_MAX_EXPORT_BYTES=BYTES)\n"
    )


def _never_read(*args, **kwargs):
    raise AssertionError("the workbook was read")


def _padded(path, spaces: int):
    """The export with whitespace between the sheet's tags, as in a zip bomb (Excel's cells hold
    at most 32,767 characters, so the bulk is outside them)."""
    with zipfile.ZipFile(path) as book:
        members = {info.filename: book.read(info) for info in book.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    members[sheet] = members[sheet].replace(b"<sheetData>", b"<sheetData>" + b" " * spaces, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in members.items():
            book.writestr(name, data)
    return path


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path, capsys):
    path = write_export(tmp_path / "NewsResult_1.xlsx", ROW_A, (*ROW_B[:2], "가" * 40_000, None))
    code, out, err = run(capsys, "terms", str(path))
    assert code == 1 and one_line(err)
    assert err == (
        f"kornews: error: {path}: row 3: 본문 reaches Excel's limit of 32,767 characters "
        "(cut when read): not a BigKinds export\n"
    )


@pytest.mark.parametrize(
    "rows, message",
    [
        ((), "no rows under the header"),
        (
            ((*ROW_A[:3], "중복"), (*ROW_B[:3], "중복")),
            "2 of 2 rows left out, marked 분석제외 여부 (중복 2)",
        ),
    ],
    ids=["header only", "all marked"],
)
def test_an_export_with_nothing_to_read_says_why(tmp_path, capsys, rows, message):
    path = write_export(tmp_path / "NewsResult_1.xlsx", *rows)
    code, out, err = run(capsys, "terms", str(path), "--format", "csv")
    assert code == 1 and not out
    assert err == f"kornews: error: {path}: {message}\n"


def test_rows_of_one_identifier_are_read_once_and_the_rest_said(tmp_path, capsys):
    first = write_export(tmp_path / "NewsResult_1.xlsx", ROW_A, (*ROW_B[:3], "예외"))
    second = write_export(tmp_path / "NewsResult_2.xlsx", ROW_A, ROW_B, ROW_B)
    corpus = kornews.read_corpus([first, second])
    assert corpus.names == (ROW_A[0], ROW_B[0])
    assert corpus.notes == (
        f"{first}: 1 of 2 rows left out, marked 분석제외 여부 (예외 1)",
        f"{second}: 2 rows left out, their 뉴스 식별자 already read",
    )
    code, out, err = run(capsys, "terms", str(first), str(second), "--format", "csv")
    assert code == 0
    assert err == "".join(f"kornews: note: {note}\n" for note in corpus.notes)
    counts = pd.read_csv(io.StringIO(out), dtype={"article": str}).set_index(["article", "term"])
    assert counts.loc[(ROW_A[0], "제로페이"), "count"] == 2  # title and body, once: not 4


def test_a_row_named_like_a_file_gets_the_exports_path(tmp_path):
    write_export(tmp_path / "NewsResult_1.xlsx", ROW_A)
    (tmp_path / f"{ROW_A[0]}.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = kornews.read_corpus(tmp_path / "*")
    assert corpus.names == (ROW_A[0], f"{tmp_path / 'NewsResult_1'}/{ROW_A[0]}")


# 12. Markup in a title shows as the title's text in a report, never as a link or an image.


@pytest.mark.parametrize(
    "title",
    [
        '속보 <img src="http://evil.example/x.png"> 발표',
        "자료 https://example.com/a?b=1&c=2 참고",
        "~~취소~~ 아닌 발표",
        "<a href='javascript:alert(1)'>클릭</a> 기사",
    ],
)
def test_article_text_in_markdown_shows_as_text(title):
    rendered = markdown2html_mistune(f"**{escape(title)}**: 3 sections")
    assert "<a " not in rendered and "<img" not in rendered and "<del" not in rendered
    shown = html.unescape(re.sub("<[^>]+>", "", rendered)).strip()
    assert shown == f"{title}: 3 sections"


# 13. A newcomer's walk: a file of many megabytes is no article, said at once.

LONG = ARTICLE * 110_000  # 50 characters a copy: 5,500,000 characters


@pytest.mark.parametrize("verb", ["parse", "summary", "terms"])
def test_a_text_longer_than_any_article_is_refused_before_parsing(tmp_path, capsys, verb):
    path = tmp_path / "all.txt"
    path.write_text(LONG, encoding="utf-8")
    code, out, err = run(capsys, verb, str(path))
    assert code == 1 and not out and one_line(err)
    assert f"{path}: 5,500,000 characters, more than one article holds (at most 5,000,000)" in err


def test_a_long_text_in_a_folder_is_skipped_by_name(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LONG, encoding="utf-8")
    code, out, err = run(capsys, "terms", str(tmp_path), "--format", "csv", "--skip-bad")
    assert code == 3 and set(pd.read_csv(io.StringIO(out))["article"]) == {"a"}
    assert err.startswith(f"kornews: skipped {tmp_path / 'b.txt'}: 5,500,000 characters")


SAVED_PAGE = os.path.join(os.path.dirname(__file__), "layouts", "hanbit_page.html")


def test_the_character_limit_counts_the_text_and_a_pages_text_without_markup(monkeypatch):
    import kornews.article.read as reading

    monkeypatch.setattr(reading, "MAX_CHARACTERS", len(ARTICLE))
    assert read_article(ARTICLE).title == "서울시, 새 정책 발표"
    with pytest.raises(ArticleError, match="<text>: 51 characters"):
        read_article(ARTICLE + "\n")
    monkeypatch.setattr(reading, "MAX_CHARACTERS", 100)
    with pytest.raises(ArticleError, match=r"hanbit_page\.html: [\d,]+ characters"):
        read_article(SAVED_PAGE)


def test_the_character_limit_is_raised_or_refused_from_the_environment(monkeypatch):
    monkeypatch.setenv("KORNEWS_MAX_CHARACTERS", str(len(ARTICLE) - 1))
    with pytest.raises(ArticleError, match="raise the limit with KORNEWS_MAX_CHARACTERS=N"):
        read_article(ARTICLE)
    monkeypatch.setenv("KORNEWS_MAX_CHARACTERS", "many")
    with pytest.raises(
        ArticleError, match="KORNEWS_MAX_CHARACTERS: expected a number of characters"
    ):
        read_article(ARTICLE)


def test_a_page_of_megabytes_of_script_and_inline_images_is_read(tmp_path):
    # A page saved whole (SingleFile): its scripts, styles and images inside it are no text.
    with open(SAVED_PAGE, encoding="utf-8") as file:
        page = file.read()
    heavy = page.replace(
        "</head>",
        f"<script>var x = '{'가' * 1_100_000}';</script><style>p {{}}/*{'x' * 1_100_000}*/</style>"
        f"<!-- {'y' * 1_100_000} --></head>",
    ).replace("<body>", f'<body><img src="data:image/png;base64,{"A" * 1_100_000}">')
    assert len(heavy) > 4_400_000
    (tmp_path / "heavy.html").write_text(heavy, encoding="utf-8")
    read, plain = read_article(tmp_path / "heavy.html"), read_article(SAVED_PAGE)
    assert (read.title, read.sections) == (plain.title, plain.sections) and plain.sections


# 14. Ctrl-C at a terminal reaches every process of the group: local Dask workers leave it to the
# command, which closes the cluster (each printed a traceback of its own before).


@pytest.mark.slow
def test_local_workers_leave_ctrl_c_to_the_command():
    import signal

    from kornews.spread import cluster

    before = signal.getsignal(signal.SIGINT)
    with cluster(workers=1) as client:
        assert signal.getsignal(signal.SIGINT) is before  # the command still answers Ctrl-C
        answers = client.run(lambda: signal.getsignal(signal.SIGINT))
    assert list(answers.values()) == [signal.SIG_IGN]
