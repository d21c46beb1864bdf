"""What a figure measures: the noun it counts, written before it (전기버스 500대 -> 전기버스) or after
it (400개 가까운 창업팀, 500대의 버스 -> 창업팀, 버스), else, for a quantity, the topic it is
predicated of (가맹 신청 수는 3월 8만5000건 -> 가맹 신청 수); never a verb phrase (500대 추가 도입)
nor a level (24% 수준): those words are ``data/measure_words.tsv``. And the base of a rate written
as a word (대당 1억5000만원 -> 대)."""

from __future__ import annotations

from functools import cache

from ..tables import table
from .records import Figure, Token, glued, near
from .words import stops, time_words, words

_NOUN_TAGS = {"NNG", "NNP", "SL", "SH", "XPN", "XSN"}
_TOPIC_MARKS = {"JX", "JKS", "JKO"}  # 가맹점은, 전기버스가, 요금을 월 6만원에서
# What a topic may stand before a figure across: other figures (1800대로 24%), signs, hedges.
_FIGURE_TAGS = {"SN", "NR", "NNB", "SW", "XSN", "SP", "MM", "XPN"}
# A noun glued to one of these is a predicate (발표됐다, 도입한다): its phrase is a verb phrase.
_PREDICATE_TAGS = {"XSV", "XSA"}
# Kinds whose noun before says what they count (전기버스 500대); before a duration, an ordinal or an
# age it says when or where (전반 12분, 시즌 17번째).
_COUNTED_BEFORE = frozenset(
    ["count", "area", "money", "percent", "length", "mass", "volume", "energy", "data"]
) | {"temperature", "speed", "other"}
# What may stand between a rate's base and its figure (가구당 전기요금은 월 4만원), at most this many.
_RATE_GAP_TAGS = {"NNG", "NNP", "SL", "XSN", "MAG", "JKG", "JX", "JKS"}
_RATE_GAP = 6
# Tags of what a counter is glued after: digits, powers, Latin units (15MW급), prefixes (3피안타).
_COUNTED_AFTER = {"SN", "NR", "SL", "SW", "XPN"}


@cache
def measure_words(role: str) -> frozenset[str]:
    """The words of data/measure_words.tsv in a role (action, level, count, base, link)."""
    return frozenset(row.word for row in table("measure_words.tsv") if row.role == role)


@cache
def _not_before() -> frozenset[str]:
    """Words that make the nouns before a figure ending with one no measure: how it is counted
    (하루 평균), the base of a comparison (전년 대비), a run of it (사흘 연속)."""
    return measure_words("count") | measure_words("base") | measure_words("action")


@cache
def _not_after() -> frozenset[str]:
    """Words that make a noun phrase after a figure no measure: actions, levels and changes."""
    return measure_words("action") | measure_words("level") | frozenset(words("change"))


