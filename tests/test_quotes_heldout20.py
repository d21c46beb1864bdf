"""The shapes of quotes/heldout20's quotation misses (benchmarks/real/quotes/heldout20/first-reading.md),
on invented text: an unmarked chain Kiwi cuts at 다+며, a clause taken by a noun of what is said
(…된다는 점을 강조했다), a quotation cut by the excerpt's end, words in marks a request's noun
takes."""

import pytest

from kornews import tables
from quote_rows import quotes_of

TITLE = "시험 기사 제목\n\n"


def test_an_unmarked_chain_is_one_row_per_piece_each_with_the_verb_closing_its_part():
    table = quotes_of(
        TITLE
        + "홍길동 한인회장은 환영사에서 1.5세로 세대교체를 이룬 일은 큰 의미가 있다며, 2세들의 "
        "참여를 이끌어 냈다고 소개하며 2세들이 한인회에 힘을 보태고 있다고 알렸다."
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["indirect", "홍길동", "소개하다"],
        ["indirect", "홍길동", "소개하다"],
        ["indirect", "홍길동", "알리다"],
    ]
    assert table["text"].str.endswith(("의미가 있다", "이끌어 냈다", "보태고 있다")).all()


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "content-noun"], ids=str
)
def test_each_noun_of_what_is_said_takes_the_clause_its_verb_reports(row):
    table = quotes_of(TITLE + row.example)
    assert table[["kind", "speaker"]].values.tolist() == [["indirect", "김민수"]]
    text = table["text"].iloc[0]  # up to 다 (or 자), the noun and its object particle after
    assert any(f"{text}는 {row.word}{taken}" in row.example for taken in ("을", "를"))


def test_a_clause_a_noun_takes_with_no_reporting_verb_is_none():
    # …좋다는 점을 알았다: knowing is no saying; …반대한다는 입장이다: no verb at all.
    assert quotes_of(
        TITLE + "홍길동 회장은 일이 좋다는 점을 알았다. 그는 반대한다는 입장이다."
    ).empty


def test_a_quotation_cut_by_the_excerpts_end_is_one_with_no_verb():
    for cut in ("“기회가", '"우리가 세운 우리 학교"라'):
        table = quotes_of(
            TITLE + "홍길동 회장은 “행사를 열어 기쁘다”고 말했다.\n\n끝으로 홍 회장은 " + cut
        )
        assert table[["kind", "verb"]].fillna("").values.tolist()[-1] == ["direct", ""]
        assert table["speaker"].tolist() == ["홍길동", "홍길동"]


def test_a_mark_left_open_before_more_text_is_no_quotation():
    table = quotes_of(
        TITLE + "홍길동 회장은 “기회가\n\n저작권자 © 가상일보 무단전재 및 재배포 금지"
    )
    assert table.empty


def test_nouns_in_single_marks_an_object_is_named_as_are_no_quotation():
    # 자신을 '최 모 기자'라고 소개했다: naming (dev's reporter); 공약이 '재탕'이라고: said of a subject.
    table = quotes_of(
        TITLE + "해당 기자는 자신을 '가상 모 기자'라고 소개한 뒤 나갔다. 김철수 의원은 공약이 "
        "'재탕'이라고 비판했다. 그는 회원이 200명으로 늘었다고 소개했다."
    )
    assert table["verb"].tolist() == ["비판하다", "소개하다"]


def test_a_body_printed_again_and_cut_short_is_read_once():
    # heldout14's page prints its body twice, the second cut inside a quotation.
    body = (
        "홍길동 교장은 “모교를 기억해야 할 것이다”며 “올해 정상적인 학교생활이 어려웠다”고 말했다."
    )
    table = quotes_of(TITLE + body + "\n\n" + body[: body.index("정상적인 학") + 8])
    assert table["text"].tolist() == [
        "모교를 기억해야 할 것이다",
        "올해 정상적인 학교생활이 어려웠다",
    ]


def test_a_name_kiwi_ends_in_a_determiner_is_no_source_without_a_name():
    # 구인+모: Kiwi reads a name's last syllable as 모 (a certain); glued to the name, it marks no one
    table = quotes_of(
        TITLE + "가람군은 지난 13일 구인모 군수 등이 참여한 가운데 간담회를 열었다.\n\n"
        "구인모 가람군수는 “농정 현안에 답이 될 수 있게 하겠다”고 말했다."
    )
    assert table[["speaker", "anonymous"]].values.tolist() == [["구인모", False]]
