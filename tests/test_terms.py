"""kornews.terms: counts checked against the seed as a person reads it (title + headings + body)."""

import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kornews
from kornews import cli, tables
from kornews.terms import NEWS_STOPWORDS, TERM_TAGS
from kornews.terms.tokens import term_columns, term_tokens
from kornews.tokens import TOKEN_COLUMNS


@pytest.fixture(scope="module")
def stop(seed):
    return kornews.news_stopwords(seed)


@pytest.fixture(scope="module")
def counts(seed_tokens, stop):
    return kornews.term_counts(seed_tokens, stopwords=stop).set_index("term")


def _tokens(rows):
    """A token table from (section, sentence, form, tag) rows, one morpheme per row in text order."""
    records, at = [], 0
    for section, sentence, form, tag in rows:
        records.append((section, "paragraph", 0, sentence, at, at + len(form), form, tag, form))
        at += len(form) + 1
    return pd.DataFrame(records, columns=TOKEN_COLUMNS)


# Counted by reading seeds/000_17620ace2f9e96c7.txt: (total, per section 0..3).
@pytest.mark.parametrize(
    "term, total, per_section",
    [
        ("제로페이", 8, [0, 0, 0, 8]),  # heading once, then 2 + 1 + 4 in the body
        ("박원순", 11, [3, 3, 2, 3]),  # title once, body ten times
        ("스마트시티", 3, [0, 3, 0, 0]),
        ("ICT", 4, [1, 3, 0, 0]),  # title (ICT혁신), heading, ICT업계, ICT 신기술
        ("핀테크랩", 2, [0, 0, 2, 0]),
        ("여의도", 3, [0, 0, 3, 0]),
        ("코로나", 3, [0, 0, 0, 3]),  # heading and two body paragraphs
    ],
)
def test_counts_match_reading(counts, term, total, per_section):
    row = counts.loc[term]
    assert row["count"] == total
    assert [row[f"section_{s}"] for s in range(4)] == per_section


def test_columns_and_order(counts):
    table = counts.reset_index()
    assert list(table.columns) == [
        "term",
        "tag",
        "count",
        "section_0",
        "section_1",
        "section_2",
        "section_3",
    ]
    assert (table[[f"section_{s}" for s in range(4)]].sum(axis=1) == table["count"]).all()
    expected = table.sort_values(["count", "term"], ascending=[False, True]).reset_index(drop=True)
    pd.testing.assert_frame_equal(table, expected)
    assert set(table["tag"]) <= set(TERM_TAGS)


def test_footer_dateline_and_byline_never_count(seed_tokens):
    # 이상일 (reporter) and 디지털데일리 (outlet) stand only in the byline, dateline and footer.
    plain = kornews.term_counts(seed_tokens)
    assert not plain["term"].isin(["이상일", "디지털데일리", "ddaily", "기자"]).any()


def test_news_stopwords_name_the_outlet_and_reporter(seed, stop):
    assert {"디지털데일리", "이상일"} <= stop
    assert stop >= NEWS_STOPWORDS
    assert "제로페이" in kornews.news_stopwords(seed, extra=["제로페이"])


def test_stopwords_stay_out_of_the_top(counts, stop):
    assert not set(counts.head(40).index) & stop


def test_bound_noun_tagged_nng_is_dropped(seed_tokens, counts):
    # Kiwi tags 수 in "가맹 신청 수" as NNG: only the stopword list keeps it out.
    assert ((seed_tokens["form"] == "수") & (seed_tokens["tag"] == "NNG")).any()
    assert "수" not in counts.index


def test_user_stopwords(seed_tokens, seed):
    table = kornews.term_counts(
        seed_tokens, stopwords=kornews.news_stopwords(seed, extra=["시장", "사업"])
    )
    assert not table["term"].isin(["시장", "사업"]).any()
    assert table.iloc[0]["term"] == "박원순"


