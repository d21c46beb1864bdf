"""The numeral at a token: digits and powers (2만 7606), native numbers (두, 둘째), native day
counts (이틀), and what Kiwi reads as one serial token (10:30, 0-2, 2/3)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numerals import (
    BIG_POWERS,
    NATIVE_NUMERALS,
    NATIVE_TENS,
    NATIVE_UNITS,
    SMALL_POWERS,
    NumeralError,
    parse_number,
)
from .counters import is_counter
from .records import NAME_TAGS, Numeral, Token, When, glued, near, serial_at
from .words import day_after, day_pattern, latin_units, symbol_units, words

_POWER_WORDS = re.compile(f"[{''.join(SMALL_POWERS)}]?[{''.join(BIG_POWERS)}]?")
_NATIVE = re.compile(f"(?:{'|'.join(NATIVE_TENS)})?(?:{'|'.join(NATIVE_UNITS)})?")
_ORDINAL_NATIVE = {**NATIVE_NUMERALS, "첫": 1}
_CLOCK = re.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d{2})")
_SCORE = re.compile(r"(?P<side>\d{1,3})-(?P<other>\d{1,3})")
# A date as a caption or a listing stamps it, dotted or dashed: 2021.3.5, 2018.12.07., 2024-11-23, and as
# press releases space it: 2020. 11. 24.
# A season across two years, as leagues name it: 2022/23 (the season of 2022 and 2023).
_SEASON = re.compile(r"(?P<year>(?:19|20)\d\d)/(?P<next>\d\d)")
_STAMP = re.compile(
    r"(?P<year>(?:19|20)\d\d)(?P<mark>\. ?|-)(?P<month>\d{1,2})(?P=mark)(?P<day>\d{1,2})\.?"
)
# A month and day as press releases write them, closing dot included (10. 20., 10.20.).
_MONTH_DAY_STAMP = re.compile(r"(?P<month>\d{1,2})\. ?(?P<day>\d{1,2})\.")
# A verbless stat line's decimal with the line's full stop (평균자책점은 3.71.), which Kiwi reads as one serial.
_STAT_END = re.compile(r"(?P<number>\d{1,3}\.\d+)\.")
_FRACTION = re.compile(r"(?P<top>\d{1,2})/(?P<bottom>\d{1,3})")
# Fraction glyphs glued after a whole number: 5⅓이닝 (innings pitched) is 5 and a third.
_GLYPHS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4)}
# Digits opening with 0 and four or more long are a code (a stock's 005930, a postcode's 04524), not a quantity.
_CODE = re.compile(r"0\d{3,}")
# Python refuses to print ints of more than 4300 digits (sys.get_int_max_str_digits): keep values below.
_PRINTABLE_BITS = int(4300 * 3.3219)


def exact(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def power(token: Token) -> int:
    """The power of ten a numeral's last token stands for (만 in 4만, 천만 in 4천만), else 1."""
    if token.tag != "NR" or not (token.form and _POWER_WORDS.fullmatch(token.form)):
        return 1
    return parse_number(token.form)


def numeral(tokens: list[Token], i: int, text: str) -> Numeral | None:
    """The numeral at token i, or None."""
    token = tokens[i]
    if token.tag == "W_SERIAL":
        return _serial(tokens, i)
    if (day := _day(tokens, i, text)) is not None:
        return day
    if token.tag == "MM" and (token.form in NATIVE_NUMERALS or token.form == "첫"):
        # 두 곳, and glued to its counter: 두달간, 세차례, 한달.
        if i + 1 < len(tokens) and (not glued(token, tokens[i + 1]) or _native_count(tokens, i)):
            return Numeral(NATIVE_NUMERALS.get(token.form, 1), i + 1, native=True)
        return None
    if token.tag not in ("SN", "NR") or _CODE.fullmatch(token.form):
        return None
    if token.tag == "NR" and token.form.endswith("째") and token.form[:-1] in _ORDINAL_NATIVE:
        return Numeral(
            _ORDINAL_NATIVE[token.form[:-1]], i + 1, unit="째"
        )  # 둘째, 넷째 (Kiwi: one NR)
    found = _digits(tokens, i, text)
    if found is None or found.flag:
        return found
    if _in_name(tokens, found.next):
        return None  # 5G, 3D: digits inside a name
    if isinstance(found.value, int) and found.value.bit_length() > _PRINTABLE_BITS:
        # Python will not print it: no writer could show the value
        return Numeral(None, found.next, flag="too long")
    native = token.tag == "NR" and _NATIVE.fullmatch(token.form) is not None
    return _glyph(tokens, found)._replace(native=native)


