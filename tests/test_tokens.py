"""Tokenizing: spans point back at the text, sentences stay inside their parts, dictionary words stay whole."""

import os
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kornews
from kornews import ArticleError, UserDictionary, read_article, tokenize

EXACT_TAGS = ["NNG", "NNP", "SL", "SN", "SH"]


# Where a token or a sentence stands: the columns both tables open with.
PLACE = ["section", "part", "paragraph", "sentence", "start", "end"]


def test_columns(seed_tokens, seed_sentences):
    assert list(seed_tokens.columns) == [*PLACE, "form", "tag", "lemma"]
    assert list(seed_sentences.columns) == [*PLACE, "text"]


def test_spans_point_back_at_their_text(seed, seed_tokens):
    exact = seed_tokens[seed_tokens["tag"].isin(EXACT_TAGS)]
    assert len(exact) > 300
    for row in exact.itertuples():
        assert seed.text[row.start : row.end] == row.form


def test_tokens_lie_in_title_headings_and_paragraphs_only(seed, seed_tokens):
    allowed = [p for p in seed.parts if p.kind in ("title", "heading", "paragraph")]
    for row in seed_tokens.itertuples():
        assert any(p.start <= row.start and row.end <= p.end for p in allowed), row
    footer_and_dateline = "".join(p.text for p in seed.parts if p.kind in ("footer", "dateline"))
    assert "ddaily" in footer_and_dateline
    assert not seed_tokens["form"].str.contains("ddaily").any()


def test_sentences_stay_inside_one_part(seed, seed_sentences):
    for row in seed_sentences.itertuples():
        assert seed.text[row.start : row.end] == row.text
        holders = [p for p in seed.parts if p.start <= row.start and row.end <= p.end]
        assert len(holders) == 1 and holders[0].kind in ("title", "heading", "paragraph")
    assert list(seed_sentences["sentence"]) == list(range(len(seed_sentences)))
    assert list(seed_sentences["start"]) == sorted(seed_sentences["start"])


def test_body_sentences_per_section_as_read(seed_sentences):
    # Counted by reading the article: the lead's two paragraphs hold 3 + 1 sentences, the
    # first ◆ section 3+1+2+2+1+1+2+2+1, the second 3+2+3, the third 2+2+3.
    body = seed_sentences[seed_sentences["part"] == "paragraph"]
    assert body.groupby("section").size().to_dict() == {0: 4, 1: 15, 2: 8, 3: 7}
    first = body[body["paragraph"] == 0]["text"].tolist()
    assert first[0] == "박원순 서울시장의 사망이 경찰에 의해 10일 공식 발표됐다."


def test_quoted_speech_stays_inside_its_sentence(seed_sentences):
    quoted = seed_sentences[seed_sentences["text"].str.contains("“급변하는")]
    assert len(quoted) == 1
    assert quoted.iloc[0]["text"].endswith("높여나가겠다”고 말한바 있다.")


def test_token_sentence_numbers_match_sentence_spans(seed_tokens, seed_sentences):
    spans = seed_sentences.set_index("sentence")
    for row in seed_tokens.itertuples():
        assert (
            spans.at[row.sentence, "start"] <= row.start
            and row.end <= spans.at[row.sentence, "end"]
        )


def test_paragraph_numbers(seed_tokens):
    body = seed_tokens[seed_tokens["part"] == "paragraph"]
    assert sorted(body["paragraph"].unique()) == list(range(17))
    assert (seed_tokens[seed_tokens["part"] != "paragraph"]["paragraph"] == -1).all()
    assert (seed_tokens[seed_tokens["part"] == "title"]["section"] == 0).all()


# Occurrences counted in the title, headings and body of the seed (grep, footer excluded).
@pytest.mark.parametrize(
    "word, count",
    [("제로페이", 8), ("서울페이", 1), ("S-Net", 1), ("S-Dot", 1), ("S-Data", 1), ("핀테크랩", 2)],
)
def test_dictionary_words_stay_whole(seed_tokens, word, count):
    assert (seed_tokens["form"] == word).sum() == count


def test_dictionary_word_after_a_parenthesis():
    article = read_article("제목\n스마트 서울 네트워크(S-Net)와 ‘제로페이’(제로페이앱) 사업.\n")
    forms = tokenize(article)["form"].tolist()
    assert "S-Net" in forms and forms.count("제로페이") == 2


def test_latin_dictionary_word_does_not_match_inside_a_longer_word():
    forms = tokenize(read_article("제목\nS-Database 구축과 S-Data 사업.\n"))["form"].tolist()
    assert forms.count("S-Data") == 1


def test_without_a_dictionary_kiwi_splits_the_names(seed):
    forms = tokenize(seed, dictionary=None)["form"]
    assert (forms == "제로페이").sum() == 0


