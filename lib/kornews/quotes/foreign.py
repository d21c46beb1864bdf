"""A foreign name's last word with 씨 or a title (``히에우 씨는``, ``켐프 장관은``) where the entities read
no person: the full name the text writes before it (``응우옌 란 히에우 병원장은``), two or three words
ending in that word, before a title or a subject's particle."""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.lexicon import given_names, surname_of, surnames, titles
from .referents import Speaker

# The short form: one word, then 씨 or a title (정 시장: a surname alone, as a Korean-American's
# name ends, 크리스 정).
_SHORT = re.compile(r"(?P<word>[가-힣]{1,5}) (?P<title>[가-힣]{1,8})")
# A word of a name: no particle at its end (병원의, 대학은 are no part of one).
_NAME_WORD = r"[가-힣]{0,4}[가-힣](?<![의은는을를에로])"


def foreign_in_full(speaker: Speaker, start: int, text: str) -> Speaker:
    """The full name written before ``start`` (or ending there, before a title) that the
    speaker's short form (a foreign name's last word and 씨 or a title) ends, the last one so
    written; else the speaker as found. A Korean
    name's shape (a surname and two letters) is the entities' and :func:`in_full`'s to read; a
    surname alone ends a name after a given name of ``given_names.tsv`` (크리스 정 … 정 시장)."""
    short = _SHORT.fullmatch(speaker.speaker or "")
    if speaker.anonymous or short is None or not short["title"].endswith(tuple(titles())):
        return speaker  # a title, maybe glued after a body (조 한인회장)
    word = short["word"]
    if len(word) == 3 and surname_of(word):
        return speaker
    if len(word) == 1 and word not in surnames():
        return speaker
    # 크리스 정: a given name the press transliterates before a surname alone (특히 박 is no name)
    given = (
        rf"(?:{'|'.join(sorted(given_names()))}) "
        if len(word) == 1
        else rf"(?:{_NAME_WORD} ){{1,2}}"
    )
    written = re.compile(
        rf"(?<![가-힣])({given}{word})"
        r"(?= ?[가-힣]*(?:은|는|이|가|씨)(?![가-힣])| [가-힣]+$)"
    )
    found = written.findall(text, 0, start)
    if not found:
        return speaker
    return replace(speaker, speaker=found[-1], title=speaker.title or short["title"])
