"""Two people named together as one speaker: ``가람회 홍길동 회장과 한빛회 김철수 회장은 “…”``,
``홍길동, 김철수 가람증권 연구원은 “…”``: both say the words, written ``홍길동, 김철수`` (the gold sets'
way, as heldout6 wrote two analysts)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.lexicon import surname_of
from .referents import Known, Speaker

# What joins the two: 과/와 (Kiwi's JC), or a comma.
_JOINS = frozenset({"과", "와", ","})
# The first one's words: a body, the name, a title (가람고 총동문회 홍길동 회장; 총 is a determiner).
# A Korean name: three syllables (two or four are rarer).
_NAME = re.compile(r"[가-힣]{2,4}")
_WORDS = frozenset({"NNG", "NNP", "SL", "SH", "SN", "XSN", "XPN", "MM"})


def with_partner(speaker: Speaker | None, toks: list, at: int, known: Known) -> Speaker | None:
    """``speaker`` (said by the phrase opening at token ``at``) with the one person named before it
    and joined to it by 과, 와 or a comma, at the sentence's start; else ``speaker`` as it is."""
    if speaker is None or speaker.anonymous or at == 0 or toks[at - 1].form not in _JOINS:
        return speaker
    if not known.names_person(speaker.speaker):
        return speaker
    sentence, begin = toks[at - 1].sentence, at - 1
    while begin > 0 and toks[begin - 1].sentence == sentence and toks[begin - 1].tag in _WORDS:
        begin -= 1
    # (Kiwi may keep two sentences as one: a full stop before the name starts it too.)
    if begin > 0 and toks[begin - 1].sentence == sentence and toks[begin - 1].tag != "SF":
        return speaker  # not the sentence's start: 이 사건과 홍길동 회장은 …
    partner = [
        m.entity
        for m in known.mentions
        if m.kind == "person" and toks[begin].start <= m.start and m.end <= toks[at - 1].start
    ] or (_name_alone(toks[begin : at - 1]) if toks[at - 1].form == "," else [])
    if len(partner) != 1:
        return speaker
    return replace(speaker, speaker=f"{partner[0]}, {speaker.speaker}")


def _name_alone(words: list) -> list[str]:
    """홍길동, 김철수 연구원은: a name written alone before the comma, which the entities may not read
    (no title of its own; Kiwi may cut it, 강경+태); else none: not a common noun (이날, 지난해)."""
    glued = all(a.end == b.start for a, b in zip(words, words[1:]))
    if len(words) == 1 and words[0].tag != "NNP":
        return []
    name = "".join(t.form for t in words)
    if not words or not glued or not _NAME.fullmatch(name) or not surname_of(name):
        return []
    return [name]
