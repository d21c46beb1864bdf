"""The quotations of one paragraph: the direct ones in marks (:mod:`.direct`) and the reported
clauses outside them (:mod:`.indirect`) in text order, a list said together, a report itself
reported, and a verb said "as soon as"."""

from __future__ import annotations

from ..entities.lexicon import name_words
from ..shapes import Turn
from .direct import direct_item
from .endings import clause_ending
from .found import Item, Span
from .indirect import clause_start, indirect_items
from .marks import marked_spans
from .predicates import predicate
from .unmarked import glued_item, stray_item
from .vocabulary import words


def items(
    toks: list,
    text: str,
    actors: frozenset[int],
    said: int | None = None,
    turns: tuple[Turn, ...] = (),
    *,
    bite: bool = False,
) -> list[Item]:
    """The quotations of one paragraph, in text order, each with how it is linked to what follows
    (``said``: where the words end that a caption on the paragraph's line says; ``turns``: the
    script's speakers' turns; ``bite``: the paragraph stands under a caption naming who speaks)."""
    spans = marked_spans(toks, said, turns)
    if bite and spans and spans[0].open == toks[0].start:
        spans[0] = spans[0]._replace(whole=True)  # [홍길동/역할] / “네, 잠깐만‥”: said whole
    found = [item for span in spans if (item := direct_item(toks, text, span))]
    # 홍길동 회장은그동안 …, 홍길동 회장은 …하겠다.”고: the page dropped the opening mark
    glued = None if spans else glued_item(toks, actors) or stray_item(toks, actors)
    if glued is not None:
        found.append(glued)
        spans = [Span(glued.start - 1, glued.end, glued.next, marked=False)]
    found += indirect_items(toks, spans, {item.end for item in found})
    found.sort(key=lambda item: item.end)
    _listed(found, text)
    kept = []
    for n, item in enumerate(found):
        if item.kind == "indirect":
            previous = found[n - 1] if n and found[n - 1].sentence == item.sentence else None
            item.start = clause_start(toks, item, previous, actors)
            if (
                previous
                and reported_again(toks, previous)
                and " " not in text[item.start : item.end]
            ):
                continue  # …라고 설명했다고 당국자는 전했다: 설명했다 is the report, not what is said
        kept.append(item)
    captions = _caption_sentences(toks) if kept else set()  # most paragraphs: no quotation
    return [item for item in kept if item.start < item.end and item.sentence not in captions]


def _caption_sentences(toks: list) -> set[int]:
    """The sentences of a paragraph that caption its photo (사진은 13일 … 선물하는 모습): opening
    with the photo's word as the topic, closing with a noun of what it shows (``caption-end`` rows
    of ``quote_words.tsv``, 이다 or a stop after it). No one's words are read there (heldout25's
    reading)."""
    sentences: dict[int, list[str]] = {}
    for token in toks:
        if token.tag not in ("SF", "VCP", "EF"):
            sentences.setdefault(token.sentence, []).append(token.form)
    return {
        n
        for n, forms in sentences.items()
        if len(forms) > 3
        and forms[0] in name_words("photo")
        and forms[1] in ("은", "는")
        and forms[-1] in words("caption-end")
    }


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
        ending = clause_ending(toks, k)
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
