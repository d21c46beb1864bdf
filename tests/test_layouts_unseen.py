"""Shapes read for unseen pages after the open batches' misses (issue 21): each test an invented
text in a real page's shape, the rule judged by the shape, no outlet's or sentence's own."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"
# A paragraph longer than any headline (a quotation and its speaker, cut by the page's end).
_LONG = (
    '홍길동 가상시 시장은 "새 청사는 시민 누구나 드나드는 열린 공간으로 꾸며 문을 열 것"이라며 '
    '"앞으로도 시민의 목소리를 더 가까이에서 듣는 시정을 펼치겠다"고 말했다'
)


def test_a_related_articles_label_between_paragraphs_leaves_the_story_going_on():
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자\n\n" + _STORY + "\n관련기사\n\n" + _LONG
    )
    assert _body(article) == [_LEAD, _LAST, _LONG]


def test_a_related_articles_label_over_other_headlines_still_ends_the_story():
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자\n\n" + _STORY + "\n관련기사\n\n가상군 새 도서관 개관\n"
        "가상시 버스 노선 개편\n가상구 축제 열려\n"
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_listed_headline_glued_to_its_summary_under_the_label_ends_the_story():
    listed = (
        "가상군 새 도서관…200억원 빚만 남아 가상군이 지난해 문을 연 새 도서관의 관리비가 한 해 "
        "수십억원에 이르는 것으로 나타났다. 예상 수입은 그 절반에 그친다."
    )
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자\n\n" + _STORY + "\n관련기사\n" + listed
    )
    assert _body(article) == [_LEAD, _LAST]


_HEAD = "가상시 새 청사 공개\n\n"


def test_a_copyright_word_without_its_last_syllable_names_the_holder():
    article = read_article(_HEAD + _STORY + "\n저작권 © 가상신문 무단전재 및 재배포 금지\n")
    assert article.outlet == "가상신문"
    assert _body(article) == [_LEAD, _LAST]


def test_a_notice_forbidding_reprints_without_the_press_consent_names_it():
    article = read_article(
        _HEAD + _STORY + "\n가상일보의 허락 없이 무단 전재 및 재배포를 금합니다.\n"
    )
    assert article.outlet == "가상일보"
    assert _body(article) == [_LEAD, _LAST]


def test_a_company_word_before_the_holder_is_no_part_of_its_name():
    article = read_article(
        _HEAD + _STORY + "\n저작권자 © 주식회사 가상미디어 무단전재 및 재배포 금지\n"
    )
    assert article.outlet == "가상미디어"


def test_stamp_words_of_posting_and_print_date_the_article():
    for stamp in ("게시일 2020.07.10", "지면게재일 2020.07.10", "게시 : 2020-07-10 14:31"):
        article = read_article(_HEAD + "홍길동 기자\n" + stamp + "\n\n" + _STORY)
        assert article.date.startswith("2020-07-10"), stamp
        assert _body(article) == [_LEAD, _LAST]


def test_a_stamp_with_a_two_digit_year_is_this_centurys():
    article = read_article(_HEAD + "홍길동 기자\n입력 20.07.10 14:31\n\n" + _STORY)
    assert article.date == "2020-07-10T14:31"
    assert _body(article) == [_LEAD, _LAST]


def test_a_date_in_iso_with_its_zone_is_read():
    article = read_article(_HEAD + "2020-07-10T14:31:00+09:00\n\n" + _STORY)
    assert article.date == "2020-07-10T14:31"


def test_compound_reporter_titles_sign_the_name_before_them():
    for title in ("명예기자", "학생기자", "에디터"):
        article = read_article(_HEAD + f"홍길동 {title}\n\n" + _STORY)
        assert article.reporter == "홍길동", title
        article = read_article(_HEAD + _STORY + f"\n홍길동 {title}\n")
        assert article.reporter == "홍길동", title
        assert _body(article) == [_LEAD, _LAST]


def test_the_press_after_the_byline_in_brackets_or_after_a_slash():
    for byline in ("홍길동 기자 (가상일보)", "홍길동 기자 / 가상일보", "홍길동 기자 | 가상일보"):
        for text in (_HEAD + byline + "\n\n" + _STORY, _HEAD + _STORY + "\n" + byline + "\n"):
            article = read_article(text)
            assert (article.outlet, article.reporter) == ("가상일보", "홍길동"), byline
            assert _body(article) == [_LEAD, _LAST]


def test_a_boards_label_before_the_writers_name_alone():
    for byline in ("작성자 : 홍길동", "기사작성 : 홍길동", "글쓴이: 홍길동"):
        for text in (_HEAD + byline + "\n\n" + _STORY, _HEAD + _STORY + "\n" + byline + "\n"):
            article = read_article(text)
            assert article.reporter == "홍길동", byline
            assert _body(article) == [_LEAD, _LAST]


def test_a_dateline_of_press_and_reporter_in_round_brackets():
    article = read_article(_HEAD + "(가상일보 홍길동 기자) " + _STORY)
    assert (article.outlet, article.reporter) == ("가상일보", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_signature_of_press_and_reporter_after_a_slash():
    article = read_article(_HEAD + _STORY + "\n/가상일보 홍길동 기자\n")
    assert (article.outlet, article.reporter) == ("가상일보", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_masthead_with_its_latin_name_or_its_slogan():
    for masthead in ("가상일보 GASANG ILBO", "가상일보 | 가상시의 아침", "가상일보 - 시민과 함께"):
        article = read_article(masthead + "\n\n" + _HEAD + "홍길동 기자\n\n" + _STORY)
        assert (article.outlet, article.title) == ("가상일보", "가상시 새 청사 공개"), masthead
        assert _body(article) == [_LEAD, _LAST]


def test_share_support_and_listing_furniture_under_the_story_is_no_body():
    for line in (
        "카카오톡 페이스북 트위터 밴드",
        "이 기사에 대한 의견을 남겨주세요",
        "독자의견 0",
        "가상일보를 후원해 주세요",
        "기사 구매하기",
        "이 시각 주요 뉴스",
        "다른 기사 보기",
        "다음글",
        "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책",
    ):
        article = read_article(_HEAD + "홍길동 기자\n\n" + _STORY + "\n" + line + "\n")
        assert _body(article) == [_LEAD, _LAST], line


def test_reading_controls_over_the_story_are_no_deck():
    for line in (
        "기사 요약",
        "AI 요약",
        "URL 복사",
        "기사듣기",
        "가 가 가 가",
        "+ -",
        "확대 축소",
        "북마크",
    ):
        article = read_article(_HEAD + "홍길동 기자\n" + line + "\n\n" + _STORY)
        assert (article.subtitles, _body(article)) == ((), [_LEAD, _LAST]), line


def test_a_newsroom_desk_beside_the_name_is_neither_reporter_nor_outlet():
    for byline, outlet in (
        ("사회부 홍길동 기자", None),
        ("홍길동 사회부 기자", None),
        ("정치부 = 홍길동 기자", None),
        ("가상일보 사회부 홍길동 기자", "가상일보"),
    ):
        for text in (_HEAD + byline + "\n\n" + _STORY, _HEAD + _STORY + "\n" + byline + "\n"):
            article = read_article(text)
            assert (article.reporters, article.outlet) == (("홍길동",), outlet), byline
            assert _body(article) == [_LEAD, _LAST]


def test_unusual_bylines_name_the_writer():
    for byline, reporter in (
        ("洪吉童 記者", "洪吉童"),
        ("洪吉童 기자", "洪吉童"),
        ("글/홍길동", "홍길동"),
        ("기자 : 홍길동", "홍길동"),
        ("기자 | 홍길동", "홍길동"),
        ("홍길동 (gildong@example.com)", "홍길동"),
        ("홍길동 문화부장", "홍길동"),
    ):
        for text in (_HEAD + byline + "\n\n" + _STORY, _HEAD + _STORY + "\n" + byline + "\n"):
            article = read_article(text)
            assert article.reporter == reporter, byline
            assert _body(article) == [_LEAD, _LAST], byline


def test_a_short_headline_of_several_words_over_a_longer_deck_is_no_category():
    deck = "다음 달 개관…시민 누구나 이용"
    for byline in ("홍길동 기자\n", ""):
        article = read_article("가상시 새 청사 공개\n" + deck + "\n" + byline + "\n" + _STORY)
        assert (article.category, article.title, article.subtitles) == (
            None,
            "가상시 새 청사 공개",
            (deck,),
        )
    article = read_article("사회\n가상시 새 청사 공개…다음 달 개관\n홍길동 기자\n\n" + _STORY)
    assert (article.category, article.title) == ("사회", "가상시 새 청사 공개…다음 달 개관")
