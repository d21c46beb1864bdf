"""Figures: every number in an article's title, headings and body as one tidy table.

Built on the token table (:func:`kornews.tokenize`), before any stopword filtering: Kiwi
tags the parts of a figure (SN digits, NR 만/억/조 and Hangul numerals, MM 두/세/약, XPN 제,
NNB and SW counters, XSN 여/간/쯤) and :func:`kornews.numerals.parse_number` gives the values.
The dateline and footer never reach the token table, so they give no rows.

Rules, in the order they apply:
- a numeral is a run of SN/NR tokens, glued or, after a power of ten, one space apart
  (``2만 7606``); a native numeral (MM 두, NR 다섯) counts only when a noun follows it after a space
  (``두 곳``; ``한편`` is an adverb, not one side);
- digits glued to a word or a dash (``코로나19``, ``K-9``, ``5G``) are part of a name, and vague
  numerals (``수백만``, ``수십``) are not figures: no row;
- a bare year (four digits, 1900-2099, no counter) inside a name (``'2019 스마트시티 엑스포'``,
  ``'디지털기본계획 2020'``) is kept as a ``date`` row without unit: the name still dates something
  (an event's edition, a plan's horizon) and a timeline needs it; ``measure`` holds the name;
- a range (``10~20%``, ``3~4월``) is one row: ``value`` is the lower end, ``upper`` the upper end;
- adjacent date and time parts, in order and only spaces apart, are one figure (``2015년 12월``,
  ``10일 오전 0시1분쯤``): one event's one moment, so one row, of kind ``time`` when it has a clock part;
- approximation (약, 여, 쯤, 께, 가량, 안팎, 남짓, 정도, 가까운/가까이) sets ``approximate`` and is part of ``text``.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import NamedTuple

import pandas as pd

from .article import Article
from .numerals import BIG_POWERS, NATIVE_NUMERALS, NATIVE_TENS, NATIVE_UNITS, SMALL_POWERS, NumeralError, parse_number
from .tokens import sentences

FIGURE_COLUMNS = ["text", "value", "upper", "number", "unit", "kind", "approximate", "measure",
                  "section", "sentence", "start", "end"]
KINDS = ("date", "time", "duration", "count", "area", "money", "percent", "ordinal", "length", "other")
QUANTITY_KINDS = ("count", "area", "money", "percent", "length")

_UNIT_KINDS = {
    **dict.fromkeys(["㎡", "㎢", "평", "제곱미터", "제곱킬로미터", "ha"], "area"),
    **dict.fromkeys(["원", "달러", "엔", "위안", "유로", "파운드"], "money"),
    **dict.fromkeys(["%", "%p", "퍼센트", "퍼센트포인트", "프로"], "percent"),
    **dict.fromkeys(["km", "㎞", "m", "cm", "㎝", "mm", "㎜", "킬로미터", "미터", "센티미터", "밀리미터"], "length"),
    **dict.fromkeys(["시간", "개월", "달", "주", "주간", "주일", "해", "박", "년간", "세기"], "duration"),
    **dict.fromkeys(["번째", "째", "선", "위", "차", "호", "등", "기", "분기", "반기"], "ordinal"),
    **dict.fromkeys(["개", "건", "명", "곳", "번", "회", "차례", "가지", "가구", "개사", "개국", "개소", "대", "채",
                     "마리", "권", "장", "팀", "편", "척", "그루", "인", "세대", "군데", "통", "표", "석"], "count"),
}
# Nouns Kiwi tags NNG that still count things after a number.
_NOUN_COUNTERS = {unit for unit in _UNIT_KINDS if re.fullmatch(r"[가-힣]+", unit)}
_NOT_COUNTERS = {"만", "것", "수", "데", "바", "지", "뿐", "때문", "듯", "중", "따름", "즈음"}
_LATIN_UNITS = {"km", "m", "cm", "mm", "kg", "g", "t", "ha", "GB", "TB", "MB", "kW", "MW", "GW", "kWh", "MWh"}
_SYMBOL_UNITS = {"%", "㎡", "㎢", "㎞", "㎝", "㎜", "㎏", "℃", "°"}
_DATE_PARTS = {"년": 0, "월": 1, "일": 2, "시": 3, "분": 4, "초": 5}
_HEDGE_AFTER = {"쯤", "께", "가량", "안팎", "남짓", "정도", "내외", "여"}
_MERIDIEM = {"오전": 0, "새벽": 0, "아침": 0, "오후": 12, "저녁": 12}
_RANGE_MARKS = {"~", "∼", "〜"}
_POWER_WORDS = re.compile(f"[{''.join(SMALL_POWERS)}]?[{''.join(BIG_POWERS)}]?")
_NOUN_TAGS = {"NNG", "NNP", "SL", "SH", "XPN", "XSN"}
_NAME_TAGS = {"NNG", "NNP", "SL", "SH", "SO"}
_TOPIC_MARKS = {"JX", "JKS"}
# A topic like 현재 제로페이 가맹점 names the measure without its time word.
_TIME_WORDS = {"현재", "올해", "지난해", "작년", "내년", "최근", "이날", "당시", "지금", "오늘", "이번", "그동안", "지난"}
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_NATIVE = re.compile(f"(?:{'|'.join(NATIVE_TENS)})?(?:{'|'.join(NATIVE_UNITS)})?")


class _Token(NamedTuple):
    start: int
    end: int
    form: str
    tag: str


class _Figure(NamedTuple):
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


def figures(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per figure expression in the title, subtitles, headings and body, in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table (with or without an ``article``
    column).

    Columns:
        text: the figure as written, with its counter and hedges (``2만 7606㎡``, ``약 1000㎡``,
            ``53만여개``, ``10일 오전 0시1분쯤``); ``article.text[start:end]``.
        value: the normalised value: an int (whole) or float for quantities, durations and
            ordinals; an ISO-8601-like string for dates and times: ``2015``, ``2015-12``,
            ``2015-12-10``, ``--04`` (April of no stated year), ``---10`` (day 10),
            ``---10T00:01``, ``15:30``. For a range, the lower end.
        upper: the upper end of a range (same type as ``value``: ``10~20%`` is 10 and 20,
            ``3~4월`` is ``--03`` and ``--04``), else None.
        number: ``value`` as a float for the numeric kinds, NA for dates and times; for plotting.
        unit: the counter or symbol as written (㎡, 개, 건, 명, 원, %, 년, 개월, 시간, 선 ...); for a
            date or time its finest part (``월`` for ``2015년 12월``); None when there is none.
        kind: one of date, time, duration, count, area, money, percent, ordinal, length, other.
        approximate: True when the text hedges the number (약, 여, 쯤, 가량, 안팎, 가까운 ...).
        measure: what the figure counts where the text says: the noun phrase it modifies
            (``400개 가까운 창업팀`` -> 창업팀) or else, for quantities, the topic it is predicated
            of (``가맹 신청 수는 3월 8만5000건`` -> 가맹 신청 수); None when neither is found.
            Best effort.
        section, sentence, start, end: as in :func:`kornews.tokenize`.
    """
    rows = []
    for (section, sentence), group in tokens.groupby(["section", "sentence"], sort=True):
        sentence_tokens = [_Token(*t) for t in group[["start", "end", "form", "tag"]].itertuples(index=False)]
        for figure in _merge_dates(_scan(sentence_tokens, article.text), article.text):
            rows.append(_row(figure, sentence_tokens, article.text, section, sentence))
    # value and upper mix ints, floats and strings: object columns keep each as it is (7, not 7.0).
    table = pd.DataFrame({name: pd.Series(column, dtype=object) for name, column in zip(FIGURE_COLUMNS, zip(*rows))}
                         if rows else {name: pd.Series(dtype=object) for name in FIGURE_COLUMNS})
    # Nullable dtypes: a missing unit, measure or number is NA (None in JSON, empty in CSV), not NaN.
    table = table.astype({"number": "Float64", "unit": "string", "kind": "string", "measure": "string",
                          "approximate": bool, "section": int, "sentence": int, "start": int, "end": int})
    return table.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def _scan(tokens: list[_Token], text: str) -> list[_Figure]:
    found, i = [], 0
    while i < len(tokens):
        figure = _match(tokens, i, text)
        if figure is None:
            i += 1
        else:
            found.append(figure)
            i = figure.last
    return found


