"""Places abroad named as printed: the press transliterates a foreign place more than one way
(샌디에고 for 샌디에이고, 어스틴 for 오스틴, 퀸즐랜드주 for 퀸즐랜드), and the entity is the form the
article prints first, in Hangul, unless it prints the row's name too; the gazetteer links the forms (one entity for every spelling the
article prints) but never renames what the page wrote. A Latin abbreviation (LA, NSW) is no
spelling: it is linked to the row's name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..tables import table
from .lexicon import lexicon
from .records import Mention

# A form in Hangul, in one word or words apart (샌디에고, 팰리세이즈 파크).
_HANGUL = re.compile(r"[가-힣]+(?: [가-힣]+)*")


def as_printed(found: list[Mention], text: str) -> list[Mention]:
    """The mentions, each place abroad (``places_abroad.tsv``) and each affiliation naming one
    renamed to the first Hangul form of it the article prints."""
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
    first = {name: form for name, form in first.items() if name not in printed}
    if not first:
        return found  # most articles: no place abroad, or only its row's name
    return [
        replace(
            m,
            entity=first.get(m.entity, m.entity) if m.kind == "place" else m.entity,
            affiliation=first.get(m.affiliation, m.affiliation) if m.affiliation else None,
        )
        for m in found
    ]


@cache
def _abroad() -> frozenset[str]:
    return frozenset(row.name for row in table("places_abroad.tsv"))
