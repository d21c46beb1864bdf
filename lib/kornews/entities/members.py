"""Members listed with their organisation first in brackets (박가상(가상당, 비례)): a person and a body."""

from __future__ import annotations

import re

from .lexicon import Mention, Sentence, suffixes, surname_of

# A member's name with the organisation first in its brackets: 박가상(가상당, 비례), 박가상(가상당).
_MEMBER = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\((?P<body>[가-힣]{2,12})[,)]")


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
