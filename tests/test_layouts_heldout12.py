"""Shapes read after heldout12's first reading (benchmarks/real/layouts/heldout12, issue 21's
number): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_cable_script_with_half_bracket_markers_keeps_its_last_lines_broken_at_commas():
    lead = ["가상방송 뉴스가 새로 바뀝니다.", "주민과 더 가까워집니다."]
    report = ["지역 방송의 역할이", "더 커지고 있습니다."]
    said = ['"새 코너는 주민의 목소리를,', "그대로 전하고,", "매주 방송합니다."]
    article = read_article(
        "주메뉴 바로가기 본문 바로가기\n본문시작\n\n[가상TV 뉴스 홍길동 기자]\n\n[기사내용]\n\n"
        "김철수 앵커)\n" + "\n".join(lead) + "\n무엇이 달라지는지 홍길동 기자가 알려드립니다.\n\n"
        "리포트)\n" + "\n".join(report) + "\n\n[ 이영희 / 가상구의원 ]\n" + "\n".join(said) + "\n"
    )
    assert article.reporter == "홍길동"
    assert _body(article) == lead + report + said


def test_an_anchors_hand_off_at_the_end_of_the_lead_names_the_reporter():
    article = read_article(
        "가상TV 첫 손님 앵커\n\n기사승인 2020.06.04  07:30:00\n\n[앵커]\n\n"
        "가상TV 뉴스를 손님이 진행했습니다. 그 하루를 홍길동 기자가 전합니다.\n\n[리포트]\n"
        "보도국에 손님이 찾아왔습니다.\n"
    )
    assert (article.reporter, article.date) == ("홍길동", "2020-06-04T07:30")
    assert _body(article)[0].endswith("홍길동 기자가 전합니다.")


def test_a_video_pages_buttons_and_a_summarisers_credit_are_furniture_and_a_stamped_byline_signs():
    article = read_article(
        "|\n가상군에서 농사를 짓는 청년의 이야기다. 일손이 모자란다.\n"
        "“일이 많아요. 그래도 보람이 있습니다.”\n(내용중 일부 요약 : 김철수)\n"
        "- 동영상 보기 (3분)\n일반화질\n|\n고화질\n|\n후원전용 (1회 무료시청 가능)\n|\n"
        "홍길동 기자, 다른기사보기기사등록일시 : 2012.09.13 11:35\n"
        "<저작권자 © 가상닮, 무단 전재 및 재배포 금지>\n"
    )
    assert (article.outlet, article.reporter, article.date) == (
        "가상닮",
        "홍길동",
        "2012-09-13T11:35",
    )
    assert _body(article) == [
        "가상군에서 농사를 짓는 청년의 이야기다. 일손이 모자란다.",
        "“일이 많아요. 그래도 보람이 있습니다.”",
    ]


def test_the_papers_own_account_as_a_bulleted_byline_names_the_outlet():
    article = read_article(
        "가상신문이 희망이 되겠습니다\n  • 가상신문\n  • 승인 2022.12.11 15:00\n  • 댓글 0\n\n"
        + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상신문", None)


def test_an_outlets_notice_cut_short_names_it_and_a_photographers_credit_names_none():
    article = read_article(
        "가상 신부 “두려움 없이”\n\n"
        + _STORY
        + "\n▲ 참석자들이 케이크를 자르고 있다. ⓒ홍길동 기자\n\nⓒ홍길동 기자\n\n<가상뉴스 지금 http://www.ga"
    )
    assert article.outlet == "가상뉴스 지금"
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_caption_ending_with_its_photographer_under_the_stamps_is_no_subtitle():
    article = read_article(
        "가상신문이 희망이 되겠습니다\n  • 승인 2022.12.11 15:00\n\n"
        "2022년 10월 24일 가상산에서 바라본 가상읍 모습. 사진=홍길동\n\n" + _STORY
    )
    assert article.subtitles == ()
    assert [p.kind for p in article.parts][2] == "caption"
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_rubric_marking_the_papers_own_anniversary_names_the_outlet():
    article = read_article(
        "[가상신문 교구판 창간 10주년] 감사미사 봉헌\n\n"
        "‘가상신문 교구판’ 창간 10주년 감사미사가 21일 열렸다.\n\n미사에는 100명이 참석했다.\n"
    )
    assert article.outlet == "가상신문"


def test_a_copyright_glued_inside_a_one_line_photo_page_names_the_outlet():
    article = read_article(
        "▲ 봄볕을 받은 버들강아지가 고개를 내밀고 있다. 홍길동 기자 저작권자 © 가상일보 "
        "무단전재 및 재배포 금지 홍길동 기자 다른기사 보기 페이스북 카카오톡 URL복사\n"
    )
    assert article.outlet == "가상일보"


def test_a_publishers_letter_names_the_paper_it_speaks_for():
    article = read_article(
        "신년 발행인의 편지\n\n새해를 맞는 가상신문의 마음은 두근거립니다.\n\n"
        "가상신문 독자 여러분께 감사드립니다.\n\n가상신문의 꿈은 이웃의 삶을 담는 것입니다.\n"
    )
    assert article.outlet == "가상신문"


def test_a_speakers_caption_over_a_bite_in_round_brackets_is_no_paragraph():
    article = read_article(
        "가상TV 첫 손님 앵커\n\n[리포트]\n손님이 찾아왔습니다.\n\n"
        "홍길동/ 가상TV '가상방' 진행자\n(쉽지가 않아요. 좋은 경험이 될 것 같습니다.)\n\n"
        "뉴스가 진행된 날, 진행자의 발걸음은 분장실에서 시작됐습니다.\n"
    )
    assert _body(article) == [
        "손님이 찾아왔습니다.",
        "(쉽지가 않아요. 좋은 경험이 될 것 같습니다.)",
        "뉴스가 진행된 날, 진행자의 발걸음은 분장실에서 시작됐습니다.",
    ]
    assert next(p for p in article.parts if p.text.startswith("(쉽지가")).speaker == "홍길동"


def test_names_closed_by_where_they_stand_are_a_caption():
    names = "가상신문사 사장 홍길동 신부, 가상교구 김철수 주교.(앞줄 왼쪽부터)"
    first, second = _STORY.strip().split("\n\n")
    article = read_article(f"가상교구 감사미사\n\n{first}\n{names}\n{second}\n")
    assert _body(article) == [first, second]
    assert [p.kind for p in article.parts if p.text == names] == ["caption"]


def test_a_scenes_sentence_over_the_names_of_who_stands_where_is_their_caption():
    scene = "21일 감사미사를 마치고 사제단이 기념사진을 찍고 있다."
    names = "가상신문사 사장 홍길동 신부, 가상교구 김철수 주교.(앞줄 왼쪽부터)"
    first, second = _STORY.strip().split("\n\n")
    article = read_article(f"가상교구 감사미사\n\n{first}\n{scene}\n{names}\n{second}\n")
    assert _body(article) == [first, second]
    assert [p.kind for p in article.parts if p.text in (scene, names)] == ["caption", "caption"]


def test_a_sentence_of_the_body_ending_in_progress_stays_a_paragraph_over_other_text():
    first, second = _STORY.strip().split("\n\n")
    scene = "시는 청사 주변 정비도 함께 하고 있다."
    article = read_article(f"가상시 새 청사\n\n{first}\n{scene}\n{second}\n")
    assert _body(article) == [first, scene, second]
