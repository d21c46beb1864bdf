"""Shapes read after heldout6's first reading (benchmarks/real/layouts/heldout6): each test an
invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body


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


def test_a_report_button_under_the_stamp_names_no_reporter():
    article = read_article(
        "가상군, 취재 지원 기준 마련\n승인2020.07.10\n크게\n작게\n메일\n인쇄\n신고\n"
        "가상군은 새 기준을 시행한다고 10일 밝혔다.\n\n/홍길동기자  hong@example.com\n"
    )
    assert (article.reporter, article.date) == ("홍길동", "2020-07-10")
    assert "신고" not in [p.text for p in article.parts if p.kind == "reporter"]


def test_a_press_release_opened_by_the_paper_in_round_brackets_and_a_photo_box():
    article = read_article(
        "가상시\n\n가상시 시민기자 모집\n\n시정소식지 시민기자 20일부터 접수\n\n"
        "(가상일보) 가상시가 20일부터 시민기자를 모집한다.\n\n응시자격은 시민이면 된다.\n\n"
        "포토뉴스\n\n더보기\n"
    )
    assert article.outlet == "가상일보"
    assert _body(article) == ["가상시가 20일부터 시민기자를 모집한다.", "응시자격은 시민이면 된다."]


def test_an_officers_byline_with_a_bracketed_time_is_no_subtitle():
    article = read_article(
        "가상뉴스, 기사 잘 쓰기 캠페인\n\n“기자들이 지킬 일” 알려\n\n"
        "홍길동 발행인 | 기사입력 2020/07/10 [09:30]\n\n가상뉴스는 캠페인을 벌이고 있습니다.\n"
    )
    assert (article.reporter, article.date) == ("홍길동", "2020-07-10T09:30")
    assert article.subtitles == ("“기자들이 지킬 일” 알려",)


def test_a_magazines_english_credits_name_the_editor():
    article = read_article(
        "에디터가 되기까지의 과정. 그리고 그들의 생각.\n가상 매거진 1월호에서 만나보실 수 있습니다.\n"
        "EDITOR: 홍길동\nPHOTOGRAPHY: 김철수\nCREDIT INFO\nEditor 홍길동\n"
    )
    assert article.reporter == "홍길동"


def test_a_portals_copy_under_a_skip_link_and_its_day_stamp():
    article = read_article(
        "컨텐츠 바로가기\n\n07.10 (금)\n\n[가상 스토리 #1] “낯선 곳으로 가라”\n\n"
        "주소복사가 완료되었습니다\n만능 개발자가 있다. 주인공은 가상기업의 홍길동 CTO다.\n\n"
        "그의 개발 철학에 대해 직접 만나 물었다.\n\n플래텀\n\n<이미지를 클릭하시면 크게 보실 수 있습니다>\n\n"
        "전공은 의료 공학이었다.\n"
    )
    assert article.title == "[가상 스토리 #1] “낯선 곳으로 가라”"
    assert article.outlet == "플래텀"
    assert _body(article) == [
        "만능 개발자가 있다. 주인공은 가상기업의 홍길동 CTO다.",
        "그의 개발 철학에 대해 직접 만나 물었다.",
        "전공은 의료 공학이었다.",
    ]


def test_a_boards_notice_on_quoting_under_a_papers_byline_ends_the_body():
    article = read_article(
        "가상구 명예기자 교육\n가상구 명예기자 교육\n\n가상구는 지난 1일 명예기자 교육을 진행했다.\n\n"
        "가상자치신문 홍길동 기자\n인용 보도 시 출처를 반드시 표기해야 하며, 위반 시\n저작권법 제37조\n"
        "① 이 관에 따라 저작물을 이용하는 자는 그 출처를 명시하여야 한다.\n"
    )
    assert (article.reporter, article.outlet) == ("홍길동", "가상자치신문")
    assert _body(article) == ["가상구는 지난 1일 명예기자 교육을 진행했다."]


def test_a_university_board_under_its_search_form():
    article = read_article(
        "관련기사 등록\n검색섹션\n검색영역\n기사등급\n기사형태\n검색단어 또는\n"
        "관련기사 검색결과 리스트\n검색된 정보가 없습니다.\n게시글 상세보기\n정보\n\n"
        "2020/07/10 인터뷰 > 동문\n\n제목\n\n잡지, 사람과 이야기를 담는 그릇\n\n“사람을 알아야 좋은 기자”\n\n"
        "HYUnews\n\nURL복사/SNS공유\n\nhttp://www.example.com/surl/abc\n\n내용\n\n"
        "잡지 기자를 꿈꾸는 학생이 선배를 만났다.\n\n에디터 홍길동|사진 김철수\n\n"
        "후배 어떻게 기자가 되셨나요?\n\n선배 잡지를 좋아했어요.\n"
    )
    assert article.title == "잡지, 사람과 이야기를 담는 그릇"
    assert article.subtitles == ("“사람을 알아야 좋은 기자”",)
    assert (article.outlet, article.reporter, article.date) == ("HYUnews", "홍길동", "2020-07-10")
    assert _body(article) == [
        "잡지 기자를 꿈꾸는 학생이 선배를 만났다.",
        "후배 어떻게 기자가 되셨나요?",
        "선배 잡지를 좋아했어요.",
    ]


def test_a_magazines_english_credits_close_the_page():
    article = read_article(
        "에디터가 되기까지의 과정. 그리고 그들의 생각.\n가상 매거진 1월호에서 만나보실 수 있습니다.\n"
        "EDITOR: 홍길동\nPHOTOGRAPHY: 김철수\nWEB EDITOR: 이영희\nCREDIT INFO\nEditor 홍길동\n"
        "Photography 김철수\nWeb Editor 이영희\n"
    )
    assert [p.kind for p in article.parts][-7:] == ["footer"] * 7


def test_a_paper_reporting_on_itself_as_bonbo_is_the_headlines_paper():
    text = (
        "가상도민일보, 기자 연수 개최\n\n가상도민일보는 지난 11일 기자 연수를 열었다.\n\n"
        "이날 {} 6층 대회의실에서 강연이 이뤄졌다.\n\n홍길동 기자\n"
    )
    assert read_article(text.format("본보")).outlet == "가상도민일보"
    # Without 본보 (본보기 is an example) the paper named is the story's subject only.
    assert read_article(text.format("시청")).outlet is None
    assert read_article(text.format("본보기가 된")).outlet is None
