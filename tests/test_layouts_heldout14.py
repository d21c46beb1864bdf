"""Shapes read after heldout14's first reading (benchmarks/real/layouts/heldout14, issue 21's
number) and in bylines of outlets no batch holds: each test an invented text in a real page's
shape."""

from __future__ import annotations

import pytest

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_dateline_with_a_slogan_names_the_press_after_it_and_a_citizen_reporter():
    article = read_article(
        "가상시 새 청사 공개\n\n[세상을 잇는 가상기자협회 홍길동 시민기자 ] " + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상기자협회", "홍길동")
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_a_plain_bracket_dateline_still_names_its_whole_press():
    article = read_article("가상시 새 청사 공개\n\n[가상 경제 홍길동 기자] " + _STORY)
    assert (article.outlet, article.reporter) == ("가상 경제", "홍길동")


def test_a_name_in_brackets_before_an_equals_sign_is_the_press():
    article = read_article("가상시 새 청사 공개\n\n[푸른들녘] = " + _STORY)
    assert article.outlet == "푸른들녘"
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_a_jobs_name_in_brackets_is_a_rubric_no_reporter_nor_press():
    article = read_article("직업 탐방\n\n[사진기자] " + _STORY)
    assert article.reporter is None
    assert article.outlet is None


def test_a_photo_pages_credit_first_is_the_byline_not_the_title():
    article = read_article(
        "ⓒ 가상독립신문 홍길동 기자\n\n가상시 주민들이 새 청사 앞에 모였다. 주민들은 박수를 쳤다.\n\n"
        "저작권자 © 가상독립신문 무단전재 및 재배포 금지\n"
    )
    assert (article.outlet, article.reporter) == ("가상독립신문", "홍길동")
    assert article.title is None
    assert _body(article) == ["가상시 주민들이 새 청사 앞에 모였다. 주민들은 박수를 쳤다."]


def test_a_photographers_credit_alone_under_captions_still_names_no_one():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n▲ 주민들이 청사 앞에 모여 있다.\n\nⓒ홍길동 기자\n"
    )
    assert article.reporter is None


def test_a_magazines_issue_month_with_its_byline_gives_the_month_and_the_reporter():
    article = read_article(
        "직업 탐방\n\n[방송기자] 소식을 전하는 사람, 가상방송 기자\n\n2021년 11월 <홍길동 기자>\n\n"
        + _STORY
    )
    assert (article.reporter, article.date) == ("홍길동", "2021-11")
    assert _body(article) == _STORY.strip().split("\n\n")


_LEAD = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다고 시는 설명했다.\n"


def _fields(text: str) -> tuple:
    article = read_article(text)
    return article.outlet, article.reporter, article.email, article.date


def test_a_dateline_of_the_place_and_the_press_after_a_slash_names_both():
    article = read_article("가상시 새 청사 공개\n\n[가상시/GSN]홍길동 기자 = " + _LEAD)
    assert (article.outlet, article.reporter) == ("GSN", "홍길동")
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_datelines_in_lenticular_and_angle_brackets_name_press_and_reporter():
    for opening, outlet in (
        ("【가상타임즈 홍길동 기자】 ", "가상타임즈"),
        ("<가상저널 홍길동 기자> ", "가상저널"),
    ):
        article = read_article("가상시 새 청사 공개\n\n" + opening + _LEAD)
        assert (article.outlet, article.reporter) == (outlet, "홍길동")
        assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_a_journal_a_post_and_a_times_are_press_names_by_shape():
    assert _fields("가상시 새 청사 공개\n\n[가상저널] " + _LEAD)[0] == "가상저널"
    assert _fields("가상시 새 청사 공개\n\n" + _LEAD + "\n가상포스트 홍길동 기자\n")[:2] == (
        "가상포스트",
        "홍길동",
    )


def test_a_press_byline_with_its_email_after_the_text_reads_press_then_name():
    assert _fields(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n가상뉴스 홍길동 기자 (gildong@example.com)\n"
    )[:3] == ("가상뉴스", "홍길동", "gildong@example.com")


def test_a_regional_newsroom_in_a_byline_names_the_reporter_not_the_outlet():
    article = read_article("가상시 새 청사 공개\n\n가상방송 청주 홍길동 기자\n\n" + _LEAD)
    assert (article.outlet, article.reporter, article.title) == (
        None,
        "홍길동",
        "가상시 새 청사 공개",
    )
    assert article.subtitles == ()


