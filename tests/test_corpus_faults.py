"""A corpus run loses nothing at a bad file or Ctrl-C, and hands a spreadsheet nothing it would
run: the articles read before a stop are written, --skip-bad goes on past bad files and lists
them, JSON stays valid, CSV text cells never open as formulas, odd exports are read once or
refused with their reason."""

import csv
import io
import json
import signal
import subprocess
import sys
import time
import zipfile

import openpyxl
import pandas as pd
import pytest

import kornews
from broken_rule import break_figures_on
from kornews.cells import neutralised
from kornews.cli import main

# Invented articles; the third paragraph opens with text a spreadsheet would take for a formula.
ARTICLE = (
    "{n}번 기사 제목\n서울시가 제로페이 가맹점을 {n}만 곳 늘렸다.\n결제 건수는 -3.5% 줄었다.\n"
)
LINK = '=HYPERLINK("http://example.com/x","클릭")'
BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00"
HEADER = ["뉴스 식별자", "일자", "언론사", "기고자", "제목", "본문", "URL", "분석제외 여부"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def folder(tmp_path):
    """a1 ... a5, and a binary file (a3b) sorted between a3 and a4."""
    for n in range(1, 6):
        (tmp_path / f"a{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (tmp_path / "a3b.txt").write_bytes(BINARY)
    return tmp_path


def csv_articles(out: str) -> list[str]:
    return list(dict.fromkeys(row["article"] for row in csv.DictReader(io.StringIO(out))))


def test_a_bad_file_stops_the_run_after_every_article_before_it(folder, capsys):
    # All six files fall in one Kiwi batch: the three read before the bad one must still be written.
    code, out, err = run(capsys, "terms", str(folder), "--format", "csv")
    assert code == 1
    assert csv_articles(out) == ["a1", "a2", "a3"]
    assert err == (
        f"kornews: error: {folder / 'a3b.txt'}: looks like a binary file, not text"
        " (--skip-bad goes on past it)\n"
    )


def test_tokenized_gives_the_articles_read_before_a_failing_one(folder):
    done = []
    with pytest.raises(kornews.ArticleError, match="a3b.txt"):
        for article, _ in kornews.tokenized(kornews.read_corpus(folder)):
            done.append(article.name)
    assert done == ["a1", "a2", "a3"]


def test_skip_bad_goes_on_lists_the_file_and_exits_3(folder, tmp_path, capsys):
    side = tmp_path / "skipped.csv"
    code, out, err = run(
        capsys, "terms", str(folder), "--format", "csv", "--skip-bad", "--skipped", str(side)
    )
    assert code == 3
    assert csv_articles(out) == ["a1", "a2", "a3", "a4", "a5"]
    assert err == f"kornews: skipped {folder / 'a3b.txt'}: looks like a binary file, not text\n"
    with open(side, newline="", encoding="utf-8") as file:
        assert list(csv.DictReader(file)) == [
            {"file": str(folder / "a3b.txt"), "reason": "looks like a binary file, not text"}
        ]


def test_allow_skipped_exits_0_and_still_lists(folder, capsys):
    code, out, err = run(capsys, "figures", str(folder), "--format", "csv", "--allow-skipped")
    assert code == 0 and csv_articles(out) == ["a1", "a2", "a3", "a4", "a5"]
    assert "skipped" in err and "a3b.txt" in err


def test_skip_bad_with_nothing_bad_exits_0_and_writes_an_empty_list(tmp_path, capsys):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a1.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    side = tmp_path / "skipped.csv"
    code, _, err = run(
        capsys, "terms", str(tmp_path / "news"), "--skip-bad", "--skipped", str(side)
    )
    assert code == 0 and not err
    assert side.read_text(encoding="utf-8").splitlines() == ["file,reason"]


def test_a_side_table_that_cannot_be_written_is_one_line(folder, capsys):
    target = folder / "missing-folder" / "skipped.csv"
    code, out, err = run(capsys, "terms", str(folder), "--format", "csv", "--skipped", str(target))
    # Found before the run: nothing is read or written.
    assert code == 1 and not out and err.count("\n") == 1
    assert err.startswith(f"kornews: error: {target}: cannot write the list of skipped files")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_is_valid_after_a_bad_file(folder, capsys, fmt):
    code, out, _ = run(capsys, "terms", str(folder), "--format", fmt)
    assert code == 1
    records = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert list(dict.fromkeys(r["article"] for r in records)) == ["a1", "a2", "a3"]


def test_json_of_a_folder_with_only_a_bad_file_is_an_empty_list(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(BINARY)
    code, out, _ = run(capsys, "terms", str(tmp_path), "--format", "json")
    assert code == 1 and json.loads(out) == []


def test_the_table_for_reading_shows_the_articles_before_a_bad_file(folder, capsys):
    code, out, _ = run(capsys, "terms", str(folder))
    assert code == 1 and "a3" in out and "a4" not in out


def test_json_is_valid_after_ctrl_c(tmp_path):
    # Enough articles that the run is still going when its first output has been flushed.
    for n in range(3000):
        (tmp_path / f"{n:04d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    out_path = tmp_path / "out.json"
    with open(out_path, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "kornews", "tokens", str(tmp_path), "--format", "json"],
            stdout=out,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        # Wait for records, not only the opening bracket.
        while out_path.stat().st_size < 100 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be interrupted"
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
    assert process.returncode == 130 and b"Traceback" not in err
    records = json.loads(out_path.read_text(encoding="utf-8"))
    names = list(dict.fromkeys(r["article"] for r in records))
    assert 0 < len(names) < 3000 and names == [f"{n:04d}" for n in range(len(names))]
    # The last article written is whole: all its tokens, not the ones written before Ctrl-C.
    last = kornews.tokenize(kornews.read_article(tmp_path / f"{names[-1]}.txt"))
    assert sum(r["article"] == names[-1] for r in records) == len(last)


def test_a_formula_in_an_article_opens_as_text(tmp_path, capsys):
    path = tmp_path / "link.txt"
    path.write_text(f"제목\n{LINK} 여기를 누르라는 문구다.\n+82 번호도 있다.\n", encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(path), "--format", "csv")
    assert code == 0
    texts = [row["text"] for row in csv.DictReader(io.StringIO(out))]
    assert f"'{LINK} 여기를 누르라는 문구다." in texts and "'+82 번호도 있다." in texts
    # openpyxl, like Excel, takes a cell that starts with = for a formula; the ' keeps it text.
    sheet = openpyxl.Workbook().active
    for row, text in enumerate(texts, start=1):
        sheet.cell(row=row, column=1, value=text)
    assert all(cell.data_type == "s" for (cell,) in sheet.iter_rows())
    code, out, _ = run(capsys, "parse", str(path), "--format", "csv", "--raw-csv")
    assert f"{LINK} 여기를 누르라는 문구다." in [
        r["text"] for r in csv.DictReader(io.StringIO(out))
    ]


def test_numbers_stay_numbers_and_text_that_looks_like_one_is_marked(folder, capsys):
    code, out, _ = run(capsys, "figures", str(folder / "a1.txt"), "--format", "csv")
    assert code == 0
    table = pd.read_csv(io.StringIO(out))
    row = table[table["unit"] == "%"].iloc[0]
    # The value column is numeric: -3.5 as a number; the text column is the article's words.
    assert row["value"] == -3.5 and row["text"] == "'-3.5%"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_formula_start_is_led_by_a_quote(start):
    table = pd.DataFrame({"text": [f"{start}1+1", "보통 글", None], "count": [-1, 2, 3]})
    out = neutralised(table)
    assert list(out["text"])[:2] == [f"'{start}1+1", "보통 글"] and out["text"].isna().iloc[2]
    assert list(out["count"]) == [-1, 2, 3] and out["count"].dtype == table["count"].dtype


def test_a_number_in_a_column_of_mixed_values_stays_a_number():
    table = pd.DataFrame({"value": [-2.5, "-2.5", "=1"]}, dtype=object)
    assert list(neutralised(table)["value"]) == [-2.5, "'-2.5", "'=1"]


def test_skipped_file_names_are_neutralised_too(tmp_path, capsys, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a1.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (tmp_path / "news" / "@bad.txt").write_bytes(BINARY)
    side = tmp_path / "skipped.csv"
    monkeypatch.chdir(tmp_path / "news")
    assert main(["terms", ".", "--format", "csv", "--skipped", str(side)]) == 3
    capsys.readouterr()
    assert [row["file"] for row in csv.DictReader(io.StringIO(side.read_text()))] == ["'@bad.txt"]


def export(path, *rows):
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def row(identifier, title, body="서울시가 제로페이 가맹점을 늘렸다."):
    return [identifier, "20200710", "가나일보", "홍길동", title, body, None, None]


def test_a_formula_cell_of_an_export_is_refused_by_row_and_column(tmp_path, capsys):
    # openpyxl stores no value for a formula: read as values, the title would be empty.
    path = export(
        tmp_path / "NewsResult.xlsx",
        row("01100101.1", "제로페이 확대"),
        row("01100101.2", '=CONCAT("제로","페이")'),
    )
    code, out, err = run(capsys, "terms", str(path), "--format", "csv")
    assert code == 1 and not out
    assert err.startswith("kornews: error: ") and err.count("\n") == 1
    assert 'row 3, column 제목: a formula (=CONCAT("제로","페이")), not a value' in err


def test_a_formula_in_a_column_kornews_does_not_read_is_left(tmp_path):
    path = export(tmp_path / "NewsResult.xlsx", row("01100101.1", "제로페이 확대"))
    book = openpyxl.load_workbook(path)
    book.active["I1"], book.active["I2"] = "메모", "=1+1"
    book.save(path)
    assert [a.title for a in kornews.read_corpus(path)] == ["제로페이 확대"]


def test_an_export_given_twice_is_read_once(tmp_path):
    path = export(tmp_path / "NewsResult.xlsx", row("01100101.1", "제로페이 확대"))
    (tmp_path / "link.xlsx").symlink_to(path)
    corpus = kornews.read_corpus([path, path, tmp_path / "link.xlsx"])
    assert corpus.names == ("01100101.1",)


def test_an_article_in_two_overlapping_exports_is_read_once(tmp_path):
    first = export(tmp_path / "a.xlsx", row("01100101.1", "하나"), row("01100101.2", "둘"))
    second = export(tmp_path / "b.xlsx", row("01100101.2", "둘"), row("01100101.3", "셋"))
    corpus = kornews.read_corpus([first, second])
    assert corpus.names == ("01100101.1", "01100101.2", "01100101.3")
    assert [a.title for a in corpus] == ["하나", "둘", "셋"]


def test_a_text_file_given_twice_is_read_once(tmp_path):
    path = tmp_path / "a1.txt"
    path.write_text(ARTICLE.format(n=1), encoding="utf-8")
    assert kornews.read_corpus([path, tmp_path, f"{tmp_path}/./a1.txt"]).names == ("a1",)


def with_declaration(source, target, member):
    """A copy of the workbook whose ``member`` declares a DTD with an entity."""
    with zipfile.ZipFile(source) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts[member] = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + parts[member]
    with zipfile.ZipFile(target, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return target


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_an_export_with_a_dtd_is_refused_saying_why(tmp_path, capsys, member):
    path = export(tmp_path / "plain.xlsx", row("01100101.1", "제로페이 확대"))
    bad = with_declaration(path, tmp_path / "NewsResult.xlsx", member)
    code, _, err = run(capsys, "terms", str(bad), "--format", "csv")
    assert code == 1 and err.count("\n") == 1
    assert "refused: its XML declares a DTD or entities" in err


def test_skip_bad_passes_over_a_refused_export(tmp_path, capsys):
    good = export(tmp_path / "good.xlsx", row("01100101.1", "제로페이 확대"))
    bad = with_declaration(good, tmp_path / "bad.xlsx", "xl/worksheets/sheet1.xml")
    code, out, err = run(capsys, "terms", str(good), str(bad), "--format", "csv", "--skip-bad")
    assert code == 3 and csv_articles(out) == ["01100101.1"]
    assert err.startswith(f"kornews: skipped {bad}: refused: its XML declares a DTD")


def test_read_corpus_hands_each_unreadable_file_to_skip(folder, tmp_path):
    bad_export = tmp_path / "NewsResult.xlsx"
    bad_export.write_bytes(b"not a workbook")
    skipped = []
    corpus = kornews.read_corpus([folder, bad_export], skip=skipped.append)
    assert [a.name for a in corpus] == ["a1", "a2", "a3", "a4", "a5"]
    assert skipped == [
        kornews.Unreadable(str(bad_export), "not an Excel workbook (BadZipFile)"),
        kornews.Unreadable(str(folder / "a3b.txt"), "looks like a binary file, not text"),
    ]


@pytest.fixture()
def broken_rule(tmp_path, monkeypatch):
    """a1 ... a5 in one folder (one chunk), where the figures' rule breaks on a3 alone."""
    for n in range(1, 6):
        (tmp_path / f"a{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    break_figures_on(monkeypatch, "a3")
    return tmp_path


def test_an_analysis_failing_on_an_article_stops_after_every_article_before_it(broken_rule, capsys):
    # a1 and a2 share a3's chunk: they are written, not lost with it.
    code, out, err = run(capsys, "figures", str(broken_rule), "--format", "csv")
    assert code == 1
    assert csv_articles(out) == ["a1", "a2"]
    assert err == (
        "kornews: error: a3: figures failed (ZeroDivisionError: division by zero)"
        " (--skip-bad goes on past it)\n"
    )
    code, out, _ = run(capsys, "figures", str(broken_rule), "--format", "json")
    assert code == 1 and list(dict.fromkeys(r["article"] for r in json.loads(out))) == ["a1", "a2"]


def test_skip_bad_goes_on_past_an_article_an_analysis_fails_on(broken_rule, tmp_path, capsys):
    side = tmp_path / "skipped.csv"
    argv = ["figures", str(broken_rule), "--format", "csv", "--skip-bad", "--skipped", str(side)]
    code, out, err = run(capsys, *argv)
    assert code == 3
    assert csv_articles(out) == ["a1", "a2", "a4", "a5"]
    assert err == "kornews: skipped a3: figures failed (ZeroDivisionError: division by zero)\n"
    with open(side, newline="", encoding="utf-8") as file:
        assert list(csv.DictReader(file)) == [
            {"file": "a3", "reason": "figures failed (ZeroDivisionError: division by zero)"}
        ]


def test_a_corpus_function_hands_the_article_it_fails_on_to_skip(broken_rule):
    documents = list(kornews.tokenized(kornews.read_corpus(broken_rule)))
    skipped = []
    tables = list(kornews.corpus_figures(documents, skip=skipped.append))
    assert skipped == [("a3", "figures failed (ZeroDivisionError: division by zero)")]
    assert list(dict.fromkeys(pd.concat(tables)["article"])) == ["a1", "a2", "a4", "a5"]
    # Without skip: the table of the articles before it, then the failure.
    given = kornews.corpus_figures(documents)
    assert list(dict.fromkeys(next(given)["article"])) == ["a1", "a2"]
    with pytest.raises(kornews.ArticleError, match="^a3: figures failed"):
        next(given)
