"""Reading figures out of one sentence's tokens: the numeral, its counter, the marks before it and
the words after it, then its kind; the rules are listed in :mod:`kornews.figures`."""

from __future__ import annotations

import re
from decimal import Decimal

from .around import change_after, marks_before, tail_after
from .context import century, classify, days_counted, in_context
from .counters import counter, glossed
from .furniture import after_phone, dated_name, day_span, named, stamped, weather_line
from .moments import hour
from .numeral import exact, numeral
from .pairs import board_score, fraction, old_quarter, other_side, ranged, shared_counter
from .records import (
    NAME_TAGS,
    Counted,
    Detail,
    Figure,
    Marks,
    Numeral,
    Tail,
    Token,
    glued,
    near,
)
from .words import known, words

_APOSTROPHES = "'’‘"
# A glued word holding two numbers: a title run together (14경기서30골폭발), where glue joins no compound.
_HALVES = frozenset({"년", "개월", "시간", "배"})
_TITLE_RUN = re.compile(r"\d\D+\d")
# What may stand between a rate's base and its figure: 1인당 평균 소득은 3만달러.
_RATE_GAP_TAGS = {"NNG", "NNP", "SL", "XSN", "MAG", "JKG", "JX", "JKS"}


def scan(tokens: list[Token], text: str) -> list[Figure]:
    """The figures of a sentence, in text order (dates not yet merged: :func:`merge_dates`)."""
    # A figure holds a numeral at or after its first token: none is sought past the last numeral.
    last = (j for j in reversed(range(len(tokens))) if numeral(tokens, j, text) is not None)
    found, i, stop = [], 0, next(last, -1) + 1
    while i < stop:
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
            # per: the base without 당
            per = text[base.start : base.end - 1]
            out[-1] = figure._replace(detail=figure.detail._replace(per=per), **spans)
        else:
            out.append(figure)
    return [figure._replace(base=False) for figure in out]


def _match(tokens: list[Token], first: int, text: str) -> Figure | None:
    """The figure starting at token ``first``, or None."""
    marks = marks_before(tokens, first, text)
    i = marks.at
    if _vague(tokens, first, i, text):
        return None  # 코로나19, K-9, 수백만: a name or a vague number
    core = numeral(tokens, i, text)
    if core is None:
        return None
    if core.when is None and (when := dated_name(tokens, i, text)) is not None:
        core = core._replace(when=when)  # 6.13 지방선거: a date inside a name
    if core.when is not None:  # 10:30, 2021.3.5
        return None if stamped(tokens, first, text) else _serial_moment(tokens, first, core, marks)
    written = text[tokens[i].start : tokens[i].end]
    counted = _counted(tokens, i, text, core, marks)
    if (
        counted is None
        or _uncounted(tokens, counted, core, written)
        or named(counted, text[tokens[i].start : tokens[core.next - 1].end])
        or after_phone(tokens, i)
        or weather_line(tokens[i].start, text, counted.unit)
    ):
        return None
    if counted.unit is None and (span := day_span(tokens, i, counted.next)) is not None:
        spanned = core._replace(next=counted.next, when=span)
        return _serial_moment(tokens, first, spanned, marks)._replace(unit="일")  # days, 3.15~4.22
    tail = tail_after(tokens, counted.next, text, counted.unit, core.during)
    if _per_one(tokens, tail.next, counted):
        tail = tail._replace(during=True)  # 1일 평균: per day, not the first of the month
    if written == "첫" and not (tail.unit or "").endswith("째"):
        return None  # 첫 is a figure only as 첫 번째 / 첫째
    return _figure(tokens, first, text, marks, core, counted, tail, written)


def _per_one(tokens: list[Token], k: int, counted: Counted) -> bool:
    """One unit of the calendar before 평균 (1일 평균, 1년 평균): the span an average is taken over."""
    return (
        counted.value == 1
        and counted.unit in ("일", "년", "개월", "주")
        and k < len(tokens)
        and tokens[k].form == "평균"
    )


