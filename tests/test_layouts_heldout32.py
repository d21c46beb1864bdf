"""Shapes read after heldout32's first reading (benchmarks/real/layouts/heldout32, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import layouts, read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_board_engines_page_heading_and_writer_with_its_stamp():
    # GNUBoard's post view: 페이지 정보, then the writer and the stamp glued to the 본문 heading.
    article = read_article(
        "가상시 새 청사 공개\n\n페이지 정보\n\n작성자 홍길동 작성일20-07-31 14:49본문\n\n" + _STORY
    )
    assert (article.reporter, article.date) == ("홍길동", "2020-07-31T14:49")
    assert (article.title, article.subtitles, _body(article)) == (
        "가상시 새 청사 공개",
        (),
        [_LEAD, _LAST],
    )


def test_a_board_writer_that_is_no_name_gives_the_date_alone():
    found = layouts.match("작성자 관리자 조회 12회 작성일 20-07-31 14:49", "head")
    assert found.layout.name == "reporter-board-writer" and found.match["reporter"] is None
    article = read_article(
        "가상시 새 청사 공개\n\n작성자 관리자 작성일 20-07-31 14:49\n\n" + _STORY
    )
    assert (article.reporter, article.date) == (None, "2020-07-31T14:49")


def test_a_bare_body_heading_under_the_headline_is_no_subtitle():
    article = read_article("뉴스\n\n가상시 새 청사 공개\n\n페이지 정보\n\n본문\n\n" + _STORY)
    assert (article.title, article.subtitles) == ("가상시 새 청사 공개", ())


def test_a_copyright_holder_of_several_press_words_or_before_its_address_is_whole():
    for notice, outlet in [
        (
            "저작권자 © ABC 가상불교방송 가상일보 무단전재 및 재배포 금지",
            "ABC 가상불교방송 가상일보",
        ),
        (
            "Copyright ⓒ 가상 코리안 라디오 www.example.com [무단 전재 및 재배포 금지]",
            "가상 코리안 라디오",
        ),
    ]:
        assert read_article(_STORY + "\n" + notice + "\n").outlet == outlet


def test_a_comma_between_the_press_and_the_reporter_in_a_bracketed_dateline():
    article = read_article("[가상제일신문, 홍길동기자] " + _STORY)
    assert (article.outlet, article.reporter) == ("가상제일신문", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_date_with_its_author_after_by():
    article = read_article("“새 청사, 시민의 집”\n\n2003. 04. 03 by 가상리뷰\n\n" + _STORY)
    assert (article.outlet, article.reporter, article.date) == ("가상리뷰", None, "2003-04-03")
    named = read_article("가상시 새 청사\n\n2003. 04. 03 by 홍길동 기자\n\n" + _STORY)
    assert (named.outlet, named.reporter) == (None, "홍길동")


def test_a_reviews_issue_date_and_author_with_his_address_is_the_byline():
    article = read_article(
        "[논단] 새 청사의 뜻 / 홍길동\n\n[53호] 2013년 03월 21일 (목) 홍길동 gildong@example.ac.kr\n\n"
        + _STORY
    )
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.ac.kr")
    assert article.date == "2013-03-21"


def test_a_news_date_label_is_a_stamp():
    article = read_article("가상시 새 청사 공개\n\n뉴스일자: 2007-07-30\n\n" + _STORY)
    assert article.date == "2007-07-30"


def test_triangle_captions_closed_by_the_papers_credit_are_captions_and_name_it():
    # Three ▲ captions in a row, each closed by the outlet's credit and a bar: photos, not a list
    # (the first, opening a page cut above its headline, stands in the title's place).
    captions = [
        "▲홍길동 감리사가 기도하고 있다 ⓒ가상리타스 |",
        "▲김철수 감독이 설교를 하고 있다 ⓒ가상리타스 |",
        "▲축도하고 있는 이영희 회장 ⓒ가상리타스 |",
    ]
    article = read_article("\n".join(captions) + "\n" + _STORY)
    assert [p.kind for p in article.parts][1:3] == ["caption"] * 2
    assert article.outlet == "가상리타스"
    assert _body(article) == [_LEAD, _LAST]


def test_one_photo_credit_printed_twice_names_no_outlet():
    caption = "▲가상시청 전경 ⓒ가상시청 |"
    article = read_article(caption + "\n" + caption + "\n" + _STORY)
    assert article.outlet is None


def test_a_press_releases_source_line_closes_the_text():
    article = read_article("[가상신문, 홍길동기자] " + _STORY + "[보도자료출처: 가상도 가상군]\n")
    assert _body(article) == [_LEAD, _LAST]
    assert (article.outlet, [p.kind for p in article.parts][-1]) == ("가상신문", "footer")


def test_a_scripts_interview_cue_with_the_speakers_first_is_no_body():
    article = read_article(
        "가상시 기념식 성료\n\n"
        + _LEAD
        + "\n#. 홍길동 회장 + 김철수 회장 INT\n"
        + _LAST
        + "\nCopyright ⓒ 가상 라디오 www.example.com\n"
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_periodicals_menu_names_it_and_its_keywords_line_is_furniture():
    article = read_article(
        "가상문화재단\n\n가상평론 소개 l 지난호 보기\n\n인기키워드 : 사색과 성찰, 청규\n\n"
        "[논단] 새 청사의 뜻 / 홍길동\n\n[53호] 2013년 03월 21일 (목) 홍길동 gildong@example.ac.kr\n\n"
        + _STORY
    )
    assert article.outlet == "가상평론"
    assert "인기키워드 : 사색과 성찰, 청규" not in article.subtitles


def test_a_stamp_with_the_pages_buttons_after_it_is_the_date_line():
    article = read_article(
        "가상시 새 청사 공개\n\n등록일 2007년07월30일 14시39분 URL복사 기사스크랩\n\n" + _STORY
    )
    assert article.date == "2007-07-30T14:39"
    assert _body(article) == [_LEAD, _LAST]


def test_a_kicker_over_a_board_posts_title_is_its_subtitle():
    article = read_article(
        "가상시장 “새 청사는 시민의 집”\n가상시 새 청사 공개\n페이지 정보\n"
        "작성자 홍길동 작성일20-07-31 14:49본문\n" + _STORY
    )
    assert (article.title, article.subtitles) == (
        "가상시 새 청사 공개",
        ("가상시장 “새 청사는 시민의 집”",),
    )
