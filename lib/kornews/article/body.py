"""The body of an article: section headings, paragraphs (each with the speaker of a broadcast
script) and the markers, captions and furniture among them."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from .. import layouts, shapes
from .glued import _with_byline
from .records import SECTION_MARK, Line, Part, _part, _Voice
from .tail import _notice

# A photo's scene as captions write it: … 찍고 있다., … 기념촬영을 하고 있다.
_SCENE = re.compile(r"[가-힣]+고\s?있다\.$")
# A contributor's post under his name (가상대 홍보 및 대외협력담당): a few words, no figures.
_MAX_POST = 30
_POST = re.compile(r"[가-힣A-Za-z·()\s]+")


def _body(lines: list[Line], *, again: set[str] = frozenset()) -> list[Part]:
    """Headings, paragraphs (each with the speaker of a broadcast script) and what stands among
    them; lines in ``again`` (the title's, printed again) are furniture."""
    parts: list[Part] = []
    section, voice, under, alone = 0, _Voice(), None, False
    # Once for all lines: asked line by line, a long text took minutes.
    listed = shapes.listed_lines([each.text for each in lines])
    signed = _signatures(lines)
    for i, each in enumerate(lines):
        start, line = each.start, each.text
        marked, alone = alone, False
        if (marked or _over_bite(lines, i)) and (caption := layouts.match(line, "after")):
            # ◀INT▶ alone on its line, then 홍길동/가상시 주민: the caption of the bite below (or the
            # caption over a bite printed in round brackets, with no marker).
            parts.append(_marker(caption, start, line))
            under = _voice(caption)
            continue
        if whole := _whole_kind(lines, i, again, signed):
            parts.append(_part(whole, each))
            continue
        heading = line[len(SECTION_MARK) :].lstrip() if line.startswith(SECTION_MARK) else ""
        if heading:
            section += 1
            parts.append(_part("heading", Line(start + len(line) - len(heading), heading), section))
            continue
        row = layouts.match(line, "open")
        said = None
        # A dateline only opens the body, or a page that prints the text again.
        if row and (
            row.layout.kind != "dateline" or i == 0 or row.match.groupdict().get("reporter")
        ):
            parts.append(_marker(row, start, row.match.group().rstrip()))
            said = _voice(row)
            start, line = start + row.match.end(), line[row.match.end() :]
            caption = layouts.match(line, "after") if said and line else None
            if caption:
                # [인터뷰] 장현숙 / 옷가게 운영: the caption names who speaks the paragraph below it only.
                parts.append(_marker(caption, start, line))
                under = _voice(caption)
                continue
            # A marker alone on its line holds until the next; one before text, for that line only.
            voice = voice if line else said or voice
            alone = bool(said) and not line
        elif row := _line_row(lines, i, listed=listed):
            parts.append(_marker(row, start, line))
            voice = _voice(row) or voice
            continue
        elif _furniture(line):
            parts.append(_part("footer", Line(start, line)))
            continue
        if line:
            paragraph = _with_byline("paragraph", Line(start, line), said or under or voice)
            parts += [replace(paragraph[0], section=section), *paragraph[1:]]
            under = None
    return _summary_over_lead(_cut_caption(parts))


# A lead's summary printed over it holds its first words again, its marks or a word changed
# (straight quotes for curly ones, FM4U DJ들이 for FM4U의 DJ들이): this alike at least, and so long.
_MIN_ALIKE_SUMMARY = 0.9
_MIN_SUMMARY = 40


def _summary_over_lead(parts: list[Part]) -> list[Part]:
    """The parts, the body's first paragraph furniture where the second, longer, opens with nearly
    the same words: a summary of the lead (a magazine page's teaser) over the lead itself."""
    at = [i for i, part in enumerate(parts) if part.kind == "paragraph"][:2]
    if len(at) < 2 or at[1] != at[0] + 1:
        return parts
    summary, lead = parts[at[0]].text, parts[at[1]].text
    if len(summary) < _MIN_SUMMARY or len(summary) >= len(lead):
        return parts
    alike = SequenceMatcher(None, summary, lead[: len(summary)], autojunk=False).ratio()
    if alike < _MIN_ALIKE_SUMMARY:
        return parts
    return [*parts[: at[0]], replace(parts[at[0]], kind="footer", section=-1), *parts[at[1] :]]


def _furniture(line: str) -> bool:
    """Page furniture among the paragraphs, or a copyright notice the story goes on under (a
    video's, or the page's with the paragraph over it printed again)."""
    return bool(shapes.furniture(line)) or _notice(line)


# A text's captions opening with the same word (5일 홍길동 …, 5일 김철수 …): this many at least.
_MIN_ALIKE = 2


def _cut_caption(parts: list[Part]) -> list[Part]:
    """The parts, the body's last paragraph a caption where it stops short of a sentence's end and
    opens with the word _MIN_ALIKE captions of the text open with (an excerpt cut inside its next
    photo's caption: 5일 홍길동 가상사단장이)."""
    last = parts[-1] if parts else None
    if not last or last.kind != "paragraph" or shapes.is_sentence(last.text):
        return parts
    first = last.text.split(maxsplit=1)[0]
    alike = sum(
        part.kind == "caption" and part.text.split(maxsplit=1)[0] == first for part in parts
    )
    caption = _part("caption", Line(last.start, last.text))
    return [*parts[:-1], caption] if alike >= _MIN_ALIKE else parts


# The outlet's name in brackets opening the lead: [가상현대] 가상군은 ….
_OUTLET_TAG = re.compile(r"\[\s*(?P<outlet>[^\[\]\s]{2,15})\s*\]\s*")


def _outlet_tag(parts: list[Part], names: list[str]) -> list[Part]:
    """The parts, the outlet's name in brackets glued to the lead ([가상현대] 가상군은 …) split off as
    its dateline where the page names that outlet elsewhere (its copyright, a byline): a bracketed
    word the rows do not read as a press ([단독], a rubric) stays the text's."""
    at = next((i for i, part in enumerate(parts) if part.kind == "paragraph"), None)
    tag = _OUTLET_TAG.match(parts[at].text) if at is not None else None
    if not tag or tag["outlet"] not in names or not parts[at].text[tag.end() :]:
        return parts
    lead, cut = parts[at], tag.end()
    dateline = _part("dateline", Line(lead.start, tag.group().rstrip()))
    rest = replace(lead, start=lead.start + cut, text=lead.text[cut:])
    return [*parts[:at], dateline, rest, *parts[at + 1 :]]


def _whole_kind(lines: list[Line], i: int, again: set[str], signed: set[int]) -> str | None:
    """footer for a line of the title printed again, reporter for a contributor's signature (its
    two lines: ``signed`` holds the first line of each, found once for the whole body)."""
    if lines[i].text in again:
        return "footer"
    return "reporter" if i in signed or i - 1 in signed else None


def _signatures(lines: list[Line]) -> set[int]:
    """The first line of each contributor's signature (:func:`_signature`), found once."""
    return {i for i in range(len(lines)) if _signature(lines, i)}


def _signature(lines: list[Line], i: int) -> bool:
    """A contributor's name and title (홍길동 교수) with his post on the line under it, over a
    sentence: the writer's signature over his piece, no photo's caption."""
    row = layouts.match(lines[i].text, "line")
    post = lines[i + 1].text if i + 1 < len(lines) else ""
    after = lines[i + 2].text if i + 2 < len(lines) else ""
    return bool(
        row
        and row.layout.name == "caption-name-role"
        and len(post) <= _MAX_POST
        and _POST.fullmatch(post)
        and not layouts.match(post, "line")
        and shapes.is_sentence(after)
    )


def _over_bite(lines: list[Line], i: int) -> bool:
    """Whether the next line is a bite a script prints in round brackets under its speaker's
    caption: 홍길동/ 가상TV 진행자, then (쉽지가 않아요. …)."""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    return below.startswith("(") and below.endswith(")")


def _line_row(lines: list[Line], i: int, *, listed: set[int]) -> layouts.Found | None:
    """The row a whole body line matches, unless it is an answer marked ▲ under a question, one of
    a list marked ▲ (``listed``: the indices of such lines) or the last paragraph signed by its
    agency (…이다. 가상통신: no photo's caption); a line printed twice in a row is also tried by
    the rows of such lines."""
    line = lines[i].text
    if (
        (i and shapes.answer(line, lines[i - 1].text))
        or (i == len(lines) - 1 and shapes.agency_signed(line))
        or i in listed
    ):
        return None
    twice = any(0 <= j < len(lines) and lines[j].text == line for j in (i - 1, i + 1))
    return (
        layouts.match(line, "line")
        or (layouts.match(line, "twice") if twice else None)
        or _over_names(lines, i)
    )


def _over_names(lines: list[Line], i: int) -> layouts.Found | None:
    """A scene's sentence (… 기념사진을 찍고 있다.) right over the names of who stands where in the
    photo (… (앞줄 왼쪽부터)): the caption's first line, read by the row its names match."""
    below = layouts.match(lines[i + 1].text, "line") if i + 1 < len(lines) else None
    if not (below and below.layout.name == "caption-names-order"):
        return None
    return below if _SCENE.search(lines[i].text) else None


def _voice(row: layouts.Found) -> _Voice | None:
    """The speaker (and role) a speaker marker or caption names; None for other rows."""
    groups = row.match.groupdict()
    return _Voice(groups["speaker"], groups.get("role")) if groups.get("speaker") else None


def _marker(row: layouts.Found, start: int, text: str) -> Part:
    """The part a row makes of ``text`` at ``start``; a caption's with its person and role."""
    voice = _voice(row) or _Voice()
    at = start + row.match.start("speaker") if voice.role else None
    return replace(
        _part(row.layout.kind, Line(start, text)),
        speaker=voice.speaker,
        role=voice.role,
        speaker_at=at,
    )
