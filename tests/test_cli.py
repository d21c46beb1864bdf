"""The command line: the seed's structure as JSON, tables in three formats, one-line errors."""

import errno
import io
import json
import os
import re
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import kornews
from kornews.article import ArticleError
from kornews.cli import main
from kornews.cli.output import _plain_errors, _width, table_text
from kornews.cli.verbs import VERBS

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_parse_json_shows_the_structure(capsys, seed_path):
    code, out, err = run(capsys, "parse", str(seed_path), "--format", "json")
    assert code == 0 and not err
    data = json.loads(out)
    assert data["title"].startswith("대권주자 이미지에 가려졌지만")
    assert data["outlet"] == "디지털데일리" and data["reporter"] == "이상일"
    assert [len(s["paragraphs"]) for s in data["sections"]] == [2, 9, 3, 3]
    assert data["sections"][0]["heading"] is None
    assert data["footer"][0] == "<이상일 기자>2401@ddaily.co.kr"


def test_tokens_csv(capsys, seed_path, seed_tokens):
    code, out, _ = run(capsys, "tokens", str(seed_path), "--format", "csv")
    assert code == 0
    table = pd.read_csv(io.StringIO(out))
    assert list(table.columns) == list(seed_tokens.columns)
    assert len(table) == len(seed_tokens)
    assert (table["form"] == "제로페이").sum() == 8


