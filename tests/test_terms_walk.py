"""Terms in the shapes a reviewer's walk of the workbook found miscounted: a surname standing for a
person before a title, 씨 or 모, and a noun Kiwi splits from its suffix (대학+생) or its determiner
(온+누리). Invented sentences in real shapes; expected terms read by hand."""

import pytest

import kornews
from kornews.tables import table


def _terms(body: str) -> list[str]:
    article = kornews.parse_article("제목\n" + body + "\n")
    return kornews.term_tokens(kornews.tokenize(article))["term"].tolist()[1:]  # after 제목


@pytest.mark.parametrize(
    "body, expected",
    [
        ("김 의원은 법안을 냈다.", ["의원", "법안"]),
        ("박 전 장관이 왔다.", ["장관"]),
        ("최 모 교사가 왔다.", ["교사"]),
        ("권씨는 가게를 열었다.", ["가게"]),
        ("이 대표와 정 교수가 만났다.", ["대표", "교수"]),
    ],
)
def test_a_surname_before_a_title_or_ssi_is_no_term(body, expected):
    assert _terms(body) == expected


@pytest.mark.parametrize(
    "body, term",
    [
        # a surname-like syllable that is a word of its own stays a term
        ("김 양식장이 늘었다.", "김"),
        # a full name stays whole
        ("가람시 홍길동 의원이 왔다.", "홍길동"),
    ],
)
def test_a_surname_syllable_not_before_a_title_stays(body, term):
    assert term in _terms(body)


@pytest.mark.parametrize("row", table("term_suffixes.tsv"), ids=lambda row: row.suffix)
def test_each_term_suffix_row_stays_on_its_noun(row):
    article = kornews.parse_article("제목\n" + row.example + "\n")
    tokens = kornews.tokenize(article)
    assert row.suffix in tokens.loc[tokens["tag"] == "XSN", "form"].tolist()  # Kiwi splits it off
    assert row.term in _terms(row.example)


def test_a_plural_after_a_kept_suffix_is_left_out():
    assert _terms("대학생들은 기자단을 꾸렸다.") == ["대학생", "기자단"]


@pytest.mark.parametrize(
    "body",
    [
        "이날 온누리상품권을 샀다.",
        "시는 온누리상품권 판매를 늘렸다.",
        "7천만원 상당의 온누리상품권이다.",
    ],
)
def test_onnuri_voucher_is_one_term(body):
    terms = _terms(body)
    assert "온누리상품권" in terms
    assert not {"누리상품", "온누리상품", "누리상품권"} & set(terms)
