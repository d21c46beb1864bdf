"""A person's campaign or office named by the person (홍길동 선거사무소, 홍길동 캠프: ``name_words.tsv``'s
``camp``): an organisation, named whole, where the name alone would read a person."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import name_words
from .records import Mention


def with_camps(found: list[Mention], text: str) -> list[Mention]:
    """The mentions with each person's name followed, a space apart, by a camp's word grown into
    that camp, an organisation."""
    return [_camp(m, text) if m.kind == "person" else m for m in found]


def _camp(mention: Mention, text: str) -> Mention:
    word = _camp_word().match(text, mention.end)
    if word is None or text[mention.start : mention.end] != mention.entity:
        return mention  # 홍 후보 캠프: a short form leaves whose camp to the reader
    name = f"{mention.entity} {word['word']}"
    return replace(
        mention,
        entity=name,
        kind="organisation",
        end=word.end(),
        rule="suffix",
        title=None,
        affiliation=None,
    )


@cache
def _camp_word() -> re.Pattern:
    """A space and a camp's word (longest first: 선거캠프 before 캠프)."""
    words = "|".join(sorted(name_words("camp"), key=len, reverse=True))
    return re.compile(f" (?P<word>{words})")
