"""The quotations of one paragraph: the direct ones in marks, the reported clauses outside them,
how each goes on (a verb, a piece of a chain) and where an indirect one starts."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..shapes import Turn
from .marks import (
    _SINGLE,
    CLOSING,
    Item,
    Span,
    marked_spans,
    opens_quotation,
    particle,
    predicate,
    speaker_after,
    words,
)
from .remarks import labelled_remark
from .reported import glossed, hearsay, honoured_said, said_as_object, voiced

# Endings of a reported clause (ᆫ다고 and 는다고 end in 다고 too) and of a piece of one (saying that ...).
_REPORTED = re.compile(r"(다|라|냐|자)고$")
_PIECE = re.compile(r"(다|라|냐|자)(며|면서)$")


class Ending(NamedTuple):
    """Where a reported clause ends, whether it is a piece of a chain (…다며), and the token after
    its ending."""

    end: int
    piece: bool
    after: int
    asked: bool = False  # …줄 것을: a request, reported by a verb of asking only
    named: bool = False  # …있음을, …나갈 것임을: a clause made a noun, which 보다 only sees


def items(
    toks: list,
    text: str,
    actors: frozenset[int],
    said: int | None = None,
    turns: tuple[Turn, ...] = (),
) -> list[Item]:
    """The quotations of one paragraph, in text order, each with how it is linked to what follows
    (``said``: where the words end that a caption on the paragraph's line says; ``turns``: the
    script's speakers' turns)."""
    spans = marked_spans(toks, said, turns)
    found = [item for span in spans if (item := _direct(toks, text, span))]
    found += _indirect(toks, spans, {item.end for item in found})
    found.sort(key=lambda item: item.end)
    _listed(found, text)
    kept = []
    for n, item in enumerate(found):
        if item.kind == "indirect":
            previous = found[n - 1] if n and found[n - 1].sentence == item.sentence else None
            item.start = _clause_start(toks, item, previous, actors)
            if (
                previous
                and reported_again(toks, previous)
                and " " not in text[item.start : item.end]
            ):
                continue  # …라고 설명했다고 당국자는 전했다: 설명했다 is the report, not what is said
        kept.append(item)
    return [item for item in kept if item.start < item.end]


def _listed(found: list[Item], text: str) -> None:
    """Quotations listed with a comma between them, said together (“…배려하자”, “…사랑하자”는 답을
    했다): each but the last goes on as a piece of the last one's report."""
    for item, after in zip(found, found[1:]):
        listed = text[item.end + 1 : after.opening].strip() == ","
        if item.kind == after.kind == "direct" and item.link is None and listed:
            item.link = "piece"


def reported_again(toks: list, item: Item) -> bool:
    """The item's reporting verb is itself reported (…라고 설명했다고 당국자는 전했다, 장관이 “…”고
    말했다고 전했다): the verb's word ends in …다고 before another reporting verb."""
    if item.link != "report":
        return False
    at = predicate(toks, item.next).at
    for k in range(at, len(toks)):
        if toks[k].sentence != toks[at].sentence or (k > at and toks[k].start > toks[k - 1].end):
            return False
        ending = _ending(toks, k)
        if ending is not None:
            return not ending.piece and predicate(toks, ending.after).verb in words("verb")
    return False


def said_first(toks: list, item: Item) -> bool:
    """The item's reporting verb ends in 자, "as soon as" (기자가 “…”고 묻자 “…”라고 답했다): its
    clause is said before the sentence's own, by a subject of its own."""
    if item.link != "report":
        return False
    at = predicate(toks, item.next).at
    k = at + 1
    while k < len(toks) and toks[k].start == toks[k - 1].end and toks[k].tag != "EC":
        k += 1  # past the verb's endings of tense, written onto it
    return k < len(toks) and toks[k].start == toks[k - 1].end and toks[k].form == "자"


def _said_whole(span: Span, text: str) -> bool:
    """Are the span's words said whole, ending or not: a bite in marks over lines, or an answer's
    or a caption's words (no marks), even cut off by the page's end?"""
    return not span.marked or "\n" in text[span.open : span.close]


