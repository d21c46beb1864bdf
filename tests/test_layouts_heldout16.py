"""Shapes read after heldout16's first reading (benchmarks/real/layouts/heldout16, issue 21's
blind batch): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

# An anchor's copy broken mid-sentence, one line a paragraph, no headline (a regional station's page).
_BROKEN_COPY = (
    "가상시장이\n"
    "가상시를 바다의 수도이자\n"
    "쉼의 도시로 만들겠다고 밝혔습니다.\n"
    "가상시장은\n"
    "오늘 가상시 가상읍의\n"
    "마을회관에서 가진 간담회에서\n"
    "주민들의 뜻을 모아달라고 당부했습니다.\n"
)


def test_a_copy_broken_mid_sentence_has_no_headline():
    article = read_article(
        _BROKEN_COPY + "Copyright © Gasang Broadcasting. All rights reserved.\n"
        "홍길동 gildong@example.com\n"
    )
    assert article.title is None
    assert _body(article) == _BROKEN_COPY.splitlines()
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")


def test_a_headline_with_a_short_deck_over_a_one_sentence_lead_keeps_its_title():
    # One short sentence under two short lines: a headline, its deck and the lead (no copy broken
    # sentence after sentence).
    article = read_article(
        "가상시 새 청사 다음 달 문 열어\n주민들 새 청사 반겨\n가상시가 새 청사를 공개했다.\n\n"
        "청사는 다음 달 문을 연다. 주민들은 새 청사를 반겼다.\n"
    )
    assert (article.title, article.subtitles) == (
        "가상시 새 청사 다음 달 문 열어",
        ("주민들 새 청사 반겨",),
    )


def test_a_copyright_in_angle_brackets_glued_to_the_text_is_no_photos_credit():
    # … 있다. <저작권자 ⓒ 가상신문 …>: the one paragraph of a short page, its notice split off.
    article = read_article(
        "가상시장기 게이트볼 대회에서 가상리팀이 우승을 차지했다. 대회에는 20개 팀이 출전했다. "
        "게이트볼은 노년의 생활스포츠로 자리를 잡고 있다. <저작권자 ⓒ 가상김포 무단전재 및 재배포 금지>\n"
        "댓글\n|\n"
    )
    assert _body(article) == [
        "가상시장기 게이트볼 대회에서 가상리팀이 우승을 차지했다. 대회에는 20개 팀이 출전했다. "
        "게이트볼은 노년의 생활스포츠로 자리를 잡고 있다."
    ]
    assert article.outlet == "가상김포"


def test_a_papers_imprint_on_one_line_is_no_body_and_names_the_outlet():
    # A comment view: headline, deck, stamp, then the imprint (제호 : …, address, registration,
    # officers between bars, the copyright glued at its end).
    imprint = (
        "제호 : 가상광역신문 | 주소 : 가상시 가상구 가상대로 1 (201호) | 등록번호: 가상,가00001 | "
        "등록일 : 2008-01-17 | 발행인 : 홍길동 | 편집인 : 홍길동 | 대표번호 : 1800-0000 | "
        "전화번호 : 032-000-0000 | FAX : 032-000-0001 | 이메일 : desk@example.com 제호 : 가상 방송 | "
        "주소 : 가상시 가상구 가상로 2 | 등록번호 : 가상, 아00001 | 발행인 : 홍길동 "
        "Copyright @가상광역신문 Corp. All rights reserved."
    )
    article = read_article(
        "가상구의회 홍길동 위원장, 가상대교 명칭 번복에… “원칙 지켜야”\n\n"
        "5일 본회의 5분 자유발언… “행정 신뢰 훼손”\n\n2025.12.08 10:30:12\n\n" + imprint + "\n"
    )
    assert article.outlet == "가상광역신문"
    assert article.subtitles == ("5일 본회의 5분 자유발언… “행정 신뢰 훼손”",)
    assert article.date == "2025-12-08T10:30"
    assert _body(article) == []
    assert article.email is None  # the publisher's contact, no byline's
