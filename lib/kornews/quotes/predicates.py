"""A sentence's predicate after a quotation: the first verb from a token, looked up whole when Kiwi
splits it, past the adverbs and modifiers that report nothing."""

from __future__ import annotations

from .found import Predicate
from .marks import MAY_OPEN, opens_quotation
from .vocabulary import words

PREDICATE_TAGS = ("VV", "VA", "VX", "XSV", "XSA")


def predicate(toks: list, at: int, *, finite: bool = False) -> Predicate:
    """The first predicate from token ``at`` in its sentence (말+하 -> 말하다); none at the
    sentence's end or an opening quotation mark. ``finite``: past a predicate modifying a noun
    (…라며 화끈한 포부를 드러냈다: 드러내다, not 화끈하다), as after a piece's 며 any verb may report."""
    sentence = toks[at].sentence if at < len(toks) else None
    for k in range(at, len(toks)):
        token = toks[k]
        if token.sentence != sentence or (token.form in MAY_OPEN and opens_quotation(toks, k)):
            return Predicate(None, k)
        # …고 고충을 토로.: a column's clipped sentence ends on the verb's noun (토로하다).
        clipped = toks[k - 1].form + "하다" if k > at and toks[k - 1].tag == "NNG" else None
        if token.tag == "SF" and clipped in words("verb"):
            return Predicate(clipped, k - 1)
        if token.tag.startswith(PREDICATE_TAGS):
            if k + 1 < len(toks) and token.form + toks[k + 1].form in words("pointing"):
                continue  # “…”라며 이렇게 말했다: 이렇+게 points at the quotation; 말했다 reports it
            if _adverb(toks, k):
                continue  # …며 출마를 강력하게 시사했다: an adjective written onto 게 qualifies the verb
            if finite and _not_finite(toks, k):
                continue  # …라며 화끈한 포부를 드러냈다: 화끈한 modifies 포부; 드러냈다 reports
            if token.tag in ("XSV", "XSA") and k > at and toks[k - 1].end == token.start:
                return Predicate(toks[k - 1].form + "하다", k)
            # A verb Kiwi splits with an auxiliary (털+어+놓다 for 털어놓다) is looked up whole; its
            # 아 given as 어 (되돌아 봤다: 되돌+어+보다).
            if k + 2 < len(toks) and toks[k + 1].tag == "EC" and toks[k + 2].tag == "VX":
                joined = {toks[k + 1].form} | ({"아"} if toks[k + 1].form == "어" else set())
                whole = {token.form + ec + toks[k + 2].lemma for ec in joined} & words("verb")
                if whole:
                    return Predicate(whole.pop(), k)
            return Predicate(token.lemma, k)
    return Predicate(None, len(toks))


def _adverb(toks: list, k: int) -> bool:
    """Is the adjective at ``k`` written onto 게, an adverb (강력하게, 분명하게)?"""
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (
        toks[k].tag in ("VA", "XSA")
        and after is not None
        and after.form == "게"
        and after.tag == "EC"
        and after.start == toks[k].end
    )


def _not_finite(toks: list, k: int) -> bool:
    """Is the predicate at ``k`` a noun's modifier or made a noun (:func:`adnominal`,
    :func:`_nominalised`), no finite verb?"""
    return adnominal(toks, k) or _nominalised(toks, k)


def _nominalised(toks: list, k: int) -> bool:
    """Is the predicate at ``k`` made a noun by ᆷ, the object of the verb after it (“…”하며 바램을
    말했다: Kiwi reads 바래+ᆷ; 말했다 reports)?"""
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is not None and after.tag == "ETN" and after.start <= toks[k].end


def adnominal(toks: list, k: int) -> bool:
    """Is the predicate at ``k`` written onto an adnominal ending, past its tense (화끈한 포부,
    기능을 하는 제도, 높은 개혁), modifying the noun after it?"""
    end = k + 1
    while end < len(toks) and toks[end].start == toks[end - 1].end and toks[end].tag == "EP":
        end += 1
    return end < len(toks) and toks[end].tag == "ETM" and toks[end].start <= toks[end - 1].end


def after_verb(toks: list, at: int) -> bool:
    """Token ``at`` follows a predicate, past its endings of tense (답+하+었+고)."""
    k = at - 1
    while k >= 0 and toks[k].tag == "EP":
        k -= 1
    return k >= 0 and toks[k].tag.startswith(PREDICATE_TAGS)
