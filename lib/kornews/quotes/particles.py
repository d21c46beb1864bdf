"""The speaker's particle: the topic or subject that says a quotation, before it or between it and
its verb, past the clauses with subjects of their own."""

from __future__ import annotations

from ..entities.lexicon import titles
from .found import Item
from .marks import CLOSING
from .predicates import PREDICATE_TAGS, adnominal, after_verb, predicate
from .vocabulary import words

# Connectives closing a clause with a subject of its own, after a verb (…했고, 끝나자).
_CLOSING_EC = frozenset({"고", "자"})
_TOPIC = frozenset({"은", "는"})
# 께서 marks a subject one honours, a person always, the speaker of an indirect quotation too.
_HONORIFIC = "께서"
# 도 ("too") marks a subject as 이/가 do: 가람시도 …다고 밝혔다.
_SUBJECT = frozenset({"이", "가", "도", _HONORIFIC})
# Pronouns for a thing or the sentence before, never for a speaker (이는, 이것은).
_THIS = frozenset({"이", "이것", "그것"})


def particle(toks: list, begin: int, end: int, kind: str, actors: frozenset[int]) -> int | None:
    """The speaker's particle between tokens ``begin`` and ``end``: the first topic (은/는) outside
    quotation marks; else, for a direct quotation, the first subject (이/가), and for an indirect one
    a subject just after a person, organisation or place (the clause's own subjects come later)."""
    topics = [
        i
        for i in range(begin, end)
        if toks[i].tag == "JX"
        and toks[i].form in _TOPIC
        and not _demonstrative(toks, i)
        and not _stem_as_noun(toks, i)
        and not (i and toks[i - 1].form in words("event"))  # 이번 간담회는 …당부했다
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
            or _first_subject_naming_people(toks, begin, i)
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


def _first_subject_naming_people(toks: list, begin: int, at: int) -> bool:
    """Is the subject at ``at`` the first of its span (from ``begin``), written onto a title or a
    group word (가상시장 겸 가상협의회 회장이 …만나 …다고 말했다; …활동가에 대해 시민단체가 …다고
    촉구했다)? A reported clause's own subjects come after the speaker's."""
    if at < 1 or toks[at].tag != "JKS" or toks[at - 1].end != toks[at].start:
        return False
    k = at - 1
    while k > begin and toks[k - 1].end == toks[k].start and toks[k - 1].tag.startswith("NN"):
        k -= 1  # 시민+단체: the word as written
    word = "".join(t.form for t in toks[k:at])
    if toks[at - 1].form not in titles() and word not in words("group"):
        return False
    # the first of its sentence, too, where Kiwi cut it at a question mark (A씨는 …인지? 주민들이 …)
    k = begin
    while k > 0 and not (toks[k - 1].tag == "SF" and toks[k - 1].form != "?"):
        k -= 1
    return not any(t.tag == "JKS" or (t.tag == "JX" and t.form in _TOPIC) for t in toks[k:at])


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
        and (toks[i + 1].form == "," or (toks[i].form in _CLOSING_EC and after_verb(toks, i)))
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


def _stem_as_noun(toks: list, at: int) -> bool:
    """Is the topic at ``at`` a verb's ending after its stem, which Kiwi reads as a noun (아는 사람:
    아+는, "who know"; ``stem`` rows of ``quote_words.tsv``), a word of its own before a noun?"""
    if at < 1 or at + 1 >= len(toks) or toks[at - 1].form not in words("stem"):
        return False
    alone = at < 2 or toks[at - 2].end < toks[at - 1].start
    return alone and toks[at + 1].tag.startswith("NN") and toks[at + 1].start > toks[at].end


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
    if not adnominal(toks, at) or not any(t.form == "것" for t in toks[at + 1 : at + 4]):
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
    if k >= len(toks) or not toks[k].tag.startswith(PREDICATE_TAGS):
        return None
    if toks[k].form == "지나" and k + 2 < len(toks) and toks[k + 2].tag in ("SN", "NNG", "NNB"):
        return None  # 시민단체도 지난 10일: 지난, "last", dates what follows; no clause
    k += 1
    while k < len(toks) and toks[k].tag in ("EP", "XSV", "XSA"):
        k += 1
    adnominal = k < len(toks) and toks[k].tag == "ETM"
    return k if adnominal and not toks[k].form.startswith(("다", "라")) else None


def _inside_marks(toks: list, begin: int, at: int) -> bool:
    opened = 0
    for t in toks[begin:at]:
        if t.form in CLOSING and t.tag == "SSO":
            opened += 1
        elif t.tag == "SSC" and opened:
            opened -= 1
    return opened > 0
