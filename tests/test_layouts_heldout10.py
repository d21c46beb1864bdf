"""Shapes read after heldout10's first reading (benchmarks/real/layouts/heldout10, issue 21's
number): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_section_in_spaced_brackets_under_the_headline_is_no_script_marker():
    article = read_article(
        "가상공보 '기관지' 30년\n\n[ 교단 ]\n\n홍길동 기자 hong@gasang.com\n"
        "2014년 04월 25일(금) 16:14\n\n" + _STORY
    )
    assert (article.reporter, article.email, article.date) == (
        "홍길동",
        "hong@gasang.com",
        "2014-04-25T16:14",
    )
    assert _body(article) == _STORY.strip().split("\n\n")
    assert [p.kind for p in article.parts][:2] == ["title", "category"]


def test_a_church_paper_calling_itself_bonbo_is_the_outlet():
    article = read_article(
        "가상공보 창간 30년\n\n홍길동 기자\n\n가상공보가 창간 30주년을 맞았다.\n\n"
        "본보는 1966년 가상교회에서 출발했다.\n"
    )
    assert article.outlet == "가상공보"


def test_a_broadcasters_byline_with_stamps_after_a_bar_and_its_citation_notice_end_the_body():
    article = read_article(
        "[오프닝] 가상 앵커의 인사\n\n입력 : 2022-05-14 07:00 수정 : 2022-05-14 14:47\n\n"
        + _STORY
        + "gbc 홍길동 기자(hong@gbc.kr) | 입력 : 2022-05-14 07:00 수정 : 2022-05-14 14:47\n\n"
        "■ 인터뷰 및 기사를 인용보도할 때는 출처 'gbc 가상방송'을 정확히 밝혀주시기 바랍니다.\n"
    )
    assert (article.reporter, article.email) == ("홍길동", "hong@gbc.kr")
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_video_stub_under_the_headline_is_no_subtitle():
    article = read_article("가상네트워크가 3주년을 맞았습니다\n\nYouTube video\n\n" + _STORY)
    assert article.subtitles == ()
    assert _body(article) == _STORY.strip().split("\n\n")


def test_an_issue_date_a_section_path_and_page_controls_over_the_headline_are_furniture():
    article = read_article(
        "2024년 4월 24일\n생명/생활/문화\n전체기사 지난 연재 기사\n가상방송 라디오의 하루\n\n"
        "폰트 작게 폰트 크게 인쇄 공유\n\n\n" + _STORY
    )
    assert article.title == "가상방송 라디오의 하루"
    assert article.date == "2024-04-24"
    assert article.subtitles == ()
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_desk_heads_signature_after_a_slash_ends_the_body():
    article = read_article("가상공보 지령 3,000호\n\n" + _STORY + "/ 홍길동 부장\n")
    assert article.reporter == "홍길동"
    assert _body(article) == _STORY.strip().split("\n\n")


def test_an_editors_credit_glued_to_a_photo_story_is_its_byline():
    article = read_article(
        "새해는 가상업계에 새로운 도전과 기회를 던져주고 있다. 업역 칸막이가 사라지는 원년이다. "
        "사진은 가상협회 조사단이 터널 속을 걸어 들어가고 있는 모습. /서울=홍길동 주간\n\n"
        "저작권자 © 가상건설신문 무단전재 및 재배포 금지\n"
    )
    assert (article.reporter, article.outlet) == ("홍길동", "가상건설신문")
    assert all("홍길동 주간" not in text for text in _body(article))


def test_a_caption_naming_who_stands_where_printed_twice_is_no_paragraph():
    caption = "가상신문은 가상사에서 새 제도를 시작했다. 왼쪽부터 홍길동 위원, 김철수 기자."
    article = read_article(
        "가상 소식 전하는 새 제도\n\n  • 홍길동 기자\n  • 승인 2020.12.16 14:28\n\n"
        + f"{caption}\n{caption}\n\n"
        + _STORY
    )
    assert _body(article) == _STORY.strip().split("\n\n")


def test_an_outlet_greeting_its_readers_as_itself_is_the_outlet():
    article = read_article(
        "가상네트워크가 3주년을 맞았습니다\n\n안녕하세요. 바이라인네트워크입니다.\n\n" + _STORY
    )
    assert article.outlet == "바이라인네트워크"
    assert read_article("안부 편지\n\n안녕하세요. 홍길동입니다.\n\n" + _STORY).outlet is None


def test_a_clock_beside_a_weather_reading_over_the_text_is_no_articles_date():
    widget = "back to top\n26.8 C\nSeoul\n2025년 8월 1일 오전 4:31\nMore\n\n"
    assert read_article(widget + _STORY).date is None
    # The same clock over a text without the widget may be its only date.
    assert read_article("2025년 8월 1일 오전 4:31\n\n" + _STORY).date == "2025-08-01T04:31"
