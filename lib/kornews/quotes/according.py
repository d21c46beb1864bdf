"""An announcement a body makes, reported as what follows 에 따르면 and closed by its verb:
``가람고에 따르면 동문회가 장학금을 기탁했다고 12일 밝혔다``: with no subject of its own, the body
the sentence opens with says it (heldout14's school); so too ``가람협회 박모씨에 따르면 “…”고
말했다`` (heldout18's fisherman). Without a reporting verb (``…에 따르면 …했다``) nothing is
reported."""

from __future__ import annotations

from .found import Item
from .phrases import phrase_speaker
from .referents import Known, Speaker

# The words a name may take before 에 따르면 (가람고등학교, 가람시 보건소, 박모씨: Kiwi reads 박+모/NP+씨).
_NAME_TAGS = frozenset({"NNG", "NNP", "NNB", "NP", "SL", "SH", "SN", "XSN"})


def according_to(item: Item, toks: list, text: str, known: Known) -> Speaker | None:
    """The speaker a quotation's clause (indirect) or sentence (direct) opens with (``X에 따르면
    …다고 밝혔다``, ``X에 따르면 “…”고 말했다``), else None: X named by an entity (a body, a
    person) or a source without a name (박모씨), at the clause's or the sentence's start."""
    if item.verb is None:
        return None
    if item.kind == "indirect":
        first = next((k for k, t in enumerate(toks) if t.start >= item.start), None)
    else:
        first = next(k for k, t in enumerate(toks) if t.sentence == item.sentence)
    if first is None:
        return None
    k = first
    while k < len(toks) and toks[k].tag in _NAME_TAGS:
        k += 1
    if (
        k == first
        or k + 2 >= len(toks)
        or [t.form for t in toks[k : k + 3]] != ["에", "따르", "면"]
        or (item.kind == "direct" and toks[k + 3].start != item.opening)
    ):
        return None
    phrase = toks[first:k]
    speaker = phrase_speaker(phrase, text, known)
    named = any(m.start >= phrase[0].start and m.end <= phrase[-1].end for m in known.mentions)
    return speaker if named or (speaker is not None and speaker.anonymous) else None
