"""Shapes read after heldout20's first reading (benchmarks/real/layouts/heldout20): each test an
invented text in a real page's shape."""

from __future__ import annotations

import pytest

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_caption_glued_to_the_dateline_and_the_lead_by_a_bar():
    article = read_article(
        "▲ 가상시 새 청사 전경 | [가상뉴스통신=홍길동 기자] " + _LEAD + "\n" + _LAST + "\n|\n"
    )
    assert (article.outlet, article.reporter) == ("가상뉴스통신", "홍길동")
    assert _body(article) == [_LEAD, _LAST]
    assert [p.text for p in article.parts if p.kind == "caption"] == ["▲ 가상시 새 청사 전경 |"]
    assert article.title is None


def test_a_bar_in_a_caption_over_no_dateline_keeps_the_line_whole():
    article = read_article("가상시 새 청사 공개\n\n▲ 가상시 | 새 청사 전경\n\n" + _STORY)
    assert "▲ 가상시 | 새 청사 전경" in [p.text for p in article.parts]


def test_a_board_pages_label_navigation_row_and_bracketed_outlet():
    article = read_article(
        "기사상세페이지\n\n가상시 새 청사 공개\n\n기사입력 2019.06.03 10:01\n"
        "다음 달 시민에게 문 열어\n▲ 가상시\n[가상뉴스365] " + _STORY + "backward top home\n"
    )
    assert article.title == "가상시 새 청사 공개"
    assert article.subtitles == ("다음 달 시민에게 문 열어",)
    assert article.outlet == "가상뉴스365"
    assert article.date == "2019-06-03T10:01"
    assert _body(article) == [_LEAD, _LAST]