def _direct(toks: list, text: str, span: Span) -> Item | None:
    """The quotation in the marks of ``span``, or None for a scare quote, a name or a quoted
    phrase modifying a noun."""
    content = [t for t in toks if span.open < t.start and t.end <= span.close]
    if not content:
        return None
    space, tail = _written_on(span, text)
    resume = next(
        (
            k
            for k in range(span.after, len(toks))
            if toks[k].start >= span.close + 1 + len(space) + len(tail)
        ),
        len(toks),
    )
    link, verb = _goes_on(toks, resume, tail, content)
    # “…”는 목소리, “…”라는 비판: a quoted phrase modifying a noun is nobody's quotation, unless
    # the noun is what is reported (“…”는 소감을 밝혔다).
    # A bite over lines (:func:`kornews.quotes.paragraphs.bites_over_lines`) is said whole, ending or not.
    said = _said_whole(span, text) or labelled_remark(toks, span, text)
    sentence_like = (any(t.tag == "EF" for t in content) or said) and not tail.endswith("는")
    reported = link == "report" and verb in words("verb")
    single = span.marked and text[span.open] in _SINGLE
    chained = link == "piece" and _next_is_mark(toks, resume)
    short = len(text[span.open + 1 : span.close].split()) < 3
    if not (
        (reported and not _named_in_single(single, short, content))
        or ((sentence_like or chained or _cut(span, text, space + tail)) and not single)
        or _runs_on(link, verb, sentence_like, short)
        or _said_in_marks(content, toks, (resume, tail), link, (single, short))
    ):
        return None
    first = content[0]
    return Item(
        "direct",
        span.open + 1,
        span.close,
        span.open if span.marked else None,
        link,
        verb,
        resume,
        first.sentence,
        toks.index(first),
        first.section,
        first.paragraph,
    )


def _written_on(span: Span, text: str) -> tuple[str, str]:
    """What is written onto the closing mark (고, 라고, 며, 이라며, 는 …), which says how the
    quotation goes on, and the space before it: some pages write 라고 apart from the mark (“…” 라고
    말했다, “…것” 이라며), and a space before 라 or 이라 still links. Words closed at a line's end (an
    answer's paragraph, no mark) take nothing from the next line."""
    after = "" if text[span.close : span.close + 1] == "\n" else text[span.close + 1 :]
    space, tail = re.match(r"( ?)([가-힣]*)", after).groups()
    return ("", "") if space and not tail.startswith(("라", "이라")) else (space, tail)


def _named_in_single(single: bool, short: bool, content: list) -> bool:
    """Is what single marks hold a name or a scare quote, even when reported: a word or two
    (공약이 '재탕'이라고 비판했다), or nouns alone (자신을 '최 모 기자'라고 소개했다)?"""
    return single and (short or all(t.tag.startswith(_NOMINAL) for t in content))


def _cut(span: Span, text: str, tail: str) -> bool:
    """Is the quotation cut by the excerpt's end: its mark left open to the text's end (…회장은
    “기회가), or closed with its tail the text's last letters (…우리 학교"라), before any verb?"""
    closed = text[span.close : span.close + 1] in CLOSING["“"]
    words_in = re.search(r"[가-힣]", text[span.open + 1 : span.close])  # not a stray mark's }
    return span.marked and bool(words_in) and not text[span.close + closed + len(tail) :].strip()


