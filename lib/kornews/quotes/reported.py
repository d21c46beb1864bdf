"""What the words after a reported clause say of it: a reporting noun's 하다 (…다고 답변을
하였다: 답변하다), hearsay (…다고 한다.), an honoured one's 하다 closing the sentence (…다고 하셨다.), a verb taking a noun for one's voice (…라고 한 목소리를
냈다), or the writer's gloss (…다고 경고한 셈이다)."""

from __future__ import annotations

from .found import Predicate
from .predicates import predicate
from .vocabulary import words


def hearsay(toks: list, at: int) -> bool:
    """…지내고 있다고 한다.: 한다 closing the sentence at once after the clause, what one is told (the
    golds count it, verb 하다); 했다 and 한다며 go on as before."""
    return at + 2 < len(toks) and toks[at + 1].form == "ᆫ다" and toks[at + 2].tag == "SF"


def honoured_said(toks: list, at: int) -> bool:
    """…좋다고 하셨다.: 하다 at ``at`` honours its subject (시) and closes the sentence, what one
    honoured said (a pupil's report of a teacher's words); …다고 했다 stays none (hearsay as often
    as speech), and …다고 하셔서 goes on."""
    k = at + 1
    honoured = k < len(toks) and toks[k].form == "시" and toks[k].tag == "EP"
    while k < len(toks) and toks[k].tag == "EP":
        k += 1
    closed = (
        k < len(toks) and toks[k].tag == "EF" and (k + 1 == len(toks) or toks[k + 1].tag == "SF")
    )
    return honoured and closed


def said_as_object(toks: list, said: Predicate) -> str | None:
    """…다고 답변을 하였다.: 하다 closing the sentence after a reporting verb's noun as its object is
    that verb (답변하다), else None (…다고 했다 stays 하다; …라고 말을 했지만 goes on)."""
    at = said.at
    if said.verb != "하다" or at < 2 or toks[at - 1].tag != "JKO" or toks[at - 2].tag != "NNG":
        return None
    if next((t.tag for t in toks[at + 1 :] if t.tag != "EP"), None) != "EF":
        return None
    verb = toks[at - 2].form + "하다"
    return verb if verb in words("verb") else None


def voiced(toks: list, at: int) -> str | None:
    """…라고 한 목소리를 냈다: the verb that takes a noun for one's voice (``voice-noun`` rows of
    ``quote_words.tsv``) as its object a word or two after a reported clause (from token ``at``),
    whatever it is (내다); else None."""
    for n in range(at, min(at + 3, len(toks) - 1)):
        if toks[n].form in words("voice-noun") and toks[n + 1].tag == "JKO":
            return predicate(toks, n + 2).verb
    return None


def glossed(toks: list, at: int | None) -> bool:
    """The verb at token ``at`` stands before 셈 (경고한 셈이다): the writer's gloss."""
    if at is None:
        return False
    ahead = toks[at + 1 : at + 4]
    return any(
        t.tag == "ETM" and n + 1 < len(ahead) and ahead[n + 1].form == "셈"
        for n, t in enumerate(ahead)
    )
