"""Finding quotations in a paragraph's tokens: the marked spans, the reported clauses, how each
goes on (a verb, a piece of a chain) and where an indirect one starts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..shapes import Turn
from ..tables import table

# Opening mark -> the marks that close it; typed text mixes curly and straight marks (“…"며 "…“고).
_DOUBLE = frozenset('“”"')
CLOSING = {
    "“": _DOUBLE,
    '"': _DOUBLE,
    "「": frozenset("」"),
    "‘": frozenset("’'"),
    "'": frozenset("’'"),
}
_SINGLE = frozenset("‘'")
# Endings of a reported clause (ᆫ다고 and 는다고 end in 다고 too) and of a piece of one (saying that ...).
_REPORTED = re.compile(r"(다|라|냐|자)고$")
_PIECE = re.compile(r"(다|라|냐|자)(며|면서)$")
_PREDICATE = ("VV", "VA", "VX", "XSV", "XSA")
_TOPIC = frozenset({"은", "는"})
# 도 ("too") marks a subject as 이/가 do: 가람시도 …다고 밝혔다.
_SUBJECT = frozenset({"이", "가", "도"})


@cache
def words(role: str) -> frozenset[str]:
    """The words of ``quote_words.tsv`` with the role."""
    return frozenset(row.word for row in table("quote_words.tsv") if row.role == role)


@dataclass
class Item:
    """A quotation found in a paragraph (``start`` of an indirect one is known once the items
    before it are; ``verb`` of one standing alone once the next sentence is read)."""

    kind: str  # direct or indirect
    start: int | None
    end: int
    mark: int | None  # the opening mark's offset (direct)
    link: str | None  # how it goes on: report, piece or None
    verb: str | None
    next: int  # the index of the first token after it
    sentence: int
    index: int  # the index of its first token (direct) or of its ending (indirect)
    section: int = -1
    paragraph: int = -1


class Span(NamedTuple):
    """An outermost pair of quotation marks: the offsets of both marks, the index of the token
    after; or the words a broadcast caption says (no marks: just before and after the words)."""

    open: int
    close: int
    after: int
    marked: bool = True


class Ending(NamedTuple):
    """Where a reported clause ends, whether it is a piece of a chain (…다며), and the token after
    its ending."""

    end: int
    piece: bool
    after: int


class Predicate(NamedTuple):
    """A predicate's dictionary form (None when there is none) and its token's index."""

    verb: str | None
    at: int


class Restatement(NamedTuple):
    """A sentence that reports what came before it: an item standing for it, and its verb."""

    item: Item
    verb: str


def following_sentence(toks: list, item: Item, later: list[list]) -> list:
    """The tokens of the sentence after the item's (in its paragraph, else the next paragraph's first)."""
    after = [t for t in toks[item.next :] if t.sentence != item.sentence]
    if not after and later:
        after = later[0]
    return [t for t in after if after and t.sentence == after[0].sentence]


def preceding_sentence(toks: list, item: Item, earlier: list[list]) -> list:
    """The tokens of the sentence before the item's (in its paragraph, else the previous
    paragraph's last)."""
    before = [t for t in toks[: item.index] if t.sentence != item.sentence]
    if not before and earlier:
        before = earlier[-1]
    return [t for t in before if before and t.sentence == before[-1].sentence]


def restatement(sentence: list) -> Restatement | None:
    """What the sentence says when it reports what came before it: ``… 이렇게 말했다``,
    ``… 이같이 밝혔다``."""
    for k, token in enumerate(sentence):
        # Kiwi gives 이같이 as 이+같이 and 이렇게 as 이렇+게.
        pair = token.form + sentence[k + 1].form if k + 1 < len(sentence) else ""
        if token.form in words("pointing") or pair in words("pointing"):
            verb = predicate(sentence, k + (1 if token.form in words("pointing") else 2)).verb
            if verb in words("verb"):
                item = Item(
                    "indirect", token.start, token.start, None, None, None, k + 1, token.sentence, k
                )
                return Restatement(item, verb)
    return None


