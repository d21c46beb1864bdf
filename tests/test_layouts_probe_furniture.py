"""Page furniture around the body read on probe pages (real pages of outlets no batch holds, read
for their shapes, kept outside the repo): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"
_NOTICE = "저작권자 © 가상일보 무단전재 및 재배포 금지"
# A paragraph longer than any headline (a speech's words and who spoke them).
_SPEECH = (
    '가상시장은 이날 환영사를 통해 "오늘 축제를 통해 시민과 군이 서로의 벽을 허물고 소통하는 '
    '계기를 만들어 더 확고한 안보태세를 확립해 나가자"고 강조했다.'
)


def test_a_copyright_notice_between_a_paragraph_and_its_reprint_is_furniture():
    article = read_article(f"{_SPEECH}\n{_NOTICE}\n{_SPEECH}\n")
    assert _body(article) == [_SPEECH, _SPEECH]
    assert article.outlet == "가상일보"


def test_a_board_engines_browser_title_and_its_board_named_again_over_the_headline():
    headline = '[가상쇼] 홍길동 "새 청사 문 연다"'
    article = read_article(
        f"{headline} > 정치기사 | politics\n\n본문 바로가기\n사이트 내 전체검색\n\n"
        f"정치기사 | politics\n\n{headline}\n\n" + _STORY
    )
    assert (article.title, article.subtitles) == (headline, ())
    assert _body(article) == [_LEAD, _LAST]


def test_a_blogs_skip_link_full_story_link_and_comment_form_around_a_copy():
    article = read_article(
        "Skip to main content\n\n[가상일보]\n\n" + _SPEECH + "\n\n기사전문보기\n\nLeave a Reply\n"
    )
    assert article.title is None
    assert _body(article) == [_SPEECH]


def test_a_comment_boxs_policy_under_the_copyright_ends_the_text_with_its_cases():
    cases = (
        "·음란 및 청소년 유해 정보 ·개인정보 ·명예훼손 소지가 있는 댓글 ·같은 글 2회 이상의 댓글 "
        "·차별하는 단어를 사용하거나 내용의 댓글 ·기타 관련 법률 및 법령에 어긋나는 댓글"
    )
    article = read_article(
        f"가상시 새 청사 공개\n{_STORY}{_NOTICE}\n※ 아래 경우에는 고지 없이 삭제하겠습니다.\n{cases}\n"
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_magazines_crew_credited_role_over_name_under_the_text():
    article = read_article(
        f"가상 인터뷰집\n{_SPEECH}\n- 피처 에디터\n- 홍길동\n- 포토그래퍼\n- 김철수\n"
    )
    assert _body(article) == [_SPEECH]
    assert article.reporter == "홍길동"
