"""Digits that are no figure: glued to a name (코로나19) or a vague word (수백만), and a native
numeral that counts no noun (한 상인은)."""

from __future__ import annotations

from .counters import counter
from .records import NAME_TAGS, Counted, Numeral, Token, glued, near
from .words import words


def vague(tokens: list[Token], first: int, i: int, text: str) -> bool:
    """Digits glued to a name (코로나19, K-9) or to a vague word (수백만, 몇십), or inside a numeral
    that did not read as one."""
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
