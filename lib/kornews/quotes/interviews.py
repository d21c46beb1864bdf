"""An interview printed as a transcript labelled by roles (``기자 : …?`` / ``실장 : …``): each line
after a title's label is a direct quotation, said by the person the article names with that title
(``가람시 선거사무소 홍길동 실장을 만나다``), else by the role as written. The asker's
labels are ``quote_words.tsv``'s ``asker`` rows; a transcript holds one of them at least.
A Q&A run on in one paragraph labels each turn with an arrow (``▶가상일보 : …? ▶홍길동 회장: …``):
the words after a label naming a person are that person's, up to the next arrow. A transcript
labelled by names (``홍길동 기자 ː …?`` / ``김철수 시민 ː …``, ``가상상회 박영희 ː …``) gives each
line after a label naming a person to that person (a page may type its colon as ː)."""

from __future__ import annotations

import re

from ..entities.lexicon import surname_of, titles
from ..shapes import Turn
from .referents import Known
from .vocabulary import words

# A label opening a line, a word and a colon: 실장 : …, 기자: ….
_LABEL = re.compile(r"^[ \t]*(?P<role>[가-힣]{1,6})[ \t]*:[ \t]*(?=\S)", re.M)
# A turn's arrow inside a line, and its label: a few words and a colon (▶홍길동 회장: …).
_ARROW = "▶►"
_TURN_STOP = re.compile(rf"\s*(?:[{_ARROW}]|$)", re.M)
_ARROWED = re.compile(rf"[{_ARROW}][ \t]*(?P<label>[^{_ARROW}:：\n]{{1,20}}?)[ \t]*[:：][ \t]*")


def labelled_turns(text: str, known: Known) -> tuple[Turn, ...]:
    """The answerer's turns of a transcript labelled by roles, in text order; none when no line
    is labelled as the asker's."""
    labels = list(_LABEL.finditer(text))
    askers = words("asker")
    if not any(label["role"] in askers for label in labels):
        return ()
    turns = []
    for label in labels:
        role = label["role"]
        if role in askers or role not in titles():
            continue
        line_end = text.find("\n", label.end())
        end = len(text[: None if line_end < 0 else line_end].rstrip())
        name = _named_with(role, known)
        # A role no one is named with speaks for itself (an empty role).
        turns.append(
            Turn(name or role, label.start("role"), role if name else "", label.end(), end)
        )
    return tuple(turns)


# A label opening a line, a few words and a colon (홍길동 기자 ː, 가상상회 김철수 :); ː for a colon.
_NAMED_LABEL = re.compile(
    r"^[ \t]*(?P<label>[가-힣A-Za-z]{1,10}(?:[ \t][가-힣A-Za-z]{1,10}){1,2})[ \t]*[:ː：][ \t]*(?=\S)",
    re.M,
)
# A Korean name's length when the entities read none in a label: a surname and two letters.
_NAME_LETTERS = 3


def named_turns(text: str, known: Known) -> tuple[Turn, ...]:
    """The turns of a transcript labelled by names, each line after a label naming a person (a
    name the entities read, else a word of a surname and two letters; not the asker's, 홍길동
    기자), up to the line's end; none where no label is the asker's."""
    labels = list(_NAMED_LABEL.finditer(text))
    askers = words("asker")
    if not any(label["label"].split()[-1] in askers for label in labels):
        return ()
    turns = []
    for label in labels:
        found = label["label"].split()
        name = None if found[-1] in askers else _name_in(label, found, known)
        if name is None:
            continue
        line_end = text.find("\n", label.end())
        end = len(text[: None if line_end < 0 else line_end].rstrip())
        role = " ".join(word for word in found if word != name)
        turns.append(Turn(name, label.start("label"), role or name, label.end(), end))
    return tuple(turns)


def _name_in(label: re.Match, found: list[str], known: Known) -> str | None:
    """The person a label names: a mention inside it, else its word of a surname and two letters
    that is no title (김철수 시민, 가상상회 김철수)."""
    person = next(
        (
            m.entity
            for m in known.mentions
            if m.kind == "person" and label.start("label") <= m.start < label.end("label")
        ),
        None,
    )
    shaped = (w for w in found if len(w) == _NAME_LETTERS and surname_of(w) and w not in titles())
    return person or next(shaped, None)


def _named_with(title: str, known: Known) -> str | None:
    """The first person the article names with ``title`` (홍길동 실장), else None."""
    return next((m.entity for m in known.mentions if m.kind == "person" and m.title == title), None)


def arrowed_turns(text: str, known: Known) -> tuple[Turn, ...]:
    """The answerer's turns of a Q&A run on in lines, each turn after an arrow and a label
    (``▶가상일보 : …? ▶홍길동 회장: …``): the words after a label naming a person (not the asker's,
    ``▶홍길동 기자:``), up to the next arrow or the line's end, in text order; none where a line
    holds fewer than two labels."""
    found = []
    if not any(arrow in text for arrow in _ARROW):
        return ()  # most pages: no arrow, no scan
    for line in re.finditer(r"[^\n]+", text):
        labels = list(_ARROWED.finditer(text, line.start(), line.end()))
        if len(labels) < 2:
            continue
        for label in labels:
            person = next(
                (
                    m
                    for m in known.mentions
                    if m.kind == "person" and label.start("label") <= m.start < label.end("label")
                ),
                None,
            )
            if label["label"].split()[-1] in words("asker"):
                continue  # ▶홍길동 기자: the asker, named
            stop = _TURN_STOP.search(text, label.end()).start()
            if person is not None and stop > label.end():
                role = text[person.end : label.end("label")].strip() or person.entity
                found.append(Turn(person.entity, person.start, role, label.end(), stop))
    return tuple(found)
