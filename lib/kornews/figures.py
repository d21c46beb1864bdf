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
  numerals (``수백만``, ``수십``) are not figures, nor are codes opening with 0 (``(005930)``): no row;
- a bare year (four digits, 1900-2099, no counter) inside a name (``'2019 스마트시티 엑스포'``,
  ``'디지털기본계획 2020'``) is kept as a ``date`` row without unit: the name still dates something
  (an event's edition, a plan's horizon) and a timeline needs it; ``measure`` holds the name;
- a range (``10~20%``, ``3~4월``) is one row: ``value`` is the lower end, ``upper`` the upper end;
- adjacent date and time parts, in order and only spaces apart, are one figure (``2015년 12월``,
  ``10일 오전 0시1분쯤``): one event's one moment, so one row, of kind ``time`` when it has a clock part;
- approximation (약, 여, 쯤, 께, 가량, 안팎, 남짓, 정도, 가까운/가까이) sets ``approximate`` and is part of ``text``;
- a native numeral counts with a counter glued or apart (``두달간``, ``세 차례``); ``한`` only with a
  counter (``한 상인은`` is "a merchant"); native day counts (이틀, 사흘 ... 열흘, 보름) are days, and
  ``하루`` only before 째, 간, 만, 동안 ... (``하루 평균`` is "per day");
- marks before the number sign it (``-``, ``마이너스``, ``영하``, ``△``/``▼`` decrease, ``▲`` increase; an
  arrow glued after it too: ``12.6%↓``), make it a margin (``±``), a currency (``$1.5``) or a speed
  (시속); 이상, 이하, 미만, 초과 after it bound it;