def test_tokens_json_and_table(capsys, seed_path):
    code, out, _ = run(capsys, "tokens", str(seed_path), "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["part"] == "title" and isinstance(rows[0]["start"], int)
    code, out, _ = run(capsys, "parse", str(seed_path))
    assert code == 0 and "heading" in out and "footer" in out


def test_standard_input(capsys, monkeypatch, seed_path):
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(seed_path.read_bytes().decode().encode("cp949")))
    )
    code, out, _ = run(capsys, "parse", "-", "--format", "json")
    assert code == 0 and json.loads(out)["reporter"] == "이상일"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: write(d / "empty.txt", b""), "is empty"),
        (lambda d: write(d / "x.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00"), "binary"),
        (lambda d: write(d / "x.txt", b"\xff\xfd\x80\x80"), "cannot decode"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(capsys, tmp_path, make, message):
    code, out, err = run(capsys, "parse", str(make(tmp_path)))
    assert code == 1 and not out
    assert err.count("\n") == 1 and message in err and err.startswith("kornews: error:")


def test_module_entry_point_has_no_traceback(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kornews", "tokens", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "no such file" in done.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"kornews {kornews.__version__}\n"


def test_unknown_verb_is_a_usage_error(capsys, seed_path):
    with pytest.raises(SystemExit) as caught:
        main(["nonsense", str(seed_path)])
    assert caught.value.code == 2


def test_a_very_long_path_is_one_line_not_a_traceback(capsys):
    code, out, err = run(capsys, "parse", "x" * 300)
    assert code == 1 and err.startswith("kornews: error:") and err.count("\n") == 1


def _run_module(*argv, env=None):
    import os

    return subprocess.run(
        [sys.executable, "-m", "kornews", *argv],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def test_file_names_that_are_not_utf8_print_as_text(tmp_path, seed_path):
    # Unpacked from a Korean Windows zip, 첫기사.txt has a CP949 name; \xff reads in no encoding.
    folder = bytes(tmp_path) + b"/"
    for name in ("첫기사".encode("cp949") + b".txt", b"\xff.txt"):
        with open(folder + name, "wb") as file:
            file.write(seed_path.read_bytes())
    done = _run_module("parse", folder + "첫기사".encode("cp949") + b".txt", "--format", "json")
    assert done.returncode == 0 and not done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["name"] == "첫기사"
    kornews.tokenize(kornews.read_article(seed_path))  # kept: the command needs no Kiwi model
    done = _run_module("terms", folder, "--format", "csv")
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    table = pd.read_csv(io.StringIO(done.stdout.decode("utf-8")))  # strict UTF-8: no stray bytes
    assert set(table["article"]) == {"첫기사", "\\xff"}
    done = _run_module("parse", folder + b"\xff\xfe-missing.txt")
    assert done.returncode == 1 and done.stderr.decode("utf-8").startswith("kornews: error: ")
    assert "\\xff\\xfe-missing.txt: no such file" in done.stderr.decode("utf-8")


def test_standard_input_over_the_limit_stops_with_the_limit(capsys, monkeypatch):
    monkeypatch.setenv("KORNEWS_MAX_BYTES", "1000")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    code, out, err = run(capsys, "parse", "-")
    assert code == 1 and not out
    assert err == (
        "kornews: error: <stdin>: larger than the limit of 1,000 bytes "
        "(raise it with KORNEWS_MAX_BYTES=BYTES, or read_article(..., max_bytes=BYTES))\n"
    )


def test_an_endless_standard_input_stops():
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(
            [sys.executable, "-m", "kornews", "tokens", "-"],
            stdin=zero,
            capture_output=True,
            text=True,
            timeout=60,
            env={**__import__("os").environ, "KORNEWS_MAX_BYTES": "1000000"},
        )
    assert (
        done.returncode == 1 and "<stdin>: larger than the limit of 1,000,000 bytes" in done.stderr
    )


def test_numbers_of_hundreds_and_thousands_of_digits_print_in_every_format(capsys, tmp_path):
    # 309 digits is past a float; 5000 past what Python prints (already handled before issue 15).
    path = write(
        tmp_path / "big.txt", f"제목\n가격은 {'9' * 309}원이다. 수량은 {'1' * 5000}개다.\n".encode()
    )
    for verb in ("figures", "summary"):
        for fmt in ("table", "csv", "json"):
            code, out, err = run(capsys, verb, str(path), "--format", fmt)
            assert code == 0 and not err, (verb, fmt, err)
    code, out, _ = run(capsys, "figures", str(path), "--format", "json")
    rows = json.loads(out)
    assert rows[0]["value"] == int("9" * 309) and rows[0]["number"] is None
    assert rows[1]["value"] is None and rows[1]["flag"] == "too long"


def test_a_figures_table_writes_partial_dates_as_a_reader_does_and_csv_keeps_iso(capsys, tmp_path):
    # Invented: a bare day, a month and day, a year, and a count that must stay a number.
    path = write(
        tmp_path / "dates.txt",
        "제목\n행사는 10일 열린다. 접수는 2월 15일까지이며 2020년에 시작해 300명이 왔다.\n".encode(),
    )
    code, out, err = run(capsys, "figures", str(path), "--format", "table")
    assert code == 0 and not err
    lines = out.splitlines()
    assert [line.split()[:2] for line in lines[1:]] == [
        ["10일", "10일"],
        ["2월", "15일"],
        ["2020년", "2020년"],
        ["300명", "300"],
    ]
    assert lines[2].split()[2:4] == ["2월", "15일"]  # the value column: 2월 15일
    assert "---10" not in out and "--02-15" not in out
    code, out, _ = run(capsys, "figures", str(path), "--format", "csv", "--raw-csv")
    values = pd.read_csv(io.StringIO(out), dtype=str)["value"].tolist()
    assert values == ["---10", "--02-15", "2020", "300"]


@pytest.mark.parametrize("verb", ["figures", "entities", "quotes"])
def test_tables_show_missing_values_blank(capsys, seed_path, verb):
    # The seed's figures lack units, measures and details; its entities, titles and affiliations.
    assert main([verb, str(seed_path)]) == 0
    printed = capsys.readouterr().out
    assert printed.strip() and not any(word in printed.split() for word in ("NaN", "None", "<NA>"))


def test_a_table_over_several_articles_lines_up_under_one_header(capsys, tmp_path):
    # Articles of different widths, Hangul two columns wide in a terminal: every line as wide as the header.
    write(tmp_path / "a.txt", "짧은 제목\n가상시가 주민센터 세 곳을 연다.\n".encode())
    write(
        tmp_path / "long_article_name.txt",
        "제목\n가상시 주민센터 주민센터 소상공인 지원이 늘었다.\n".encode(),
    )
    code, out, err = run(capsys, "terms", str(tmp_path))
    assert code == 0 and not err
    lines = out.rstrip("\n").split("\n")
    assert sum(line.split() == lines[0].split() for line in lines) == 1  # one header
    width = [
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in lines
    ]
    assert len(set(width)) == 1, lines
    assert {line.split()[0] for line in lines[1:]} == {"a", "long_article_name"}


def raising(error):
    def run(*args, **kwargs):
        raise error

    return run


FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    "argv, patches, code, said",
    [
        (["sql", "STORE", "SELECT 1"], {"kornews.store.sql": KeyboardInterrupt()}, 130, ""),
        (
            ["sql", "STORE", "SELECT 1"],
            {"kornews.store.sql": ArticleError("STORE: not a store\x1b[2J")},
            1,
            "kornews: error: STORE: not a store␛[2J\n",
        ),
        (
            ["sql", "STORE", "SELECT 1"],
            {"kornews.store.sql": pd.DataFrame({"n": [1]}), "kornews.cli.store._write": FULL},
            1,
            "kornews: error: cannot write the output (No space left on device)\n",
        ),
        (
            ["index", "FOLDER", "--store", "STORE"],
            {"kornews.store.index": PermissionError(errno.EACCES, "Permission denied")},
            1,
            "kornews: error: STORE: cannot write the store (Permission denied)\n",
        ),
        (["report", "SEED"], {"kornews.cli.reader_report": KeyboardInterrupt()}, 130, ""),
        (
            ["report", "SEED", "--out", "MISSING/report.html"],
            {"kornews.cli.reader_report": "<p>보고서</p>"},
            1,
            "kornews: error: MISSING/report.html: cannot write the report (No such file or directory)\n",
        ),
    ],
)
def test_every_command_says_what_stops_it_in_one_line(
    argv, patches, code, said, capsys, monkeypatch, seed_path, tmp_path
):
    import kornews.store  # noqa: F401  (the patches reach into it)

    names = {"SEED": str(seed_path), "MISSING": str(tmp_path / "missing")}
    argv = [next((v + a[len(k) :] for k, v in names.items() if a.startswith(k)), a) for a in argv]
    for target, done in patches.items():  # an error raised, else a result returned
        monkeypatch.setattr(
            target, raising(done) if isinstance(done, BaseException) else lambda *a, d=done, **k: d
        )
    found, out, err = run(capsys, *argv)
    assert (found, err) == (code, said.replace("MISSING", names["MISSING"]))


def test_an_error_writing_to_standard_output_that_is_no_full_disk_is_a_bug_raised():
    with pytest.raises(PermissionError):
        _plain_errors(raising(PermissionError(errno.EACCES, "Permission denied")))


def test_a_reader_gone_away_ends_the_command_quietly(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _plain_errors(raising(BrokenPipeError())) == 0
    assert sys.stderr.closed  # Python's own message at exit would go nowhere


NO_FIGURES = "숫자 없는 기사\n숫자가 없는 문장이다.\n"


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_a_folder_where_nothing_is_found_still_shows_the_columns(capsys, tmp_path, fmt):
    # As one article without figures does: before, a folder gave nothing at all (a CSV without
    # its header, an empty screen), as if the run had failed.
    for name in ("a", "b"):
        write(tmp_path / f"{name}.txt", NO_FIGURES.encode())
    code, out, err = run(capsys, "figures", str(tmp_path), "--format", fmt)
    assert code == 0 and not err
    assert out.count("\n") == 1 and out.split(",")[0].split()[0] == "article"
    assert {"text", "value", "unit", "kind"} <= set(out.replace(",", " ").split())


def test_one_article_where_nothing_is_found_shows_its_columns_not_pandas_words(capsys, tmp_path):
    code, out, _ = run(capsys, "figures", str(write(tmp_path / "a.txt", NO_FIGURES.encode())))
    assert code == 0 and out.split()[:3] == ["text", "value", "upper"]  # docs/store.md
    assert "Empty DataFrame" not in out and out.count("\n") == 1


def test_ctrl_c_inside_kiwis_call_back_into_python_is_an_interrupt(tmp_path, capsys, monkeypatch):
    # Kiwi turns a KeyboardInterrupt raised in the dictionary's callback into a ValueError
    # raised from it: before, Ctrl-C at that moment printed that ValueError's traceback.
    from kornews.tokens import UserDictionary

    write(
        tmp_path / "a.txt",
        "가상시 새 도서관\n가상시는 제로페이 가맹점을 늘린다고 밝혔다.\n".encode(),
    )
    monkeypatch.setattr(UserDictionary, "spans", raising(KeyboardInterrupt()))
    code, out, err = run(capsys, "tokens", str(tmp_path), "--format", "json")
    assert (code, err) == (130, "") and json.loads(out) == []


def test_a_value_error_of_another_cause_is_a_bug_raised():
    with pytest.raises(ValueError):
        _plain_errors(raising(ValueError("a bug")))


def test_ctrl_c_while_the_libraries_load_exits_130_without_a_traceback(monkeypatch):
    # python -m kornews spends seconds importing pandas, Kiwi and the rest before main() runs.
    import runpy
    import types

    class Loading(types.ModuleType):
        def __getattr__(self, name):
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "kornews.cli", Loading("kornews.cli"))
    with pytest.raises(SystemExit) as stopped:
        runpy.run_module("kornews.__main__", run_name="__main__")
    assert stopped.value.code == 130 and stopped.value.__cause__ is None


def test_ctrl_c_while_python_m_kornews_loads_pandas_exits_130_without_a_traceback(seed_path):
    # Python writes each import as it ends: Ctrl-C once pandas is half loaded, as a user's
    # lands in the first seconds (before, inside ``import kornews``, where no handler runs).
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    argv = [sys.executable, "-m", "kornews", "terms", str(seed_path)]
    process = subprocess.Popen(argv, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    sent = False
    for line in process.stderr:
        if b" pandas.core." in line:
            process.send_signal(signal.SIGINT)
            sent = True
            break
    err = process.stderr.read()
    assert sent
    assert process.wait(timeout=120) == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


@pytest.mark.parametrize("given", [",,,", " ", ""])
def test_trends_terms_without_a_term_is_a_usage_mistake(capsys, seed_path, given):
    # Before, it meant every term, as if --terms had not been given.
    with pytest.raises(SystemExit) as stopped:
        main(["trends", str(seed_path), "--terms", given])
    assert stopped.value.code == 2
    assert f"argument --terms: no terms in {given!r}: give them comma-separated" in (
        capsys.readouterr().err
    )


def test_a_table_for_reading_aligns_text_left_and_numbers_right():
    # Invented rows: a Hangul syllable takes two columns of a terminal.
    table = pd.DataFrame({"term": ["반도체", "AI"], "count": [12, 3], "share": [0.5, None]})
    assert table_text(table).split("\n") == [
        "term    count  share",
        "반도체     12    0.5",
        "AI          3",
    ]
    assert table_text(table.iloc[:0]) == "term  count  share"


def test_on_a_terminal_the_widest_text_is_cut_to_fit():
    table = pd.DataFrame(
        {"article": ["가상일보-1"], "sentence": ["가" * 40 + "나"], "start": [1234]}
    )
    whole = table_text(table)
    assert whole.split("\n")[1].rstrip().endswith("가나   1234")  # start: 5 columns, its header's
    lines = table_text(table, width=40).split("\n")
    # The sentence column, the widest, is narrowed to 40 - 10 (article) - 5 (start) - 4 (gaps).
    assert all(_width(line) <= 40 for line in lines)
    assert "…" in lines[1] and lines[1].startswith("가상일보-1") and lines[1].endswith("1234")


def test_piped_output_keeps_every_cell_whole(capsys, seed_path):
    # Under pytest standard output is no terminal: a quotation longer than any terminal is whole.
    assert main(["quotes", str(seed_path)]) == 0
    lines = capsys.readouterr().out.split("\n")
    assert max(map(_width, lines)) > 200 and "…" not in "\n".join(lines)


def test_related_and_duplicates_without_a_row_say_why(capsys, seed_path, tmp_path):
    assert main(["related", str(seed_path), "--term", "없는말"]) == 0
    captured = capsys.readouterr()
    assert captured.out.split() == [
        "term",
        "related",
        "both",
        "term_units",
        "related_units",
        "units",
        "expected",
        "g2",
        "pmi",
    ]
    # A term in no sentence (mistyped, or no noun) is said to be absent, not to lack company.
    assert (
        captured.err
        == "kornews: note: '없는말' is in no sentence of these articles as a term (kornews terms lists them)\n"
    )
    (tmp_path / "market.txt").write_text("시장 소식\n전통시장 매출이 늘었다.\n", encoding="utf-8")
    assert main(["related", str(tmp_path / "market.txt"), "--term", "전통시장"]) == 0
    assert (
        capsys.readouterr().err
        == "kornews: note: no term is written with '전통시장' in 3 sentences or more, more often than chance\n"
    )
    (tmp_path / "market.txt").unlink()
    for name in ("a", "b"):
        write(
            tmp_path / f"{name}.txt", f"{name} 제목\n서로 다른 {name} 기사의 본문이다.\n".encode()
        )
    assert main(["duplicates", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.split()[0] == "article" and captured.out.count("\n") == 1
    assert (
        captured.err.startswith("kornews: note: no two articles share enough")
        and captured.err.count("\n") == 1
    )


def test_help_names_the_commands_with_their_own_options(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for command in ("kornews cache [--clear]", "kornews index PATH...", "kornews sql DIR"):
        assert command in shown
    for command in ("cache", "index", "sql"):
        with pytest.raises(SystemExit) as stopped:
            main([command, "--help"])
        assert stopped.value.code == 0


# Every verb that reads a folder, as the help and a one-article verb's error name them.
MANY = "duplicates, entities, figures, quotes, related, reuse, terms, tokens, topics and trends"


def test_help_names_every_verb_that_takes_a_folder(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert f"{MANY} also take several files, folders" in " ".join(out.split())
    # Each verb's help opens a line of its own, not a paragraph of thirteen.
    opened = {line.split(":")[0] for line in map(str.strip, out.splitlines()) if ": " in line}
    assert set(MANY.replace(" and ", ", ").split(", ")) | {"parse", "summary", "report"} <= opened


def test_the_corpus_page_names_every_verb_that_takes_a_folder():
    """docs/corpus-and-scale.md opens "Many articles" with the verbs that take several paths:
    those of the code, not a list that drifts from it."""
    page = (ROOT / "docs" / "corpus-and-scale.md").read_text(encoding="utf-8")
    opening = page.split("## Many articles", 1)[1].split(" also take several", 1)[0]
    takes_many = {name for name, verb in VERBS.items() if verb.corpus}
    assert re.findall(r"`(\w+)`", opening) == sorted(takes_many)
    assert ", ".join(sorted(takes_many)[:-1]) + f" and {sorted(takes_many)[-1]}" == MANY


@pytest.mark.parametrize("verb", ["parse", "summary"])
def test_a_one_article_verb_given_a_folder_names_the_verbs_that_take_one(capsys, tmp_path, verb):
    (tmp_path / "a.txt").write_text("제목\n본문 문장이다.\n", encoding="utf-8")
    code, out, err = run(capsys, verb, str(tmp_path))
    assert code == 1 and not out and len(err.splitlines()) == 1
    assert "is a directory" in err and f"{verb} takes one article file; {MANY} take several" in err
    code, _, err = run(capsys, verb, str(tmp_path / "a.txt"), str(tmp_path / "a.txt"))
    assert code == 1 and "is a directory" not in err and f"{MANY} take several" in err


def test_trends_say_what_their_rows_of_zeros_stand_for(capsys, tmp_path):
    # Dated by their file names in January and April; one undated: February and March hold no
    # article, and the undated one is counted apart.
    for name in ("20200115_시장.txt", "20200420_시장.txt", "undated.txt"):
        (tmp_path / name).write_text("시장 소식\n전통시장 매출이 늘었다.\n", encoding="utf-8")
    code, out, err = run(capsys, "trends", str(tmp_path), "--terms", "시장", "--format", "csv")
    table = pd.read_csv(io.StringIO(out))
    assert code == 0 and list(table["period"]) == [
        "2020-01",
        "2020-02",
        "2020-03",
        "2020-04",
        "undated",
    ]
    assert "1 of 3 articles have no date" in err
    assert "2 of 4 periods from 2020-01 to 2020-04 hold no article" in err
    assert "--no-empty-periods leaves them out" in err
    code, out, err = run(
        capsys, "trends", str(tmp_path), "--terms", "시장", "--format", "csv", "--no-empty-periods"
    )
    table = pd.read_csv(io.StringIO(out))
    assert code == 0 and list(table["period"]) == ["2020-01", "2020-04", "undated"]
    assert list(table["articles"]) == [1, 1, 1] and "hold no article" not in err
    # One dated article: no period without one, nothing undated, so nothing to say.
    code, _, err = run(capsys, "trends", str(tmp_path / "20200115_시장.txt"), "--terms", "시장")
    assert code == 0 and "note" not in err


def test_a_summary_of_an_empty_body_says_why_it_has_no_row(capsys, tmp_path, seed_path):
    # A photo page read as its caption alone: the header, and one line saying why, not silence.
    page = write(
        tmp_path / "photo.txt", "광장에 벚꽃이 활짝 핀 가운데 시민들이 걷고 있다\n".encode()
    )
    code, out, err = run(capsys, "summary", str(page))
    assert code == 0 and out.split() == [
        "section",
        "sentence",
        "start",
        "end",
        "text",
        "score",
        "rank",
    ]
    assert err == (
        "kornews: note: no sentence to summarise: the article's body is empty (a photo page, "
        "a page read as its title alone)\n"
    )
    code, out, err = run(capsys, "summary", str(seed_path))
    assert code == 0 and out.count("\n") > 1 and err == ""
