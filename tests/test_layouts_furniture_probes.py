"""Shapes of outlets' furniture met on probe pages (real pages read once, not kept): each test an
invented text in such a page's shape."""

from __future__ import annotations

from kornews import layouts, read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"
_LETTER = "존경하는 독자 여러분! 안녕하십니까.\n\n가상신문이 어느덧 창간 1주년을 맞았습니다.\n"


def test_the_publishers_caption_with_its_full_stop_over_his_letter_signs_it():
    article = read_article("홍길동 가상신문 발행인.\n\n" + _LETTER)
    assert (article.title, article.reporter) == (None, "홍길동")
    assert _body(article)[0] == "존경하는 독자 여러분! 안녕하십니까."


def test_a_sites_top_bar_and_tool_row_a_stamp_with_its_press_and_a_writer_named_last():
    article = read_article(
        "시작페이지로 설정  l 즐겨찾기추가   처음으로  l  로그인  l  회원가입  l  2021.9.26 (일)\n"
        "글씨크기 크게  글씨크기 작게  기사 메일전송  기사 출력  기사스크랩\n"
        "발행일: 2020/12/22  가상동포신문/가상방송\n"
        "한 해를 돌아보며\n[발행인 신년사]\n\n"
        "가상협회,가상동포신문 회장 겸 발행인 홍길동\n\n"
        "어느새 한 해가 지나갔습니다.\n\n새해에도 함께하겠습니다.\n"
    )
    assert article.title == "한 해를 돌아보며"
    assert (article.outlet, article.date, article.reporter) == (
        "가상동포신문",
        "2020-12-22",
        "홍길동",
    )
    assert _body(article) == ["어느새 한 해가 지나갔습니다.", "새해에도 함께하겠습니다."]


def test_a_person_named_after_an_office_under_a_news_headline_signs_nothing():
    article = read_article("가상시, 새 청사 공개\n\n가상시 시장 홍길동\n\n" + _STORY)
    assert article.reporter is None


def test_accessibility_controls_over_a_script_and_a_hand_off_with_no_markers():
    article = read_article(
        "글자크기조절\n글자색상조절\n배경색상조절\n\n가상교단 새 총회장 취임\n\n2010-10-06\n\n"
        "오늘은 가상교단 새 총회장을 만났습니다. 홍길동 기자의 보돕니다.\n"
        "새 총회장은 전도를 돕겠다고 말했습니다.\n"
    )
    assert [p.kind for p in article.parts][:3] == ["footer"] * 3
    assert (article.title, article.reporter) == ("가상교단 새 총회장 취임", "홍길동")


def test_a_hand_off_in_a_plain_story_s_later_paragraph_names_no_reporter():
    article = read_article(
        "가상교단 새 총회장 취임\n\n" + _LEAD + "\n\n방송은 홍길동 기자의 보돕니다.\n"
    )
    assert article.reporter is None


def test_a_wordpress_themes_previous_and_next_links_end_the_text():
    text = (
        "가상시 한인회장단이 지난 5일 가상시 한인회관을 방문했다. 가상한인회에 따르면 회장단은 "
        "이날 오후 한글학교 교실과 강당을 둘러보고 한인회의 활동과 사업 계획에 대해 설명을 들었다."
    )
    article = read_article(
        text + "\nPrevious Article[기고] 가상시의 봄\nNext Article 가상시 축제 내년 오픈\n"
    )
    assert _body(article) == [text]


def test_a_long_top_bar_of_links_is_controls_and_a_headline_with_a_login_word_is_not():
    assert layouts.furniture("처음으로  l  로그인  l  회원가입  l  2021.9.26 (일)") == "control"
    assert layouts.furniture("가상시 로그인 오류로 민원 폭주") is None


def test_a_photos_words_closed_by_its_source_or_holder_under_the_headline_are_a_caption():
    article = read_article(
        "가상신문 지령 2000호 맞는다\n가상신문 창간호 (제공 가상협회)© 가상통신\n\n"
        "(서울=가상통신) 홍길동 기자 = " + _STORY
    )
    assert (article.subtitles, [p.kind for p in article.parts][1]) == ((), "caption")
    assert layouts.match("저작권자 © 가상일보", "line") is None


def test_a_specialists_title_names_no_second_reporter():
    article = read_article("(서울=가상통신) 홍길동 문화전문기자 = " + _STORY)
    assert article.reporters == ("홍길동",)
