"""Shapes read after heldout8's first reading (benchmarks/real/layouts/heldout8): each test an
invented text in a real page's shape."""

from __future__ import annotations

from kornews import layouts, read_article
from layout_body import body as _body


def test_a_letter_opening_with_a_polite_greeting_has_no_headline():
    # A reader's congratulation printed with no headline: its first line is the letter's.
    article = read_article(
        "가상신문의 창간 10주년을 축하드립니다.\n"
        "가상신문은 언제나 저에게 업계의 소식을 알려 주었습니다.\n"
        "앞으로도 바른 소리를 들려주시기를 바랍니다.\n"
    )
    assert article.title is None
    assert _body(article)[0] == "가상신문의 창간 10주년을 축하드립니다."
    assert len(_body(article)) == 3


def test_a_notes_first_sentence_in_the_polite_style_is_body():
    article = read_article(
        "가상방송은 3월 인사에 따라 기자들의 자리 이동이 있었습니다.\n"
        "먼저, 홍길동 기자가 가상지국으로 이동했습니다.\n"
        "가상방송의 인사는 5월에도 예정돼 있습니다.\n"
    )
    assert article.title is None
    assert article.reporter is None  # the reporters named are its subjects
    assert len(_body(article)) == 3


def test_a_headline_in_the_polite_style_over_its_byline_stays_the_title():
    article = read_article(
        "<우리 팀을 소개합니다> 가상방송 취재팀을 소개합니다.\n\n"
        "by 가상방송 홍길동 posted Nov 13, 2009\n\n"
        "가상방송 취재팀을 이렇게 소개하게 되어 기쁩니다.\n\n팀은 일곱 명입니다.\n"
    )
    assert article.title == "<우리 팀을 소개합니다> 가상방송 취재팀을 소개합니다."
    assert article.reporter == "홍길동"
    assert article.date == "2009-11-13"
    assert article.subtitles == ()


def test_a_board_viewers_controls_are_furniture():
    article = read_article(
        "가상 분회 소식\n\nby 홍길동 posted Mar 2, 2010\n?\n\n단축키\n\nPrev이전 문서\n\n"
        "Next다음 문서\n\nESC닫기\n\n크게 작게 위로 아래로 댓글로 가기 인쇄 수정 삭제\n\n"
        "분회가 새 회원을 맞았다.\n\n회원은 모두 열 명이다.\n"
    )
    assert _body(article) == ["분회가 새 회원을 맞았다.", "회원은 모두 열 명이다."]
    assert article.date == "2010-03-02"


def test_a_row_of_controls_is_furniture_and_a_sentence_of_their_words_is_not():
    assert layouts.furniture("기사글축소 기사글확대 트위터로 보내기 네이버 밴드 공유") == "control"
    assert layouts.furniture("• 크게 • 작게 • 인쇄") == "control"
    assert layouts.furniture("수정안을 삭제했다") is None
    assert layouts.furniture("공유 경제") is None
    assert layouts.furniture("인쇄") == "control"  # one word: the row rule needs two


def test_an_english_date_of_a_board():
    assert layouts.english_date("posted Nov 13, 2009") == "2009-11-13"
    assert layouts.english_date("posted February 30, 2009") is None
    assert layouts.english_date("no date here") is None


def test_a_digest_of_briefs_marked_with_triangles_is_the_body():
    article = read_article(
        '▲가상 장관 "곰 보존가치 없어"…가상부, 지난 1일 국정감사에서 밝혀\n\n'
        "▲택시 흡연 통제…가상교통부, 4일 시행규칙 개정안 입법예고\n\n"
        "▲층간소음 겨울 집중…가상공단, 민원 분석 결과 37% 겨울에 접수\n\n"
        "news@example.com\n\n저작권자 © 가상포스트 무단전재 및 재배포 금지\n"
    )
    assert article.title is None
    assert [p.text[:6] for p in article.parts if p.kind == "paragraph"] == [
        "▲가상 장관",
        "▲택시 흡연",
        "▲층간소음 ",
    ]
    assert not [p for p in article.parts if p.kind == "caption"]


def test_a_caption_printed_twice_stays_a_caption():
    # Two triangles in a row, the same line: a photo's caption printed twice, no list.
    article = read_article(
        "가상시 축제 개막\n\n가상시 축제가 10일 개막했다.\n\n▲ 시민들이 광장을 걷고 있다.\n"
        "▲ 시민들이 광장을 걷고 있다.\n\n축제는 사흘 동안 열린다.\n"
    )
    assert _body(article) == ["가상시 축제가 10일 개막했다.", "축제는 사흘 동안 열린다."]


def test_a_sign_off_at_the_end_of_a_flattened_script_line_is_cut():
    article = read_article(
        "(R)가상시의 한 해\n\n◀ANC▶ 한 해가 저뭅니다. 홍길동 기자가 동행했습니다. ◀END▶ ◀VCR▶ "
        "시민들이 해넘이를 봅니다. 한 해가 저물었습니다. 가상TV 뉴스 홍 길동입니다. ◀END▶\n"
        "홍길동\n"
    )
    body = _body(article)
    assert body and body[-1].endswith("한 해가 저물었습니다.")
    assert [p.text for p in article.parts if p.kind == "reporter"] == [
        "가상TV 뉴스 홍 길동입니다. ◀END▶"
    ]


# The outlet read by its shape, the table as help and not as gate: a press the table lacks.
_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_byline_of_a_press_the_table_lacks_names_press_and_reporter():
    article = read_article("가상시 새 청사 공개\n\n푸른들녘 홍길동 기자\n\n" + _STORY)
    assert (article.outlet, article.reporter) == ("푸른들녘", "홍길동")
    signed = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n푸른들녘 홍길동 기자 hong@example.com\n"
    )
    assert (signed.outlet, signed.reporter, signed.email) == (
        "푸른들녘",
        "홍길동",
        "hong@example.com",
    )


def test_a_place_before_a_reporters_name_is_no_press():
    article = read_article("가상시 새 청사 공개\n\n가상시 홍길동 기자\n\n" + _STORY)
    assert (article.outlet, article.reporter) == (None, "홍길동")
    # A name first, then the press: the older order still reads so.
    other = read_article("가상시 새 청사 공개\n\n홍길동 가상스쿠프 기자\n\n" + _STORY)
    assert (other.outlet, other.reporter) == ("가상스쿠프", "홍길동")


def test_a_dateline_with_a_reporter_after_the_equals_sign_names_the_press_before_it():
    for dateline in (
        "[푸른들녘=홍길동 기자]",
        "(푸른들녘 = 홍길동 기자)",
        "[푸른들녘|가상시=홍길동 기자]",
    ):
        article = read_article("가상시 새 청사 공개\n\n" + dateline + " " + _STORY)
        assert (article.outlet, article.reporter) == ("푸른들녘", "홍길동"), dateline
        assert _body(article)[0].startswith("가상시가 새 청사를")
    placed = read_article("[세종=홍길동 기자] " + _STORY)
    assert (placed.outlet, placed.reporter) == (None, "홍길동")


def test_a_no_reprint_notice_after_the_press_name_names_it():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n푸른들녘 - 무단전재 및 재배포 금지\n"
    )
    assert article.outlet == "푸른들녘"
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]
