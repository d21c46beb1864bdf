"""benchmarks/real_layouts.py on an invented page: its figures, --misses, a text not rebuilt."""

import pytest

from benchmark_scripts import load_benchmark

PAGE = (
    "가상시, 버스 노선 늘린다\n\n"
    "가상일보 홍길동 기자\n\n"
    "가상시는 다음 달부터 시내버스 노선 3개를 늘린다고 5일 밝혔다.\n\n"
    "시는 출퇴근 시간 배차 간격도 줄일 계획이다.\n\n"
    "▶ 가상일보 구독하기\n"
)
HEAD = "file\toutlet\treporters\temails\tdate\tsubtitles\tparagraphs\tfirst\tlast\tboilerplate\tnotes\n"
ROW = "001.txt\t가상일보\t홍길동\t\t\t\t2\t가상시는 다음 달부터\t시는 출퇴근 시간\t{}\tinvented\n"


@pytest.fixture(scope="module")
def benchmark():
    return load_benchmark("real_layouts")


def _batch(tmp_path, boilerplate="가상일보 구독하기", extra=""):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "001.txt").write_text(PAGE, encoding="utf-8")
    gold = tmp_path / "gold.tsv"
    gold.write_text(HEAD + ROW.format(boilerplate) + extra, encoding="utf-8")
    return texts, gold


def test_a_page_read_right_has_nothing_to_say_with_misses(benchmark, tmp_path, capsys):
    texts, gold = _batch(tmp_path)
    benchmark.main([str(texts), str(gold), "--misses"])
    out = capsys.readouterr().out
    assert (
        "1 articles: 0 of 1 boilerplate fragments left in the body, 0 body paragraphs lost" in out
    )
    assert out.rstrip().endswith("outlet 1/1, reporter 1/1, email 1/1, date 1/1, subtitles 1/1")


def test_misses_name_the_field_read_otherwise_and_the_fragment_left(benchmark, tmp_path, capsys):
    texts, gold = _batch(tmp_path, boilerplate="출퇴근 시간 배차")
    gold.write_text(gold.read_text(encoding="utf-8").replace("\t홍길동\t", "\t김철수\t"), "utf-8")
    benchmark.main([str(texts), str(gold), "--misses"])
    out = capsys.readouterr().out
    assert "001.txt  reporter: '홍길동', gold '김철수'" in out
    assert "001.txt  left in the body: '출퇴근 시간 배차'" in out


def test_a_text_not_rebuilt_is_left_out_and_named(benchmark, tmp_path, capsys):
    missing = ROW.format("").replace("001.txt", "002.txt")
    texts, gold = _batch(tmp_path, extra=missing)
    benchmark.main([str(texts), str(gold)])
    out = capsys.readouterr().out
    assert out.startswith("not rebuilt, not scored: 002.txt\n") and "1 articles:" in out


def test_the_last_paragraph_is_found_after_a_column_mark(benchmark):
    gold = {"boilerplate": "", "paragraphs": "2", "first": "가상시는", "last": "시는 출퇴근"}
    paragraphs = ["가상시는 노선을 늘린다.", "○…시는 출퇴근 시간 배차 간격도 줄인다."]
    assert benchmark.body_figures(paragraphs, gold) == (0, 0)
    gold["last"] = "▲시는 출퇴근"
    assert benchmark.body_figures([paragraphs[0], "▲시는 출퇴근 간격을 줄인다."], gold) == (0, 0)


def test_an_outlet_named_only_in_body_is_counted_apart(benchmark, tmp_path, capsys):
    # 002 names 가상신문 only in a body sentence (a congratulation addressed to it): the gold's
    # notes cue takes it out of the outlet figure and into its own count.
    page = (
        "창간 축하합니다\n\n"
        "가상신문의 창간 10주년을 진심으로 축하드립니다.\n\n"
        "앞으로도 지역의 목소리를 전해 주시길 바랍니다.\n"
    )
    body = "002.txt\t가상신문\t\t\t\t\t2\t가상신문의 창간\t앞으로도 지역의\t\tmessage; outlet only in body\n"
    texts, gold = _batch(tmp_path, extra=body)
    (texts / "002.txt").write_text(page, encoding="utf-8")
    benchmark.main([str(texts), str(gold)])
    out = capsys.readouterr().out
    assert "right: outlet 1/1, reporter 2/2" in out
    assert out.rstrip().endswith("; outlet named only in body: 1 of 1 right")
    gold.write_text(
        gold.read_text(encoding="utf-8").replace("\t가상신문\t", "\t다른신문\t"), "utf-8"
    )
    benchmark.main([str(texts), str(gold), "--misses"])
    out = capsys.readouterr().out
    assert "right: outlet 1/1, reporter 2/2" in out and "only in body: 0 of 1 right" in out
    assert "002.txt  outlet (only in body): '가상신문', gold '다른신문'" in out