def _glued(a: _Token, b: _Token) -> bool:
    return a.end >= b.start


def _near(a: _Token, b: _Token, text: str) -> bool:
    """b follows a directly or after spaces."""
    return a.end >= b.start or not text[a.end:b.start].strip()


def _match(tokens: list[_Token], i: int, text: str) -> _Figure | None:
    """The figure starting at token i, or None."""
    first, approximate, ordinal, meridiem = i, False, False, None
    token = tokens[i]
    if i + 1 < len(tokens) and _near(token, tokens[i + 1], text):
        if token.form in ("약", "대략") and token.tag in ("MM", "MAG"):
            approximate, i = True, i + 1
        elif token.form == "제" and token.tag == "XPN" and _glued(token, tokens[i + 1]):
            ordinal, i = True, i + 1
        elif token.form in _MERIDIEM and token.tag == "NNG":
            meridiem, i = _MERIDIEM[token.form], i + 1
    if first == i and i > 0 and _glued(tokens[i - 1], tokens[i]) and (
        tokens[i - 1].tag in _NAME_TAGS or tokens[i - 1].form in ("수", "몇")
    ):
        return None  # 코로나19, K-9, 수백만: a name or a vague number
    core = _core(tokens, i, text)
    if core is None:
        return None
    value, k, native = core
    if not isinstance(value, (int, float)):  # a clock time (10:30)
        hour, minute = value
        return _Figure(first, k, tokens[first].start, tokens[k - 1].end, None, None, None, "time", approximate,
                       {3: _hour(hour, meridiem), 4: minute})
    upper, numeral_end = None, k
    if k < len(tokens) and tokens[k].tag == "XSN" and tokens[k].form == "여" and _glued(tokens[k - 1], tokens[k]):
        approximate, k = True, k + 1
    unit, k = _counter(tokens, k, text, native)
    if k < len(tokens) and tokens[k].form in _RANGE_MARKS and k + 1 < len(tokens):
        second = _core(tokens, k + 1, text)
        if second is not None and isinstance(second[0], (int, float)):
            second_unit, after = _counter(tokens, second[1], text, second[2])
            if unit is None or second_unit in (None, unit):
                # 3~4억, 1~2만명: the power written once, on the upper end, scales both ends.
                scale = _power(tokens[second[1] - 1]) // _power(tokens[numeral_end - 1])  # 3천~4천만: 만
                if scale > 1 and value * scale <= second[0]:
                    exact = Decimal(str(value)) * scale  # exact: 1.1~2억 is 110000000
                    value = int(exact) if exact == exact.to_integral_value() else float(exact)
                upper, unit, k = second[0], unit or second_unit, after
    if native and unit is None and not (k < len(tokens) and tokens[k].tag in ("NNG", "NNB")
                                        and not _glued(tokens[k - 1], tokens[k])):
        return None  # a native numeral counts only a noun after it: 두 사람, not a lone 두
    during = False
    while k < len(tokens) and _near(tokens[k - 1], tokens[k], text):
        form, tag = tokens[k].form, tokens[k].tag
        if form == "간" and tag == "XSN" and _glued(tokens[k - 1], tokens[k]):
            during = True
        elif form == "째" and tag == "XSN":
            unit = (unit or "") + form
        elif form in _HEDGE_AFTER and tag in ("XSN", "NNG", "NNB"):
            approximate = True
        elif form == "가깝" and tag.startswith("VA") and k + 1 < len(tokens) and tokens[k + 1].tag == "ETM":
            approximate, k = True, k + 1
        elif form == "가까이" and tag == "MAG":
            approximate = True
        else:
            break
        k += 1
    if text[tokens[i].start:tokens[i].end] == "첫" and not (unit or "").endswith("째"):
        return None  # 첫 is a figure only as 첫 번째 / 첫째
    end = max(t.end for t in tokens[first:k])
    kind, parts = _classify(value, upper, unit, ordinal, during, native, text[tokens[i].start:tokens[i].end])
    if parts is not None and 3 in parts:
        parts[3] = _hour(parts[3], meridiem)
    elif meridiem is not None:  # 오전 was a word of its own, not part of this figure
        first = i
    return _Figure(first, k, tokens[first].start, end, value, upper, unit, kind, approximate, parts)


