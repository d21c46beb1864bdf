"""Shapes read after heldout11's first reading (benchmarks/real/layouts/heldout11, issue 21's
number) and the session's other evidence: each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_portal_copys_reaction_prompt_ends_the_body_and_the_headlines_under_it_are_furniture():
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자 2024. 7. 5. 20:42\n\n"
        + _STORY
        + "\n홍길동 기자\n\nCopyright © 가상일보. 무단전재 및 재배포 금지.\n\n"
        "이 기사에 대해 어떻게 생각하시나요?\n\n"
        "가상일보에서 직접 확인하세요. 해당 언론사로 이동합니다.\n\n"
        "- “가상시장, 지난달 사과 의사 밝혔다”\n\n"
        "- “집 앞에서 물려 피범벅”… 동생 구한 오빠\n\n"
        "- 가상군 공장 또 불…인명피해 없이 잡혀\n"
    )
    assert _body(article) == _STORY.strip().split("\n\n")
    assert article.outlet == "가상일보"
    assert all(part.kind == "footer" for part in article.parts[-6:])  # copyright to the list


def test_a_bare_midnight_stamp_is_no_time_but_the_date_stays():
    article = read_article("가상시 새 청사 공개\n\n기사입력 2022/09/30 [00:00]\n\n" + _STORY)
    assert article.date == "2022-09-30"
    stamped = read_article("가상시 새 청사 공개\n\n기사입력 2022/09/30 [08:05]\n\n" + _STORY)
    assert stamped.date == "2022-09-30T08:05"  # a time that is one stays


def test_a_photos_holder_credited_in_a_caption_read_as_the_heads_is_the_outlet():
    caption = "10일 새 청사 앞에서 인사하는 가상시장. ⓒ가상제주"
    article = read_article(
        "가상시장 “새 청사, 시민의 집”\n\n이 기사를 공유합니다\n\n"
        f"{caption}\n\n{caption}\n\n"
        "가상시장은 새 청사를 공개했다고 10일 밝혔다.\n\n"
        '그는 "시민의 집이 되길 바란다"고 말했다. <가상제주>\n'
    )
    assert article.outlet == "가상제주"


def test_a_boards_dumped_table_gives_its_date_and_the_text_after_an_empty_image_is_body():
    # A farmers' board page dumped as text: the fields in a table between bars, the text on one
    # line after an image mark with no picture (figures/heldout10's shape).
    article = read_article(
        "가상시회의소 언론보도를 확인해보세요.\n"
        "올 배 생산량 지난해보다 3% 줄었다 | |||\n---|---|---|---|\n"
        "조회 | 11 | ||\n작성자 | 가상회의소 | ||\n작성일 | 2024/12/30 | ||\n"
        "![]() 올해 배 생산량은 지난해보다 2.9% 줄었다. 가상청은 폭염 탓이라고 설명했다.\n"
    )
    assert article.date == "2024-12-30"
    assert (
        _body(article)[-1]
        == "올해 배 생산량은 지난해보다 2.9% 줄었다. 가상청은 폭염 탓이라고 설명했다."
    )
    assert "---|---|---|---|" not in article.text and "작성일 2024/12/30" in article.text


def test_bars_outside_a_dumped_table_are_kept():
    article = read_article("가상시 새 청사 공개\n\n홍길동 | 가상일보\n\n" + _STORY)
    assert "홍길동 | 가상일보" in article.text  # no rule of dashes: no table


def test_a_page_elements_code_name_with_capitals_is_no_headline():
    article = read_article("default_setNet1_2\n\n가상시 새 청사 공개\n\n" + _STORY)
    assert article.title == "가상시 새 청사 공개"
    assert article.parts[0].kind == "footer"


def test_a_photos_credit_alone_over_the_text_is_no_headline():
    article = read_article(
        "<사진제공=가상부>\n\n[가상일보]\n\n" + "가상부 장관이 17일 회의를 열었다. " * 4
    )
    assert article.title is None
    assert article.parts[0].kind == "footer"


def test_a_stock_agencys_credit_in_latin_letters_is_a_caption():
    story = "가상시가 새 청사를 공개했다고 10일 밝혔다. 청사는 다음 달 문을 연다. " * 3
    article = read_article(f"가상시 새 청사 공개\n\n{story}\n\nⓒ Getty Images Bank\n\n{story}\n")
    assert "ⓒ Getty Images Bank" not in _body(article)
    assert [part.kind for part in article.parts if "Getty" in part.text] == ["caption"]