def test_reporter_named_in_the_body_is_a_stopword():
    article = kornews.read_article(
        "경제\n홍길동 기자의 하루\n홍길동\n[한국일보 홍길동기자] 홍길동 기자는 제로페이를 썼다. 제로페이 결제가 늘었다.\n"
        "<홍길동 기자>hong@example.com\n"
    )
    tokens = kornews.tokenize(article)
    assert "홍길동" in set(kornews.term_counts(tokens)["term"])
    table = kornews.term_counts(tokens, stopwords=kornews.news_stopwords(article))
    assert "홍길동" not in set(table["term"])
    assert table.set_index("term").loc["제로페이", "count"] == 2


def test_counted_by_form_with_the_most_frequent_tag():
    tokens = _tokens(
        [
            (0, 0, "가", "NNG"),
            (0, 0, "가", "NNP"),
            (0, 1, "나", "NNP"),
            (0, 1, "나", "NNP"),
            (0, 1, "나", "NNG"),
            (0, 2, "가", "NNP"),
            (0, 2, "가", "NNG"),
        ]
    )
    table = kornews.term_counts(tokens)
    assert table.to_dict("records") == [
        {"term": "가", "tag": "NNG", "count": 4, "section_0": 4},  # 2 NNG, 2 NNP: tie goes to NNG
        {"term": "나", "tag": "NNP", "count": 3, "section_0": 3},
    ]


@settings(max_examples=10, deadline=None)
@given(st.randoms(use_true_random=False))
def test_counts_do_not_depend_on_row_order(seed_tokens, random):
    order = list(range(len(seed_tokens)))
    random.shuffle(order)
    shuffled = seed_tokens.iloc[order]
    pd.testing.assert_frame_equal(kornews.term_counts(shuffled), kornews.term_counts(seed_tokens))
    pd.testing.assert_frame_equal(
        kornews.distinctive_terms(shuffled, top=5), kornews.distinctive_terms(seed_tokens, top=5)
    )


def test_distinctive_terms_shape(seed_tokens, stop):
    table = kornews.distinctive_terms(seed_tokens, top=5, stopwords=stop)
    assert list(table.columns) == ["section", "term", "count", "score", "rank"]
    for _, rows in table.groupby("section"):
        assert list(rows["rank"]) == list(range(1, len(rows) + 1))
        assert len(rows) <= 5
        assert rows["score"].is_monotonic_decreasing
    assert (table["score"] > 0).all()
    assert list(table["section"]) == sorted(table["section"])
    assert not table["term"].isin(stop).any()


def test_zeropay_is_what_sets_its_section_apart(seed_tokens, stop):
    # Section 3 is headed '제로페이' and holds all eight of its occurrences.
    table = kornews.distinctive_terms(seed_tokens, stopwords=stop)
    first = table[table["rank"] == 1].set_index("section")["term"]
    assert first[3] == "제로페이"


def test_distinctive_ties_go_to_count_then_term():
    # 다 and 가 have the same counts everywhere (the same score); 나 too but only in section 1.
    tokens = _tokens(
        [
            (0, 0, "다", "NNG"),
            (0, 0, "가", "NNG"),
            (0, 0, "라", "NNG"),
            (1, 1, "나", "NNG"),
            (1, 1, "라", "NNG"),
            (1, 1, "라", "NNG"),
        ]
    )
    table = kornews.distinctive_terms(tokens)
    assert list(table[table["section"] == 0]["term"]) == ["가", "다"]
    assert list(table[table["section"] == 1]["term"]) == ["나", "라"]


