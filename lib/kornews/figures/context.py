"""The kind of a figure, as its unit and the words around it settle it: 21대 국회 (ordinal), 30대
(age), 터빈 80기 (count), 시속 (speed), 2015년 (date), 3시간 (duration)."""

from __future__ import annotations

import re

from .records import DATE_UNITS, GRAINS, Token, When, glued
from .words import one_day_words, time_words, unit_kind, words

# N선 from here up is an index's or a price's level (2,600선, 800선); below, terms in office (3선 의원).
_LEVEL_FROM = 100
# What a calendar part may be: a year of four digits, a month, a day, an hour, a minute, a second.
_LIMITS = {
    "year": (1000, 2999),
    "month": (1, 12),
    "day": (1, 31),
    "hour": (0, 24),
    "minute": (0, 59),
    "second": (0, 59),
}


def century(year: int) -> int:
    """A two-digit year ('20년, 90년대): 00-49 are 2000s, 50-99 the 1900s."""
    return year + (2000 if year < 50 else 1900)


def in_context(tokens: list[Token], first: int, k: int, value, upper, unit, kind, ordinal):
    """(kind, upper, ordinal) as the words around the figure settle them: 21대 국회, 30대, A(54)씨, 시속, 후반."""
    before = tokens[first - 1].form if first > 0 else None
    if unit in ("대", "번") and k < len(tokens) and tokens[k].form in words("office"):
        ordinal = True  # 21대 국회, 8번 타자: the 21st, not 21 of them
    if unit == "세대" and _generation(tokens, k, value):
        ordinal = True  # 5세대 이동통신: the fifth generation, not five households
    if before in words("half") and unit == "분":
        ordinal = True  # 후반 38분: the 38th minute of the second half
    if kind is not None:
        return kind, upper, ordinal
    if unit == "대" and not ordinal and _age_group(tokens, first, k, value):
        return "age", (upper if upper is not None else value) + 9, ordinal  # 30대: 30 to 39
    return _kind_by_words(tokens, first, k, value, unit, ordinal), upper, ordinal


def _kind_by_words(tokens, first, k, value, unit, ordinal) -> str | None:
    """The kind the words around settle for a counter that names none alone, else None."""
    before = tokens[first - 1].form if first > 0 else None
    if unit is None and day_in_brackets(tokens, first, k, value):
        return None  # 오늘(18): a day of the month, read as 18일 is
    if unit is None and _age_in_parentheses(tokens, first, k, value):
        return "age"  # A(54)씨: a person's age, as news writes it after a name
    if unit == "기" and before in words("machine"):
        return "count"  # 터빈 80기: eighty turbines, not the 80th term (5기 위원회)
    if before in words("total") and not ordinal and unit_kind(unit) == "ordinal":
        return "count"  # 총 10단계로 나눈다: ten steps in all, not the tenth
    if unit == "호" and not ordinal and _homes(tokens, value):
        return "count"  # 주택 2만호: twenty thousand homes, not the 20000th (태풍 9호, 1호 확진자)
    if before in words("speed") and unit is not None:
        return "speed"  # 시속 100㎞
    if unit == "도" and before in words("angle"):
        return "other"  # 북위 35.8도: a place's latitude, not a temperature
    if unit == "주" and _shares(tokens, before, value):
        return "count"  # 보통주 1만주, 50만주: shares, not weeks
    return None


# N주 from here up counts shares: no news counts a thousand weeks.
_SHARES_FROM = 1000


def _shares(tokens: list[Token], before: str | None, value) -> bool:
    """보통주 300주, 1만주; and any N주 in a sentence on a share sale (공모주 ... 10주, 1주 배정)."""
    return (
        before in words("shares")
        or (isinstance(value, (int, float)) and value >= _SHARES_FROM)
        or any(token.form in words("share sale") for token in tokens)
    )


# 세대 below this before a noun is a generation of a technology (5세대 이동통신); from it, households.
_GENERATIONS_BELOW = 10


def _generation(tokens: list[Token], k: int, value) -> bool:
    return (
        isinstance(value, int)
        and value < _GENERATIONS_BELOW
        and k < len(tokens)
        and tokens[k].tag in ("NNG", "NNP", "SL")
    )