def _power(token: _Token) -> int:
    """The power of ten a numeral's last token stands for (만 in 4만, 천만 in 4천만), else 1."""
    if token.tag != "NR" or not (token.form and _POWER_WORDS.fullmatch(token.form)):
        return 1
    return parse_number(token.form)


def _core(tokens: list[_Token], i: int, text: str):
    """(value, next index, native) of the numeral at token i, or None."""
    token = tokens[i]
    if token.tag == "W_SERIAL" and (clock := _CLOCK.fullmatch(token.form)):
        hour, minute = int(clock[1]), int(clock[2])
        return ((hour, minute), i + 1, False) if hour <= 24 and minute < 60 else None
    if token.tag == "MM" and (token.form in NATIVE_NUMERALS or token.form == "첫"):
        if i + 1 < len(tokens) and not _glued(token, tokens[i + 1]):
            return NATIVE_NUMERALS.get(token.form, 1), i + 1, True
        return None
    if token.tag not in ("SN", "NR"):
        return None
    best, k = None, i
    while k < len(tokens) and tokens[k].tag in ("SN", "NR"):
        if k > i and not (_glued(tokens[k - 1], tokens[k])
                          or (tokens[k - 1].tag == "NR" and _near(tokens[k - 1], tokens[k], text))):
            break
        try:
            best = (parse_number(text[token.start:tokens[k].end]), k + 1)
        except NumeralError:
            break
        k += 1
    if best is None:
        return None
    native = token.tag == "NR" and _NATIVE.fullmatch(token.form) is not None
    if k < len(tokens) and tokens[best[1] - 1].tag == "SN" and _glued(tokens[best[1] - 1], tokens[best[1]]) \
            and tokens[best[1]].tag == "SL" and tokens[best[1]].form not in _LATIN_UNITS:
        return None  # 5G, 3D: digits inside a name
    return best[0], best[1], native


