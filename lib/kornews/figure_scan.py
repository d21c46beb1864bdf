"""Reading figures out of one sentence's tokens: the engine under :func:`kornews.figures`.

The rules are listed in :mod:`kornews.figures`. The knowledge that grows by the row (units and
counters, native day words, signs and arrows, hedges, parts of a month, bounds, change words,
the nouns that make N대 an age, an office or a count, N호 a count of homes, and the relations no
measure may be) is in ``data/units.tsv`` and ``data/words.tsv``, read on first use.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from .numerals import (
    BIG_POWERS,
    NATIVE_NUMERALS,
    NATIVE_TENS,
    NATIVE_UNITS,
    SMALL_POWERS,
    NumeralError,
    parse_number,
)
from .tables import table

_NOT_COUNTERS = {"만", "것", "수", "데", "바", "지", "뿐", "때문", "듯", "중", "따름", "즈음"}
_DATE_PARTS = {"년": 0, "년도": 0, "월": 1, "일": 2, "시": 3, "분": 4, "초": 5}
_MERIDIEM = {"오전": 0, "새벽": 0, "아침": 0, "오후": 12, "저녁": 12}
_RANGE_MARKS = {"~", "∼", "〜"}
_POWER_WORDS = re.compile(f"[{''.join(SMALL_POWERS)}]?[{''.join(BIG_POWERS)}]?")
_NOUN_TAGS = {"NNG", "NNP", "SL", "SH", "XPN", "XSN"}
_NAME_TAGS = {"NNG", "NNP", "SL", "SH", "SO"}
_TOPIC_MARKS = {"JX", "JKS"}
# A topic like 현재 제로페이 가맹점 names the measure without its time word.
_TIME_WORDS = {
    "현재",
    "올해",
    "지난해",
    "작년",
    "내년",
    "최근",
    "이날",
    "당시",
    "지금",
    "오늘",
    "이번",
    "그동안",
    "지난",
}
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_SCORE = re.compile(r"(\d{1,3})-(\d{1,3})")
_FRACTION = re.compile(r"(\d{1,2})/(\d{1,3})")
# Digits opening with 0 and four or more long are a code (a stock's 005930, a postcode's 04524), not a quantity.
_CODE = re.compile(r"0\d{3,}")
# N선 from here up is an index's or a price's level (2,600선, 800선); below, terms in office (3선 의원).
_LEVEL_FROM = 100
_APOSTROPHES = "'’‘"
# Python refuses to print ints of more than 4300 digits (sys.get_int_max_str_digits): keep values below.
_PRINTABLE_BITS = int(4300 * 3.3219)
_NATIVE = re.compile(f"(?:{'|'.join(NATIVE_TENS)})?(?:{'|'.join(NATIVE_UNITS)})?")
# 하루 and 이레 are days only before these (하루 평균 is "per day", 이레 a name); the other day words always are.
_LOOSE_DAYS = {"하루", "이레"}
_DAY_AFTER = re.compile(
    r"\s*(?:째|간|만|동안|사이|이상|이내|연속|전|뒤|후|내내|남짓|가량|정도|쯤|새|넘게)"
)
# What may stand between a rate's base and its figure: 1인당 평균 소득은 3만달러.
_RATE_GAP_TAGS = {"NNG", "NNP", "SL", "XSN", "MAG", "JKG", "JX", "JKS"}


@cache
def _units() -> dict[str, tuple[str, str]]:
    """Unit as Kiwi gives it -> (unit reported, kind), from data/units.tsv."""
    return {row.form: (row.unit, row.kind) for row in table("units.tsv")}


@cache
def _words() -> dict[str, dict[str, str]]:
    """Role -> {word: value}, from data/words.tsv (day words, signs, hedges, change words ...)."""
    words: dict[str, dict[str, str]] = {}
    for row in table("words.tsv"):
        words.setdefault(row.role, {})[row.word] = row.value
    return words


@cache
def _unit_forms() -> tuple[set, set, set]:
    """(counters with Hangul, Latin units, symbol units): Kiwi tags them NNG/NNB, SL and SW."""
    forms = _units()  # Kiwi may give %포인트 as one NNG
    return (
        {f for f in forms if re.search(r"[가-힣]", f)},
        {f for f in forms if re.fullmatch(r"[A-Za-z]+", f)},
        {f for f in forms if not re.search(r"[가-힣A-Za-z]", f)},
    )


@cache
def _day_pattern() -> re.Pattern:
    days = sorted(_words()["day"], key=len, reverse=True)
    return re.compile(f"({'|'.join(days)})(간)?")


@cache
def _unit_kinds() -> dict[str, str]:
    """Unit reported -> kind (%p -> percent)."""
    return {reported: kind for reported, kind in _units().values()}


def _unit_kind(unit: str | None) -> str | None:
    return _unit_kinds().get(unit)


class Token(NamedTuple):
    start: int
    end: int
    form: str
    tag: str


class Figure(NamedTuple):
    first: int  # token index range [first, last) in the sentence
    last: int
    start: int
    end: int
    value: object
    upper: object
    unit: str | None
    kind: str
    approximate: bool
    parts: dict | None  # date/time components (year, month, ...) for merging
    change: str | None = None
    bound: str | None = None
    margin: bool = False
    per: str | None = None
    against: object = None
    flag: str | None = None
    base: bool = False  # 1인당, 3.3㎡당: the base of a rate, folded into the figure after it


class _Core(NamedTuple):
    """A numeral read at a token: its value, the index after it, and what the numeral itself says."""

    value: object
    next: int
    native: bool = False
    unit: str | None = None  # a numeral with its unit inside: 이틀 (days), 2/3
    kind: str | None = None  # score, ratio
    during: bool = False  # 사흘간
    against: object = None  # the other side of a score: 0-2
    flag: str | None = None  # malformed: 5757억8300억


def scan(tokens: list[Token], text: str) -> list[Figure]:
    found, i = [], 0
    while i < len(tokens):
        figure = _match(tokens, i, text)
        if figure is None:
            i += 1
        else:
            found.append(figure)
            i = figure.last
    return _rates(found, tokens, text)


def _rates(found: list[Figure], tokens: list[Token], text: str) -> list[Figure]:
    """A rate's base (1인당, 3.3㎡당) goes into ``per`` of the figure after it in the clause; written
    right before it (3.3㎡당 4000만원) the two are one row. A base with no figure after it stays a row."""
    out: list[Figure] = []
    for figure in found:
        base = out[-1] if out and out[-1].base else None
        gap = tokens[base.last : figure.first] if base is not None else None
        if base is not None and len(gap) <= 5 and all(t.tag in _RATE_GAP_TAGS for t in gap):
            spans = {"first": base.first, "start": base.start} if not gap else {}
            out[-1] = figure._replace(
                per=text[base.start : base.end - 1], **spans
            )  # per: the base without 당
        else:
            out.append(figure)
    return [figure._replace(base=False) for figure in out]


def _glued(a: Token, b: Token) -> bool:
    return a.end >= b.start


def _near(a: Token, b: Token, text: str) -> bool:
    """b follows a directly or after spaces."""
    return a.end >= b.start or not text[a.end : b.start].strip()


class _Marks(NamedTuple):
    """What the marks and words before a number say."""

    at: int  # the numeral's first token
    approximate: bool = False  # 약, 대략
    ordinal: bool = False  # 제
    meridiem: int | None = None  # 오전, 오후: hours to add
    meridiem_at: int | None = None
    sign: int = 1  # -, 마이너스, △, ▼
    change: str | None = None  # ▲, ▼, △
    margin: bool = False  # ±
    currency: str | None = None  # $, ₩


class _Tail(NamedTuple):
    """What the words after a number and its counter say."""

    next: int
    unit: str | None
    approximate: bool
    during: bool
    bound: str | None
    base: bool  # ends in 당: the base of a rate
    change: str | None  # an arrow glued after it: 12.6%↓


def _match(tokens: list[Token], i: int, text: str) -> Figure | None:
    """The figure starting at token i, or None."""
    first, marks = i, _marks(tokens, i, text)
    i = marks.at
    if (
        i > 0
        and _glued(tokens[i - 1], tokens[i])
        and (
            first == i
            and (tokens[i - 1].tag in _NAME_TAGS or tokens[i - 1].form in ("수", "몇"))
            or tokens[i - 1].tag in ("SN", "NR")  # inside a numeral that did not read as one
        )
    ):
        return None  # 코로나19, K-9, 수백만: a name or a vague number
    core = _core(tokens, i, text)
    if core is None:
        return None
    value, k, native, kind, numeral = (
        core.value,
        core.next,
        core.native,
        core.kind,
        text[tokens[i].start : tokens[i].end],
    )
    if isinstance(value, tuple):  # a clock time (10:30)
        hour, minute = value
        return Figure(
            first,
            k,
            tokens[first].start,
            tokens[k - 1].end,
            None,
            None,
            None,
            "time",
            marks.approximate,
            {3: _hour(hour, marks.meridiem), 4: minute},
        )
    approximate, numeral_end, upper, against = marks.approximate, k, None, core.against
    if (
        k < len(tokens)
        and tokens[k].tag == "XSN"
        and tokens[k].form == "여"
        and _glued(tokens[k - 1], tokens[k])
    ):
        approximate, k = True, k + 1
    unit, k = (core.unit, k) if core.unit else _counter(tokens, k, text, native)
    if (
        unit
        and tokens[k - 1].tag in ("NNB", "NNG")
        and k < len(tokens)
        and _glued(tokens[k - 1], tokens[k])
        and tokens[k].tag == "NNG"
        and not _known(tokens[k].form)
    ):
        return None  # 3점슛, 2루타: a number inside a compound noun names a thing
    if unit is None and (quarter := _old_quarter(tokens, k, value)) is not None:
        unit, k = "분기", quarter
    unit = unit or marks.currency or _shared_counter(tokens, k, text)
    # 0분의 1 divides by zero: no ratio, and the 0 stays a plain figure.
    if (
        unit is None
        and kind is None
        and value
        and (fraction := _fraction(tokens, k, text)) is not None
    ):
        numerator, k = fraction
        value, unit, kind = (
            _exact(Decimal(str(numerator)) / Decimal(str(value))),
            "분의",
            "ratio",
        )  # 3분의 1
    if kind is None and value is not None:
        value, upper, unit, k = _range(tokens, k, text, value, unit, numeral_end)
    if (
        unit == "대"
        and not marks.ordinal
        and kind is None
        and (other := _other_side(tokens, k, text)) is not None
    ):
        (against, k), kind = other, "score"  # 3대 1로
    if (
        native
        and unit is None
        and (
            numeral == "한"
            or not (
                k < len(tokens)
                and tokens[k].tag in ("NNG", "NNB")
                and not _glued(tokens[k - 1], tokens[k])
            )
        )
    ):
        return None  # a native numeral counts a noun after it (두 사람); 한 only with a counter (한 상인은: a merchant)
    tail = _tail(tokens, k, text, unit, core.during)
    unit, k = tail.unit, tail.next
    if numeral == "첫" and not (unit or "").endswith("째"):
        return None  # 첫 is a figure only as 첫 번째 / 첫째
    if (
        unit == "년"
        and not tail.during
        and value is not None
        and value < 100
        and text[tokens[i].start - 1 : tokens[i].start] in _APOSTROPHES
    ):
        value = _century(value)  # '20년
    kind, upper, ordinal = _in_context(tokens, first, k, value, upper, unit, kind, marks.ordinal)
    # 3박 4일: the days of a stay, not the 4th
    during = tail.during or (
        unit == "일"
        and first > 1
        and tokens[first - 1].form == "박"
        and tokens[first - 2].tag == "SN"
    )
    sign = {"decrease": -1, "increase": 1}.get(tail.change, marks.sign)
    if sign < 0 and value is not None:
        value, upper = -value, (-upper if upper is not None else None)
    end = max(t.end for t in tokens[first:k])
    kind, parts = (
        (kind, None) if kind else _classify(value, upper, unit, ordinal, during, native, numeral)
    )
    if parts is not None and 3 in parts:
        parts[3] = _hour(parts[3], marks.meridiem)
    elif marks.meridiem is not None:  # 오전 was a word of its own, not part of this figure
        first = marks.meridiem_at + 1
    return Figure(
        first,
        k,
        tokens[first].start,
        end,
        value,
        upper,
        unit,
        kind,
        approximate or tail.approximate,
        parts,
        marks.change or tail.change or _change(tokens, k, text),
        tail.bound,
        marks.margin,
        None,
        against,
        core.flag,
        tail.base,
    )


def _marks(tokens: list[Token], i: int, text: str) -> _Marks:
    """The marks and words before the number at or after token i: 약, 제, 오전, 만 (full years), signs,
    arrows, ±, $."""
    words, marks = _words(), {}
    while i + 1 < len(tokens) and _near(tokens[i], tokens[i + 1], text):
        token, after = tokens[i], tokens[i + 1]
        glued, digits = _glued(token, after), after.tag == "SN"
        # A mark glued to a word before it is part of a name (K-9); after a bracket it signs: (-9만3천명).
        loose = (
            i == 0
            or not _glued(tokens[i - 1], token)
            or tokens[i - 1].tag not in _NAME_TAGS | {"SN", "NR"}
        )
        if token.form in ("약", "대략") and token.tag in ("MM", "MAG"):
            marks["approximate"] = True
        elif token.form == "제" and token.tag == "XPN" and (glued or digits):
            marks["ordinal"] = True  # 제2, and 제 243회 with a space
        elif token.form in _MERIDIEM and token.tag == "NNG" and "meridiem" not in marks:
            marks["meridiem"], marks["meridiem_at"] = _MERIDIEM[token.form], i
        elif token.form == "만" and token.tag == "MM" and digits and not glued:
            pass  # 만 19세: in full years, part of the figure
        elif loose and digits and token.form in words["sign"] and (glued or token.tag == "NNG"):
            marks["sign"] = int(words["sign"][token.form])
        elif loose and digits and token.form in words["arrow"]:
            marks["change"] = words["arrow"][token.form]
            marks["sign"] = (
                -1 if marks["change"] == "decrease" else 1
            )  # △ and ▼ say less: the value is negative
        elif loose and digits and token.form in words["margin"]:
            marks["margin"] = True
        elif (
            loose
            and digits
            and glued
            and token.tag == "SW"
            and _units().get(token.form, ("", ""))[1] == "money"
        ):
            marks["currency"] = _units()[token.form][0]  # $1.5
        else:
            break
        i += 1
    return _Marks(i, **marks)


def _tail(tokens: list[Token], k: int, text: str, unit: str | None, during: bool) -> _Tail:
    """The words after a number and its counter from token k: 간, 째, hedges, parts of a month, bounds, 당."""
    words, approximate, bound, base, decade, change = _words(), False, None, False, False, None
    while k < len(tokens) and _near(tokens[k - 1], tokens[k], text):
        form, tag, glued = tokens[k].form, tokens[k].tag, _glued(tokens[k - 1], tokens[k])
        if form == "간" and tag in ("XSN", "NNG") and glued:
            during = True
        elif form == "째" and tag == "XSN":
            unit = (unit or "") + form
        elif form in words["hedge"] and tag in ("XSN", "NNG", "NNB"):
            approximate = True
        elif form == "대" and tag in ("XSN", "NNB", "NNG") and glued and unit and unit != "대":
            approximate, decade = True, True  # 1조원대, 8%대: in the trillions, in the eights
        elif (
            form in words["part"]
            and tag in ("NNG", "NNB")
            and (unit in ("년", "년도", "월", "대") or decade)
            and not during
        ):
            approximate = True  # 3월 중순, 6월 말, 2020년 상반기, 30대 초반: a part of the month, year or decade
        elif form in words["bound"] and tag == "NNG" and not glued:
            bound = words["bound"][form]
        elif form in words["arrow"] and tag == "SW" and glued:
            change = words["arrow"][form]  # 12.6%↓, as tables of trade write it
        elif (
            form == "가깝"
            and tag.startswith("VA")
            and k + 1 < len(tokens)
            and tokens[k + 1].tag == "ETM"
        ):
            approximate, k = True, k + 1
        elif form == "가까이" and tag == "MAG":
            approximate = True
        elif form == "당" and tag == "XSN" and glued:
            base, k = True, k + 1
            break
        else:
            break
        k += 1
    if (
        unit in _DATE_PARTS
        and k < len(tokens)
        and tokens[k].form in ("만", "동안")
        and tokens[k].tag in ("NNB", "NNG")
    ):
        during = True  # 20년 만에: twenty years, not the year 20
    return _Tail(k, unit, approximate, during, bound, base, change)


def _in_context(tokens, first, k, value, upper, unit, kind, ordinal):
    """(kind, upper, ordinal) as the words around the figure settle them: 21대 국회, 30대, A(54)씨, 시속, 후반."""
    words = _words()
    before = tokens[first - 1].form if first > 0 else None
    if unit == "대" and k < len(tokens) and tokens[k].form in words["office"]:
        ordinal = True  # 21대 국회, 14대 총선: the 21st, not 21 of them
    if before in words["half"] and unit == "분":
        ordinal = True  # 후반 38분: the 38th minute of the second half
    if kind is None and unit == "대" and not ordinal and _age_group(tokens, first, k, value):
        kind, upper = "age", (upper if upper is not None else value) + 9  # 30대: 30 to 39
    elif kind is None and unit is None and _age_in_parentheses(tokens, first, k, value):
        kind = "age"  # A(54)씨: a person's age, as news writes it after a name
    elif kind is None and unit == "기" and before in words["machine"]:
        kind = "count"  # 터빈 80기: eighty turbines, not the 80th term (5기 위원회)
    elif kind is None and unit == "호" and not ordinal and _homes(tokens, value):
        kind = "count"  # 주택 2만호: twenty thousand homes, not the 20000th (태풍 9호, 1호 확진자)
    elif kind is None and before in words["speed"] and unit is not None:
        kind = "speed"  # 시속 100㎞
    return kind, upper, ordinal


def _exact(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _range(tokens, k, text, value, unit, numeral_end):
    """(value, upper, unit, next index) of a range ``10~20%`` starting at token k; upper None when there is none."""
    if not (k < len(tokens) and tokens[k].form in _RANGE_MARKS and k + 1 < len(tokens)):
        return value, None, unit, k
    second = _core(tokens, k + 1, text)
    if second is None or not isinstance(second.value, (int, float)) or second.kind:
        return value, None, unit, k
    second_unit, after = _counter(tokens, second.next, text, second.native)
    if not (unit is None or second_unit in (None, unit)):
        return value, None, unit, k
    # 3~4억, 1~2만명: the power written once, on the upper end, scales both ends.
    scale = _power(tokens[second.next - 1]) // _power(tokens[numeral_end - 1])  # 3천~4천만: 만
    if scale > 1 and value * scale <= second.value:
        value = _exact(Decimal(str(value)) * scale)  # exact: 1.1~2억 is 110000000
    return value, second.value, unit or second_unit, after


def _fraction(tokens, k, text):
    """(numerator, next index) after ``N분의``, else None."""
    if (
        k + 2 < len(tokens)
        and tokens[k].form == "분"
        and tokens[k].tag == "XSN"
        and tokens[k + 1].tag == "JKG"
        and _glued(tokens[k - 1], tokens[k])
        and _near(tokens[k + 1], tokens[k + 2], text)
    ):
        numerator = _core(tokens, k + 2, text)
        if (
            numerator is not None
            and isinstance(numerator.value, (int, float))
            and not numerator.native
        ):
            return numerator.value, numerator.next
    return None


def _other_side(tokens, k, text):
    """(other side, next index) of a score ``3대 1``: a bare number after 대, one space on."""
    if (
        k < len(tokens)
        and tokens[k].tag == "SN"
        and _near(tokens[k - 1], tokens[k], text)
        and not _glued(tokens[k - 1], tokens[k])
    ):
        other = _core(tokens, k, text)
        if (
            other is not None
            and isinstance(other.value, int)
            and _counter(tokens, other.next, text, False)[0] is None
        ):
            return other.value, other.next
    return None


def _age_group(tokens, first, k, value) -> bool:
    """30대 is an age group (30대 남성, 20대가, 이 가운데 30대는) unless it counts the things a noun before
    names (차량 30대가, 발급기 50대를; 국내 10대 그룹 ranks groups)."""
    if not (isinstance(value, int) and 10 <= value <= 90 and value % 10 == 0):
        return False
    words = _words()
    if k < len(tokens) and tokens[k].form in words["person"]:
        return True
    if first == 0:
        return True
    before = tokens[first - 1]
    # A person, a time (지난해 30대는) or a relation (이 가운데, 확진자 중) before it is no thing counted.
    return (
        before.tag not in ("NNG", "NNP", "SL", "SN", "NNB")
        or before.form in words["person"]
        or before.form in _TIME_WORDS
        or before.form in words["relation"]
    )


def _homes(tokens, value) -> bool:
    """N호 counts homes in a sentence on housing (주택, 아파트, 임대 ...) when N is a round hundreds
    (2만호, 5000호); a flat's number (1503호) and a first (1호) stay ordinals."""
    return (
        isinstance(value, int)
        and value >= 100
        and value % 100 == 0
        and any(token.form in _words()["housing"] for token in tokens)
    )


