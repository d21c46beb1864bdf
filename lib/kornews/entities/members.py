"""Members listed with their organisation first in brackets (박가상(가상당, 비례)), and offices
with their head in brackets (가람소방서(서장 홍길동)): a person and a body."""

from __future__ import annotations

import re

from .lexicon import Mention, Sentence, suffixes, surname_of, titles

# A member's name with the organisation first in its brackets: 박가상(가상당, 비례), 박가상(가상당).
_MEMBER = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\((?P<body>[가-힣]{2,12})[,)]")

# An office with its head's title and name in brackets: 가람소방서(서장 홍길동), 가람지사(지사장 홍길동).
_HEAD = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<body>[가-힣A-Za-z0-9]{2,20})"
    r"\((?P<title>[가-힣]{1,5})\s(?P<name>[가-힣]{2,4})\)"
)


def bracketed_members(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A name with its organisation first in brackets, as lists of members are written
    (박가상(가상당, 비례, 7회), 박가상(가상당)): the person, and the organisation by its ending,
    whatever Kiwi tagged them."""
    taken = {i for m in found for i in range(m.start, m.end)}
    mentions = []
    for sentence in sentences:
        group = sentence.tokens
        start, end = min(t.start for t in group), max(t.end for t in group)
        for member in _MEMBER.finditer(text, start, end):
            name, body = member["name"], member["body"]
            surname = surname_of(name)
            ending = any(body.endswith(s) for s in suffixes())
            if not surname or len(name) != len(surname) + 2 or not ending:
                continue
            spans = (member.span("name"), member.span("body"))
            if any(taken.intersection(range(*span)) for span in spans):
                continue
            where = sentence.where
            mentions += [
                Mention(name, "person", *spans[0], where, "bracket", None, body),
                Mention(body, "organisation", *spans[1], where, "suffix"),
            ]
    return mentions


def bracketed_heads(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """An office followed by its head in brackets, a title then a name (가람소방서(서장 홍길동),
    가람중부지사(지사장 김영수)): the head is a person, the office an organisation whatever its
    ending (the head's title says it is one: a title of the table, or one ending in 장, head), unless
    ``found`` names the word whole (가람군(군수 홍길동) is the county, a place). ``found``'s mentions
    inside the office's word are replaced (가람중부 read in 가람중부지사)."""
    whole = {(m.start, m.end) for m in found}
    heads = []
    for sentence in sentences:
        start = min(t.start for t in sentence.tokens)
        end = max(t.end for t in sentence.tokens)
        for head in _HEAD.finditer(text, start, end):
            title, name = head["title"], head["name"]
            surname = surname_of(name)
            if not surname or not (title.endswith("장") or title in titles()):
                continue
            where = sentence.where
            heads.append(
                Mention(name, "person", *head.span("name"), where, "head", title, head["body"])
            )
            if head.span("body") not in whole:
                heads.append(
                    Mention(head["body"], "organisation", *head.span("body"), where, "head")
                )
    spans = [(m.start, m.end) for m in heads]
    kept = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)]
    return kept + heads
