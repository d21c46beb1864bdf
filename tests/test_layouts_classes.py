"""Classes of misses across the layouts batches (benchmarks/real/layouts/*/first-reading.md), read
by their shape rather than by one more literal row: each test an invented text in a real page's
shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_weather_widget_of_cities_and_readings_over_the_headline_is_furniture():
    # A regional site's header: the day, a bulleted city per line (its sky word glued before it),
    # the weather service's credit; none of it is title, subtitle, body or the article's date.
    widget = (
        "2025.07.18 (금)\n\n  • 흐림가상시 23.0℃\n  • 구름많음나상군 20.8℃\n  • 서울 -1.5℃\n"
        "  • 맑음다상읍 28.0℃\n기상청 제공\n\n"
    )
    article = read_article(widget + "가상시 새 청사 문 연다\n\n" + _STORY)
    assert article.title == "가상시 새 청사 문 연다"
    assert article.subtitles == ()
    assert _body(article) == _STORY.strip().split("\n\n")
    assert article.date is None


def test_a_date_with_its_weekday_in_full_over_the_headline_is_the_pages_date_not_the_title():
    article = read_article("2021년 6월 20일 일요일\n\n메뉴\n\n가상시 새 청사 문 연다\n\n" + _STORY)
    assert article.title == "가상시 새 청사 문 연다"
    assert article.date == "2021-06-20"
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_section_word_under_the_pages_banners_after_the_text_signs_no_one():
    # 사회 and 기획 begin as names do (surnames 사, 기); under a banner's alt text they are a menu.
    article = read_article(
        "가상시 새 청사 문 연다\n\n" + _STORY + "\n\nHOT클릭 TOP7\n\n배너\n\n배너\n\n사회\n\n기획\n"
    )
    assert article.reporter is None
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_signers_name_alone_under_the_text_still_signs():
    article = read_article("가상시 새 청사 문 연다\n\n" + _STORY + "\n홍길동\n")
    assert article.reporter == "홍길동"


def test_a_signers_name_and_office_over_a_message_with_no_headline_is_its_byline():
    article = read_article(
        "홍길동 가상도교육감\n\n가상신문 창간 30주년을 진심으로 축하드립니다.\n"
        "앞으로도 지역의 목소리를 전해 주시길 바랍니다.\n"
    )
    assert article.reporter == "홍길동"
    assert article.title is None
    assert _body(article)[0] == "가상신문 창간 30주년을 진심으로 축하드립니다."


def test_a_name_and_office_as_a_headline_over_a_deck_stays_the_title():
    article = read_article("홍길동 가상시장\n\n새 청사 문 연다\n\n" + _STORY)
    assert article.title == "홍길동 가상시장"
    assert article.reporter is None