def _age_in_parentheses(tokens, first, k, value) -> bool:
    """홍길동(45)씨, A(54)씨: a bare number in brackets glued after a name."""
    return (
        isinstance(value, int)
        and 0 < value < 120
        and first > 1
        and k < len(tokens)
        and tokens[first - 1].form == "("
        and tokens[k].form == ")"
        and _glued(tokens[first - 1], tokens[first])
        and _glued(tokens[first - 2], tokens[first - 1])
        and tokens[first - 2].tag in ("NNP", "NP", "SL", "NNG")
    )


def _old_quarter(tokens, k, value) -> int | None:
    """The index after ``·4분기`` in ``1·4분기``, older news's first quarter (not quarters 1 and 4), else None."""
    if (
        isinstance(value, int)
        and 1 <= value <= 4
        and k + 2 < len(tokens)
        and [t.form for t in tokens[k : k + 3]] == ["·", "4", "분기"]
        and all(_glued(a, b) for a, b in zip(tokens[k - 1 : k + 2], tokens[k : k + 3]))
    ):
        return k + 3
    return None


def _shared_counter(tokens, k, text) -> str | None:
    """11·12호: a bare number listed before another takes that one's counter."""
    if (
        k + 1 < len(tokens)
        and tokens[k].form == "·"
        and _glued(tokens[k - 1], tokens[k])
        and _glued(tokens[k], tokens[k + 1])
        and (other := _core(tokens, k + 1, text)) is not None
    ):
        return _counter(tokens, other.next, text, other.native)[0]
    return None