def _counter(tokens: list[_Token], k: int, text: str, native: bool) -> tuple[str | None, int]:
    """The counter after a numeral (unit, next index); (None, k) when there is none."""
    if k >= len(tokens) or not _near(tokens[k - 1], tokens[k], text):
        return None, k
    token, glued = tokens[k], _glued(tokens[k - 1], tokens[k])
    if token.tag == "NNB" and token.form not in _NOT_COUNTERS and (glued or token.form != "등"):
        unit = token.form
    elif token.tag == "NNG" and token.form in _NOUN_COUNTERS:
        unit = token.form
    elif token.tag == "SW" and token.form in _SYMBOL_UNITS and not native:
        unit = token.form
    elif token.tag == "SL" and glued and token.form in _LATIN_UNITS and not native:
        unit = token.form
    else:
        return None, k
    k += 1
    if unit == "%" and k < len(tokens) and tokens[k].form == "p" and _glued(tokens[k - 1], tokens[k]):
        unit, k = "%p", k + 1
    return unit, k


def _classify(value, upper, unit, ordinal, during, native, numeral) -> tuple[str, dict | None]:
    """(kind, date parts or None)."""
    whole = isinstance(value, int) and (upper is None or isinstance(upper, int))
    if ordinal or _UNIT_KINDS.get(unit) == "ordinal" or (unit or "").endswith("째"):
        return "ordinal", None
    if unit is None and whole and not native and re.fullmatch(r"\d{4}", numeral) and 1900 <= value <= 2099:
        return "date", {0: value}  # a year inside a name
    if unit in _DATE_PARTS and whole and not during:
        part = _DATE_PARTS[unit]
        limits = {0: (1000, 2999), 1: (1, 12), 2: (1, 31), 3: (0, 24), 4: (0, 59), 5: (0, 59)}[part]
        if all(limits[0] <= v <= limits[1] for v in (value, upper) if v is not None):
            return ("date" if part <= 2 else "time"), {part: value, "upper": upper}
    if unit in _DATE_PARTS or during:
        return "duration", None
    if native and unit is None:
        return "count", None
    return _UNIT_KINDS.get(unit, "other"), None


def _hour(hour: int, meridiem: int | None) -> int:
    return hour if meridiem is None else hour % 12 + meridiem


