"""Figures: every number in an article's title, headings and body as one tidy table.

Built on the token table (:func:`kornews.tokenize`), before any stopword filtering: Kiwi
tags the parts of a figure (SN digits, NR 만/억/조 and Hangul numerals, MM 두/세/약, XPN 제,
NNB and SW counters, XSN 여/간/쯤) and :func:`kornews.numerals.parse_number` gives the values.
The dateline and footer never reach the token table, so they give no rows.

Rules, in the order they apply:
- a numeral is a run of SN/NR tokens, glued or, after a power of ten, one space apart
  (``2만 7606``); a native numeral (MM 두, NR 다섯) counts only when a noun follows it after a space
  (``두 곳``; ``한편`` is an adverb, not one side);
- digits glued to a word or a dash (``코로나19``, ``K-9``, ``5G``) are part of a name unless a counter is
  glued after them (``시즌4패``, ``영업익1조원``: a title or a slip run together), and vague
  numerals (``수백만``, ``수십``) are not figures, nor are codes opening with 0 (``(005930)``), nor the
  ones of a slogan, one X per Y (``1기관 1시장``, ``1사 1촌``: two 1s glued to words side by side, one on
  a word no counter; ``1골 1도움`` and ``1승 1패`` count): no row;
- a bare year (four digits, 1900-2099, no counter) inside a name (``'2019 스마트시티 엑스포'``)
  is kept as a ``date`` row without unit: the name dates an event's edition and a timeline needs
  it; ``measure`` holds the name; but one space after a plan's or vision's name
  (``'디지털기본계획 2020'``, ``비전 2040``) it is the plan's horizon, part of the name: no row;
- a range (``10~20%``, ``3~4월``) is one row: ``value`` is the lower end, ``upper`` the upper end;
- adjacent date and time parts, in order and only spaces apart, are one figure (``2015년 12월``,
  ``10일 오전 0시1분쯤``): one event's one moment, so one row, of kind ``time`` when it has a clock part;
- approximation (약, 여, 쯤, 께, 가량, 안팎, 남짓, 정도, 상당, 가까운/가까이) sets ``approximate`` and is part of ``text``;
- a native numeral counts with a counter glued or apart (``두달간``, ``세 차례``); ``한`` only with a
  counter (``한 상인은`` is "a merchant"); native day counts (이틀, 사흘 ... 열흘, 보름) are days, and
  ``하루`` and ``일주일`` (one 주일) only before 째, 간, 만, 동안 ... (``하루 평균`` is "per day");
  a syllable glued after the number and glossed by its Hanja is the counter (``'3고(高)'``: 3 고);
- marks before the number sign it (``-``, ``마이너스``, ``영하``, ``△``/``▼`` decrease, ``▲`` increase; an
  arrow glued after it too: ``12.6%↓``), make it a margin (``±``), a currency (``$1.5``) or a speed
  (시속); 이상, 이하, 미만, 초과 after it bound it, and so do 넘게, 넘는, 웃돈, 밑돈 (not 넘지 않았다);
- ``N대`` is an age group (30 to 39) unless it follows a noun that names no person, time or relation
  (차량 30대, 발급기 50대: a count) or an office follows (21대 국회: ordinal); ``N호`` of round hundreds in a
  sentence on housing counts homes (주택 2만호); power in Hangul (98기가와트) is energy; a bare amount of 억
  or more (a headline's 250억) is money where the article writes it as money (250억원); ``N대 M`` and ``N-M로`` are scores; ``N인당 X`` and ``3.3㎡당 X`` are rates;
- a native number before an ordinal counter counts (``원전 두 기``), and so does 기 after a machine
  (``터빈 80기``); ``N선`` of 100 or more is a level (``2,600선``: kind other);
- a quarter (``3분기``, ``1·4분기``, ``2/4분기``) is a date, its value the quarter's number, and one row
  with a year before it (``2022년 2분기``); a week of a month (``8월 둘째 주``) is one hedged date;
- in a ball game's account (a unit such as 이닝, 회초, 피안타 in the article) ``N회`` is an inning
  (ordinal); a scoreboard's ``6 - 3`` between two teams, and ``4-3`` before the winner's name, are scores;
  ``5⅓`` adds its fraction glyph, ``N년 반`` (시간, 개월, 배) a half, ``2시 반`` thirty minutes; ``5세대`` before a noun is a generation;
- writers' slips read as meant: a doubled power (``1904억억원``), ``%%``, ``%P``, the hedge ``대`` a
  space apart (``70조 원 대``);
- digits and powers glued into no one numeral (``5757억8300억원``) make one row flagged ``malformed``,
  never a fragment and never a wrong value; digits glued to a noun after the counter (``3점슛``)
  name a thing: no row, except in a word that holds two numbers (a title run together);
- relative words without a number (``이날``, ``지난달``, ``올해 말``) are date rows of their own, and
  every date is resolved against the article's date (:mod:`kornews.dates`).
The words behind these rules (units and counters, day words, signs, hedges, change words, age and
office nouns, time words) are tables in ``data/units.tsv``, ``data/words.tsv`` and ``data/dates.tsv``,
read once in :mod:`kornews.figures.words`.

The package, in the order data flows through it: ``records`` (the named records passed along),
``words`` (the tables), ``counters``, ``numeral``, ``pairs`` (ranges, fractions, scores), ``around``
(marks before a number, words after it), ``context`` (the kind), ``moments`` (dates and times),
``vague`` (digits that are no figure), ``counted`` (a numeral with its counter), ``assemble`` (a
figure from its parts), ``scan`` (a sentence's figures), ``measure``; then ``table`` (:func:`figures`), ``timeline``
(:func:`timeline`, :func:`dated`) and ``comparisons``.
"""

from .comparisons import (
    COMPARISON_COLUMNS,
    NOT_COMPARED_UNITS,
    NOTHING_COMPARED,
    QUANTITY_KINDS,
    comparison_extremes,
    comparisons,
)
from .table import DATE_COLUMNS, DETAIL_COLUMNS, FIGURE_COLUMNS, KINDS, figures
from .timeline import TIMELINE_COLUMNS, dated, position, timeline

__all__ = [
    "COMPARISON_COLUMNS",
    "DATE_COLUMNS",
    "DETAIL_COLUMNS",
    "FIGURE_COLUMNS",
    "KINDS",
    "NOT_COMPARED_UNITS",
    "NOTHING_COMPARED",
    "QUANTITY_KINDS",
    "TIMELINE_COLUMNS",
    "comparison_extremes",
    "comparisons",
    "dated",
    "figures",
    "position",
    "timeline",
]
