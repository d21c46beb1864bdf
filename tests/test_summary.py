"""Section summaries: verbatim sentences of their own section, the count rule, determinism,
edge-case sections, ROUGE-1 by hand, the CLI's JSON."""

import io
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kornews
from kornews import cli, summary
from kornews.summary import (
    EVALUATION_COLUMNS,
    evaluate_summary,
    rouge1,
    section_stats,
    sentence_scores,
    sentence_similarity,
    summarize,
    summary_document,
    summary_size,
)

# Read off the seed: body sentences per section (lead, ◆1, ◆2, ◆3) and paragraphs.
SEED_SENTENCES = {0: 4, 1: 15, 2: 8, 3: 7}
SEED_PARAGRAPHS = {0: 2, 1: 9, 2: 3, 3: 3}
SEED_HEADINGS = [
    None,
    "9년간 서울 ICT 혁신에 큰 업적",
    "스타트업 육성, 청년 실업 해소에 노력",
    "뚝심있게 밀어부친 '제로페이'....코로나19 재난지원금 결제에 큰 역할",
]


@pytest.fixture(scope="module")
def seed_summary(seed_tokens, seed):
    return summarize(seed_tokens, seed)


@pytest.fixture(scope="module")
def seed_scores(seed_tokens, seed):
    return sentence_scores(seed_tokens, seed)


def _analysed(text):
    article = kornews.read_article(text)
    return kornews.tokenize(article), article


# --- the count rule --------------------------------------------------------------------


@pytest.mark.parametrize(
    "n, k",
    [
        (0, 0),
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (5, 2),
        (6, 2),
        (7, 2),
        (8, 2),
        (9, 3),
        (12, 3),
        (13, 3),
        (40, 3),
    ],
)
def test_summary_size(n, k):
    assert summary_size(n) == k


@given(st.integers(min_value=1, max_value=10_000))
def test_summary_size_bounds(n):
    k = summary_size(n)
    assert 1 <= k <= 3
    assert k == 1 if n == 1 else k <= n / 2
    assert summary_size(n + 1) >= k  # grows with the section


def test_summary_size_rejects_negative():
    with pytest.raises(ValueError):
        summary_size(-1)


def test_seed_summary_sizes(seed_summary):
    sizes = seed_summary.groupby("section").size().to_dict()
    assert sizes == {section: summary_size(n) for section, n in SEED_SENTENCES.items()}


# --- verbatim, own section, article order ---------------------------------------------------


def test_summary_sentences_are_verbatim_body_sentences_of_their_section(seed, seed_summary):
    paragraphs = [p for p in seed.parts if p.kind == "paragraph"]
    assert len(seed_summary) > 0
    for row in seed_summary.itertuples():
        assert seed.text[row.start : row.end] == row.text
        home = [p for p in paragraphs if p.start <= row.start and row.end <= p.end]
        assert len(home) == 1, row.text
        assert home[0].section == row.section
        assert row.text in home[0].text


def test_title_and_headings_are_never_candidates(seed, seed_scores):
    references = {seed.title, *(s.heading.text for s in seed.sections if s.heading)}
    assert not set(seed_scores["text"]) & references
    assert seed_scores.groupby("section").size().to_dict() == SEED_SENTENCES


def test_summary_in_article_order(seed_summary):
    assert seed_summary["start"].is_monotonic_increasing
    assert seed_summary["section"].is_monotonic_increasing


def test_scores_sum_to_one_per_section_and_ranks_are_a_permutation(seed_scores):
    sums = seed_scores.groupby("section")["score"].sum()
    assert sums.to_numpy() == pytest.approx([1.0] * len(sums))
    for _, group in seed_scores.groupby("section"):
        assert sorted(group["rank"]) == list(range(1, len(group) + 1))
        # The selected sentences are exactly the best-ranked ones.
        assert set(group[group["selected"]]["rank"]) == set(range(1, summary_size(len(group)) + 1))


