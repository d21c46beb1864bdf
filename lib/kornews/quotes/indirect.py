"""A reported clause outside the marks (…다고 밝혔다, …다며): where its ending is, that a verb
reports it, and where it starts."""

from __future__ import annotations

from .direct import asked_to_be
from .endings import ENDING_TAGS, clause_ending
from .found import Item, Span
from .particles import particle, speaker_after
from .predicates import predicate
from .reported import glossed, hearsay, honoured_said, said_as_object, voiced
from .vocabulary import words


def indirect_items(toks: list, spans: list[Span], quoted: set[int]) -> list[Item]:
    """The reported clauses outside the marks (their start is found later); ``quoted`` holds the
    closing marks of quotations, whose 고 is no indirect one."""
    found = []
    # As clause_ending finds: no clause ends at a token of another tag (most of them).
    for k in [k for k, token in enumerate(toks) if token.tag in ENDING_TAGS]:
        token = toks[k]
        # first: few tokens end a clause, and it is the cheaper test
        ending = clause_ending(toks, k)
        if ending is None:
            continue
        if any(s.open < token.start < s.close for s in spans) or _on_mark(toks, k, quoted):
            continue
        said = predicate(toks, k + 1, finite=ending.piece)  # walks the tokens after it: once
        voice = voiced(toks, k + 1)
        verb = voice or said_as_object(toks, said) or said.verb
        told = verb == "하다" and (hearsay(toks, said.at) or honoured_said(toks, said.at))
        reports = verb in words("verb") and verb != "하다"
        if ending.asked and (verb not in words("request") or _marks_asked(toks, spans, k)):
            continue  # …출마할 것을 강조했다: what is stressed, no request
        if ending.named and verb == "보다":
            continue  # …있음을 볼 수 있다: what is seen, no saying
        if not (ending.piece or told or reports or voice):
            continue
        if glossed(toks, said.at):
            continue  # …수 있다고 경고한 셈이다: what the writer makes of it, not what was said
        link = "piece" if ending.piece else "report"
        found.append(
            Item(
                "indirect",
                None,
                ending.end,
                None,
                link,
                verb,
                ending.after,
                token.sentence,
                k,
                token.section,
                token.paragraph,
            )
        )
    return found


def _marks_asked(toks: list, spans: list[Span], k: int) -> bool:
    """Does the request ending at token ``k`` ask to become what marks just before it hold (“…”가
    되 줄 것을 당부했다)? Those marks are the quotation (:func:`asked_to_be`), not the clause."""
    return any(s.after < k and asked_to_be(toks, s.after + 1, toks[s.after].form) for s in spans)


def _on_mark(toks: list, k: int, quoted: set[int]) -> bool:
    """Is the ending at token ``k`` written onto a quotation's closing mark (“…”고, “부도덕”하다고:
    the quotation's tail, no clause of its own)?"""
    j = k
    while j > 0 and k - j < _TAIL_TOKENS and toks[j - 1].end == toks[j].start:
        j -= 1
        if toks[j].start in quoted:
            return True
    return False


# A tail written onto a closing mark: at most 하+었+다고 before the ending.
_TAIL_TOKENS = 3


def clause_start(toks: list, item: Item, previous: Item | None, actors: frozenset[int]) -> int:
    """Where an indirect quotation starts: after the piece before it, else after the topic (the
    speaker) of its sentence, or a subject that names a person, organisation or place (한빛소프트가 …
    유치했다고 밝혔다), past the words that carry a speaker over (이어, 또)."""
    if previous is not None and previous.link == "piece":
        k = previous.next
    else:
        k = _sentence_of(toks, item.index)
        if previous is not None:
            k = _past_report(toks, previous, item.index)
        topic = particle(toks, k, item.index, "indirect", actors)
        # 이 작업은 위험하며 …했다고 김 씨는 말했다: with the speaker after the clause, a topic before
        # it is the clause's own, and the clause runs from the sentence's start.
        if topic is None and previous is None and k and toks[k - 1].form == "?":
            # A씨는 …말이 되는 것인지? …다고 말했다: the words run from before the question.
            topic = particle(toks, _sentence_of(toks, k - 1), k - 1, "indirect", actors)
        if topic is not None and (
            previous is not None or speaker_after(toks, item, actors) is None
        ):
            k = topic + 1
    while k < item.index:
        if toks[k].form in words("carry") | words("when") or toks[k].form == ",":
            k += 1
        elif _day_at(toks, k):  # 시는 10일 …다고 밝혔다: the day of the saying, not of what is said
            k += 2
        elif toks[k].form in ("지나", "오") and toks[k + 1].tag == "ETM" and _day_at(toks, k + 2):
            k += 4  # 지난 10일, 오는 10일: Kiwi reads 지나+ㄴ, 오+는
        elif (to := _addressee_end(toks, k, item.index)) is not None:
            k = to  # 김 의원은 김 군수에게 …다고 따졌다: whom it is said to, not what
        else:
            break
    return toks[k].start


def _addressee_end(toks: list, k: int, until: int) -> int | None:
    """The index after a phrase of names and titles closed by 에게 or 께 from token ``k`` (김
    군수에게, 홍길동 시장께): whom the clause is said to; else None."""
    for j in range(k, min(k + _ADDRESSEE, until)):
        if toks[j].form in ("에게", "께", "한테") and toks[j].tag == "JKB":
            return j + 1 if j > k else None
        if not toks[j].tag.startswith(("NN", "SL")):
            return None
    return None


# The tokens of an addressee's phrase at most (가상시 홍길동 시장에게).
_ADDRESSEE = 5


def _past_report(toks: list, previous: Item, until: int) -> int:
    """Where the clause after a reported one starts (…있다고 치하하고, 앞으로도 …: after the verb
    reporting the one before, its connective and comma), before token ``until``; right after
    the reported one when no verb stands between."""
    at = predicate(toks, previous.next).at if previous.link == "report" else until
    if at >= until:
        return previous.next
    k = at + 1
    while k < until and toks[k].start == toks[k - 1].end and toks[k].tag != "SSO":
        k += 1  # its endings written onto it (치하+하+고, 전하+며)
    return k


def _sentence_of(toks: list, at: int) -> int:
    """The index where the sentence of token ``at`` starts."""
    sentence = toks[at].sentence
    return next(i for i in range(at, -1, -1) if i == 0 or toks[i - 1].sentence != sentence)


def _day_at(toks: list, k: int) -> bool:
    """``N일`` (a day of the month) starts at token ``k``."""
    return (
        k + 1 < len(toks)
        and toks[k].tag == "SN"
        and toks[k + 1].form == "일"
        and toks[k + 1].start == toks[k].end
    )