def _indirect(toks: list, spans: list[Span], quoted: set[int]) -> list[Item]:
    """The reported clauses outside the marks (their start is found later); ``quoted`` holds the
    closing marks of quotations, whose 고 is no indirect one."""
    found = []
    # As _ending finds: no clause ends at a token of another tag (most of them).
    for k in [k for k, token in enumerate(toks) if token.tag in _ENDING_TAGS]:
        token = toks[k]
        ending = _ending(toks, k)  # first: few tokens end a clause, and it is the cheaper test
        if ending is None:
            continue
        if any(s.open < token.start < s.close for s in spans) or _on_mark(toks, k, quoted):
            continue
        said = predicate(toks, k + 1, finite=ending.piece)  # walks the tokens after it: once
        voice = voiced(toks, k + 1)
        verb = voice or said_as_object(toks, said) or said.verb
        told = verb == "하다" and (hearsay(toks, said.at) or honoured_said(toks, said.at))
        reports = verb in words("verb") and verb != "하다"
        if ending.asked and verb not in words("request"):
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


def _on_mark(toks: list, k: int, quoted: set[int]) -> bool:
    """Is the ending at token ``k`` written onto a quotation's closing mark (“…”고, “부도덕”하다고:
    the quotation's tail, no clause of its own)?"""
    j = k
    while j > 0 and k - j < _TAIL_TOKENS and toks[j - 1].end == toks[j].start:
        j -= 1
        if toks[j].start in quoted:
            return True
    return False


# The tags of a name or a label's words (nouns, numbers, determiners, Latin and Chinese letters).
_NOMINAL = ("NN", "NR", "NP", "MM", "SN", "SL", "SH", "XSN", "XPN", "SP", "SO")
# A tail written onto a closing mark: at most 하+었+다고 before the ending.
_TAIL_TOKENS = 3
# The tags of the tokens a reported clause may end at (:func:`_ending`: …다고/EC, ”라고/JKQ,
# …줄 것을/JKO, …된다는 점을/ETM).
_ENDING_TAGS = frozenset({"EC", "JKQ", "JKO", "ETM"})
# A request reported as the object of its verb: …줄 것을 당부했다 (ㄹ, 을: what is to be done).
_TO_BE_DONE = frozenset({"ᆯ", "을"})  # Kiwi writes ㄹ as the final consonant ᆯ


def _ending(toks: list, k: int) -> Ending | None:
    """Where the reported clause ends when token ``k`` ends one: …다고 or …다며 as one ending, or
    a sentence ending and 고 or 며 (늘었다+고, 있다+며, as Kiwi reads them in some sentences)."""
    token = toks[k]
    if token.tag == "JKO":
        return _requested(toks, k) or _nominalised(toks, k)
    if token.tag == "ETM":
        return _content(toks, k)
    if token.tag == "EC" and (said := _said_ending(toks, k)) is not None:
        return said
    previous = toks[k - 1] if k else None
    if previous is None or previous.end != token.start:
        return None
    if token.tag == "EC" and token.form in ("며", "면서"):
        # 있다+며, as Kiwi reads …있다며 in some sentences: a piece
        closed = previous.tag == "EF" and previous.form[-1:] in "다라냐자"
        return Ending(previous.end, True, k + 1) if closed else None
    if token.tag != "JKQ":
        return None
    if previous.tag == "EF" and previous.form[-1:] in "다라냐자":
        return Ending(previous.end, False, k + 1)
    if previous.tag == "SSC" and token.form.endswith("라고") and not _named_as(toks, k - 1):
        return Ending(
            token.end - 1, False, k + 1
        )  # 공약이 '재탕'이라고: the clause runs through the marks, up to 라
    return None


def _said_ending(toks: list, k: int) -> Ending | None:
    """The clause ending at the connective at ``k`` when it is …다고, …라며 and the like (also
    written on to 하며, 하면서, 하시며 after it), else None."""
    token = toks[k]
    match = _REPORTED.search(token.form) or _PIECE.search(token.form)
    if match is None:
        return None
    if [t.form for t in toks[k + 1 : k + 3]] in (["하", "면서"], ["하", "며"]):
        # Kiwi reads …다면서 as 다고 + 하 + 면서, the written 다 its only letter: a piece.
        return Ending(token.end, True, k + 3)
    end = token.end - len(match.group(0)) + 1
    if [t.form for t in toks[k + 1 : k + 4]] in (["하", "시", "며"], ["하", "시", "면서"]):
        return Ending(end, True, k + 4)  # …구룡산이라고 하시며: one honoured says it, and goes on
    return Ending(end, bool(_PIECE.search(token.form)), k + 1)