@pytest.mark.parametrize(
    "term, occurrences", [("제로페이", 8), ("스마트시티", 3), ("박원순", 11), ("ICT", 4)]
)
def test_kwic_keyword_at_its_offset(seed, seed_tokens, seed_sentences, term, occurrences):
    lines = kornews.keyword_in_context(seed_tokens, seed, term=term, window=20)
    assert list(lines.columns) == [
        "section",
        "sentence",
        "start",
        "end",
        "left",
        "keyword",
        "right",
    ]
    assert len(lines) == occurrences
    text = seed.text
    sentences = seed_sentences.set_index("sentence")
    for line in lines.itertuples():
        assert text[line.start : line.end] == line.keyword == term
        assert text[line.start - len(line.left) : line.start] == line.left
        assert text[line.end : line.end + len(line.right)] == line.right
        assert len(line.left) <= 20 and len(line.right) <= 20
        sentence = sentences.loc[line.sentence]
        assert (
            sentence.start <= line.start - len(line.left)
            and line.end + len(line.right) <= sentence.end
        )
    assert lines["start"].is_monotonic_increasing


def test_kwic_context_reaches_the_window_inside_a_long_sentence(seed_tokens, seed):
    lines = kornews.keyword_in_context(seed_tokens, seed, term="스마트시티", window=10)
    # "세계 최대 규모의 스마트시티 국제행사인 ..." (paragraph of 2019 스마트시티 엑스포)
    assert lines.iloc[0]["left"] == "세계 최대 규모의 "
    assert lines.iloc[0]["right"] == " 국제행사인 ‘20"


def test_kwic_of_an_absent_term_is_empty(seed_tokens, seed):
    assert kornews.keyword_in_context(seed_tokens, seed, term="이상일").empty


@pytest.mark.parametrize("phrase", ["박원순 시장", "박원순시장", " 박원순  시장 "])
def test_kwic_of_a_phrase(seed, seed_tokens, seed_sentences, phrase):
    # The collocation table's top pair: 박원순 시장 stands nine times (see test_collocations_from_reading).
    lines = kornews.keyword_in_context(seed_tokens, seed, term=phrase, window=12)
    assert len(lines) == 9
    assert set(lines["keyword"]) == {"박원순 시장"}  # the text's own spacing, at exact offsets
    assert all(seed.text[line.start : line.end] == line.keyword for line in lines.itertuples())
    sentences = seed_sentences.set_index("sentence")
    assert all(
        sentences.loc[line.sentence, "end"] >= line.end + len(line.right)
        for line in lines.itertuples()
    )
    assert lines.iloc[0]["right"].startswith(
        ", 서울 ICT혁신"
    )  # the title: "박원순 시장, 서울 ICT혁신에 ..."


def test_a_phrase_does_not_cross_a_sentence_and_matches_do_not_overlap():
    tokens = _tokens(
        [
            (0, 0, "가", "NNG"),
            (0, 1, "나", "NNG"),
            (0, 1, "가", "NNG"),
            (0, 1, "나", "NNG"),
            (0, 1, "나", "NNG"),
        ]
    )
    matches = kornews.term_matches(tokens, term="가 나")
    assert list(matches["token"]) == [2] and list(matches["morphemes"]) == [2]
    assert list(kornews.term_matches(tokens, term="나나")["token"]) == [
        3
    ]  # 나 at 1 is followed by 가


def test_a_word_kiwi_splits_is_found_as_its_morphemes(seed, seed_tokens):
    # "ICT혁신" is written glued in the title and "ICT 혁신" in section 1's heading; Kiwi gives ICT + 혁신 for both.
    lines = kornews.keyword_in_context(seed_tokens, seed, term="ICT혁신")
    assert sorted(lines["keyword"]) == ["ICT 혁신", "ICT혁신"]


INVENTED = "서울시 새 정책 발표\n서울시장은 새 정책을 발표했다. 시민 100명이 참석했다.\n정책 설명회는 내일 열린다.\n"


@pytest.fixture(scope="module")
def invented():
    article = kornews.read_article(INVENTED)
    return article, kornews.tokenize(article)


