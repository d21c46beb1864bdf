"""An interview a paper prints as ruled lines: each question after a ▲ (``▲소감은?``, a question
or not: ``▲군민들에게 한 말씀``), each answer in the paragraph under it after a = (``=감사한다.
…``); or each question after a △ and each answer a plain paragraph under it (``△소감은?`` /
``어깨가 무겁다. …``). The layout reads a ▲ or △ line as a caption (a photo's, elsewhere); here the
= under it, or a run of △ questions, says it is a question. A page of dashed questions over = answers
(``-소감은?`` / ``=기쁘다.``) may break a question after its dash (``-`` / ``총평``): the line over
an answer is its question all the same."""

from __future__ import annotations

import re

# An answer's mark: = and its first word (=감사한다, = 감사한다), not a rule of =====.
_ANSWER = re.compile(r"=\s*[^\s=]")
# △ also bullets a list (△가상시 △나상군): a Q&A asks two questions so at least, each over a plain
# paragraph.
_POINTED = "△"
_ASKED = 2
_DASHES = "-–—"


def ruled_questions(parts: list) -> set[int]:
    """The starts of the parts (of any kind: title, caption, paragraph) that open with ▲ and stand
    over a paragraph opening with an answer's =, or that open with △ over a plain paragraph where
    the page asks two questions so (:func:`pointed_questions`)."""
    ruled = {
        part.start
        for part, under in zip(parts, parts[1:])
        if part.text.startswith("▲") and under.kind == "paragraph" and _ANSWER.match(under.text)
    }
    return (
        ruled | pointed_questions(parts) | {question.start for question, _ in dashed_pairs(parts)}
    )


def dashed_pairs(parts: list) -> list[tuple]:
    """The parts (of any kind) over a part opening with an answer's =, each with that answer, where
    two questions at least open with a dash (-소감은? / =기쁘다.): a question broken after its
    dash (- / 총평, a subtitle to the layout) is the line above the answer all the same; else
    none."""
    pairs = [(part, under) for part, under in zip(parts, parts[1:]) if _ANSWER.match(under.text)]
    dashed = sum(part.text.startswith(tuple(_DASHES)) for part, _ in pairs)
    return pairs if dashed >= _ASKED else []


def pointed_questions(parts: list) -> set[int]:
    """The starts of the △ lines over a plain paragraph (one not opening with a mark of its own),
    when two of them at least end with a question mark (△소감은? … △회원들께 한 말씀.); else none."""
    pointed = [
        part
        for part, under in zip(parts, parts[1:])
        if part.text.startswith(_POINTED)
        and under.kind == "paragraph"
        and not under.text.startswith(("▲", _POINTED, "="))
    ]
    asked = sum(part.text.rstrip().endswith("?") for part in pointed)
    return {part.start for part in pointed} if asked >= _ASKED else set()
