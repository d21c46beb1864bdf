"""Shapes read after heldout15's first reading (benchmarks/real/layouts/heldout15, issue 21's
blind batch): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_scripts_interview_caption_with_a_closing_bracket_only_is_a_speaker_line():
    article = read_article(
        "가상방송은 주민과 함께 20년의 세월을 달려왔다. 주민들은 새 청사를 반겼다.\n\n"
        "주민들은 청사가 더 넓어지길 바랐다.\n\n"
        "인터뷰> 홍길동 / 가상시 가상구\n\n"
        "청사는 다음 달 문을 연다.\n\n"
        "가상뉴스 김철수 기자\n\n저작권자 © 가상투데이 무단전재 및 재배포 금지\n"
    )
    speakers = [part for part in article.parts if part.kind == "speaker"]
    assert [(part.speaker, part.role) for part in speakers] == [("홍길동", "가상시 가상구")]
    assert not any("인터뷰>" in text for text in _body(article))


def test_a_lead_of_two_sentences_in_the_plain_past_is_no_headline():
    # 달려왔다.: a past closed by ㅆ other than 했, 였 (no headline states two sentences so).
    article = read_article(
        "가상방송은 주민과 함께 20년의 세월을 달려온 방송이다. 주민 곁을 오래도록 지켜왔다.\n\n"
        + _STORY
    )
    assert article.title is None
    assert _body(article)[0].startswith("가상방송은 주민과 함께")


def test_a_photos_caption_still_stands_as_its_pages_title():
    # 있다. is no past: a photo page's caption over its credit stays where the title stands.
    article = read_article(
        "가상시 주민들이 새 청사 앞에 모여 개청식이 열리기를 기다리며 사진을 찍고 있다.\n\n"
        "<홍길동 기자> photo@example.com\n\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == []


def test_a_print_issues_date_in_brackets_under_the_text_is_the_date():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n[2020년 7월 10일자]\n\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert article.date == "2020-07-10"
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


def test_type_size_and_print_labels_glued_to_their_words_are_no_subtitles():
    article = read_article(
        "가상시 새 청사 공개\n\n2020-07-10\n\n홍길동 기자(gildong@example.com)\n\n글자크기\n"
        "글자크게 글자작게\n페이스북 트위터 카카오스토리 URL 복사하기\n기사 인쇄하기 인쇄\n\n"
        + _STORY
    )
    assert article.subtitles == ()
    assert (article.reporter, article.date) == ("홍길동", "2020-07-10")
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_a_columns_disclaimer_ends_the_body_with_the_rebuttal_address_under_it():
    article = read_article(
        "[가상사진]\n\n가을 들녘이 황금빛으로 물들었습니다. 농부들은 추수를 시작했습니다.\n\n"
        "본 칼럼은 필자 개인 의견으로 본지 편집방향과 일치하지 않을 수 있습니다.\n"
        "반론(desk@example.com)도 보장합니다.\n"
        "저작권자 © 가상닷컴 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == ["가을 들녘이 황금빛으로 물들었습니다. 농부들은 추수를 시작했습니다."]
    assert article.email is None  # the outlet's rebuttal address, no writer's


def test_a_regional_page_read_past_its_greeting_and_menu_words():
    article = read_article(
        "가상신문 홈페이지에 오신것을 환영합니다.\n\n\n메인 메뉴\n\n콘텐츠\n\n행정\n\n"
        "가상시 새 청사 다음 달 문 열어\n\n"
        "가상신문(desk@example.com)2020-07-10 12:20:19 2020.07.10 12:20:19 링크 인쇄 공유\n"
        "페이스북 트위터 카카오스토리 네이버\n\n" + _STORY + "\n"
        "※ 가상신문사의 모든 콘텐츠(영상,기사, 사진)는 저작권법의 보호를 받은바, 무단 전재와 복사, "
        "배포 등을 금합니다.\n\n※문자가 잘 보이지 않을 경우 여기 를 클릭해주세요.\n\n카피라이터\n\nLOGIN\nID저장\n"
    )
    assert article.title == "가상시 새 청사 다음 달 문 열어"
    assert article.subtitles == ()
    assert (article.outlet, article.email, article.date) == (
        "가상신문",
        "desk@example.com",
        "2020-07-10T12:20",
    )
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


def test_a_short_title_over_a_short_deck_over_a_longer_one_keeps_its_title():
    # Menu words are one word each: a headline of several words over its decks stays the title.
    article = read_article(
        "가상시 새 청사\n\n문 열어\n\n다음 달 주민에게 처음 공개되는 새 청사\n\n" + _STORY
    )
    assert article.title == "가상시 새 청사"


def test_an_english_name_of_two_words_in_the_copyright_stays_whole():
    article = read_article(
        "▲ 가상시 새 청사 앞에 꽃이 피었다. 관리가 필요하다.\n"
        "저작권자 © Gasang Times 무단전재 및 재배포 금지\n"
    )
    assert article.outlet == "Gasang Times"


def test_a_broadcasters_page_read_past_its_slogan_with_its_stamp_under_the_headline():
    article = read_article(
        "최신뉴스\n가상방송은 차별화된 컨텐츠로 새로운 세상을 창조하고\n"
        "미래 미디어가 나아가야 할 방향을 제시하려 합니다.\n"
        "연휴 마지막 귀경길, 일상으로..\n"
        "방송일 20200710 / 조회수 75 / 취재기자 홍길동\n"
        "연휴 마지막 날인\n오늘 고향을 찾았던\n시민들은 아쉬움을 뒤로하고\n일상으로 돌아갔습니다.\n"
    )
    assert article.title == "연휴 마지막 귀경길, 일상으로.."
    assert (article.outlet, article.reporter, article.date) == ("가상방송", "홍길동", "2020-07-10")
    assert article.subtitles == ()
    assert _body(article) == [
        "연휴 마지막 날인",
        "오늘 고향을 찾았던",
        "시민들은 아쉬움을 뒤로하고",
        "일상으로 돌아갔습니다.",
    ]


def test_a_deck_naming_a_press_as_its_subject_under_the_headline_stays_a_deck():
    # Only over the headline is such a line the site's slogan.
    article = read_article(
        "가상시 새 청사 다음 달 공개\n가상방송은 시민과 함께 새 청사를 둘러보고\n\n홍길동 기자\n\n"
        + _STORY
    )
    assert article.subtitles == ("가상방송은 시민과 함께 새 청사를 둘러보고",)
    assert article.outlet is None


def test_a_logos_alt_text_over_the_headline_names_the_outlet():
    article = read_article(
        "가상방송 채널8번 로고\n\n가상시 새 청사 공개\n\n2020-07-10\n\n홍길동 기자(gildong@example.com)\n\n"
        + _STORY
    )
    assert (article.outlet, article.title) == ("가상방송", "가상시 새 청사 공개")


_MAGAZINE = (
    "Special Interview - 가상 캠핑의 하루\nSpecial Interview - 가상 캠핑의 하루\n"
    "  • 매거진 가상캠핑\n  • 승인 2020.07.10 10:48\n  • 댓글 0\n이 기사를 공유합니다\n\n"
    "Special Interview 가상 캠핑의 하루\n\n \n\n홍길동을 만나다\n\n \n\nNice to meet you, Camping\n\n"
    "“사람들과 함께라서 좋아요. 그게 캠핑의 매력 아닌가요?”\n\n"
    "그는 활짝 웃으며 인사했다. 캠핑을 사랑하는 그는 시간이 날 때마다 떠난다.\n\n \n\n"
    "editor 김철수 + photographer 이영희\n\n \n\n댓글삭제\n댓글쓰기\n"
)


def test_a_magazines_page_its_account_its_decks_and_its_editors_credit():
    article = read_article(_MAGAZINE)
    assert (article.outlet, article.reporter, article.date) == (
        "매거진 가상캠핑",
        "김철수",
        "2020-07-10T10:48",
    )
    # The headline printed again without its dash is no paragraph; the decks in the plain form
    # and in English are; the interviewee's quoted words are the text.
    assert article.subtitles == ("홍길동을 만나다", "Nice to meet you, Camping")
    assert _body(article) == [
        "“사람들과 함께라서 좋아요. 그게 캠핑의 매력 아닌가요?”",
        "그는 활짝 웃으며 인사했다. 캠핑을 사랑하는 그는 시간이 날 때마다 떠난다.",
    ]


def test_a_quoted_deck_of_two_sentences_with_no_last_stop_stays_a_deck():
    article = read_article("가상시 새 청사 다음 달 공개\n“힘들었다. 그래도 간다”\n\n" + _STORY)
    assert article.subtitles == ("“힘들었다. 그래도 간다”",)


def test_a_short_plain_sentence_with_its_stop_under_the_headline_is_the_text():
    article = read_article("가상시 새 청사 다음 달 공개\n\n청사가 문을 연다.\n\n청사는 넓다.\n")
    assert article.subtitles == ()


def test_a_photos_caption_glued_before_its_paragraph_is_split_off():
    article = read_article(
        "가상마을 이장, 경로당 땅 기부\n\n"
        "홍길동 이장 (가운데) 가상마을 홍길동 이장은 경로당을 지을 땅을 내놓았다.\n\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    captions = [part.text for part in article.parts if part.kind == "caption"]
    assert captions == ["홍길동 이장 (가운데)"]
    assert _body(article) == ["가상마을 홍길동 이장은 경로당을 지을 땅을 내놓았다."]


def test_a_sentence_opening_with_who_stands_where_keeps_its_words():
    article = read_article(
        "가상마을 이장, 경로당 땅 기부\n\n"
        "홍길동 이장 (가운데) 등이 경로당 터를 둘러보고 있다. 마을은 잔치를 열었다.\n\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert _body(article)[0].startswith("홍길동 이장 (가운데) 등이")


def test_the_outlet_speaking_of_itself_over_a_columns_disclaimer_is_its_notice():
    article = read_article(
        "[가상사진]\n\n가을 들녘이 황금빛으로 물들었습니다. 농부들은 추수를 시작했습니다.\n\n"
        "가상닷컴은 다양한 의견이 오가는 열린 광장입니다.\n"
        "본 칼럼은 필자 개인 의견으로 본지 편집방향과 일치하지 않을 수 있습니다.\n"
        "저작권자 © 가상닷컴 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == ["가을 들녘이 황금빛으로 물들었습니다. 농부들은 추수를 시작했습니다."]


def test_the_outlet_speaking_of_itself_in_the_last_paragraph_with_no_disclaimer_is_the_text():
    article = read_article(
        "창간 10주년을 맞으며\n\n가상신문이 창간 10주년을 맞았습니다.\n\n"
        "가상신문은 앞으로도 독자 곁에 있겠습니다.\n\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert _body(article)[-1] == "가상신문은 앞으로도 독자 곁에 있겠습니다."


_COPYRIGHT = "저작권자 © 가상뉴스 무단전재 및 재배포 금지\n"


def test_an_opinion_disclaimer_in_other_words_ends_the_body_too():
    for disclaimer in (
        "※ 외부 기고 및 칼럼은 가상뉴스의 편집방향과 다를 수 있습니다.",
        "* 이 칼럼은 필자의 개인 의견으로 본사의 편집 방향과 다를 수 있습니다.",
        "본 기고문은 본지의 편집방침과 다를 수 있습니다.",
    ):
        article = read_article(
            "가상시 새 청사 다음 달 공개\n\n" + _STORY + f"\n{disclaimer}\n\n" + _COPYRIGHT
        )
        assert _body(article) == [
            "가상시가 새 청사를 공개했다고 10일 밝혔다.",
            "청사는 다음 달 문을 연다.",
        ], disclaimer


def test_a_sentence_reporting_a_different_editorial_line_is_the_text():
    last = "가상신문은 새 편집국장이 기존 편집방향과 다를 것이라고 밝혔다."
    article = read_article(
        "가상시 새 청사 다음 달 공개\n\n" + _STORY + f"\n{last}\n\n" + _COPYRIGHT
    )
    assert _body(article)[-1] == last


def test_a_magazines_credit_in_korean_names_its_editor():
    article = read_article(
        "가상시 새 청사 다음 달 공개\n\n"
        + _STORY
        + "\n에디터 홍길동 포토그래퍼 김철수\n\n"
        + _COPYRIGHT
    )
    assert article.reporter == "홍길동"
    assert len(_body(article)) == 2


def test_a_print_issues_date_with_the_papers_name_in_brackets():
    article = read_article(
        "가상시 새 청사 다음 달 공개\n\n"
        + _STORY
        + "\n[가상신문 2020년 7월 10일자]\n\n"
        + _COPYRIGHT
    )
    assert article.date == "2020-07-10"
    assert len(_body(article)) == 2


def test_a_half_bracket_caption_with_no_slash_before_the_role():
    article = read_article(
        "가상방송은 주민과 함께 20년을 달려왔다. 주민들은 새 청사를 반겼다.\n\n"
        "인터뷰> 홍길동 가상시 주민\n\n청사는 다음 달 문을 연다.\n"
    )
    speakers = [(part.speaker, part.role) for part in article.parts if part.kind == "speaker"]
    assert speakers == [("홍길동", "가상시 주민")]


def test_a_magazines_crew_credited_after_its_editor_names_the_editor_only():
    for credit in (
        "에디터 홍길동 | 사진 김철수 | 스타일리스트 이영희",
        "Editor 홍길동 / Photographer 김철수 / Stylist 이영희",
        "EDITOR 홍길동 PHOTOGRAPHER 김철수",
        "글 홍길동 사진 김철수",
    ):
        article = read_article(
            "가상시 새 청사 다음 달 공개\n\n" + _STORY + f"\n{credit}\n\n" + _COPYRIGHT
        )
        assert (article.reporter, len(_body(article))) == ("홍길동", 2), credit


def test_the_papers_account_line_with_its_address_unbracketed_and_spaced():
    article = read_article(
        "가상시 새 청사 다음 달 공개\n\n가상신문 desk@example.com 2020-07-10 12:20:19 링크 인쇄 공유\n\n"
        + _STORY
    )
    assert (article.outlet, article.email, article.date) == (
        "가상신문",
        "desk@example.com",
        "2020-07-10T12:20",
    )
    assert len(_body(article)) == 2
