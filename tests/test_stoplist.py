"""The corpus stoplist: one choice of filler (kornews.terms.stoplisted) for every ranking of a
folder (top terms, trends, related terms, the leading term, topics), a reader's own words from a
file, and the command line's --stoplist FILE and --no-stoplist."""

import io

import pandas as pd
import pytest

import kornews
from folders import written
from kornews.article import ArticleError
from kornews.cli import main
from kornews.related import associations, leading_term, term_units
from kornews.terms import read_stoplist, stoplisted

# Invented stories in news' usual wording: 이번 and 진행 in each, more often than the subject;
# 지역 (the reader's own filler here: every story is local) in each too.
STORY = "{0} 소식\n이번 {0}는 이번 주 진행된다. 이번 {0}를 지역 주민이 진행한다. 이번 행사는 지역 행사다. 지역 주민이 진행한다.\n"
STORIES = {
    "20200703_축제.txt": STORY.format("축제"),
    "20200710_축제.txt": STORY.format("축제"),
    "20200805_공사.txt": STORY.format("공사"),
}
FILLER = frozenset({"이번", "진행"})


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return written(tmp_path_factory.mktemp("stories"), STORIES)


@pytest.fixture(scope="module")
def documents(folder):
    return list(kornews.tokenized(kornews.read_corpus(folder)))


def test_the_stoplist_is_the_tables_words_none_or_the_words_given_but_a_term_asked_for():
    assert stoplisted() == stoplisted(True) == kornews.corpus_stopwords() >= FILLER
    assert stoplisted(False) == frozenset()
    assert stoplisted(["지역"]) == {"지역"}
    assert stoplisted(keep=["이번"]) == kornews.corpus_stopwords() - {"이번"}
    with pytest.raises(TypeError, match="collection of words"):
        stoplisted("지역")  # one word, not its letters


def test_every_ranking_of_a_folder_leaves_out_the_same_words(documents):
    own = kornews.corpus_stopwords() | {"지역"}
    terms = pd.concat(kornews.corpus_terms(documents), ignore_index=True)
    assert kornews.term_totals(terms, stoplist=False)["term"].iloc[0] == "이번"
    totals = kornews.term_totals(terms)
    assert totals["term"].iloc[0] == "지역" and not FILLER & set(totals["term"])
    assert list(kornews.term_totals(terms, stoplist=own)["term"].head(2)) == ["주민", "행사"]
    assert set(kornews.trends(documents, top=1, stoplist=own)["term"]) == {"주민"}
    units = list(term_units(documents))
    assert leading_term(units, stoplist=False).term == "이번"
    assert leading_term(units).term == "지역"
    assert leading_term(units, stoplist=own).term == "주민"
    pairs = associations(units, min_count=1, top=None)
    assert "지역" in set(pairs[["term", "related"]].stack())
    pairs = associations(units, min_count=1, top=None, stoplist=own)
    assert not {"지역", *FILLER} & set(pairs[["term", "related"]].stack())


def test_topics_are_trained_without_the_filler(documents):
    def words(**options):
        return {term for doc in kornews.topic_documents(documents, **options) for term in doc.terms}

    assert words(stoplist=False) >= FILLER
    assert not FILLER & words() and "지역" in words()
    assert not words(stoplist=kornews.corpus_stopwords() | {"지역"}) & (FILLER | {"지역"})


def test_a_stoplist_file_is_a_word_a_line_with_comments(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text(
        "\ufeff# 지역 기사의 상투어\n지역\n\n  누리군  # 군 이름\nC#\n", encoding="utf-8"
    )
    assert read_stoplist(path) == {"지역", "누리군", "C#"}


@pytest.mark.parametrize(
    "content, message",
    [
        (None, r"missing\.txt: cannot read the stoplist \(No such file"),
        (b"\xff\xfe\x80", r"cannot read the stoplist \(not UTF-8\)"),
        ("지역\n가상 일보\n".encode(), r":2: expected one word a line, got '가상 일보'"),
        ("지역\t이번\n".encode(), r":1: expected one word a line"),
        ("# 아무 단어도 없다\n\n".encode(), r"holds no word"),
    ],
)
def test_a_bad_stoplist_file_names_itself(tmp_path, content, message):
    path = tmp_path / "missing.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_stoplist(path)


def _csv(capsys, *argv) -> pd.DataFrame:
    assert main([*argv, "--format", "csv"]) == 0
    return pd.read_csv(io.StringIO(capsys.readouterr().out))


def test_the_command_line_adds_a_file_or_drops_the_stoplist(capsys, folder, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("지역\n", encoding="utf-8")
    assert set(_csv(capsys, "trends", str(folder), "--top", "1")["term"]) == {"지역"}
    top = ["trends", str(folder), "--top", "1"]
    assert set(_csv(capsys, *top, "--stoplist", str(mine))["term"]) == {"주민"}
    assert set(_csv(capsys, *top, "--no-stoplist")["term"]) == {"이번"}
    # Only the file's words: the table's filler ranks again.
    only = _csv(
        capsys, "trends", str(folder), "--top", "2", "--no-stoplist", "--stoplist", str(mine)
    )
    assert list(dict.fromkeys(only["term"])) == ["이번", "진행"]

    def related(*flags):
        return set(_csv(capsys, "related", str(folder), *flags)[["term", "related"]].stack())

    assert "지역" in related() and not FILLER & related()
    assert related("--no-stoplist") >= FILLER
    assert "지역" not in related("--stoplist", str(mine))


@pytest.mark.parametrize("verb", ["trends", "related", "topics"])
def test_a_bad_stoplist_file_stops_the_command_in_one_line(capsys, folder, tmp_path, verb):
    bad = tmp_path / "bad.txt"
    bad.write_text("가상 시\n", encoding="utf-8")
    assert main([verb, str(folder), "--stoplist", str(bad)]) == 1
    captured = capsys.readouterr()
    assert not captured.out
    assert captured.err == f"kornews: error: {bad}:1: expected one word a line, got '가상 시'\n"


def test_help_names_both_flags(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "--stoplist FILE" in shown and "--no-stoplist" in shown
