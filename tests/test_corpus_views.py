"""Corpus views on the invented themes corpus (tests/themes.py): related terms, the corpus
entity network and topics. Expected values come from the templates: 72 articles (four themes,
three outlets, six months), each a title and five sentences, 누리신문's six election stories one
sentence more (the minister's), so 438 sentences."""

import json
import os
import subprocess
import sys

import networkx as nx
import pandas as pd
import pytest
from matplotlib.figure import Figure

import kornews
from kornews.cli import main
from kornews.corpus_network import chosen, corpus_network, network_graph, write_graph
from kornews.corpus_plots import plot_related
from kornews.related import LeadingTerm, associations, leading_term, related_terms, term_units
from kornews.topics import (
    TOPIC_COUNTS,
    TopicDocument,
    best_k,
    choose_k,
    topic_counts,
    topic_documents,
    topic_model,
    topic_overview,
    topic_shares,
    typical_articles,
)
from themes import FOLDER, articles

# Words only each theme's templates use: a topic model must keep each theme's together.
PLANTED = {
    "chips": {"반도체", "수출", "공장"},
    "vaccines": {"백신", "접종", "병원"},
    "election": {"후보", "토론회", "선거"},
    "storm": {"태풍", "복구", "주민"},
}


@pytest.fixture(scope="module")
def documents():
    return list(kornews.tokenized(kornews.read_corpus([str(FOLDER)])))


@pytest.fixture(scope="module")
def read(documents):
    return topic_documents(documents)


def test_the_themes_folder_is_what_the_templates_write():
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.txt")}
    assert on_disk == articles()
    assert len(on_disk) == 72


# --- related terms ---


def test_the_planted_pair_ranks_first_and_everyday_words_below(documents):
    table = related_terms(documents, term="반도체")
    top = table.iloc[0]
    # The pair is in every chips title and first sentence: 18 articles, 2 sentences each.
    assert (top["related"], top["both"], top["term_units"], top["units"]) == ("수출", 36, 36, 438)
    assert top["expected"] == pytest.approx(36 * 36 / 438)
    # 정부 is in every article's first sentence: with 반도체 as often as chance says, far below.
    everyday = table.set_index("related").loc["정부"]
    assert everyday["both"] == 18 and everyday["g2"] < top["g2"] / 5


def test_units_read_once_answer_as_related_terms_does(documents):
    units = list(term_units(documents))
    assert len(units) == 438
    assert associations(units, "태풍").equals(related_terms(documents, term="태풍"))
    assert associations(units, top=None).equals(related_terms(documents, top=None))


def test_without_a_term_the_planted_pairs_lead_the_corpus(documents):
    pairs = set(zip(*related_terms(documents, top=2)[["term", "related"]].T.values))
    assert pairs == {("반도체", "수출"), ("백신", "접종")}


def test_news_filler_is_no_related_term_unless_asked_for():
    # 이번 stands beside 축제 in every sentence: related by the counts, and news filler.
    units = [frozenset({"축제", "이번", "가상시"})] * 4 + [frozenset({"공사", "주민"})] * 4
    assert set(associations(units, "축제", min_count=2)["related"]) == {"가상시"}
    kept = associations(units, "축제", min_count=2, stoplist=False)
    assert set(kept["related"]) == {"가상시", "이번"}
    # Asked for by name, the filler answers with its own pairs; the counts are the same either way.
    asked = associations(units, "이번", min_count=2)
    assert set(asked["related"]) == {"가상시", "축제"} and set(asked["units"]) == {8}
    assert "이번" not in set(associations(units, min_count=2)[["term", "related"]].stack())


def test_min_count_leaves_out_rare_pairs(documents):
    # 유세 and 일정 share only the people sentence of the 18 election stories.
    table = related_terms(documents, term="유세", min_count=19)
    assert table.empty
    assert related_terms(documents, term="유세", min_count=18)["both"].max() == 18


def test_related_by_paragraph_counts_the_title_apart(documents):
    # Each sentence here is a paragraph of its own, and the title is one too.
    table = related_terms(documents, term="반도체", within="paragraph")
    assert table.iloc[0][["related", "both", "units"]].tolist() == ["수출", 36, 438]
    with pytest.raises(ValueError, match="within"):
        related_terms(documents, term="반도체", within="article")


def test_plot_related_draws_the_terms(documents):
    fig = plot_related(related_terms(documents, term="태풍"))
    assert isinstance(fig, Figure)
    assert {"태풍", "피해"} <= {t.get_text() for t in fig.axes[0].texts}
    assert isinstance(plot_related(related_terms(documents, term="없는말")), Figure)


# Twelve small groups of names, so that each group is a view over a few of many nodes.
LAYOUT_SCRIPT = """
import networkx as nx
from kornews.corpus_plots import _layout
graph = nx.Graph()
for n in range(12):
    graph.add_edge(f"가{n}", f"나{n}")
    graph.add_edge(f"나{n}", f"다{n}")
print(sorted((node, tuple(round(float(x), 6) for x in xy)) for node, xy in _layout(graph).items()))
"""


