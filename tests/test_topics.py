"""Topics' tables on invented shares: what a reader is shown as a topic's typical articles."""

import pandas as pd

from kornews.topics import SHARE_COLUMNS, TERM_COLUMNS, Topics, topic_overview, typical_articles


def _topics(shares: dict[str, tuple[float, float]], *, bodiless: tuple[str, ...] = ()) -> Topics:
    """A two-topic model's tables: each article's share of topic 0 and of topic 1."""
    rows = [
        (article, f"{article} 제목", "가람뉴스", "2023-01", topic, share)
        for article, pair in shares.items()
        for topic, share in enumerate(pair)
    ]
    terms = [(topic, 1, term, 0.5) for topic, term in enumerate(("반도체", "태풍"))]
    return Topics(
        None,
        pd.DataFrame(terms if shares else [], columns=TERM_COLUMNS),
        pd.DataFrame(rows, columns=SHARE_COLUMNS),
        (),
        bodiless,
    )


def test_above_even_keeps_only_articles_holding_a_topic_more_than_one_k_th():
    # Two topics, so an even split is 50%: 균등 holds each at exactly 50% (no term of its own),
    # 반도체 is 90% topic 0, 태풍 70% topic 1.
    topics = _topics({"반도체": (0.9, 0.1), "균등": (0.5, 0.5), "태풍": (0.3, 0.7)})
    every = typical_articles(topics, top=2)
    assert list(every[["topic", "article", "rank"]].itertuples(index=False, name=None)) == [
        (0, "반도체", 1),
        (0, "균등", 2),
        (1, "태풍", 1),
        (1, "균등", 2),
    ]
    above = typical_articles(topics, top=2, above_even=True)
    assert list(above[["topic", "article", "rank"]].itertuples(index=False, name=None)) == [
        (0, "반도체", 1),
        (1, "태풍", 1),
    ]


def test_above_even_still_leaves_out_pages_without_a_body():
    topics = _topics({"사진": (0.95, 0.05), "반도체": (0.8, 0.2)}, bodiless=("사진",))
    assert typical_articles(topics, top=3, above_even=True)["article"].tolist() == ["반도체"]


def test_above_even_on_an_empty_model_is_an_empty_table():
    table = typical_articles(_topics({}), above_even=True)
    assert table.empty and table.columns.tolist() == [*SHARE_COLUMNS[:5], "rank", "share"]


def test_the_overviews_typical_article_holds_its_topic_above_an_even_split():
    # Topic 1 is held by no article above 50%: 균등 has the largest share of it, but an even one.
    topics = _topics({"반도체": (0.9, 0.1), "균등": (0.5, 0.5), "태풍": (0.6, 0.4)})
    overview = topic_overview(topics)
    assert overview["typical"].iloc[0] == "반도체" and pd.isna(overview["typical"].iloc[1])
    assert overview["typical_title"].iloc[0] == "반도체 제목"
    assert pd.isna(overview["typical_title"].iloc[1])
    # The typical articles' table says the same: topic 1 has none.
    assert typical_articles(topics, top=1, above_even=True)["topic"].tolist() == [0]
