"""Associations named by the place before them, a word apart (하와이 한인회, 가람 향우회): one
organisation, not the place."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import Mention, name_words


@cache
def _after_place() -> re.Pattern:
    """A space, then a word for an association (``name_words.tsv``'s ``association``), written alone
    or with its head's title glued on (한인회장)."""
    words = "|".join(sorted(map(re.escape, name_words("association")), key=len, reverse=True))
    return re.compile(rf" ({words})")


def associations(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each place followed a space apart by a word for an association (김가람 하와이
    한인회장: 하와이 한인회) read as that association, named as written."""
    out = []
    for mention in found:
        match = _after_place().match(text, mention.end) if mention.kind == "place" else None
        if match is None:
            out.append(mention)
            continue
        name = text[mention.start : match.end()]
        out.append(replace(mention, entity=name, kind="organisation", end=match.end(), rule="kind"))
    return out