@pytest.mark.parametrize(
    "term, status, occurrences, counted, in_text",
    [
        ("정책", "found", 3, 3, 3),
        ("새 정책", "found", 2, 2, 2),  # a phrase, in the title and the first sentence
        ("명", "stopword", 1, 0, 2),  # 100명 (and 설명회 holds 명 inside a longer word)
        ("새", "not a noun here", 2, 0, 2),  # a determiner (MM), not a noun
        ("민", "inside longer words", 0, 0, 1),  # only in 시민
        ("부산", "not in the text", 0, 0, 0),
        ("", "not in the text", 0, 0, 0),
    ],
)
def test_term_status_says_why_a_term_is_missing(
    invented, term, status, occurrences, counted, in_text
):
    article, tokens = invented
    row = kornews.term_status(tokens, article, terms=[term]).iloc[0]
    assert (row["status"], row["occurrences"], row["counted"], row["in_text"]) == (
        status,
        occurrences,
        counted,
        in_text,
    )
    # The lines are the counted occurrences: a stopword or a determiner has none.
    assert len(kornews.keyword_in_context(tokens, article, term=term)) == counted
    assert "\n" not in row["note"]


# Invented, in a local weekly's shape: its name holds 시민, and 연휴기간 is one compound.
OUTLET_NAME = (
    "연휴 나들이객 몰려\n"
    "양산시민신문이 연휴 첫날 시민 10명을 만났다. 연휴기간 시민들은 공원을 찾았다.\n"
    "양산시민신문 취재팀은 연휴 마지막 날에도 나섰다.\n"
)


@pytest.mark.parametrize("term, count", [("시민", 2), ("연휴", 3)])
def test_kwic_lines_are_the_counted_occurrences(term, count):
    article = kornews.read_article(OUTLET_NAME)
    tokens = kornews.tokenize(article)
    counts = kornews.term_counts(tokens).set_index("term")["count"]
    lines = kornews.keyword_in_context(tokens, article, term=term)
    assert counts[term] == count == len(lines)
    assert set(lines["keyword"]) == {term}
    # No line inside 양산시민신문 or 연휴기간: the character after each keyword ends the word.
    assert not any(line.right[:1] in ("신", "기") for line in lines.itertuples())


def test_term_status_notes(invented):
    article, tokens = invented
    notes = kornews.term_status(
        tokens, article, terms=["정책", "민", "새", "부산", "정책"]
    ).set_index("term")["note"]
    assert list(notes.index) == ["정책", "민", "새", "부산"]  # distinct, in the order given
    assert notes["정책"] == "3 times"
    assert notes["민"] == "in the text once, only inside longer words such as «시민»"
    assert "tagged MM" in notes["새"]
    assert notes["부산"] == "not in the title, headings or body"


def test_dispersion_of_a_phrase_and_of_absent_terms(seed, seed_tokens, stop):
    table = kornews.dispersion(
        seed_tokens, terms=["박원순 시장", "시", "이상일", "제로페이"], stopwords=stop
    )
    assert (
        list(table["term"]) == ["박원순 시장"] * 9 + ["제로페이"] * 8
    )  # 시 is a stopword; 이상일 is absent
    assert (table[["section", "sentence", "start", "end", "token"]].dtypes == "int64").all()
    assert all(
        seed.text[s:e] == "박원순 시장"
        for s, e in table[table["term"] == "박원순 시장"][["start", "end"]].to_numpy()
    )
    status = kornews.term_status(
        seed_tokens, seed, terms=["박원순 시장", "시", "이상일", "제로페이"], stopwords=stop
    )
    assert list(status["status"]) == ["found", "stopword", "not in the text", "found"]
    assert list(status["counted"]) == [9, 0, 0, 8]


