"""Shapes read after heldout30's first reading (benchmarks/real/layouts/heldout30, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_text_hard_wrapped_with_no_full_stops_keeps_every_line():
    wrapped = [
        "가상군 가상 양조장 막걸리가 제1회 가상 품평회에서 장려상을 받았다",
        "대표인 홍길동 씨는 우리 술을 널리 알리기 위해",
        "가상섬에서 양조를 시작해 현재 가상면에서",
        "23년째 막걸리를 만들고 있다",
        "홍 대표는 가상군의 막걸리로 이름을 높이는 가운데",
        "행사 때마다 막걸리를 내어 인심을 전하고 있다",
        "가상 막걸리는 시원한 맛이 특징으로 그 맛을 잊지",
        "못한 손님들이 양조장을 찾는 등 가상면의 명물로",
        "일컬어 지고 있다",
    ]
    article = read_article(
        "제1회 가상 품평회 에서\n"
        + "\n".join(wrapped)
        + "\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert article.title == "제1회 가상 품평회 에서"
    assert _body(article) == wrapped


def test_short_lines_under_a_punctuated_text_are_still_other_headlines():
    others = ["가상시 새 도서관 문 연다", "가상군 축제 내달 개막", "가상대 신입생 늘었다"]
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY
        + "\n".join(others)
        + "\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_wires_credit_glued_after_a_slash_leaves_the_paragraph_whole():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n\n" + _LAST + " / 가상통신\n"
        "저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == [_LEAD, _LAST]
    assert (article.outlet, article.reporter) == ("가상일보", None)


def test_a_sign_off_and_a_motto_in_angle_brackets_close_the_text():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n/홍길동기자\n\n"
        "<밝은 지역사회를 열어가는 가상타임즈신문/나라타임즈신문>\n \n\n댓글삭제\n"
    )
    assert _body(article) == [_LEAD, _LAST]
    assert (article.outlet, article.reporter) == ("가상타임즈신문", "홍길동")


def test_a_motto_and_a_tip_off_line_between_dashes_close_the_text_and_give_its_address():
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY
        + "\n-가상시민 곁을 든든하게 지켜주는 대안언론 가상뉴스(example.com)-\n\n"
        "-가상뉴스 기사 제보 및 보도자료 발송 ·tip@example.com-\n\n"
        "저작권자 © 가상뉴스 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == [_LEAD, _LAST]
    assert (article.outlet, article.reporter, article.email) == (
        "가상뉴스",
        None,
        "tip@example.com",
    )


def test_a_send_by_mail_form_over_the_headline_is_furniture():
    headline = "가상시 새 청사 공개"
    article = read_article(
        f"기사제목 {headline}\n보내는분 이메일\n받는분 이메일\n\n{headline}\n\n"
        "기사입력 2021.10.13 09:29\n댓글 0\n\n" + _STORY
    )
    assert (article.title, article.subtitles) == (headline, ())
    assert (article.date, article.email) == ("2021-10-13T09:29", None)
    assert _body(article) == [_LEAD, _LAST]


def test_a_faculty_signing_under_the_headline_is_its_byline_naming_no_one():
    article = read_article(
        "가상시 새 청사에 대한 연구 보고서\n\n가상신학대학원 교수회\n\n" + _STORY
    )
    assert (article.title, article.subtitles) == ("가상시 새 청사에 대한 연구 보고서", ())
    assert (article.reporter, article.outlet) == (None, None)
    assert _body(article) == [_LEAD, _LAST]


def test_words_after_a_slash_that_name_no_press_stay_the_sentences():
    last = "청사는 다음 달 문을 연다. / 가상시"
    article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n\n" + last + "\n")
    assert _body(article) == [_LEAD, last]