def _native_count(tokens: list[Token], i: int) -> bool:
    """A native numeral glued to a counter (세차례, 한달), not a noun Kiwi splits so (한기, cold air)."""
    counter = tokens[i + 1]
    return is_counter(counter) and tokens[i].form + counter.form not in words("native noun")


def _glyph(tokens: list[Token], found: Numeral) -> Numeral:
    """The numeral with a fraction glyph glued after it added (5⅓: 5.333...)."""
    k = found.next
    if not (
        isinstance(found.value, int)
        and k < len(tokens)
        and tokens[k].form in _GLYPHS
        and glued(tokens[k - 1], tokens[k])
    ):
        return found
    top, bottom = _GLYPHS[tokens[k].form]
    return found._replace(value=float(found.value + Decimal(top) / Decimal(bottom)), next=k + 1)


def _digits(tokens: list[Token], i: int, text: str) -> Numeral | None:
    """The longest run of SN and NR tokens from i that reads as one numeral (glued, or one space
    after a power of ten: 2만 7606); flagged malformed when glued tokens read as none (5757억8300억)."""
    best, k, hedged = None, i, False
    while k < len(tokens) and tokens[k].tag in ("SN", "NR"):
        apart = k > i and not glued(tokens[k - 1], tokens[k])
        if apart and not (tokens[k - 1].tag == "NR" and near(tokens[k - 1], tokens[k], text)):
            break
        written = text[tokens[i].start : tokens[k].end]
        try:
            best = Numeral(
                parse_number(written.replace("여", "") if hedged else written),
                k + 1,
                approximate=hedged,
            )
        except NumeralError:
            if best is not None and not apart and tokens[k].form == tokens[k - 1].form:
                return best._replace(next=k + 1)  # 1904억억원: a doubled power, a writer's slip
            if k > i and not apart:  # 5757억8300억, 2천5000: glued, but not one numeral
                while (
                    k < len(tokens)
                    and tokens[k].tag in ("SN", "NR")
                    and glued(tokens[k - 1], tokens[k])
                ):
                    k += 1
                return Numeral(None, k, flag="malformed")
            break
        k += 1
        if _hedged_inside(tokens, k):
            hedged, k = True, k + 1
    return best


