"""An interview a county paper prints as ruled lines: each question after a ▲ (``▲소감은?``, a
question or not: ``▲군민들에게 한 말씀``), each answer in the paragraph under it after a = (``=감사한다.
…``). The layout reads a ▲ line as a caption (a photo's, elsewhere); here the = under it says it is
a question."""

from __future__ import annotations

import re

# An answer's mark: = and its first word (=감사한다, = 감사한다), not a rule of =====.
_ANSWER = re.compile(r"=\s*[^\s=]")


def ruled_questions(parts: list) -> set[int]:
    """The starts of the parts (of any kind: title, caption, paragraph) that open with ▲ and stand
    over a paragraph opening with an answer's =."""
    return {
        part.start
        for part, under in zip(parts, parts[1:])
        if part.text.startswith("▲") and under.kind == "paragraph" and _ANSWER.match(under.text)
    }