def _requested(toks: list, k: int) -> Ending | None:
    """Where a request reported as its verb's object ends (…사랑을 줄 것을 당부했다: up to 것),
    when the object particle at ``k`` is written onto 것 after a verb's ㄹ; else None. The verb
    must be one of asking (``request`` rows of ``quote_words.tsv``)."""
    if k < 2 or toks[k - 1].form != "것" or toks[k - 1].end != toks[k].start:
        return None
    if toks[k - 2].tag != "ETM" or toks[k - 2].form not in _TO_BE_DONE:
        return None
    return Ending(toks[k - 1].end, False, k + 1, asked=True)


def _nominalised(toks: list, k: int) -> Ending | None:
    """Where a clause made a noun ends when it is its verb's object (…집중돼 있음을 지적했다, …구축해
    나갈 것임을 밝혔다: up to 음 or 것임), the object particle at ``k`` written onto the nominaliser
    after a tense, an auxiliary or 것이; else None. Any reporting verb but 하다 and 보다 reports it."""
    if k < 2 or toks[k - 1].tag != "ETN" or toks[k - 1].end != toks[k].start:
        return None
    before = toks[k - 2]
    # (Kiwi's ᆷ shares its letter with what it is written onto: 것+이+ᆷ for 것임)
    glued = toks[k - 1].start <= before.end
    # a clause's tense or auxiliary (있었음, 집중돼 있음) or 것이 (…나갈 것임); a feeling's noun
    # (감사함을 전했다, 안타까움을 토로했다) and a noun's 이 (회담의 적기임을 강조했다) say nothing
    made = before.tag == "VCP" and k > 2 and toks[k - 3].form == "것"
    if not glued or not (made or before.tag in ("EP", "VX")):
        return None
    return Ending(toks[k - 1].end, False, k + 1, named=True)


def _named_as(toks: list, close: int) -> bool:
    """Do the marks closing at token ``close`` hold nouns alone after an object, what it is named
    (자신을 '최 모 기자'라고 소개했다: naming, no saying; 공약이 '재탕'이라고: a subject's, said)?"""
    opening = next((i for i in range(close - 1, -1, -1) if toks[i].tag == "SSO"), None)
    if opening is None or opening == 0 or toks[opening - 1].tag != "JKO":
        return False
    return all(t.tag.startswith(_NOMINAL) for t in toks[opening + 1 : close])


def _content(toks: list, k: int) -> Ending | None:
    """Where a clause a noun of what is said takes ends (…힘이 된다는 점을 강조했다, …하겠다는 뜻을
    밝혔다: up to 다), when the ending at ``k`` is …다는 before such a noun and its object particle
    (``content-noun`` rows of ``quote_words.tsv``); else None. The verb after must report it."""
    token = toks[k]
    if not token.form.endswith(("다는", "라는")) or k + 2 >= len(toks):
        return None
    noun, taken = toks[k + 1], toks[k + 2]
    if noun.form not in words("content-noun") or taken.tag != "JKO" or noun.end != taken.start:
        return None
    return Ending(token.end - 1, False, k + 1)


def _link(tail: str) -> str | None:
    """How a closing mark goes on: ``report`` (“…”고, 라고, 이라고), ``piece`` (며, 면서, 라며, 이라며),
    or None (the tails are rows of ``quote_words.tsv``)."""
    if tail in words("report-tail"):
        return "report"
    if tail in words("piece-tail"):
        return "piece"
    return None


def _asked_for(content: list, tail: str) -> bool:
    """A request in marks that ends in 것, the object of the verb after it (“…해 줄 것”을 건의했다,
    “…할 것”을 요청했다): what was asked, reported by that verb."""
    return tail in ("을", "를") and content[-1].form == "것"