def _known(form: str) -> bool:
    """A unit, a suffix or a word of data/words.tsv (증가, 이상, 말 ...): not the rest of a compound noun."""
    return (
        form in _units()
        or form in ("간", "째", "당")
        or any(form in words for words in _words().values())
    )


def _century(year: int) -> int:
    """A two-digit year ('20년, 90년대): 00-49 are 2000s, 50-99 the 1900s."""
    return year + (2000 if year < 50 else 1900)


def _change(tokens, k, text) -> str | None:
    """increase/decrease when a change word follows the figure (3.5% 증가, 10% 줄어든, 3%나 늘었다); a
    particle such as 로 between means the figure is the level reached (3%로 늘었다), not the change."""
    while (
        k < len(tokens)
        and _glued(tokens[k - 1], tokens[k])
        and tokens[k].form in ("이", "나", "이나", "씩")
        and tokens[k].tag in ("VCP", "EC", "JX")
    ):
        k += 1
    if (
        k < len(tokens)
        and _near(tokens[k - 1], tokens[k], text)
        and tokens[k].tag in ("NNG", "VV", "VA")
    ):
        return _words()["change"].get(tokens[k].form)
    return None


def _power(token: Token) -> int:
    """The power of ten a numeral's last token stands for (만 in 4만, 천만 in 4천만), else 1."""
    if token.tag != "NR" or not (token.form and _POWER_WORDS.fullmatch(token.form)):
        return 1
    return parse_number(token.form)


