"""What quotations are read with: the words of ``quote_words.tsv``, the quotation marks and the
spans they hold (a caption's or a script's words said, without marks), a sentence's predicate and
the speaker's particle."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..entities.lexicon import titles
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
# The marks a span may open at: an opening one, or a closing one (:func:`_opens_on_closer`).
_MAY_OPEN = frozenset(CLOSING) | {"”"}
# Connectives closing a clause with a subject of its own, after a verb (…했고, 끝나자).
_CLOSING_EC = frozenset({"고", "자"})
# What follows an answer's label letter (A: …, 답) …).
_AFTER_LABEL = frozenset({":", ".", ")"})
_PREDICATE = ("VV", "VA", "VX", "XSV", "XSA")
_TOPIC = frozenset({"은", "는"})
# 께서 marks a subject one honours, a person always, the speaker of an indirect quotation too.
_HONORIFIC = "께서"
# 도 ("too") marks a subject as 이/가 do: 가람시도 …다고 밝혔다.
_SUBJECT = frozenset({"이", "가", "도", _HONORIFIC})
# Pronouns for a thing or the sentence before, never for a speaker (이는, 이것은).
_THIS = frozenset({"이", "이것", "그것"})


@cache
def words(role: str) -> frozenset[str]:
    """The words of ``quote_words.tsv`` with the role."""
    return frozenset(row.word for row in table("quote_words.tsv") if row.role == role)


def label_words(role: str, *, latin: bool | None = None) -> str:
    """The labels of ``quote_words.tsv``'s ``role`` (question-label, answer-label) as a regular
    expression's alternation (``latin``: only those in Latin letters, or only the others)."""
    kept = (w for w in sorted(words(role)) if latin is None or w.isascii() == latin)
    return "|".join(map(re.escape, kept))


@cache
def labelled(role: str) -> re.Pattern:
    """A paragraph opening with a label of ``role`` and its words (Q. 소감은?, A 기쁘다, 답) 기쁘다):
    a Latin letter closed by a stop, colon or bracket, or standing apart; a Hangul word only
    closed (문 is "a door" too)."""
    latin, hangul = label_words(role, latin=True), label_words(role, latin=False)
    return re.compile(rf"(?:(?:{latin})(?:\s?[.:)]|\s)|(?:{hangul})\s?[.:)])\s*\S")


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

    @property
    def opening(self) -> int:
        """Where the quotation opens: its opening mark, else its first letter."""
        return self.mark if self.mark is not None else self.start


class Span(NamedTuple):
    """An outermost pair of quotation marks: the offsets of both marks, the index of the token
    after; or the words a broadcast caption says (no marks: just before and after the words)."""

    open: int
    close: int
    after: int
    marked: bool = True


class Predicate(NamedTuple):
    """A predicate's dictionary form (None when there is none) and its token's index."""

    verb: str | None
    at: int


def _said_opens(toks: list) -> int:
    """Where the words a caption or an answer says open: after the brackets of an answer opening
    with who gives it ((박민호)뽑아 주셔서 …) or with a transcript's mark (<답변> …), after a Q&A's
    answer mark (= 답, A. 답, A 답, A: 답, 답) 답), else at once."""
    named = len(toks) > 3 and (toks[0].form, toks[2].form) in (("(", ")"), ("<", ">"), ("[", "]"))
    if named:
        return toks[3].start
    return toks[_answer_mark(toks)].start


def _answer_mark(toks: list) -> int:
    """How many tokens an answer's mark opening ``toks`` takes: = or A. (one), A or 답 and the
    colon, stop or bracket after it (two), A apart from its words (one: not A씨); else none. The
    labels are ``quote_words.tsv``'s ``answer-label`` rows."""
    if len(toks) < 2:
        return 0
    first, then = toks[0], toks[1]
    labels = words("answer-label")
    punctuated = then.form in _AFTER_LABEL and len(toks) > 2
    if first.form == "=" or (first.form.endswith(".") and first.form[:-1] in labels):
        return 1  # = 답, A. 답 (Kiwi keeps A. one token)
    if first.form in labels and punctuated:
        return 2
    return int(first.form in labels and first.form.isascii() and then.start > first.end)