def test_a_dateline_with_the_desks_town_after_a_slash_names_the_outlet_alone():
    article = read_article(
        "로고\n\n가상시 새 청사 공개\n\n홍길동 기자 | 입력 : 2023/07/11 [08:34]\n\n"
        "[가상도민신문/가상읍=홍길동 기자] " + _STORY + "\n  • 도배방지 이미지\n\n광고\n"
    )
    assert (article.outlet, article.reporter) == ("가상도민신문", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_round_up_pages_first_item_its_title_deck_and_town_led_byline():
    article = read_article(
        "[가상로컬] 가상군, 나라군 소식\n\n가상경제신문 입력 2025.04.17 08:35\n\n"
        "◇ 가상군, 청사 입주자 모집\n\n4월 16일부터 11세대 모집\n\n\n세대별 텃밭 제공\n\n"
        "가상군, 청사 입주자 모집\n\n▲가상군 새 청사 전경 제공= 가상군\n\n"
        "가상=가상경제신문 홍길동 기자 " + _STORY
    )
    assert article.title == "[가상로컬] 가상군, 나라군 소식"
    assert article.subtitles == ("4월 16일부터 11세대 모집", "세대별 텃밭 제공")
    assert (article.outlet, article.reporter) == ("가상경제신문", "홍길동")
    assert article.date == "2025-04-17T08:35"
    assert _body(article) == [_LEAD, _LAST]


def test_a_bulleted_point_printed_once_stays_a_subtitle():
    article = read_article("가상시, 새 청사 10일 시민에게 공개\n◇ 다음 달 문 열어\n\n" + _STORY)
    assert article.subtitles == ("◇ 다음 달 문 열어",)


@pytest.mark.parametrize("line", ["가상경제신문 입력 2025.04.17 08:35", "가상일보 승인 2020.07.10"])
def test_the_outlet_before_its_stamp_names_the_outlet_and_dates_the_article(line):
    article = read_article("가상시 새 청사 공개\n\n" + line + "\n\n" + _STORY)
    assert article.outlet == line.split()[0]
    assert article.date.startswith(line.split()[2].replace(".", "-"))


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [("[가상일보 홍길동 사진기자]", "가상일보"), ("[홍길동 사진기자]", None)],
)
def test_a_photographers_byline_in_brackets_names_the_photographer_not_the_job(dateline, outlet):
    article = read_article("가상시 새 청사 공개\n\n" + dateline + " " + _STORY)
    assert (article.outlet, article.reporter) == (outlet, "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_rank_after_the_name_signs_a_byline():
    # 부장대우 (titles.tsv): a desk's rank a byline signs with.
    article = read_article("가상시 새 청사 공개\n\n가상일보 홍길동 부장대우\n\n" + _STORY)
    assert (article.outlet, article.reporter) == ("가상일보", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


# --- a station's own script: the reporter in the anchor's hand-off, the station speaking of itself ---

_SCRIPT = (
    "[앵커]\n설 연휴가 시작됐습니다. 가상TV는 이번 연휴 특집 프로그램을 마련했는데요. "
    "홍길동 기자가 소개합니다.\n[기자]\n가상TV가 특집 프로그램들을 선보입니다.\n"
    "[ 김철수 담임목사 / 가상교회 :\n문화라는 옷을 입고 다가갈 수 있는 것이기 때문에… ]\n"
    "특집 대담은 10일 오전 11시 가상TV 채널에서 방송됩니다.\n"
)


def test_a_stations_own_script_names_it_and_the_reporter_it_hands_over_to():
    article = read_article(_SCRIPT)
    assert (article.outlet, article.reporter) == ("가상TV", "홍길동")
    label = next(p for p in article.parts if p.text.startswith("[ 김철수"))
    assert (label.kind, label.speaker, label.role) == ("speaker", "김철수", "가상교회")
    assert "문화라는 옷을 입고 다가갈 수 있는 것이기 때문에… ]" in _body(article)


def test_a_station_the_anchor_names_once_is_no_outlet():
    article = read_article(
        "[앵커]\n가상TV는 이번 연휴 특집을 마련했습니다.\n[기자]\n특집은 10일 방송됩니다.\n"
    )
    assert article.outlet is None


def test_a_station_named_in_a_story_that_is_no_script_is_no_outlet():
    article = read_article(
        "가상TV 새 방송단 출범\n\n가상TV는 8일 새 방송단을 맞았다.\n\n가상TV 사장은 인사를 했다.\n\n"
        "가상TV는 위촉장을 전달했다.\n"
    )
    assert article.outlet is None


# --- an outlet named only by the credit of its own photo ---


def test_a_presss_credit_at_a_captions_end_names_the_outlet():
    article = read_article(
        "가상TV 새 방송단 출범\n\n가상TV가 새 방송단을 맞았다.\n\n"
        "▲가상TV 방송단 위촉식이 8일 열렸다.ⓒ가상굿뉴스\n\n" + _STORY
    )
    assert article.outlet == "가상굿뉴스"


@pytest.mark.parametrize("holder", ["연합뉴스", "홍길동"])
def test_a_wire_services_or_a_photographers_credit_names_no_outlet(holder):
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _LEAD
        + "\n\n▲가상시 새 청사 전경.ⓒ"
        + holder
        + "\n\n"
        + _LAST
        + "\n"
    )
    assert article.outlet is None


def test_a_broadcaster_of_the_table_speaking_of_its_newscast_in_the_anchors_lead():
    # (dev's 028: a channel whose name ends in neither TV nor 방송, its newscast's word after it.)
    article = read_article(
        "[앵커]\n오늘이 MBN 뉴스가 시청자 여러분을 찾아뵌 지 10년째 되는 날입니다.\n[리포트]\n"
        "MBN은 지난 10년 동안 가상시 소식을 전했습니다.\n보도의 시작도 MBN이었습니다.\n"
    )
    assert article.outlet == "MBN"


def test_a_broadcaster_of_the_table_the_anchor_names_once_is_no_outlet():
    article = read_article(
        "[앵커]\nMBN 뉴스가 가상시 소식을 전했습니다.\n[리포트]\n특집은 10일 방송됩니다.\n"
    )
    assert article.outlet is None