def _age_group(tokens, first, k, value) -> bool:
    """30대 is an age group (30대 남성, 20대가, 이 가운데 30대는) unless it counts the things a noun before
    names (차량 30대가, 발급기 50대를; 국내 10대 그룹 ranks groups) or a noun after it is one a ranking of the top N
    names (10대 그룹, 20대 기업: role ``ranked``)."""
    if not (isinstance(value, int) and 10 <= value <= 90 and value % 10 == 0):
        return False
    if k < len(tokens) and tokens[k].form in words("ranked"):
        return False
    if k < len(tokens) and tokens[k].form in words("person"):
        return True
    if first == 0:
        return True
    before = tokens[first - 1]
    # A person, a time (지난해 30대는) or a relation (이 가운데, 확진자 중) before it is no thing counted.
    return (
        before.tag not in ("NNG", "NNP", "SL", "SN", "NNB")
        or before.form in words("person")
        or before.form in time_words()
        or before.form in words("relation")
    )


# What after N일 makes it a day of the calendar, even in a sentence counting days (8일 기준, 8일까지, 8일에).
_DAY_OF_CALENDAR_AFTER = frozenset(
    {"기준", "부터", "까지", "에", "오전", "오후", "새벽", "밤", "낮"}
)


def days_counted(tokens: list[Token], first: int, k: int) -> bool:
    """N일 after a word of role ``day count`` in its sentence counts days (폭염일수는 16일로, 2018년(31일)),
    not a day of the month; unless a month, 지난 or 오는 leads it or a word of the calendar follows (8일 기준).
    N일 right before a change said of a noun (9일 늘어난 202일, 3일 줄어든) counts days in any sentence, and so
    does N일 전 compared with (1일전 대비, 5일 전보다: days before; 20일 전에 is before the 20th)."""
    before = tokens[first - 1].form if first > 0 else None
    return before not in ("월", "지난", "오는") and (
        any(token.form in words("day count") for token in tokens[:first])
        and not (k < len(tokens) and tokens[k].form in _DAY_OF_CALENDAR_AFTER)
        or _changed_by(tokens, k)
        or _days_before(tokens, k)
    )


def _days_before(tokens: list[Token], k: int) -> bool:
    """전 (before) right after, then a word of role ``days before`` (대비, 보다, 과): 1일전 대비."""
    return (
        k + 1 < len(tokens)
        and tokens[k].form == "전"
        and tokens[k].tag == "NNG"
        and tokens[k + 1].form in words("days before")
    )


def _changed_by(tokens: list[Token], k: int) -> bool:
    """A change word right after, ending as a noun's modifier (늘어난, 증가한): the figure is the change."""
    return (
        k < len(tokens)
        and tokens[k].form in words("change")
        and any(token.tag == "ETM" for token in tokens[k + 1 : k + 3])
    )


def _homes(tokens, value) -> bool:
    """N호 counts homes in a sentence on housing (주택, 아파트, 임대, 미분양 ...) when N is a round hundreds
    (2만호, 5000호) or the sentence counts a change (미분양은 4349호 감소한 6만5350호); a flat's number
    (1503호) and a first (1호) stay ordinals."""
    if not (isinstance(value, int) and value > 1):
        return False
    forms = {token.form for token in tokens}
    round_or_changed = value >= 100 and value % 100 == 0 or not forms.isdisjoint(words("change"))
    return round_or_changed and not forms.isdisjoint(words("housing"))


def _age_in_parentheses(tokens, first, k, value) -> bool:
    """홍길동(45)씨, A(54)씨, 김모씨(51), 가람(29·나래은행), 가람(19, 나래): a bare number in brackets glued
    after a name (or its suffix, role ``name suffix``), alone or before the person's team or employer."""
    return (
        isinstance(value, int)
        and 0 < value < 120
        and first > 1
        and k < len(tokens)
        and tokens[first - 1].form == "("
        and (tokens[k].form == ")" or tokens[k].form in ("·", ",") and _named_after(tokens, k + 1))
        and glued(tokens[first - 1], tokens[first])
        and glued(tokens[first - 2], tokens[first - 1])
        and (
            tokens[first - 2].tag in ("NNP", "NP", "SL", "NNG")
            or tokens[first - 2].form in words("name suffix")  # 김모씨(51)에게
        )
    )