def marked_spans(toks: list, said: int | None = None, turns: tuple[Turn, ...] = ()) -> list[Span]:
    """Each outermost pair of quotation marks; an unclosed double mark runs to the paragraph's end.
    A paragraph a broadcast caption speaks on its line opens with the words said, up to ``said``
    ([한예린 / 가람대 교수 : 열대야가 …]: the paragraph up to the closing bracket); a speaker's
    turn in a script (⊙홍길동(가상당 의원): …) holds the words said, without marks."""
    spans, i = [], 0
    turn_ends = {turn.start: turn.end for turn in turns}
    if said is not None and toks:
        close = next((k for k, t in enumerate(toks) if t.start >= said), len(toks))
        spans.append(Span(_said_opens(toks) - 1, said, min(close + 1, len(toks)), marked=False))
        i = spans[-1].after
    # Where a span may open (a mark, a closing one where the opening belongs, a turn's start): the
    # tokens between are passed over at once.
    opens = [k for k, t in enumerate(toks) if t.form in _MAY_OPEN or t.start in turn_ends]
    count = len(toks)
    while i < count:
        token = toks[i]
        if token.start in turn_ends:
            close = turn_ends[token.start]
            after = next((k for k in range(i, len(toks)) if toks[k].start >= close), len(toks))
            spans.append(Span(token.start - 1, close, after, marked=False))
            i = after
        elif (token.form in CLOSING and token.tag in ("SSO", "SSC", "SW")) or _opens_on_closer(
            toks, i
        ):
            span = _marked_span(toks, i)
            if span is None:
                i += 1
                continue
            spans.append(span)
            i = span.after
        else:
            at = bisect_right(opens, i)
            i = opens[at] if at < len(opens) else count
    return spans


def _marked_span(toks: list, i: int) -> Span | None:
    """The span of the marks opening at token ``i``: up to the mark that closes them, else (a
    double mark) to the paragraph's end; None for a single mark never closed."""
    token = toks[i]
    closing = CLOSING.get(token.form, _DOUBLE)
    j = next(
        (
            k
            for k in range(i + 1, len(toks))
            if toks[k].form in closing and toks[k].start > token.start
        ),
        None,
    )
    if j is None:
        return None if token.form in _SINGLE else Span(token.start, toks[-1].end, len(toks))
    return Span(token.start, toks[j].start, j + 1)


def opens_quotation(toks: list, k: int) -> bool:
    """Does a quotation open at token ``k``: an opening mark, or a closing one where the opening one
    belongs (:func:`_opens_on_closer`)?"""
    return (toks[k].form in CLOSING and toks[k].tag == "SSO") or _opens_on_closer(toks, k)


def _opens_on_closer(toks: list, i: int) -> bool:
    """Does a closing mark outside any quotation stand where the opening one belongs (”중동초의 …
    opening the paragraph; …”며 ” 시장은 …“고 말했다: a page's slip), words after it and no tail
    of a quotation broken over lines (”라고 말했다)? Past the paragraph's start a mark must follow to
    close it."""
    return (
        toks[i].form == "”"
        and i + 1 < len(toks)
        and toks[i + 1].tag not in ("VCP", "EC", "JKQ", "JX", "JKS")
        and (i == 0 or any(t.form in _DOUBLE for t in toks[i + 1 :]))
    )


def predicate(toks: list, at: int, *, finite: bool = False) -> Predicate:
    """The first predicate from token ``at`` in its sentence (말+하 -> 말하다); none at the
    sentence's end or an opening quotation mark. ``finite``: past a predicate modifying a noun
    (…라며 화끈한 포부를 드러냈다: 드러내다, not 화끈하다), as after a piece's 며 any verb may report."""
    sentence = toks[at].sentence if at < len(toks) else None
    for k in range(at, len(toks)):
        token = toks[k]
        if token.sentence != sentence or (token.form in _MAY_OPEN and opens_quotation(toks, k)):
            return Predicate(None, k)
        # …고 고충을 토로.: a column's clipped sentence ends on the verb's noun (토로하다).
        clipped = toks[k - 1].form + "하다" if k > at and toks[k - 1].tag == "NNG" else None
        if token.tag == "SF" and clipped in words("verb"):
            return Predicate(clipped, k - 1)
        if token.tag.startswith(_PREDICATE):
            if k + 1 < len(toks) and token.form + toks[k + 1].form in words("pointing"):
                continue  # “…”라며 이렇게 말했다: 이렇+게 points at the quotation; 말했다 reports it
            if _adverb(toks, k):
                continue  # …며 출마를 강력하게 시사했다: an adjective written onto 게 qualifies the verb
            if finite and _adnominal(toks, k):
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


