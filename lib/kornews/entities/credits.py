"""The press in its credits: the outlet that publishes a story is no organisation the story names
(a copyright line, a byline, a dated line, a desk's tag), wherever it names itself."""

from __future__ import annotations

import re
from functools import cache

from ..outlets import outlets
from .lexicon import name_words, reporter_titles
from .records import Mention

# A copyright, print or summary notice is a short line; a story's paragraph may name the cue words.
_MAX_CREDIT = 120
# How far before a publisher's name its copyright mark may stand (저작권자 © (주)가람의학신문).
_COPYRIGHT_GAP = 12
# A desk's tag signing a story off: <가람사회부>, 〈가람사회부〉.
_ANGLE_OPEN, _ANGLE_CLOSE = frozenset("<〈"), frozenset(">〉")
# What stands on a line beside an outlet's name that dates the story: a date and a time, no words.
_DATE_LINE = re.compile(r"[\s/|·:.\-]*\d{2,4}[\d\s/|·:.\-]*")
# How far a dateline's brackets stand from a name inside them ([가람통신 서울 4월 28일]).
_BRACKET_REACH = 40
# A date in a dateline's brackets: 4월 28일, 2024.4.28.
_BRACKET_DATE = re.compile(r"\d{1,2}월\s?\d{1,2}일|\d{4}[./-]\d{1,2}[./-]\d{1,2}")
# A dash, slash or bar just before a name that ends its line.
_SIGNED = re.compile(r"\s[-/|]\s*$")


def without_credits(found: list[Mention], text: str) -> list[Mention]:
    """The mentions but those of the press in its credits: a line with a cue of
    ``name_words.tsv`` (저작권, ⓒ, 무단, 프린트 …), a byline after the name (가상일보 홍길동 기자
    gildong@example.com), or the name ending its line after a dash or slash (… / 가상뉴스). The
    outlet that publishes a story is no organisation the story names; nor is any organisation
    named just after a copyright mark (저작권자 © 가람의학신문: ``name_words.tsv``'s ``copyright``), whose
    name the outlet tables may lack, nor one signing a line off (:func:`_signing_off`). The press
    whose name opens a bracketed byline ([가람뉴스 홍길동 기자]) publishes the story: none of its
    mentions counts; nor is a place in a bracketed byline or dateline (:func:`_in_bracketed_credit`)."""
    press = _press()
    bodies = [m for m in found if m.kind == "organisation"]
    # The press that signs a bracketed byline publishes the story: no mention of it counts (one
    # that signs the copyright, the tests' convention, stays an organisation in the story).
    own = {m.entity for m in bodies if _bracketed_byline(text, m)}
    return [
        m
        for m in found
        if not (m.kind != "person" and _photo_credited(text, m))
        and not (m.kind == "place" and _in_bracketed_credit(text, m))
        and not (
            m.kind == "organisation"
            and (
                m.entity in own
                or _copyrighted(text, m)
                or _signing_off(text, m)
                or (m.entity in press and _in_credits(text, m))
            )
        )
    ]


def _in_bracketed_credit(text: str, mention: Mention) -> bool:
    """Does the mention stand in square brackets on its line that hold a byline's or a dateline's
    mark: an equals sign, a reporter's title or a date ([가람통신 서울 4월 28일], [가람뉴스=서울 홍길동
    기자]), or the place closes them after a dash ([가람뉴스-전남])? The press's place is no place
    the story names."""
    opened = text.rfind("[", max(0, mention.start - _BRACKET_REACH), mention.start)
    closed = text.find("]", mention.end, mention.end + _BRACKET_REACH)
    if opened < 0 or closed < 0:
        return False
    inside = text[opened + 1 : closed]
    return (
        "\n" not in inside
        and "]" not in text[opened : mention.start]
        and (
            "=" in inside
            or _BRACKET_DATE.search(inside) is not None
            or any(map(inside.__contains__, reporter_titles()))
            # [가람뉴스-전남]: the outlet, a dash, its region closing the brackets.
            or (text[mention.start - 1] == "-" and closed == mention.end)
        )
    )


def _bracketed_byline(text: str, mention: Mention) -> bool:
    """Does the mention open a byline in square brackets, a reporter's title or an equals sign
    before the bracket closes on its line ([가람뉴스 홍길동 기자], [가람일보 = 사회부])?"""
    if text[mention.start - 1 : mention.start] != "[":
        return False
    close = text.find("]", mention.end)
    inside = text[mention.end : close] if close >= 0 else ""
    return "\n" not in inside and (
        "=" in inside or any(map(inside.__contains__, reporter_titles()))
    )


def _signing_off(text: str, mention: Mention) -> bool:
    """Does the mention sign its line off: alone in angle brackets at the line's end (a desk's tag,
    …참석했다. <가람사회부>), or alone on a line with only a date and time (가람신문 / 2022.01.19 16:56)?"""
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    begin = text.rfind("\n", 0, mention.start) + 1
    if (
        text[mention.start - 1 : mention.start] in _ANGLE_OPEN
        and not text[mention.end + 1 : end].strip()
    ):
        return text[mention.end : mention.end + 1] in _ANGLE_CLOSE
    rest = text[begin : mention.start] + text[mention.end : end]
    return bool(_DATE_LINE.fullmatch(rest))


@cache
def _press() -> frozenset[str]:
    """The outlets' names (read once, not per article)."""
    return frozenset(outlet.name for outlet in outlets())


def _copyrighted(text: str, mention: Mention) -> bool:
    """Does a copyright mark stand just before the mention, on its line (ⓒ가람의학신문)?"""
    before = text[max(0, mention.start - _COPYRIGHT_GAP) : mention.start].rsplit("\n", 1)[-1]
    return any(map(before.__contains__, name_words("copyright")))  # asked of every organisation


def _photo_credited(text: str, mention: Mention) -> bool:
    """Does a photo's credit mark and its equals sign stand just before the mention, on its line
    (사진=가람뉴스, 사진제공 = 가람군: ``name_words.tsv``'s ``photo``)? It credits a picture, no body
    or place the story names."""
    before = text[max(0, mention.start - _COPYRIGHT_GAP) : mention.start].rsplit("\n", 1)[-1]
    return _photo_mark().search(before) is not None


@cache
def _photo_mark() -> re.Pattern:
    words = "|".join(sorted(name_words("photo"), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s?=\s?$")


def _in_credits(text: str, mention: Mention) -> bool:
    begin = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    line = text[begin:end]
    cued = len(line) <= _MAX_CREDIT and any(cue in line for cue in name_words("credit"))
    # …을 되풀이 / 가상뉴스, 대표 이미지 - 가상방송 뉴스: the press signing a line's end.
    signed = (
        _SIGNED.search(text, begin, mention.start) and len(text[mention.end : end].strip()) <= 4
    )
    return cued or bool(signed) or _byline_after().fullmatch(text, mention.end, end) is not None


@cache
def _byline_after() -> re.Pattern:
    """What follows an outlet's name in a byline: another name or two, a reporter's title and an
    address (가상뉴스 홍길동 기자 gildong@example.com)."""
    signed = "|".join(sorted(reporter_titles(), key=len, reverse=True))
    return re.compile(rf"[가-힣A-Za-z ]{{0,24}}?(?:{signed})(?:\s+\S+@\S*)?\s*")
