"""A quotation in marks: whether the marks hold one (not a scare quote, a name or a phrase
modifying a noun), what is written onto its closing mark and how it goes on."""

from __future__ import annotations

import re

from .endings import NOMINAL
from .found import Item, Span
from .marks import CLOSING, SINGLE, opens_quotation
from .predicates import predicate
from .remarks import labelled_remark
from .vocabulary import words


def _said_whole(span: Span, text: str) -> bool:
    """Are the span's words said whole, ending or not: a bite in marks over lines or under its
    caption, or an answer's or a caption's words (no marks), even cut off by the page's end?"""
    return not span.marked or span.whole or "\n" in text[span.open : span.close]


def direct_item(toks: list, text: str, span: Span) -> Item | None:
    """The quotation in the marks of ``span``, or None for a scare quote, a name or a quoted
    phrase modifying a noun."""
    content = [t for t in toks if span.open < t.start and t.end <= span.close]
    if not content:
        return None
    space, tail = _written_on(span, text)
    resume = _resume(toks, span, space + tail)
    link, verb = _goes_on(toks, resume, tail, content)
    if space and tail == "고" and verb not in words("verb"):
        space, tail = "", ""  # “…” 고 홍길동 씨의 …: the late, no tail
        resume = _resume(toks, span, "")
        link, verb = _goes_on(toks, resume, tail, content)
    # “…”는 목소리, “…”라는 비판: a quoted phrase modifying a noun is nobody's quotation, unless
    # the noun is what is reported (“…”는 소감을 밝혔다).
    # A bite over lines (:func:`kornews.quotes.paragraphs.bites_over_lines`) is said whole, ending or not.
    said = _said_whole(span, text) or labelled_remark(toks, span, text)
    sentence_like = (any(t.tag == "EF" for t in content) or said) and not tail.endswith("는")
    reported = link == "report" and verb in words("verb")
    single = span.marked and text[span.open] in SINGLE and span.width == 1
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


def _resume(toks: list, span: Span, written: str) -> int:
    """The index of the first token after the closing mark and what is ``written`` onto it."""
    after = span.close + span.width + len(written)
    return next((k for k in range(span.after, len(toks)) if toks[k].start >= after), len(toks))


def _written_on(span: Span, text: str) -> tuple[str, str]:
    """What is written onto the closing mark (고, 라고, 며, 이라며, 는 …), which says how the
    quotation goes on, and the space before it: some pages write 라고 apart from the mark (“…” 라고
    말했다, “…것” 이라며), and a space before 라 or 이라 still links, and before 고 where a reporting
    verb follows (“…” 고 전했다: :func:`direct_item` checks the verb). Words closed at a line's end
    (an answer's paragraph, no mark) take nothing from the next line."""
    after = "" if text[span.close : span.close + 1] == "\n" else text[span.close + span.width :]
    space, tail = re.match(r"( ?)([가-힣]*)", after).groups()
    apart = tail.startswith(("라", "이라")) or tail == "고"  # “…” 고 전했다: when a verb reports it
    return ("", "") if space and not apart else (space, tail)


def _named_in_single(single: bool, short: bool, content: list) -> bool:
    """Is what single marks hold a name or a scare quote, even when reported: a word or two
    (공약이 '재탕'이라고 비판했다), or nouns alone (자신을 '최 모 기자'라고 소개했다)?"""
    return single and (short or all(t.tag.startswith(NOMINAL) for t in content))


def _cut(span: Span, text: str, tail: str) -> bool:
    """Is the quotation cut by the excerpt's end: its mark left open to the text's end (…회장은
    “기회가), or closed with its tail the text's last letters (…우리 학교"라), before any verb?"""
    closed = text[span.close : span.close + 1] in CLOSING["“"]
    words_in = re.search(r"[가-힣]", text[span.open + 1 : span.close])  # not a stray mark's }
    return span.marked and bool(words_in) and not text[span.close + closed + len(tail) :].strip()


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


def asked_to_be(toks: list, at: int, tail: str) -> str | None:
    """The verb of asking whose request holds the marks as what one is to become (“…”가 되어 줄
    것을 당부했다: heldout25's reading), else None: 되 and its auxiliary, 것을 and the verb."""
    if tail not in ("가", "이") or at + 1 >= len(toks) or toks[at].form != "되":
        return None
    k = next((k for k in range(at + 1, min(at + _BECOME, len(toks))) if toks[k].form == "것"), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].tag != "JKO":
        return None
    verb = predicate(toks, k + 2).verb
    return verb if verb in words("request") else None


# 되+어 주+ᆯ 것: the tokens from 되 to 것 at most.
_BECOME = 6


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
    if tail and not tail.endswith("는"):
        return False
    if k < len(toks) and toks[k].form == "등":
        # “…” 등의 답글, “…”는 등 황당한 답변: the list's 등 (and its 의) before the noun
        k += 2 if k + 1 < len(toks) and toks[k + 1].tag == "JKG" else 1
    elif not tail:
        return False
    k = past_thing(toks, k)  # “…”는 게 그의 설명이다
    # A word or two may stand between: 공통 질문, 짧은 답변, 허위 내용의 글; or whose they are
    # (“…”는 김철수 가상시장의 발언).
    of = owner_end(toks, k)
    owned = of is not None and toks[of + 1].form in words("said-noun")
    return owned or any(t.form in words("said-noun") for t in toks[k : k + 4])


def owner_end(toks: list, k: int) -> int | None:
    """The index of the 의 closing a phrase of names and nouns from token ``k`` (김철수 가상시장의,
    그의), a noun after it; else None."""
    for j in range(k, min(k + _OWNER_TOKENS, len(toks) - 1)):
        if toks[j].tag == "JKG":
            return j if j > k and toks[j + 1].tag.startswith("NN") else None
        if toks[j].tag not in _OWNER_TAGS:
            return None
    return None


# An owner's phrase, 의 too, in tokens at most (앤드루 쿠오모 뉴욕 주지사의), and its words.
_OWNER_TOKENS = 6
_OWNER_TAGS = frozenset({"NNG", "NNP", "NNB", "NP", "SL", "SH", "XSN", "XPN", "MM"})


def past_thing(toks: list, k: int) -> int:
    """The index after 것이 (or 게, as Kiwi reads it) at token ``k``, else ``k``: “…”는 게 그의
    설명이다."""
    if [(t.form, t.tag) for t in toks[k : k + 2]] == [("것", "NNB"), ("이", "JKS")]:
        return k + 2
    return k


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
        asked = asked_to_be(toks, resume, tail)
        return ("report", asked) if asked else (None, None)
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