def _is_counter(token: Token) -> bool:
    return (token.tag == "NNB" and token.form not in _NOT_COUNTERS) or (
        token.tag == "NNG" and token.form in _unit_forms()[0]
    )


def _core(tokens: list[Token], i: int, text: str) -> _Core | None:
    """The numeral at token i, or None."""
    token = tokens[i]
    if token.tag == "W_SERIAL":
        return _serial(tokens, i)
    if (day := _day(tokens, i, text)) is not None:
        return day
    if token.tag == "MM" and (token.form in NATIVE_NUMERALS or token.form == "첫"):
        # 두 곳, and glued to its counter: 두달간, 세차례, 한달.
        if i + 1 < len(tokens) and (not _glued(token, tokens[i + 1]) or _is_counter(tokens[i + 1])):
            return _Core(NATIVE_NUMERALS.get(token.form, 1), i + 1, True)
        return None
    if token.tag not in ("SN", "NR") or _CODE.fullmatch(token.form):
        return None
    if (
        token.tag == "NR"
        and token.form.endswith("째")
        and token.form[:-1] in {**NATIVE_NUMERALS, "첫": 1}
    ):
        return _Core(
            {**NATIVE_NUMERALS, "첫": 1}[token.form[:-1]], i + 1, unit="째"
        )  # 둘째, 넷째 (Kiwi: one NR)
    best, k = None, i
    while k < len(tokens) and tokens[k].tag in ("SN", "NR"):
        if k > i and not (
            _glued(tokens[k - 1], tokens[k])
            or (tokens[k - 1].tag == "NR" and _near(tokens[k - 1], tokens[k], text))
        ):
            break
        try:
            best = (parse_number(text[token.start : tokens[k].end]), k + 1)
        except NumeralError:
            if k > i and _glued(
                tokens[k - 1], tokens[k]
            ):  # 5757억8300억, 2천5000: glued, but not one numeral
                while (
                    k < len(tokens)
                    and tokens[k].tag in ("SN", "NR")
                    and _glued(tokens[k - 1], tokens[k])
                ):
                    k += 1
                return _Core(None, k, flag="malformed")
            break
        k += 1
    if best is None:
        return None
    native = token.tag == "NR" and _NATIVE.fullmatch(token.form) is not None
    if (
        k < len(tokens)
        and tokens[best[1] - 1].tag == "SN"
        and _glued(tokens[best[1] - 1], tokens[best[1]])
        and tokens[best[1]].tag == "SL"
        and tokens[best[1]].form not in _unit_forms()[1]
    ):
        return None  # 5G, 3D: digits inside a name
    if isinstance(best[0], int) and best[0].bit_length() > _PRINTABLE_BITS:
        return _Core(
            None, best[1], flag="too long"
        )  # Python will not print it: no writer could show the value
    return _Core(best[0], best[1], native)


