"""What the words around a number say: marks before it (약, 제, 오전, signs, arrows, ±, $) and
words after it and its counter (간, 째, hedges, parts of a month, bounds, arrows, 당, change words)."""

from __future__ import annotations

from .records import DATE_UNITS, NAME_TAGS, Marks, Tail, Token, glued, near
from .words import form_kind, unit_reported, words


def marks_before(tokens: list[Token], i: int, text: str) -> Marks:
    """The marks and words before the number at or after token i: 약, 제, 오전, 만 (full years), signs,
    arrows, ±, $."""
    found: dict = {}
    while i + 1 < len(tokens) and near(tokens[i], tokens[i + 1], text):
        said = _word_mark(tokens, i, found)
        if said is None and _loose(tokens, i) and tokens[i + 1].tag == "SN":
            said = _sign_mark(tokens[i], tokens[i + 1])
        if said is None:
            break
        found.update(said)
        i += 1
    return Marks(i, **found)


def _word_mark(tokens: list[Token], i: int, found: dict) -> dict | None:
    """What a word before the number says (fields of :class:`Marks`), or None when it is no mark."""
    token, after = tokens[i], tokens[i + 1]
    if token.form in words("hedge before") and token.tag in ("MM", "MAG"):
        return {"approximate": True}
    if token.form == "제" and token.tag == "XPN" and (glued(token, after) or after.tag == "SN"):
        return {"ordinal": True}  # 제2, and 제 243회 with a space
    if token.form == "제" and token.tag == "MM" and after.tag == "SN" and glued(token, after):
        return {
            "ordinal": True
        }  # (국보 제180): Kiwi reads 제 with no counter after as a determiner
    if token.form in words("meridiem") and token.tag == "NNG" and "meridiem" not in found:
        return {"meridiem": int(words("meridiem")[token.form]), "meridiem_at": i}
    if token.form == "만" and token.tag == "MM" and after.tag == "SN" and not glued(token, after):
        return {}  # 만 19세: in full years, part of the figure
    return None


def _loose(tokens: list[Token], i: int) -> bool:
    """A mark glued to a word before it is part of a name (K-9); after a bracket it signs: (-9만3천명)."""
    return (
        i == 0
        or not glued(tokens[i - 1], tokens[i])
        or tokens[i - 1].tag not in NAME_TAGS | {"SN", "NR"}
    )


def _sign_mark(token: Token, after: Token) -> dict | None:
    """What a mark right before digits says: a sign, an arrow, ±, a currency; None when none."""
    joined = glued(token, after)
    if token.form in words("sign") and (joined or token.tag == "NNG"):
        return {"sign": int(words("sign")[token.form])}
    if token.form in words("arrow"):
        change = words("arrow")[token.form]
        return {"change": change, "sign": -1 if change == "decrease" else 1}  # △, ▼: negative
    if token.form in words("margin"):
        return {"margin": True}
    if joined and token.tag == "SW" and form_kind(token.form) == "money":
        return {"currency": unit_reported(token.form)}  # $1.5
    return None


def tail_after(tokens: list[Token], k: int, text: str, unit: str | None, during: bool) -> Tail:
    """The words after a number and its counter from token k: 간, 째, hedges, parts of a month, bounds, 당."""
    tail = Tail(k, unit, during=during)
    while tail.next < len(tokens) and near(tokens[tail.next - 1], tokens[tail.next], text):
        step = _suffix(tokens, tail)
        step = _after(tokens, tail) if step is None else step
        if step is None:
            break
        tail = step._replace(next=step.next + 1)
        if tail.base:
            break
    k = tail.next
    if (
        tail.unit in DATE_UNITS
        and k < len(tokens)
        and tokens[k].form in ("만", "동안")
        and tokens[k].tag in ("NNB", "NNG")
    ):
        tail = tail._replace(during=True)  # 20년 만에: twenty years, not the year 20
    verb = _bound_verb(tokens, k) if k < len(tokens) and tail.bound is None else None
    if verb is not None:  # the verb bounds the figure but is no part of its text
        tail = tail._replace(bound=words("bound verb")[tokens[verb].form])
    return tail