def test_a_translated_pieces_english_name_and_source_after_a_bar_is_its_byline():
    article = read_article("가상시 새 청사 공개\n\nJane Doe | GASANG\n\n" + _LEAD)
    assert article.reporter == "Jane Doe"
    assert article.subtitles == ()


def test_a_stamp_then_a_byline_after_a_bar_gives_date_press_and_reporter():
    assert _fields(
        "가상시 새 청사 공개\n\n등록 2023.05.10 14:31 | 가상저널 홍길동 기자\n\n" + _LEAD
    ) == (
        "가상저널",
        "홍길동",
        None,
        "2023-05-10T14:31",
    )


def test_a_columnists_signature_after_a_slash_or_led_by_geul_is_the_byline():
    for closing in ("/홍길동 칼럼니스트", "글 홍길동"):
        article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n" + closing + "\n")
        assert article.reporter == "홍길동"
        assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_link_to_a_reporters_other_articles_names_the_reporter():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n홍길동 기자의 다른기사 보기\n\n"
        "ⓒ 가상타임즈 무단전재 및 재배포 금지\n"
    )
    assert (article.outlet, article.reporter) == ("가상타임즈", "홍길동")
    assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_short_headline_over_a_deck_led_by_a_dash_stays_the_title():
    article = read_article("가상시 새 청사 공개\n- 다음 달 문 열어\n\n" + _LEAD)
    assert article.title == "가상시 새 청사 공개"
    assert article.subtitles == ("- 다음 달 문 열어",)


def test_a_photo_essays_credits_glued_to_its_last_sentence_name_the_writer_not_the_photographer():
    article = read_article(
        "가상시 새 청사 앞에 주민들이 모였다.\n"
        "  가상신문도 어느덧 창간 10주년을 맞았다. 앞으로도 노력하겠다.  <사진=홍길동 사진작가, "
        "글=김철수 기자>\n\n저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert article.reporter == "김철수"
    assert _body(article)[-1] == "가상신문도 어느덧 창간 10주년을 맞았다. 앞으로도 노력하겠다."


def test_a_photographers_english_credit_glued_to_a_photo_pages_caption_names_the_reporter():
    article = read_article(
        "[가상해양] 가상군 앞바다는 동해안 최북단 어장이자 우리가 지켜야 할 바다다. 문어, 가자미, "
        "성게가 잡히는 수산업의 보고, 동해 바다다. 가상군 앞바다에서 photo by 홍길동 기자\n"
    )
    assert article.reporter == "홍길동"


def test_a_column_names_its_writer_only_under_his_photo_and_numbers_its_sections():
    article = read_article(
        "▲ 홍길동 박사\n-효율은 기본이고 더 중요한 것은 지속가능성이다\n\n1. 들어가며 : 가상 사태 10년\n\n"
        + _LEAD
    )
    assert article.reporter == "홍길동"
    assert article.subtitles == ("-효율은 기본이고 더 중요한 것은 지속가능성이다",)


def test_a_caption_naming_someone_under_a_byline_leaves_the_byline_the_reporter():
    article = read_article("가상시 새 청사 공개\n\n김철수 기자\n\n▲ 홍길동 박사\n\n" + _LEAD)
    assert article.reporter == "김철수"


def test_a_section_path_with_angle_marks_and_a_photo_slots_label_over_the_headline_are_furniture():
    article = read_article("사회>사회일반\n기사사진\n가상시 새 청사 다음 달 개방\n\n" + _LEAD)
    assert article.title == "가상시 새 청사 다음 달 개방"
    assert article.subtitles == ()


def test_a_print_views_controls_and_section_path_over_the_headline_are_no_subtitles():
    article = read_article(
        "첫 화면으로 이동\n닫기 | 인쇄 |\n가상시>경제\n가상방송, 가상시 사업자 선정\n\n" + _LEAD
    )
    assert article.title == "가상방송, 가상시 사업자 선정"
    assert article.subtitles == ()


def test_a_byline_and_its_date_after_a_bar_and_a_press_before_a_bar():
    assert _fields("가상시 새 청사 공개\n\n홍길동 기자 | 2024-05-10 14:31\n\n" + _LEAD)[1:] == (
        "홍길동",
        None,
        "2024-05-10T14:31",
    )
    assert _fields(
        "가상시 새 청사 공개\n\n가상시민일보 | 홍길동 기자 | 입력 2024.05.10 14:31\n\n" + _LEAD
    ) == ("가상시민일보", "홍길동", None, "2024-05-10T14:31")


def test_a_boards_labelled_writer_and_stamp_are_the_byline_not_the_body():
    article = read_article(
        "가상시 새 청사 공개\n작성자 홍길동 기자 | 작성일 2024-05-10\n\n" + _LEAD
    )
    assert (article.reporter, article.date, article.outlet) == ("홍길동", "2024-05-10", None)
    assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_copys_source_line_names_the_press_and_closes_the_text():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n출처 : 가상인(http://www.example.kr)\n"
    )
    assert article.outlet == "가상인"
    assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_link_to_other_articles_under_the_copyright_keeps_the_copyright_out_of_the_body():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _LEAD + "\n저작권자 © 가상인사이드 무단전재 및 재배포 금지\n\n"
        "홍길동 기자 다른기사 보기\n"
    )
    assert (article.outlet, article.reporter) == ("가상인사이드", "홍길동")
    assert _body(article) == _LEAD.strip().split("\n\n")