def test_deterministic(seed_tokens, seed):
    pd.testing.assert_frame_equal(
        sentence_scores(seed_tokens, seed), sentence_scores(seed_tokens, seed)
    )
    pd.testing.assert_frame_equal(
        summarize(*_analysed(seed.text + "\n")), summarize(seed_tokens, seed)
    )


def test_candidates_are_the_body_sentences_whatever_the_order_of_the_sentences_rows(
    seed_tokens, seed
):
    body = seed_tokens[seed_tokens["part"] == "paragraph"]
    expected = kornews.sentences(body, seed)[["section", "sentence", "start", "end", "text"]]
    scores = sentence_scores(seed_tokens, seed)
    pd.testing.assert_frame_equal(scores[expected.columns], expected.reset_index(drop=True))
    # The last sentence's rows first (each sentence's rows in their order): the same table.
    backwards = seed_tokens.sort_values("sentence", ascending=False, kind="stable")
    assert backwards["sentence"].iloc[0] == seed_tokens["sentence"].max()
    pd.testing.assert_frame_equal(sentence_scores(backwards, seed), scores)


# --- hand-made articles ----------------------------------------------------------------------


def test_one_sentence_section_summarises_to_itself():
    article = kornews.read_article("제목\n◆한 문장 절\n정부가 스타트업 육성 정책을 발표했다.\n")
    tokens = kornews.tokenize(article)
    summary = summarize(tokens, article)
    assert summary["text"].tolist() == ["정부가 스타트업 육성 정책을 발표했다."]
    assert summary["section"].tolist() == [1]


@pytest.mark.parametrize(
    "text, empty",
    [
        ("제목\n첫 문단이다.\n◆비어 있는 절\n◆다음 절\n고양이가 잔다.\n", 1),
        ("제목\n첫 문단이다.\n◆다음 절\n고양이가 잔다.\n◆끝에 빈 절\n", 2),
        ("제목\n◆첫 절\n◆둘째 절\n", 1),
    ],
    ids=["between-headings", "at-the-end", "no-body-at-all"],
)
def test_empty_section_does_not_crash(text, empty):
    article = kornews.read_article(text)
    tokens = kornews.tokenize(article)
    summary = summarize(tokens, article)
    assert empty not in set(summary["section"])
    assert list(evaluate_summary(tokens, article).columns) == EVALUATION_COLUMNS
    assert empty not in set(evaluate_summary(tokens, article)["section"])
    stats = section_stats(tokens, article).set_index("section")
    assert stats.loc[empty, ["paragraphs", "sentences", "tokens", "figures"]].tolist() == [
        0,
        0,
        0,
        0,
    ]
    document = summary_document(tokens, article)
    assert len(document) == len(article.sections)
    assert document[empty]["sentences"] == []


def test_unrelated_sentences_tie_and_ties_go_to_the_earlier_sentence():
    # Five sentences sharing no content word: every score is equal, so the summary is the lead.
    article = kornews.read_article(
        "제목\n사과는 빨갛다. 바다가 넓다. 기차가 달린다. 고양이가 잔다. 책상이 낡았다.\n"
    )
    tokens = kornews.tokenize(article)
    scores = sentence_scores(tokens, article)
    assert scores["score"].to_numpy() == pytest.approx([0.2] * 5)
    assert scores["rank"].tolist() == [1, 2, 3, 4, 5]
    assert summarize(tokens, article)["text"].tolist() == ["사과는 빨갛다.", "바다가 넓다."]


def test_similarity_table(seed_tokens, seed, seed_scores):
    table = sentence_similarity(seed_tokens, seed)
    n = len(seed_scores)
    assert len(table) == n * n
    matrix = table.pivot(index="sentence", columns="other_sentence", values="similarity")
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert (matrix.to_numpy().diagonal() == 0).all()
    assert table["similarity"].between(0, 1).all()


