"""An interview a paper prints as ruled lines: each question after a ▲ (``▲소감은?``, a question
or not: ``▲군민들에게 한 말씀``), each answer in the paragraph under it after a = (``=감사한다.
…``); or each question after a △ and each answer a plain paragraph under it (``△소감은?`` /
``어깨가 무겁다. …``). The layout reads a ▲ or △ line as a caption (a photo's, elsewhere); here the
= under it, or a run of △ questions, says it is a question."""

from __future__ import annotations

import re

# An answer's mark: = and its first word (=감사한다, = 감사한다), not a rule of =====.
_ANSWER = re.compile(r"=\s*[^\s=]")
# △ also bullets a list (△가상시 △나상군): a Q&A asks two questions so at least, each over a plain
# paragraph.
_POINTED = "△"
_ASKED = 2


def ruled_questions(parts: list) -> set[int]:
    """The starts of the parts (of any kind: title, caption, paragraph) that open with ▲ and stand
    over a paragraph opening with an answer's =, or that open with △ over a plain paragraph where
    the page asks two questions so (:func:`pointed_questions`)."""
    ruled = {
        part.start
        for part, under in zip(parts, parts[1:])
        if part.text.startswith("▲") and under.kind == "paragraph" and _ANSWER.match(under.text)
    }
    return ruled | pointed_questions(parts)


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
