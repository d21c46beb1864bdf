"""The speaker as the article writes them: the fullest form of the name the article prints, never
a form only a table knows (the organisation table's 전국민주노동조합총연맹 for an article that
writes 민주노총 alone, the leaders table's 도널드 트럼프 for one that writes 트럼프 대통령)."""

from __future__ import annotations

from dataclasses import replace

from .referents import Known, Speaker


def as_written(speaker: Speaker, text: str, known: Known) -> Speaker:
    """``speaker`` with the longest form the article writes of the entity it names (a person's
    name without its title), when the article never prints the entity's name; else as found."""
    name = speaker.speaker
    if not name or _printed(name, text):
        return speaker
    forms = [_written(m) for m in known.mentions if m.entity == name]
    return replace(speaker, speaker=max(forms, key=len)) if forms else speaker


def _printed(name: str, text: str) -> bool:
    """Does the article print ``name``, maybe spaced otherwise (로이터 통신 for 로이터통신)?"""
    return name in text or name.replace(" ", "") in text.replace(" ", "")


def _written(mention) -> str:
    """The mention as written, a person's title after the name left out (트럼프 대통령: 트럼프)."""
    title = mention.title if mention.kind == "person" and isinstance(mention.title, str) else ""
    if title and mention.text.endswith(title):
        return mention.text[: -len(title)].rstrip() or mention.text
    return mention.text
