"""Guards against parsing that grows faster than its input (benchmarks/hostile.py times it).

No test here is timed: a busy machine would make a timed one flaky. One counts the work instead
(the lines read); the others read the expressions for the shapes that backtrack over a run of
spaces (Python's ``re`` counts no steps).
"""

import re
from re import _parser  # the parsed expression: where each alternative opens
from re._constants import BRANCH, CATEGORY, CATEGORY_SPACE, IN, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

import pytest

from kornews import layouts
from kornews.article import tail
from kornews.article.parse import parse_article
from kornews.shapes import endings, lists


class _Counting:
    """An expression that counts the lines it is asked to match."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, line: str):
        self.calls += 1
        return self.pattern.fullmatch(line)


def test_a_list_of_thousands_of_points_is_read_once(monkeypatch):
    # 2,000 points led by ▲: asked point by point, the run around each was walked again (four
    # million lines read); walked once, each line is read a few times at most.
    counting = _Counting(lists._TRIANGLE_LED)
    monkeypatch.setattr(lists, "_TRIANGLE_LED", counting)
    points = 2_000
    article = parse_article(
        "가상시 올해 계획\n" + "".join(f"▲사업 {i}번 추진\n" for i in range(points))
    )
    # The body's points are a list's, paragraphs (no photo's captions).
    assert {part.kind for part in article.parts[-points // 2 :]} == {"paragraph"}
    assert counting.calls <= 3 * points


# A lazy run of any characters, then one of spaces (.+?\s*/): on a line of n spaces, each of
# the n lengths of the first rescans the rest of the run.
_LAZY_THEN_SPACES = re.compile(r"\.[+*]\?\\s[*+]")


@pytest.mark.parametrize("row", layouts.ROWS, ids=lambda row: row.name)
def test_no_layout_row_rescans_a_run_of_spaces(row):
    assert not _LAZY_THEN_SPACES.search(row.regex.pattern)


@pytest.mark.parametrize(
    "source",
    [r".+?\s*/\s*(?:사진|그래픽|자료)=\S.*", r".*?\s+(?:제공|출처)"],  # the first, the row before
)
def test_the_guard_catches_the_shape_that_backtracked(source):
    assert _LAZY_THEN_SPACES.search(source)


def _openings(parsed):
    """What each alternative of a parsed expression opens with (groups entered)."""
    if not parsed.data:
        return
    op, argument = parsed.data[0]
    if op is BRANCH:
        for alternative in argument[1]:
            yield from _openings(alternative)
    elif op is SUBPATTERN:
        yield from _openings(argument[3])
    else:
        yield op, argument


def _opens_with_spaces(source: str) -> bool:
    """Whether a search may start a match anywhere inside a run of spaces and rescan the rest of
    it: an alternative opens with a run of spaces that no lookbehind holds to the run's first
    space and that is not taken whole (possessive: \\s++)."""
    return any(
        op in (MAX_REPEAT, MIN_REPEAT) and list(argument[2]) == [(IN, [(CATEGORY, CATEGORY_SPACE)])]
        for op, argument in _openings(_parser.parse(source))
    )


@pytest.mark.parametrize("name", ["_TAIL_BYLINE", "_GLUED_NOTICE"])
def test_no_search_in_a_line_rescans_a_run_of_spaces(name):
    pattern = getattr(endings, name, None) or getattr(tail, name)
    assert not _opens_with_spaces(pattern.pattern)


@pytest.mark.parametrize(
    ("source", "rescans"),
    [
        (r"(?:(?<=[.!?])\s*/?\s*|\s*/\s*)[가-힣]{2,4}", True),  # the glued byline's, before
        (r"[가-힣]{2}|\s+(?:[Pp]hoto|PHOTO)", True),  # its photographer's credit, before
        (r"(?:(?<=[.!?])\s*+/?\s*+|(?<!\s)\s*+/\s*+)[가-힣]{2,4}", False),
        (r"[가-힣]{2}|(?<!\s)\s++(?:[Pp]hoto|PHOTO)", False),
    ],
)
def test_the_guard_tells_a_search_that_rescans(source, rescans):
    assert _opens_with_spaces(source) is rescans


def test_the_shapes_that_backtracked_read_as_before():
    # The slash credit, the glued byline and the glued copyright still read with spaces around.
    credit = parse_article(
        "가상시 축제 열려\n가상시청 앞 광장 모습.   /   사진=홍길동 기자\n본문이다.\n"
    )
    assert ("caption", "가상시청 앞 광장 모습.   /   사진=홍길동 기자") in [
        (part.kind, part.text) for part in credit.parts
    ]
    glued = parse_article("가상시 축제 열려\n축제가 열렸다.   /   홍길동 기자\n")
    assert glued.reporter == "홍길동"
    notice = parse_article(
        "가상시 축제 열려\n축제가 열렸다.     저작권자 ⓒ 가상일보 무단전재 및 재배포 금지\n"
    )
    assert notice.parts[-1].text == "저작권자 ⓒ 가상일보 무단전재 및 재배포 금지"