def _hedged_inside(tokens: list[Token], k: int) -> bool:
    """여 glued between digits and a power of ten: 21억4000여만원 is about 2,140,000,000 won."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].tag == "XSN"
        and tokens[k].form == "여"
        and tokens[k - 1].tag == "SN"
        and glued(tokens[k - 1], tokens[k])
        and glued(tokens[k], tokens[k + 1])
        and power(tokens[k + 1]) > 1
    )


def _in_name(tokens: list[Token], k: int) -> bool:
    """Digits glued to Latin letters that are no unit: 5G, 3D; or to plus signs and a letter, a grade's
    code (1++A, 1+B: beef and pork carcass grades)."""
    if k >= len(tokens) or tokens[k - 1].tag != "SN" or not glued(tokens[k - 1], tokens[k]):
        return False
    if set(tokens[k].form) == {"+"} and k + 1 < len(tokens) and glued(tokens[k], tokens[k + 1]):
        k += 1  # 1++A: the letter after the plus signs
    return tokens[k].tag == "SL" and tokens[k].form not in latin_units()


def _serial(tokens: list[Token], i: int) -> Numeral | None:
    """What Kiwi reads as one serial token: a clock (10:30), a date (2021.3.5), a season (2022/23), a
    score (0-2로), a range glued to its counter (12-15라운드) or a fraction (2/3)."""
    form, after = tokens[i].form, tokens[i + 1] if i + 1 < len(tokens) else None
    if _CLOCK.fullmatch(form) or _SEASON.fullmatch(form) or _STAMP.fullmatch(form):
        when = _moment(form)
        return None if when is None else Numeral(None, i + 1, when=when)
    if score := _SCORE.fullmatch(form):
        side, other = int(score["side"]), int(score["other"])
        if _scored(tokens, i, after) or _a_set(tokens, i):
            return Numeral(side, i + 1, kind="score", against=other)
        if side < other and after is not None and glued(tokens[i], after) and _unit(after):
            return Numeral(side, i + 1, upper=other)  # 12-15라운드, 3-4%: rounds 12 to 15
    if (day := _bracketed_day(tokens, i)) is not None:
        return Numeral(None, i + 1, unit="일", when=day)  # 문화의 날(10. 20.)
    if stat := _STAT_END.fullmatch(form):
        return Numeral(exact(Decimal(stat["number"])), i + 1)
    fraction = _FRACTION.fullmatch(form)
    if fraction is None:
        return None
    top, bottom = int(fraction["top"]), int(fraction["bottom"])
    if (
        fraction["bottom"] == "4"
        and 1 <= top <= 4
        and after is not None
        and after.form == "분기"
        and glued(tokens[i], after)
    ):
        return Numeral(top, i + 1)  # 2/4분기: the second quarter, as older news writes it
    if 0 < top < bottom and not (after is not None and after.form == "("):
        return Numeral(float(Decimal(top) / Decimal(bottom)), i + 1, unit="/", kind="ratio")
    return None


def _bracketed_day(tokens: list[Token], i: int) -> When | None:
    """A dotted month and day with its closing dot alone in brackets ((10. 20.), (10.20.)): a date, not a
    decimal with a full stop."""
    found = _MONTH_DAY_STAMP.fullmatch(tokens[i].form)
    alone = 0 < i < len(tokens) - 1 and tokens[i - 1].form == "(" and tokens[i + 1].form == ")"
    if found is None or not alone:
        return None
    month, day = int(found["month"]), int(found["day"])
    return When(month=month, day=day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _moment(form: str) -> When | None:
    """The clock, season or stamped date a serial token writes, None where its parts are no calendar's."""
    if clock := _CLOCK.fullmatch(form):
        hour, minute = int(clock["hour"]), int(clock["minute"])
        return When(hour=hour, minute=minute) if hour <= 24 and minute < 60 else None
    if season := _SEASON.fullmatch(form):
        year = int(season["year"])
        return When(year=year) if (year + 1) % 100 == int(season["next"]) else None
    stamp = _STAMP.fullmatch(form)
    month, day = int(stamp["month"]), int(stamp["day"])
    return (
        When(year=int(stamp["year"]), month=month, day=day)
        if 1 <= month <= 12 and 1 <= day <= 31
        else None
    )


def _scored(tokens: list[Token], i: int, after: Token | None) -> bool:
    """N-M is a score before a particle glued to it (0-2로) or its sets in brackets (3-1(25-23)), a
    word of role score (3-1 승리) or the winner's name a space apart (4-3 가람의 승리)."""
    return after is not None and (
        (after.tag.startswith("J") and glued(tokens[i], after))
        or (after.form == "(" and glued(tokens[i], after))  # 3-1(25-23 ...): its sets in brackets
        or after.form in words("score")
        or (after.tag == "NNP" and not glued(tokens[i], after))
    )


def _unit(token: Token) -> bool:
    """A counter (명, 라운드) or a symbol of a unit (%) that may follow a number."""
    return is_counter(token) or (token.tag == "SW" and token.form in symbol_units())


def _a_set(tokens: list[Token], i: int) -> bool:
    """N-M in brackets after a score, each a set's or a period's: 3-1(25-23 22-25), 3-1(25-21, 27-29)."""
    k = i - 1
    while k >= 0 and (
        tokens[k].form == "," or _SCORE.fullmatch(tokens[k].form) and tokens[k].tag == "W_SERIAL"
    ):
        k -= 1
    return serial_at(tokens, k, "(", _SCORE)


def _day(tokens: list[Token], i: int, text: str) -> Numeral | None:
    """A native count of days (이틀, 사흘간, 열흘 만에) or weeks (일주일, one 주일 as 1주일 reads); Kiwi
    splits some (이레: 이 + 레, 일주일: 일 + 주일 or one noun), so read the text."""
    match = day_pattern().match(text, tokens[i].start)
    if match is None or (
        i > 0 and glued(tokens[i - 1], tokens[i]) and tokens[i - 1].tag in NAME_TAGS
    ):
        return None
    if match["day"] in words("loose day") and not day_after().match(text, match.end("day")):
        return None  # 하루 평균: per day
    for end in (
        match.end(),
        match.end("day"),
    ):  # the word must end where a token ends: not 하루하루
        for k in range(i, min(i + 3, len(tokens))):
            if tokens[k].end == end:
                unit, count = (
                    ("일", words("day")[match["day"]])
                    if match["day"] in words("day")
                    else ("주일", words("week")[match["day"]])
                )
                return Numeral(int(count), k + 1, unit=unit, during=True)
    return None