def day_in_brackets(tokens: list[Token], first: int, k: int, value) -> bool:
    """오늘(18), 내일(19)부터: a bare number in brackets glued after a word of one day is that day of the
    month, as news dates the word, never an age."""
    return (
        isinstance(value, int)
        and 1 <= value <= 31
        and first > 1
        and k < len(tokens)
        and tokens[first - 1].form == "("
        and tokens[k].form == ")"
        and tokens[first - 2].form in one_day_words()
        and glued(tokens[first - 2], tokens[first - 1])
        and glued(tokens[first - 1], tokens[first])
    )


def calendar_unit(tokens: list[Token], first: int, k: int, value, unit):
    """The unit a figure's date is read by: 일 for a day in brackets after a day word, written bare."""
    return "일" if unit is None and day_in_brackets(tokens, first, k, value) else unit


def _named_after(tokens: list[Token], k: int) -> bool:
    """Names only from token k to the closing bracket: a team or an employer."""
    end = next((at for at in range(k, len(tokens)) if tokens[at].form == ")"), None)
    return end is not None and end > k and all(t.tag in ("NNP", "NNG", "SL") for t in tokens[k:end])


def classify(value, upper, unit, *, ordinal, during, native, numeral) -> tuple[str, When | None]:
    """(kind, the calendar parts of a date or time, else None)."""
    if ordinal or (unit or "").endswith("째"):
        return "ordinal", None
    if unit_kind(unit) == "ordinal":
        return _ordinal_kind(value, unit, native), None
    when = _when(value, upper, unit, during=during, native=native, numeral=numeral)
    if when is not None:
        return ("date" if min(when.ranks()) <= GRAINS.index("day") else "time"), when
    if unit in DATE_UNITS or during:
        return "duration", None
    if native and unit is None:
        return "count", None
    return unit_kind(unit) or "other", None


def _ordinal_kind(value, unit, native) -> str:
    if native:
        return "count"  # 한 기, 두 단계: ordinals take Sino numbers (1기, 2단계), native ones count
    return "other" if unit == "선" and value is not None and value >= _LEVEL_FROM else "ordinal"


def _years_spanned(value, upper, unit, *, during, numeral) -> bool:
    """The two years a season spans (2020~2021시즌), or calendar years from one to the other written
    in four digits with 간 (2006~2010년간)."""
    if unit == "시즌":  # 2020~2021시즌; 2024 시즌 alone is that year's season, no count of seasons
        return 1900 <= value <= 2099 and upper in (None, value + 1)
    return (
        unit == "년"
        and during
        and re.fullmatch(r"\d{4}", numeral) is not None
        and 1900 <= value < (upper or 0) <= 2099
    )


def _when(value, upper, unit, *, during, native, numeral) -> When | None:
    """The calendar parts of a year in a name (2019), a decade (1990년대) or a date or time part
    (2015년, 12월, 10시), else None."""
    whole = isinstance(value, int) and (upper is None or isinstance(upper, int))
    if not whole:
        return None
    if unit is None and not native and re.fullmatch(r"\d{4}", numeral) and 1900 <= value <= 2099:
        return When(year=value)  # a year inside a name
    if unit == "년대" and value % 10 == 0 and (value < 100 or 1000 <= value <= 2990):
        decade = century(value) if value < 100 else value
        return When(year=decade, upper=decade + 9)  # 1990년대, 90년대: 1990 to 1999
    if _years_spanned(value, upper, unit, during=during, numeral=numeral):
        return When(year=value, upper=upper)
    if unit in DATE_UNITS and not during:
        grain = DATE_UNITS[unit]
        low, high = _LIMITS[grain]
        if all(low <= v <= high for v in (value, upper) if v is not None):
            return When(**{grain: value}, upper=upper)
    return None
