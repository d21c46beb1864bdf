"""Plots draw article text as text: dollar signs are never matplotlib math, and a long word is cut
with an ellipsis instead of squeezing the plot away."""

import io

import pandas as pd
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


# ---- Plots at print size (issue 25): legible labels, amounts as people write them, nothing cut.


def _inside(fig) -> list[str]:
    """What the renderer draws outside the figure: the box of everything drawn (texts, tick labels
    in view, legends) against the figure's own, as the sides that stick out."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    drawn, page = fig.get_tightbbox(renderer), fig.bbox_inches
    slack = 1 / fig.dpi  # one pixel
    sides = {
        "left": drawn.x0 < page.x0 - slack,
        "bottom": drawn.y0 < page.y0 - slack,
        "right": drawn.x1 > page.x1 + slack,
        "top": drawn.y1 > page.y1 + slack,
    }
    return [side for side, out in sides.items() if out]


@pytest.fixture(scope="module")
def long_article():
    use_korean_font()
    # Invented: 36 sentences in three sections, on buses, chargers and fares.
    topics = ["전기버스", "충전소", "버스 요금"]
    parts = ["가상시 버스 계획"]
    for section, topic in enumerate(topics):
        if section:
            parts.append(f"◆ {topic} 이야기")
        parts.append(
            " ".join(
                f"{topic} 계획의 {i}번째 내용은 시민과 운수업체가 함께 {topic} 문제를 살핀다는 것이다."
                for i in range(1, 13)
            )
        )
    article = kornews.read_article("\n".join(parts) + "\n")
    return article, kornews.tokenize(article)


def test_the_similarity_heatmap_shows_at_most_fifteen_sentences(long_article):
    article, tokens = long_article
    scores = summary.sentence_scores(tokens, article)
    assert len(scores) > 30
    fig = plots.plot_sentence_similarity(summary.sentence_similarity(tokens, article), scores)
    heat = fig.axes[0]
    numbers = [int(label.get_text()) for label in heat.get_xticklabels()]
    assert len(numbers) == 15 == len(heat.get_yticklabels())
    assert numbers == sorted(numbers)  # in article order
    # the summary sentences are always among them
    assert set(scores.loc[scores["selected"], "sentence"]) <= set(numbers)
    assert min(label.get_fontsize() for label in heat.get_yticklabels()) >= 8
    assert "15" in heat.get_xlabel() and str(len(scores)) in heat.get_xlabel()
    assert _inside(fig) == []


def _documents(tmp_path, dates):
    for i, date in enumerate(dates):
        (tmp_path / f"{date}_{i}.txt").write_text(
            "버스 소식\n가상시는 전기버스를 늘리고 충전소를 짓는다. 전기버스가 달린다.\n",
            encoding="utf-8",
        )
    return list(kornews.tokenized(kornews.read_corpus(tmp_path)))


def test_a_trend_of_one_period_is_one_bar_per_term(tmp_path):
    fig = plots.plot_trends(
        kornews.trends(_documents(tmp_path, ["20200710"]), terms=["전기버스", "충전소"])
    )
    ax = fig.axes[0]
    assert len(ax.patches) == 2 and not ax.lines  # bars, no line over a span of years
    assert [label.get_text() for label in ax.get_xticklabels()] == ["전기버스", "충전소"]
    assert ax.get_title() == "2020년 7월의 단어"
    assert not fig.legends and ax.get_legend() is None
    assert _inside(fig) == []


def test_a_trend_spans_only_the_periods_present(tmp_path):
    documents = _documents(tmp_path, ["20200710", "20200812", "20200903"])
    fig = plots.plot_trends(kornews.trends(documents, terms=["전기버스", "충전소"]))
    ax = fig.axes[0]
    assert [label.get_text() for label in ax.get_xticklabels()] == [
        "2020년 7월",
        "2020년 8월",
        "2020년 9월",
    ]
    assert ax.get_xlim() == (-0.5, 2.5)
    # the legend stands under the axis, not over the data
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["전기버스", "충전소"]
    assert _inside(fig) == []
    assert legend.get_window_extent().y1 <= ax.get_window_extent().y0


def test_money_axes_read_in_eok_and_jo():
    # Invented: a budget and its parts from 3억원 to 1조2000억원 (a span of 4000: a log axis).
    article = kornews.read_article(
        "예산\n가상시 예산은 올해 1조2000억원, 내년 5000억원이다. 예산 가운데 3억원은 남는다.\n"
    )
    compared = kornews.comparisons(kornews.figures(kornews.tokenize(article), article))
    fig = plots.plot_comparisons(compared)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    ticks = [label.get_text() for label in ax.get_xticklabels() if label.get_text()]
    assert ax.get_xscale() == "log" and ticks
    assert all(tick.endswith("원") for tick in ticks), ticks
    assert any("억" in tick for tick in ticks) and any("조" in tick for tick in ticks), ticks
    assert not any(set(tick) & set("⁰¹²³⁴⁵⁶⁷⁸⁹") for tick in ticks)
    assert ax.get_xlabel() == "금액 (원)"
    assert ax.get_title().startswith("금액 · 첫머리 · ")
    assert _inside(fig) == []


def test_plots_speak_korean_unless_asked_for_english(analysed):
    article, tokens, _ = analysed
    counts = kornews.term_counts(tokens)
    korean = plots.plot_top_terms(counts)
    assert korean.axes[0].get_title().startswith("가장 많이 나온 단어")
    english = plots.plot_top_terms(counts, lang="en")
    assert english.axes[0].get_title().startswith("The ")
    with pytest.raises(ValueError, match="lang"):
        plots.plot_top_terms(counts, lang="fr")


def test_plots_name_sections_kinds_and_tenses_as_the_tables_do():
    from kornews.plots.base import said, section_name
    from kornews.readers import for_readers
    from kornews.tables import table

    assert [section_name(s, lang="ko") for s in (0, 1, 12)] == ["첫머리", "◆1", "◆12"]
    assert [section_name(s, lang="en") for s in (0, 3)] == ["lead", "◆3"]
    for row in table("values.tsv"):
        if row.column == "tense":
            tense = pd.DataFrame({"tense": [row.value]})
            for lang in ("ko", "en"):
                assert said(row.value, lang=lang) == for_readers(tense, lang=lang).iloc[0, 0]
    # Invented: two outlets report one event's budget and count of places.
    lined_up = pd.DataFrame(
        {
            "measure": ["예산", "예산", "센터"],
            "kind": ["money", "money", "count"],
            "outlet": ["가상일보", None, "가상일보"],
            "article": ["a.txt", "b.txt", "a.txt"],
            "text": ["3억원", "4억원", "5곳"],
            "disagrees": [True, True, False],
        }
    )
    rows = lambda fig: [t.get_text() for t in fig.axes[0].get_yticklabels()]  # noqa: E731
    assert rows(plots.plot_figure_matrix(lined_up)) == ["예산 (금액)", "센터 (개수)"]
    assert rows(plots.plot_figure_matrix(lined_up, lang="en")) == ["예산 (money)", "센터 (count)"]


def test_section_marks_name_the_lead_and_the_sections(analysed):
    _, tokens, _ = analysed
    spread = kornews.dispersion(tokens, terms=["가격", "코드"])
    starts = pd.Series({0: 0, 1: 12})
    korean = _draw(plots.plot_dispersion(spread, section_starts=starts))
    assert "첫머리" in korean and "◆1" in korean and not any("§" in t for t in korean)
    assert "lead" in _draw(plots.plot_dispersion(spread, section_starts=starts, lang="en"))


def test_nothing_to_compare_is_the_one_sentence_of_the_figures():
    from kornews.figures import NOTHING_COMPARED

    empty = kornews.comparisons(kornews.figures(*_tokens_and("제목\n비가 왔다.\n")))
    texts = [t.get_text() for t in plots.plot_comparisons(empty).findobj(Text)]
    assert NOTHING_COMPARED["ko"] in texts


def _tokens_and(text):
    article = kornews.read_article(text)
    return kornews.tokenize(article), article


def test_each_plot_word_is_used_and_fills_as_its_example():
    import re
    from pathlib import Path

    from kornews.tables import table

    source = "".join(
        path.read_text(encoding="utf-8")
        for path in [
            *Path(plots.__file__).parent.glob("*.py"),
            Path(kornews.__file__).parent / "corpus_plots.py",
        ]
    )
    tense = {"past", "present", "future", "person", "organisation", "place"}  # keys read from data
    for row in table("plot_words.tsv"):
        assert f'"{row.key}"' in source or row.key in tense, row.key
        pattern = re.escape(row.ko)
        pattern = re.sub(r"\\\{\w+\\\}", ".+", pattern)
        assert re.fullmatch(pattern, row.example), row
        assert set(re.findall(r"\{(\w+)\}", row.ko)) == set(re.findall(r"\{(\w+)\}", row.en)), row


def test_no_plot_of_the_seed_draws_outside_its_figure(seed, seed_tokens):
    use_korean_font()
    figures = kornews.figures(seed_tokens, seed)
    entities = kornews.entities(seed_tokens, seed)
    drawn = {
        "top terms": plots.plot_top_terms(kornews.term_counts(seed_tokens)),
        "distinctive": plots.plot_distinctive_terms(kornews.distinctive_terms(seed_tokens, top=4)),
        "dispersion": plots.plot_dispersion(
            kornews.dispersion(seed_tokens, terms=["제로페이", "스마트시티"]),
            section_starts=seed_tokens.groupby("section")["start"].min(),
        ),
        "timeline": plots.plot_timeline(
            kornews.timeline(seed_tokens, seed), article_date=seed.date
        ),
        "comparisons": plots.plot_comparisons(kornews.comparisons(figures, article=seed)),
        "similarity": plots.plot_sentence_similarity(
            summary.sentence_similarity(seed_tokens, seed),
            summary.sentence_scores(seed_tokens, seed),
        ),
        "network": plots.plot_network(kornews.entity_graph(entities)),
    }
    assert {name: _inside(fig) for name, fig in drawn.items()} == {name: [] for name in drawn}
    heat = drawn["similarity"].axes[0]
    assert len(heat.get_yticklabels()) <= 15  # the seed has 34 body sentences