def test_dispersion_plot_names_the_terms_it_cannot_plot(seed, seed_tokens, stop):
    from kornews import plots

    terms = ["제로페이", "시", "이상일"]
    spread = kornews.dispersion(seed_tokens, terms=terms, stopwords=stop)
    fig = plots.plot_dispersion(
        spread,
        status=kornews.term_status(seed_tokens, seed, terms=terms, stopwords=stop),
        lang="en",
    )
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["제로페이"]
    assert fig.get_supxlabel() == "Not plotted — 시: stopword; 이상일: not in the text"
    # Nothing to plot at all: the message still names them.
    empty = kornews.dispersion(seed_tokens, terms=["이상일"], stopwords=stop)
    fig = plots.plot_dispersion(
        empty,
        status=kornews.term_status(seed_tokens, seed, terms=["이상일"], stopwords=stop),
        lang="en",
    )
    assert any("이상일: not in the text" in t.get_text() for t in fig.axes[0].texts)


SUFFIXES = {row.suffix for row in tables.table("term_suffixes.tsv")}


def test_bigrams_are_adjacent_terms_of_one_sentence(seed, seed_tokens, stop):
    # A term joins the nouns written together in one word (청년창업센터 = 청년 창업 센터), so a
    # pair is two adjacent terms: what lies between its start and end is their morphemes only.
    pairs = kornews.noun_bigrams(seed_tokens, stopwords=stop)
    assert len(pairs) > 50
    assert (
        (pairs["term"] == "청년창업센터") & (pairs["next_term"] == "등")
    ).sum() == 0  # 등 is a stopword
    for pair in pairs.itertuples():
        inside = seed_tokens[
            (seed_tokens["start"] >= pair.start) & (seed_tokens["end"] <= pair.end)
        ]
        assert set(inside["sentence"]) == {pair.sentence}
        # A determiner only where Kiwi split it off a one-syllable noun (본상: 본/MM + 상), a
        # suffix only one the terms keep (대학생: 대학 + 생/XSN).
        split = inside["tag"].eq("MM") & inside["form"].shift(-1).str.len().eq(1)
        kept = inside["tag"].eq("XSN") & inside["form"].isin(SUFFIXES)
        assert (inside["tag"].isin([*TERM_TAGS, "XPN"]) | split | kept).all()
        assert "".join(inside["form"]) == pair.term + pair.next_term
        assert "".join(seed.text[pair.start : pair.end].split()) == pair.term + pair.next_term


def test_collocations_from_reading(seed_tokens, stop):
    table = kornews.collocations(seed_tokens, stopwords=stop).set_index("bigram")
    # 박원순 시장 (with a space) stands nine times: title, 9, 17, 27, 33, 35, 41 (twice), 43.
    assert table.loc["박원순 시장", "count"] == 9
    assert table.loc["스마트 서울", "count"] == 2  # 스마트 서울 네트워크, 스마트 서울 도시데이터
    assert table.index[0] == "박원순 시장"
    assert (table["count"] >= 2).all()
    assert table["llr"].is_monotonic_decreasing
    # A particle between two nouns breaks the pair: 제로페이의 활성화.
    pairs = kornews.noun_bigrams(seed_tokens, stopwords=stop)
    assert not ((pairs["term"] == "제로페이") & (pairs["next_term"] == "활성화")).any()


def test_dispersion(seed, seed_tokens, stop):
    table = kornews.dispersion(
        seed_tokens, terms=["제로페이", "스마트시티", "제로페이"], stopwords=stop
    )
    assert list(table.columns) == ["term", "section", "sentence", "start", "end", "token"]
    assert list(table["term"]) == ["제로페이"] * 8 + ["스마트시티"] * 3
    assert set(table[table["term"] == "제로페이"]["section"]) == {3}
    assert all(seed.text[s:e] == t for t, s, e in zip(table["term"], table["start"], table["end"]))
    assert (seed_tokens.iloc[table["token"]]["start"].to_numpy() == table["start"].to_numpy()).all()


def test_no_terms_gives_empty_tables():
    tokens = _tokens([(0, 0, "123", "SN"), (0, 0, "것", "NNB")])
    assert kornews.term_counts(tokens).empty
    assert list(kornews.distinctive_terms(tokens).columns) == [
        "section",
        "term",
        "count",
        "score",
        "rank",
    ]
    assert kornews.collocations(tokens).empty