def marked_spans(toks: list, said: int | None = None, turns: tuple[Turn, ...] = ()) -> list[Span]:
    """Each outermost pair of quotation marks; an unclosed double mark runs to the paragraph's end.
    A paragraph a broadcast caption speaks on its line opens with the words said, up to ``said``
    ([한예린 / 가람대 교수 : 열대야가 …]: the paragraph up to the closing bracket); a speaker's
    turn in a script (⊙홍길동(가상당 의원): …) holds the words said, without marks."""
    spans, i = [], 0
    turn_ends = {turn.start: turn.end for turn in turns}
    end_of_paragraph = toks[-1].end if toks else 0
    if said is not None and toks:
        close = next((k for k, t in enumerate(toks) if t.start >= said), len(toks))
        # An answer opening with who gives it, (박민호)뽑아 주셔서 …: the words after the brackets.
        named = len(toks) > 3 and toks[0].form == "(" and toks[2].form == ")"
        opens = toks[3].start if named else toks[0].start
        spans.append(Span(opens - 1, said, min(close + 1, len(toks)), marked=False))
        i = spans[-1].after
    while i < len(toks):
        token = toks[i]
        if token.start in turn_ends:
            close = turn_ends[token.start]
            after = next((k for k in range(i, len(toks)) if toks[k].start >= close), len(toks))
            spans.append(Span(token.start - 1, close, after, marked=False))
            i = after
        elif token.form in CLOSING and token.tag in ("SSO", "SSC", "SW"):
            closing = CLOSING[token.form]
            j = next(
                (
                    k
                    for k in range(i + 1, len(toks))
                    if toks[k].form in closing and toks[k].start > token.start
                ),
                None,
            )
            if j is None and token.form in _SINGLE:
                i += 1
                continue
            close_at = toks[j].start if j is not None else end_of_paragraph
            spans.append(Span(token.start, close_at, (j + 1) if j is not None else len(toks)))
            i = (j + 1) if j is not None else len(toks)
        else:
            i += 1
    return spans


def predicate(toks: list, at: int) -> Predicate:
    """The first predicate from token ``at`` in its sentence (말+하 -> 말하다); none at the
    sentence's end or an opening quotation mark."""
    sentence = toks[at].sentence if at < len(toks) else None
    for k in range(at, len(toks)):
        token = toks[k]
        if token.sentence != sentence or (token.form in CLOSING and token.tag == "SSO"):
            return Predicate(None, k)
        if token.tag.startswith(_PREDICATE):
            if token.tag in ("XSV", "XSA") and k > at and toks[k - 1].end == token.start:
                return Predicate(toks[k - 1].form + "하다", k)
            # A verb Kiwi splits with an auxiliary (털+어+놓다 for 털어놓다) is looked up whole.
            if k + 2 < len(toks) and toks[k + 1].tag == "EC" and toks[k + 2].tag == "VX":
                whole = token.form + toks[k + 1].form + toks[k + 2].lemma
                if whole in words("verb"):
                    return Predicate(whole, k)
            return Predicate(token.lemma, k)
    return Predicate(None, len(toks))


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
    for n, item in enumerate(found):
        if item.kind == "indirect":
            previous = found[n - 1] if n and found[n - 1].sentence == item.sentence else None
            item.start = _clause_start(toks, item, previous, actors)
    return [item for item in found if item.start < item.end]


