"""A sentence's numeral counted: its counter, a half (1년 반), a range, fraction or score after it,
or nothing where the number names a thing (3점슛) rather than counts."""

from __future__ import annotations

import re
from decimal import Decimal

from .counters import counter, glossed
from .numeral import exact
from .pairs import board_score, fraction, old_quarter, other_side, ranged, shared_counter
from .records import Counted, Marks, Numeral, Token, glued, near
from .words import known, words

# The units a 반 after them halves (1년 반, 3배 반).
_HALVES = frozenset({"년", "개월", "시간", "배"})
# A glued word holding two numbers: a title run together (14경기서30골폭발), where glue joins no compound.
_TITLE_RUN = re.compile(r"\d\D+\d")


def counted_numeral(tokens, i, text, core: Numeral, marks: Marks) -> Counted | None:
    """The numeral at token i with its counter, and a range, fraction or score after it; None when
    it names a thing (3점슛)."""
    k, approximate = core.next, marks.approximate or core.approximate
    if (
        k < len(tokens)
        and tokens[k].tag == "XSN"
        and tokens[k].form == "여"
        and glued(tokens[k - 1], tokens[k])
    ):
        approximate, k = True, k + 1  # 53만여개
    if (
        core.unit or core.kind == "score"
    ):  # 이틀, 2/3; a score's 승 or 패 (2-1승) is its result, no unit
        unit = core.unit
    else:
        unit, k = counter(tokens, k, text, core.native)
    value = core.value
    if _and_a_half(tokens, k, text, unit, value):
        value, k = exact(Decimal(str(value)) + Decimal("0.5")), k + 1  # 1년 반: a year and a half
    elif (named := _naming(tokens, i, k, text, core, unit)) is None:
        return None
    else:
        unit, k = named
    if unit is None and (quarter := old_quarter(tokens, k, core.value)) is not None:
        unit, k = "분기", quarter
    # 파72·6600야드: the word glued before names what the number counts; it shares no counter
    led = i > 0 and glued(tokens[i - 1], tokens[i]) and tokens[i - 1].form in words("glued lead")
    unit = unit or marks.currency or (None if led else shared_counter(tokens, k, text))
    counted = Counted(
        next=k,
        value=value,
        upper=core.upper,
        unit=unit,
        kind=_glossed_kind(tokens, k, unit, core.kind),
        against=core.against,
        approximate=approximate,
    )
    # 0분의 1 divides by zero: no ratio, and the 0 stays a plain figure.
    if (
        unit is None
        and core.kind is None
        and core.value
        and (found := fraction(tokens, k, text)) is not None
    ):
        numerator, k = found
        value = exact(Decimal(str(numerator)) / Decimal(str(core.value)))  # 3분의 1
        counted = counted._replace(next=k, value=value, unit="분의", kind="ratio")
    if counted.kind is None and counted.value is not None and counted.upper is None:
        value, upper, unit, k = ranged(
            tokens, counted.next, text, counted.value, counted.unit, core.next
        )
        counted = counted._replace(next=k, value=value, upper=upper, unit=unit)
    return _scored(tokens, i, text, counted, marks)


def _scored(tokens, i, text, counted: Counted, marks: Marks) -> Counted:
    """The counted numeral as a score where the other side follows: 3대 1, a scoreboard's 6 - 3."""
    other = None
    if counted.kind is None and counted.unit == "대" and not marks.ordinal:
        other = other_side(tokens, counted.next, text)  # 3대 1로
    elif counted.kind is None and counted.unit is None:
        other = board_score(tokens, i, counted.next, text)
    if other is None:
        return counted
    against, k = other
    kind = "ratio" if _rate(tokens, counted.value) else "score"
    return counted._replace(next=k, kind=kind, against=against)


def _rate(tokens: list[Token], value) -> bool:
    """N대 M is a ratio (a competition rate: 25.4대 1), not a score, where a side has decimals or the
    sentence has a word of role ``rate`` (경쟁률, 청약)."""
    return isinstance(value, float) or any(token.form in words("rate") for token in tokens)


def _and_a_half(tokens: list[Token], k: int, text: str, unit: str | None, value) -> bool:
    """반 after a whole number of a unit that halves (1년 반, 2시간반, 3배 반)."""
    return (
        unit in _HALVES
        and isinstance(value, int)
        and k < len(tokens)
        and tokens[k].form == "반"
        and tokens[k].tag in ("NNG", "NNB")
        and near(tokens[k - 1], tokens[k], text)
    )


def _glossed_kind(tokens: list[Token], k: int, unit: str | None, kind: str | None) -> str | None:
    """count where the unit is a syllable glossed by its Hanja ('3고(高)', '4강(强)': things named, counted), else kind."""
    return "count" if unit and glossed(tokens, k - 1) else kind


def _naming(tokens: list[Token], i: int, k: int, text: str, core: Numeral, unit):
    """The unit and the index after it, or None where the number names, rather than counts."""
    if unit == "해" and _year_named(tokens, i, text):
        return None  # 지난 한 해, 작년 한해: the year those words name, no count of years
    if unit and _compound(tokens, k, text):
        if not _year_apart(tokens, i, core):
            return None  # 3점슛, 2루타: a number inside a compound noun names a thing
        return None, core.next  # 2024 프로야구: a year written apart, before a name's compound
    return unit, k


def _year_named(tokens: list[Token], i: int, text: str) -> bool:
    """The word before the numeral names a year (role ``year word`` of data/words.tsv: 작년, 지난)."""
    before = text[: tokens[i].start].split()
    return bool(before) and before.pop() in words("year word")


def _year_apart(tokens: list[Token], i: int, core: Numeral) -> bool:
    """A four-digit year alone in its token, a space before the word after it (2024 프로야구)."""
    return (
        core.next == i + 1
        and core.next < len(tokens)
        and re.fullmatch(r"(19|20)\d\d", tokens[i].form) is not None
        and not glued(tokens[i], tokens[core.next])
    )


def _compound(tokens: list[Token], k: int, text: str) -> bool:
    """A noun glued after the counter that is no word of the tables: 3점슛, 2루타; but not in a
    title run together, whose glued word holds another number before (14경기서30골폭발)."""
    at = tokens[k - 1].start
    word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 : at]
    return (
        not _TITLE_RUN.search(word)
        and tokens[k - 1].tag in ("NNB", "NNG")
        and k < len(tokens)
        and glued(tokens[k - 1], tokens[k])
        and tokens[k].tag == "NNG"
        and not known(tokens[k].form)
        and tokens[k].form != "서"  # 796곳서: the particle (에)서, which Kiwi reads as a noun
        and (tokens[k - 1].form, tokens[k].form) != ("시", "반")  # 2시반: half past two
    )