def _serial(tokens: list[Token], i: int) -> _Core | None:
    """What Kiwi reads as one serial token: a clock (10:30), a score (0-2로) or a fraction (2/3)."""
    form, after = tokens[i].form, tokens[i + 1] if i + 1 < len(tokens) else None
    if clock := _CLOCK.fullmatch(form):
        hour, minute = int(clock[1]), int(clock[2])
        return _Core((hour, minute), i + 1) if hour <= 24 and minute < 60 else None
    if (
        (score := _SCORE.fullmatch(form))
        and after is not None
        and (
            (after.tag.startswith("J") and _glued(tokens[i], after))
            or after.form in _words()["score"]
        )
    ):
        return _Core(int(score[1]), i + 1, kind="score", against=int(score[2]))
    fraction = _FRACTION.fullmatch(form)
    if (
        fraction
        and fraction[2] == "4"
        and 1 <= int(fraction[1]) <= 4
        and after is not None
        and after.form == "분기"
        and _glued(tokens[i], after)
    ):
        return _Core(
            int(fraction[1]), i + 1
        )  # 2/4분기: the second quarter, as older news writes it
    if (
        fraction
        and 0 < int(fraction[1]) < int(fraction[2])
        and not (after is not None and after.form == "(")
    ):
        return _Core(
            float(Decimal(fraction[1]) / Decimal(fraction[2])), i + 1, unit="/", kind="ratio"
        )
    return None


