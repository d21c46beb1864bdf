"""A numeral read with the one after it: a range (10~20%), a fraction (3분의 1), a score (3대 1),
a list sharing a counter (11·12호) and older news's quarters (1·4분기)."""

from __future__ import annotations

from decimal import Decimal

from .counters import counter
from .numeral import exact, numeral, power
from .records import Token, glued, near
from .words import words


def ranged(tokens: list[Token], k: int, text: str, value, unit: str | None, numeral_end: int):
    """(value, upper, unit, next index) of a range ``10~20%`` starting at token k; upper None when there is none."""
    if not (k < len(tokens) and tokens[k].form in words("range") and k + 1 < len(tokens)):
        return value, None, unit, k
    second = numeral(tokens, k + 1, text)
    if second is None or not isinstance(second.value, (int, float)) or second.kind:
        return value, None, unit, k
    second_unit, after = counter(tokens, second.next, text, second.native)
    if not (unit is None or second_unit in (None, unit)):
        return value, None, unit, k
    # 3~4억, 1~2만명: the power written once, on the upper end, scales both ends.
    scale = power(tokens[second.next - 1]) // power(tokens[numeral_end - 1])  # 3천~4천만: 만
    if scale > 1 and value * scale <= second.value:
        value = exact(Decimal(str(value)) * scale)  # exact: 1.1~2억 is 110000000
    return value, second.value, unit or second_unit, after


def fraction(tokens: list[Token], k: int, text: str) -> tuple[object, int] | None:
    """(numerator, next index) after ``N분의``, else None."""
    if (
        k + 2 < len(tokens)
        and tokens[k].form == "분"
        and tokens[k].tag == "XSN"
        and tokens[k + 1].tag == "JKG"
        and glued(tokens[k - 1], tokens[k])
        and near(tokens[k + 1], tokens[k + 2], text)
    ):
        numerator = numeral(tokens, k + 2, text)
        if (
            numerator is not None
            and isinstance(numerator.value, (int, float))
            and not numerator.native
        ):
            return numerator.value, numerator.next
    return None


def board_score(tokens: list[Token], i: int, k: int, text: str) -> tuple[int, int] | None:
    """(other side, next index) of a scoreboard's ``타이거즈 6 - 3 베어스``: bare numbers either side
    of a dash, between two names; numeral at token i, dash at k."""
    if not (
        i > 0
        and k + 2 < len(tokens)
        and tokens[i - 1].tag in ("NNP", "SL")
        and tokens[k].form == "-"
        and near(tokens[k], tokens[k + 1], text)
        and tokens[k + 1].tag == "SN"
    ):
        return None
    other = numeral(tokens, k + 1, text)
    if (
        other is None
        or not isinstance(other.value, int)
        or other.next >= len(tokens)
        or tokens[other.next].tag not in ("NNP", "NNG", "SL")  # Kiwi splits some names: 라 + 온
        or glued(tokens[other.next - 1], tokens[other.next])
    ):
        return None
    return other.value, other.next


def other_side(tokens: list[Token], k: int, text: str) -> tuple[int, int] | None:
    """(other side, next index) of a score ``3대 1``: a bare number after 대, one space on or glued
    (경쟁률 32.86대1)."""
    if k < len(tokens) and tokens[k].tag == "SN" and near(tokens[k - 1], tokens[k], text):
        other = numeral(tokens, k, text)
        if other is not None and isinstance(other.value, int):
            unit, _ = counter(tokens, other.next, text, False)
            if unit is None:  # 3대 1: the 1 counts nothing
                return other.value, other.next
    return None


def old_quarter(tokens: list[Token], k: int, value) -> int | None:
    """The index after ``·4분기`` in ``1·4분기``, older news's first quarter (not quarters 1 and 4), else None."""
    if (
        isinstance(value, int)
        and 1 <= value <= 4
        and k + 2 < len(tokens)
        and [t.form for t in tokens[k : k + 3]] == ["·", "4", "분기"]
        and all(glued(a, b) for a, b in zip(tokens[k - 1 : k + 2], tokens[k : k + 3]))
    ):
        return k + 3
    return None


def shared_counter(tokens: list[Token], k: int, text: str) -> str | None:
    """11·12호: a bare number listed before another takes that one's counter; and so does one in a list of
    nouns and numbers whose next item has it (금메달 57, 은메달 46개: the writer left 개 out once)."""
    if (
        k + 1 < len(tokens)
        and tokens[k].form == "·"
        and glued(tokens[k - 1], tokens[k])
        and glued(tokens[k], tokens[k + 1])
        and (other := numeral(tokens, k + 1, text)) is not None
    ):
        unit, _ = counter(tokens, other.next, text, other.native)
        return unit
    if _listed_item(tokens, k) and (other := numeral(tokens, k + 2, text)) is not None:
        unit, _ = counter(tokens, other.next, text, other.native)
        return unit
    if _listed_number(tokens, k) and (other := numeral(tokens, k + 1, text)) is not None:
        unit, _ = counter(tokens, other.next, text, other.native)
        return unit if unit in _LISTED_CALENDAR else None
    return None


# Days and months listed with one counter (14, 15일; 7,8월): a list of counts (3, 4명) may be a hedge instead.
_LISTED_CALENDAR = frozenset({"일", "월"})


def _listed_number(tokens: list[Token], k: int) -> bool:
    """A bare number, a comma glued to it, then the next number: 14, 15일."""
    return (
        1 <= k < len(tokens) - 1
        and tokens[k - 1].tag == "SN"
        and tokens[k].form == ","
        and glued(tokens[k - 1], tokens[k])
        and tokens[k + 1].tag == "SN"
    )


def _listed_item(tokens: list[Token], k: int) -> bool:
    """A noun, a bare number, a comma, then a noun glued to nothing before the next number: 금메달 57, 은메달."""
    return (
        2 <= k < len(tokens) - 2
        and tokens[k - 1].tag == "SN"
        and tokens[k - 2].tag in ("NNG", "NNP")
        and tokens[k].form == ","
        and tokens[k + 1].tag in ("NNG", "NNP")
        and tokens[k + 2].tag == "SN"
    )
