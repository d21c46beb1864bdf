"""What a figure measures: the noun phrase it modifies (400개 가까운 창업팀 -> 창업팀) or, for a
quantity, the topic it is predicated of (가맹 신청 수는 3월 8만5000건 -> 가맹 신청 수)."""

from __future__ import annotations

from .records import Figure, Token, glued, near
from .words import stops, time_words

_NOUN_TAGS = {"NNG", "NNP", "SL", "SH", "XPN", "XSN"}
_TOPIC_MARKS = {"JX", "JKS"}


def measure_of(figure: Figure, tokens: list[Token], text: str) -> str | None:
    k = figure.last
    if k < len(tokens) and _stop(tokens, k):
        return None  # 6이닝 동안 공, 1년 전, 48억원 가운데: the figure places another; it measures no noun
    # "N㎡ 규모의 X" and "제2의 X": the measure is X.
    if k + 1 < len(tokens) and tokens[k].form == "규모" and tokens[k + 1].tag == "JKG":
        k += 2
    elif k < len(tokens) and tokens[k].tag == "JKG" and glued(tokens[k - 1], tokens[k]):
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
    run: list[Token] = []
    while (
        0 <= k < len(tokens)
        and tokens[k].tag in _NOUN_TAGS
        and not _stop(tokens, k)
        and not _in_particle(tokens, k)
    ):
        if run and not near(*sorted((run[-1], tokens[k]), key=lambda t: t.start), text):
            break
        run.append(tokens[k])
        k += step
    run.sort(key=lambda t: t.start)
    while run and (run[0].form in time_words() or run[0].tag == "XSN"):
        run.pop(0)
    return text[run[0].start : run[-1].end] if run else None


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
