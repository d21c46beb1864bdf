"""The head's lines under the title, up to the body: decks, fields, captions and furniture, a
portal's automatic summary, and where the body begins."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .head_kinds import _POINT, _bare_caption, _head_kind, _is_subtitle
from .openings import MAX_DECK, is_text
from .over_title import POLITE_STOP
from .records import Line

# The head (category, title, subtitles, reporter, date, captions) is at most this many lines.
_MAX_HEAD_LINES = 8
# A portal's automatic summary holds three or four sentences.
_MAX_SUMMARY = 5
# A sentence in the plain style with its full stop (… 기념촬영을 했다.).
_PLAIN_STOP = re.compile(r"다\.$")
# A Q&A's answer opening with = (=좋은 경기였다.), not a rule of ====.
_ANSWER_LINE = re.compile(r"=\s*[^\s=]")


def _under_title(lines: list[Line], lead: int, *, stamped: bool = False) -> list[str]:
    """The kinds of the head's lines under the title (at ``lead``), up to the body. Page controls
    and a portal's automatic summary (the sentences right under its note) are none of the
    _MAX_HEAD_LINES lines a head holds; ``stamped`` where a date stands under ``lines``."""
    seen = {" ".join(lines[lead].text.split()), _bare_caption(lines[lead].text)}
    kinds: list[str] = []
    summary = 0  # how many more sentences a summary may hold
    for at, (_, line) in enumerate(lines[lead + 1 :], lead + 1):
        if _ANSWER_LINE.match(line) and shapes.is_sentence(line.lstrip("= ")):
            break  # an interview's answer (=좋은 경기였다. …) under its question: the body
        row = layouts.match(line, "head")
        fielded = bool({"date", "reporter", "footer"} & set(kinds))
        kind = _head_kind(line, row, seen, fielded=fielded, over_lead=_over_lead(lines, at))
        below = lines[at + 1].text if at + 1 < len(lines) else ""
        if kind in ("subtitle", "footer") and shapes.byline_account(line, below):
            kind = "reporter"
        if kind is None:
            kind = _among_decks(lines, at, kinds, stamped=stamped)
        if kind == "subtitle" and _item_title(lines, at):
            kind = "footer"
        summarised = kind is None and summary and shapes.is_sentence(line)
        if summarised:
            kind, summary = "footer", summary - 1
        else:
            summary = _MAX_SUMMARY if shapes.furniture(line) == "summary" else 0
        if kind is None or kind == "subtitle" and _no_subtitle(lines, lead, at):
            break
        if kind != "footer" and len(kinds) - kinds.count("footer") == _MAX_HEAD_LINES:
            break
        kinds.append(kind)
        if _over_script(row):
            break
        if not summarised:  # the article's lead, summarised, is printed again as its body
            seen.add(" ".join(line.split()))
        # The outlet a byline names (• 가상주간 편집국), printed alone under it: a logo's caption.
        outlet = row.match.groupdict().get("outlet") if row else None
        if outlet:
            seen.add(outlet.strip())
    return kinds


def _over_lead(lines: list[Line], at: int) -> bool:
    """The lead opening with its dateline stands right under the line at ``at``, or one line
    further (a photo's caption between)."""
    for _, text in lines[at + 1 : at + 3]:
        row = layouts.match(text, "open")
        if row and row.layout.kind == "dateline" and text[row.match.end() :].strip():
            return True
    return False


def _item_title(lines: list[Line], at: int) -> bool:
    """A bulleted line printed again without its bullet further down the head (◇ 가상군, 청사 입주자
    모집, then 가상군, 청사 입주자 모집 over its photo): a round-up page's first item's title, no
    deck of the page's headline."""
    bullet = _POINT.match(lines[at].text)
    bare = bullet and " ".join(lines[at].text[bullet.end() - 1 :].split())
    return bool(bare) and any(" ".join(line.text.split()) == bare for line in lines[at + 1 :])


def _no_subtitle(lines: list[Line], lead: int, at: int) -> bool:
    """Subtitles stand under a headline: a long sentence in the title's place (at ``lead``) has
    none, and an intertitle (at ``at``) opens the text's first section."""
    return is_text(lines[lead].text) or _intertitle(lines, at)


# An intertitle: a bullet and one word (●민물, then ●바다 over the next section).
_INTERTITLE = re.compile(r"([●■◆◇○□])\s*[가-힣A-Za-z0-9]{1,8}")


def _intertitle(lines: list[Line], at: int) -> bool:
    """A bullet and one word with another so further down (●민물 … ●바다): the text's sections'
    intertitles, the first opening the body, no subtitle."""
    found = _INTERTITLE.fullmatch(lines[at].text)
    return bool(found) and any(
        (other := _INTERTITLE.fullmatch(line.text)) and other[1] == found[1]
        for line in lines[at + 1 :]
    )


def _between_decks(lines: list[Line], at: int) -> bool:
    """A short sentence between two decks (a deck, … 기념촬영을 했다., a deck, then the text): the
    photo's caption, printed between the head's lines."""
    if at + 2 >= len(lines):  # a deck needs the text below it
        return False
    line, below, text = lines[at].text, lines[at + 1].text, lines[at + 2].text
    # (A script broken mid-sentence has short lines too, none a plain sentence whole.)
    return (
        len(line) <= MAX_DECK
        and _PLAIN_STOP.search(line)
        and not POLITE_STOP.search(line)
        and _is_subtitle(below)
        and shapes.full_stop(text)
    )


def _among_decks(lines: list[Line], at: int, kinds: list[str], *, stamped: bool) -> str | None:
    """What a line no row or shape names is among the head's decks: a photo's caption between two,
    or the last deck over the head's fields; None where the body begins."""
    if kinds[-1:] == ["subtitle"] and _between_decks(lines, at):
        return "caption"
    if kinds[-1:] in ([], ["subtitle"]) and _deck_over_fields(lines, at, stamped=stamped):
        return "subtitle"
    return None


def _deck_over_fields(lines: list[Line], at: int, *, stamped: bool = False) -> bool:
    """A deck with no full stop right over the head's date or byline (``stamped``: a date under
    ``lines``), though it ends as a sentence does (홍길동 의원- 삭제 요구했다) or opens with a rubric
    a script's marker may be ([인터뷰] ‘…’ 번역… 베스트셀러 선정): no body's line."""
    if len(lines[at].text) > MAX_DECK or shapes.full_stop(lines[at].text):
        return False
    if at + 1 == len(lines):
        return stamped
    below = layouts.match(lines[at + 1].text, "head")
    return bool(below and below.layout.kind in ("date", "reporter"))


def _over_script(row: layouts.Found | None) -> bool:
    """A broadcaster's stamp under its headline (방송일 20200710 / 조회수 75 / 취재기자 홍길동; ``row``
    the head's row that reads the line): its script's lines follow, broken mid-sentence, none a
    subtitle."""
    return bool(row and row.layout.name == "broadcast-stamp")
