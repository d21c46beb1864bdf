"""Postal addresses: the places of an address line (a publisher's or a reporter's: 가람도 한빛시 나래구
가람로 12, 3층 (한빛동)) name where a letter goes, no place the story speaks of."""

from __future__ import annotations

import re

from .records import Mention

# A road name and its number (가람로 12, 한빛길19, 나래로12번길 3): where an address ends its places.
_ROAD = re.compile(r"[가-힣](?:로|길)\s?\d")
# What may follow the road's number on the line, then the legal dong in brackets: (한빛동 가람빌딩).
_DONG_AFTER = re.compile(r"[^\n(]{0,30}\([^)\n]{0,40}\)")
# An address names two places or more before its road (도 and 시, or 시 and 구).
_MIN_PLACES = 2


def without_addresses(found: list[Mention], text: str) -> list[Mention]:
    """The mentions but the places of a postal address: two places or more, a space apart, right
    before a road name with its number, and the dong in brackets after it on the line."""
    places = sorted((m for m in found if m.kind == "place"), key=lambda m: m.start)
    if len(places) < _MIN_PLACES:
        return found
    by_end = {m.end: m for m in places}
    starts = {m.start for m in places}
    dropped: set[Mention] = set()
    for road in _ROAD.finditer(text):
        word = text.rfind(" ", 0, road.start()) + 1
        chain = _places_before(by_end, word)
        # 가람도 한빛시로 3일 이사: a place before a particle and a number is no road.
        if len(chain) < _MIN_PLACES or word in starts:
            continue
        dropped.update(chain)
        dong = _DONG_AFTER.match(text, road.end())
        if dong:
            dropped.update(m for m in places if road.end() <= m.start < dong.end())
    return [m for m in found if m not in dropped] if dropped else found


def _places_before(by_end: dict[int, Mention], word: int) -> list[Mention]:
    """The places written one after another, a space apart, ending a space before ``word``."""
    chain = []
    at = word - 1
    while at in by_end:
        chain.append(by_end[at])
        at = by_end[at].start - 1
    return chain
