"""benchmarks/quotes.py scores any folder of articles against its gold (--texts, --gold): one
invented article read by hand, the per-kind entity counts, and a gold that does not fit its texts
(one line, exit 1)."""

from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
QUOTES_HEAD = "article\ttext\tkind\tspeaker\tanonymous\tverb\n"
ENTITIES_HEAD = "article\tentity\tkind\taliases\n"


@pytest.fixture(scope="module")
def benchmark():
    return load_benchmark("quotes")


def _folder(tmp_path: Path, quotes: str, entities: str) -> tuple[Path, Path]:
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    (texts / "001.txt").write_text(
        "정부, 예산 늘린다\n"
        '김민수 기획재정부 장관은 3일 "내년 예산을 5% 늘리겠다"고 말했다.\n'
        "이 자리에는 서울시 관계자들도 참석했다.\n",
        encoding="utf-8",
    )
    (gold / "quotes.tsv").write_text(QUOTES_HEAD + quotes, encoding="utf-8")
    (gold / "entities.tsv").write_text(ENTITIES_HEAD + entities, encoding="utf-8")
    return texts, gold


def test_a_folder_scores_quotations_speakers_and_entities_by_kind(benchmark, tmp_path):
    texts, gold = _folder(
        tmp_path,
        "001\t내년 예산을 5% 늘리겠다\tdirect\t김민수\t0\t말하다\n",
        "001\t김민수\tperson\t\n001\t기획재정부\torganisation\t\n001\t서울특별시\tplace\t서울시\n"
        "001\t가상재단\torganisation\t\n",  # named nowhere: a miss the count must show
    )
    totals, lines = benchmark.score_folder(texts, gold, misses=True)
    assert (totals["q_gold"], totals["q_match"], totals["q_speaker"]) == (1, 1, 1)
    assert (totals["e_person_gold"], totals["e_person_match"]) == (1, 1)
    assert (totals["e_organisation_gold"], totals["e_organisation_match"]) == (2, 1)
    assert (totals["e_place_gold"], totals["e_place_match"]) == (1, 1)
    assert "  missed organisation: 가상재단" in lines
    text = benchmark.report(totals, lines)
    assert "speaker right of matched quotations" in text and "organisations" in text


def test_a_quotation_the_page_breaks_over_two_lines_is_found_by_its_words(benchmark, tmp_path):
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    (texts / "001.txt").write_text(
        '김민수 장관은 "내년 예산을\n5% 늘리겠다"고 말했다.\n', encoding="utf-8"
    )
    (gold / "quotes.tsv").write_text(
        QUOTES_HEAD + "001\t내년 예산을 5% 늘리겠다\tdirect\t김민수\t0\t말하다\n", encoding="utf-8"
    )
    (gold / "entities.tsv").write_text(ENTITIES_HEAD, encoding="utf-8")
    totals, lines = benchmark.score_folder(texts, gold, misses=True)  # no GoldError
    assert totals["q_gold"] == 1
    assert any(line.endswith(": 내년 예산을 5% 늘리겠다") for line in lines)


def test_a_quotation_a_subtitle_repeats_is_scored_where_its_after_cue_says(benchmark, tmp_path):
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    (texts / "001.txt").write_text(
        '장관 "예산 늘리겠다"\n김민수 기획재정부 장관은 3일 "예산 늘리겠다"고 말했다.\n',
        encoding="utf-8",
    )
    head = QUOTES_HEAD.replace("\n", "\tafter\n")
    row = "001\t예산 늘리겠다\tdirect\t김민수\t0\t말하다\t{}\n"
    (gold / "entities.tsv").write_text(ENTITIES_HEAD, encoding="utf-8")
    (gold / "quotes.tsv").write_text(head + row.format("장관은 3일"), encoding="utf-8")
    totals, _ = benchmark.score_folder(texts, gold)
    assert (totals["q_match"], totals["q_speaker"]) == (1, 1)
    (gold / "quotes.tsv").write_text(head + row.format("없는 단서"), encoding="utf-8")
    with pytest.raises(benchmark.GoldError, match="gold cue '없는 단서' not found"):
        benchmark.score_folder(texts, gold)


@pytest.mark.parametrize(
    ("quotes", "said"),
    [
        (
            "001\t기사에 없는 말\tdirect\t김민수\t0\t말하다\n",
            "gold quotation '기사에 없는 말' not found",
        ),
    ],
)
def test_a_gold_that_does_not_fit_its_texts_is_one_line(benchmark, tmp_path, capsys, quotes, said):
    texts, gold = _folder(tmp_path, quotes, "")
    with pytest.raises(SystemExit) as stop:
        benchmark.main(["--texts", str(texts), "--gold", str(gold)])
    assert said in str(stop.value) and "\n" not in str(stop.value)
    assert capsys.readouterr().out == ""


def test_an_article_not_rebuilt_is_left_out_and_named(benchmark, tmp_path):
    texts, gold = _folder(tmp_path, "002\t없는 기사\tdirect\t김민수\t0\t말하다\n", "")
    totals, lines = benchmark.score_folder(texts, gold)
    assert lines[0] == "not rebuilt, not scored: 002"
    assert totals["articles"] == 1 and totals["q_gold"] == 0


def test_a_missing_folder_or_gold_file_is_one_line(benchmark, tmp_path):
    with pytest.raises(SystemExit) as stop:
        benchmark.main(["--texts", str(tmp_path / "nowhere")])
    assert str(stop.value).endswith("not a folder of articles")
    with pytest.raises(SystemExit) as stop:
        benchmark.main(["--texts", str(tmp_path), "--gold", str(tmp_path)])
    assert str(stop.value).endswith("no quotes.tsv")