def _direct(toks: list, text: str, span: Span) -> Item | None:
    """The quotation in the marks of ``span``, or None for a scare quote, a name or a quoted
    phrase modifying a noun."""
    content = [t for t in toks if span.open < t.start and t.end <= span.close]
    if not content:
        return None
    # What is written onto the closing mark (고, 라고, 며, 이라며, 는 …) says how the quotation goes on.
    # Some pages write 라고 apart from the mark (“…” 라고 말했다): a space before 라 still links.
    written = re.match(r"( ?)([가-힣]*)", text[span.close + 1 :])
    space, tail = written.groups()
    if space and not tail.startswith("라"):
        space, tail = "", ""
    resume = next(
        (
            k
            for k in range(span.after, len(toks))
            if toks[k].start >= span.close + 1 + len(space) + len(tail)
        ),
        len(toks),
    )
    link = _link(tail) or ("report" if _said_as_noun(toks, resume, tail) else None)
    verb = predicate(toks, resume).verb if link else None
    # “…”는 목소리, “…”라는 비판: a quoted phrase modifying a noun is nobody's quotation, unless
    # the noun is what is reported (“…”는 소감을 밝혔다).
    sentence_like = any(t.tag == "EF" for t in content) and not tail.endswith("는")
    reported = link == "report" and verb in words("verb")
    single = span.marked and text[span.open] in _SINGLE
    chained = link == "piece" and _next_is_mark(toks, resume)
    # A word or two in single marks is a name or a scare quote even when reported: 공약이 '재탕'이라고 비판했다.
    short = len(text[span.open + 1 : span.close].split()) < 3
    if not (
        (reported and not (single and short))
        or (sentence_like and not single)
        or (chained and not single)
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


def _indirect(toks: list, spans: list[Span], quoted: set[int]) -> list[Item]:
    """The reported clauses outside the marks (their start is found later); ``quoted`` holds the
    closing marks of quotations, whose 고 is no indirect one."""
    found = []
    for k, token in enumerate(toks):
        if any(s.open < token.start < s.close for s in spans) or (
            k and toks[k - 1].start in quoted
        ):
            continue
        ending = _ending(toks, k)
        if ending is None:
            continue
        verb = predicate(toks, k + 1).verb
        if not ending.piece and (verb not in words("verb") or verb == "하다"):
            continue
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


def _ending(toks: list, k: int) -> Ending | None:
    """Where the reported clause ends when token ``k`` ends one: …다고 or …다며 as one ending, or
    a sentence ending and 고 (늘었다+고, as Kiwi reads it in some sentences)."""
    token = toks[k]
    if token.tag == "EC":
        match = _REPORTED.search(token.form) or _PIECE.search(token.form)
        if match and [t.form for t in toks[k + 1 : k + 3]] in (["하", "면서"], ["하", "며"]):
            # Kiwi reads …다면서 as 다고 + 하 + 면서, the written 다 its only letter: a piece.
            return Ending(token.end, True, k + 3)
        if match:
            return Ending(
                token.end - len(match.group(0)) + 1, bool(_PIECE.search(token.form)), k + 1
            )
    previous = toks[k - 1] if k else None
    if token.tag != "JKQ" or previous is None or previous.end != token.start:
        return None
    if previous.tag == "EF" and previous.form[-1:] in "다라냐자":
        return Ending(previous.end, False, k + 1)
    if previous.tag == "SSC" and token.form.endswith("라고"):
        return Ending(
            token.end - 1, False, k + 1
        )  # 공약이 '재탕'이라고: the clause runs through the marks, up to 라
    return None


def _link(tail: str) -> str | None:
    """How a closing mark goes on: ``report`` (“…”고, 라고, 이라고), ``piece`` (며, 면서, 라며, 이라며),
    or None (the tails are rows of ``quote_words.tsv``)."""
    if tail in words("report-tail"):
        return "report"
    if tail in words("piece-tail"):
        return "piece"
    return None


def _said_as_noun(toks: list, at: int, tail: str) -> bool:
    """A quotation written onto 는 before a noun that a reporting verb takes as its object: “…”는
    소감을 밝혔다, “…”는 의견을 남겼다."""
    k = at
    while k < len(toks) and toks[k].tag == "NNG":
        k += 1  # 소감을, 경기 소감을
    return (
        tail.endswith("는")
        and at < k < len(toks) - 1
        and toks[k].tag == "JKO"
        and predicate(toks, k + 1).at == k + 1
        and predicate(toks, k + 1).verb in words("verb") - {"하다", "보다"}
    )


def _next_is_mark(toks: list, at: int) -> bool:
    return at < len(toks) and toks[at].form in CLOSING and toks[at].tag == "SSO"


def _clause_start(toks: list, item: Item, previous: Item | None, actors: frozenset[int]) -> int:
    """Where an indirect quotation starts: after the piece before it, else after the topic (the
    speaker) of its sentence, or a subject that names a person, organisation or place (한빛소프트가 …
    유치했다고 밝혔다), past the words that carry a speaker over (이어, 또)."""
    if previous is not None and previous.link == "piece":
        k = previous.next
    else:
        k = next(
            i for i in range(item.index, -1, -1) if i == 0 or toks[i - 1].sentence != item.sentence
        )
        if previous is not None:
            k = previous.next
        topic = particle(toks, k, item.index, "indirect", actors)
        if topic is not None:
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


def _day_at(toks: list, k: int) -> bool:
    """``N일`` (a day of the month) starts at token ``k``."""
    return (
        k + 1 < len(toks)
        and toks[k].tag == "SN"
        and toks[k + 1].form == "일"
        and toks[k + 1].start == toks[k].end
    )


def chains(found: list[Item]) -> list[list[Item]]:
    """Items linked by 며/면서 in one sentence, as lists."""
    linked: list[list[Item]] = []
    for item in found:
        if linked and linked[-1][-1].link == "piece" and linked[-1][-1].sentence == item.sentence:
            linked[-1].append(item)
        else:
            linked.append([item])
    return linked


def particle(toks: list, begin: int, end: int, kind: str, actors: frozenset[int]) -> int | None:
    """The speaker's particle between tokens ``begin`` and ``end``: the first topic (은/는) outside
    quotation marks; else, for a direct quotation, the first subject (이/가), and for an indirect one
    a subject just after a person, organisation or place (the clause's own subjects come later)."""
    topics = [i for i in range(begin, end) if toks[i].tag == "JX" and toks[i].form in _TOPIC]
    if kind == "direct":
        # 1심은 …했지만, 2심은 "…"; 기자단은 …했고, 이에 대해 장관은 "…": a clause closed by a
        # connective and a comma has its own topic; the one after it speaks.
        closed = [
            i for i in range(begin, end - 1) if toks[i].tag == "EC" and toks[i + 1].form == ","
        ]
        later = [i for i in topics if closed and i > closed[-1]]
        topics = later or topics
    subjects = [
        i
        for i in range(begin, end)
        if toks[i].tag in ("JKS", "JX")
        and toks[i].form in _SUBJECT
        and (kind == "direct" or toks[i].start in actors)
    ]
    for candidates in (topics, subjects):
        for i in candidates:
            if not _inside_marks(toks, begin, i):
                return i
    return None


def _inside_marks(toks: list, begin: int, at: int) -> bool:
    opened = 0
    for t in toks[begin:at]:
        if t.form in CLOSING and t.tag == "SSO":
            opened += 1
        elif t.tag == "SSC" and opened:
            opened -= 1
    return opened > 0
