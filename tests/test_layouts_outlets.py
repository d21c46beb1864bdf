"""The outlet where no line of metadata names it (issue 21): the page's own voice, judged by the
shape of the sentence, on invented texts; an outlet only named is a story's subject, not the page's."""

from __future__ import annotations

from kornews import read_article

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_HEAD = "가상시 새 청사 공개\n\n"


def test_a_magazine_sending_its_readers_to_its_print_issue_is_the_page():
    teaser = "자세한 내용은 월간가상 2014년 1월호에서 만나보실 수 있습니다."
    article = read_article(_HEAD + _LEAD + "\n\n" + _LAST + "\n\n" + teaser + "\n")
    assert article.outlet == "월간가상"


def test_a_magazine_cited_for_what_its_issue_printed_is_not():
    cited = "월간가상 2014년 1월호에 실린 글에서 홍길동 교수는 같은 계획을 비판했다."
    article = read_article(_HEAD + _LEAD + "\n\n" + cited + "\n")
    assert article.outlet is None


def test_a_press_named_as_its_headlines_subject_is_no_outlet():
    # Another outlet's report on a press's announcement reads the same as its own: neither is read.
    article = read_article(
        "가상일보, 새 제호로 새출발\n\n가상일보가 10일 제호를 바꿨다고 밝혔다.\n\n"
        "가상일보는 다음 달 새 지면을 선보인다.\n"
    )
    assert article.outlet is None
