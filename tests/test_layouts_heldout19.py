"""Shapes read after heldout19's first reading (benchmarks/real/layouts/heldout19): each test an
invented text in a real page's shape."""

from __future__ import annotations

import pytest

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"
_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."


def test_a_bulleted_word_over_the_stamp_bullet_is_the_outlet_posting_as_itself():
    article = read_article(
        "가상시 새 청사 공개\n가상시 새 청사 공개\n  • 가상21\n  • 승인 2018.01.16 09:27\n"
        "  • 댓글 0\n이 기사를 공유합니다\n\n가상시 청사관리과\n\n" + _STORY
    )
    assert article.outlet == "가상21"
    assert article.reporter is None
    assert article.subtitles == ("가상시 청사관리과",)
    assert article.date == "2018-01-16T09:27"


def test_a_bulleted_reporter_over_the_stamp_bullet_stays_the_reporter():
    article = read_article(
        "가상시 새 청사 공개\n  • 홍길동 기자\n  • 승인 2018.01.16 09:27\n\n" + _STORY
    )
    assert article.reporter == "홍길동"
    assert article.outlet is None


def test_a_bulleted_word_with_no_stamp_under_it_is_no_outlet():
    article = read_article("가상시 새 청사 공개\n\n• 가상21\n\n" + _STORY)
    assert article.outlet is None


def test_a_dateline_with_the_outlets_latin_name_in_brackets():
    article = read_article(
        "가상시 새 청사 공개\n\n10일 가상시청서 공개... 다음 달 문 열어\n\n"
        "가상뉴스(GASANGNEWS) 홍길동 기자 | " + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상뉴스", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_copyright_note_under_the_headline_names_the_outlet():
    article = read_article(
        "가상시 새 청사 공개\n\n이 기사의 저작권은 가상뉴스에 있습니다.\n\n" + _STORY
    )
    assert article.outlet == "가상뉴스"
    assert _body(article) == [_LEAD, _LAST]


def test_a_date_line_ending_with_the_outlet_is_the_date_and_the_outlet():
    article = read_article(
        "노년 건강에 최고 인기 ‘가상볼’ 경기\n가상시 청사 개청식 성료\n2012-07-26 가상부여신문\n"
        + _STORY
    )
    assert (article.date, article.outlet) == ("2012-07-26", "가상부여신문")
    assert article.subtitles == ("가상시 청사 개청식 성료",)


def test_a_posters_stamp_dates_the_article_and_signs_no_one():
    article = read_article(
        "포토\n\n가상시 새 청사 공개\n\n가상시 새 청사 공개\n\nby 운영자 2013.12.31\n\n"
        + _STORY
        + "\n[가상신문사/ 홍길동 기자]\n"
    )
    assert article.date == "2013-12-31"
    assert article.subtitles == ()
    assert (article.outlet, article.reporter) == ("가상신문사", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_column_pages_tool_row_section_and_writer_are_no_title_or_subtitles():
    article = read_article(
        "필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게\n가상신학\n"
        "[논문] 가상교회 갈등의 원인 2\n홍길동(가상대학교 신학대학원, 실천신학)\n"
        "기사입력: 2017/08/16 [10:03]  최종편집: 가상뉴스\n트위터 페이스북 카카오톡\n"
        "김철수\n배너\n" + _STORY
    )
    assert article.title == "[논문] 가상교회 갈등의 원인 2"
    assert article.category == "가상신학"
    assert article.subtitles == ()
    assert (article.outlet, article.reporter) == ("가상뉴스", "홍길동")
    assert article.date == "2017-08-16T10:03"
    assert _body(article) == [_LEAD, _LAST]


def test_an_imprint_cut_by_the_page_and_the_sites_edit_stamp_are_no_body_nor_its_date():
    article = read_article(
        _LEAD + " 청사는 다음 달 문을 연다.\n최종편집: 2025-06-24 13:37:15\n최신뉴스\n"
        "트위터페이스북밴드카카오톡\n오늘 주간 월간\n"
        "제호 : 가상전주신문본사 : 가상도 가상군 가상로 48 정기간행물 등록번호 : 가상, 다00001\n"
        "발행인 : 홍길동 "
    )
    assert _body(article) == [_LEAD + " 청사는 다음 달 문을 연다."]
    assert article.outlet == "가상전주신문"
    assert article.date is None
    assert article.reporter is None


def test_a_comment_boxs_rules_and_the_bracketed_outlet_over_the_lead_are_no_body():
    article = read_article(
        "가상시 새 청사 공개\n가상시 청사 다음 달 개청\n홍길동 기자 | 입력 : 2018/10/24 [15:48]\n"
        "[가상현대] "
        + _LEAD
        + "\n"
        + _LAST
        + "\n<저작권자 ⓒ 가상현대 무단전재 및 재배포 금지>\n |\n"
        "기사 내용과 관련이 없는 글, 욕설을 사용하는 등 타인의 명예를 훼손하는\n"
        "글은 관리자에 의해 예고 없이 임의 삭제될 수 있으므로 주의하시기 바랍니다. |\n|\n"
    )
    assert _body(article) == [_LEAD, _LAST]
    assert (article.outlet, article.reporter) == ("가상현대", "홍길동")
    assert [p.text for p in article.parts if p.kind == "dateline"] == ["[가상현대]"]


def test_a_bracketed_rubric_over_the_lead_stays_the_texts():
    article = read_article(
        "가상시 새 청사 공개\n\n[단독] "
        + _LEAD
        + "\n\n"
        + _LAST
        + "\n\n<저작권자 ⓒ 가상현대 무단전재 및 재배포 금지>\n"
    )
    assert _body(article)[0] == "[단독] " + _LEAD


# --- the outlet read from the shapes a page names it in, the table's or not ---


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("저작권자 © 투데이 가상 무단전재 및 재배포 금지", "투데이 가상"),
        ("Copyright © 투데이 가상. All rights reserved.", "투데이 가상"),
        ("ⓒ 푸른들녘 무단전재 및 재배포 금지", "푸른들녘"),
        ("본 기사의 저작권은 푸른들녘에 있으며, 무단 전재 및 재배포를 금합니다.", "푸른들녘"),
        ("모든 기사의 저작권은 푸른들녘에 있습니다.", "푸른들녘"),
        ("제호 : 푸른들녘", "푸른들녘"),
        ("제호 푸른들녘 | 등록번호 가상 아00001 | 발행인 홍길동", "푸른들녘"),
        ("매체명 : 푸른들녘", "푸른들녘"),
        ("출처 : 가상신문", "가상신문"),
        ("기사제공 = 가상신문", "가상신문"),
        ("무단전재 및 재배포금지 ⓒ 푸른들녘", "푸른들녘"),
        ("푸른들녘(www.example.com) - copyright ⓒ 푸른들녘.", "푸른들녘"),
        ("COPYRIGHT ⓒ 푸른들녘 ALL RIGHTS RESERVED", "푸른들녘"),
        ("Copyright by 푸른들녘 All rights reserved.", "푸른들녘"),
        ("[푸른들녘] 무단전재 및 재배포 금지", "푸른들녘"),
    ],
)
def test_a_closing_line_names_an_outlet_the_table_lacks(line, outlet):
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\n" + line + "\n")
    assert article.outlet == outlet
    assert _body(article) == [_LEAD, _LAST]


