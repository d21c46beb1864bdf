"""Shapes read after heldout9's first reading (benchmarks/real/layouts/heldout9, issue 21's number):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import layouts, read_article, shapes
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_skip_link_stubs_and_bulleted_fields_over_the_headline_are_furniture():
    article = read_article(
        "상단영역\n\n본문영역\n\n  • 인물\n  • 입력 2008.11.24 00:00\n\n가상신문이 되길...\n\n"
        "이 기사를 공유합니다\n\n" + _STORY + "\n저작권자 © 가상시대 무단전재 및 재배포 금지\n\n"
        "개의 댓글\n\n댓글 정렬\n"
    )
    assert article.title == "가상신문이 되길..."
    assert article.reporter is None  # • 인물 is a section's word
    assert article.date == "2008-11-24"  # a bare 00:00 stamp tells no time
    assert article.outlet == "가상시대"  # the copyright, comment controls after it
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_magazines_logo_line_menu_and_english_section_label_are_furniture():
    article = read_article(
        "본문 바로가기\n\n가상동아 로고\n\n  • Magazine Gasang\n통합검색 전체메뉴열기\n\n"
        "Editor’s Letter\n\n신고합니다\n\n  • 편집장 홍길동 hong@example.com\n\n신고합니다\n\n"
        "이번 호는 가상동아의 지면혁신호입니다.\n\n독자 여러분께 감사드립니다.\n"
    )
    assert article.title == "신고합니다"
    assert (article.outlet, article.reporter, article.email) == (
        "가상동아",
        "홍길동",
        "hong@example.com",
    )
    assert article.subtitles == ()
    assert _body(article) == [
        "이번 호는 가상동아의 지면혁신호입니다.",
        "독자 여러분께 감사드립니다.",
    ]


def test_a_bulleted_writer_with_an_office_and_an_issue_number_are_the_heads_fields():
    article = read_article(
        "지킬 것은 지킨다\n지킬 것은 지킨다\n  • 홍길동 대표\n  • 호수 101\n  • 승인 2014.07.15 10:54\n"
        "  • 댓글 0\n이 기사를 공유합니다\n\n창간 2년\n\n" + _STORY
    )
    assert article.reporter == "홍길동"
    assert article.date == "2014-07-15T10:54"
    assert article.subtitles == ("창간 2년",)


def test_a_caption_naming_a_company_officer_stays_a_caption():
    article = read_article("가상전자 신제품\n\n홍길동 가상전자 대표\n\n" + _STORY)
    assert article.reporter is None
    assert [p.text for p in article.parts if p.kind == "caption"] == ["홍길동 가상전자 대표"]


def test_a_page_clock_and_breadcrumb_over_the_headline_yield_to_the_dated_byline():
    article = read_article(
        '2019.12.4 수 20:54\n> 뉴스 > 사람 > 인터뷰\n     \n"페이지 위에서 일합니다"\n'
        "2019년 10월 15일 (화) 14:50:41 홍길동 기자 gildong@example.com\n   \n"
        "간단한 자기소개 부탁합니다.\n  안녕하세요, 가상잡지 에디터입니다.\n"
    )
    assert article.title == '"페이지 위에서 일합니다"'
    assert article.subtitles == ()
    assert (article.reporter, article.email, article.date) == (
        "홍길동",
        "gildong@example.com",
        "2019-10-15T14:50",
    )
    assert _body(article) == ["간단한 자기소개 부탁합니다.", "안녕하세요, 가상잡지 에디터입니다."]


def test_a_language_menu_and_a_weather_widget_over_the_headline_are_furniture():
    article = read_article(
        "back to top\nENGLISH 中文 日本語\n26.8 C\nSeoul\nMore\n\n"
        "    [가상 인터뷰] 추석에 기자들은 뭐하나요?\n\n" + _STORY
    )
    assert article.title == "[가상 인터뷰] 추석에 기자들은 뭐하나요?"
    assert article.outlet is None
    assert article.subtitles == ()


def test_an_issue_label_over_the_headline_is_furniture():
    article = read_article(
        "기사보기\n\nMagazine\n\n[447호 2015년 6월] 뉴스 동문소식\n\n“모교 소식 전해드려요”\n\n"
        "학생기자 11명 선발\n\n" + _STORY
    )
    assert article.title == "“모교 소식 전해드려요”"
    assert article.subtitles == ("학생기자 11명 선발",)


def test_a_desk_signing_alone_is_no_reporter_and_no_body():
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY
        + "\nSNS 기사보내기\n편집국\n저작권자 © 가상미래 무단전재 및 재배포 금지\n"
    )
    assert article.reporter is None
    assert _body(article) == _STORY.strip().split("\n\n")


def test_a_site_accounts_byline_names_no_one_and_a_text_under_it_is_body():
    article = read_article(
        "관리자 기자 2005.07.18 00:00:00\n"
        + "가상신문이 지난 14일 창간 기념식을 열었다. 회장은 다짐했다고 말했다. " * 3
        + "홍길동 기자 gildong@example.com\n"
    )
    assert article.title is None
    assert (article.reporter, article.date) == ("홍길동", "2005-07-18")  # 00:00:00: no time


def test_the_papers_names_under_a_lead_are_its_masthead():
    assert shapes.masthead_name("가상신문, GASANGNEWS") == "가상신문"
    assert shapes.masthead_name("가상동아 로고") == "가상동아"
    assert shapes.masthead_name("가상시 새 로고 공개") is None
    assert layouts.furniture("Back to top") == "furniture"


def test_a_paper_saying_bonji_of_itself_and_naming_itself_thrice_is_the_outlet():
    article = read_article(
        "추석 때 기자들은 뭐하나요?\n\n본지는 인턴 기자가 몇 있다. 그 중 한 명을 인터뷰했다.\n\n"
        "Q. 가상뉴스에 입사한 계기는\n\nA. 가상뉴스를 알게 돼 입사했다.\n\nQ. 가상뉴스에 바라는 점\n"
    )
    assert article.outlet == "가상뉴스"
    # Named twice (the story's subject, a parent company), no more: not the paper itself.
    twice = read_article(
        "본지 창간 기념 특집\n\n본지는 올해 두 번째 언론사로 가상타임스를 선정했다.\n\n"
        "가상타임스는 모기업 GSTN(가상타임스뉴스)의 자회사다. GSTN은 10년 전 설립됐다.\n"
    )
    assert twice.outlet is None
    # Named once each, two presses: none is the paper itself.
    other = read_article(
        "추석 때 기자들은 뭐하나요?\n\n본지는 인턴 기자가 몇 있다.\n\n"
        "가상뉴스와 나무일보가 함께 행사를 열었다.\n"
    )
    assert other.outlet is None


def test_a_desks_byline_names_its_press():
    article = read_article("가상주간, 기사심의 운영\n\n  • 가상주간 편집국\n\n" + _STORY)
    assert (article.outlet, article.reporter) == ("가상주간", None)


def test_the_holder_of_a_papers_own_photo_named_in_the_body_is_the_outlet():
    story = "가상제주를 포함한 회원사 기자들이 모였다.\n\n▲ 기자들의 수다 제2화 ⓒ가상제주\n\n수다는 두 시간 이어졌다.\n"
    assert read_article("기자들의 수다 제2화\n\n" + story).outlet == "가상제주"
    # Credited, but never named in the body: another's photo.
    other = (
        "회원사 기자들이 모였다.\n\n▲ 기자들의 수다 제2화 ⓒ나무사진\n\n수다는 두 시간 이어졌다.\n"
    )
    assert read_article("기자들의 수다 제2화\n\n" + other).outlet is None


def test_a_university_newsrooms_board_with_dashed_fields():
    article = read_article(
        "본문 시작\n\n가상뉴스 편집실\n\n아침엔 물질 저녁엔 기사\n\n- 17기 홍길동\n\n- 조회 : 229\n\n"
        "- 등록일 : 2024-09-17\n\n" + _STORY
    )
    assert article.title == "아침엔 물질 저녁엔 기사"
    assert (article.outlet, article.reporter, article.date) == ("가상뉴스", "홍길동", "2024-09-17")
    assert article.subtitles == ()
    assert _body(article) == _STORY.strip().split("\n\n")
