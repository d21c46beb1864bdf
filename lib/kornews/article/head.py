"""The head of an article: page furniture over the title, the category, the title (a dateline or
byline glued to it split off: glued.py), subtitles, reporter, date and captions (the lines under
the title: under_title.py, each line's kind: head_kinds.py), up to the body."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .decks import deck_glued
from .glued import _title_parts
from .openings import (
    DECK_LED,
    broken_copy,
    broken_lead,
    deck_over_title,
    is_text,
    opens_body,
    over_dateline,
    polite_opening,
    quoted_lead,
    signed_text_alone,
)
from .over_title import leading_furniture, menu, service_menu
from .records import Line, Part, _part
from .under_title import _under_title

_MAX_CATEGORY = 12
# A section's label is a word or two (사회, 직업의 세계, 기획 & 캠페인); a short headline has more (가상시
# 새 청사 공개 over its deck).
_MAX_CATEGORY_WORDS = 2
_WORD = re.compile(r"[가-힣A-Za-z0-9]+")


def _head(lines: list[Line], *, stamped: bool = False) -> tuple[int, list[Part]]:
    """The parts before the body (page furniture over the title, category, title, subtitles,
    reporter, date, captions) and the index of the body's first line; ``stamped`` where a date
    stands under ``lines`` (the head goes on to it, so its last subtitles are no body's)."""
    kinds = leading_furniture(lines)
    kinds += menu(lines, len(kinds)) or service_menu(lines, len(kinds))
    lead = len(kinds)
    if _signer_over_text(lines, lead):
        kinds.append("reporter")
        lead += 1
    # A text cut before its headline, or one that opens with a list marked ▲ (a digest's briefs).
    if (
        opens_body(lines[lead].text)
        or (
            kinds[-1:] in (["reporter"], ["date"]) and is_text(lines[lead].text)
        )  # fields over a text
        or polite_opening(lines, lead)
        or signed_text_alone(lines, lead, stamped=stamped)
        or quoted_lead(lines, lead)
        or broken_lead(lines, lead)
        or broken_copy(lines, lead)
        or shapes.listed([line.text for line in lines], lead)
    ):
        return lead, [_part(kind, line) for kind, line in zip(kinds, lines)]
    over = over_dateline(lines, lead)  # a deck or a photo's caption, no headline above them
    if over:
        kinds.append(over)
        return lead + 1, [_part(kind, line) for kind, line in zip(kinds, lines)]
    kinds += ["title", *_under_title(lines, lead, stamped=stamped)]
    # A subtitle needs a body below it: a run of heading-like lines ends in the body.
    while len(kinds) == len(lines) and kinds[-1] == "subtitle" and not stamped:
        kinds.pop()
    _retitle(lines, kinds, lead)
    deck = deck_glued(lines, kinds)
    parts = []
    for kind, line in zip(kinds, lines):
        parts += _title_parts(line, deck=deck) if kind == "title" else [_part(kind, line)]
    return len(kinds), parts


def _retitle(lines: list[Line], kinds: list[str], lead: int) -> None:
    """The title's line (at ``lead``) read again with the line under it: a category over the
    title, a deck over it, a menu's words over it, or decks led by dashes with no headline."""
    # A short line over a longer one that reads like a title is the category (정부공공IT).
    title = lines[lead].text
    # (A deck led by a dash is no title: - 다음 달 문 열어.)
    if (
        kinds[lead + 1 : lead + 2] == ["subtitle"]
        and len(title) <= min(_MAX_CATEGORY, len(lines[lead + 1].text))
        and len(_WORD.findall(title)) <= _MAX_CATEGORY_WORDS
        and not DECK_LED.match(lines[lead + 1].text)
    ):
        kinds[lead : lead + 2] = ["category", "title"]
    elif deck_over_title(lines, kinds, lead) or _board_title_under(lines, kinds, lead):
        kinds[lead : lead + 2] = ["subtitle", "title"]
    elif words := _menu_words(lines, kinds, lead):
        kinds[lead : lead + words + 1] = ["footer"] * (words - 1) + ["category", "title"]
    elif DECK_LED.match(title) and kinds[lead + 1 : lead + 2] == ["subtitle"]:
        kinds[lead] = "subtitle"  # decks led by dashes, the headline cut off above them


# A board engine's heading over the post's writer and stamp (GNUBoard): the post's title stands
# right over it.
_BOARD_HEADING = "페이지 정보"


def _board_title_under(lines: list[Line], kinds: list[str], lead: int) -> bool:
    """A kicker over a board's post title (a speaker's words over the headline), the board's
    heading right under the title: the line over it is the subtitle."""
    return (
        kinds[lead + 1 : lead + 2] == ["subtitle"]
        and lead + 2 < len(lines)
        and lines[lead + 2].text.strip() == _BOARD_HEADING
    )


def _menu_words(lines: list[Line], kinds: list[str], lead: int) -> int:
    """How many one-word lines of a site's menu stand in the title's place over the headline
    (콘텐츠, 행정, then the headline): two or more, each short, the headline under them longer;
    0 where there are none. The last word is the section (the category)."""
    words = 0
    while kinds[lead + words + 1 : lead + words + 2] == ["subtitle"]:
        text = lines[lead + words].text
        if len(text) > _MAX_CATEGORY or len(text.split()) > 1:
            break
        words += 1
    below = lines[lead + words].text if words >= 2 else ""
    return words if len(below) > _MAX_CATEGORY and not DECK_LED.match(below) else 0


# The rows of a byline that may stand first over a message's text.
_SIGNERS = (
    "caption-name-role",
    "caption-org-name-role",
    "reporter-credit-press",
    "reporter-outlet",
)


def _signer_over_text(lines: list[Line], at: int) -> bool:
    """A message with no headline, its signer's name and office first (홍길동 가상도교육감, or a
    reporter of another outlet: 가상투데이 홍길동 기자), or a photo page's credit first (ⓒ 가상신문
    홍길동 기자), then its text: the byline, not the title."""
    row = layouts.match(lines[at].text, "head")
    return (
        bool(row and row.layout.name in _SIGNERS)
        and at + 1 < len(lines)
        and shapes.is_sentence(lines[at + 1].text)
    )
