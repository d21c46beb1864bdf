"""Offices with their head in brackets (가람소방서(서장 홍길동)): a person and a body."""

from __future__ import annotations

import re

from .lexicon import Mention, Sentence, surname_of, titles

# An office with its head's title and name in brackets: 가람소방서(서장 홍길동), 가람지사(지사장 홍길동).
_HEAD = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<body>[가-힣A-Za-z0-9]{2,20})"
    r"\((?P<title>[가-힣]{1,5})\s(?P<name>[가-힣]{2,4})\)"
)


def bracketed_heads(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` with each office followed by its head in brackets, a title then a name
    (가람소방서(서장 홍길동), 가람중부지사(지사장 김영수)): the head is a person, the office an
    organisation whatever its ending (the head's title says it is one: a title of the table, or one
    ending in 장, head), unless ``found`` names the word whole, or ends with it (가람군(군수 홍길동) is the county, a
    place). ``found``'s mentions inside the office's word are replaced (가람중부 read in 가람중부지사)."""
    # A mention that ends with the office's word names it whole (주가람 대한민국대사관(대사 …)).
    whole = {}
    for m in found:
        whole[m.end] = min(m.start, whole.get(m.end, m.start))
    heads = []
    for sentence in sentences:
        start = min(t.start for t in sentence.tokens)
        end = max(t.end for t in sentence.tokens)
        for head in _HEAD.finditer(text, start, end):
            title, name = head["title"], head["name"]
            if not surname_of(name) or not (title.endswith("장") or title in titles()):
                continue
            where = sentence.where
            heads.append(
                Mention(name, "person", *head.span("name"), where, "head", title, head["body"])
            )
            if whole.get(head.end("body"), head.end("body")) > head.start("body"):
                heads.append(
                    Mention(head["body"], "organisation", *head.span("body"), where, "head")
                )
    spans = [(m.start, m.end) for m in heads]
    kept = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)]
    return kept + heads
