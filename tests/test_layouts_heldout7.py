"""Shapes read after heldout7's first reading (benchmarks/real/layouts/heldout7): each test an
invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body


def test_a_weather_widget_over_the_headline_is_furniture():
    article = read_article(
        "• 15 15℃ 가상시\n  • 13 13℃ 나무군\n  • -2 -2℃ 바다시\n\n"
        "가상뉴스, 새 이름으로 새출발\n\n가상뉴스가 지난 1일 이름을 바꿨다고 밝혔다.\n\n"
        "가상잡지사진 제공 = 가상뉴스\n\n가상뉴스는 독자와 더 가까워지겠다고 밝혔다.\n"
    )
    assert article.title == "가상뉴스, 새 이름으로 새출발"
    assert article.subtitles == ()
    assert _body(article) == [
        "가상뉴스가 지난 1일 이름을 바꿨다고 밝혔다.",
        "가상뉴스는 독자와 더 가까워지겠다고 밝혔다.",
    ]


def test_a_photo_credit_with_an_equals_sign_is_a_caption():
    article = read_article(
        "가상시 새 청사 공개\n\n가상시가 새 청사를 공개했다.\n\n사진 제공 = 가상시\n\n"
        "청사는 다음 달 문을 연다.\n"
    )
    assert "사진 제공 = 가상시" not in _body(article)
    assert [p.text for p in article.parts if p.kind == "caption"] == ["사진 제공 = 가상시"]


def test_a_papers_right_of_reply_notice_ends_the_body():
    article = read_article(
        "가상군 축제 개막\n\n가상군 축제가 10일 개막했다.\n\n축제는 사흘 동안 열린다.\n\n"
        "가상일보의 모든 기사에 대해 반론할 수 있는 권리가 보장됩니다.\n"
        "반론할 내용이 있으시면 news@example.com로 보내주시면 됩니다.\n"
        "이와 더불어 각종 제보도"
    )
    assert _body(article) == ["가상군 축제가 10일 개막했다.", "축제는 사흘 동안 열린다."]
    assert article.email is None


def test_a_cut_last_paragraph_opening_with_a_stations_name_stays_body():
    article = read_article(
        "[가상미디어=홍길동]\n지역 기자들의 소식입니다.\n\n김철수 기자 부장 승진\n\n"
        "김철수 기자가 부장으로 승진했습니다.\n"
        "MBC충북(사장 이영희)은 7일자 인사에서 김 차장을 보도국"
    )
    body = _body(article)
    assert body[-1] == "MBC충북(사장 이영희)은 7일자 인사에서 김 차장을 보도국"
    assert body[0] == "지역 기자들의 소식입니다."


def test_a_dateline_of_the_press_and_a_name_with_no_title_names_both():
    article = read_article(
        "[가상미디어=홍길동]\n지역 기자들이 상을 받았습니다.\n\n시상식은 10일 열렸습니다.\n"
    )
    assert (article.outlet, article.reporter) == ("가상미디어", "홍길동")
    assert _body(article)[0] == "지역 기자들이 상을 받았습니다."


def test_a_place_after_the_press_in_a_dateline_is_no_reporter():
    article = read_article("[가상일보=가상시]\n가상시는 10일 계획을 냈다.\n")
    assert article.reporter is None


SHARED = (
    "가상일보에 바란다\n가상일보에 바란다\n이 기사를 공유합니다\n  • 페이스북\n  • 가상여행\n"
    "  • 카카오채널\n\n독자 셋이 바라는 가상일보는…\n   \n 홍길동씨      김철수씨     이영희씨\n\n"
    "본지 창간을 맞아 독자 세 명을 만났다.\n"
)


def test_a_share_menus_link_is_no_reporter():
    assert read_article(SHARED).reporter is None


def test_a_strip_of_photos_names_is_a_caption_not_a_subtitle():
    article = read_article(SHARED)
    assert article.subtitles == ("독자 셋이 바라는 가상일보는…",)
    assert "홍길동씨      김철수씨     이영희씨" in [
        p.text for p in article.parts if p.kind == "caption"
    ]


def test_a_sentence_on_a_photos_people_printed_twice_is_a_caption():
    caption = "가상위원회가 10일 출범했다. 위원장으로 홍길동 씨(사진 가운데)가 뽑혔다."
    article = read_article(
        f"가상위원회 출범\n\n{caption}\n{caption}\n\n가상위원회는 10일 첫 회의를 열었다.\n\n"
        "홍길동 위원장(사진 가운데)은 인사말을 했다.\n"
    )
    assert _body(article) == [
        "가상위원회는 10일 첫 회의를 열었다.",
        "홍길동 위원장(사진 가운데)은 인사말을 했다.",
    ]


def test_a_pages_control_words_under_the_headline_are_no_reporter_and_no_subtitle():
    # Seen after the four-syllable rule for a lone name: the words once taken as a reporter
    # (인쇄하기, 기사본문, 조회수, …) became subtitles; they are page controls (layout_cues.tsv).
    for controls in (["인쇄하기"], ["기사입력", "최종수정"], ["지면보기", "• 구독"], ["• 조회수"]):
        head = "\n".join(["가상시 새 청사 공개", *controls])
        article = read_article(
            f"{head}\n가상시가 새 청사를 10일 공개했다.\n청사는 다음 달 문을 연다.\n"
        )
        assert article.title == "가상시 새 청사 공개", controls
        assert article.subtitles == (), controls
        assert article.reporter is None, controls


def test_a_regional_online_papers_bracketed_name_over_its_headline_and_in_its_body():
    # (heldout7's 701: the outlet of the table, named in brackets over the headline and in the body.)
    article = read_article(
        "[제주의소리] 가상위원회 위원장에 홍길동 선출\n\n제주의소리 가상위원회가 24일 출범했다.\n\n"
        "위원들은 [제주의소리] 보도를 살핀다.\n\n제주의소리는 위원회의 뜻을 듣겠다고 밝혔다.\n"
    )
    assert article.outlet == "제주의소리"