def _said_as_noun(toks: list, at: int, tail: str) -> bool:
    """A quotation written onto 는 before a noun that a reporting verb takes as its object: “…”는
    소감을 밝혔다, “…”는 의견을 남겼다, “…”는 격려의 말을 전했다."""
    k = at
    while k < len(toks) and (
        toks[k].tag == "NNG"
        or toks[k].tag == "JKG"
        and k + 1 < len(toks)
        and toks[k + 1].tag == "NNG"
    ):
        k += 1  # 소감을, 경기 소감을, 격려의 말을
    if not (tail.endswith("는") and at < k < len(toks) - 1 and toks[k].tag == "JKO"):
        return False
    said = predicate(toks, k + 1)
    # …는 답을 하셨다: the noun's 하다 reports as the noun's verb would (답하다)
    own = said.verb == "하다" and toks[k - 1].form + "하다" in words("verb")
    return said.at == k + 1 and (said.verb in words("verb") - {"하다", "보다"} or own)


def _said_in_marks(
    content: list, toks: list, after: tuple[int, str], link: str | None, marks: tuple[bool, bool]
) -> bool:
    """What marks hold (``marks``: single, short) is said when a sentence of three words or more
    in them, or any sentence in double marks, is taken by a noun for words said (“…입니까”라는
    질문, ‘…박탈해야 한다’는 취지의 허위 사실); in double marks also when a phrase of three words or
    more goes on with 라며 (“…있을 수 없는 일”이라며)."""
    single, short = marks
    taken = any(t.tag == "EF" for t in content) and _said_noun(toks, *after)
    if single:
        return not short and taken
    return (link == "piece" and not short) or taken


def _said_noun(toks: list, at: int, tail: str) -> bool:
    """A sentence in marks that a noun for words said takes, with no reporting verb: “…입니까”라는
    공통 질문을 던지고, “…” 등의 답글 (the nouns are ``said-noun`` rows of ``quote_words.tsv``)."""
    k = at
    if not tail.endswith("는"):
        if tail or k >= len(toks) or toks[k].form != "등":
            return False
        k += 2 if k + 1 < len(toks) and toks[k + 1].tag == "JKG" else 1
    # A word or two may stand between: 공통 질문, 짧은 답변, 허위 내용의 글.
    return any(t.form in words("said-noun") for t in toks[k : k + 4])


def _runs_on(link: str | None, verb: str | None, sentence: bool, short: bool) -> bool:
    """‘…없다’며 이같이 요구했다: a sentence in marks, single ones too, whose 며 runs on into a
    reporting verb is a quotation (‘…’며 거리로 나섰다 is a slogan, its verb reports nothing)."""
    return sentence and not short and link == "piece" and verb in words("verb")


def _goes_on(toks: list, resume: int, tail: str, content: list) -> tuple[str | None, str | None]:
    """How a quotation (``content``: its tokens) goes on from token ``resume`` after the tail on
    its closing mark, and the verb that follows (none when it does not go on)."""
    said = _said_as_noun(toks, resume, tail) or _asked_for(content, tail)
    link = _link(tail) or ("report" if said else None)
    if not link:
        return link, None
    following = predicate(toks, resume, finite=link == "piece")
    verb = following.verb
    if link == "piece" and verb and _closed_by_고(toks, following.at):
        link = "report"  # “…”라며 답했고 B는 “…”: its own verb reports it; B's words are B's
    return link, verb


def _closed_by_고(toks: list, at: int) -> bool:
    """The predicate at token ``at`` ends its clause with 고 (답했고), before any quotation mark."""
    for token in toks[at + 1 :]:
        if token.sentence != toks[at].sentence or token.tag in ("SSO", "SSC"):
            return False
        if token.tag == "EC":
            return token.form == "고"
    return False


def _next_is_mark(toks: list, at: int) -> bool:
    return at < len(toks) and opens_quotation(toks, at)


def _clause_start(toks: list, item: Item, previous: Item | None, actors: frozenset[int]) -> int:
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
        else:
            break
    return toks[k].start


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
