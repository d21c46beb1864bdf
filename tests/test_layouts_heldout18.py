"""Shapes read after heldout18's first reading (benchmarks/real/layouts/heldout18): each test an
invented text in a real page's shape."""

from __future__ import annotations

import pytest

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


@pytest.mark.parametrize("sign", ["(C)", "(c)", "ⓒ", "©", "Ⓒ", " (C) "])
def test_every_form_of_the_copyright_sign_reads_alike(sign):
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + f"\n저작권자{sign}가상농업. 무단전재 재배포금지\n"
    )
    assert article.outlet == "가상농업"
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("COPYRIGHT ⓒ 가상신문 ALL RIGHTS RESERVED", "가상신문"),  # the word in capitals
        (
            "저작권자 ©(주)가상미디어 무단전재 및 재배포 금지",
            "가상미디어",
        ),  # a company's mark first
        ("ⓒ ㈜가상미디어 무단전재 및 재배포 금지", "가상미디어"),
        ("저작권자(ⓒ) 가상신문 무단전재", "가상신문"),  # the sign in brackets
    ],
)
def test_a_copyright_line_in_other_forms_names_its_holder(line, outlet):
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\n" + line + "\n")
    assert article.outlet == outlet
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


def test_a_copyright_notice_in_capitals_glued_to_the_last_sentence_is_split_off():
    article = read_article(
        "가상시 새 청사 공개\n\n가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n"
        "청사는 다음 달 문을 연다. COPYRIGHT ⓒ 가상신문 무단전재 및 재배포 금지\n"
    )
    assert _body(article)[-1] == "청사는 다음 달 문을 연다."


def test_a_magazines_issue_note_glued_to_the_last_sentence_is_no_body():
    article = read_article(
        "가상군농업기술센터 홍길동소장\n\n“새 기술로 농업을 바꾼다”\n\n"
        "센터는 올해 새 기술 열 가지를 보급한다.\n\n"
        "홍길동 소장은 “농가와 함께 가겠다”고 말했다.<가상매거진 1월호>\n\n"
        "저작권자(C) 가상농업. 무단전재 재배포금지\n\n\n\n포토\n\n더보기\n"
    )
    assert _body(article) == [
        "센터는 올해 새 기술 열 가지를 보급한다.",
        "홍길동 소장은 “농가와 함께 가겠다”고 말했다.",
    ]
    assert article.outlet == "가상농업"


def test_a_print_issues_date_glued_to_the_last_sentence_is_the_date():
    article = read_article(
        "가상시 새 청사 공개\n\n가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n"
        "청사는 다음 달 문을 연다.[2020년 7월 10일자]\n\n저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert _body(article)[-1] == "청사는 다음 달 문을 연다."
    assert article.date == "2020-07-10"


def test_a_month_in_brackets_inside_a_sentence_stays_in_the_body():
    line = "가상시는 <가상시보 1월호>를 내고 새 청사를 알렸다."
    article = read_article("가상시 새 청사 공개\n\n" + line + "\n\n청사는 다음 달 문을 연다.\n")
    assert _body(article) == [line, "청사는 다음 달 문을 연다."]


def test_a_photo_tab_alone_under_the_copyright_is_no_body():
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY
        + "\n저작권자 © 가상신문 무단전재 및 재배포 금지\n\n포토\n"
    )
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


@pytest.mark.parametrize(
    "dateline",
    [
        "[가상도민뉴스=가상도민뉴스 기자]",
        "(가상도민뉴스=가상도민뉴스 기자)",
        "【가상도민뉴스 = 가상도민뉴스기자】",
    ],
)
def test_a_byline_naming_the_press_twice_names_no_reporter(dateline):
    article = read_article("가상군 생활체육대회 개최\n\n" + dateline + " " + _STORY)
    assert article.outlet == "가상도민뉴스"
    assert article.reporter is None
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


@pytest.mark.parametrize(
    "dateline",
    [
        "[가상씨뉴스=글·사진홍길동 기자]",
        "[가상씨뉴스=사진 홍길동 기자]",
        "[가상씨뉴스=사진·글 홍길동 기자]",
        "[가상씨뉴스 글·사진 홍길동 기자]",
    ],
)
def test_who_wrote_and_shot_before_the_name_is_no_part_of_it(dateline):
    article = read_article(
        dateline + "\n" + _STORY + "\n[저작권자ⓒ 가상씨뉴스. 무단전재-재배포 금지]\n"
    )
    assert article.reporter == "홍길동"
    assert article.outlet == "가상씨뉴스"


def test_who_wrote_before_the_name_after_a_press_off_the_table():
    article = read_article("[가상씨=글 홍길동 기자]\n" + _STORY)
    assert article.reporter == "홍길동"
    assert article.outlet == "가상씨"


def test_a_photo_pages_one_text_cut_by_the_site_is_its_body():
    text = (
        "가상면 홍길동씨의 논에서 모내기가 한창이다. 쌀값이 떨어져 풍년이라는 말을 꺼내기가 "
        "어색하지만 이 말을 싫어할 농민은 없다. 올해도 풍년, 이웃을 돕는 풍년, 농"
    )
    article = read_article(text + "\n\n저작권자 © 가상신문 무단전재 및 재배포 금지\n")
    assert article.title is None
    assert _body(article) == [text]
    assert article.outlet == "가상신문"


def test_a_captions_credit_after_two_sentences_is_no_cut_text():
    caption = (
        "10일 가상시청 앞에서 시민들이 새 청사 개관을 기다리고 있다. "
        "사진 왼쪽 위는 개관식 장면. ⓒ가상통신"
    )
    article = read_article(caption + "\n\n" + caption[:-6] + "\n\n" + _STORY)
    assert caption not in _body(article)


@pytest.mark.parametrize(
    "signature", ["/글·사진 홍길동 기자", "/ 글 홍길동 기자", "글·사진 홍길동 기자"]
)
def test_who_wrote_and_shot_signing_after_the_text_is_the_reporter(signature):
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\n" + signature + "\n")
    assert article.reporter == "홍길동"
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]