def _adnominal(toks: list, k: int) -> bool:
    """Is the predicate at ``k`` written onto an adnominal ending, past its tense (화끈한 포부,
    기능을 하는 제도, 높은 개혁), modifying the noun after it?"""
    end = k + 1
    while end < len(toks) and toks[end].start == toks[end - 1].end and toks[end].tag == "EP":
        end += 1
    return end < len(toks) and toks[end].tag == "ETM" and toks[end].start <= toks[end - 1].end


def particle(toks: list, begin: int, end: int, kind: str, actors: frozenset[int]) -> int | None:
    """The speaker's particle between tokens ``begin`` and ``end``: the first topic (은/는) outside
    quotation marks; else, for a direct quotation, the first subject (이/가), and for an indirect one
    a subject just after a person, organisation or place (the clause's own subjects come later)."""
    topics = [
        i
        for i in range(begin, end)
        if toks[i].tag == "JX" and toks[i].form in _TOPIC and not _demonstrative(toks, i)
    ]
    if kind == "direct":
        topics = _after_closed(toks, begin, end, topics)
    subjects = [
        i
        for i in range(begin, end)
        if toks[i].tag in ("JKS", "JX")
        and toks[i].form in _SUBJECT
        and (
            kind == "direct"
            or toks[i].start in actors
            or toks[i].form == _HONORIFIC
            or _after_bracketed_actor(toks, i, actors)
        )
        and not _own_clause_subject(toks, i, actors)
    ]
    if kind == "direct":
        # A의 방문이 가시화되자, B가 "…": the subject after the closed clause speaks, as a topic does.
        subjects = _after_closed(toks, begin, end, subjects)
    # 이 사진은 … 한 단체장이 “…”: a thing pointed at is what the sentence is about; the subject after
    # it speaks.
    topics = _unpointed(toks, topics, subjects)
    for candidates in (topics, subjects):
        for i in candidates:
            if not _inside_marks(toks, begin, i):
                return i
    return None


def _after_bracketed_actor(toks: list, at: int, actors: frozenset[int]) -> bool:
    """Is the particle at ``at`` written after a bracket that follows a name at once (가람병원(이사장
    홍길동)이: the body's officers in brackets)?"""
    if at < 2 or toks[at - 1].form != ")":
        return False
    k = at - 2
    while k > 0 and toks[k].form != "(" and toks[k].sentence == toks[at].sentence:
        k -= 1
    return toks[k].form == "(" and toks[k].start in actors


def _after_closed(toks: list, begin: int, end: int, candidates: list[int]) -> list[int]:
    """The candidates after the last clause closed before ``end``, else all: 1심은 …했지만, 2심은
    "…"; 기자단은 …했고, 이에 대해 장관은 "…"; A는 "…"라며 답했고 B는 "…"; A의 발언이 끝나자
    방청석의 주민들이 "…": a clause closed by a connective and a comma, or by 고 or 자 ("as soon
    as") after a verb, has its own topic or subject; the one after it speaks."""
    closed = [
        i
        for i in range(begin, end - 1)
        if toks[i].tag == "EC"
        and (toks[i + 1].form == "," or (toks[i].form in _CLOSING_EC and _after_verb(toks, i)))
    ]
    return [i for i in candidates if closed and i > closed[-1]] or candidates


def _unpointed(toks: list, topics: list[int], subjects: list[int]) -> list[int]:
    """The topics but a thing pointed at with a subject after it."""
    return [i for i in topics if not (_pointed_thing(toks, i) and any(s > i for s in subjects))]


def _pointed_thing(toks: list, at: int) -> bool:
    """Is the topic at ``at`` a common noun under 이, 그 or 저 (이 사진은), no person's word (이
    관계자는 is one who speaks)?"""
    return (
        at > 1
        and toks[at - 2].tag == "MM"
        and toks[at - 2].form in ("이", "그", "저")
        and toks[at - 1].tag == "NNG"
        and toks[at - 1].form not in words("anonymous") | words("pronoun")
        and toks[at - 1].form not in titles()
    )


def _demonstrative(toks: list, at: int) -> bool:
    """Is the topic at ``at`` a demonstrative (이는 …한 데 따른 것이다: "this", the sentence
    before), which says nothing?"""
    return at > 0 and toks[at - 1].tag == "NP" and toks[at - 1].form in _THIS