def test_users_own_dictionary(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my words\n청년창업센터\tNNP\n", encoding="utf-8")
    article = read_article("제목\n청년창업센터 등 IT스타트업 육성.\n")
    assert "청년창업센터" not in tokenize(article, dictionary=None)["form"].tolist()
    assert "청년창업센터" in tokenize(article, dictionary=path)["form"].tolist()
    assert UserDictionary.load(path).words == (("청년창업센터", "NNP"),)


@pytest.mark.parametrize("content", ["a\tNNP\textra\n", "\tNNP\n", "단어\tJKS\n"])
def test_malformed_dictionary_line(tmp_path, content):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match="bad.tsv:1"):
        UserDictionary.load(path)


def test_missing_dictionary_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot read user dictionary"):
        UserDictionary.load(tmp_path / "none.tsv")


@pytest.mark.parametrize(
    "make, why",
    [
        (lambda d: d / "none.tsv", "No such file or directory"),
        (lambda d: d, "Is a directory"),
        (lambda d: d / "cp949.tsv", "not UTF-8"),
    ],
)
def test_a_dictionary_that_cannot_be_read_says_why_in_words(tmp_path, make, why):
    # Before: Python's own words, "[Errno 2] No such file or directory: '/tmp/…'" and
    # "'utf-8' codec can't decode byte 0xb4 in position 0: invalid start byte".
    (tmp_path / "cp949.tsv").write_bytes("단어\tNNP\n".encode("cp949"))
    path = make(tmp_path)
    with pytest.raises(ArticleError) as error:
        UserDictionary.load(path)
    assert str(error.value) == f"{path}: cannot read user dictionary ({why})"


def test_results_are_the_same_every_time(seed):
    again = kornews.tokenize(read_article(seed.text))
    pd.testing.assert_frame_equal(again, kornews.tokenize(seed))


def test_one_kiwi_per_process():
    assert kornews.get_kiwi() is kornews.get_kiwi()


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1))
def test_any_text_tokenizes_inside_its_parts(text):
    try:
        article = kornews.parse_article(text)
    except ArticleError:
        return
    tokens = tokenize(article)
    parts = [
        (p.start, p.end)
        for p in article.parts
        if p.kind in ("title", "subtitle", "heading", "paragraph")
    ]
    for row in tokens.itertuples():
        assert any(start <= row.start <= row.end <= end for start, end in parts)
    assert tokens["sentence"].is_monotonic_increasing


def test_tokenize_many_matches_tokenize_one_by_one(seed):
    other = read_article("다른 기사\n서울시가 제로페이 가맹점을 늘렸다. 두 번째 문장.\n")
    tables = list(kornews.tokenize_many([seed, other, seed], chunk_size=2))
    assert [t["article"].iloc[0] for t in tables] == [seed.name, other.name, seed.name]
    for table, article in zip(tables, [seed, other, seed]):
        pd.testing.assert_frame_equal(table.drop(columns="article"), tokenize(article))


def test_a_chunks_articles_each_get_their_own_rows_of_one_table(seed, monkeypatch):
    # Made by Kiwi, not read from the cache: one table for the chunk, each article's rows cut
    # from it, numbered from 0 with its sentences from 0, as the table made for it alone.
    monkeypatch.setenv("KORNEWS_CACHE", "off")
    other = read_article("다른 기사\n서울시가 제로페이 가맹점을 늘렸다. 두 번째 문장.\n")
    pairs = list(kornews.tokenized([other, seed, other], chunk_size=3))
    assert [article for article, _ in pairs] == [other, seed, other]
    for article, table in pairs:
        alone = tokenize(article)
        pd.testing.assert_frame_equal(table, alone, check_index_type=True)
        assert table["sentence"].iloc[0] == 0 and table.index[0] == 0
    assert len(pairs[1][1]) > len(pairs[0][1]) == len(pairs[2][1]) == 16  # 2 + 9 + 5 morphemes


@pytest.mark.parametrize("word", [word for word, _ in UserDictionary.load().words])
def test_every_shipped_dictionary_word_comes_out_whole_in_context(word):
    # After a noun and a parenthesis, in quotes, before particles, at a sentence's start and end.
    text = f"제목\n{word} 사업은 네트워크({word})와 ‘{word}’를 잇는다. 서울시의 {word}가 늘었다. 핵심은 {word}\n"
    forms = tokenize(read_article(text))["form"].tolist()
    assert forms.count(word) == 5, forms