def _day(tokens: list[Token], i: int, text: str) -> _Core | None:
    """A native count of days (이틀, 사흘간, 열흘 만에); Kiwi splits some (이레: 이 + 레), so read the text."""
    match = _day_pattern().match(text, tokens[i].start)
    if match is None or (
        i > 0 and _glued(tokens[i - 1], tokens[i]) and tokens[i - 1].tag in _NAME_TAGS
    ):
        return None
    if match[1] in _LOOSE_DAYS and not _DAY_AFTER.match(text, match.end(1)):
        return None
    for end in (match.end(), match.end(1)):  # the word must end where a token ends: not 하루하루
        for k in range(i, min(i + 3, len(tokens))):
            if tokens[k].end == end:
                return _Core(int(_words()["day"][match[1]]), k + 1, unit="일", during=True)
    return None


def _counter(tokens: list[Token], k: int, text: str, native: bool) -> tuple[str | None, int]:
    """The counter after a numeral (unit, next index); (None, k) when there is none."""
    if k >= len(tokens) or not _near(tokens[k - 1], tokens[k], text):
        return None, k
    token, glued = tokens[k], _glued(tokens[k - 1], tokens[k])
    nouns, latin, symbols = _unit_forms()
    if (
        token.tag == "NNB"
        and token.form not in _NOT_COUNTERS
        and (glued or token.form != "등")
        or token.tag == "NNG"
        and token.form in nouns
    ):
        unit = token.form
    elif (
        token.tag in ("XPN", "NNG")
        and k + 1 < len(tokens)
        and token.form + tokens[k + 1].form in nouns
    ):
        unit, k = (
            token.form + tokens[k + 1].form,
            k + 1,
        )  # 6피안타, 3메가와트: Kiwi reads 피 + 안타, 메가 + 와트
    elif (
        token.tag == "SW"
        and token.form in symbols
        and not native
        or token.tag == "SL"
        and glued
        and token.form in latin
        and not native
    ):
        unit = token.form
    else:
        return None, k
    k += 1
    # Units of several tokens: %p, %포인트, % 포인트, 퍼센트포인트, 4회말, 기가 + 와트 + 시.
    while (
        k < len(tokens)
        and _near(tokens[k - 1], tokens[k], text)
        and tokens[k].tag in ("NNG", "NNB", "SL")
        and unit + tokens[k].form in _units()
    ):
        unit, k = unit + tokens[k].form, k + 1
    return _units().get(unit, (unit, None))[0], k