def _serial_moment(tokens: list[Token], first: int, core: Numeral, marks: Marks) -> Figure:
    """A clock (10:30, a time), a date (2021.3.5, unit 일) or a season (2022/23) Kiwi reads as one serial
    token, or a dotted month and day in a name (6.13 지방선거)."""
    clock = core.when.hour is not None
    when = core.when._replace(hour=hour(core.when.hour, marks.meridiem)) if clock else core.when
    return Figure(
        first=first,
        last=core.next,
        start=tokens[first].start,
        end=tokens[core.next - 1].end,
        value=None,
        upper=None,
        # a stamp's day is 일; a date in a name (6.13 지방선거) or a season (2022/23) writes none
        unit=core.unit
        or ("일" if core.when.year is not None and core.when.day is not None else None),
        kind="time" if clock else "date",
        approximate=marks.approximate,
        when=when,
    )


def _vague(tokens: list[Token], first: int, i: int, text: str) -> bool:
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


def _counted(tokens, i, text, core: Numeral, marks: Marks) -> Counted | None:
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


def _half_past(tokens: list[Token], k: int, text: str, unit: str | None, when, end: int):
    """(when, next index, end), with 반 right after an hour of the clock taken in: 오후 2시 반 (2시반) is
    thirty minutes past it."""
    if (
        unit == "시"
        and when is not None
        and when.hour is not None
        and when.minute is None
        and when.upper is None
        and k < len(tokens)
        and tokens[k].form == "반"
        and tokens[k].tag in ("NNG", "NNB")
        and near(tokens[k - 1], tokens[k], text)
    ):
        return when._replace(minute=30), k + 1, tokens[k].end
    return when, k, end


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


def _uncounted(tokens: list[Token], counted: Counted, core: Numeral, written: str) -> bool:
    """A native numeral counts a noun after it (두 사람); 한 only with a counter (한 상인은: a merchant)."""
    k = counted.next
    if not core.native or counted.unit is not None:
        return False
    noun_apart = (
        k < len(tokens) and tokens[k].tag in ("NNG", "NNB") and not glued(tokens[k - 1], tokens[k])
    )
    return written == "한" or not noun_apart


def _apostrophe_before(text: str, at: int) -> bool:
    """An apostrophe just before the figure ('20년); none before the text's first character, so a title
    opening with 16년 동결 counts years."""
    return at > 0 and text[at - 1] in _APOSTROPHES


def _figure(
    tokens, first, text, marks: Marks, core: Numeral, counted: Counted, tail: Tail, written
):
    """The figure from what its numeral, counter, marks and tail say."""
    k, unit, value, upper = tail.next, tail.unit, counted.value, counted.upper
    end = max(t.end for t in tokens[first:k])
    at = tokens[marks.at].start
    if (
        unit == "년"
        and not tail.during
        and value is not None
        and value < 100
        and _apostrophe_before(text, at)
    ):
        value = century(value)  # '20년
    kind, upper, ordinal = in_context(
        tokens, first, k, value, upper, unit, counted.kind, marks.ordinal
    )
    # 3박 4일: the days of a stay, not the 4th
    stay = (
        unit == "일"
        and first > 1
        and tokens[first - 1].form == "박"
        and tokens[first - 2].tag == "SN"
    )
    stay = stay or (
        unit == "일" and days_counted(tokens, first, k)
    )  # 폭염일수는 16일: days, not the 16th
    sign = {"decrease": -1, "increase": 1}.get(tail.change, marks.sign)
    if sign < 0 and value is not None:
        value, upper = -value, (-upper if upper is not None else None)
    when = None
    if not kind:
        kind, when = classify(
            value,
            upper,
            unit,
            ordinal=ordinal,
            during=tail.during or stay,
            native=core.native,
            numeral=written,
        )
    if kind == "date" and unit == "시즌":
        unit = None  # a season's years write no unit, as 2022/23 does
    when, k, end = _half_past(tokens, k, text, unit, when, end)
    if when is not None and when.hour is not None:
        when = when._replace(hour=hour(when.hour, marks.meridiem))
    elif marks.meridiem is not None:  # 오전 was a word of its own, not part of this figure
        first = marks.meridiem_at + 1
    return Figure(
        first=first,
        last=k,
        start=tokens[first].start,
        end=end,
        value=value,
        upper=upper,
        unit=unit,
        kind=kind,
        approximate=counted.approximate or tail.approximate,
        when=when,
        detail=Detail(
            change=marks.change or tail.change or change_after(tokens, k, text),
            bound=tail.bound,
            margin=marks.margin,
            against=counted.against,
            flag=core.flag,
        ),
        base=tail.base,
    )
