"""Summaries of broadcast scripts broken mid-sentence over short lines: each spoken sentence is
one candidate, not a line each; ordinary articles and scripts keep their sentences."""

from pathlib import Path

import pytest

import kornews
from kornews.summary import evaluate_summary, section_stats, sentence_scores, summarize
from kornews.summary.lines import line_heads

LAYOUTS = Path(__file__).resolve().parent / "layouts"

# Invented: an anchor's and a reporter's copy, each sentence over two or three lines broken after
# a particle or a connective ending, as a teleprompter script is laid out.
BROKEN = """가상시 폭염에 전력 수요 최고치
입력 2020.07.10 (21:31)
[앵커]
연일 이어지는 폭염에
가상시의 전력 수요가
올여름 최고치를 기록했습니다.
한낮 기온이 35도를 넘으면서
냉방기 사용이 크게 늘었기 때문입니다.
[기자]
오후 2시 가상시 도심의 상가들은
문을 모두 닫고
에어컨을 세게 틀었습니다.
전력거래소는 오늘 오후 가상시 일대의
전력 수요가 지난해 최고치보다
8% 많았다고 밝혔습니다.
[인터뷰] 김순자 / 가상시 상인
"손님이 없어도 에어컨은 틀어야 해요."
시는 공공기관의 냉방 온도를
28도로 맞추라고 권고했습니다.
가람방송 이서윤입니다.
"""
# The six spoken sentences, each read off the script above (its lines joined by a space).
SPOKEN = [
    "연일 이어지는 폭염에 가상시의 전력 수요가 올여름 최고치를 기록했습니다.",
    "한낮 기온이 35도를 넘으면서 냉방기 사용이 크게 늘었기 때문입니다.",
    "오후 2시 가상시 도심의 상가들은 문을 모두 닫고 에어컨을 세게 틀었습니다.",
    "전력거래소는 오늘 오후 가상시 일대의 전력 수요가 지난해 최고치보다 8% 많았다고 밝혔습니다.",
    '"손님이 없어도 에어컨은 틀어야 해요."',
    "시는 공공기관의 냉방 온도를 28도로 맞추라고 권고했습니다.",
]


def _read(text: str, name: str):
    article = kornews.parse_article(text, name=name)
    return article, kornews.tokenize(article)


@pytest.fixture(scope="module")
def broken():
    return _read(BROKEN, "broken-script")


def test_each_spoken_sentence_is_one_candidate(broken):
    article, tokens = broken
    scores = sentence_scores(tokens, article)
    assert [" ".join(text.split("\n")) for text in scores["text"]] == SPOKEN
    # Verbatim: a candidate is the script's own span, its line breaks kept.
    assert all(article.text[r.start : r.end] == r.text for r in scores.itertuples())


def test_the_summary_picks_whole_sentences_and_counts_them(broken):
    article, tokens = broken
    assert section_stats(tokens, article)["sentences"].tolist() == [6]
    summary = summarize(tokens, article)
    assert len(summary) == 2  # ceil(6 / 4)
    assert {" ".join(text.split("\n")) for text in summary["text"]} <= set(SPOKEN)


def test_a_script_broken_over_lines_reads_as_the_same_script_one_sentence_a_line(broken):
    article, tokens = broken
    whole = BROKEN.split("[앵커]\n")[0] + "[앵커]\n" + "\n".join(SPOKEN[:2]) + "\n[기자]\n"
    whole += "\n".join(SPOKEN[2:4]) + "\n[인터뷰] 김순자 / 가상시 상인\n" + "\n".join(SPOKEN[4:])
    whole += "\n가람방송 이서윤입니다.\n"
    one_a_line, its_tokens = _read(whole, "whole-script")
    assert line_heads(its_tokens, one_a_line.text) == {}
    # The same sentences, ranked alike.
    ranked = sentence_scores(tokens, article)["rank"].tolist()
    assert ranked == sentence_scores(its_tokens, one_a_line)["rank"].tolist()


def test_a_sentence_broken_over_lines_is_scored_with_all_its_words(broken):
    article, tokens = broken
    # The title's words (가상시, 폭염, 전력, 수요, 최고치) are all in the first spoken sentence,
    # on its second and third lines: lead-k (its first two sentences) recalls them all only
    # when those lines' words are their sentence's.
    evaluation = evaluate_summary(tokens, article).set_index("method")
    assert evaluation.loc["lead-k", "recall"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # A headline-like line ends on a noun: it ends there (a scoreboard, a caption).
        "경기 결과\n가람 ▶ 가상 타이거즈 6 - 3 나래 베어스\n가상 타이거즈가 9회 역전승을 거뒀다.\n",
        # A blank line between the two: two paragraphs, however the first ends.
        "소식\n시민들은 가족들과 함께\n\n산과 유원지를 찾았습니다.\n",
        # The next line opens with a quotation mark, a bullet or an answer's mark.
        '인터뷰\n그는 이렇게\n"좋습니다"라고 말했다.\n',
        "안내\n신청 대상은 다음과 같이\n▲가상시 주민 ▲가상군 주민이다.\n",
        "인터뷰\nQ. 입사하게 된 계기에 대해\nA. 오래 전부터 기자가 꿈이었다.\n",
    ],
    ids=["noun", "blank-line", "quotation", "bullet", "answer"],
)
def test_lines_that_do_not_continue_stay_apart(text):
    article, tokens = _read(text, "apart")
    assert line_heads(tokens, article.text) == {}


@pytest.mark.parametrize("name", ["garam_script", "kbs", "mbc", "ytn"])
def test_scripts_written_one_sentence_a_line_keep_their_sentences(name):
    article = kornews.read_article(LAYOUTS / f"{name}.txt")
    assert line_heads(kornews.tokenize(article), article.text) == {}


def test_the_seed_keeps_its_sentences(seed, seed_tokens):
    assert line_heads(seed_tokens, seed.text) == {}
