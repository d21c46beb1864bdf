"""The quotation marks and the spans they hold: an outermost pair of marks, a caption's or a
script's words said without marks, a closing mark standing where the opening one belongs."""

from __future__ import annotations

from bisect import bisect_right

from ..shapes import Turn
from .found import Span
from .vocabulary import words

# Opening mark -> the marks that close it; typed text mixes curly and straight marks (“…"며 "…“고).
_DOUBLE = frozenset('“”"')
CLOSING = {
    "“": _DOUBLE,
    '"': _DOUBLE,
    "「": frozenset("」"),
    "‘": frozenset("’'"),
    "'": frozenset("’'"),
    "¨": frozenset("¨"),  # a diaeresis for the marks (¨…¨고 말했다), which Kiwi reads as a letter
}
SINGLE = frozenset("‘'")
_SINGLE_CLOSERS = CLOSING["'"]
# The marks a span may open at: an opening one, or a closing one (:func:`_opens_on_closer`).
MAY_OPEN = frozenset(CLOSING) | {"”"}
# The tags Kiwi gives a quotation mark (a letter's, SL, to ¨).
_MARK_TAGS = frozenset({"SSO", "SSC", "SW", "SL"})
# An answer's mark of one token: = or a dash (△소감은? / -기쁩니다.).
_MARKS = frozenset({"=", "-", "–", "—"})
# What follows an answer's label letter (A: …, 답) …).
_AFTER_LABEL = frozenset({":", ".", ")"})


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
    if first.form in _MARKS or (first.form.endswith(".") and first.form[:-1] in labels):
        return 1  # = 답, - 답, A. 답 (Kiwi keeps A. one token)
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
    opens = [k for k, t in enumerate(toks) if t.form in MAY_OPEN or t.start in turn_ends]
    count = len(toks)
    while i < count:
        token = toks[i]
        if token.start in turn_ends:
            close = turn_ends[token.start]
            after = next((k for k in range(i, len(toks)) if toks[k].start >= close), len(toks))
            spans.append(Span(token.start - 1, close, after, marked=False))
            i = after
        elif (token.form in CLOSING and token.tag in _MARK_TAGS) or _opens_on_closer(toks, i):
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
    if _doubled(toks, i):
        return _doubled_span(toks, i)
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
        return None if token.form in SINGLE else Span(token.start, toks[-1].end, len(toks))
    return Span(token.start, toks[j].start, j + 1)


def _doubled(toks: list, i: int, marks: frozenset = SINGLE) -> bool:
    """Is the single mark at token ``i`` (one of ``marks``) doubled, another written onto it ('' for
    ", as some pages type it)?"""
    return (
        toks[i].form in marks
        and i + 1 < len(toks)
        and toks[i + 1].form in _SINGLE_CLOSERS
        and toks[i + 1].start == toks[i].end
    )


def _doubled_span(toks: list, i: int) -> Span | None:
    """The span of a doubled single mark opening at token ``i`` (''…''고 말했다): up to the next
    doubled one, both marks of each pair outside; None when none closes it."""
    j = next((k for k in range(i + 2, len(toks)) if _doubled(toks, k, _SINGLE_CLOSERS)), None)
    return None if j is None else Span(toks[i + 1].start, toks[j].start, j + 2, width=2)


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