- ``N대`` is an age group (30 to 39) unless it follows a noun that names no person, time or relation
  (차량 30대, 발급기 50대: a count) or an office follows (21대 국회: ordinal); ``N호`` of round hundreds in a
  sentence on housing counts homes (주택 2만호); power in Hangul (98기가와트) is energy; a bare amount of 억
  or more (a headline's 250억) is money where the article writes it as money (250억원); ``N대 M`` and ``N-M로`` are scores; ``N인당 X`` and ``3.3㎡당 X`` are rates;
- a native number before an ordinal counter counts (``원전 두 기``), and so does 기 after a machine
  (``터빈 80기``); ``N선`` of 100 or more is a level (``2,600선``: kind other); ``1·4분기`` and ``2/4분기``
  are the first and second quarter;
- digits and powers glued into no one numeral (``5757억8300억원``) make one row flagged ``malformed``,
  never a fragment and never a wrong value; digits glued to a noun after the counter (``3점슛``)
  name a thing: no row;
- relative words without a number (``이날``, ``지난달``, ``올해 말``) are date rows of their own, and
  every date is resolved against the article's date (:mod:`kornews.dates`).
The words behind these rules (units and counters, day words, signs, hedges, change words, age and
office nouns) are tables in ``data/units.tsv`` and ``data/words.tsv``, read by the engine in
:mod:`kornews.figure_scan`.
"""

from __future__ import annotations

import math

import pandas as pd

from . import dates
from .article import Article
from .figure_scan import Figure, Token, measure_of, merge_dates, scan
from .tokens import sentences

# What the words around a number say about it: after the columns every figure has.
DETAIL_COLUMNS = ["change", "bound", "margin", "per", "against", "flag"]
# Where a date or time lies on the calendar, against the article's date: after the rest.
DATE_COLUMNS = ["resolved", "anchor"]
FIGURE_COLUMNS = [
    "text",
    "value",
    "upper",
    "number",
    "unit",
    "kind",
    "approximate",
    "measure",
    "section",
    "sentence",
    "start",
    "end",
    *DETAIL_COLUMNS,
    *DATE_COLUMNS,
]
KINDS = (
    "date",
    "time",
    "duration",
    "count",
    "area",
    "money",
    "percent",
    "ordinal",
    "length",
    "mass",
    "volume",
    "temperature",
    "energy",
    "data",
    "speed",
    "age",
    "ratio",
    "score",
    "other",
)
QUANTITY_KINDS = ("count", "area", "money", "percent", "length", "mass", "volume", "energy", "data")
# Counts that are no amounts to set side by side: 2사 is the out an inning stands at (a state, as
# 4회말 is a place), 두 자릿수 an order of magnitude.
NOT_COMPARED_UNITS = frozenset({"사", "자릿수"})


def figures(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per figure expression in the title, subtitles, headings and body, in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table (with or without an ``article``
    column).

    Columns:
        text: the figure as written, with its counter, the marks before it and the hedges after it
            (``2만 7606㎡``, ``약 1000㎡``, ``53만여개``, ``10일 오전 0시1분쯤``, ``△1.2%``, ``만 19세 이상``,
            ``3.3㎡당 4000만원``); ``article.text[start:end]``.
        value: the normalised value: an int (whole) or float for quantities, durations and
            ordinals, exact however long (a 400-digit number is that int); an ISO-8601-like string
            for dates and times: ``2015``, ``2015-12``, ``2015-12-10``, ``--04`` (April of no stated
            year), ``---10`` (day 10), ``---10T00:01``, ``15:30``. For a range, the lower end.
            Signed by ``-``, ``마이너스``, ``영하`` (``영하 10℃`` is -10), and by the arrows of Korean
            financial tables: ``△1.2%`` and ``▼2.1%`` are -1.2 and -2.1 (a decrease), ``▲3.4%`` is 3.4,
            and so are arrows glued after the figure (``12.6%↓`` is -12.6). A fraction is its quotient
            (``3분의 1``, ``2/3``). ``'20년`` is the year 2020 (two-digit years: 00-49 are 2000s).
            None when the numeral is malformed (``5757억8300억원``) or longer than Python prints
            (over 4300 digits); see ``flag``.
        upper: the upper end of a range (same type as ``value``: ``10~20%`` is 10 and 20,
            ``3~4월`` is ``--03`` and ``--04``; an age group ``30대`` is 30 and 39, a decade ``90년대``
            ``1990`` and ``1999``), else None.
        number: ``value`` as a float for the numeric kinds, NA for dates and times, for a malformed
            numeral and for a number too large for a float (309 digits or more); for plotting.
        unit: the counter or symbol as written (㎡, 개, 건, 명, 원, %, 년, 개월, 시간, 선, 배, 세, 달러,
            $, ℃, kWh ...; see ``data/units.tsv``), except that percentage points in any spelling
            (``%p``, ``%포인트``, ``% 포인트``, ``퍼센트포인트``) are ``%p``, 주간 is 주, and the native
            day counts (이틀, 사흘 ... 보름) are 일; for a date or time its finest part (``월`` for
            ``2015년 12월``); None when there is none.
        kind: one of :data:`KINDS`: date, time, duration, count, area, money, percent (with unit
            ``%p`` for percentage points), ordinal (제N, N번째, N째, 4회말, 21대 국회, 후반 38분),
            length, mass, volume, temperature, energy, data, speed (시속 100㎞), age (19세, 30대,
            A(54)씨), ratio (3배, 3분의 1, 2/3), score (3대 1, 0-2로), other.
        approximate: True when the text hedges the number (약, 여, 쯤, 께, 가량, 안팎, 남짓, 정도,
            내외, 가까운, 1조원대, 8%대) or names only a part of its month, year or decade (초, 중순,
            말, 상반기, 하반기, 초반, 후반: ``3월 중순께``, ``6월 말``).
        measure: what the figure counts where the text says: the noun phrase it modifies
            (``400개 가까운 창업팀`` -> 창업팀) or else, for quantities, the topic it is predicated
            of (``가맹 신청 수는 3월 8만5000건`` -> 가맹 신청 수); None when neither is found.
            Never a particle, a suffix (씩) or a relation (가운데, 동안, 전, 이상): the phrase ends before
            one, and one right after the figure leaves the measure None (``6이닝 동안 공``). Best effort.
        section, sentence, start, end: as in :func:`kornews.tokenize`.
        change: ``increase`` or ``decrease`` when an arrow (▲ ▼ △, or ↑ ↓ after it) or a change word after the
            figure (증가, 감소, 상승, 하락, 늘어난, 줄어든 ...) says it is a change; NA otherwise, and
            when a particle stands between (``4%로 늘었다`` is the level reached, not the change).
        bound: ``>=``, ``<=``, ``>`` or ``<`` for 이상, 이하, 초과, 미만 after the figure; NA otherwise.
        margin: True for a margin of error (``±2.5%포인트``).
        per: the base of a rate (``1인`` in ``1인당 5만원``, ``3.3㎡`` in ``3.3㎡당 4000만원``); NA otherwise.
        against: the other side of a score (1 in ``3대 1``, 2 in ``0-2로``), else None.
        flag: ``malformed`` for digits and powers glued into no one numeral (``2천5000원``), ``too long``
            for a number of more than 4300 digits (Python will not print it); NA otherwise.
        resolved: for a date or time, where it lies on the calendar against ``article.date``
            (:mod:`kornews.dates`): ISO 8601 ``2016``, ``2021-04``, ``2020-07-10``, ``2020-07-10T00:01``,
            or an interval ``first/last`` for a range or a week, half-year or decade
            (``2020-01/2020-06``); NA for other kinds and when it cannot be resolved.
        anchor: ``stated`` (the text gives the year), ``article`` (relative to the article's date)
            or ``previous`` (relative to the last date named before it, in its sentence or an
            earlier one: ``이날`` after ``18일``); NA for other kinds.
    Relative words without a number (이날, 지난달, 올해 말; ``data/dates.tsv``) are rows too: kind
    ``date``, no value, unit or measure. The words behind these rules are tables:
    ``data/units.tsv``, ``data/words.tsv`` and ``data/dates.tsv``.
    """
    rows, named = [], []  # named: the dates resolved so far, which 이날 and 전날 may refer to
    for (section, sentence), group in tokens.groupby(["section", "sentence"], sort=True):
        sentence_tokens = [
            Token(*t) for t in group[["start", "end", "form", "tag"]].itertuples(index=False)
        ]
        found = [
            _row(figure, sentence_tokens, article.text, section, sentence)
            for figure in merge_dates(scan(sentence_tokens, article.text), article.text)
        ]
        rows += _resolved(found, sentence_tokens, article, section, sentence, named)
    rows = _echoed_money(rows)
    # value and upper mix ints, floats and strings: object columns keep each as it is (7, not 7.0).
    table = pd.DataFrame(
        {name: pd.Series(column, dtype=object) for name, column in zip(FIGURE_COLUMNS, zip(*rows))}
        if rows
        else {name: pd.Series(dtype=object) for name in FIGURE_COLUMNS}
    )
    # Nullable dtypes: a missing unit, measure or number is NA (None in JSON, empty in CSV), not NaN.
    table = table.astype(
        {
            "number": "Float64",
            "unit": "string",
            "kind": "string",
            "measure": "string",
            "approximate": bool,
            "section": int,
            "sentence": int,
            "start": int,
            "end": int,
            "change": "string",
            "bound": "string",
            "margin": bool,
            "per": "string",
            "flag": "string",
            "resolved": "string",
            "anchor": "string",
        }
    )
    return table.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def _row(figure: Figure, tokens: list[Token], text: str, section: int, sentence: int) -> list:
    return [
        text[figure.start : figure.end],
        figure.value,
        figure.upper,
        _number(figure),
        figure.unit,
        figure.kind,
        figure.approximate,
        measure_of(figure, tokens, text),
        section,
        sentence,
        figure.start,
        figure.end,
        figure.change,
        figure.bound,
        figure.margin,
        figure.per,
        figure.against,
        figure.flag,
    ]


def _echoed_money(rows: list[list]) -> list[list]:
    """A bare amount of 억 or more (a headline's ``250억 투입``) is money where the article writes the same
    amount as money (``250억원``): headlines drop 원, and a bare 억 elsewhere (``인구 80억``) stays other."""
    money = {row[1] for row in rows if row[5] == "money"}
    for row in rows:
        if (
            row[5] == "other"
            and row[4] is None
            and isinstance(row[1], (int, float))
            and row[1] >= 10**8
            and row[1] in money
        ):
            row[5] = "money"
    return rows


def _resolved(
    rows: list[list],
    tokens: list[Token],
    article: Article,
    section: int,
    sentence: int,
    named: list[dates.Moment],
) -> list[list]:
    """The sentence's figure rows with ``resolved`` and ``anchor``, and a row for each relative
    word without digits (이날, 지난달, 올해 말), in text order; ``named`` as in :func:`dates.resolve`."""
    spans = [(row[10], row[11]) for row in rows]
    items = [
        dates.figure_item(row[10], row[11], row[0], row[1], row[2])
        for row in rows
        if row[5] in ("date", "time") and isinstance(row[1], str)
    ]
    items += [
        word
        for word in dates.find_words(article.text, [(t.start, t.end) for t in tokens])
        if not any(start < word.end and word.start < end for start, end in spans)
    ]
    by_start = {row[10]: row + [None, None] for row in rows}
    for found in dates.resolve(items, article.date, named):
        if found.figure:
            by_start[found.start][-2:] = [found.resolved, found.anchor]
        else:
            by_start[found.start] = [
                article.text[found.start : found.end],
                None,
                None,
                math.nan,
                None,
                "date",
                found.approximate,
                None,
                section,
                sentence,
                found.start,
                found.end,
                None,
                None,
                False,
                None,
                None,
                None,
                found.resolved,
                found.anchor,
            ]
    return [by_start[start] for start in sorted(by_start)]


def _number(figure: Figure) -> float:
    if figure.kind in ("date", "time") or figure.value is None:
        return math.nan
    try:
        return float(figure.value)
    except OverflowError:  # 309 digits or more: value keeps the exact int, number is missing
        return math.nan


TIMELINE_COLUMNS = [
    "date",
    "year",
    "position",
    "text",
    "event",
    "anchor",
    "tense",
    "section",
    "sentence",
    "start",
    "end",
]
COMPARISON_COLUMNS = [
    "group",
    "label",
    "when",
    "text",
    "number",
    "unit",
    "kind",
    "measure",
    "approximate",
    "section",
    "sentence",
    "start",
    "end",
]


def dated(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`figures` table (one article's or a corpus's) that are dates or times
    stating a year, with ``year`` (int) added; ``4월`` or ``10일`` alone cannot be placed in time."""
    years = table["value"].astype(str).str.extract(r"^(\d{4})", expand=False)
    kept = table["kind"].isin(["date", "time"]) & years.notna()
    return table[kept].assign(year=years[kept].astype(int))


def timeline(tokens: pd.DataFrame, article: Article, *, width: int = 40) -> pd.DataFrame:
    """Every date of the article that can be placed on the calendar, with the words of the
    sentence that say what happened.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table. A date is placed when it states
    its year or when the article's date (``article.date``) resolves it (``10일``, ``내년 4월``,
    ``이날``: see :mod:`kornews.dates`); without an article date only the stated ones are.

    Columns:
        date: the figure's ``resolved`` value (``2015-12``, ``2020-07-10T00:01``, ``2020-01/2020-06``).
        year: the year it starts in (int).
        position: the middle of the days it covers, as a year on a time axis (``2015-12`` -> 2015.96).
        text: the figure (or the relative words) as written.
        event: up to ``width`` characters of the sentence from the figure on (from the name, for a
            year inside a name), cut at a space; ``…`` marks a cut.
        anchor: ``stated``, ``article`` or ``previous`` (see :func:`figures`).
        tense: ``past``, ``present`` (it covers the article's day) or ``future`` against the
            article's date; missing when the article's date is unknown.
        section, sentence, start, end: as in :func:`figures`.
    Rows in text order.
    """
    table = figures(tokens, article)
    table = table[table["resolved"].notna()]
    sentence_ends = sentences(tokens, article).set_index("sentence")["end"]
    rows = []
    for figure in table.itertuples(index=False):
        begin = figure.start
        if (
            figure.kind == "date" and pd.isna(figure.unit) and isinstance(figure.measure, str)
        ):  # a year inside a name
            found = article.text.rfind(figure.measure, 0, figure.start)
            begin = found if found >= 0 else begin
        event = article.text[begin : sentence_ends[figure.sentence]]
        if len(event) > width:
            cut = event.rfind(" ", 0, width)
            event = event[: cut if cut > 0 else width].rstrip() + "…"
        rows.append(
            [
                figure.resolved,
                dates.interval(figure.resolved)[0].year,
                position(figure.resolved),
                figure.text,
                event,
                figure.anchor,
                dates.tense(figure.resolved, article.date),
                figure.section,
                figure.sentence,
                figure.start,
                figure.end,
            ]
        )
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def position(resolved: str) -> float:
    """A resolved date as a year on a time axis: the middle of the days it covers (``2015-12`` -> 2015.96)."""
    first, last = dates.interval(resolved)
    middle = (
        pd.Timestamp(first) + (pd.Timestamp(last) - pd.Timestamp(first) + pd.Timedelta(days=1)) / 2
    )
    return middle.year + (middle.day_of_year - 1 + middle.hour / 24) / (
        366 if middle.is_leap_year else 365
    )


def comparisons(
    table: pd.DataFrame, article: Article | None = None, *, kinds: tuple[str, ...] = QUANTITY_KINDS
) -> pd.DataFrame:
    """Quantities worth comparing: figures of one kind and one unit within one section, where
    there are two or more (figures in different units count different things, :func:`comparison_extremes`).

    ``table`` is a :func:`figures` table. Given ``article`` (the table's), a figure of the title, a
    subtitle or a heading that the body states again (same kind, number and unit: the title's
    ``300여 명`` of ``주민 300여 명이 대피``) counts once, as the body states it. Counts of
    :data:`NOT_COMPARED_UNITS` (``2사``: the out an inning stands at) are left out. Columns:
        group: ``"{kind} · section {section}"``; with ``unit``, one panel of a comparison plot.
        label: ``when`` and ``measure`` joined (``3월 · 제로페이 가맹 신청 수``), else the text.
        when: the date or time written just before the figure in the same sentence (``3월`` in
            ``3월 8만5000건``), else None.
        text, number, unit, kind, measure, approximate, section, sentence, start, end: as in :func:`figures`.
    Rows ordered by section, kind, unit (in the order the section first gives it), then text order.
    """
    rows = []
    previous = None
    for figure in table.sort_values("start", kind="stable").itertuples(index=False):
        when = None
        if (
            previous is not None
            and previous.kind in ("date", "time")
            and previous.sentence == figure.sentence
            and figure.start - previous.end <= 1
        ):
            when = previous.text
        previous = figure
        if figure.kind not in kinds or figure.unit in NOT_COMPARED_UNITS or pd.isna(figure.number):
            continue  # no quantity, no amount (2사), or a malformed numeral with no number
        label = (
            " · ".join(part for part in (when, figure.measure) if isinstance(part, str))
            or figure.text
        )
        rows.append(
            [
                f"{figure.kind} · section {figure.section}",
                label,
                when,
                figure.text,
                figure.number,
                figure.unit,
                figure.kind,
                figure.measure,
                figure.approximate,
                figure.section,
                figure.sentence,
                figure.start,
                figure.end,
            ]
        )
    result = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    if article is not None:
        result = result[~_restated(result, article)]
    unit = result["unit"].fillna("")
    result = result[result.groupby(["group", unit])["text"].transform("size") >= 2]
    first = result.groupby(["group", unit[result.index]])["start"].transform("min")
    return (
        result.assign(_first=first)
        .sort_values(["section", "kind", "_first", "start"], kind="stable")
        .drop(columns="_first")
        .reset_index(drop=True)
    )


def _restated(compared: pd.DataFrame, article: Article) -> pd.Series:
    """Which rows stand outside the body paragraphs (title, subtitles, headings) and say again
    what a body figure says."""
    body = [(part.start, part.end) for part in article.parts if part.kind == "paragraph"]
    in_body = (
        compared["start"]
        .map(lambda start: any(first <= start < last for first, last in body))
        .astype(bool)
    )
    said = set(
        zip(
            compared["kind"][in_body],
            compared["number"][in_body],
            compared["unit"][in_body].fillna(""),
        )
    )
    again = [
        key in said
        for key in zip(compared["kind"], compared["number"], compared["unit"].fillna(""))
    ]
    return ~in_body & pd.Series(again, index=compared.index, dtype=bool)


def comparison_extremes(compared: pd.DataFrame) -> pd.DataFrame:
    """Per group of :func:`comparisons` and unit: its largest and smallest figure and how many
    times one is the other. Only like with like: figures in different units count different
    things (53만여개 merchants, 5만9000건 applications), so they are never set against each other.

    Columns: group, unit, measure (what both figures measure when the text says the same for
    all, else missing: then the labels say what is compared), figures (how many are compared),
    largest, largest_label, smallest, smallest_label (the figures' text and label, as written),
    ratio (largest number / smallest; missing when the smallest is 0 or negative), equal (True
    when the largest and the smallest are equal in value: then every figure of the row is, and
    ratio says nothing). Ties: the largest is the first of the largest values in the order of
    ``compared`` (text order), the smallest the first of the smallest values among the others,
    so that two figures are always set against each other, never one against itself. One row
    per group and unit with two figures or more, in the order of ``compared``.
    """
    rows = []
    for (group, unit), members in compared.groupby(["group", "unit"], sort=False, dropna=False):
        if len(members) < 2:
            continue
        top = members.loc[members["number"].idxmax()]
        others = members.drop(index=top.name)
        low = others.loc[others["number"].idxmin()]
        ratio = (
            top["number"] / low["number"] if low["number"] > 0 else float("nan")
        )  # a ratio to a decrease says nothing
        same = members["measure"].notna().all() and members["measure"].nunique() == 1
        measure = members["measure"].iloc[0] if same else None
        rows.append(
            (
                group,
                unit,
                measure,
                len(members),
                top["text"],
                top["label"],
                low["text"],
                low["label"],
                ratio,
                bool(top["number"] == low["number"]),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "group",
            "unit",
            "measure",
            "figures",
            "largest",
            "largest_label",
            "smallest",
            "smallest_label",
            "ratio",
            "equal",
        ],
    )