# --- ROUGE-1 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "candidate, reference, expected",
    [
        (["a", "b", "b"], ["b", "c"], (1 / 3, 1 / 2, 0.4)),  # b counts once: clipped
        (["a", "a", "a"], ["a"], (1 / 3, 1.0, 0.5)),
        (["a", "b"], ["b", "a"], (1.0, 1.0, 1.0)),
        (["a"], ["b"], (0.0, 0.0, 0.0)),
        ([], ["b"], (0.0, 0.0, 0.0)),
        (["a"], [], (0.0, 0.0, 0.0)),
        (["서울", "혁신", "성과", "혁신"], ["서울", "혁신", "업적"], (0.5, 2 / 3, 4 / 7)),
    ],
)
def test_rouge1_by_hand(candidate, reference, expected):
    assert rouge1(candidate, reference) == pytest.approx(expected)


def test_evaluate_by_hand():
    # Heading terms: 스타트업, 육성. Sentence 1 (고양이, 자다) shares nothing with the others;
    # sentences 2 and 3 share 스타트업, 육성, 정책, so they tie at the top and the earlier one,
    # sentence 2, wins (k = 1 for three sentences). Its terms: 정부, 스타트업, 육성, 정책, 발표.
    article = kornews.read_article(
        "제목\n◆스타트업 육성\n고양이가 잔다. 정부가 스타트업 육성 정책을 발표했다. 스타트업 정책은 육성이 목표다.\n"
    )
    tokens = kornews.tokenize(article)
    table = evaluate_summary(tokens, article).set_index("method")
    assert table["section"].tolist() == [1, 1]
    assert table["k"].tolist() == [1, 1]
    assert table.loc["lexrank", ["precision", "recall", "f1"]].tolist() == pytest.approx(
        [2 / 5, 1.0, 4 / 7]
    )
    assert table.loc["lead-k", ["precision", "recall", "f1"]].tolist() == pytest.approx(
        [0.0, 0.0, 0.0]
    )


def test_seed_evaluation_shape(seed_tokens, seed):
    table = evaluate_summary(seed_tokens, seed)
    assert list(table.columns) == EVALUATION_COLUMNS
    assert table["section"].tolist() == [0, 0, 1, 1, 2, 2, 3, 3]
    assert table["method"].tolist() == ["lexrank", "lead-k"] * 4
    assert table[["precision", "recall", "f1"]].stack().between(0, 1).all()


# --- statistics and the CLI -------------------------------------------------------------------


def test_section_stats_seed(seed_tokens, seed):
    stats = section_stats(seed_tokens, seed).set_index("section")
    assert stats["heading"].isna().tolist() == [True, False, False, False]
    assert stats["heading"].tolist()[1:] == SEED_HEADINGS[1:]
    assert stats["paragraphs"].to_dict() == SEED_PARAGRAPHS
    assert stats["sentences"].to_dict() == SEED_SENTENCES
    assert (stats["tokens"] > stats["sentences"]).all()
    # The lead's numbers: 10일, 7시간, 10일, 0시, 1분, 2년, 4월, 9개월: several figures.
    assert stats.loc[0, "figures"] >= 3


def test_section_stats_count_the_body_figures():
    # ytn's body: 200mm, 300여 명, 새벽 4시쯤, 40여 채; the title's 300여 명 is the lead's too but no body figure.
    from pathlib import Path

    article = kornews.read_article(Path(__file__).parent / "layouts" / "ytn.txt")
    tokens = kornews.tokenize(article)
    assert section_stats(tokens, article)["figures"].tolist() == [4]
    assert kornews.figures(tokens, article)["section"].tolist() == [0] * 5


def test_section_stats_count_the_figures_table_they_are_given():
    # The caller's figures table is counted as it is, not made again: without the body's first
    # figure (200mm) the body counts three.
    from pathlib import Path

    article = kornews.read_article(Path(__file__).parent / "layouts" / "ytn.txt")
    tokens = kornews.tokenize(article)
    table = kornews.figures(tokens, article)
    assert section_stats(tokens, article, figures=table)["figures"].tolist() == [4]
    fewer = table[table["text"] != "200mm"]
    assert len(fewer) == len(table) - 1
    assert section_stats(tokens, article, figures=fewer)["figures"].tolist() == [3]