def modifier_subject(toks: list, begin: int, item: Item, actors: frozenset[int]) -> int | None:
    """The subject particle of a report that modifies 것, the matter spoken of (…낸시 펠로시가
    …하다고 지적한 것에 관해, 트럼프 대통령이 …하겠다고 발표한 것): the last one after a person,
    organisation or place from token ``begin`` up to the clause's ending, who said it (the
    sentence's topic speaks of it); else None (…다고 밝힌 바 있다: the topic said it)."""
    if item.kind != "indirect" or item.link != "report":
        return None
    at = predicate(toks, item.next).at
    if not _adnominal(toks, at) or not any(t.form == "것" for t in toks[at + 1 : at + 4]):
        return None
    return next(
        (
            i
            for i in range(item.index - 1, begin - 1, -1)
            if toks[i].tag == "JKS" and toks[i].start in actors
        ),
        None,
    )


def speaker_after(toks: list, item: Item, actors: frozenset[int]) -> int | None:
    """The speaker's particle between a quotation and its reporting verb (“…”고 김 장관은 말했다;
    …도주했다고 김 씨는 말했다; …있다고 가상일보에서 보도했다), else None; for a reported clause, only where its verb follows
    (not a piece of a chain, …다며, whose next clause has subjects of its own)."""
    if item.kind == "indirect" and item.link != "report":
        return None
    verb_at = min(predicate(toks, item.next).at, len(toks))
    found = particle(toks, item.next, verb_at, item.kind, actors)
    # …다고 가상일보에서 보도했다: a body named with 에서 right before the verb reports it
    if found is not None or verb_at >= len(toks):
        return found
    by = verb_at - 1
    while by > item.next and toks[by].form != "에서" and toks[by + 1].start == toks[by].end:
        by -= 1  # past the verb's noun (보도+하다)
    return by if item.next < by and toks[by].form == "에서" and toks[by].start in actors else None


def _own_clause_subject(toks: list, at: int, actors: frozenset[int]) -> bool:
    """The subject at ``at`` is its clause's own, not the speaker: a subject naming no one, of a
    clause that modifies the next noun (연락이 닿은 소식통); one naming someone only when the clause
    modifies 것 (홍길동이 처리한 것과 관련해 “…”); 가상도가 낡은 구장을: the subject speaks."""
    k = _in_modifier(toks, at)
    if k is None:
        return False
    return toks[at].start not in actors or (k + 1 < len(toks) and toks[k + 1].form == "것")


def _in_modifier(toks: list, at: int) -> int | None:
    """Where the adnominal ending is when the subject at ``at`` is one of a clause modifying a
    noun (22일 연락이 닿은 소식통도): its predicate, next, ends in it (닿+은), so the noun after it
    is who speaks; not a quoting one (어이없+다는 듯: the subject's own manner); else None."""
    k = at + 1
    while k < len(toks) and toks[k].tag == "MAG":
        k += 1
    if k + 1 < len(toks) and toks[k].tag == "NNG" and toks[k + 1].tag in ("XSV", "XSA"):
        k += 1  # 처리+한: a noun made a predicate
    if k >= len(toks) or not toks[k].tag.startswith(_PREDICATE):
        return None
    if toks[k].form == "지나" and k + 2 < len(toks) and toks[k + 2].tag in ("SN", "NNG", "NNB"):
        return None  # 시민단체도 지난 10일: 지난, "last", dates what follows; no clause
    k += 1
    while k < len(toks) and toks[k].tag in ("EP", "XSV", "XSA"):
        k += 1
    adnominal = k < len(toks) and toks[k].tag == "ETM"
    return k if adnominal and not toks[k].form.startswith(("다", "라")) else None


def _after_verb(toks: list, at: int) -> bool:
    """Token ``at`` follows a predicate, past its endings of tense (답+하+었+고)."""
    k = at - 1
    while k >= 0 and toks[k].tag == "EP":
        k -= 1
    return k >= 0 and toks[k].tag.startswith(_PREDICATE)


def _inside_marks(toks: list, begin: int, at: int) -> bool:
    opened = 0
    for t in toks[begin:at]:
        if t.form in CLOSING and t.tag == "SSO":
            opened += 1
        elif t.tag == "SSC" and opened:
            opened -= 1
    return opened > 0
