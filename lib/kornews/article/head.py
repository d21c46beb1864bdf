"""The head of an article: page furniture over the title, the category, the title (a dateline or
byline glued to it split off), subtitles, reporter, date and captions, up to the body."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .decks import NOT_LETTERS, deck_glued
from .openings import (
    DECK_LED,
    MAX_DECK,
    broken_copy,
    broken_lead,
    deck_over_title,
    is_marker,
    is_text,
    opens_body,
    over_dateline,
    polite_opening,
    quoted_lead,
)
from .over_title import POLITE_STOP, leading_furniture, menu, service_menu
from .records import _LEAD_KINDS, SECTION_MARK, Line, Part, _part, _Voice
from .tail import _is_closing

# The head (category, title, subtitles, reporter, date, captions) is at most this many lines.
_MAX_HEAD_LINES = 8
# A portal's automatic summary holds three or four sentences.
_MAX_SUMMARY = 5
_MAX_CATEGORY = 12
# A section's label is a word or two (사회, 직업의 세계, 기획 & 캠페인); a short headline has more (가상시
# 새 청사 공개 over its deck).
_MAX_CATEGORY_WORDS = 2
_WORD = re.compile(r"[가-힣A-Za-z0-9]+")
# A sentence in the plain style with its full stop (… 기념촬영을 했다.).
_PLAIN_STOP = re.compile(r"다\.$")
# A Q&A's answer opening with = (=좋은 경기였다.), not a rule of ====.
_ANSWER_LINE = re.compile(r"=\s*[^\s=]")
_CAPTION_MARK = re.compile(r"^[▲△■◆]\s*")
# Words quoted as said, two sentences or more, the last with its stop (“좋아요. 또 올까요?”): an
# interview's lead, no deck (a quoted deck drops the last stop: “힘들었다. 그래도 간다”); its speaker
# may follow in brackets (“…행복하다.”(홍*동)).
_SPOKEN = re.compile(r"[가-힣][.!?]\s+\S.*[.!?][\"”’'](?:\s*\([^()]{1,12}\))?$")
# A magazine's deck in the plain form with no full stop, a few words (홍길동을 만나다), under the
# head's fields: a sentence drops no full stop so short, a script's line is longer or polite.
_PLAIN_DECK = re.compile(r"[^.!?,\"“”]{2,16}(?<!니)다")
# A deck cried out after a noun, no sentence's ending before the mark (… 캠페인을 실시!).
_CRIED_DECK = re.compile(r"[^.!?]{4,78}[가-힣](?<![다요죠까네])!")
# A deck in English under the head's fields (a theme, a verse and dates: Moving in the Spirit: …
# Arusha, Tanzania): no Hangul, no full stop at its end.
_LATIN_DECK = re.compile(r"[A-Z][^가-힣]{8,300}(?<![.!?])(?<![.!?][\"”'’])")
# A numbered section's heading opens the text, no subtitle: 1. 들어가며 : …, 2. 현황.
_NUMBERED_HEADING = re.compile(r"\d{1,2}\.\s*[가-힣]{1,10}(?:\s*[:：]|$)")
# A subhead's bulleted point drops the full stop a body's bulleted sentence keeps (● 선거로 심판한다).
_POINT = re.compile(r"[●■◆◇○□]\s*\S")
# A sentence's ending, also typed with a comma for its full stop (열렸습니다,).
_SENTENCE_END = re.compile(r"(?:[.!?。]|(?:다|요|죠),?)[\"'”’」』)\]]*$")
# A headline may end in a quotation that ends like a sentence (폭염에 전력 수요 최고치…"끄기도 겁나요"):
# what stands before it decides.
# A photo's mark glued to a paragraph's end (…청취했다.<사진>, …있다.(사진1), …했다.[사진 위]): the
# sentence ends before it.
_PHOTO_MARK = re.compile(
    r"\s*[<(\[]\s*(?:사진|그림|표)\s*\d{0,2}\s*(?:위|아래|왼쪽|오른쪽)?\s*[>)\]]$"
)
_QUOTED_TAIL = re.compile(r"(?<=\S)\s*[\"“'‘「『][^\"“”'‘’「」『』]+[\"”'’」』]$")


def _head(lines: list[Line], *, stamped: bool = False) -> tuple[int, list[Part]]:
    """The parts before the body (page furniture over the title, category, title, subtitles,
    reporter, date, captions) and the index of the body's first line; ``stamped`` where a date
    stands under ``lines`` (the head goes on to it, so its last subtitles are no body's)."""
    kinds = leading_furniture(lines)
    kinds += menu(lines, len(kinds)) or service_menu(lines, len(kinds))
    lead = len(kinds)
    if _signer_over_text(lines, lead):
        kinds.append("reporter")
        lead += 1
    # A text cut before its headline, or one that opens with a list marked ▲ (a digest's briefs).
    if (
        opens_body(lines[lead].text)
        or (
            kinds[-1:] in (["reporter"], ["date"]) and is_text(lines[lead].text)
        )  # fields over a text
        or polite_opening(lines, lead)
        or quoted_lead(lines, lead)
        or broken_lead(lines, lead)
        or broken_copy(lines, lead)
        or shapes.listed([line.text for line in lines], lead)
    ):
        return lead, [_part(kind, line) for kind, line in zip(kinds, lines)]
    over = over_dateline(lines, lead)  # a deck or a photo's caption, no headline above them
    if over:
        kinds.append(over)
        return lead + 1, [_part(kind, line) for kind, line in zip(kinds, lines)]
    kinds += ["title", *_under_title(lines, lead, stamped=stamped)]
    # A subtitle needs a body below it: a run of heading-like lines ends in the body.
    while len(kinds) == len(lines) and kinds[-1] == "subtitle" and not stamped:
        kinds.pop()
    _retitle(lines, kinds, lead)
    deck = deck_glued(lines, kinds)
    parts = []
    for kind, line in zip(kinds, lines):
        parts += _title_parts(line, deck=deck) if kind == "title" else [_part(kind, line)]
    return len(kinds), parts


def _retitle(lines: list[Line], kinds: list[str], lead: int) -> None:
    """The title's line (at ``lead``) read again with the line under it: a category over the
    title, a deck over it, a menu's words over it, or decks led by dashes with no headline."""
    # A short line over a longer one that reads like a title is the category (정부공공IT).
    title = lines[lead].text
    # (A deck led by a dash is no title: - 다음 달 문 열어.)
    if (
        kinds[lead + 1 : lead + 2] == ["subtitle"]
        and len(title) <= min(_MAX_CATEGORY, len(lines[lead + 1].text))
        and len(_WORD.findall(title)) <= _MAX_CATEGORY_WORDS
        and not DECK_LED.match(lines[lead + 1].text)
    ):
        kinds[lead : lead + 2] = ["category", "title"]
    elif deck_over_title(lines, kinds, lead):
        kinds[lead : lead + 2] = ["subtitle", "title"]
    elif words := _menu_words(lines, kinds, lead):
        kinds[lead : lead + words + 1] = ["footer"] * (words - 1) + ["category", "title"]
    elif DECK_LED.match(title) and kinds[lead + 1 : lead + 2] == ["subtitle"]:
        kinds[lead] = "subtitle"  # decks led by dashes, the headline cut off above them


def _menu_words(lines: list[Line], kinds: list[str], lead: int) -> int:
    """How many one-word lines of a site's menu stand in the title's place over the headline
    (콘텐츠, 행정, then the headline): two or more, each short, the headline under them longer;
    0 where there are none. The last word is the section (the category)."""
    words = 0
    while kinds[lead + words + 1 : lead + words + 2] == ["subtitle"]:
        text = lines[lead + words].text
        if len(text) > _MAX_CATEGORY or len(text.split()) > 1:
            break
        words += 1
    below = lines[lead + words].text if words >= 2 else ""
    return words if len(below) > _MAX_CATEGORY and not DECK_LED.match(below) else 0


# The rows of a byline that may stand first over a message's text.
_SIGNERS = (
    "caption-name-role",
    "caption-org-name-role",
    "reporter-credit-press",
    "reporter-outlet",
)


def _signer_over_text(lines: list[Line], at: int) -> bool:
    """A message with no headline, its signer's name and office first (홍길동 가상도교육감, or a
    reporter of another outlet: 가상투데이 홍길동 기자), or a photo page's credit first (ⓒ 가상신문
    홍길동 기자), then its text: the byline, not the title."""
    row = layouts.match(lines[at].text, "head")
    return (
        bool(row and row.layout.name in _SIGNERS)
        and at + 1 < len(lines)
        and shapes.is_sentence(lines[at + 1].text)
    )


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


def _title_lines(lines: list[Line], parts: list[Part]) -> set[str]:
    """The lines that hold the title: printed again in the body, they are no paragraphs."""
    starts = [part.start for part in parts if part.kind == "title"]
    return {
        line.text
        for line in lines
        if any(line.start <= at <= line.start + len(line.text) for at in starts)
    }


def _bare_caption(line: str) -> str:
    """A caption standing as the title without its mark and its glued byline: printed again so
    under it, it is the caption again (▲ 시민들이 걷고 있다. 홍길동 기자 / 시민들이 걷고 있다.)."""
    at = shapes.tail_byline(line)
    return " ".join(_CAPTION_MARK.sub("", line[:at] if at else line).split())


def _printed_again(line: str, seen: set[str]) -> bool:
    """A line of the head printed again, or again with its marks dropped (Special Interview -
    가상, then Special Interview 가상: a magazine's headline printed without its dash)."""
    letters = NOT_LETTERS.sub("", line)
    return (
        " ".join(line.split()) in seen
        or bool(letters)
        and any(NOT_LETTERS.sub("", text) == letters for text in seen)
    )


def _head_kind(
    line: str,
    row: layouts.Found | None,
    seen: set[str],
    *,
    fielded: bool = False,
    over_lead: bool = False,
) -> str | None:
    """What a line below the title is (``row`` the head's row that reads it), or None where the
    body begins; ``fielded`` where the head's fields (a date, a byline, furniture) stand over it: a
    magazine's decks follow them; ``over_lead`` where the lead's dateline follows: a quotation of
    two sentences there is the deck (“가상시는 소식지? 홍보지인가?”), no interview's lead."""
    if _printed_again(line, seen) or layouts.furniture(line):
        return "footer"  # a headline or caption printed twice; share buttons
    if row and row.layout.name != "site-slogan":  # a slogan stands over the title, not under it
        return row.layout.kind
    row = _is_closing(line, "close") and layouts.match(line, "close")
    if row:  # a copyright, a signature, a credit over a short body
        return row.layout.kind if row.layout.kind in ("date", "caption", "reporter") else "footer"
    if shapes.furniture(line) or shapes.field(line) or shapes.head_bullet(line):
        return "footer"  # a masthead, an image link, a record's field (이름:홍길동), - 조회 : 12
    if shapes.dated(line):
        return "date"
    marker = layouts.match(line, "line")
    if marker and marker.layout.name == "speaker-bracket-any" and not is_marker(line):
        # An unknown word in brackets under a headline is its section ([ 교단 ]): a script's
        # markers stand among its paragraphs, under its anchor's known one.
        return "category"
    if fielded and _LATIN_DECK.fullmatch(line):
        return "subtitle"
    spoken = not over_lead and _SPOKEN.search(line)
    deck = shapes.quotation(line) and not spoken
    plain = fielded and (_PLAIN_DECK.fullmatch(line) or _CRIED_DECK.fullmatch(line))
    return "subtitle" if deck or plain or (not spoken and _is_subtitle(line)) else None


def _title_parts(line: Line, *, deck: int = 0) -> list[Part]:
    """The title, with a dateline or a byline glued to it split off (a photo's caption standing
    where the title should: [가상일보 홍길동 기자] … 있다. 홍길동 기자); none where the line is
    only a dateline; ``deck``, where a deck glued to it begins (a subtitle of its own)."""
    start, text = line
    if deck:
        rest = text[deck:].lstrip()
        return [
            _part("title", Line(start, text[:deck].rstrip())),
            _part("subtitle", Line(start + len(text) - len(rest), rest)),
        ]
    parts = []
    row = layouts.match(text, "open")
    if row and row.layout.kind == "dateline":
        parts.append(_part("dateline", Line(start, row.match.group().rstrip())))
        start, text = start + row.match.end(), text[row.match.end() :]
    if not text:
        return parts
    return parts + _with_byline("title", Line(start, text))


def _with_byline(kind: str, line: Line, voice: _Voice | None = None) -> list[Part]:
    """The part of ``kind`` (with who speaks it, in a script), and a byline glued to its end as
    a reporter part of its own (a press's credit after a slash, …밝혔다. / 가상통신, as furniture)."""
    start, text = line
    at = shapes.tail_byline(text)
    credit = None if at else shapes.tail_credit(text)
    at = at or credit
    own = text[:at].rstrip() if at else text
    section = 0 if kind in _LEAD_KINDS else -1
    speaker, role = voice or (None, None)
    parts = [Part(kind, start, start + len(own), own, section, speaker=speaker, role=role)]
    if at:
        byline = text[at:].lstrip()
        glued = "footer" if credit else "reporter"
        parts.append(_part(glued, Line(start + len(text) - len(byline), byline)))
    return parts


def _is_subtitle(line: str) -> bool:
    if line.startswith(SECTION_MARK) or layouts.match(line, "open") or layouts.match(line, "line"):
        return False
    if _NUMBERED_HEADING.match(line):
        return False
    if shapes.formula(line):
        return False
    if len(line) <= MAX_DECK and _POINT.match(line) and not shapes.full_stop(line):
        return True
    ended = _QUOTED_TAIL.sub("", _PHOTO_MARK.sub("", line))
    return bool(DECK_LED.match(line)) or (len(line) <= MAX_DECK and not _SENTENCE_END.search(ended))