def _merge_dates(found: list[_Figure], text: str) -> list[_Figure]:
    """Adjacent date and time parts (년 월 일 시 분 초, in order, spaces apart) as one figure."""
    merged: list[_Figure] = []
    for figure in found:
        previous = merged[-1] if merged else None
        # The earlier part must hold a date or an hour: 30분 20초 is two durations, not a time.
        if (previous is not None and previous.parts and figure.parts and previous.unit is not None
                and min(_fields(previous)) < 4
                and previous.parts.get("upper") is None and figure.parts.get("upper") is None
                and min(_fields(figure)) == max(_fields(previous)) + 1 and not text[previous.end:figure.start].strip()):
            parts = {**previous.parts, **figure.parts}
            kind = "time" if max(_fields(figure)) >= 3 else "date"
            merged[-1] = previous._replace(last=figure.last, end=figure.end, unit=figure.unit, kind=kind, parts=parts,
                                           approximate=previous.approximate or figure.approximate)
        else:
            merged.append(figure)
    return [_finish(figure) for figure in merged]


def _fields(figure: _Figure) -> list[int]:
    return [key for key in figure.parts if isinstance(key, int)]


def _finish(figure: _Figure) -> _Figure:
    """Date/time parts to ISO-like strings; a lone minute or second count is a duration."""
    if not figure.parts:
        return figure
    fields = _fields(figure)
    if min(fields) >= 4:
        return figure._replace(kind="duration", parts=None)
    upper = figure.parts.get("upper")
    value = _iso(figure.parts)
    if upper is not None:
        upper = _iso({key: (upper if key == max(fields) else v) for key, v in figure.parts.items() if key != "upper"})
    return figure._replace(value=value, upper=upper)


def _iso(parts: dict) -> str:
    year, month, day = parts.get(0), parts.get(1), parts.get(2)
    date = ""
    if year is not None:
        date = f"{year:04d}" + (f"-{month:02d}" if month is not None else "") + (f"-{day:02d}" if day is not None and month is not None else "")
    elif month is not None:
        date = f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
    elif day is not None:
        date = f"---{day:02d}"
    if 3 not in parts:
        return date
    clock = f"{parts[3]:02d}:{parts.get(4, 0):02d}" + (f":{parts[5]:02d}" if 5 in parts else "")
    return f"{date}T{clock}" if date else clock


def _row(figure: _Figure, tokens: list[_Token], text: str, section: int, sentence: int) -> list:
    numeric = figure.kind not in ("date", "time")
    number = float(figure.value) if numeric else math.nan
    return [text[figure.start:figure.end], figure.value, figure.upper, number, figure.unit, figure.kind,
            figure.approximate, _measure(figure, tokens, text), section, sentence, figure.start, figure.end]


def _measure(figure: _Figure, tokens: list[_Token], text: str) -> str | None:
    k = figure.last
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


def _noun_run(tokens: list[_Token], k: int, text: str, *, step: int) -> str | None:
    """The nouns from token k onwards (step 1) or backwards (step -1), without leading time words."""
    run = []
    while 0 <= k < len(tokens) and tokens[k].tag in _NOUN_TAGS:
        if run and not _near(*sorted((run[-1], tokens[k]), key=lambda t: t.start), text):
            break
        run.append(tokens[k])
        k += step
    run.sort(key=lambda t: t.start)
    while run and run[0].form in _TIME_WORDS:
        run.pop(0)
    return text[run[0].start:run[-1].end] if run else None


TIMELINE_COLUMNS = ["date", "year", "position", "text", "event", "section", "sentence", "start", "end"]
COMPARISON_COLUMNS = ["group", "label", "when", "text", "number", "unit", "kind", "measure", "approximate",
                      "section", "sentence", "start", "end"]


