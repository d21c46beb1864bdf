"""Shapes read after heldout24's first reading (benchmarks/real/layouts/heldout24, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_guests_rubric_and_name_in_brackets_glued_to_the_lead():
    lead = "가상일보의 창간 23주년을 진심으로 축하드린다."
    article = read_article(
        "가상석유유통협회 홍길동 회장\n\n[창간축사 : 가상석유유통협회 홍길동 회장] "
        + lead
        + "\n\n"
        + _LAST
        + "\n"
    )
    assert article.title is None
    assert article.reporter == "홍길동"
    assert _body(article) == [lead, _LAST]


def test_a_scripts_sound_label_is_no_guests_rubric():
    article = read_article("[현장음 : 홍길동 가상시장] " + _STORY)
    assert article.reporter is None


def test_three_stamps_after_a_bullet_are_the_date_line():
    article = read_article(
        "가상산 단풍 이번 주말 절정\n  • 홍길동\n  • 입력 2014-10-30 07:34  |  수정 2014-10-30 07:34  |  "
        "발행일 2014-10-30 제9면\n가상사∼가상폭포 구간 ‘백미’\n\n" + _STORY
    )
    assert article.date == "2014-10-30T07:34"
    assert article.subtitles == ("가상사∼가상폭포 구간 ‘백미’",)
    assert _body(article) == [_LEAD, _LAST]


def test_a_share_label_over_the_headline_and_a_desk_with_its_stamp():
    article = read_article(
        "카카오 채널\n\n2014 희망 가상뉴스 | 3. 가상시 새 청사 공개\n\n가상신문 편집국 2014-01-05 00:00:00\n\n"
        + _STORY
        + "ADVERTISEMENT\n\nCopyright ⓒ 가상타임즈 무단 전재 및 재배포 금지\nADVERTISEMENT\n"
    )
    assert article.title == "2014 희망 가상뉴스 | 3. 가상시 새 청사 공개"
    assert (article.reporter, article.date) == (None, "2014-01-05")
    assert _body(article) == [_LEAD, _LAST]


def test_the_town_and_the_reporter_in_angle_brackets_glued_to_the_last_paragraph():
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY.rstrip()
        + "<가상시=홍길동 기자>\n\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert article.reporter == "홍길동"
    assert _body(article) == [_LEAD, _LAST]


def test_a_mobile_headers_icon_words_a_subscription_link_a_columnists_byline_and_intertitles():
    article = read_article(
        "가상신문\n\nmenu search\n\n가상신문 네이버 구독하기\n\n[조황]가상도 50㎝ 감성돔 손맛 짜릿\n\n"
        "홍길동 낚시칼럼니스트 | 2023.03.23 11:33\n\n●민물\n\n"
        + _LEAD
        + "\n\n●바다\n\n"
        + _LAST
        + "\n"
    )
    assert article.title == "[조황]가상도 50㎝ 감성돔 손맛 짜릿"
    assert (article.reporter, article.date) == ("홍길동", "2023-03-23T11:33")
    assert article.subtitles == ()
    assert _body(article) == ["●민물", _LEAD, "●바다", _LAST]
