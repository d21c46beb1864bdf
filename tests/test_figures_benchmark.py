"""benchmarks/figures.py on any folder and gold (--texts, --gold, --dates), on invented articles."""

from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "가상지수 마감\n가상지수는 20일 1.5% 오른 2,650.10에 마쳤다. 이날 외국인은 300억원을 샀다.\n"
)
HEADER = "article\ttext\tvalue\tunit\tkind\tapproximate\tresolved\n"
# Read by hand: the article is of 21 February 2024, so 20일 and the 이날 after it are the 20th.
ROWS = [
    "20일\t---20\t일\tdate\t0\t2024-02-20",
    "1.5%\t1.5\t%\tpercent\t0\t",
    "2,650.10\t2650.10\t\tother\t0\t",
    "이날\t\t\tdate\t0\t2024-02-20",
    "300억원\t30000000000\t원\tmoney\t0\t",
]


@pytest.fixture(scope="module")
def benchmark():
    return load_benchmark("figures")


def _batch(folder: Path, rows: list[str]) -> list[str]:
    texts = folder / "texts"
    texts.mkdir()
    (texts / "001.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gold.tsv").write_text(
        "# a comment line\n" + HEADER + "".join(f"001\t{row}\n" for row in rows), encoding="utf-8"
    )
    (folder / "urls.tsv").write_text(
        "file\turl\tdate\n001.txt\thttps://example.org/1\t2024-02-21\n"
    )
    return ["--texts", str(texts), "--gold", str(folder / "gold.tsv")]


def test_a_folder_and_its_gold_are_scored_with_dates_resolved(benchmark, tmp_path, capsys):
    arguments = _batch(tmp_path, ROWS)
    assert benchmark.main([*arguments, "--dates", str(tmp_path / "urls.tsv")]) == 0
    out = capsys.readouterr().out
    assert "4 gold figures in 1 articles, 4 rows found" in out  # 이날 has no numeral: dates only
    assert "value only:              precision 100.0%  recall 100.0%" in out
    assert "dates resolved right:     2 of 2 (100.0%)" in out
    assert out.splitlines()[-1].split()[-1] == "2/2"


def test_a_date_resolved_otherwise_than_the_gold_is_a_miss(benchmark, tmp_path, capsys):
    wrong = ["20일\t---20\t일\tdate\t0\t2024-01-20", *ROWS[1:]]  # a gold saying January
    arguments = _batch(tmp_path, wrong)
    assert benchmark.main([*arguments, "--dates", str(tmp_path / "urls.tsv"), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "dates resolved right:     1 of 2 (50.0%)" in out
    assert "  date: '20일' resolved 2024-01-20, found ['2024-02-20']" in out


def test_without_the_articles_date_its_relative_dates_stay_unplaced(benchmark, tmp_path, capsys):
    assert benchmark.main(_batch(tmp_path, ROWS)) == 0
    assert "dates resolved right:     0 of 2 (0.0%)" in capsys.readouterr().out


def test_a_missing_folder_or_a_gold_figure_not_in_the_text_is_one_line(benchmark, tmp_path, capsys):
    arguments = _batch(tmp_path, ROWS)
    assert benchmark.main(["--texts", str(tmp_path / "none"), "--gold", arguments[3]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("figures benchmark: ") and len(err.splitlines()) == 1
    (tmp_path / "gold.tsv").write_text(
        HEADER + "001\t9,999명\t9999\t명\tcount\t0\t\n", encoding="utf-8"
    )
    assert benchmark.main(arguments) == 2
    assert "'9,999명' not found" in capsys.readouterr().err


def test_the_next_gold_set_is_found_in_its_articles_in_order(benchmark):
    # tests/gold/figures-next: invented cases of the real batch dev's misses (their own gold, with dates).
    import kornews

    gold = ROOT / "tests" / "gold"
    by_article = benchmark.read_gold(gold / "figures-next.tsv")
    assert len(by_article) == 5
    for name, rows in by_article.items():
        article = kornews.read_article(gold / "figures-next" / f"{name}.txt")
        located = benchmark._locate(article.text, rows)
        assert [figure.text for figure in located] == [row["text"] for row in rows]
        dated = [figure for figure in located if figure.kind == "date"]
        assert all(figure.resolved for figure in dated), name


def test_the_next_gold_set_is_read_in_full(benchmark, capsys):
    # Issue 23 fixed every miss class of tests/gold/figures-next: its figures and dates all read right.
    gold = ROOT / "tests" / "gold"
    arguments = ["--texts", str(gold / "figures-next"), "--gold", str(gold / "figures-next.tsv")]
    assert benchmark.main(arguments) == 0
    out = capsys.readouterr().out
    assert "value, unit, kind, hedge: precision 100.0%  recall 100.0%" in out
    assert "dates resolved right:     25 of 25 (100.0%)" in out


def test_a_captions_figures_are_scored_apart(benchmark, tmp_path, capsys):
    # The token table leaves a ▲ caption out, so its figure is no miss of the body's: a line of its own.
    arguments = _batch(tmp_path, [*ROWS, "3천명\t3000\t명\tcount\t0\t"])
    texts = Path(arguments[1])
    (texts / "001.txt").write_text(ARTICLE + "▲ 시민 3천명이 광장을 걷고 있다.\n", encoding="utf-8")
    assert benchmark.main([*arguments, "--dates", str(tmp_path / "urls.tsv"), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "4 gold figures in 1 articles, 4 rows found" in out
    assert "value only:              precision 100.0%  recall 100.0%" in out
    assert "▲ captions, apart:        1 gold figures, 0 rows found, 0 matched on value" in out
    assert "  caption missed (value): '3천명' 3000 명 count" in out


def test_a_gold_row_with_after_is_placed_past_its_cue(benchmark):
    # A title printed twice is counted once: the body's 1.5% is placed after the body's cue, not on
    # the title's second printing.
    text = "가상지수 1.5% 상승\n가상지수 1.5% 상승\n가상지수는 20일 1.5% 올랐다.\n"
    row = {"article": "001", "value": "1.5", "unit": "%", "kind": "percent", "approximate": "0"}
    rows = [{**row, "text": "1.5%"}, {**row, "text": "1.5%", "after": "가상지수는"}]
    located = benchmark._locate(text, rows)
    assert [gold.start for gold in located] == [5, text.index("1.5%", 24)]
    assert text[located[1].start - 4 : located[1].start] == "20일 "
    with pytest.raises(ValueError, match="gold cue '없는 말' not found"):
        benchmark._locate(text, [{**row, "text": "1.5%", "after": "없는 말"}])
