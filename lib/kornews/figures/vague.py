"""Digits that are no figure: glued to a name (코로나19) or a vague word (수백만), a plan's year
(가상계획 2030), a native numeral that counts no noun (한 상인은), and the ones of a slogan (1기관 1시장)."""

from __future__ import annotations

import re

from .counters import counter
from .records import NAME_TAGS, Counted, Figure, Numeral, Token, glued, near
from .words import words

# One, glued to a word, then a space or a middle dot before the next: 1기관 1시장, 1법인·1사업장.
_ONE_WORD = re.compile(r"1[가-힣]+[ ·]")
_ONE_ON = re.compile(r"1[가-힣]")
# A bare year: the horizon a plan's name ends with (비전 2040).
_YEAR = re.compile(r"(?:19|20)\d\d")
# Kinds a slogan's ones are read as: a count (1사) or a number before a noun (1 기관).
_SLOGAN_KINDS = frozenset({"count", "other"})


def vague(tokens: list[Token], first: int, i: int, text: str) -> bool:
    """Digits glued to a name (코로나19, K-9) or to a vague word (수백만, 몇십), or inside a numeral
    that did not read as one."""
    if _plan_year(tokens, i, text):
        return True
    if (
        i > 0
        and tokens[i - 1].form in words("spaced name")
        and near(tokens[i - 1], tokens[i], text)
    ):
        return not _counted_glued(tokens, i, text)  # PM 10, 코로나 19; but 코로나 2년 counts years
    if i == 0 or not glued(tokens[i - 1], tokens[i]):
        return False
    before = tokens[i - 1]
    if before.tag in ("SN", "NR"):
        return True
    if first != i or _counted_glued(tokens, i, text):
        return False  # 시즌4패, 영업익1조2715억원: a glued title or slip, counted all the same
    if before.form in words("glued lead"):
        return False  # 파72: par 72, not a name
    return before.tag in NAME_TAGS or before.form in words("vague")


def _plan_year(tokens: list[Token], i: int, text: str) -> bool:
    """A bare year one space after the last word of a plan's or vision's name (가상계획 2030, 비전
    2040): the horizon the name sets, not a date; 가상계획 2030년까지 has a counter and is one."""
    if i == 0 or tokens[i].tag != "SN" or not _YEAR.fullmatch(tokens[i].form):
        return False
    before = tokens[i - 1]
    return (
        not glued(before, tokens[i])
        and near(before, tokens[i], text)
        and before.form.endswith(tuple(words("plan name")))
        and not _counted_glued(tokens, i, text)
    )


def _counted_glued(tokens: list[Token], i: int, text: str) -> bool:
    """The digits from token i have a counter glued after them (영업익1조원), which no name has (코로나19)."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag in ("SN", "NR") and glued(tokens[k - 1], tokens[k]):
        k += 1
    if tokens[i].tag != "SN" or k >= len(tokens) or not glued(tokens[k - 1], tokens[k]):
        return False
    unit, _ = counter(tokens, k, text, False)
    return unit is not None


def uncounted(tokens: list[Token], counted: Counted, core: Numeral, written: str) -> bool:
    """A native numeral counts a noun after it (두 사람); 한 only with a counter (한 상인은: a merchant)."""
    k = counted.next
    if not core.native or counted.unit is not None:
        return False
    noun_apart = (
        k < len(tokens) and tokens[k].tag in ("NNG", "NNB") and not glued(tokens[k - 1], tokens[k])
    )
    return written == "한" or not noun_apart


def slogans(found: list[Figure], text: str) -> list[Figure]:
    """The figures of a sentence without the ones of a slogan, one X per Y (1기관 1시장, 1사 1촌,
    1가구 1주택): two ones glued to words, side by side, one at least on a word no counter. Counts on
    both sides (1골 1도움, 1승 1패) and a date, an ordinal or an amount (1월 1일, 1학년 1반, 1개 1천원)
    stay figures."""
    pairs = [(a, b) for a, b in zip(found, found[1:]) if _slogan(a, b, text)]
    dropped = {figure.start for pair in pairs for figure in pair}
    return [figure for figure in found if figure.start not in dropped]


def _slogan(a: Figure, b: Figure, text: str) -> bool:
    return (
        a.value == 1
        and b.value == 1
        and {a.kind, b.kind} <= _SLOGAN_KINDS
        and "other" in (a.kind, b.kind)
        and _ONE_WORD.fullmatch(text, a.start, b.start) is not None
        and _ONE_ON.match(text, b.start) is not None
    )