def test_cli_summary_json(seed_path, capsys):
    assert cli.main(["summary", str(seed_path), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [entry["heading"] for entry in document] == SEED_HEADINGS
    for entry in document:
        assert set(entry) == {"section", "heading", "sentences", "key_terms", "stats"}
        assert len(entry["sentences"]) == summary_size(SEED_SENTENCES[entry["section"]])
        assert all(isinstance(s, str) and s for s in entry["sentences"])
        assert 0 < len(entry["key_terms"]) <= 5
        assert entry["stats"]["sentences"] == SEED_SENTENCES[entry["section"]]
    assert "제로페이" in document[3]["key_terms"]


def test_cli_summary_table(seed_path, capsys):
    assert cli.main(["summary", str(seed_path), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table.columns) == ["section", "sentence", "start", "end", "text", "score", "rank"]
    assert len(table) == sum(summary_size(n) for n in SEED_SENTENCES.values())


WORDS = [
    "서울시는",
    "제로페이를",
    "도입했다.",
    "스타트업",
    "육성에",
    "노력한다.",
    "ICT",
    "2020년",
    "“좋다”고",
    "말했다.",
]
LINES = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join),
    st.sampled_from(WORDS).map(lambda word: "◆" + word),
)


@settings(max_examples=20, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=8))
def test_any_article_summarises_to_verbatim_sentences_within_the_count_rule(lines):
    article = kornews.read_article("제목\n" + "\n".join(lines) + "\n")
    tokens = kornews.tokenize(article)
    scores = sentence_scores(tokens, article)
    for _, group in scores.groupby("section"):
        assert group["selected"].sum() == summary_size(len(group))
    for row in summarize(tokens, article).itertuples():
        assert article.text[row.start : row.end] == row.text
    assert len(summary_document(tokens, article)) == len(article.sections)


def test_method_overview_counts_wins_and_ties():
    evaluation = pd.DataFrame(
        [
            (0, "lexrank", 1, 0.5, 0.5, 0.5),
            (0, "lead-k", 1, 0.5, 0.5, 0.5),
            (1, "lexrank", 2, 0.2, 0.4, 0.3),
            (1, "lead-k", 2, 0.1, 0.1, 0.1),
            (2, "lexrank", 2, 0.0, 0.0, 0.0),
            (2, "lead-k", 2, 0.3, 0.3, 0.3),
        ],
        columns=EVALUATION_COLUMNS,
    )
    overview = kornews.method_overview(evaluation).set_index("method")
    assert overview.loc["lexrank", ["sections", "wins", "ties"]].tolist() == [3, 1, 1]
    assert overview.loc["lead-k", ["sections", "wins", "ties"]].tolist() == [3, 1, 1]
    assert overview.loc["lexrank", "f1"] == pytest.approx((0.5 + 0.3 + 0.0) / 3)
    assert kornews.method_overview(evaluation.iloc[0:0]).empty


def test_chosen_lengths_by_method():
    scores = pd.DataFrame(
        {
            "section": [0, 0, 0, 1],
            "text": ["가나", "가나다라", "가", "가나다"],
            "selected": [False, True, False, True],
        }
    )
    lengths = summary.chosen_lengths(scores).set_index("method")
    # LexRank picked 가나다라 and 가나다; lead-k the first of each section, 가나 and 가나다.
    assert lengths.loc["lexrank", "characters"] == 3.5
    assert lengths.loc["lead-k", "characters"] == 2.5
    assert lengths.loc["all", ["sentences", "characters"]].tolist() == [4, 2.5]


# --- huge sections: bounded memory ---------------------------------------------------------