def test_a_photographers_name_after_the_holder_is_no_part_of_its_name():
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\nⓒ 가상뉴스 홍길동\n")
    assert article.outlet == "가상뉴스"


def test_the_press_before_its_reporter_in_angle_brackets_under_the_text():
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\n<푸른들녘 홍길동 기자>\n")
    assert (article.outlet, article.reporter) == ("푸른들녘", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_byline_with_the_press_before_a_bar_names_both():
    article = read_article(
        "가상시 새 청사 공개\n\n푸른들녘 | 홍길동 기자 | 입력 2020.07.10 14:31\n\n" + _STORY
    )
    assert (article.outlet, article.reporter) == ("푸른들녘", "홍길동")
    assert article.date == "2020-07-10T14:31"


def test_a_name_with_an_age_in_brackets_under_the_headline_is_no_writer():
    article = read_article(
        "가상시 새 청사 공개\n\n주민 목소리 들어주기를…\n\n홍길동(75ㆍ가상리)\n\n" + _STORY
    )
    assert article.reporter is None
    assert "홍길동(75ㆍ가상리)" in article.subtitles


# --- a head line of fields no row reads whole, read field by field ---


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("푸른들녘 홍길동 기자 | 2020.07.10 14:31", "푸른들녘"),
        ("2020.07.10 14:31 | 홍길동 기자", None),
        ("기자명 홍길동 기자 입력 2020.07.10 14:31 댓글 0", None),
        ("[가상신문=홍길동 기자] 2020.07.10 14:31", "가상신문"),
        ("입력 2020.07.10 14:31 수정 2020.07.10 15:02 홍길동 기자", None),
    ],
)
def test_a_head_line_of_fields_gives_its_byline_and_its_date(line, outlet):
    article = read_article("가상시 새 청사 공개\n" + line + "\n\n" + _STORY)
    assert (article.outlet, article.reporter) == (outlet, "홍길동")
    assert article.date == "2020-07-10T14:31"
    assert _body(article) == [_LEAD, _LAST]


