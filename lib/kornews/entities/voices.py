"""The people a broadcast script names as its speakers: caption lines ([인터뷰] 장현숙 / 옷가게 운영),
speaker marks in a line (⊙홍길동(가상당 의원): …, [홍길동 / 역할 : …], {홍길동/배우/"…"}), with the
title and affiliation their roles give, and where the roles are written (no name in them)."""

from __future__ import annotations

import re

from ..article import Article, Part
from ..shapes import Turn
from .lexicon import name_words, surname_of, titles
from .records import Mention, Sentence, Where
from .schools import role_school
from .titles import role


def role_spans(text: str, turns: list[Turn]) -> list[tuple[int, int]]:
    """Where the role of each speaker's turn in a script (``turns``: :func:`kornews.shapes.turns`
    of ``text``) is written."""
    spans = []
    for turn in turns:
        at = text.find(turn.role, turn.speaker_at) if turn.role else -1
        if at >= 0:
            spans.append((at, at + len(turn.role)))
    return spans


def turn_speakers(
    text: str, turns: list[Turn], sentences: list[Sentence], found: list[Mention]
) -> list[Mention]:
    """The people a script's speaker marks name (⊙홍길동(가상당 의원): …, {홍길동/배우/"…"}; ``turns``:
    :func:`kornews.shapes.turns` of ``text``), with the role's title and affiliation, in the
    sentence where the mark stands."""
    known = {text[m.start : m.end]: m.entity for m in found if m.kind != "person"}
    mentions = []
    for turn in turns:
        within = [s for s in sentences if s.runs and s.runs[0].start <= turn.speaker_at]
        # A bite with a role and no name ({상인/"…"}) names no one.
        if not within or not turn.role or not surname_of(turn.speaker):
            continue
        mentions.append(_voice(turn.speaker, turn.speaker_at, turn.role, within[-1].where, known))
    return mentions


def speaker_captions(
    article: Article, sentences: list[Sentence], found: list[Mention]
) -> list[Mention]:
    """The people a broadcast script's caption lines name (the parser's ``speaker`` and ``role`` of
    [김순자 / 가상시 중앙동 주민], ◀ 인터뷰 ▶ 박정우/가상시 주민), placed in the sentence they speak for."""
    known = {article.text[m.start : m.end]: m.entity for m in found if m.kind != "person"}
    mentions = []
    for part in article.parts:
        if part.kind != "speaker" or not surname_of(part.speaker):
            continue
        under = next((s for s in sentences if s.runs and s.runs[0].start >= part.end), None)
        if under is None:
            continue
        if part.role is not None:
            mentions.append(_voice(part.speaker, part.speaker_at, part.role, under.where, known))
            mentions += _role_school(article.text, part, under.where)
        elif named := _bare_caption(article.text[part.start : part.end], part.speaker):
            name, title = named
            at = article.text.find(name, part.start)
            mentions.append(
                Mention(name, "person", at, at + len(name), under.where, "title", title)
            )
    return mentions


# A sound bite's label that is a paragraph of its own over the words said (홍길동 / 가상시장 상인,
# [홍길동 / 가상시장 상인]): a name, a slash, a short role with no sentence's end nor colon.
_LABEL = re.compile(r"\[?\s*(?P<name>[가-힣]{2,4})\s*/\s*(?P<role>[^/\[\]:：.?!]{1,30}?)\s*\]?")
_BITE_OPENS = ('"', "“", "'", "‘")


def bite_labels(article: Article, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The people a script's sound-bite labels name where the parser kept the label a paragraph
    (홍길동 / 가상시장 상인, then “…” on the next line): the name, with the role's title and
    affiliation, in the label's sentence; the role stays body text (its places count)."""
    known = {article.text[m.start : m.end]: m.entity for m in found if m.kind != "person"}
    paragraphs = [p for p in article.parts if p.kind == "paragraph"]
    mentions = []
    for label, bite in zip(paragraphs, paragraphs[1:], strict=False):
        shaped = _LABEL.fullmatch(label.text.strip())
        if not shaped or not bite.text.startswith(_BITE_OPENS) or not surname_of(shaped["name"]):
            continue
        at = label.start + label.text.index(shaped["name"])
        within = [s for s in sentences if s.start <= at < s.end]
        if within:
            mentions.append(_voice(shaped["name"], at, shaped["role"], within[0].where, known))
    return mentions


def _role_school(text: str, part: Part, where: Where) -> list[Mention]:
    """The school a caption's role names (박가람 / 가람체중 3학년): the role is no body text, but
    the school is an organisation the story names."""
    school = role_school(part.role.split())
    at = text.find(school, part.speaker_at, part.end) if school else -1
    return (
        [Mention(school, "organisation", at, at + len(school), where, "suffix")] if at >= 0 else []
    )


def _bare_caption(written: str, speaker: str) -> tuple[str, str | None] | None:
    """The name (and title) of a script's labelled caption with no role (◀SYN▶홍길동, ◀SYN▶홍길동
    지사): a surname and two or three syllables that do not end as a common noun or a plural does
    (◀SYN▶관계자, ◀INT▶상인들), then at most a title; else None."""
    name, *rest = speaker.split()
    title = rest[0] if len(rest) == 1 and rest[0] in titles() else None
    labelled = re.match(r"◀\s*(?:INT|SYN|SYNC)\s*▶", written)
    if not labelled or len(rest) > (title is not None):
        return None
    common = name[-1] in name_words("common-ending") or name.endswith("들")
    short = len(name) - len(surname_of(name) or name) not in (2, 3)
    return None if common or short else (name, title)


def _voice(name: str, at: int, written: str, where: Where, known: dict[str, str]) -> Mention:
    """The person a script names as the speaker, with the title and affiliation of the role."""
    given = role(written.split(), known)
    return Mention(
        name,
        "person",
        at,
        at + len(name),
        where,
        "title",
        given.title if given else None,
        given.affiliation if given else None,
    )
