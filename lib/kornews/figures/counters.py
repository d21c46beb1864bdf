"""The counter after a numeral: 개, 명, ㎡, %, 달러, and units of several tokens (%p, 4회말)."""

from __future__ import annotations

from .records import Token, glued, near
from .words import hangul_units, latin_units, symbol_units, unit_reported, units, words


def is_counter(token: Token) -> bool:
    """A bound noun that counts (명, 곳), not one of role ``not counter`` (것, 수, 중), or a Hangul unit."""
    return (token.tag == "NNB" and token.form not in words("not counter")) or (
        token.tag == "NNG" and token.form in hangul_units()
    )


def counter(tokens: list[Token], k: int, text: str, native: bool) -> tuple[str | None, int]:
    """The counter after a numeral (unit, next index); (None, k) when there is none."""
    if k >= len(tokens) or not near(tokens[k - 1], tokens[k], text):
        return None, k
    unit, k = _first_form(tokens, k, native)
    if unit is None:
        return None, k
    k += 1
    # Units of several tokens: %p, %포인트, % 포인트, 퍼센트포인트, 4회말, 기가 + 와트 + 시.
    while (
        k < len(tokens)
        and near(tokens[k - 1], tokens[k], text)
        and tokens[k].tag in ("NNG", "NNB", "SL")
        and unit + tokens[k].form in units()
    ):
        unit, k = unit + tokens[k].form, k + 1
    # A unit per unit written with a slash, glued (29㎍/㎥): only a pair the table knows.
    if (
        k + 1 < len(tokens)
        and tokens[k].form == "/"
        and glued(tokens[k - 1], tokens[k])
        and glued(tokens[k], tokens[k + 1])
        and f"{unit}/{tokens[k + 1].form}" in units()
    ):
        unit, k = f"{unit}/{tokens[k + 1].form}", k + 2
    return unit_reported(unit), k


def _first_form(tokens: list[Token], k: int, native: bool) -> tuple[str | None, int]:
    """The counter's first form and the index of its last token so far."""
    token, joined = tokens[k], glued(tokens[k - 1], tokens[k])
    whole = token.form[:-1]  # 176개교의: Kiwi reads 개교 whole; the counter is 개, 교 its suffix
    if token.tag == "NNB" and token.form[-1:] in words("suffix") and whole in units():
        return whole, k
    if token.tag == "NNG" and token.form in hangul_units():
        return token.form, k
    if is_counter(token) and (joined or token.form != "등"):  # 3개 등: et cetera, unless glued
        return token.form, k
    if (
        token.tag in ("XPN", "NNG", "NNP")
        and k + 1 < len(tokens)
        and token.form + tokens[k + 1].form in hangul_units()
    ):
        return (
            token.form + tokens[k + 1].form,
            k + 1,
        )  # 6피안타, 3메가와트, 5테라바이트: Kiwi reads 피 + 안타, 메가 + 와트, 테라 + 바이트
    if token.form == "대" and token.tag == "XSN" and joined and _compound(tokens, k):
        return token.form, k  # 148만5천대로: a count this precise is no decade (1천억대)
    if not native and joined and glossed(tokens, k):
        return (
            token.form,
            k,
        )  # '3고(高)', 3저(低): a syllable glossed by its Hanja names the things counted
    if not native and (
        token.tag == "SW"
        and token.form in symbol_units()
        or token.tag == "SL"
        and joined
        and token.form in latin_units()
    ):
        return token.form, k
    return None, k


def _compound(tokens: list[Token], k: int) -> bool:
    """Digits and a power twice before k, all glued (148만5천): a numeral with digits below its first power."""
    run = tokens[k - 4 : k]
    return (
        k >= 4
        and [token.tag for token in run] == ["SN", "NR", "SN", "NR"]
        and all(glued(a, b) for a, b in zip(run, run[1:]))
    )


def glossed(tokens: list[Token], k: int) -> bool:
    """One Hangul syllable, then its Hanja in brackets, all glued: 고(高)."""
    return (
        k + 3 < len(tokens)
        and tokens[k].tag in ("NNG", "NNB")
        and len(tokens[k].form) == 1
        and tokens[k + 1].form == "("
        and tokens[k + 2].tag == "SH"
        and len(tokens[k + 2].form) == 1
        and tokens[k + 3].form == ")"
        and all(glued(tokens[j], tokens[j + 1]) for j in range(k, k + 3))
    )
