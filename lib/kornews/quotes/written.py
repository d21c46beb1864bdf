"""The speaker as the article writes them: the fullest form of the name the article prints, never
a form only a table knows (the organisation table's 전국민주노동조합총연맹 for an article that
writes 민주노총 alone, the leaders table's 도널드 트럼프 for one that writes 트럼프 대통령)."""

from __future__ import annotations

import re
from dataclasses import replace

from .referents import Known, Speaker


def as_written(speaker: Speaker, text: str, known: Known) -> Speaker:
    """``speaker`` as the article prints the entity it names: a body by its full name where the
    article declares the short form it goes on with (전국가상노동조합(이하 가상노조)); when it never
    prints the entity's name, a person's name by its last words printed (도널드 트럼프: 트럼프),
    an organisation or place by the longest form written (전국민주노동조합총연맹: 민주노총); else as
    found."""
    name = speaker.speaker
    if not name:
        return speaker
    declared = _declared_short(name, text, known)
    if declared:
        return replace(speaker, speaker=declared, organisation=speaker.organisation and declared)
    if _printed(name, text):
        return speaker
    if known.counted(name, "person") is not None:
        last = _last_words_printed(name, text)
        return replace(speaker, speaker=last) if last else speaker
    forms = [m.text for m in known.mentions if m.entity == name]
    return replace(speaker, speaker=max(forms, key=len)) if forms else speaker


def _declared_short(name: str, text: str, known: Known) -> str | None:
    """The body the article names in full before declaring ``name`` its short form
    (전국가상노동조합(이하 가상노조): one word), else None."""
    declared = re.search(rf"(\S+)\s?\(이하\s?{re.escape(name)}\)", text)
    full = declared and declared.group(1)
    # a body's (a person's short form is the entities' to link: 홍길동 씨(이하 홍씨))
    person = known.counted(name, "person") is not None
    return None if not full or full == name or person else full


def _last_words_printed(name: str, text: str) -> str | None:
    """The longest run of a name's last words the article prints (도널드 트럼프: 트럼프), else None."""
    words = name.split()
    runs = (" ".join(words[k:]) for k in range(1, len(words)))
    return next((run for run in runs if _printed(run, text)), None)


def _printed(name: str, text: str) -> bool:
    """Does the article print ``name``, maybe spaced otherwise (로이터 통신 for 로이터통신)?"""
    return name in text or name.replace(" ", "") in text.replace(" ", "")
