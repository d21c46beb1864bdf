"""Korean numerals to numbers: digits, Sino-Korean and native words, and powers of ten.

``parse_number`` reads one numeral as it is written in news text: ``2만 7606``,
``8만5000``, ``1조 2천억``, ``1,234``, ``3.5``, ``이천십구``, ``두``, ``스물다섯``. Arithmetic is
exact (Decimal), so ``1.1만`` is 11000, not 11000.000000000002.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

__all__ = ["NumeralError", "NATIVE_NUMERALS", "parse_number"]

SINO_DIGITS = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}
# Native numbers; the short forms (한, 두, 세, 석, 네, 넉 ...) are the ones that stand before a counter.
NATIVE_UNITS = {
    "하나": 1,
    "한": 1,
    "둘": 2,
    "두": 2,
    "셋": 3,
    "세": 3,
    "석": 3,
    "서": 3,
    "넷": 4,
    "네": 4,
    "넉": 4,
    "너": 4,
    "다섯": 5,
    "닷": 5,
    "여섯": 6,
    "엿": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}
NATIVE_TENS = {
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
NATIVE_NUMERALS = {**NATIVE_UNITS, **NATIVE_TENS}
SMALL_POWERS = {"십": 10, "백": 100, "천": 1000}
BIG_POWERS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}

_WORDS = {
    **{w: ("digit", v) for w, v in SINO_DIGITS.items()},
    **{w: ("unit", v) for w, v in NATIVE_UNITS.items()},
    **{w: ("tens", v) for w, v in NATIVE_TENS.items()},
    **{w: ("small", v) for w, v in SMALL_POWERS.items()},
    **{w: ("big", v) for w, v in BIG_POWERS.items()},
}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Longest words first, so 일곱 wins over 일 and 서른 over 서.
_TOKEN = re.compile(
    rf"(?P<digits>{_DIGITS})|(?P<word>{'|'.join(sorted(_WORDS, key=len, reverse=True))})|(?P<space>\s+)"
)
_INFINITY = Decimal("Infinity")


class NumeralError(ValueError):
    """The text is not one Korean numeral."""


def parse_number(text: str) -> int | float:
    """The value of one numeral: an int when whole, else a float.

    Digits may carry thousands commas (``1,234``, groups of three) and a decimal point;
    powers of ten (십 백 천, 만 억 조 경) multiply what precedes them (``2천``, ``3.5억``) or
    stand for one of themselves (``만``); what follows the last big power must be smaller
    than it (``2만 7606``, not ``2만 17606``). Native numbers combine tens and units
    (``스물다섯``) but take no powers. Spaces are ignored; a leading ``-`` or ``마이너스``
    negates. Anything else raises :class:`NumeralError`. Numbers of any length stay exact: a
    numeral of 400 digits is that int (too large for a float; :func:`kornews.figures` leaves its
    ``number`` missing).
    """
    # Decimal rounds to 28 digits by default; give every digit written, and the powers, room.
    with localcontext() as context:
        context.prec = 2 * len(text) + 40
        return _parse(text)


def _parse(text: str) -> int | float:
    stripped = text.strip()
    sign = 1
    for minus in ("-", "−", "마이너스"):
        if stripped.startswith(minus):
            sign, stripped = -1, stripped[len(minus) :]
            break
    tokens = _tokens(stripped, text)
    total, section, current, current_kind = Decimal(0), Decimal(0), None, None
    last_big, last_small = _INFINITY, _INFINITY
    for kind, value in tokens:
        if kind in ("number", "digit", "unit", "tens"):
            if current is not None:
                if not (current_kind == "tens" and kind == "unit"):
                    raise NumeralError(f"not one numeral: {text!r}")
                current, current_kind = current + value, "native"
                continue
            if value >= last_small:
                raise NumeralError(f"numeral out of order: {text!r}")
            current, current_kind = value, kind
        elif kind == "small":
            if value >= last_small or current_kind in ("unit", "tens", "native"):
                raise NumeralError(f"numeral out of order: {text!r}")
            section += (1 if current is None else current) * value
            last_small, current, current_kind = value, None, None
        else:  # big power
            if value >= last_big or current_kind in ("unit", "tens", "native"):
                raise NumeralError(f"numeral out of order: {text!r}")
            multiplier = section + (current or 0)
            total += value * (1 if current is None and section == 0 else multiplier)
            last_big, last_small, section, current, current_kind = (
                value,
                _INFINITY,
                Decimal(0),
                None,
                None,
            )
    rest = section + (current or 0)
    if rest >= last_big:
        raise NumeralError(f"numeral out of order: {text!r}")
    return _plain(sign * (total + rest))


def _tokens(numeral: str, text: str) -> list[tuple[str, Decimal]]:
    tokens, position = [], 0
    while position < len(numeral):
        match = _TOKEN.match(numeral, position)
        if not match:
            raise NumeralError(f"not a numeral: {text!r}")
        position = match.end()
        if match["digits"]:
            try:
                tokens.append(("number", Decimal(match["digits"].replace(",", ""))))
            except InvalidOperation:  # pragma: no cover - the pattern admits only valid digits
                raise NumeralError(f"not a numeral: {text!r}") from None
        elif match["word"]:
            kind, value = _WORDS[match["word"]]
            tokens.append((kind, Decimal(value)))
    if not tokens:
        raise NumeralError(f"not a numeral: {text!r}")
    return tokens


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
