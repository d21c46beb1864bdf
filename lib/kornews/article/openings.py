"""What opens a text that has no headline, read from the shape of its first lines."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .breaks import opens_with_word
from .over_title import POLITE_STOP
from .records import Line
from .tail import _CUT

# A deck (a subtitle) is short: a short line without a sentence ending, or one led by a dash or an
# ellipsis.
MAX_DECK = 80
# A line led by a dash or an ellipsis is a deck (- 다음 달 문 열어), never a headline.
DECK_LED = re.compile(r"[-–—ㅡ…]")
# A line that cries out (… 합시다!): a headline's, where a deck over it would state.
_CRIED = re.compile(r"!\W*$")
# An anchor's copy broken mid-sentence: every line this short at most …
_MAX_BROKEN_LINE = 40
# … and words only (quoted words too): no bullet, bracket or address (page furniture, a byline).
_PLAIN = re.compile(r"[가-힣0-9A-Za-z‘“'\x22][가-힣0-9A-Za-z ,·%‘’“”'\x22]*[.!?]?")
# … a line may go on with words the sentence quotes, their mark glued to the first (가상시장은 /
# “주민들의 뜻을 / 모아달라”고 …): to the head, still the copy (the summary keeps such a line apart).
_QUOTED_WORDS = re.compile(r"[“‘\x22'][가-힣A-Za-z0-9]")
# … and at least this many sentences, each broken over at least _MIN_BROKEN lines.
_BROKEN_SENTENCES = 2
_MIN_BROKEN = 3
# A story's text going on to describe its photo: … 있다. 사진은 가상시 청사.
_NAMES_ITS_PHOTO = re.compile(r"[.!?]\s+사진은\s")
# A headline is shorter: a longer first line is text (a caption, a note, a cut body).
_MAX_TITLE = 120
# A letter's greeting opens its text: 안녕하십니까.
_GREETING = re.compile(r"안녕하(?:십니까|세요|십니다)[.!?]?")
# A headline's cheers (아버님! 어머님! 만수무강 하세요!): short exclamations only, no text's sentences.
_CHEERS = re.compile(r"(?:[^.!?]{1,20}!\s*){2,}")
# A report's sentence in the plain past or present (…했다., …한다., …됐다.), longer than a headline
# that states its news so (가상 아나운서의 오빠가 메인앵커로 발탁됐다.). The past is any syllable
# closed by ㅆ (했, 됐, 왔, 켰: 지켜왔다.) but 있 (a photo's caption: … 모여 있다.).
_PAST = "".join(chr(code) for code in range(0xAC00, 0xD7A4) if (code - 0xAC00) % 28 == 20)
_REPORTED = re.compile(rf"(?:(?!있)[{_PAST}]|한|된)다\.$")
_MAX_STATED_HEADLINE = 40
# Sentences, then words going on with no mark, cut mid-word by the site (… 이르렀다. 올해도 풍년,
# 동족을 돕는 풍년, 농): a photo page's text, no headline (a caption's credit is a word or two: ⓒ가상통신).
_CUT_MID = re.compile(r"[가-힣][.!?]\s+[가-힣,·]+(?:\s+[가-힣,·]+){2,}$")
# A short title in quotation marks, its own ! or ? inside ("가자! 가상 고향").
_SHORT_QUOTED = re.compile(r"[\"“'‘][^\"“”'‘’]{1,20}[\"”'’]")
# A line going on with a particle, the subject left on the line above: (는 …, 은 …, 를 ….
# (Not 이: a lead may open with it, 이 청사는 ….)
_PARTICLE_FIRST = re.compile(r"\(?(?:은|는|을|를|에서|와|과)\)?\s|\((?:이|가)\s")
# A quotation alone that keeps its stop (“… 드리겠습니다!”), spoken politely (…니다.”).
_SPOKEN_WHOLE = re.compile(r"[\"“][^\"“”]+[.!?][\"”]")
_POLITE_SPOKEN = re.compile(r"니다[.!?][\"”]$")


def broken_copy(lines: list[Line], at: int) -> bool:
    """A copy read out in short lines broken mid-sentence (gone on as :mod:`.breaks` rules:
    가상시장은 / 오늘 가상시 … / … 밝혔습니다.), sentence after sentence: its first line is the
    lead's subject, no headline. A headline's deck may run to a short sentence once, never
    twice so."""
    runs, run = 0, 0
    for _, text in lines[at:]:
        if len(text) > _MAX_BROKEN_LINE or not _PLAIN.fullmatch(text):
            return False
        if run and not (opens_with_word(text) or _QUOTED_WORDS.match(text)):
            return False  # the line above stopped mid-sentence: this one must go on with it
        run += 1
        if shapes.is_sentence(text):
            if run < _MIN_BROKEN:
                return False
            runs, run = runs + 1, 0
            if runs == _BROKEN_SENTENCES:
                return True
    return False


def _short_sentence(line: str) -> bool:
    """One sentence with its full stop, short enough for a deck."""
    return len(line) <= MAX_DECK and shapes.full_stop(line) and shapes.sentences(line) == 1


def over_dateline(lines: list[Line], at: int) -> str | None:
    """What the line at ``at`` is when the lead opening with its dateline stands right under it, on
    a page whose headline is not in the text: one short sentence with its full stop is the deck
    (a headline states no sentence with its stop over the dateline: subtitle), a photo's caption
    (▲ …) the photo printed first (caption); else None."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    row = layouts.match(below, "open")
    if not (row and row.layout.kind == "dateline" and below[row.match.end() :].strip()):
        return None
    line = lines[at].text
    return "subtitle" if _short_sentence(line) else "caption" if line.startswith("▲") else None


