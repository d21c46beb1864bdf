"""Offices with their head in brackets (가람소방서(서장 홍길동)): a person and a body; heads listed
with a dot (가람병원(이사장 홍길동·병원장 김가람)) are people each."""

from __future__ import annotations

import re

from .lexicon import name_words, surname_of, titles
from .records import Mention, Sentence

# An office with its heads' titles and names in brackets: 가람소방서(서장 홍길동), 가람지사(지사장 홍길동),
# 가람병원(이사장 홍길동·병원장 김가람); a space before the bracket leaves the office unread (its name
# may run over words: 가람 밝은 시민연대 (상임대표 홍길동)), its head a person.
_HEAD = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<body>[가-힣A-Za-z0-9]{2,20})(?P<space>\s?)"
    r"\((?P<heads>[가-힣]{1,5}\s[가-힣]{2,4}(?:[·,]\s?[가-힣]{1,5}\s[가-힣]{2,4})*)\)"
)
# One head in the brackets: a title and a name.
_ONE_HEAD = re.compile(r"(?P<title>[가-힣]{1,5})\s(?P<name>[가-힣]{2,4})")


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
        for office in _HEAD.finditer(text, sentence.start, sentence.end):
            people = _heads(office, sentence)
            heads += people
            if (
                people
                and not office["space"]
                # 형사6단독(부장판사 홍길동): a judge's bench, a unit of its court, no body
                and not any(p.title in name_words("bench") for p in people)
                and whole.get(office.end("body"), office.end("body")) > office.start("body")
            ):
                heads.append(
                    Mention(
                        office["body"], "organisation", *office.span("body"), sentence.where, "head"
                    )
                )
    spans = [(m.start, m.end) for m in heads]
    kept = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)]
    return kept + heads


def _heads(office: re.Match, sentence: Sentence) -> list[Mention]:
    """The people an office's brackets name: each a title (of the table, or one ending in 장, head)
    and a name starting with a surname."""
    body = None if office["space"] else office["body"]
    found = []
    for head in _ONE_HEAD.finditer(office.string, office.start("heads"), office.end("heads")):
        title, name = head["title"], head["name"]
        # 상임대표, 공동대표: a title of the table with a word before it.
        if surname_of(name) and (title.endswith("장") or title.endswith(titles())):
            found.append(
                Mention(name, "person", *head.span("name"), sentence.where, "head", title, body)
            )
    return found
