"""What a line under the title is by its rows and shapes: a subtitle (a deck), a field of the
head (date, reporter, category) or furniture printed there, or the body's first line."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .decks import NOT_LETTERS
from .openings import DECK_LED, MAX_DECK, is_marker
from .records import SECTION_MARK
from .tail import is_closing

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
# A numbered section's heading opens the text, no subtitle: 1. 들어가며 : …, 2. 현황, 1. 들어가는 말.
_NUMBERED_HEADING = re.compile(r"\d{1,2}\.\s*[가-힣]{1,10}(?:\s[가-힣]{1,10}){0,2}(?:\s*[:：]|$)")
# A subhead's bulleted point drops the full stop a body's bulleted sentence keeps (● 선거로 심판한다).
_POINT = re.compile(r"[●■◆◇○□]\s*\S")
# A sentence's ending, also typed with a comma for its full stop (열렸습니다,).
_SENTENCE_END = re.compile(r"(?:[.!?。]|(?:다|요|죠),?)[\"'”’」』)\]]*$")
# A photo's mark glued to a paragraph's end (…청취했다.<사진>, …있다.(사진1), …했다.[사진 위]): the
# sentence ends before it.
_PHOTO_MARK = re.compile(
    r"\s*[<(\[]\s*(?:사진|그림|표)\s*\d{0,2}\s*(?:위|아래|왼쪽|오른쪽)?\s*[>)\]]$"
)
# A piece of the headline printed again under it holds this many letters at least.
_MIN_PIECE = 8
# Two dots trail a headline's clause (… 컨퍼런스 개최해..): no sentence's full stop.
_TRAILING_DOTS = re.compile(r"(?<=[가-힣])\.\.$")
# A headline may end in a quotation that ends like a sentence (폭염에 전력 수요 최고치…"끄기도 겁나요"):
# what stands before it decides.
_QUOTED_TAIL = re.compile(r"(?<=\S)\s*[\"“'‘「『][^\"“”'‘’「」『』]+[\"”'’」』]$")


def _bare_caption(line: str) -> str:
    """A caption standing as the title without its mark and its glued byline: printed again so
    under it, it is the caption again (▲ 시민들이 걷고 있다. 홍길동 기자 / 시민들이 걷고 있다.)."""
    at = shapes.tail_byline(line)
    return " ".join(_CAPTION_MARK.sub("", line[:at] if at else line).split())


def _printed_again(line: str, seen: set[str]) -> bool:
    """A line of the head printed again, or again with its marks dropped (Special Interview -
    가상, then Special Interview 가상: a magazine's headline printed without its dash), or a piece
    of a head line from inside it (장구 치고… 가상군 주민자치 발표회 열기 ‘후끈’, then 가상군 주민자치
    발표회: the headline printed again cut short; its start alone is a deck glued to it, read by
    decks.py, its end a quotation the deck repeats)."""
    letters = NOT_LETTERS.sub("", line)
    if not letters:
        return " ".join(line.split()) in seen
    others = [NOT_LETTERS.sub("", text) for text in seen]
    return (
        " ".join(line.split()) in seen
        or letters in others
        or len(letters) >= _MIN_PIECE
        and any(
            letters in text[1:-1] and not text.startswith(letters) and not text.endswith(letters)
            for text in others
        )
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
    row = is_closing(line, "close") and layouts.match(line, "close")
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


def _is_subtitle(line: str) -> bool:
    if line.startswith(SECTION_MARK) or layouts.match(line, "open") or layouts.match(line, "line"):
        return False
    if _NUMBERED_HEADING.match(line):
        return False
    if shapes.formula(line):
        return False
    if len(line) <= MAX_DECK and _POINT.match(line) and not shapes.full_stop(line):
        return True
    ended = _QUOTED_TAIL.sub("", _PHOTO_MARK.sub("", _TRAILING_DOTS.sub("", line)))
    return bool(DECK_LED.match(line)) or (len(line) <= MAX_DECK and not _SENTENCE_END.search(ended))
