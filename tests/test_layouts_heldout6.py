"""Shapes read after heldout6's first reading (benchmarks/real/layouts/heldout6): each test an
invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article


def _body(article):
    return [p.text for s in article.sections for p in s.paragraphs]


def test_a_last_paragraph_signed_by_its_agency_is_no_caption():
    article = read_article(
        "가상시 올해 예산 확정\n\n가상시의회는 10일 본회의를 열고 올해 예산안을 의결했다.\n\n"
        "시는 도로와 공원 정비에 예산을 집중 배정했다고 설명했다.\n\n올해 예산은 모두 132억원이다. 연합뉴스\n"
    )
    assert _body(article)[-1] == "올해 예산은 모두 132억원이다. 연합뉴스"


def test_a_scene_going_on_signed_by_an_agency_stays_a_caption():
    article = read_article(
        "가상시 올해 예산 확정\n\n가상시의회는 10일 본회의를 열고 올해 예산안을 의결했다.\n\n"
        "시는 도로와 공원 정비에 예산을 집중 배정했다고 설명했다.\n\n"
        "시의원들이 예산안을 표결하고 있다. 연합뉴스\n"
    )
    assert "시의원들이 예산안을 표결하고 있다. 연합뉴스" not in _body(article)


SCRIPT = (
    "◀ANC▶\n가상군에 주민이 만드는 라디오가\n문을 열었습니다.\n"
    "mbc 충북 홍길동 기자입니다.\n◀END▶\n◀VCR▶\n작은 스튜디오에 불이 켜집니다.\n"
    '◀SYN▶\n김철수 이영희/가상 FM 진행자\n"여기는 가상 FM입니다."\n'
    '주민 열 명이 진행을 맡습니다.\n◀INT▶\n박민수/가상 FM 국장\n"주민 모두의 목소리를'
)


def test_a_stations_hand_over_in_lower_case_names_reporter_and_outlet():
    article = read_article(SCRIPT)
    assert (article.reporter, article.outlet) == ("홍길동", "MBC충북")
    assert "mbc 충북 홍길동 기자입니다." not in _body(article)


def test_captions_under_a_lone_marker_and_a_cut_last_bite():
    article = read_article(SCRIPT)
    body = _body(article)
    assert "김철수 이영희/가상 FM 진행자" not in body and "박민수/가상 FM 국장" not in body
    # The excerpt stops inside the last bite: a bite, not other articles' headlines.
    assert body[-1] == '"주민 모두의 목소리를'
