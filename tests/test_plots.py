"""Plots draw article text as text: dollar signs are never matplotlib math, and a long word is cut
with an ellipsis instead of squeezing the plot away."""

import io

import pytest
from matplotlib.text import Text

import kornews
from kornews import plots, summary
from kornews.fonts import use_korean_font


@pytest.fixture(scope="module")
def analysed():
    use_korean_font()
    # Invented: amounts in dollars, TeX that matplotlib would parse, a 40-character Latin word.
    long_word = "LONG" + "Ab" * 18
    text = (
        f"환율 $100에서 $200으로\n수입 가격이 $100에서 $200으로 두 배 올랐다. 보고서는 2019년 $\\input{{a}}$ 표기를 실었다. "
        f"코드 {long_word} 3개가 2020년 목록에 올랐고 {long_word} 코드는 $5에서 $7로 올랐다.\n"
    )
    article = kornews.read_article(text)
    return article, kornews.tokenize(article), long_word


def _draw(fig) -> list[str]:
    fig.savefig(io.BytesIO(), format="png")  # a math parse error would raise here
    texts = [t for t in fig.findobj(Text) if t.get_text()]
    assert not any(t.get_parse_math() for t in texts)
    return [t.get_text() for t in texts]


def test_dollars_and_tex_are_drawn_as_written(analysed):
    article, tokens, _ = analysed
    table = kornews.figures(tokens, article)
    compared = kornews.comparisons(table)
    labels = _draw(plots.plot_comparisons(compared))
    assert "$100" in labels and "$200" in labels  # bar labels: the figures as written
    events = kornews.timeline(tokens, article, width=40)
    labels = _draw(plots.plot_timeline(events))
    assert any("$\\input{a}$" in label for label in labels)
    scores = summary.sentence_scores(tokens, article)
    labels = _draw(
        plots.plot_sentence_similarity(
            summary.sentence_similarity(tokens, article), scores, label_chars=30
        )
    )
    assert any(label.startswith("1 수입 가격이 $100에서 $200으로") for label in labels)


def test_a_long_word_is_cut_with_an_ellipsis(analysed):
    article, tokens, long_word = analysed
    counts = kornews.term_counts(tokens)
    assert long_word in set(counts["term"])
    labels = _draw(plots.plot_top_terms(counts))
    assert long_word[: plots.LABEL_CHARS - 1] + "…" in labels and long_word not in labels
    spread = kornews.dispersion(tokens, terms=[long_word])
    labels = _draw(plots.plot_dispersion(spread))
    assert long_word[: plots.LABEL_CHARS - 1] + "…" in labels


def test_terms_that_cut_to_the_same_label_keep_their_own_bars():
    import pandas as pd

    counts = pd.DataFrame(
        {"term": ["A" * 40 + "x", "A" * 40 + "y"], "tag": ["SL", "SL"], "count": [3, 2]}
    )
    fig = plots.plot_top_terms(counts)
    assert len(fig.axes[0].patches) == 2