def test_cli_csv(seed_path, capsys):
    assert cli.main(["terms", str(seed_path), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table.columns) == [
        "term",
        "tag",
        "count",
        "section_0",
        "section_1",
        "section_2",
        "section_3",
    ]
    assert table.set_index("term").loc["제로페이", "count"] == 8
    assert list(table["count"]) == sorted(table["count"], reverse=True)
    for _, same in table.groupby("count"):
        assert list(same["term"]) == sorted(same["term"])
    assert not table["term"].isin(["이상일", "디지털데일리", "등", "수"]).any()


def test_cli_bad_path(tmp_path, capsys):
    assert cli.main(["terms", str(tmp_path / "missing.txt"), "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_plots(seed_tokens, stop):
    from matplotlib.figure import Figure

    from kornews import plots

    counts = kornews.term_counts(seed_tokens, stopwords=stop)
    fig = plots.plot_top_terms(counts, top=12)
    assert isinstance(fig, Figure)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == list(counts["term"].head(12))[::-1]  # the most frequent on top

    fig = plots.plot_distinctive_terms(
        kornews.distinctive_terms(seed_tokens, top=4, stopwords=stop)
    )
    assert sum(ax.get_visible() for ax in fig.axes) == 4

    spread = kornews.dispersion(seed_tokens, terms=["제로페이", "스마트시티"], stopwords=stop)
    fig = plots.plot_dispersion(
        spread, section_starts=seed_tokens.groupby("section")["start"].min()
    )
    assert len(fig.axes[0].collections[0].get_offsets()) == 11
    assert len(fig.axes[0].lines) == 4  # one dashed line per section start


def test_cli_extra_stopwords(capsys, seed_path):
    assert cli.main(["terms", str(seed_path), "--format", "csv", "--stopwords", "시장, 사업"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert "시장" not in set(table["term"]) and "사업" not in set(table["term"])
    assert table.iloc[0]["term"] == "박원순" and table.iloc[0]["count"] == 11


LAYOUTS = Path(__file__).parent / "layouts"


@pytest.mark.parametrize(
    "fixture, term, parts",
    [
        ("yonhap.txt", "소상공인", "소 상공인"),  # Kiwi: 소/XPN 상공인; the prefix joins
        ("newsis.txt", "목동구장", "목동 구장"),
        ("newsis_2010.txt", "주민센터", "주민 센터"),
        ("news1.txt", "국민의힘", "국민의힘"),  # the user dictionary: Kiwi reads 국민/의/힘
        ("news1.txt", "더불어민주당", "더불어민주당"),
    ],
)
def test_terms_read_whole(fixture, term, parts):
    article = kornews.read_article(LAYOUTS / fixture)
    terms = kornews.term_tokens(kornews.tokenize(article))
    found = terms[terms["term"] == term]
    assert set(found["parts"]) == {parts}
    # Every time the word is written, it is one term (never its pieces).
    written = sum(
        p.text.count(term)
        for p in article.parts
        if p.kind in ("title", "subtitle", "heading", "paragraph")
    )
    assert len(found) == written > 0


@pytest.mark.parametrize("fixture", ["mk.txt", "news1.txt", "kbs.txt"])
def test_units_and_function_nouns_are_no_terms(fixture):
    article = kornews.read_article(LAYOUTS / fixture)
    terms = set(kornews.term_counts(kornews.tokenize(article))["term"])
    assert not terms & {"포인트", "경우", "이후", "당초", "올해", "지난해"}


def test_a_compound_keeps_its_parts_and_its_span(seed, seed_tokens):
    terms = kornews.term_tokens(seed_tokens).set_index("term")
    row = terms.loc["청년창업센터"]
    assert (row["parts"], row["tokens"], row["tag"]) == ("청년 창업 센터", 3, "NNG")
    assert seed.text[row["start"] : row["end"]] == "청년창업센터"
    assert (
        "ICT" in terms.index and "ICT혁신" not in terms.index
    )  # a Latin word stays apart (ICT혁신)


def test_a_reporting_verb_and_a_figures_bound_are_no_terms():
    article = kornews.read_article("제목\n가상시 시장은 지원금이 3억원 이하라고 말했다.\n")
    tokens = kornews.tokenize(article)
    terms = set(kornews.term_counts(tokens, stopwords=kornews.news_stopwords(article))["term"])
    assert {"말", "이하"}.isdisjoint(terms) and {"시장", "지원금"} <= terms


def test_dispersion_counts_a_word_as_the_counts_do_never_inside_a_compound():
    article = kornews.read_article(
        "제목\n주민센터 두 곳이 문을 열었다.\n주민들은 주민센터를 반겼다.\n"
    )
    tokens = kornews.tokenize(article)
    counts = kornews.term_counts(tokens).set_index("term")["count"]
    assert counts["주민센터"] == 2 and counts["주민"] == 1
    spread = kornews.dispersion(tokens, terms=["주민", "주민센터"])
    assert spread.groupby("term").size().to_dict() == {"주민": 1, "주민센터": 2}
    only_inside = kornews.read_article("제목\n주민센터 두 곳이 문을 열었다.\n")
    status = kornews.term_status(kornews.tokenize(only_inside), only_inside, terms=["주민"]).iloc[0]
    assert status["status"] == "inside longer words" and "주민센터" in status["note"]


# --- term_tokens in one pass: the same table as the groupby it replaced, on every article ---


def _grouped_term_tokens(tokens, stopwords=()):
    """term_tokens as it was written before the one-pass rewrite, with the later rules that a
    determiner glued onto a one-syllable noun joins it as a prefix, that a suffix of
    data/term_suffixes.tsv glued onto a term stays on it (대학+생), and that a surname alone before a
    title, 씨 or 모 is no term (김 의원): the reference it must match."""
    from kornews.terms import _HANGUL, _PREFIX_TAG

    stop = NEWS_STOPWORDS | frozenset(stopwords)
    table = tokens.sort_values("start", kind="stable").reset_index(drop=True)
    table = table.rename_axis("token").reset_index()
    joinable = table["tag"].isin(["NNG", "NNP", _PREFIX_TAG]) & table["form"].str.fullmatch(_HANGUL)
    after, previous = table.shift(-1), table.shift(1)
    onto = (
        table["tag"].eq("MM")
        & after["tag"].isin(["NNG", "NNP"])
        & after["form"].str.fullmatch("[가-힣]").fillna(False).astype(bool)
        & after["start"].eq(table["end"])
    )
    table["tag"] = table["tag"].mask(onto, _PREFIX_TAG)
    joinable = joinable | onto
    suffixes = {row.suffix for row in tables.table("term_suffixes.tsv")}
    surnames = {row.surname for row in tables.table("surnames.tsv") if len(row.surname) == 1}
    person = {"씨", "모"} | {row.title for row in tables.table("titles.tsv")}
    # a kept suffix glued onto the noun before it (a run of them: each onto the one before)
    suffix = table["tag"].eq("XSN") & table["form"].isin(suffixes)
    onto_noun = table["start"].eq(previous["end"]) & table["sentence"].eq(previous["sentence"])
    kept_suffix = (
        suffix & onto_noun & (joinable.shift(fill_value=False) | suffix.shift(fill_value=False))
    )
    # a surname before a title, 씨 or 모, or before 전 or 현 and a title
    titled = after["form"].isin(person) | (
        after["tag"].eq("MM") & table.shift(-2)["form"].isin(person)
    )
    alone = table["tag"].eq("NNP") & table["form"].isin(surnames) & titled
    joins = joinable | kept_suffix
    candidates = table[(table["tag"].isin(TERM_TAGS) | joins) & ~alone]
    before = candidates.shift()
    glued = (
        joins
        & joins.reindex(before.index).shift(fill_value=False).astype(bool)
        & (candidates["start"] == before["end"])
        & (candidates["sentence"] == before["sentence"])
        & (candidates["tag"] != _PREFIX_TAG)
    )
    firsts = [c for c in table.columns if c not in ("end", "form", "lemma", "tag")]
    terms = candidates.groupby((~glued).cumsum(), sort=False).agg(
        **{column: (column, "first") for column in firsts},
        end=("end", "last"),
        form=("form", "".join),
        lemma=("lemma", "".join),
        tag=("tag", lambda tags: "NNP" if "NNP" in set(tags) else tags[tags != "XSN"].iloc[-1]),
        tokens=("form", "size"),
        parts=("form", " ".join),
    )
    kept = terms[terms["tag"].isin(TERM_TAGS) & ~terms["form"].isin(stop)]
    return (
        kept[[*table.columns, "tokens", "parts"]].assign(term=kept["form"]).reset_index(drop=True)
    )


EVERY_ARTICLE = sorted(
    [
        *(Path(__file__).parent / "articles").glob("*.txt"),
        *(p for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".html")),
        *(Path(__file__).parent / "gold").glob("*/*.txt"),
        Path(__file__).parents[1] / "seeds" / "000_17620ace2f9e96c7.txt",
    ]
)


@pytest.fixture(scope="module")
def every_token_table():
    articles = [kornews.read_article(path) for path in EVERY_ARTICLE]
    return [(article, tokens) for article, tokens in kornews.tokenized(articles)]


def test_term_tokens_is_the_grouped_table_on_every_fixture_and_gold_article(every_token_table):
    assert len(every_token_table) > 60
    joined = 0
    for article, tokens in every_token_table:
        stop = kornews.news_stopwords(article)
        for stopwords in ((), stop):
            made = kornews.term_tokens(tokens, stopwords=stopwords)
            pd.testing.assert_frame_equal(
                made, _grouped_term_tokens(tokens, stopwords), check_exact=True, obj=article.name
            )
        joined += int((made["tokens"] > 1).sum())
    # The comparison covers terms joined from several morphemes, not only single nouns.
    assert joined > 100


def test_term_columns_are_term_tokens_columns_without_its_table():
    # 소+상공인 joins into one term; 등 is a stopword; the rows come out of text order.
    tokens = pd.DataFrame(
        {
            "section": [1, 0, 0, 0],
            "part": ["paragraph"] * 4,
            "paragraph": [1, 0, 0, 0],
            "sentence": [1, 0, 0, 0],
            "start": [10, 0, 1, 5],
            "end": [12, 1, 4, 6],
            "form": ["서울", "소", "상공인", "등"],
            "tag": ["NNP", "XPN", "NNG", "NNB"],
            "lemma": ["서울", "소", "상공인", "등"],
        }
    )
    found = term_columns(tokens)
    assert found.term == ["소상공인", "서울"]
    assert found.tag == ["NNG", "NNP"]
    assert found.section == [0, 1]
    table = term_tokens(tokens)
    assert (found.term, found.tag, found.section) == (
        table["term"].tolist(),
        table["tag"].tolist(),
        table["section"].tolist(),
    )


def test_a_determiner_kiwi_splits_off_a_word_joins_its_one_syllable_noun():
    # Invented: Kiwi splits the name 새민 into 새 (a determiner) + 민 (a noun), and 한파 into
    # 한 + 파; 새 written apart stays a determiner, no term.
    article = kornews.read_article(
        "주민 모임 열려\n새민 씨가 한파에도 주민 모임을 열었다. 새 회관에서 열렸다.\n"
    )
    terms = kornews.term_counts(kornews.tokenize(article))["term"].tolist()
    assert {"새민", "한파", "주민", "모임", "회관"} <= set(terms)
    assert not {"민", "파", "새"} & set(terms)