def _classify(value, upper, unit, ordinal, during, native, numeral) -> tuple[str, dict | None]:
    """(kind, date parts or None)."""
    whole = isinstance(value, int) and (upper is None or isinstance(upper, int))
    if ordinal or (unit or "").endswith("째"):
        return "ordinal", None
    if _unit_kind(unit) == "ordinal":
        if native:
            return (
                "count",
                None,
            )  # 한 기, 두 단계: ordinals take Sino numbers (1기, 2단계), native ones count
        return (
            "other" if unit == "선" and value is not None and value >= _LEVEL_FROM else "ordinal"
        ), None
    if (
        unit is None
        and whole
        and not native
        and re.fullmatch(r"\d{4}", numeral)
        and 1900 <= value <= 2099
    ):
        return "date", {0: value}  # a year inside a name
    if unit == "년대" and whole and value % 10 == 0 and (value < 100 or 1000 <= value <= 2990):
        decade = _century(value) if value < 100 else value
        return "date", {0: decade, "upper": decade + 9}  # 1990년대, 90년대: 1990 to 1999
    if unit in _DATE_PARTS and whole and not during:
        part = _DATE_PARTS[unit]
        limits = {0: (1000, 2999), 1: (1, 12), 2: (1, 31), 3: (0, 24), 4: (0, 59), 5: (0, 59)}[part]
        if all(limits[0] <= v <= limits[1] for v in (value, upper) if v is not None):
            return ("date" if part <= 2 else "time"), {part: value, "upper": upper}
    if unit in _DATE_PARTS or during:
        return "duration", None
    if native and unit is None:
        return "count", None
    return _unit_kind(unit) or "other", None


def _hour(hour: int, meridiem: int | None) -> int:
    return hour if meridiem is None else hour % 12 + meridiem


def merge_dates(found: list[Figure], text: str) -> list[Figure]:
    """Adjacent date and time parts (년 월 일 시 분 초, in order, spaces apart) as one figure."""
    merged: list[Figure] = []
    for figure in found:
        previous = merged[-1] if merged else None
        # The earlier part must hold a date or an hour: 30분 20초 is two durations, not a time.
        if (
            previous is not None
            and previous.parts
            and figure.parts
            and previous.unit is not None
            and min(_fields(previous)) < 4
            and previous.parts.get("upper") is None
            and figure.parts.get("upper") is None
            and min(_fields(figure)) == max(_fields(previous)) + 1
            and not text[previous.end : figure.start].strip()
        ):
            parts = {**previous.parts, **figure.parts}
            kind = "time" if max(_fields(figure)) >= 3 else "date"
            merged[-1] = previous._replace(
                last=figure.last,
                end=figure.end,
                unit=figure.unit,
                kind=kind,
                parts=parts,
                approximate=previous.approximate or figure.approximate,
            )
        else:
            merged.append(figure)
    return [_finish(figure) for figure in merged]


