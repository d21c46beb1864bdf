"""Captions, labels and decks read after heldout31's first reading (issue 21's blind batch, then
open; its outlets, e-mails and dates apart): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"
_NOTICE = "저작권자 © 가상일보 무단전재 및 재배포 금지\n"


def test_a_photo_pages_run_of_captions_some_scenes_going_on_is_no_list_of_briefs():
    captions = [
        "▲ 가상체육관에서 제22회 가상탁구대회가 열렸다.",
        "▲ 홍길동 가상탁구연합회장의 대회사.",
        "▲ 김철수 가상시장의 환영사.",
        "▲ 단상 위의 귀빈들.",
        "▲ 많은 선수들이 출전하여 열기를 높이고 있다.",
        "▲ 멋진 스윙으로!",
    ]
    article = read_article("\n".join(["가상탁구인들의 축제", _LEAD, *captions, _NOTICE]))
    assert _body(article) == [_LEAD]


def test_an_editors_note_label_alone_under_the_note_is_furniture():
    article = read_article(f"가상대 입학식 열려\n{_LEAD}\n편집자주\n{_LAST}\n")
    assert _body(article) == [_LEAD, _LAST]


def test_a_papers_plea_for_members_under_its_copyright_closes_the_text():
    article = read_article(
        "가상시 새 청사 공개\n" + _STORY + "【Copyrights ⓒ 가상뉴스 기사제보 tip@example.com】\n"
        "가상모의 회원이 되어주세요!\n가상\n"
    )
    assert _body(article) == [_LEAD, _LAST]


def test_an_outlets_regional_desk_glued_to_the_lead_by_a_bar_opens_the_body():
    article = read_article(f"가상시 새 청사 공개\n가상경제 충북취재본부 | {_LEAD}\n{_LAST}\n")
    assert _body(article) == [_LEAD, _LAST]


def test_a_piece_of_the_headline_printed_again_under_it_is_no_deck():
    headline = "장구 치고, ‘댄스’ 추고… 가상군 주민자치센터 발표회 열기 ‘후끈’"
    article = read_article(
        f"{headline}\n홍길동 기자 gildong@example.com\n2025년 10월 24일(금) 14:35\n"
        f"가상군 주민자치센터 발표회\n{_STORY}"
    )
    assert article.subtitles == ()
    assert _body(article) == [_LEAD, _LAST]