# --- a copyright notice that forbids reprinting ends the text when nothing of a paragraph's length follows ---

_NOTICE = "\n<저작권자 © 가상신문 무단전재 및 재배포 금지>\n"


@pytest.mark.parametrize(
    "under",
    [
        "로그인한 회원만 댓글 작성이 가능합니다.",
        "욕설, 비방 등 운영 원칙에 어긋나는 댓글은 삭제될 수 있습니다.",
        "0 / 400\n등록",
        "이전글 다음글\n목록보기",
        "본 콘텐츠는 가상 파트너스에서 공유된 콘텐츠입니다.",
    ],
)
def test_short_lines_under_the_copyright_notice_are_no_body(under):
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + _NOTICE + "\n" + under + "\n")
    assert _body(article) == [_LEAD, _LAST]
    assert article.outlet == "가상신문"


def test_a_videos_notice_between_paragraphs_keeps_the_story_under_it():
    going_on = (
        "가상시는 이날 청사 앞 광장도 시민에게 열었으며, 광장에서는 다음 달부터 매주 토요일마다 "
        "장터가 열린다고 설명했다."
    )
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _LEAD
        + "\n\n<영상: 가상통신>"
        + _NOTICE
        + "\n"
        + going_on
        + "\n"
    )
    assert _body(article)[-1] == going_on


def test_a_byline_and_its_address_in_square_brackets_under_the_text():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n[ 홍길동 기자 / gildong@example.com ]\n"
    )
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")
    assert _body(article) == [_LEAD, _LAST]


@pytest.mark.parametrize(
    "dateline",
    [
        "[푸른들녘] 홍길동 기자 =",
        "[푸른들녘] 홍길동 기자 |",
        "[푸른들녘/홍길동 기자]",
        "[푸른들녘 | 홍길동 기자]",
        "[푸른들녘 - 홍길동 기자]",
        "[푸른들녘 홍길동 선임기자]",
    ],
)
def test_a_dateline_names_a_press_the_table_lacks(dateline):
    article = read_article("가상시 새 청사 공개\n\n" + dateline + " " + _STORY)
    assert (article.outlet, article.reporter) == ("푸른들녘", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


@pytest.mark.parametrize("dateline", ["[가상시/홍길동 기자]", "[단독] 홍길동 기자 ="])
def test_a_place_or_a_rubric_in_the_datelines_brackets_is_no_press(dateline):
    article = read_article("가상시 새 청사 공개\n\n" + dateline + " " + _STORY)
    assert article.outlet is None


def test_a_broadcasters_sign_off_in_the_past_names_the_station_and_reporter():
    article = read_article(
        "가상시 새 청사 공개\n\n[앵커]\n가상시가 새 청사를 공개했습니다.\n\n[리포트]\n"
        "청사는 다음 달 문을 엽니다.\n\n지금까지 푸른방송 홍길동이었습니다.\n"
    )
    assert (article.outlet, article.reporter) == ("푸른방송", "홍길동")
    assert _body(article)[-1] == "청사는 다음 달 문을 엽니다."


@pytest.mark.parametrize(
    ("masthead", "outlet"), [("가상타임즈", "가상타임즈"), ("[가상저널]", "가상저널")]
)
def test_a_press_name_alone_over_the_headline_is_the_masthead(masthead, outlet):
    article = read_article(masthead + "\n\n가상시 새 청사 공개\n\n" + _STORY)
    assert article.outlet == outlet
    assert article.title == "가상시 새 청사 공개"


@pytest.mark.parametrize("label", ["지역뉴스", "생활경제"])
def test_a_sections_label_over_the_headline_names_no_outlet(label):
    article = read_article(label + "\n\n가상시 새 청사 공개\n\n" + _STORY)
    assert article.outlet is None
    assert article.category == label


@pytest.mark.parametrize(
    "stamp",
    [
        "by 관리자 | 2013.12.31",
        "운영자 2013.12.31",
        "작성자 : 관리자 | 등록일 : 2013.12.31",
        "등록일 2013.12.31 | 조회수 12",
        "Posted by 운영자 2013.12.31",
    ],
)
def test_a_boards_stamp_under_the_headline_dates_the_article_and_signs_no_one(stamp):
    article = read_article("가상시 새 청사 공개\n\n" + stamp + "\n\n" + _STORY)
    assert article.title == "가상시 새 청사 공개"
    assert (article.date, article.reporter, article.subtitles) == ("2013-12-31", None, ())


def test_an_interviewees_office_in_brackets_under_the_headline_is_no_writer():
    article = read_article(
        "가상시 새 청사 공개\n\n“시민과 함께 짓는다”\n\n홍길동(가상전자 대표)\n\n" + _STORY
    )
    assert article.reporter is None
