"""How a line ends and what it is by its words alone, where no row of :mod:`kornews.layouts` names it:
whether it ends as a Korean sentence ends (its full stops counted), a byline or an agency's name glued
to the end of a sentence, a quotation standing alone, a record's labelled field, an equation of
words, or an interview's answer marked as captions are."""

from __future__ import annotations

import re

from .. import layouts, outlets

# A line that ends as a sentence: 다. 요? 까! …했다” (an ellipsis ends none).
_SENTENCE_END = layouts.SENTENCE_END
# An equation of words (가상(a)+리포터(b)=가상터(c)): a line of the body, no subtitle.
_FORMULA = re.compile(r"[^\s+=]+\s*\+\s*[^\s+=]+(?:\s*\+\s*[^\s+=]+)*\s*=\s*[^\s+=]+")
# A record's field printed from a form, its colon glued on both sides: 이름:홍길동(26), 주소:가상시.
_FIELD = re.compile(r"[가-힣]{1,4}(?: [가-힣]{1,4})?:[^\s:\"“'‘].{0,40}")
# An interviewer's question: - 소감부터., Q. 왜 …?, or any line that asks.
_QUESTION = re.compile(r"(?:[-–—]\s*|Q\s*[.:]?\s*|문\s*[.:]\s*)\S.*|.*\?[\"'”’)]*")
_ANSWER_MARK = re.compile(r"[▲△]")
# A headline's quotation drops the sentence's full stop (“원칙 지키겠다”); a body's keeps it (“…겠다.”).
# An ellipsis with its dot (“그런 것 같은데….”) is no full stop.
_QUOTED = re.compile(r"[“\"][^“”\"]{1,59}(?:[^“”\".]|…\.)[”\"]")
# A byline glued to the end of a sentence or a caption: …했다. 홍길동 기자, …있다./가상뉴스=홍길동 기자
# gildong@example.com; a cut address (gildong@) still ends it, and so does a slash (…했다. 홍길동 기자/).
_TAIL_BYLINE = re.compile(
    rf"(?:(?<=[.!?”\"’')])\s*+/?\s*+|(?<!\s)\s*+/\s*+)(?:[가-힣A-Za-z0-9]{{1,12}}\s*=\s*)?{layouts.NAME}"
    rf"{layouts.MORE_NAMES}\s*(?:선임\s?|사진\s?)?기자(?:\s+(?:{layouts.EMAIL}|\S+@))?\s*/?\s*$"
    # …모습. /서울=홍길동 주간: an editor's credit, the slash and the place before the name.
    rf"|(?<=[.!?”\"’')])\s*/\s*[가-힣A-Za-z]{{1,12}}\s*=\s*{layouts.NAME}\s*{layouts.EDITOR_OFFICE}\s*$"
    # …노력하겠다. <사진=홍길동 사진작가, 글=김철수 기자>: a photo essay's credits, the writer's last.
    rf"|(?<=[.!?])\s*<\s*(?:사진\s*[=:]\s*[^<>=,]{{1,20}},\s*)?글\s*[=:]\s*{layouts.NAME}\s*기자\s*>\s*$"
    # … 가상시 앞바다에서 photo by 홍길동 기자: a photographer's credit in English, glued.
    rf"|(?<!\s)\s++(?:[Pp]hoto|PHOTO)\s+(?:by|BY)\s+{layouts.NAME}\s*(?:{layouts.TITLE})?\s*$"
    # …예정이다. (서울=가상통신): an agency's dateline moved to the story's end.
    rf"|(?<=[.!?])\s*\([가-힣]{{1,12}}\s*=\s*{layouts.PRESS}\)\s*$"
    # …있다. (가상시=홍길동 기자), …했다.<가상시=홍길동 기자>: the credit in brackets, a place before
    # the name.
    rf"|(?<=[.!?])\s*(?:\(|<)(?:[가-힣 ]{{1,12}}=\s*)?{layouts.NAME}\s*(?:선임\s?|사진\s?)?기자\s*[)>]\s*$"
    # …저물었습니다. 가상TV 뉴스 홍길동입니다. ◀END▶: a script's sign-off, the name maybe spaced.
    rf"|(?<=[.!?”\"’'])\s*{layouts.BROADCASTER}(?:\s?(?:뉴스|NEWS))?\s+[가-힣](?:\s?[가-힣]){{1,3}}"
    r"입니다\.?(?:\s*◀\s*END\s*▶)?\s*$"
)
# A press's credit glued after a slash to the last sentence (…밝혔다. / 가상통신): a wire's copy.
_SLASH_CREDIT = re.compile(r"(?<=[.!?”\"’')])\s*/\s*(?P<press>[가-힣A-Za-z0-9]{2,15})\s*$")
_PRESS = re.compile(layouts.PRESS)
# A line ends as a sentence's full stop (했다., 밝혔습니다.): a headline drops it.
_FULL_STOP = re.compile(r"[가-힣][.!?]$")
_STOPS = re.compile(r"[가-힣][.!?](?=\s|$)")
# A sentence's ending with its stop dropped (…받았다, …있습니다, …했어요), and how many lines of a
# text end so before the text reads as one that drops its stops.
_BARE_END = re.compile(r"[가-힣][다요]$")
_MIN_BARE_ENDS = 2
# A photo's caption signed with a name alone after a slash: …하고 있다./홍길동.
# A last paragraph signed by the agency that wrote it: …132억원이다. 연합뉴스 (a scene going on,
# …하고 있다. 연합뉴스, is a photo's caption).
_AGENCY_SIGNED = re.compile(r"(?<!있)다\.\s*/?\s*(?:연합뉴스|뉴시스|뉴스1)\s*$")
_PHOTOGRAPHER = re.compile(rf"(?<=있다\.)\s*/\s*{layouts.SURNAMED}\s*$")
# A caption marked ▲ signs with the name alone: ▲ 시민들이 광장을 걷고 있다. 홍길동.
_MARKED_CAPTION = re.compile(rf"[▲△].+?있다\.(?P<name>\s+{layouts.SURNAMED})\s*$")