def test_dictionary_words_with_spaces_are_refused_and_hash_inside_a_word_is_kept(tmp_path):
    path = tmp_path / "spaces.tsv"
    path.write_text("제로페이 NNP\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="spaces.tsv:1"):
        UserDictionary.load(path)
    path.write_text("C#\tSL  # a language\n# a comment line\n", encoding="utf-8")
    assert UserDictionary.load(path).words == (("C#", "SL"),)


@pytest.mark.parametrize(
    "setting, threads", [("1", 1), ("", os.cpu_count()), ("many", os.cpu_count())]
)
def test_kiwi_threads_follow_kornews_threads(setting, threads):
    code = "import kornews; print(kornews.get_kiwi().num_workers)"
    env = {**os.environ, "KORNEWS_THREADS": setting}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert int(done.stdout) == threads


# --- a long paragraph goes to Kiwi in pieces (Kiwi's time grows faster than one string's length) ---


def _one_line(seed, times: int) -> str:
    body = " ".join(p.text for p in seed.parts if p.kind == "paragraph")
    return "긴 문단 기사\n" + " ".join([body] * times) + "\n"


def test_a_long_paragraph_reaches_kiwi_in_bounded_pieces(seed, monkeypatch):
    handed = []
    tokenize_texts = kornews.tokens._kiwi_tokenize
    monkeypatch.setattr(
        kornews.tokens,
        "_kiwi_tokenize",
        lambda texts, dictionary: handed.extend(texts) or tokenize_texts(texts, dictionary),
    )
    article = read_article(_one_line(seed, 3))
    tokens = tokenize(article)
    assert len(article.parts[1].text) > 3 * kornews.tokens.MAX_PIECE
    assert max(map(len, handed)) <= kornews.tokens.MAX_PIECE and len(handed) > 3
    # One paragraph still, and every span points back at the article's text.
    body = tokens[tokens["part"] == "paragraph"]
    assert set(body["paragraph"]) == {0}
    exact = tokens[tokens["tag"].isin(EXACT_TAGS)]
    assert all(article.text[row.start : row.end] == row.form for row in exact.itertuples())


def test_a_long_paragraph_is_cut_at_sentence_ends(seed, seed_sentences):
    # The seed's body run together into one line, three times: the cuts fall where sentences
    # end, so the line has the seed's body sentences, three times over, word for word.
    article = read_article(_one_line(seed, 3))
    found = kornews.sentences(tokenize(article), article)
    body = seed_sentences[seed_sentences["part"] == "paragraph"]["text"].tolist()
    assert found[found["part"] == "paragraph"]["text"].tolist() == body * 3


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        (
            "가나다. 라마바. 사아자.",
            10,
            ["가나다. 라마바. ", "사아자."],
        ),  # after the last sentence end that fits
        (
            "가나다 라마바 사아자 차카",
            10,
            ["가나다 라마바 ", "사아자 차카"],
        ),  # no sentence end: after a space
        ("가" * 25 + " 나다", 10, ["가" * 25 + " ", "나다"]),  # a long word stays whole
        ("가나 " + "다" * 12 + ". 라", 10, ["가나 " + "다" * 12 + ". ", "라"]),
        ("가" * 205, 10, ["가" * 10] * 11 + ["가" * 95]),  # past ten times the bound: at the bound
        (
            "“가나다.” 라마바 사아자",
            10,
            ["“가나다.” ", "라마바 사아자"],
        ),  # a closing quote stays with its sentence
        ("짧은 문단.", 10, ["짧은 문단."]),
    ],
)
def test_cuts(text, limit, pieces):
    assert [text[start:end] for start, end in kornews.tokens._cuts(text, limit)] == pieces


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="가나 .!?”", max_size=300), st.integers(min_value=2, max_value=40))
def test_cuts_cover_the_text_in_bounded_pieces(text, limit):
    cuts = kornews.tokens._cuts(text, limit)
    assert "".join(text[start:end] for start, end in cuts) == text
    assert all(0 < end - start <= 10 * limit for start, end in cuts) or cuts == [(0, 0)]
    # A piece over the bound is a word that would otherwise be cut: no space in its second half.
    for start, end in cuts:
        assert end - start <= limit or " " not in text[start + limit // 2 : end].rstrip(" ")


def test_sentence_rows_gives_groupby_s_groups_in_order_without_a_table_per_sentence():
    # Rows out of sentence order, and a sentence whose rows are not together: the sort is stable.
    tokens = pd.DataFrame(
        {
            "sentence": [2, 0, 1, 0, 2, 1],
            "start": [20, 0, 10, 5, 25, 15],
            "form": ["가", "나", "다", "라", "마", "바"],
        },
        index=[10, 11, 12, 13, 14, 15],
    )
    ordered, spans = kornews.tokens.sentence_rows(tokens)
    groups = [ordered.iloc[span] for span in spans]
    assert [list(g["form"]) for g in groups] == [["나", "라"], ["다", "바"], ["가", "마"]]
    assert [list(g.index) for g in groups] == [[11, 13], [12, 15], [10, 14]]
    assert kornews.tokens.sentence_rows(tokens.iloc[:0])[1] == []
