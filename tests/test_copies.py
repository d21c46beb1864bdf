"""Copies and the same story across outlets, on seeds/copies (invented articles with planted
copies, edits, rewrites, one disagreeing figure) and on small corpora made here."""

import io
import json
import random
import sys
from pathlib import Path

import pandas as pd
import pytest

import kornews
from benchmark_scripts import load_benchmark
from kornews.cli import main
from kornews.duplicates import (
    clusters,
    find_pairs,
    members,
    normalised,
    pairs_table,
    relation,
    shared_facts,
    shingles,
)
from kornews.events import DATE_COLUMNS, event_dates
from kornews.reuse import difference

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "copies"
RELEASE = SEEDS / "release" / "press-release.txt"


@pytest.fixture(scope="module")
def articles():
    return list(kornews.read_corpus(SEEDS))


@pytest.fixture(scope="module")
def pairs(articles):
    return find_pairs(articles)


@pytest.fixture(scope="module")
def found(pairs):
    return pairs_table(pairs)


def _relation(found, a, b):
    row = found[(found["article"] == a) & (found["other_article"] == b)]
    return row["relation"].item() if len(row) else None


def test_spacing_and_punctuation_do_not_count():
    assert normalised("가상시, 청년 월세 (20만원)") == "가상시청년월세20만원"
    assert shingles("가상 시청, 년월") == shingles("가상시청년월")


def test_relations_by_the_stated_thresholds():
    assert relation(0.2, 0.0, exact=True) == "exact"
    assert relation(0.61, 0.0, exact=False) == "edit"
    assert relation(0.3, 0.7, exact=False) == "rewrite"
    # As much shared text, other numbers: two stories of one topic, not one story.
    assert relation(0.3, 0.2, exact=False) is None
    assert relation(0.1, 1.0, exact=False) is None


def test_shared_facts_is_the_share_of_the_fewer_numbers():
    assert shared_facts(frozenset({"2만명", "15일"}), frozenset({"2만명", "15일", "480억원"})) == 1
    assert shared_facts(frozenset({"2만명"}), frozenset()) == 0


def test_an_exact_copy_an_edit_and_a_rewrite_are_told_apart(found):
    assert _relation(found, "a01-yonhap", "a02-yonhap") == "exact"
    assert _relation(found, "a01-yonhap", "a03-newsis") == "edit"
    assert _relation(found, "a01-yonhap", "a05-news1") == "rewrite"
    exact = found[found["relation"] == "exact"]
    assert exact["similarity"].tolist() == [1.0]


def test_articles_of_another_story_are_in_no_pair(found):
    named = set(found["article"]) | set(found["other_article"])
    assert "a06-news1" not in named  # another city's scheme, the same topic
    assert "a07-yonhap" not in named  # another story of the same city


def test_a_cluster_names_its_outlets_dates_and_earliest_article(pairs):
    table = clusters(pairs)
    assert len(table) == 1
    row = table.iloc[0]
    assert row["articles"] == 5
    assert row["outlets"] == "뉴스1, 뉴시스, 아주경제, 연합뉴스"
    assert (row["first"], row["last"]) == ("2021-03-15T10:02", "2021-03-16T08:30")
    assert row["earliest"] == "a01-yonhap"
    assert row["relations"] == "exact, edit, rewrite"
    assert members(pairs)["article"].tolist() == [
        "a01-yonhap",
        "a02-yonhap",
        "a03-newsis",
        "a04-ajunews",
        "a05-news1",
    ]


def test_the_same_corpus_gives_the_same_pairs(articles, found):
    assert kornews.duplicates(kornews.read_corpus(SEEDS)).equals(found)


def test_an_empty_body_pairs_with_nothing():
    empty = [kornews.parse_article("제목만 있다", name=n) for n in ("a", "b")]
    assert kornews.duplicates(empty).empty


def test_difference_marks_dropped_and_added_words():
    assert difference("시장은 말했다.", "시장은 강조했다.") == "시장은 [-말했다.-] {+강조했다.+}"
    assert difference("가 나 다", "가 다 라") == "가 [-나-] 다 {+라+}"


@pytest.fixture(scope="module")
def reused(articles):
    source = kornews.read_article(RELEASE)
    documents = kornews.tokenized([source, *articles])
    return pd.concat(kornews.reuse(next(documents), documents), ignore_index=True)


def test_reuse_shares_per_article(reused):
    shares = kornews.shares(reused).set_index("article")
    assert shares.loc["a01-yonhap", "share"] == 1.0
    # The new lead is its own; the six others are the release's.
    assert shares.loc["a03-newsis", ["sentences", "aligned", "own"]].tolist() == [7, 6, 1]
    assert shares.loc["a07-yonhap", "share"] == 0.0
    # The ajunews rewrite adds a student's and a councillor's words of its own.
    assert shares.loc["a04-ajunews", "own"] >= 2


def test_reuse_marks_the_swapped_verb(reused):
    rows = reused[reused["article"] == "a03-newsis"]
    quote = rows[rows["text"].str.startswith("김하늘")].iloc[0]
    assert quote["source_sentence"] == 6
    assert "[-말했다.-] {+강조했다.+}" in quote["difference"]
    lead = rows[rows["sentence"] == 1].iloc[0]
    assert pd.isna(lead["source_sentence"]) and pd.isna(lead["difference"])


@pytest.fixture(scope="module")
def lined_up(articles, pairs):
    events = dict(zip(members(pairs)["article"], members(pairs)["cluster"]))
    return events, kornews.lineup(kornews.tokenized(articles), events=events)


