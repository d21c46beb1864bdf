"""Places abroad named as printed: the press transliterates a foreign place more than one way
(샌디에고 for 샌디에이고, 어스틴 for 오스틴, 퀸즐랜드주 for 퀸즐랜드), and the entity is the form the
article prints first, in Hangul, unless it prints the row's name too; the gazetteer links the forms (one entity for every spelling the
article prints) but never renames what the page wrote. A Latin abbreviation (LA, NSW, KAIST, IMF)
names the place or body where the article writes it in no other form; else it is linked to the name
(the lead's decision on issue 22: names as printed, the tables' full name an alias only)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..tables import table
from .lexicon import lexicon
from .records import Mention

# A form in Hangul, in one word or words apart (샌디에고, 팰리세이즈 파크).
_HANGUL = re.compile(r"[가-힣]+(?: [가-힣]+)*")
# A Latin abbreviation: capitals, and digits after the first (LA, NSW, KAIST, G20).
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]+")


def as_printed(found: list[Mention], text: str) -> list[Mention]:
    """The mentions, each place abroad (``places_abroad.tsv``) and each affiliation naming one
    renamed to the first Hangul form of it the article prints, and each listed place or body the
    article writes only as a Latin abbreviation renamed to it."""
    first = _hangul_forms(found, text) | _abbreviations(found, text)
    if not first:
        return found  # most articles: no place abroad, or only its row's name
    return [
        replace(
            m,
            entity=first.get(m.entity, m.entity) if m.kind != "person" else m.entity,
            affiliation=first.get(m.affiliation, m.affiliation) if m.affiliation else None,
        )
        for m in found
    ]


def _hangul_forms(found: list[Mention], text: str) -> dict[str, str]:
    """Place abroad -> the first Hangul form of it the article prints, where that is not its name."""
    abroad = _abroad()
    first: dict[str, str] = {}
    for mention in sorted(found, key=lambda m: m.start):
        if mention.kind == "place" and mention.entity in abroad:
            form = text[mention.start : mention.end]
            hit = lexicon().get(form.replace(" ", ""))  # 팰리세이즈 파크: printed in words apart
            if _HANGUL.fullmatch(form) and hit is not None and hit.name == mention.entity:
                first.setdefault(mention.entity, form)
    # The row's own name, where the article prints it, stays the name (칭다오 … 칭다오시).
    printed = {text[m.start : m.end] for m in found if m.kind == "place"}
    return {name: form for name, form in first.items() if name not in printed}


def _abbreviations(found: list[Mention], text: str) -> dict[str, str]:
    """Listed place or body -> the Latin abbreviation the article writes it by, where it writes
    it in no other form (KAIST alone; not KAIST where 한국과학기술원 or 카이스트 is printed too)."""
    forms: dict[str, list[str]] = {}
    for mention in sorted(found, key=lambda m: m.start):
        if mention.kind != "person" and mention.rule == "list":
            forms.setdefault(mention.entity, []).append(text[mention.start : mention.end])
    return {
        name: written[0]
        for name, written in forms.items()
        if all(map(_ABBREVIATION.fullmatch, written)) and name != written[0]
    }


@cache
def _abroad() -> frozenset[str]:
    return frozenset(row.name for row in table("places_abroad.tsv"))