def deck_over_title(lines: list[Line], kinds: list[str], at: int) -> bool:
    """A sentence with its full stop read as the title (at ``at``) over a short line read as its
    subtitle, the head's date or byline under them: a magazine page prints its deck over its
    headline (가상 가수들을 만났다. / Radio Days / On January 07, 2015); a line led by a dash under
    it is the deck, the sentence the headline. A headline may cry (터놓고 이야기 합시다!); a deck
    printed over it states."""
    if kinds[at + 1 : at + 3] not in (["subtitle", "date"], ["subtitle", "reporter"]):
        return False
    line, below = lines[at].text, lines[at + 1].text
    return (
        _short_sentence(line)
        and not _CRIED.search(line)
        and not shapes.is_sentence(below)
        and not DECK_LED.match(below)
    )


def is_text(line: str) -> bool:
    """A line too long for a headline: the text begins where the title should stand."""
    return len(line) > _MAX_TITLE


def opens_body(line: str) -> bool:
    """A line that begins a body and is never a headline: a script's marker alone; a dateline
    before a sentence; a letter's greeting; a text too long for a subtitle, or of two sentences or
    more, that ends as a sentence, no byline signed; a report's sentence in the plain past or
    present longer than a headline; a text too long for a headline cut short (a teaser's …) or
    holding two sentences."""
    if is_marker(line):
        return True
    row = layouts.match(line, "open")
    if row and row.layout.kind == "dateline" and line[row.match.end() :]:
        return plain_sentence(line[row.match.end() :])
    if _GREETING.fullmatch(line):
        return True
    if is_text(line) and (_CUT.search(line) or shapes.sentences(line) > 1):
        # A photo's caption signs with its byline; a photo story's text that names its photo
        # (사진은 …) signs so too.
        return shapes.tail_byline(line) is None or bool(_NAMES_ITS_PHOTO.search(line))
    if len(line) > _MAX_STATED_HEADLINE and _REPORTED.search(line) and plain_sentence(line):
        return True
    if len(line) > MAX_DECK and shapes.sentences(line) > 1 and _CUT_MID.search(line):
        return True
    if len(line) <= MAX_DECK and _CHEERS.fullmatch(line):
        return False
    unquoted = _SHORT_QUOTED.sub(
        "", line
    )  # a programme's title ("가자! 가상 고향") stops no sentence
    return (len(line) > MAX_DECK or shapes.sentences(unquoted) > 1) and plain_sentence(line)


def signed_text_alone(lines: list[Line], at: int, *, stamped: bool = False) -> bool:
    """A text of two sentences or more signed with a byline glued at its end, the head's last
    line (only the closing run under it, no date): a photo's scene told with no mark (… 발이 묶여
    있다. 홍길동기자 …) is the body's one paragraph; a caption standing as the title has a story
    under it."""
    line = lines[at].text
    return (
        at + 1 == len(lines)
        and not stamped
        and is_text(line)
        and shapes.sentences(line) > 1
        and shapes.tail_byline(line) is not None
    )


def polite_opening(lines: list[Line], at: int) -> bool:
    """A line in the formal polite style with its full stop over another sentence: the text of a
    letter or a note that has no headline."""
    line = lines[at].text
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return bool(
        POLITE_STOP.search(line)
        and plain_sentence(line)
        and shapes.is_sentence(below)
        and not layouts.match(below, "head")
    )


def quoted_lead(lines: list[Line], at: int) -> bool:
    """A quotation that opens the text (“… 전해 드리겠습니다!”), no headline: its words keep their
    stop, it is longer than a headline states or speaks politely, and the story's sentence
    follows at once (a quoted headline drops the stop, or has its byline or deck under it)."""
    line = lines[at].text
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return bool(
        _SPOKEN_WHOLE.fullmatch(line)
        and (len(line) > _MAX_STATED_HEADLINE or _POLITE_SPOKEN.search(line))
        and plain_sentence(below)
        and not layouts.match(below, "head")
    )


def broken_lead(lines: list[Line], at: int) -> bool:
    """A lead broken after its subject: the line under goes on with the subject's particle
    (가상군의회 / (는 위원장을 선출했다.)), so the first line is the text's, no headline."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return bool(_PARTICLE_FIRST.match(below)) and shapes.is_sentence(below)


def plain_sentence(text: str) -> bool:
    """Ends with a sentence's full stop, with no byline glued after it (a photo's caption signs one)."""
    return shapes.full_stop(text) and shapes.tail_byline(text) is None


def is_marker(line: str) -> bool:
    row = layouts.match(line, "open")
    return bool(row and row.layout.kind == "speaker" and not line[row.match.end() :].strip())