def test_a_figure_that_disagrees_is_flagged(lined_up):
    _, lineup = lined_up
    youth = lineup.figures[lineup.figures["measure"] == "지원 대상 청년"]
    assert sorted(zip(youth["article"], youth["text"])) == [
        ("a01-yonhap", "2만명"),
        ("a02-yonhap", "2만명"),
        ("a03-newsis", "2만명"),
        ("a04-ajunews", "2만5000명"),
    ]
    assert youth["disagrees"].all()
    budget = lineup.figures[lineup.figures["text"] == "480억원"]
    assert not budget["disagrees"].any()


def test_dates_are_lined_up_resolved(lined_up):
    _, lineup = lined_up
    announced = lineup.dates[lineup.dates["text"] == "15일"]
    assert set(announced["resolved"]) == {"2021-03-15"}
    assert len(announced) == 5


def test_each_date_of_an_event_counts_its_articles_and_outlets():
    dates = pd.DataFrame(
        [
            (1, "2024-03-15", "a", "연합뉴스", "15일"),
            (1, "2024-03-15", "b", "뉴스1", "15일"),
            (1, "2024-03-15", "b", "뉴스1", "이날"),
            (1, "2024-04", "c", None, "4월"),
            (2, "2024-03-15", "d", "뉴시스", "15일"),
        ],
        columns=DATE_COLUMNS,
    )
    told = event_dates(dates)
    assert told.to_dict(orient="records") == [
        {"event": 1, "resolved": "2024-03-15", "articles": 2, "outlets": "뉴스1, 연합뉴스"},
        {"event": 1, "resolved": "2024-04", "articles": 1, "outlets": ""},
        {"event": 2, "resolved": "2024-03-15", "articles": 1, "outlets": "뉴시스"},
    ]
    empty = event_dates(pd.DataFrame(columns=DATE_COLUMNS))
    assert empty.empty and list(empty.columns) == ["event", "resolved", "articles", "outlets"]


def test_voices_only_some_outlets_carry(lined_up, articles):
    events, lineup = lined_up
    outlets = {a.name: a.outlet for a in articles}
    voices = kornews.voices(lineup.quotes, events=events, outlets=outlets).set_index("speaker")
    assert voices.loc["정바다", "outlets"] == "뉴스1"
    assert voices.loc["정바다", "missing"] == "뉴시스, 아주경제, 연합뉴스"
    # The mayor's words in every outlet, quoted directly or reported: one quotation. The speaker
    # is the name (김하늘 가상시장 before quotes read a name and title before the marks apart).
    mayor = voices.loc["김하늘"]
    assert (mayor["quotes"], mayor["articles"]) == (1, 5) and pd.isna(mayor["missing"])


def test_cli_duplicates_writes_the_pairs(capsys):
    assert main(["duplicates", str(SEEDS), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["article"], r["other_article"], r["relation"]) for r in rows} >= {
        ("a01-yonhap", "a02-yonhap", "exact"),
        ("a01-yonhap", "a03-newsis", "edit"),
    }


def test_cli_reuse_writes_each_sentence(capsys):
    assert main(["reuse", str(RELEASE), str(SEEDS), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table.columns[:3]) == ["article", "outlet", "share"]
    assert table.loc[table["article"] == "a07-yonhap", "share"].unique().tolist() == [0.0]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["reuse", str(RELEASE)], "reuse takes a source article and a corpus"),
        (["reuse", str(SEEDS)], "reuse takes a source article and a corpus"),
        (["duplicates", "{empty}"], "no article files"),
        (["duplicates", "{broken}"], "gone.txt"),
    ],
)
def test_cli_bad_input_is_one_line(argv, message, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.txt").write_text("제목\n\n본문이다.\n", encoding="utf-8")
    (broken / "gone.txt").symlink_to(tmp_path / "missing.txt")
    argv = [a.format(empty=empty, broken=broken) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_value_disagrees_only_where_another_article_lacks_it():
    texts = {
        "a": "지원 대상 청년은 2만명이다. 내년 지원 대상 청년은 3만명이다.",
        "b": "지원 대상 청년은 2만명이다.",
        "c": "지원 대상 청년은 2만5000명이다.",  # another event: never compared
    }
    articles = [kornews.parse_article(f"제목\n\n{t}", name=n) for n, t in texts.items()]
    lineup = kornews.lineup(kornews.tokenized(articles), events={"a": 1, "b": 1, "c": 2})
    flagged = lineup.figures.set_index(["article", "text"])["disagrees"]
    assert flagged.to_dict() == {
        ("a", "2만명"): False,
        ("a", "3만명"): True,
        ("b", "2만명"): False,
        ("c", "2만5000명"): False,
    }


@pytest.fixture(scope="module")
def benchmark():
    yield load_benchmark("copies")
    del sys.modules["copies_benchmark"]


def test_the_benchmark_plants_each_relation(benchmark):
    planted = benchmark.stories(6, random.Random(1))
    roles = {p.role for p in planted}
    assert {"original", "edit", "rewrite", "unrelated"} <= roles
    relations = set(benchmark.truth(planted).values())
    assert relations <= {"exact", "edit", "rewrite"} and {"edit", "rewrite"} <= relations
    # Unrelated stories are in no planted pair.
    paired = {name for pair in benchmark.truth(planted) for name in pair}
    assert not {p.name for p in planted if p.role == "unrelated"} & paired


def test_planted_pairs_are_found_at_the_target(benchmark):
    scores = benchmark.score_pairs(benchmark.stories(90, random.Random(benchmark.SEED)))
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.95
