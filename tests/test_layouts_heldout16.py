"""Shapes read after heldout16's first reading (benchmarks/real/layouts/heldout16, issue 21's
blind batch): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

# An anchor's copy broken mid-sentence, one line a paragraph, no headline (a regional station's page).
_BROKEN_COPY = (
    "가상시장이\n"
    "가상시를 바다의 수도이자\n"
    "쉼의 도시로 만들겠다고 밝혔습니다.\n"
    "가상시장은\n"
    "오늘 가상시 가상읍의\n"
    "마을회관에서 가진 간담회에서\n"
    "주민들의 뜻을 모아달라고 당부했습니다.\n"
)


def test_a_copy_broken_mid_sentence_has_no_headline():
    article = read_article(
        _BROKEN_COPY + "Copyright © Gasang Broadcasting. All rights reserved.\n"
        "홍길동 gildong@example.com\n"
    )
    assert article.title is None
    assert _body(article) == _BROKEN_COPY.splitlines()
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")


def test_a_headline_with_a_short_deck_over_a_one_sentence_lead_keeps_its_title():
    # One short sentence under two short lines: a headline, its deck and the lead (no copy broken
    # sentence after sentence).
    article = read_article(
        "가상시 새 청사 다음 달 문 열어\n주민들 새 청사 반겨\n가상시가 새 청사를 공개했다.\n\n"
        "청사는 다음 달 문을 연다. 주민들은 새 청사를 반겼다.\n"
    )
    assert (article.title, article.subtitles) == (
        "가상시 새 청사 다음 달 문 열어",
        ("주민들 새 청사 반겨",),
    )


def test_a_copyright_in_angle_brackets_glued_to_the_text_is_no_photos_credit():
    # … 있다. <저작권자 ⓒ 가상신문 …>: the one paragraph of a short page, its notice split off.
    article = read_article(
        "가상시장기 게이트볼 대회에서 가상리팀이 우승을 차지했다. 대회에는 20개 팀이 출전했다. "
        "게이트볼은 노년의 생활스포츠로 자리를 잡고 있다. <저작권자 ⓒ 가상김포 무단전재 및 재배포 금지>\n"
        "댓글\n|\n"
    )
    assert _body(article) == [
        "가상시장기 게이트볼 대회에서 가상리팀이 우승을 차지했다. 대회에는 20개 팀이 출전했다. "
        "게이트볼은 노년의 생활스포츠로 자리를 잡고 있다."
    ]
    assert article.outlet == "가상김포"


def test_a_papers_imprint_on_one_line_is_no_body_and_names_the_outlet():
    # A comment view: headline, deck, stamp, then the imprint (제호 : …, address, registration,
    # officers between bars, the copyright glued at its end).
    imprint = (
        "제호 : 가상광역신문 | 주소 : 가상시 가상구 가상대로 1 (201호) | 등록번호: 가상,가00001 | "
        "등록일 : 2008-01-17 | 발행인 : 홍길동 | 편집인 : 홍길동 | 대표번호 : 1800-0000 | "
        "전화번호 : 032-000-0000 | FAX : 032-000-0001 | 이메일 : desk@example.com 제호 : 가상 방송 | "
        "주소 : 가상시 가상구 가상로 2 | 등록번호 : 가상, 아00001 | 발행인 : 홍길동 "
        "Copyright @가상광역신문 Corp. All rights reserved."
    )
    article = read_article(
        "가상구의회 홍길동 위원장, 가상대교 명칭 번복에… “원칙 지켜야”\n\n"
        "5일 본회의 5분 자유발언… “행정 신뢰 훼손”\n\n2025.12.08 10:30:12\n\n" + imprint + "\n"
    )
    assert article.outlet == "가상광역신문"
    assert article.subtitles == ("5일 본회의 5분 자유발언… “행정 신뢰 훼손”",)
    assert article.date == "2025-12-08T10:30"
    assert _body(article) == []
    assert article.email is None  # the publisher's contact, no byline's


def test_a_sentence_deck_over_a_lead_opened_by_its_dateline_is_no_title():
    article = read_article(
        "부디 올 한 해 시민 모두 평안하기를 비나이다.\n\n"
        "가상포인트 홍길동 기자 | “가상시장은 삼가 비옵나이다.”\n\n"
        "정월 보름 옛 가상군청 터에서 제가 열릴 예정이다.\n"
    )
    assert article.title is None
    assert article.subtitles == ("부디 올 한 해 시민 모두 평안하기를 비나이다.",)
    assert _body(article) == [
        "“가상시장은 삼가 비옵나이다.”",
        "정월 보름 옛 가상군청 터에서 제가 열릴 예정이다.",
    ]
    assert article.reporter == "홍길동"


def test_a_headline_over_a_lead_opened_by_its_dateline_stays_the_title():
    article = read_article(
        "가상시, 새 청사 공개\n(가상=가상통신) 홍길동 기자 = 가상시가 새 청사를 공개했다.\n"
    )
    assert (article.title, article.subtitles) == ("가상시, 새 청사 공개", ())


def test_a_photo_pages_caption_with_its_credits_and_copyright_on_one_line():
    # A regional photo page: the caption, the writer's credit and the photo's, the copyright with
    # the paper's slogan and the byline's link, then a comment box flattened on one line.
    article = read_article(
        "맑은 날씨를 보인 8일 가상군 가상면 한 농가에서 봄벌깨우기 작업을 하고 있다. "
        "봄벌깨우기 작업이란 겨울잠을 자지 않는 꿀벌에게 봄이 온 것처럼 먹이를 주어 벌통 안의 온도를 높이는 데 목적이 있다. 홍길동기자·사진=가상군 "
        "저작권자 © 가상일보 - 우리나라 가상의 지역신문 무단전재 및 재배포 금지 홍길동 다른기사 보기\n"
        "댓글 0 댓글입력 로그인 이름 비밀번호 내용 댓글쓰기 계정을 선택하시면 로그인·계정인증을 통해 "
        "댓글을 남기실 수 있습니다. 회원 로그인 비회원 글쓰기\n"
    )
    assert _body(article) == []
    assert [part.kind for part in article.parts] == ["caption", "footer", "footer"]
    assert (article.outlet, article.reporter) == ("가상일보", "홍길동")


def test_a_photographers_mark_after_a_caption_names_no_reporter():
    # ⓒ홍길동 기자: whose photo it is, no byline.
    article = read_article(
        "가상시 새 청사 공개\n\n"
        "▲ 주민들이 새 청사 앞에서 케이크를 자르고 있다. ⓒ홍길동 기자\n\n" + _STORY_TEXT
    )
    assert article.reporter is None


_STORY_TEXT = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"
_STORY_LINES = ["가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."]


def test_a_videos_source_note_and_the_outlets_credit_after_an_at_sign_are_no_body():
    article = read_article(
        "가상시 새해 첫 해\n\n" + _STORY_TEXT + "※이 영상은 가상시에서 촬영하였고 인터넷신문 "
        "가상코리아가 독자를 위해 편집했습니다.\n![]() |\n@가상코리아 |\n"
        "홍길동 기자 gildong@example.com\n<저작권자 © 가상코리아 무단전재 및 재배포금지>\n"
    )
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]
    assert (article.outlet, article.reporter) == ("가상코리아", "홍길동")


def test_a_magazines_web_page_read_past_its_menus_and_credits():
    # Skip links, search labels, a breadcrumb, the deck over the English title, the date in English,
    # the credits in capitals, the issue, the lead's summary printed again with &apos; left in it,
    # the credit box; the magazine named with the issue its credits print.
    summary = "겨울엔 익숙한 노래가 듣고 싶어진다. 겨울밤 라디오가 더 귀에 붙는 이유다. '가족의 날'을 맞아 라디오 DJ들이 모인 날, 가상 라디오국을 찾았다."
    article = read_article(
        "주메뉴바로가기 본문바로가기\n페이스북 인스타그램 유투브 네이버 포스트\n\n통합 검색\n\n"
        "인기검색어\n\nHOME > 오늘의 인물\n\n‘가족의 날’을 맞아 라디오 DJ들을 만났다.\n\n"
        "Radio Days\n\nOn January 07, 2015\n\n" + summary + "\n\n"
        "겨울밤 라디오는 생각만큼 평온하고 또 분주했다. 작가든 PD든 라디오에 대한 애정이 넘쳤다.\n\n"
        "DJ들의 인터뷰는 1월 5일 발행되는 <가상매거진> 46호를 통해 만날 수 있습니다.\n\n"
        "EDITOR : 홍길동, 김철수\nPHOTO : 이영희, 박민수\n\n발행 : 2015년 46호\n\n"
        + summary.replace("'", "&apos;")
        + "\n\nCredit Info\n\n2015년 01월 02호\n\n이달의 목차\nEDITOR\n홍길동, 김철수\n"
    )
    assert (article.title, article.subtitles) == (
        "Radio Days",
        ("‘가족의 날’을 맞아 라디오 DJ들을 만났다.",),
    )
    assert (article.outlet, article.reporter, article.date) == (
        "가상매거진",
        "홍길동",
        "2015-01-07",
    )
    assert _body(article) == [
        summary,
        "겨울밤 라디오는 생각만큼 평온하고 또 분주했다. 작가든 PD든 라디오에 대한 애정이 넘쳤다.",
        "DJ들의 인터뷰는 1월 5일 발행되는 <가상매거진> 46호를 통해 만날 수 있습니다.",
    ]


def test_named_character_references_in_a_text_are_read_once_numbered_ones_left():
    article = read_article(
        "가상시 새 청사\n\n시장은 &quot;새 청사&quot;를 &amp;amp; 공개했다. &#39;끝&#39;\n"
    )
    assert _body(article) == ['시장은 "새 청사"를 &amp; 공개했다. &#39;끝&#39;']


# --- each class in the other words such pages use ---


def test_an_imprint_led_by_its_companys_name_names_the_title():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY_TEXT + "상호 : ㈜가상미디어 | 제호 : 가상저널 | "
        "주소 : 가상시 가상구 가상로 1 | 등록번호 : 가상 아00001 | 발행인 : 홍길동 | 편집인 : 홍길동 | "
        "청소년보호책임자 : 김철수 | 전화 : 02-000-0000 | 팩스 : 02-000-0001 | "
        "이메일 : desk@example.com | Copyright © 가상저널. All rights reserved.\n"
    )
    assert article.outlet == "가상저널"
    assert _body(article) == _STORY_LINES


def test_a_long_paragraph_naming_a_title_is_no_imprint():
    paragraph = (
        "가상신문의 제호 : 새 이름 공모 | 결과는 다음 달 발표된다. 발행인은 홍길동 대표로, 등록번호와 "
        "주소는 그대로다. 공모에는 시민 300명이 참여했고 심사는 외부 위원 5명이 맡는다. 당선작은 "
        "창간 기념일에 맞춰 지면과 누리집에 함께 쓰인다. 시민들은 새 이름에 기대를 보였다. 끝."
    )
    article = read_article(
        "가상신문 새 이름 공모\n\n" + paragraph + "\n\n청사는 다음 달 문을 연다.\n"
    )
    assert _body(article)[0] == paragraph


def test_a_copy_broken_mid_sentence_with_quoted_words_and_latin_letters():
    copy = (
        "가상시장이\n가상시를 ‘바다의 수도’이자\nESG 도시로 만들겠다고 밝혔습니다.\n"
        "가상시장은\n오늘 KTX 가상역에서\n주민들의 뜻을 모아달라고 당부했습니다.\n"
    )
    article = read_article(copy + "Copyright © Gasang Broadcasting. All rights reserved.\n")
    assert article.title is None
    assert _body(article) == copy.splitlines()


def test_a_photos_credit_after_a_space_and_a_given_photo():
    article = read_article(
        "맑은 날씨를 보인 8일 가상군 가상면 한 농가에서 봄벌깨우기 작업을 하고 있다. 봄벌깨우기 작업이란 "
        "겨울잠을 자지 않는 꿀벌에게 봄이 온 것처럼 먹이를 주어 벌통 안의 온도를 높이는 데 목적이 있다. "
        "홍길동기자 사진제공=가상군\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == []
    assert (article.outlet, article.reporter) == ("가상일보", "홍길동")


def test_a_note_on_the_photo_above_and_a_months_issue_are_no_body():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY_TEXT + "※ 위 사진은 가상시가 제공했습니다.\n"
        "EDITOR / 홍길동\nPHOTOGRAPHER : 김철수\n발행 : 2015년 1월호\n"
    )
    assert _body(article) == _STORY_LINES
    assert article.reporter == "홍길동"


def test_a_text_printed_twice_keeps_its_last_paragraph_in_the_body():
    # The copy printed again at the very end is the text's own (no credits under it).
    long = (
        "가상시가 새 청사를 공개했다고 10일 밝혔다. 청사는 다음 달 문을 열고 시민들은 새 청사를 반겼다. "
        * 2
    )
    article = read_article("가상시 새 청사 공개\n\n" + long + "\n\n" + long + "\n")
    assert _body(article) == [long.strip(), long.strip()]


def test_a_summary_of_the_lead_printed_over_it_in_other_marks_is_furniture():
    summary = "겨울에 왠지 익숙한 노래만 듣고 싶어진다. '가상 데이'를 맞아 가상FM DJ들이 모인 날, 라디오국을 찾았다."
    lead = (
        "겨울엔 왠지 익숙한 노래만 듣고 싶어진다. ‘가상 데이’를 맞아 가상FM의 DJ들이 모인 날, "
        "라디오국을 찾았다. 작은 기계 너머의 세계는 생각만큼 평온했다."
    )
    article = read_article(
        f"가상 라디오의 하루\n{summary}\n{lead}\n청취자들은 다음 방송을 기다린다.\n"
    )
    assert _body(article) == [lead, "청취자들은 다음 방송을 기다린다."]


def test_a_lead_and_a_second_paragraph_that_begin_alike_stay_the_body():
    lead = "가상시가 10일 새 청사를 공개했다. 청사는 시민 누구나 드나들 수 있다."
    second = "가상시가 10일 새 계획도 내놨다. 계획은 시민 누구나 읽을 수 있다. 의견은 다음 달까지 받는다."
    article = read_article(f"가상시 새 청사 공개\n{lead}\n{second}\n")
    assert _body(article) == [lead, second]
