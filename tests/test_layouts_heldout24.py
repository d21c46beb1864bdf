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


def test_a_stated_first_line_longer_than_a_headline_states_opens_the_body():
    lead = "가상도 제일의 명산 가상산은 가상봉, 가상악과 함께 우리나라 3대 암산으로 통한다."  # 46 letters
    article = read_article(
        lead + "\n\n" + _STORY + "저작권자 © 가상포커스 무단전재 및 재배포 금지\n"
    )
    assert article.title is None
    assert _body(article) == [lead, _LEAD, _LAST]


def test_a_rubric_led_deck_over_the_stamp_and_an_image_name_glued_to_the_dateline():
    article = read_article(
        "2018.11.20 13:34  제보/광고문의 : 010)0000-0000\n"
        "홍길동 前 교육장 \"찬사와 반발 '핫'한 번역서 출간 화제\"\n"
        " [인터뷰] ‘가상의 교육 미신’ 번역… 교육 분야 1-2위 베스트셀러 선정\n"
        "2018/11/02 12:10 입력\n"
        "트위터로 기사전송 페이스북으로 기사전송\n\n"
        f"홍길동 박사.jpg[가상교육신문 김철수 기자] {_LEAD}\n\n{_LAST}\n"
    )
    assert article.subtitles == (
        "[인터뷰] ‘가상의 교육 미신’ 번역… 교육 분야 1-2위 베스트셀러 선정",
    )
    assert (article.outlet, article.reporter) == ("가상교육신문", "김철수")
    assert article.date == "2018-11-02T12:10"
    assert _body(article) == [_LEAD, _LAST]


def test_a_datelines_place_abroad_is_no_outlet():
    article = read_article("[하노이=홍길동 기자] " + _STORY)
    assert (article.outlet, article.reporter) == (None, "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_menus_catch_all_section_word_signs_no_one():
    article = read_article(
        "가상방송\n• 로그인\n기타\n가상방송국의 기타 뉴스를 확인하실 수 있습니다.\n홍길동 기자2022.04.05\n\n"
        + _STORY
    )
    assert "기타" not in article.reporters


def test_a_press_in_brackets_opening_the_headline_named_again_and_again_is_the_outlet():
    body = "가상뉴스 시민기자들이 24일 모였다.\n\n가상뉴스는 가상뉴스 시민기자에게 원고료를 준다.\n"
    assert read_article("<가상뉴스>와 시민기자, 힘내시라!\n\n" + body).outlet == "가상뉴스"
    # a rubric is no press's name, however often the body says the word
    rubric = "[축제] 가상 어린이 축제 성료\n\n가상 축제가 열렸다.\n\n축제는 축제답게 끝났다.\n"
    assert read_article(rubric).outlet is None


def test_a_place_alone_in_brackets_glued_to_the_lead_is_its_dateline():
    lead = "가상군 가상산 단풍이 이번 주말을 전후해 절정에 이를 것으로 보인다."
    article = read_article(
        "가상산 단풍 이번 주말 절정\n  • 입력 2014-10-30 07:34\n[가상군] "
        + lead
        + "\n\n"
        + _LAST
        + "\n"
    )
    assert _body(article) == [lead, _LAST]
    assert article.outlet is None


def test_an_editors_note_among_the_paragraphs_is_the_storys_lead_its_mark_alone_furniture():
    # quotes/heldout24's series interview: the note names who the series meets (entities read it).
    note = "세 번째 순서는 가상조합 선거로, 홍길동씨와 김철수씨의 맞대결이 예상된다. <편집자 주>"
    article = read_article(
        "[가상뉴스=가상시] 홍길동 기자 = 가상뉴스는 조합장 선거를 앞두고 시리즈를 마련했다.\n\n"
        f"{note}\n\n<편집자주>\n\n{_STORY}"
    )
    assert _body(article)[1:] == [note, _LEAD, _LAST]
    assert [p.kind for p in article.parts if p.text == "<편집자주>"] == ["footer"]
