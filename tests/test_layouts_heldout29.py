"""Shapes read after heldout29's first reading (benchmarks/real/layouts/heldout29, blind, then
open): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"
_NOTICE = "저작권자 © 가상일보 무단전재 및 재배포 금지\n"


def test_a_members_only_notice_under_a_teaser_closes_the_text():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n\n청사는 다음 달 문을\n\n유료회원 전용기사\n\n"
        "본 기사는 유료회원 전용기사 입니다.\n기사전문을 보시려면 유료회원에 가입하셔야 합니다.\n\n"
        "유료회원 로그인\n" + _NOTICE
    )
    assert _body(article) == [_LEAD, "청사는 다음 달 문을"]


def test_the_papers_note_marked_under_the_text_is_furniture():
    note = "※ <가상정보>는 직접 취재하지 않은 보도자료는 윤문만 하고 있습니다. 이를 밝힙니다."
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "\n" + note + "\n\n" + _NOTICE)
    assert _body(article) == [_LEAD, _LAST]


def test_an_issues_contents_with_their_pages_stay_the_body_over_its_pdf_note():
    contents = [
        "[정책] 가상시 새 청사 공개 – 3면",
        "[종합] 가상군 축제 내달 개막 – 4면",
        "[시사] 가상대 신입생 늘었다 - 6면",
    ]
    article = read_article(
        "가상일보 이번 호 안내\n\n"
        + _STORY
        + "\n"
        + "\n".join(contents)
        + "\n\n※ 가상일보 온라인판 PDF를 보시려면 홈페이지 게시판을 참고하시면 됩니다.\n\n"
        "홍길동 기자 gildong@example.com\n"
    )
    assert _body(article) == [_LEAD, _LAST, *contents]
    assert article.reporter == "홍길동"


def test_a_stamp_with_a_desks_byline_is_the_date_line_naming_no_one():
    article = read_article(
        "가상일보 창간 9주년 축사\n기사입력 : 2019-04-05 가상포커스편집 기자\n\n" + _STORY
    )
    assert (article.title, article.subtitles) == ("가상일보 창간 9주년 축사", ())
    assert (article.date, article.reporter) == ("2019-04-05", None)
    assert _body(article) == [_LEAD, _LAST]


def test_a_journals_list_of_tables_and_imprint_glued_to_the_text_close_it():
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _LEAD
        + "\n\n"
        + _LAST
        + " 표, 그래프 | 가상 청사 면적 | 가상 예산 추이 | <가상저널 2006/9/25> |\n한줄의견\n관련뉴스\n"
    )
    assert _body(article) == [_LEAD, _LAST]
    assert (article.outlet, article.date) == ("가상저널", "2006-09-25")
