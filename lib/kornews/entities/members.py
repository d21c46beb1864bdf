"""People named with brackets after their name: members with their organisation first
(박가상(가상당, 비례)), a person and a body; residents with their age and home (홍길동(67·가상면 한빛)),
a person and a place."""

from __future__ import annotations

import re

from .forms import lookup
from .lexicon import name_words, suffixes, surname_of
from .records import Mention, Sentence

# A member's name with the organisation first in its brackets: 박가상(가상당, 비례), 박가상(가상당); a
# player's with the club's company, which may open with Latin capitals (김가람(ABC가람은행)).
_MEMBER = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\((?P<body>[A-Z]{0,4}[가-힣]{2,12})[,)]")


def bracketed_members(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A name with its organisation first in brackets, as lists of members are written
    (박가상(가상당, 비례, 7회), 박가상(가상당)): the person, and the organisation by its ending,
    whatever Kiwi tagged them."""
    taken = None  # the mentions' letters, read for a member only
    mentions = []
    for sentence in sentences:
        for member in _MEMBER.finditer(text, sentence.start, sentence.end):
            name, body = member["name"], member["body"]
            surname = surname_of(name)
            if not surname or len(name) != len(surname) + 2:
                continue
            ending = any(body.endswith(s) for s in suffixes())
            if not ending and not _body_found(member, sentence, found):
                continue
            if taken is None:
                taken = {i for m in found for i in range(m.start, m.end)}
            spans = (member.span("name"), member.span("body"))
            if taken.intersection(range(*spans[0])):
                continue
            where = sentence.where
            mentions.append(Mention(name, "person", *spans[0], where, "bracket", None, body))
            # The body may be found already (a listed or proper-noun company): the name is still one.
            if not taken.intersection(range(*spans[1])):
                mentions.append(Mention(body, "organisation", *spans[1], where, "suffix"))
    return mentions


def _body_found(member: re.Match, sentence: Sentence, found: list[Mention]) -> bool:
    """A body of no ending the tables name, whole in the brackets after a proper noun (황가람(국민의힘,
    비례), 윤가람(고려대)): a member's or a player's, whatever the name ends in."""
    name, body = member.span("name"), member.span("body")
    proper = any(t.start == name[0] and t.tag == "NNP" for t in sentence.tokens)
    return proper and any(m.kind == "organisation" and (m.start, m.end) == body for m in found)


# A resident named with age and home, as vox pops print them: 홍길동(67·가상면 한빛), 홍길동(67, 가상면);
# the bracket may be cut off at the line's end.
_AGED = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\(\d{1,3}\s?[·ㆍ,]\s?(?P<home>[^\s()]{1,12})"
    r"(?P<rest>[^()\n]{0,16})(?:\)|$)",
    re.MULTILINE,
)
# A village's name after the home, a word apart (가상면 한빛).
_VILLAGE = re.compile(" [가-힣]{2,3}")


def aged_residents(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` with the residents named with their age and home (홍길동(67·가상면 한빛)): the name is
    a person's, its first word of home a place (the township or district; 회사원 in 홍길동(45·회사원)
    is a job: a place only when Kiwi tags it a proper noun, the tables hold it, it ends like a place,
    or a village's name follows it), and no entity is read in the village after it (a hamlet)."""
    mentions, hamlets = [], []
    bodies = {m.start for m in found if m.kind == "organisation"}
    for sentence in sentences:
        for resident in _AGED.finditer(text, sentence.start, sentence.end):
            name, home = resident["name"], resident["home"]
            surname = surname_of(name)
            if not surname or len(name) - len(surname) not in (1, 2):
                continue
            where = sentence.where
            mentions.append(Mention(name, "person", *resident.span("name"), where, "age"))
            village = _VILLAGE.fullmatch(resident["rest"]) is not None
            if village:
                hamlets.append(range(*resident.span("rest")))
            at = resident.start("home")
            if at not in bodies and _is_home(home, village, sentence, at):
                hit = lookup(home, True)
                place = hit.name if hit and hit.kind == "place" else home
                mentions.append(Mention(place, "place", *resident.span("home"), where, "age"))
    taken = {(m.start, m.end) for m in mentions}
    kept = [
        m
        for m in found
        if (m.start, m.end) not in taken
        and not any(m.start in hamlet for hamlet in hamlets)
        and not any(a.start <= m.start < a.end for a in mentions if a.kind == "person")
    ]
    return kept + mentions


def _is_home(home: str, village: bool, sentence: Sentence, at: int) -> bool:
    """Is the word after the age a place: tagged a proper noun, in the tables, ending like a place,
    or followed by a village's name (가상 한빛)?"""
    hit = lookup(home, True)
    if not re.fullmatch("[가-힣]{2,6}", home):
        return False
    if hit:
        return hit.kind == "place"
    proper = any(t.start == at and t.tag == "NNP" for t in sentence.tokens)
    return proper or home[-1] in name_words("place-ending") or village