def _suffix(tokens: list[Token], tail: Tail) -> Tail | None:
    """The tail after a suffix, a hedge or a part of a month at its next token; None when it is none."""
    token = tokens[tail.next]
    form, tag, joined = token.form, token.tag, glued(tokens[tail.next - 1], token)
    if form == "간" and tag in ("XSN", "NNG") and joined:
        return tail._replace(during=True)
    if form == "째" and tag == "XSN":
        return tail._replace(unit=(tail.unit or "") + form)
    if form in words("hedge") and tag in ("XSN", "NNG", "NNB", "MAG"):
        return tail._replace(approximate=True)  # 30%가량, 400명 가까이
    # 1조원대; and a space apart where Kiwi still reads a suffix (70조 원 대로), not 대 of "versus"
    decade = (
        tag == "XSN" or (joined and tag in ("NNB", "NNG")) or _particle_after(tokens, tail.next)
    )
    if form == "대" and decade and tail.unit and tail.unit != "대":
        return tail._replace(
            approximate=True, decade=True
        )  # 1조원대, 8%대: in the trillions, the eights
    if (
        form in words("part")
        and tag in ("NNG", "NNB")
        and (tail.unit in ("년", "년도", "월", "대") or tail.decade)
        and not tail.during
        and not _as_of(tokens, tail.next)
    ):
        # 3월 중순, 6월 말, 2020년 상반기, 30대 초반: a part of the month, year or decade
        return tail._replace(approximate=True)
    return None


def _particle_after(tokens: list[Token], k: int) -> bool:
    """A particle glued after the token at k (3명 대에 들어섰다: in the threes), where 대 of "versus" has a
    side after it (3명 대 2명)."""
    return (
        k + 1 < len(tokens)
        and glued(tokens[k], tokens[k + 1])
        and tokens[k + 1].tag in ("JKB", "JKO", "JKS", "JX", "JKG", "VCP")
    )


def _as_of(tokens: list[Token], k: int) -> bool:
    """말 before 기준 or 현재: the month's end a figure stands at (8월말 기준 잔액), a day, not a vague part."""
    return tokens[k].form == "말" and k + 1 < len(tokens) and tokens[k + 1].form in words("as of")


def _after(tokens: list[Token], tail: Tail) -> Tail | None:
    """The tail after a bound, an arrow, 가까운, 에 육박 or 당 at its next token; None when it is none."""
    k = tail.next
    form, tag, joined = tokens[k].form, tokens[k].tag, glued(tokens[k - 1], tokens[k])
    if form in words("bound") and tag == "NNG" and not joined:
        return tail._replace(bound=words("bound")[form])
    if form in words("arrow") and tag == "SW" and joined:
        return tail._replace(change=words("arrow")[form])  # 12.6%↓, as tables of trade write it
    if (
        form in words("hedge verb")
        and tag.startswith("VA")
        and k + 1 < len(tokens)
        and tokens[k + 1].tag == "ETM"
    ):
        return tail._replace(approximate=True, next=k + 1)  # 400개 가까운
    if (
        form == "에"
        and joined
        and k + 1 < len(tokens)
        and tokens[k + 1].form in words("nearing")
        and tokens[k + 1].tag == "NNG"
    ):
        return tail._replace(approximate=True, next=k + 1)  # 10억 달러에 육박: nearing it
    if form == "당" and tag == "XSN" and (joined or tokens[k].start - tokens[k - 1].end == 1):
        return tail._replace(base=True)  # 1인당, and 1만대 당 as some pages space it
    return None


def _bound_verb(tokens: list[Token], k: int) -> int | None:
    """Where a verb that bounds the figure stands, at k a space apart or after a glued 이/가/을/를
    (300명 넘게, 1000명이 넘는다, 10%를 웃돌았다); None where none does, or where 지 negates it (넘지 않았다)."""
    if tokens[k].tag in ("JKS", "JKO") and glued(tokens[k - 1], tokens[k]) and k + 1 < len(tokens):
        k += 1
    elif glued(tokens[k - 1], tokens[k]):
        return None
    negated = k + 1 < len(tokens) and tokens[k + 1].form == "지"
    if tokens[k].form in words("bound verb") and tokens[k].tag == "VV" and not negated:
        return k
    return None


def change_after(tokens: list[Token], k: int, text: str) -> str | None:
    """increase/decrease when a change word follows the figure (3.5% 증가, 10% 줄어든, 3%나 늘었다); a
    particle such as 로 between means the figure is the level reached (3%로 늘었다), not the change."""
    while (
        k < len(tokens)
        and glued(tokens[k - 1], tokens[k])
        and tokens[k].form in ("이", "나", "이나", "씩")
        and tokens[k].tag in ("VCP", "EC", "JX")
    ):
        k += 1
    if (
        k < len(tokens)
        and near(tokens[k - 1], tokens[k], text)
        and tokens[k].tag in ("NNG", "VV", "VA")
    ):
        return words("change").get(tokens[k].form)
    return None
