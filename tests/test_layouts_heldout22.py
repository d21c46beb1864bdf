"""Shapes read after heldout22's first reading (benchmarks/real/layouts/heldout22): each test an
invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_dateline_with_the_reporters_town_before_a_slash():
    article = read_article("가상시 새 청사 공개\n\n[가상인터넷신문=세종/홍길동 기자] " + _STORY)
    assert (article.outlet, article.reporter) == ("가상인터넷신문", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_tribune_in_brackets_opening_the_lead_is_the_outlet():
    article = read_article("가상시 새 청사 공개\n\n[가상트리뷴] " + _STORY)
    assert article.outlet == "가상트리뷴"
    assert _body(article) == [_LEAD, _LAST]


def test_the_outlet_and_its_stamp_after_a_bar_name_the_outlet_and_no_reporter():
    article = read_article(
        "가상시 새 청사 공개\n\n다음 달 문 열어\n\n"
        "가상매일신문 | 기사입력 2014/08/18 [09:53] 글자 크게 글자 작게\n\n"
        "가상시 새 청사 공개\n\n다음 달 문 열어\n\n가상매일신문 | 입력 : 2014/08/18 [09:53]\n\n"
        + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상매일신문", None)
    assert article.date == "2014-08-18T09:53"
    assert article.subtitles == ("다음 달 문 열어",)


def test_a_section_label_under_the_weather_box_and_search_link_is_no_subtitle():
    article = read_article(
        "2024.03.30 (토)\n\n  • 흐림가상시 1.0℃\n  • 나라시 3.2℃\n기상청 제공\n상세검색\n닫기\n\n"
        "굿거리\n\n가상시, 새 청사 10일 공개\n\n다음 달 문 열어\n\n[가상문화신문=홍길동 기자]  "
        + _STORY
    )
    assert (article.category, article.title) == ("굿거리", "가상시, 새 청사 10일 공개")
    assert article.subtitles == ("다음 달 문 열어",)
    assert article.date is None


def test_a_monthlys_current_issue_its_number_and_its_writers_byline():
    article = read_article(
        "상단영역\n\n본문영역\n\n월간가상 2024년 5월호\n  • 655호\n\n[가상탐방] 가상산 새 등산로 열려\n\n"
        "글 홍길동 기획위원, 김철수 기자 사진 이영희 기자\n  • 입력 2022.01.14 09:52\n"
        '이 기사를 공유합니다\n\n"외국은 어떻게 관리하나"\n일본은 민간이 등산로 관리\n\n' + _STORY
    )
    assert article.title == "[가상탐방] 가상산 새 등산로 열려"
    assert article.outlet == "월간가상"
    assert article.reporters[:2] == ("홍길동", "김철수")
    assert "기획위원" not in article.reporters
    assert article.date == "2022-01-14T09:52"
    assert article.subtitles == ('"외국은 어떻게 관리하나"', "일본은 민간이 등산로 관리")
    assert _body(article) == [_LEAD, _LAST]


def test_a_line_printed_twice_in_a_row_among_the_paragraphs_is_a_caption():
    twice = "가상시청 앞 광장이 시민에게 열렸다."
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n\n" + twice + "\n" + twice + "\n\n" + _LAST + "\n"
    )
    assert _body(article) == [_LEAD, _LAST]
    assert [p.kind for p in article.parts if p.text == twice] == ["caption", "caption"]


def test_two_sentences_printed_twice_in_a_row_stay_the_body():
    twice = "가상시가 새 청사를 열었다. 시민들이 모였다."
    article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n\n" + twice + "\n" + twice + "\n")
    assert _body(article) == [_LEAD, twice, twice]


def test_words_said_in_double_quotes_printed_twice_in_a_row_stay_the_body():
    said = '홍길동 가상시장은 "시민의 청사로 만들겠다"고 말했다.'
    article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n\n" + said + "\n\n" + said + "\n")
    assert _body(article) == [_LEAD, said, said]


def test_a_browser_title_over_the_masthead_names_the_outlet():
    article = read_article(
        "가상시 새 청사 공개 - 가상교회뉴스\n가상교회뉴스\n뉴스와 보도국제/분쟁/구호\n"
        "가상시 새 청사 공개\n\n" + _STORY
    )
    assert article.outlet == "가상교회뉴스"
    assert article.title == "가상시 새 청사 공개"
    assert article.subtitles == ()


def test_a_deck_glued_to_the_headline_printed_again_alone_and_an_english_deck():
    article = read_article(
        "가상시 새 청사 공개 열려보고자: 홍길동 교수(가상대 건축학)\n편집위원 | desk@example.com\n"
        "폰트키우기 폰트줄이기 프린트하기 메일보내기 신고하기\n승인 2018.06.12  21:16:22\n"
        "트위터 페이스북\n\n가상시 새 청사공개 열려\n\n"
        "Opening the Hall: “Let us walk together.” (Gasang 5:25) 8-13 March 2018, Gasang City\n\n"
        + _STORY
        + "\n* 지난 5월 18일 가상시청에서 인사하는 홍길동 시장\n\n"
        + "청사 앞 광장도 함께 열렸다.\n"
    )
    assert article.title == "가상시 새 청사 공개 열려"
    assert article.subtitles == (
        "보고자: 홍길동 교수(가상대 건축학)",
        "Opening the Hall: “Let us walk together.” (Gasang 5:25) 8-13 March 2018, Gasang City",
    )
    assert (article.reporter, article.email) == (None, "desk@example.com")
    assert article.date == "2018-06-12T21:16"
    assert _body(article) == [_LEAD, _LAST, "청사 앞 광장도 함께 열렸다."]


def test_a_sentence_led_by_an_asterisk_stays_the_body():
    note = "* 시민들은 다음 달부터 청사 앞 광장을 찾을 수 있다."
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\n" + note + "\n\n" + _LEAD + "\n")
    assert note in _body(article)
