"""Shapes read after heldout25's first reading (benchmarks/real/layouts/heldout25) and quotes
heldout23's page read whole as furniture: each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_sidebar_over_a_headline_printed_twice_under_a_status_bar_keeps_the_body():
    article = read_article(
        '실시간 댓글\n홍길동, 가상을 거닐다\n가상시교육청 공동캠페인\n"새 청사를 모두의 집으로"\n'
        '상태바\n"새 청사를 모두의 집으로"\n  • 김철수\n  • 승인 2012.08.16 01:45\n  • 댓글 0\n'
        "이 기사를 공유합니다\n\n10일, 가상시 청사 공개 행사 개최\n\n▲ 홍길동 가상시장이 인사했다.\n\n"
        + _STORY
    )
    assert (article.title, article.subtitles) == (
        '"새 청사를 모두의 집으로"',
        ("10일, 가상시 청사 공개 행사 개최",),
    )
    assert (article.reporter, article.date) == ("김철수", "2012-08-16T01:45")
    assert _body(article) == [_LEAD, _LAST]


def test_an_outlet_named_with_a_space_before_the_equals_sign_of_a_bracketed_dateline():
    article = read_article("[GNN 가상통신=홍길동 기자] " + _STORY)
    assert (article.outlet, article.reporter) == ("GNN 가상통신", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_stamps_with_spaces_for_dots_are_dates_and_a_handout_credit_alone_a_caption():
    article = read_article(
        "가상, 17인 17색 명예기자단 출범\n홍길동 기자\n입력 2022 11 20 20:28\n수정 2022 11 21 02:23\n"
        "가상구 제공\n" + _STORY
    )
    assert (article.title, article.subtitles) == ("가상, 17인 17색 명예기자단 출범", ())
    assert (article.reporter, article.date) == ("홍길동", "2022-11-20T20:28")
    assert [p.kind for p in article.parts if p.text == "가상구 제공"] == ["caption"]
    assert _body(article) == [_LEAD, _LAST]


def test_a_servers_errors_over_the_page_are_furniture_and_the_titles_suffix_names_the_outlet():
    error = (
        "Warning: include_once(/home/site/html/wp-content/plugins/cache/phase1.php): failed to "
        "open stream: No such file or directory in /home/site/html/wp-content/cache.php on line 20"
    )
    article = read_article(
        f"{error}\n\n{error}\n\n가상경제 가상시 새 청사 공개 – 가상경제\n\n가상시 새 청사 공개\n\n"
        + _STORY
    )
    assert article.outlet == "가상경제"
    assert not [p for p in article.parts if p.kind == "paragraph" and "Warning" in p.text]
    assert _body(article) == [_LEAD, _LAST]


def test_a_headline_of_cheers_over_its_deck_and_a_press_in_the_bylines_name_slot():
    article = read_article(
        "뉴스 > 사설\n아버님! 어머님! 건강하세요!\n가상시 청년회 ‘경로 잔치’ 열어\n"
        "가상방송 기자 / 입력 : 2012년 05월 09일(수) 21:33\n" + _STORY
    )
    assert (article.title, article.subtitles) == (
        "아버님! 어머님! 건강하세요!",
        ("가상시 청년회 ‘경로 잔치’ 열어",),
    )
    assert (article.outlet, article.date) == ("가상방송", "2012-05-09T21:33")
    assert _body(article) == [_LEAD, _LAST]


def test_a_bulleted_byline_of_the_outlets_word_and_its_writers_name_over_the_stamp():
    article = read_article(
        "가상군수, 가상리 마을회관 방문\n상태바\n가상군수, 가상리 마을회관 방문\n  • 가상메시지 홍길동\n"
        "  • 승인 2019.08.23 16:08\n  • 댓글 0\n이 기사를 공유합니다\n\n" + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상메시지", "홍길동")
    assert article.date == "2019-08-23T16:08"
    assert _body(article) == [_LEAD, _LAST]
    desk = read_article(
        "가상시 새 청사 공개\n  • 가상신문 편집국\n  • 승인 2019.04.10 12:49\n  • 댓글 0\n\n"
        + _STORY
    )
    assert (desk.outlet, desk.reporter) == ("가상신문", None)


def test_a_share_label_over_a_row_of_networks_closed_long_ago_is_furniture():
    article = read_article(
        "가상시 새 청사 공개\n가상방송 기자 / 입력 : 2012년 05월 09일\n"
        "공유 : 트위터페이스북미투데이\nⓒ 가상방송\n" + _STORY
    )
    assert (article.title, article.subtitles) == ("가상시 새 청사 공개", ())
    assert _body(article) == [_LEAD, _LAST]


def test_a_weather_widgets_readings_then_the_outlet_alone_over_the_headline():
    article = read_article(
        "2025.08.12 (화)\n\n  • 흐림가상시 29.3℃\n  • 맑음가상군 31.0℃\n기상청 제공\n\n"
        "굿모닝베트남미디어\n\n[교민단체기관] 가상시 한인회 소식\n\n" + _STORY
    )
    assert article.outlet == "굿모닝베트남미디어"
    assert _body(article) == [_LEAD, _LAST]


def test_a_places_view_named_alone_among_the_paragraphs_is_a_caption():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n\n가상1리 마을전경\n\n" + _LAST + "\n"
    )
    assert ("caption", "가상1리 마을전경") in [(part.kind, part.text) for part in article.parts]
    assert _body(article) == [_LEAD, _LAST]
