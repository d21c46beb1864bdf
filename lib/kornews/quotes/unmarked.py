"""Words a page printed without their marks, glued to the speaker's topic (홍길동 회장은그동안 …
기쁘다. … 드린다.): the page dropped the opening mark and its space, so the topic particle runs
into the first word said. No writer glues 은/는 to the next word; the words run to the clause a
reporting verb takes (…기원한다고 밝혔다), a closing mark no opening one matched (…힘쓰겠다"고
강조했다), else the paragraph's end. A page may drop the opening mark alone too (홍길동 회장은
인사말을 통해 …하겠다.”고 말했다): the words run from the topic, past the speech they were said
in, to the closing mark."""

from __future__ import annotations

from .endings import NOMINAL, clause_ending
from .found import Item
from .marks import CLOSING
from .predicates import predicate
from .vocabulary import words

# The speaker's phrase before the glued topic, in tokens at most (또한 가상 국제 학교의 홍길동 교장).
_PHRASE = 10


def glued_item(toks: list, actors: frozenset[int]) -> Item | None:
    """The words glued to a speaker's topic in the paragraph's first sentence (a paragraph with
    no marks before them), when a sentence ends in them; else None."""
    topic = _glued_topic(toks, actors)
    if topic is None:
        return None
    first = topic + 1
    end, verb, after = _close(toks, first)
    if not any(t.tag == "EF" and t.end <= end for t in toks[first:]):
        return None
    return _unmarked(toks, first, end, verb, after)


def _glued_topic(toks: list, actors: frozenset[int]) -> int | None:
    """The index of 은/는 closing the paragraph's opening phrase of nouns (and 의; after a word
    carrying the speaker over, 또한) that holds a name (``actors``: where the names end) and
    written onto the next word, else None."""
    for k, token in enumerate(toks[: _PHRASE + 1]):
        if token.tag == "JX" and token.form in ("은", "는"):
            phrase = toks[1:k] if toks[0].form in words("carry") else toks[:k]  # 또한 …
            named = any(t.end in actors for t in phrase)
            nominal = all(t.tag.startswith(NOMINAL) or t.tag == "JKG" for t in phrase)
            glued = k + 1 < len(toks) and toks[k + 1].start == token.end
            word = glued and toks[k + 1].form[:1].isalnum()
            return k if named and nominal and word else None
    return None


def _close(toks: list, first: int) -> tuple[int, str | None, int]:
    """Where the glued words end, the verb reporting them (None: none does) and the index after
    them and their tail: before the tail of a clause a reporting verb takes, at a closing mark,
    or at the paragraph's end."""
    for k in range(first, len(toks)):
        if toks[k].form in CLOSING["“"] and toks[k].tag in ("SSC", "SSO", "SW"):
            tail = k + 1 < len(toks) and toks[k + 1].form in words("report-tail")
            verb = predicate(toks, k + 2).verb if tail else None
            return (
                (toks[k].start, verb, k + 2)
                if verb in words("verb")
                else (toks[k].start, None, k + 1)
            )
        ending = clause_ending(toks, k)
        if ending is not None and not ending.piece:
            verb = predicate(toks, ending.after).verb
            if verb in words("verb"):
                return ending.end, verb, ending.after
    return toks[-1].end, None, len(toks)


def stray_item(toks: list, actors: frozenset[int]) -> Item | None:
    """The words a closing mark no opening one matched closes, its tail a reporting verb's (홍길동
    회장은 인사말을 통해 …하겠다.”고 말했다): from after the speaker's topic (a name before it)
    and the speech it names (``speech`` rows: 인사말을 통해, 축사에서) to the mark; else None."""
    close = next((k for k, t in enumerate(toks) if t.form == "”"), None)
    if not close or close + 2 >= len(toks) or any(t.form in '“"' for t in toks[:close]):
        return None
    if toks[close + 1].form not in words("report-tail"):
        return None
    verb = predicate(toks, close + 2).verb
    topic = next(
        (
            k
            for k in range(close)
            if toks[k].tag == "JX"
            and toks[k].form in ("은", "는")
            and any(t.end in actors for t in toks[:k])
        ),
        None,
    )
    if verb not in words("verb") or topic is None:
        return None
    first = _past_speech(toks, topic + 1)
    if not any(t.tag == "EF" for t in toks[first:close]):
        return None
    return _unmarked(toks, first, toks[close].start, verb, close + 2)


def _unmarked(toks: list, first: int, end: int, verb: str | None, after: int) -> Item:
    """A direct quotation no opening mark opens, from token ``first`` to offset ``end``, reported
    by ``verb`` (None: by none), the tokens going on at ``after``."""
    token = toks[first]
    return Item(
        kind="direct",
        start=token.start,
        end=end,
        mark=None,
        link="report" if verb else None,
        verb=verb,
        next=after,
        sentence=token.sentence,
        index=first,
        section=token.section,
        paragraph=token.paragraph,
    )


def _past_speech(toks: list, k: int) -> int:
    """The index after the speech the words were said in (인사말을 통해, 축사에서) at token ``k``,
    else ``k``."""
    if k >= len(toks) or toks[k].form not in words("speech"):
        return k
    forms = [t.form for t in toks[k + 1 : k + 4]]
    if forms[:2] in (["을", "통하"], ["를", "통하"]):
        return k + 4  # 을 통하 어
    return k + 2 if forms[:1] == ["에서"] else k
