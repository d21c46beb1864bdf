"""Who says a lead quotation standing alone when the next sentence names no person: the body that
sentence's topic names (``“…”`` / ``최근 가람군보건소는 …에 공문을 보냈다``), as the article names it
elsewhere; the words are that body's call."""

from __future__ import annotations

from .referents import Known, Speaker

# The topic stands among the sentence's first few words (최근 강원도 가람군보건소는).
_WORDS = 4


def body_next(sentence: list, text: str, known: Known) -> Speaker | None:
    """The organisation the topic (은/는) of ``sentence`` (its tokens) names among its first words,
    when the article names it so elsewhere; else None."""
    if not sentence:
        return None
    topic = next((t for t in sentence if t.tag == "JX" and t.form in ("은", "는")), None)
    if topic is None:
        return None
    before = text[sentence[0].start : topic.start]
    words = before.split()
    if not words or len(words) > _WORDS or before.endswith(" "):
        return None
    body = known.counted(words[-1], "organisation")
    if body is None:
        return None
    return Speaker(body.entity, organisation=body.entity, attribution=words[-1])