def test_the_press_in_brackets_before_its_reporter_after_the_text_names_both():
    article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n[가상인] 홍길동 기자\n")
    assert (article.outlet, article.reporter) == ("가상인", "홍길동")
    assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_byline_with_its_stamp_and_the_pages_counters_after_bars():
    assert _fields(
        "가상시 새 청사 공개\n\n홍길동 기자 | 승인 2023.05.10 14:31 | 댓글 0\n\n" + _LEAD
    )[1:] == ("홍길동", None, "2023-05-10T14:31")


def test_a_dated_byline_after_the_text_and_a_bracketed_date_name_the_reporter_not_a_press():
    for closing in ("2023.05.10 홍길동 기자", "[2023-05-10] 홍길동 기자 gildong@example.com"):
        article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n" + closing + "\n")
        assert (article.outlet, article.reporter) == (None, "홍길동")
        assert _body(article) == _LEAD.strip().split("\n\n")


def test_copyright_notices_in_a_sentence_of_their_own_and_with_copyrights_name_the_press():
    for notice in (
        "가상로컬의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재, 복사, 배포 등을 금합니다.",
        "Copyrights ⓒ 가상로컬 & example.kr",
    ):
        article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n" + notice + "\n")
        assert article.outlet == "가상로컬"
        assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_sentence_naming_the_copyright_law_stays_body():
    text = (
        "가상시 새 청사 공개\n\n"
        + _LEAD
        + "\n가상시의 모든 조례는 저작권법과 무관하다고 시는 밝혔다.\n"
    )
    assert (
        _body(read_article(text))[-1] == "가상시의 모든 조례는 저작권법과 무관하다고 시는 밝혔다."
    )


def test_a_lead_broken_after_its_subject_opens_the_body_with_no_headline():
    article = read_article(
        "가상군의회\n(는 예산결산특별위원장에 홍길동 의원을 선출했다.\n\n위원회는 3일간 운영한다.\n"
    )
    assert article.title is None
    assert _body(article)[:2] == ["가상군의회", "(는 예산결산특별위원장에 홍길동 의원을 선출했다."]


def test_a_headline_over_a_lead_that_opens_with_a_demonstrative_stays_the_title():
    article = read_article("가상시 새 청사 공개\n이 청사는 다음 달 문을 연다고 시는 밝혔다.\n")
    assert article.title == "가상시 새 청사 공개"


def test_a_cable_pages_labelled_bites_are_speaker_parts_not_body():
    article = read_article(
        "가상방송, 이웃의 이야기를 담다\n\n[앵커멘트]\n가상방송은 이웃의 이야기를 전합니다.\n\n"
        "[현장음: 홍길동 / 마을버스 기사 ]\n\n다 같이 힘냈으면 좋겠습니다.\n"
    )
    assert "[현장음: 홍길동 / 마을버스 기사 ]" not in _body(article)
    assert [p.speaker for p in article.parts if p.kind == "paragraph"][-1] == "홍길동"


def test_a_magazines_account_as_byline_and_its_english_section_label_over_the_headline():
    article = read_article(
        "[Editor's letter]\n아직 해보지 않은 여행\nby 가상 매거진\n\n"
        "놀랍지만, 적응이 되어 갑니다. 여행 없는 나날도 그렇습니다.\n"
    )
    assert (article.title, article.outlet, article.reporter) == (
        "아직 해보지 않은 여행",
        "가상 매거진",
        None,
    )
    assert article.subtitles == ()


