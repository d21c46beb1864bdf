"""A media day's remarks, each under its speaker's label on one line (``가상구단 홍길동 감독 “배고픈
건 마찬가지”``): the label's nouns, a team's and a name's, then the remark in double marks closing
the line; the remark is said whole, a sentence or not (``“가족 분위기는 5대5로 팽팽”``)."""

from __future__ import annotations

from .found import Span

_LABEL_TAGS = frozenset({"NNP", "NNG", "SL", "SN", "SH"})
_LABEL_WORDS = 5
# A remark is a phrase at least (not a word in marks after a noun: 예산 “확보”).
_REMARK_WORDS = 2
_DOUBLE = '“"'


def labelled_remark(toks: list, span: Span, text: str) -> bool:
    """Is the span a remark under a label: double marks closing their line, only nouns (one to
    five words) before them on it, two words at least inside?"""
    if not span.marked or text[span.open] not in _DOUBLE:
        return False
    line_start = text.rfind("\n", 0, span.open) + 1
    line_end = text.find("\n", span.close)
    if text[span.close + 1 : len(text) if line_end < 0 else line_end].strip():
        return False
    label = [t for t in toks if line_start <= t.start and t.end <= span.open]
    words = text[line_start : span.open].split()
    return (
        bool(label)
        and len(words) <= _LABEL_WORDS
        and all(t.tag in _LABEL_TAGS for t in label)
        and len(text[span.open + 1 : span.close].split()) >= _REMARK_WORDS
    )
