"""A sentence broken over lines (kornews.article.breaks): one rule, read by the head (a copy
broken so has no headline; a line opening with quoted words goes on the copy there too) and by the
summary (such a sentence is one candidate)."""

import pytest

import kornews
from kornews.article.breaks import one_break, opens_with_word
from kornews.article.openings import broken_copy
from kornews.article.records import _lines
from kornews.summary.lines import line_heads


@pytest.mark.parametrize("line", ["가상시를 바다의", "KTX 가상역에서", "2시 가상시", "漢江의 물이"])
def test_a_line_that_opens_with_a_word_may_go_on_with_a_sentence(line):
    assert opens_with_word(line)


@pytest.mark.parametrize(
    "line",
    [
        '"좋습니다"라고 말했다.',
        "‘쉼의 도시’로",
        "▲가상시 주민",
        "(는 위원장을",
        "1. 가상시",
        "A. 오래",
        "남) 네",
    ],
)
def test_a_quotation_a_bullet_a_bracket_or_a_mark_opens_no_piece_of_a_sentence(line):
    assert not opens_with_word(line)


def test_a_line_is_read_where_it_starts():
    assert opens_with_word("▲가상시\n주민들은", 5) and not opens_with_word("가상시\n▲주민", 4)


@pytest.mark.parametrize("gap, one", [("\n", True), (" \n  ", True), ("\n\n", False), ("", False)])
def test_one_line_break_and_no_more(gap, one):
    assert one_break(gap) is one


# Invented: a copy read out in short lines, each sentence over three (a regional station's page).
_COPY = (
    "가상시장이\n가상시를 바다의 수도이자\n쉼의 도시로 만들겠다고 밝혔습니다.\n"
    "가상시장은\n오늘 가상시 가상읍의\n마을회관에서 가진 간담회에서\n주민들의 뜻을 모아달라고 당부했습니다.\n"
)


@pytest.mark.parametrize(
    "copy, broken, joined",
    [
        (_COPY, True, True),
        # Its third line opening with quoted words: to the head still a copy broken mid-sentence
        # (no headline; house8's rule had it read its second line as the title), to the summary a
        # line of its own.
        (_COPY.replace("\n쉼의 도시로", "\n‘쉼의 도시’로"), True, False),
    ],
    ids=["words", "quotation"],
)
def test_the_head_and_the_summary_read_the_breaks(copy, broken, joined):
    assert broken_copy(_lines(copy), 0) is broken
    assert kornews.parse_article(copy).title is None
    # The summary, on the copy as a body under a headline (sentence 0): the copy's third line
    # (sentence 3) goes on with the sentence its first line opens, or stands alone.
    article = kornews.parse_article("가상시 새 청사 공개\n\n" + copy)
    heads = line_heads(kornews.tokenize(article), article.text)
    assert (heads.get(3) == 1) is joined