def measure_of(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """What the figure counts, as the text writes it, or None where no noun says (이 사고로 2명이)."""
    if figure.kind in ("date", "time"):
        return _dated(figure, tokens, text)
    before = _before(figure, tokens, text) if figure.kind in _COUNTED_BEFORE else None
    if figure.last < len(tokens) and _stop(tokens, figure.last):
        return before  # 6이닝 동안 공, 1년 전: the figure places another; only a noun before it is counted
    # 전기버스 한 대의 연료비: the noun before is counted; 500대의 버스: the noun after 의
    return (
        _after(figure, tokens, text)
        or before
        or _owned(figure, tokens, text)
        or _topic(figure, tokens, text)
    )


def per_of(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """The base of a rate written as a word before the figure in its clause (대당 1억5000만원,
    가구당 전기요금은 월 4만원): the word without 당. Bases with a number (1인당, 3.3㎡당) are figures
    of their own, folded in by the scan."""
    k = figure.first - 1
    while k >= 1 and figure.first - k <= _RATE_GAP and tokens[k].form != "당":
        if tokens[k].tag not in _RATE_GAP_TAGS:
            return None
        k -= 1
    if (
        k >= 1
        and tokens[k].form == "당"
        and glued(tokens[k - 1], tokens[k])
        and tokens[k - 1].tag not in ("SN", "NR")
    ):
        start = tokens[k - 1].start
        while start > 0 and text[start - 1].isalpha():
            start -= 1  # the whole word: 가구당 is 가구 + 당
        return text[start : tokens[k].start]
    return None


def _dated(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """A date measures nothing (27일 수원삼성은: the day, not the club); a year inside a name (no unit)
    keeps the name it dates, after or before it (the timeline opens its event there)."""
    if figure.unit is not None or (figure.last < len(tokens) and _stop(tokens, figure.last)):
        return None
    after = _noun_run(tokens, figure.last, text, step=1)  # '2019 스마트시티 엑스포'
    return after or _noun_run(tokens, figure.first - 1, text, step=-1)  # '디지털기본계획 2020'


def _owned(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """X of "N원의 X", "N㎡ 규모의 X", "1.2GW 규모 X", "제2의 X"."""
    k = figure.last
    if k + 1 < len(tokens) and tokens[k].form == "규모":
        return _noun_run(tokens, k + 2 if tokens[k + 1].tag == "JKG" else k + 1, text, step=1)
    if k < len(tokens) and tokens[k].tag == "JKG" and glued(tokens[k - 1], tokens[k]):
        return _noun_run(tokens, k + 1, text, step=1)
    return None


def _before(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """The noun written right before the figure, a space apart (전기버스 500대, 예산 48억원 가운데,
    응답자의 78%); not a name alone (서울시 500억원: who, not what), not the base of a rate (대당)
    or of a comparison (전년 대비), not a word of how it is counted (하루 평균, 연), not a counter
    of another figure (1분기 3조원, 15MW급 터빈 80기 -> 터빈)."""
    k = figure.first - 1
    if (
        k < 0
        or not near(tokens[k], tokens[figure.first], text)
        or glued(tokens[k], tokens[figure.first])
    ):
        return None
    if k > 0 and tokens[k].tag == "JKG" and glued(tokens[k - 1], tokens[k]):
        k -= 1  # 응답자의 78%: a part of what the noun counts
    if tokens[k].tag == "NNP" or (
        tokens[k].tag == "XSN"
        and (k == 0 or tokens[k].form == "당" or not glued(tokens[k - 1], tokens[k]))
    ):
        return None
    run = _run(tokens, k, text, step=-1)
    if not run or run[-1].form in _not_before():
        return None
    return text[run[0].start : run[-1].end]


def _after(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """The noun phrase the figure modifies (400개 가까운 창업팀), unless it says what happens to the
    figure (추가 도입, 간판 교체) or where it stands (수준)."""
    run = _run(tokens, figure.last, text, step=1)
    if not run or run[0].form in _not_after() or run[-1].form in measure_words("action"):
        return None  # 추가 도입, 수준, 증가; 간판 교체
    end = tokens.index(run[-1]) + 1
    if end < len(tokens) and tokens[end].tag in _PREDICATE_TAGS:
        return None  # 공식 발표됐다: a verb phrase
    return text[run[0].start : run[-1].end]


def _topic(figure: Figure, tokens: list[Token], text: str) -> str | None:
    """The topic the figure is predicated of (가맹 신청 수는 3월 8만5000건), for a quantity also
    across a figure in another case (전기버스는 1800대로 24%), adverbs, time words and the nouns of
    how it is counted (올해 말 기준); for an age or a duration only across figures in the same case
    (남은 임기는 2년; not 청년은 2만명으로, 만 19세부터)."""
    quantity = figure.kind in _COUNTED_BEFORE
    k = figure.first - 1
    while k > 0 and tokens[k].tag not in _TOPIC_MARKS:
        form, tag = tokens[k].form, tokens[k].tag
        if tag in _FIGURE_TAGS:
            k -= 1
        elif not quantity:
            return None
        elif form in _not_before():
            run = _run(tokens, k, text, step=-1)
            k = tokens.index(run[0]) - 1 if run else k - 1  # 박람회 기간, 전년 대비
        elif tag == "MAG" or form in time_words():
            k -= 1
        elif tag == "JKB" and tokens[k - 1].tag in ("NNB", "SW", "NR", "SN"):
            k -= 1  # 1800대로 24%
        elif tag == "JKG" and tokens[k - 1].form in measure_words("base"):
            k -= 1  # 16조원으로 전체의 33.7%
        else:
            return None
    return _noun_run(tokens, k - 1, text, step=-1) if k > 0 else None


def _noun_run(tokens: list[Token], k: int, text: str, *, step: int) -> str | None:
    run = _run(tokens, k, text, step=step)
    return text[run[0].start : run[-1].end] if run else None


def _run(tokens: list[Token], k: int, text: str, *, step: int) -> list[Token]:
    """The nouns from token k onwards (step 1) or backwards (step -1), up to a relation or a bound
    (주력 품목 가운데 반도체 -> 주력 품목), without leading time words and suffixes (씩)."""
    run: list[Token] = []
    while (
        0 <= k < len(tokens)
        and tokens[k].tag in _NOUN_TAGS
        and not _stop(tokens, k)
        and not _in_particle(tokens, k)
        and tokens[k].form != "당"  # 1인당 예산: the base of a rate is no part of what it measures
    ):
        if run and not near(*sorted((run[-1], tokens[k]), key=lambda t: t.start), text):
            break
        run.append(tokens[k])
        k += step
    run.sort(key=lambda t: t.start)
    while run and (
        run[0].form in time_words()
        or run[0].form in measure_words("link")
        or run[0].tag == "XSN"
        or (step < 0 and _counter(tokens, tokens.index(run[0]), text))
    ):
        run.pop(0)
    return run


def _counter(tokens: list[Token], k: int, text: str) -> bool:
    """Token k is the counter of a figure before it (1분기, 15MW급, 3피안타, 한 포기)."""
    if k == 0:
        return False
    before = tokens[k - 1]
    return (glued(before, tokens[k]) and before.tag in _COUNTED_AFTER) or (
        before.tag == "MM" and near(before, tokens[k], text)
    )


def _stop(tokens: list[Token], k: int) -> bool:
    """A noun that relates a figure to something (가운데, 동안, 전) or bounds it (이상): never a measure.
    Glued before a noun it opens a compound instead (중환자: 중 + 환자)."""
    return tokens[k].form in stops() and not (
        k + 1 < len(tokens) and glued(tokens[k], tokens[k + 1]) and tokens[k + 1].tag in _NOUN_TAGS
    )


def _in_particle(tokens: list[Token], k: int) -> bool:
    """Kiwi reads 를 after a symbol as 르/NNG + ᆯ/JKO over the same letter: the noun is part of the particle."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].tag.startswith("J")
        and tokens[k + 1].start < tokens[k].end
    )
