"""The shapes heldout23's first reading missed (read after it), on invented texts: a regional
weekly's byline with its day after a slash (and the address glued to the stamp), and its photo
caption led by a doubled arrow."""

import kornews

WEEKLY = (
    "가상향교 추계 석전대제 봉행\n\n"
    "홍길동 기자 / 2009년 09월 28일\n"
    "공유 / URL복사\n"
    "ⓒ 가상신문\n\n"
    "가상향교 추계 석전대제가 지난 19일 오전 10시 향교 내 대성전에서 열렸다.\n\n"
    "이날 행사에는 유림 200여명이 참석했다.\n"
)

STAMPED = (
    "즐겨찾기+ 최종편집:2024-12-27 오전 11:46:30\n"
    "뉴스 > 생활문화 일반\n\n"
    "가상시, 가상향교 춘계 석전대제 봉행\n\n\n"
    "홍길동 기자 / gildong@example.com입력 : 2019년 03월 11일\n"
    "↑↑ 가상향교 춘계 석전대제 봉행\n"
    "ⓒ 가상뉴스\n"
    "[가상뉴스=홍길동 기자] 가상향교 춘계 석전대제가 11일 향교 내 대성전에서 열렸다.\n\n"
    "석전대제는 삼국시대부터 내려온 전통 의식이다.\n"
)


def test_a_byline_with_its_day_after_a_slash_gives_reporter_and_date_not_a_subtitle():
    article = kornews.read_article(WEEKLY)
    assert (article.reporter, str(article.date)[:10]) == ("홍길동", "2009-09-28")
    assert article.subtitles == ()


def test_the_address_glued_to_the_stamp_and_the_bylines_day_over_the_sites_edit_stamp():
    article = kornews.read_article(STAMPED)
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")
    assert str(article.date)[:10] == "2019-03-11"  # not the site's 최종편집 stamp


def test_a_caption_led_by_a_doubled_arrow_is_a_caption_not_a_subtitle():
    article = kornews.read_article(STAMPED)
    assert article.subtitles == ()
    assert [p.text for p in article.parts if p.kind == "caption"][0].startswith("↑↑")