def _synthetic(sentence_count: int):
    """An article of one paragraph of ``sentence_count`` sentences and its token table, made
    without Kiwi: sentence i holds the nouns 주제{i % 7}, 낱말{i % 101} and 낱말{i % 997}."""
    rows, sentences, at = [], [], len("제목\n")
    for i in range(sentence_count):
        words = [f"주제{i % 7}", f"낱말{i % 101}", f"낱말{i % 997}"]
        for word in words:
            rows.append((0, "paragraph", 0, i, at, at + len(word), word, "NNG", word))
            at += len(word) + 1
        sentences.append(" ".join(words))
        rows[-1] = (
            *rows[-1][:5],
            rows[-1][5] + 1,
            *rows[-1][6:],
        )  # the full stop ends the sentence's span
        at += 1
    article = kornews.parse_article("제목\n" + ". ".join(sentences) + ".\n")
    return pd.DataFrame(rows, columns=kornews.tokens.TOKEN_COLUMNS), article


def test_a_section_of_30000_sentences_ranks_in_bounded_memory():
    import tracemalloc

    tokens, article = _synthetic(30_000)
    tracemalloc.start()
    scores = sentence_scores(tokens, article)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # The full similarity matrix alone would be 30,000² floats: 7.2 GB.
    assert peak < 300e6, f"{peak / 1e6:.0f} MB"
    assert len(scores) == 30_000 and scores["score"].sum() == pytest.approx(1.0)
    assert sorted(scores["rank"]) == list(range(1, 30_001)) and scores["selected"].sum() == 3


def test_the_factored_ranking_agrees_with_the_exact_one(
    seed_tokens, seed, seed_scores, monkeypatch
):
    monkeypatch.setattr(summary, "MAX_EXACT", 0)  # every section by power iteration
    iterated = sentence_scores(seed_tokens, seed)
    assert iterated["score"].to_numpy() == pytest.approx(seed_scores["score"].to_numpy(), abs=1e-12)
    assert iterated["rank"].tolist() == seed_scores["rank"].tolist()


def test_the_factored_ranking_of_unrelated_sentences_ties_in_text_order(monkeypatch):
    monkeypatch.setattr(summary, "MAX_EXACT", 0)
    tokens, article = _analysed(
        "제목\n사과는 빨갛다. 바다가 넓다. 기차가 달린다. 고양이가 잔다. 책상이 낡았다.\n"
    )
    scores = sentence_scores(tokens, article)
    assert scores["score"].to_numpy() == pytest.approx([0.2] * 5)
    assert scores["rank"].tolist() == [1, 2, 3, 4, 5]


def test_the_similarity_table_covers_the_first_sentences_of_a_long_article():
    tokens, article = _synthetic(summary.MAX_SIMILARITY_SENTENCES + 50)
    table = sentence_similarity(tokens, article)
    assert len(table) == summary.MAX_SIMILARITY_SENTENCES**2
    assert sorted(table["sentence"].unique()) == list(range(summary.MAX_SIMILARITY_SENTENCES))
    # 주제0 낱말0 낱말0 (sentence 0) and 주제0 낱말7 낱말7 (sentence 7) share 주제0 only.
    assert table.query("sentence == 0 and other_sentence == 7")["similarity"].iloc[0] > 0
    assert table.query("sentence == 0 and other_sentence == 1")["similarity"].iloc[0] == 0


def test_content_terms_keep_describing_adjectives_not_pro_forms():
    # 크다 and 어렵다 say what a thing is; 그렇다 stands for what was said before (as 그것, a
    # pronoun, does) and 같다 of ~ㄹ 것 같다 hedges: grammar, like the light verbs.
    article = kornews.parse_article(
        '제목\n가상시의 예산은 크다. 홍길동 시장은 "공사가 어렵다. 그렇다 해도 끝날 것 같다"고 말했다.\n'
    )
    terms = set(summary.content_terms(kornews.tokenize(article))["term"])
    assert {"크다", "어렵다", "예산", "공사"} <= terms
    assert not {"그렇다", "같다", "하다"} & terms