def _fields(figure: Figure) -> list[int]:
    return [key for key in figure.parts if isinstance(key, int)]


def _finish(figure: Figure) -> Figure:
    """Date/time parts to ISO-like strings; a lone minute or second count is a duration."""
    if not figure.parts:
        return figure
    fields = _fields(figure)
    if min(fields) >= 4:
        return figure._replace(kind="duration", parts=None)
    upper = figure.parts.get("upper")
    value = _iso(figure.parts)
    if upper is not None:
        upper = _iso(
            {
                key: (upper if key == max(fields) else v)
                for key, v in figure.parts.items()
                if key != "upper"
            }
        )
    return figure._replace(value=value, upper=upper)


def _iso(parts: dict) -> str:
    year, month, day = parts.get(0), parts.get(1), parts.get(2)
    date = ""
    if year is not None:
        date = (
            f"{year:04d}"
            + (f"-{month:02d}" if month is not None else "")
            + (f"-{day:02d}" if day is not None and month is not None else "")
        )
    elif month is not None:
        date = f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
    elif day is not None:
        date = f"---{day:02d}"
    if 3 not in parts:
        return date
    clock = f"{parts[3]:02d}:{parts.get(4, 0):02d}" + (f":{parts[5]:02d}" if 5 in parts else "")
    return f"{date}T{clock}" if date else clock


def measure_of(figure: Figure, tokens: list[Token], text: str) -> str | None:
    k = figure.last
    if k < len(tokens) and _stop(tokens, k):
        return None  # 6이닝 동안 공, 1년 전, 48억원 가운데: the figure places another; it measures no noun
    # "N㎡ 규모의 X" and "제2의 X": the measure is X.
    if k + 1 < len(tokens) and tokens[k].form == "규모" and tokens[k + 1].tag == "JKG":
        k += 2
    elif k < len(tokens) and tokens[k].tag == "JKG" and _glued(tokens[k - 1], tokens[k]):
        k += 1
    phrase = _noun_run(tokens, k, text, step=1)
    if phrase and phrase != "규모":  # "약 1000㎡ 규모로": the scale is not what is measured
        return phrase
    if figure.kind == "date" and figure.unit is None:  # a year inside a name: the name before it
        return _noun_run(tokens, figure.first - 1, text, step=-1)
    if figure.kind in ("date", "time"):
        return None
    # Else the topic: "가맹 신청 수는 3월 8만5000건, 4월 5만9000건" -> 가맹 신청 수.
    k = figure.first - 1
    while k >= 0 and tokens[k].tag in ("SN", "NR", "NNB", "SW", "XSN", "SP", "MM", "XPN"):
        k -= 1
    if k > 0 and tokens[k].tag in _TOPIC_MARKS:
        return _noun_run(tokens, k - 1, text, step=-1)
    return None


def _noun_run(tokens: list[Token], k: int, text: str, *, step: int) -> str | None:
    """The nouns from token k onwards (step 1) or backwards (step -1), up to a relation or a bound
    (주력 품목 가운데 반도체 -> 주력 품목), without leading time words and suffixes (씩)."""
    run = []
    while (
        0 <= k < len(tokens)
        and tokens[k].tag in _NOUN_TAGS
        and not _stop(tokens, k)
        and not _in_particle(tokens, k)
    ):
        if run and not _near(*sorted((run[-1], tokens[k]), key=lambda t: t.start), text):
            break
        run.append(tokens[k])
        k += step
    run.sort(key=lambda t: t.start)
    while run and (run[0].form in _TIME_WORDS or run[0].tag == "XSN"):
        run.pop(0)
    return text[run[0].start : run[-1].end] if run else None


@cache
def _stops() -> frozenset:
    return frozenset(_words()["relation"]) | frozenset(_words()["bound"])


def _stop(tokens: list[Token], k: int) -> bool:
    """A noun that relates a figure to something (가운데, 동안, 전) or bounds it (이상): never a measure.
    Glued before a noun it opens a compound instead (중환자: 중 + 환자)."""
    return tokens[k].form in _stops() and not (
        k + 1 < len(tokens) and _glued(tokens[k], tokens[k + 1]) and tokens[k + 1].tag in _NOUN_TAGS
    )


def _in_particle(tokens: list[Token], k: int) -> bool:
    """Kiwi reads 를 after a symbol as 르/NNG + ᆯ/JKO over the same letter: the noun is part of the particle."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].tag.startswith("J")
        and tokens[k + 1].start < tokens[k].end
    )