def dated(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`figures` table (one article's or a corpus's) that are dates or times
    stating a year, with ``year`` (int) added; ``4월`` or ``10일`` alone cannot be placed in time."""
    years = table["value"].astype(str).str.extract(r"^(\d{4})", expand=False)
    kept = table["kind"].isin(["date", "time"]) & years.notna()
    return table[kept].assign(year=years[kept].astype(int))


def timeline(tokens: pd.DataFrame, article: Article, *, width: int = 40) -> pd.DataFrame:
    """The dated figures that name a year, with the words of the sentence that say what happened.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table.

    Columns:
        date: the figure's ISO-like value (``2015-12``, ``2016``).
        year: its year (int).
        position: the year as a number on a time axis (``2015-12`` -> 2015.917).
        text: the figure as written.
        event: up to ``width`` characters of the sentence from the figure on (from the name, for a
            year inside a name), cut at a space; ``…`` marks a cut.
        section, sentence, start, end: as in :func:`figures`.
    Rows in text order; dates without a year (``4월``, ``10일``) are left out: they cannot be placed.
    """
    table = dated(figures(tokens, article))
    sentence_ends = sentences(tokens, article).set_index("sentence")["end"]
    rows = []
    for figure in table.itertuples(index=False):
        begin = figure.start
        if pd.isna(figure.unit) and isinstance(figure.measure, str):  # a year inside a name starts with the name
            found = article.text.rfind(figure.measure, 0, figure.start)
            begin = found if found >= 0 else begin
        event = article.text[begin:sentence_ends[figure.sentence]]
        if len(event) > width:
            cut = event.rfind(" ", 0, width)
            event = event[:cut if cut > 0 else width].rstrip() + "…"
        month = int(figure.value[5:7]) if len(figure.value) >= 7 and figure.value[4] == "-" else None
        year = figure.year
        rows.append([figure.value, year, year + ((month - 0.5) / 12 if month else 0.5), figure.text, event,
                     figure.section, figure.sentence, figure.start, figure.end])
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def comparisons(table: pd.DataFrame, *, kinds: tuple[str, ...] = QUANTITY_KINDS) -> pd.DataFrame:
    """Quantities worth comparing: figures of one kind within one section, where there are two or more.

    ``table`` is a :func:`figures` table. Columns:
        group: ``"{kind} · section {section}"``, one panel of a comparison plot.
        label: ``when`` and ``measure`` joined (``3월 · 제로페이 가맹 신청 수``), else the text.
        when: the date or time written just before the figure in the same sentence (``3월`` in
            ``3월 8만5000건``), else None.
        text, number, unit, kind, measure, approximate, section, sentence, start, end: as in :func:`figures`.
    Rows ordered by group (section, then kind), then text order.
    """
    rows = []
    previous = None
    for figure in table.sort_values("start", kind="stable").itertuples(index=False):
        when = None
        if (previous is not None and previous.kind in ("date", "time") and previous.sentence == figure.sentence
                and figure.start - previous.end <= 1):
            when = previous.text
        previous = figure
        if figure.kind not in kinds:
            continue
        label = " · ".join(part for part in (when, figure.measure) if isinstance(part, str)) or figure.text
        rows.append([f"{figure.kind} · section {figure.section}", label, when, figure.text, figure.number, figure.unit,
                     figure.kind, figure.measure, figure.approximate, figure.section, figure.sentence, figure.start,
                     figure.end])
    result = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    result = result[result.groupby("group")["text"].transform("size") >= 2]
    return result.sort_values(["section", "kind", "start"], kind="stable").reset_index(drop=True)


def comparison_extremes(compared: pd.DataFrame) -> pd.DataFrame:
    """Per group of :func:`comparisons` and unit: its largest and smallest figure and how many
    times one is the other. Only like with like: figures in different units count different
    things (53만여개 merchants, 5만9000건 applications), so they are never set against each other.

    Columns: group, unit, measure (what both figures measure when the text says the same for
    both, else missing: then the labels say what is compared), largest, largest_label,
    smallest, smallest_label (the figures' text and label, as written), ratio (largest number /
    smallest; missing when the smallest is 0). One row per group and unit with two figures or
    more, groups in the order of ``compared``, units in text order; ties go to the earlier figure.
    """
    rows = []
    for (group, unit), members in compared.groupby(["group", "unit"], sort=False, dropna=False):
        if len(members) < 2:
            continue
        top, low = members.loc[members["number"].idxmax()], members.loc[members["number"].idxmin()]
        ratio = top["number"] / low["number"] if low["number"] else float("nan")
        same = members["measure"].notna().all() and members["measure"].nunique() == 1
        measure = members["measure"].iloc[0] if same else None
        rows.append((group, unit, measure, top["text"], top["label"], low["text"], low["label"], ratio))
    return pd.DataFrame(rows, columns=["group", "unit", "measure", "largest", "largest_label", "smallest",
                                       "smallest_label", "ratio"])
