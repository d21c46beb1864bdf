"""The outlet where no line of metadata names it (issue 21): the page's own voice, judged by the
shape of the sentence, on invented texts; an outlet only named is a story's subject, not the page's."""

from __future__ import annotations

from kornews import read_article

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_HEAD = "가상시 새 청사 공개\n\n"


def test_a_magazine_sending_its_readers_to_its_print_issue_is_the_page():
    teaser = "자세한 내용은 월간가상 2014년 1월호에서 만나보실 수 있습니다."
    article = read_article(_HEAD + _LEAD + "\n\n" + _LAST + "\n\n" + teaser + "\n")
    assert article.outlet == "월간가상"


def test_a_magazine_cited_for_what_its_issue_printed_is_not():
    cited = "월간가상 2014년 1월호에 실린 글에서 홍길동 교수는 같은 계획을 비판했다."
    article = read_article(_HEAD + _LEAD + "\n\n" + cited + "\n")
    assert article.outlet is None


def test_a_press_named_as_its_headlines_subject_is_no_outlet():
    # Another outlet's report on a press's announcement reads the same as its own: neither is read.
    article = read_article(
        "가상일보, 새 제호로 새출발\n\n가상일보가 10일 제호를 바꿨다고 밝혔다.\n\n"
        "가상일보는 다음 달 새 지면을 선보인다.\n"
    )
    assert article.outlet is None


def test_a_word_too_long_for_a_name_signing_with_an_address_is_the_outlet():
    # 가상클릭: four syllables after a one-syllable surname, no person's name (heldout30's shape).
    text = _HEAD + _LEAD + "\n\n" + _LAST + "\n\n가상클릭 gildong@example.com\n"
    article = read_article(text)
    assert (article.outlet, article.reporter, article.email) == (
        "가상클릭",
        None,
        "gildong@example.com",
    )
    article = read_article(_HEAD + _LEAD + "\n\n" + _LAST + "\n\n홍길동 gildong@example.com\n")
    assert (article.outlet, article.reporter) == (None, "홍길동")


def test_a_copyright_holder_of_latin_words_with_a_small_or_korean_word():
    for holder in ("News in 가상", "Voice of Gasang"):
        notice = f"저작권자 © {holder} 무단전재 및 재배포 금지"
        article = read_article(_HEAD + _LEAD + "\n\n" + _LAST + "\n\n" + notice + "\n")
        assert article.outlet == holder


def test_a_paper_referring_its_readers_to_a_page_of_its_own_past_issue():
    reference = "학생회는 다음 학기 공청회를 연다(<가상학보> 593호, 2면, ‘학제 개편 공청회’ 참고)."
    article = read_article(_HEAD + _LEAD + "\n\n" + reference + "\n")
    assert article.outlet == "가상학보"


_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_browser_title_with_colons_a_slogan_or_an_address_after_the_press():
    for line in (
        "가상시 새 청사 공개 :: 가상일보",
        "가상시 새 청사 공개 : 가상일보",
        "가상시 새 청사 공개 - 가상일보 - 가상시의 아침",
        "가상시 새 청사 공개 - 가상일보(gasang.example.com)",
    ):
        article = read_article(line + "\n\n" + _HEAD + "홍길동 기자\n\n" + _STORY)
        assert (article.outlet, article.title) == ("가상일보", "가상시 새 청사 공개"), line


def test_the_press_with_a_bare_date_over_or_under_the_text():
    for line in ("가상일보 | 2020.07.10", "가상일보 2020.07.10", "[가상일보] 2020.07.10 14:31"):
        for text in (_HEAD + line + "\n\n" + _STORY, _HEAD + _STORY + "\n" + line + "\n"):
            article = read_article(text)
            assert (article.outlet, article.date[:10]) == ("가상일보", "2020-07-10"), line


def test_a_byline_of_press_and_reporter_with_a_bare_date_after_a_bar():
    article = read_article(_HEAD + "가상일보 홍길동 기자 | 2020.07.10\n\n" + _STORY)
    assert (article.outlet, article.reporter, article.date) == ("가상일보", "홍길동", "2020-07-10")


def test_a_labelled_source_and_an_online_desk_name_the_press():
    for line in (
        "언론사 : 가상일보",
        "기사출처 : 가상일보",
        "발행처 : 가상일보",
        "가상일보 온라인뉴스팀",
    ):
        for text in (_HEAD + line + "\n\n" + _STORY, _HEAD + _STORY + "\n" + line + "\n"):
            assert read_article(text).outlet == "가상일보", line


def test_a_congratulation_on_the_papers_anniversary_names_it_whatever_it_is_called():
    for greeting, outlet in (
        ("gs가상포커스 창간 9주년을 진심으로 축하드립니다.", "gs가상포커스"),
        ("대표 전문지 가상신문의 창간 33주년을 회원들과 함께 진심으로 축하드립니다.", "가상신문"),
    ):
        article = read_article(greeting + "\n" + _LEAD + "\n")
        assert article.outlet == outlet, greeting
    article = read_article("모두가 창간 9주년을 축하했다.\n" + _LEAD + "\n")
    assert article.outlet is None


def test_a_founding_address_as_the_headline_names_the_paper():
    article = read_article("가상포커스 9주년 창간축사\n\n" + _STORY)
    assert article.outlet == "가상포커스"


def test_a_papers_note_on_its_online_edition_names_it():
    note = "※ 가상저널 온라인판 PDF를 보시려면 홈페이지 내 PDF 게시판을 참고하시면 됩니다."
    article = read_article(_HEAD + _STORY + "\n" + note + "\n")
    assert article.outlet == "가상저널"


def test_a_stamp_with_the_sites_desk_signing_as_a_reporter_dates_the_text():
    article = read_article(_HEAD + "기사입력 : 2020-07-10 가상편집 기자\n\n" + _STORY)
    assert (article.date, article.reporter, article.subtitles) == ("2020-07-10", None, ())


def test_a_journals_imprint_glued_after_the_bars_closing_its_text():
    text = _LEAD + " 표, 그래프 | 가상 수급동향 | <가상저널 2006/9/25> |"
    article = read_article("가상시 새 청사 공개\n\n" + text + "\n")
    assert (article.outlet, article.date) == ("가상저널", "2006-09-25")
