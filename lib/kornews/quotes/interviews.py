"""An interview printed as a transcript labelled by roles (``기자 : …?`` / ``실장 : …``): each line
after a title's label is a direct quotation, said by the person the article names with that title
(``가람시 선거사무소 홍길동 실장을 만나다``), else by the role as written. The asker's
labels are ``quote_words.tsv``'s ``asker`` rows; a transcript holds one of them at least."""

from __future__ import annotations

import re

from ..entities.lexicon import titles
from ..shapes import Turn
from .marks import words
from .referents import Known

# A label opening a line, a word and a colon: 실장 : …, 기자: ….
_LABEL = re.compile(r"^[ \t]*(?P<role>[가-힣]{1,6})[ \t]*:[ \t]*(?=\S)", re.M)


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


def _named_with(title: str, known: Known) -> str | None:
    """The first person the article names with ``title`` (홍길동 실장), else None."""
    return next((m.entity for m in known.mentions if m.kind == "person" and m.title == title), None)
