"""A site's menu or link list (거창군청 / 거창경찰서 / 거창교육청, a word a line), or a row of share
buttons (트위터로 보내기 네이버 밴드 공유): the names there are the page's furniture, no body or place
the story speaks of."""

from __future__ import annotations

from functools import cache

from ..layouts.furniture_cues import cues
from .records import Mention

# A menu's line: one short word, no space, no sentence's mark.
_MENU_WORD = 12
# A link list's item mark (- 가상 기사 제목).
_BULLET = "- "
# A menu holds this many such lines one after another, the name's own among them.
_MENU_LINES = 3
# A row of buttons holds this many control words (트위터로 보내기, 네이버 밴드, 공유), the name's own among them.
_BUTTONS = 2


def without_menus(found: list[Mention], text: str) -> list[Mention]:
    """The mentions but the organisations and places that are a whole line of a run of one-word
    lines (a menu)."""
    return [
        m for m in found if m.kind == "person" or not (_in_menu(m, text) or _in_buttons(m, text))
    ]


def _in_buttons(mention: Mention, text: str) -> bool:
    """Does the mention stand inside a page's control word (네이버 밴드: ``layout_cues.tsv``'s
    ``control``) on a line holding another (트위터로 보내기 네이버 밴드 공유, a share row after a byline)?"""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start : len(text) if end < 0 else end]
    at, to = mention.start - start, mention.end - start
    return any(_covers(line, word, at, to) for word in _controls()) and (
        sum(map(line.count, _controls())) >= _BUTTONS
    )


def _covers(line: str, word: str, start: int, end: int) -> bool:
    """Does an occurrence of ``word`` in ``line`` span ``start`` to ``end``?"""
    found = line.find(word, max(0, end - len(word)))
    return 0 <= found <= start and found + len(word) >= end


@cache
def _controls() -> tuple[str, ...]:
    """The control words of several letters (a one-word control, 공유, matches inside any word)."""
    return tuple(sorted(cue.cue for cue in cues() if cue.role == "control" and " " in cue.cue))


def _in_menu(mention: Mention, text: str) -> bool:
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    line, name = text[start:end].strip(), text[mention.start : mention.end]
    if line == _BULLET + name:
        # A link list's item (- 가람클럽 under - 가상 기사 제목 …): bulleted lines one after another.
        above, below = _lines_above(text, start), _lines_below(text, end)
        return 1 + _bulleted(above) + _bulleted(below) >= _MENU_LINES
    if line != name:
        return False  # cheap first: most names stand inside a sentence
    return 1 + _run(_lines_above(text, start)) + _run(_lines_below(text, end)) >= _MENU_LINES


def _bulleted(lines) -> int:
    """How many of ``lines`` are bulleted before the first that is not."""
    count = 0
    for line in lines:
        if not line.startswith(_BULLET):
            break
        count += 1
    return count


def _lines_above(text: str, start: int) -> list[str]:
    """The lines above the one starting at ``start``, the nearest first, as many as a menu needs
    (read line by line: the whole text is never split)."""
    lines, end = [], start - 1  # the line break ending the line above
    while end >= 0 and len(lines) < _MENU_LINES:
        begin = text.rfind("\n", 0, end) + 1
        lines.append(text[begin:end])
        end = begin - 1
    return lines


def _lines_below(text: str, end: int) -> list[str]:
    """The lines below the one ending at ``end``, the nearest first, as many as a menu needs."""
    lines, at = [], end  # the line break ending the mention's line
    while at < len(text) and len(lines) < _MENU_LINES:
        stop = text.find("\n", at + 1)
        stop = len(text) if stop < 0 else stop
        lines.append(text[at + 1 : stop])
        at = stop
    return lines


def _run(lines) -> int:
    """How many of ``lines`` (blank ones skipped) are menu words before the first that is not."""
    count = 0
    for line in filter(None, (line.strip() for line in lines)):
        if not _menu_word(line):
            break
        count += 1
    return count


def _menu_word(line: str) -> bool:
    return len(line) <= _MENU_WORD and " " not in line and not line.endswith((".", "?", "!"))
