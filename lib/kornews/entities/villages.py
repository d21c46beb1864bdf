"""Villages are no places: a 리, numbered or not (가람2리, 한빛리), is below the 읍, 면 and 동 the
golds name (the lead's decision on issue 22). Found as places while reading, so that its name is no
one's and a title after it (가람2리 이장) takes it as the affiliation, then left out of the table."""

from __future__ import annotations

from .lexicon import lexicon
from .records import Mention


def without_villages(found: list[Mention]) -> list[Mention]:
    """The mentions but the villages: places ending in 리 the tables lack (헝가리 and 파리 are listed)."""
    forms = lexicon()
    return [
        m
        for m in found
        if not (m.kind == "place" and m.entity.endswith("리") and m.entity not in forms)
    ]