def is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def bare_end(line: str) -> bool:
    """The line ends as a sentence with no stop (…받았다, …있어요): a sentence's end only in a text
    that prints no full stop at all (hard-wrapped, its punctuation dropped)."""
    return bool(_BARE_END.search(line))


def unpunctuated(lines: list[str]) -> bool:
    """A text that stops no sentence, yet ends some lines as sentences end (…받았다): its lines are
    sentences and their pieces, never a list of headlines."""
    return not any(map(sentences, lines)) and sum(map(bare_end, lines)) >= _MIN_BARE_ENDS


def quotation(line: str) -> bool:
    """A short quotation standing alone: “원칙을 지켜 나가겠다”."""
    return bool(_QUOTED.fullmatch(line))


def tail_byline(line: str) -> int | None:
    """Where a byline glued to the end of ``line`` begins, else None (the whole line is no byline)."""
    found = _TAIL_BYLINE.search(line) or _PHOTOGRAPHER.search(line)
    marked = _MARKED_CAPTION.match(line)
    at = found.start() if found else marked.start("name") if marked else None
    return at or None


def tail_credit(line: str) -> int | None:
    """Where a press's credit glued after a slash to the line's last sentence begins (…밝혔다. /
    가상통신: a press by its words, or an outlet of the table), else None."""
    found = _SLASH_CREDIT.search(line)
    press = found["press"] if found else ""
    known = _PRESS.fullmatch(press) or (press and not outlets.without(press))
    return found.start() if known else None


def full_stop(line: str) -> bool:
    """The line ends with a sentence's full stop, as a body's sentence does and a headline does not."""
    return bool(_FULL_STOP.search(line))


def sentences(line: str) -> int:
    """How many sentences of a body the line holds, by their full stops (a headline has none)."""
    return len(_STOPS.findall(line))


def signed(line: str) -> bool:
    """A sentence with its byline glued after it: …라며 웃었다. 안산=홍길동 기자 gildong@example.com."""
    at = tail_byline(line)
    if at is not None and is_sentence(line[:at].rstrip()):
        return True
    return agency_signed(line) or tail_credit(line) is not None


def agency_signed(line: str) -> bool:
    """A statement, no scene going on, signed by its agency: …132억원이다. 연합뉴스."""
    return bool(_AGENCY_SIGNED.search(line))


def formula(line: str) -> bool:
    """An equation of words (블로그+리포터=블로터): the body's line, no subtitle."""
    return bool(_FORMULA.fullmatch(line))


def field(line: str) -> bool:
    """A labelled field of a record (이름:홍길동(26)): no headline's or subtitle's words."""
    return bool(_FIELD.fullmatch(line))


def answer(line: str, before: str) -> bool:
    """A line marked ▲ under an interviewer's question (- 소감부터.) is the answer, not a photo's
    caption."""
    return bool(_ANSWER_MARK.match(line) and _QUESTION.fullmatch(before))