def test_the_related_terms_picture_is_the_same_whatever_the_hash_seed():
    def drawn(seed):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = [sys.executable, "-c", LAYOUT_SCRIPT]
        return subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout

    first = drawn("1")
    assert "가0" in first
    assert drawn("2") == first == drawn("3")


def test_cli_related_lists_the_pair_first(capsys):
    assert main(["related", str(FOLDER), "--term", "백신", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("term,related,both,")
    assert lines[1].startswith("백신,접종,36,36,36,438,")


# --- who appears with whom ---


def test_the_network_has_the_planted_edges_with_their_counts(documents):
    nodes, edges = corpus_network(documents)
    counts = {(r.entity, r.other): (r.articles, r.sentences) for r in edges.itertuples()}
    assert counts[("김민준", "정하늘")] == (18, 18)
    assert counts[("박지훈", "최유진")] == (18, 18)
    # The minister in 누리신문's six election stories, in a sentence of his own.
    assert counts[("김민준", "박지훈")] == (6, 0)
    assert counts[("김민준", "최유진")] == (6, 0)
    assert len(counts) == 6
    assert nodes.iloc[0][["entity", "kind", "articles", "mentions"]].tolist() == [
        "김민준",
        "person",
        24,
        24,
    ]


def test_the_network_narrows_to_a_period_and_outlets(documents):
    _, edges = corpus_network(documents, start="2023-02-01", end="2023-03-31", outlets=["누리신문"])
    counts = {(r.entity, r.other): r.articles for r in edges.itertuples()}
    assert counts[("김민준", "정하늘")] == 2
    assert counts[("김민준", "박지훈")] == 2
    assert len(list(chosen(documents, outlets=["없는신문"]))) == 0
    assert len(list(chosen(documents, start="2023-06-01"))) == 12
    undated = kornews.parse_article("제목\n본문이다.\n", name="undated")
    assert list(chosen([(undated, None)])) == [(undated, None)]
    assert list(chosen([(undated, None)], end="2023-12-31")) == []


def test_graph_within_sentence_or_article_and_gephi_files(documents, tmp_path):
    nodes, edges = corpus_network(documents)
    in_sentences = network_graph(nodes, edges)
    assert not in_sentences.has_edge("김민준", "박지훈")
    assert in_sentences["김민준"]["정하늘"]["weight"] == 18
    in_articles = network_graph(nodes, edges, within="article")
    assert in_articles["김민준"]["박지훈"]["weight"] == 6
    for name in ("people.gexf", "people.graphml"):
        path = write_graph(in_articles, path=tmp_path / name)
        again = nx.read_gexf(path) if name.endswith("gexf") else nx.read_graphml(path)
        assert again.number_of_edges() == 6
        assert again.nodes["김민준"]["articles"] == 24
    with pytest.raises(ValueError, match="gexf"):
        write_graph(in_articles, path=tmp_path / "people.png")


# --- topics ---


def _theme_of(terms: set[str]) -> list[str]:
    return [theme for theme, words in PLANTED.items() if words <= terms]


def test_each_planted_theme_is_one_topic_and_the_same_twice(read):
    first, second = topic_model(read, k=4), topic_model(read, k=4)
    assert first.terms.equals(second.terms) and first.shares.equals(second.shares)
    found = [_theme_of(set(group["term"])) for _, group in first.terms.groupby("topic")]
    assert sorted(theme for themes in found for theme in themes) == sorted(PLANTED)
    assert all(len(themes) == 1 for themes in found)


def test_plain_lda_finds_the_themes_too(read):
    lda = topic_model(read, k=4, metadata=False)
    found = [_theme_of(set(g["term"])) for _, g in lda.terms.groupby("topic")]
    assert sorted(t for themes in found for t in themes) == sorted(PLANTED)


def test_shares_typical_articles_and_overview(read):
    topics = topic_model(read, k=4)
    per_article = topics.shares.groupby("article")["share"].sum()
    assert len(per_article) == 72 and per_article.round(6).eq(1).all()
    # Each outlet wrote six stories of each theme: a quarter of its articles per topic.
    by_outlet = topic_shares(topics)
    assert sorted(set(by_outlet["outlet"])) == ["가람뉴스", "누리신문", "한빛일보"]
    assert by_outlet["share"].round(2).eq(0.25).all() and by_outlet["articles"].eq(24).all()
    assert sorted(set(topic_shares(topics, by="month")["month"])) == [
        f"2023-0{m}" for m in range(1, 7)
    ]
    typical = typical_articles(topics, top=3)
    for topic, group in typical.groupby("topic"):
        (theme,) = _theme_of(set(topics.terms.loc[topics.terms["topic"] == topic, "term"]))
        assert group["article"].str.endswith(f"-{theme}").all()
        assert group["rank"].tolist() == [1, 2, 3]
    overview = topic_overview(topics)
    assert overview.columns.tolist() == ["topic", "share", "terms", "typical", "typical_title"]
    assert len(overview) == 4


def test_coherence_prefers_the_planted_number_of_topics(read):
    scores = choose_k(read, ks=(2, 4, 8), iterations=200).set_index("k")["coherence"]
    assert scores.idxmax() == 4


def test_an_article_without_terms_is_skipped(read):
    empty = read[0]._replace(article="empty", terms=())
    topics = topic_model([empty, *read[:8]], k=2, iterations=50)
    assert topics.skipped == ("empty",)
    assert "empty" not in set(topics.shares["article"])


def test_cli_topics_prints_coherence_and_the_topics(capsys):
    assert main(["topics", str(FOLDER), "--topics", "3,4", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "k=3 coherence" in captured.err and "k=4 coherence" in captured.err
    assert len(json.loads(captured.out)) == 4
    with pytest.raises(SystemExit) as stopped:
        main(["topics", str(FOLDER), "--topics", "0"])
    assert stopped.value.code == 2


def test_a_corpus_without_a_repeated_term_has_no_topics(read):
    once = [read[0]._replace(terms=("하나", "둘"))]
    topics = topic_model(once, k=2)
    assert topics.terms.empty and topics.shares.empty and topics.skipped == (read[0].article,)
    assert choose_k(once, ks=(2,))["coherence"].isna().all()
    assert topic_overview(topics).empty


# --- the defaults a reader does not set ---


def test_the_leading_term_is_the_one_of_the_most_sentences_ties_in_order():
    units = [frozenset({"항구", "배"}), frozenset({"배", "어부"}), frozenset({"어부", "그물"})]
    # 배 and 어부 are in two sentences each: 배 comes first in 가나다 order.
    assert leading_term(units) == LeadingTerm("배", 2, 3)
    assert leading_term(reversed(units)) == LeadingTerm("배", 2, 3)
    assert leading_term([frozenset({"항구"}), frozenset()]) == LeadingTerm("항구", 1, 2)
    assert leading_term([frozenset(), frozenset()]) is None
    assert leading_term([]) is None


def test_the_themes_leading_term_is_one_of_every_article(documents):
    # Every article's first sentence holds 올해 and 정부 (and no other sentence holds either).
    leading = leading_term(term_units(documents))
    assert leading.total == 438 and leading.units >= 72


def _documents(count: int, *, terms=("항구", "어부")) -> list[TopicDocument]:
    return [TopicDocument(f"a{i}", None, None, "undated", terms) for i in range(count)]


def test_a_folder_carries_one_topic_per_three_articles():
    assert TOPIC_COUNTS == (2, 4, 6, 8, 10)
    assert topic_counts(_documents(1)) == []
    assert topic_counts(_documents(5)) == []
    assert topic_counts(_documents(6)) == [2]
    assert topic_counts(_documents(11)) == [2]  # 11 articles: at most 3 topics
    assert topic_counts(_documents(12)) == [2, 4]
    assert topic_counts(_documents(30)) == [2, 4, 6, 8, 10]
    # Articles without a term carry nothing.
    assert topic_counts(_documents(6) + _documents(6, terms=())) == [2]
    assert topic_counts(_documents(30), ks=(3, 12)) == [3]


def test_best_k_is_the_highest_coherence_and_the_smaller_on_a_tie():
    scores = pd.DataFrame({"k": [2, 4, 6], "coherence": [0.5, 0.7, 0.7]})
    assert best_k(scores) == 4
    assert best_k(pd.DataFrame({"k": [2, 4], "coherence": [float("nan"), 0.1]})) == 4
    assert best_k(pd.DataFrame({"k": [2], "coherence": [float("nan")]})) is None


def test_topic_terms_leave_single_letters_out(read):
    terms = {term for document in read for term in document.terms}
    assert terms and all(len(term) > 1 for term in terms)


def test_the_default_range_keeps_the_planted_topics(read):
    scores = choose_k(read, ks=topic_counts(read), iterations=200)
    assert scores["k"].tolist() == [2, 4, 6, 8, 10]
    assert best_k(scores) == 4


def test_an_article_without_a_body_is_never_typical(read):
    # The chips stories' most typical article, made a page without a body paragraph.
    first = topic_model(read, k=4)
    typical = typical_articles(first, top=1)
    name = typical["article"].iloc[0]
    bare = [d._replace(body=False) if d.article == name else d for d in read]
    topics = topic_model(bare, k=4)
    assert topics.bodiless == (name,)
    assert name in set(topics.shares["article"])
    assert name not in set(typical_articles(topics, top=3)["article"])
    assert name not in set(topic_overview(topics)["typical"])


def test_cli_topics_on_too_few_articles_says_so(tmp_path, capsys):
    for path in sorted(FOLDER.glob("*.txt"))[:4]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert main(["topics", str(tmp_path), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "too few articles for a choice of topics (4; at most one topic per 3" in captured.err
    assert captured.out.strip() == "topic,share,terms,typical,typical_title"