@pytest.mark.parametrize(
    "line, reporter, date",
    [
        ("게재 일자 : 2023년 5월 10일", None, "2023-05-10"),
        ("[2023.05.10 14:31]", None, "2023-05-10T14:31"),
        ("2023년 5월 10일 수요일 제123호", None, "2023-05-10"),
        ("홍길동 기자 · 2023.05.10 14:31", "홍길동", "2023-05-10T14:31"),
        (
            "홍길동 기자 | 입력 2023.05.10 14:31 | 수정 2023.05.10 15:00",
            "홍길동",
            "2023-05-10T14:31",
        ),
        ("승인 2023.05.10 14:31 홍길동 기자", "홍길동", "2023-05-10T14:31"),
    ],
)
def test_date_and_byline_lines_under_the_headline(line, reporter, date):
    article = read_article("가상시 새 청사 공개\n" + line + "\n\n" + _LEAD)
    assert (article.title, article.reporter, article.date) == (
        "가상시 새 청사 공개",
        reporter,
        date,
    )
    assert _body(article) == _LEAD.strip().split("\n\n")


def test_an_anchors_hand_off_as_the_reporters_report_names_the_reporter():
    article = read_article(
        "가상시 새 청사 공개\n\n(앵커)\n가상시가 새 청사를 공개했습니다.\n홍길동 기자의 보도입니다.\n\n"
        "(기자)\n청사는 다음 달 문을 엽니다.\n"
    )
    assert article.reporter == "홍길동"
    assert _body(article) == ["가상시가 새 청사를 공개했습니다.", "청사는 다음 달 문을 엽니다."]


def test_a_photo_pages_run_of_triangle_captions_naming_scenes_are_captions_not_a_list():
    captions = [
        "▲ 선배들과 함께 손잡고 입학식장에 입장하기 전.",
        "▲ 자기소개 시간에 발표할 내용을 외워보고 있는 신입생.",
        "▲ 선생님이 주신 전달문을 가방에 넣고 있는 학생.",
        "▲ 교가를 부르는 가상초등학교 학생들.",
    ]
    text = "\n\n".join(captions) + "\n\n3월 2일 입학식을 연 가상초등학교 신입생은 9명이다.\n"
    article = read_article(text)
    assert _body(article) == ["3월 2일 입학식을 연 가상초등학교 신입생은 9명이다."]


def test_a_run_of_triangle_points_without_full_stops_stays_a_list_in_the_text():
    points = ["▲ 에너지 사업 확대", "▲ 원천기술 확보", "▲ 충전 인프라 구축"]
    text = (
        "가상기업, 새 성장동력 육성\n\n가상기업은 세 과제를 내놓았다.\n\n"
        + "\n\n".join(points)
        + "\n"
    )
    assert _body(read_article(text))[1:] == points


@pytest.mark.parametrize(
    "credit",
    [
        "글 | 홍길동",
        "정리 홍길동 기자",
        "취재·정리 홍길동 기자",
        "정리=홍길동 기자",
        "홍길동 기자 / 사진 김철수 기자",
        "홍길동 논설위원",
        "[글 홍길동 / 사진 김철수]",
        "<글=홍길동 가상대 교수>",
    ],
)
def test_a_writer_credited_by_the_work_under_the_headline_or_after_the_text(credit):
    for text in (
        "가상시 새 청사 공개\n" + credit + "\n\n" + _LEAD,
        "가상시 새 청사 공개\n\n" + _LEAD + "\n" + credit + "\n",
    ):
        article = read_article(text)
        assert (article.reporter, article.outlet) == ("홍길동", None)
        assert _body(article) == _LEAD.strip().split("\n\n")


def test_a_rubric_in_brackets_alone_names_no_one():
    article = read_article("가상시 새 청사 공개\n\n" + _LEAD + "\n[인터뷰]\n")
    assert article.reporter is None


def test_a_transcripts_roles_before_a_colon_say_who_speaks_and_are_no_body():
    article = read_article(
        "가상시 새 청사 공개\n\n앵커: 가상시가 새 청사를 공개했습니다.\n\n기자: 청사는 다음 달 문을 엽니다.\n"
    )
    assert _body(article) == ["가상시가 새 청사를 공개했습니다.", "청사는 다음 달 문을 엽니다."]
    assert [p.speaker for p in article.parts if p.kind == "paragraph"] == ["앵커", "기자"]
