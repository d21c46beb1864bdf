"""The tail of an article: where the body ends and the closing run (bylines, e-mails, copyright,
links, promotions) begins."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .records import Line

# Closing lines are short: a long line is body text even when it ends like boilerplate.
_MAX_BOILERPLATE = 160
# A line that states and stops (…했다., …밝혔다.”) is the body's; a headline may ask (…검거율은?).
_STATEMENT = re.compile(r"\.[\"'”’)\]]*$")
# A paywall's notice: only subscribers may read on (정기독자만 볼 수 있습니다; 유료회원 전용기사).
_PAYWALL = re.compile(
    r"(?:정기\s?독자|유료\s?(?:회원|독자)|구독자)(?:만\s*(?:볼|보실|읽을|읽으실|이용|열람)|\s?전용)"
)
# An outlet's line of its notice under a column, speaking of itself: short.
_MAX_SELF_NOTICE = 80
# A paper's imprint on one line names its title within its first fields (제호 : 가상신문 | 주소 : … |
# 등록번호 : …; 상호 : ㈜가상미디어 | 제호 : …).
_IMPRINT = re.compile(r"(?:[^|ㅣ]{1,40}[|ㅣ]\s*){0,3}?제호\s*[:：]")
# A copyright notice glued to the end of a text line (a flattened page: … 있다. <저작권자 ⓒ 가상신문
# 무단전재 및 재배포 금지>): what it says runs to the line's end.
_GLUED_NOTICE = re.compile(
    r"(?<=[.!?>)\]」』\x22”’'가-힣A-Za-z0-9])\s++(?=<?\s*(?:저작권자|(?i:copyrights?))\s*"
    rf"(?:{layouts.COPYRIGHT_SIGN}|@)\s*\S.{{0,120}}?(?:무단|재배포|(?i:rights reserved)))"
)
# A print issue's note glued to the last sentence (… 말했다.<가상매거진 1월호>, … 있다. [2020년 7월
# 10일자]): a closing line of its own.
_GLUED_ISSUE = re.compile(
    r"(?<=[.!?\x22”’])\s*(?=[<\[〈]\s*[^<>\[\]〈〉]{0,30}?\d{1,2}\s*(?:월\s*호|일\s*자)\s*[>\]〉]\s*$)"
)
# A journal's list of its tables glued after the last sentence, its imprint with the day last
# (… 있다. 표, 그래프 | 가상 수급동향 | <가상저널 2006/9/25> |): a closing line of its own.
_GLUED_CONTENTS = re.compile(
    r"(?<=[.!?\x22”’])\s+(?=[^|.!?]{1,40}(?:\|[^|]{1,80}){1,12}\|\s*<[^<>]{1,30}\d{4}/\d{1,2}/\d{1,2}>\s*\|?\s*$)"
)
# A journal's imprint glued after the bars closing its text (… | 표 제목 | <가상저널 2006/9/25> |): the
# press and the day, a closing line of its own.
_GLUED_IMPRINT = re.compile(
    r"(?<=[|.])\s*(?=<\s*[가-힣A-Za-z][^<>|]{1,20}?\s+\d{4}/\d{1,2}/\d{1,2}\s*>\s*\|?\s*$)"
)
# A photo's caption glued before the dateline and the lead by a bar (▲ 가상시 청사 전경 | [가상통신=홍길동
# 기자] 가상시는 …): the caption, its bar kept, is a line of its own when a dateline follows.
_GLUED_CAPTION = re.compile(r"▲[^|]{1,120}?\s\|\s+")
# A photo's credit between a table's bars glued before the lead (| | ⓒ 가상사랑 | | 가상시는 …).
_BARRED_CREDIT = re.compile(r"(?:[|ㅣ]\s*)+[ⓒ©][^|ㅣ]{1,30}?(?:\s*[|ㅣ])+\s*")
# An image's file name glued before the dateline (홍길동 박사.jpg[가상신문 김철수 기자] …): the photo's
# caption left by the page, a line of its own when a dateline follows.
_GLUED_IMAGE = re.compile(r"[^\s\[\]][^\[\]]{0,40}?\.(?i:jpe?g|png|gif|webp)\s*")
# A deck under the head's bullets holds this many lines at most.
_MAX_DECK_LINES = 2
# A line printed again in the closing run is this long at least (a summary of the lead).
_MIN_REPRINT = 80
# A headline joins its clauses with an ellipsis (가상시 새 청사…내달 개관); a paragraph's sentence does not.
_HEADLINE_JOIN = re.compile(r"…|\.{3}|⋯")
# An issue's contents line ends with its page: … 새 청사 공개 – 14면.
_ON_PAGE = re.compile(r"\s[-–—]\s?\d{1,3}\s?면$")
# A text cut short ends in an ellipsis (…이 없다는 것이...): a teaser over a paywall.
_CUT = re.compile(r"(?:\.{3}|…)$")


def _unglued(lines: list[Line]) -> list[Line]:
    """The lines, each copyright notice or issue note glued to the end of a text line, and each
    photo caption (or image's file name) glued before a dateline, made a line of its own."""
    out = []
    for start, text in lines:
        caption = _caption_over_dateline(text)
        if caption:
            out.append(Line(start, text[:caption].rstrip()))
            start, text = start + caption, text[caption:]
        glued = (
            _GLUED_NOTICE.search(text)
            or _GLUED_ISSUE.search(text)
            or _GLUED_CONTENTS.search(text)
            or _GLUED_IMPRINT.search(text)
        )
        if glued:
            out.append(Line(start, text[: glued.start()]))
            start, text = start + glued.end(), text[glued.end() :]
        out.append(Line(start, text))
    return out


def _caption_over_dateline(text: str) -> int:
    """Where the dateline (or the lead) begins after a photo's caption glued to it by a bar, a
    photo's credit between bars (| | ⓒ 가상사랑 | | …), or its image's file name, else 0."""
    credit = _BARRED_CREDIT.match(text)
    if credit and shapes.is_sentence(text[credit.end() :]):
        return credit.end()
    glued = _GLUED_CAPTION.match(text) or _GLUED_IMAGE.match(text)
    opens = glued and layouts.match(text[glued.end() :], "open")
    return glued.end() if opens and opens.layout.kind == "dateline" else 0


def _footer_start(lines: list[Line], body_at: int) -> int:
    """Index of the first footer line: a signature that ends the body, else the trailing run
    of closing lines (bylines, e-mails, copyright, links, promotions)."""
    first = max(body_at, 1)
    at = next(
        (
            i
            for i in range(first, len(lines))
            if _ends_body(lines[i].text)
            and not _head_bullet(lines, first, i)
            and not _story_goes_on(lines, i)
        ),
        len(lines),
    )
    if at < len(lines) and _PAYWALL.search(lines[at].text):
        # A teaser cut over a paywall: what stands between the cut and the notice is its blurb.
        cut = next((i for i in range(at - 1, body_at - 1, -1) if _CUT.search(lines[i].text)), None)
        at = max(cut + 1, first) if cut is not None else at
    at = _house_notice(lines, first, at)
    # Over that end, a copyright notice with no line of a paragraph's length under it (a comment
    # box's rules, buttons, other headlines) ends the text too; a video's notice between
    # paragraphs has the story going on under it.
    longest = max(
        (i for i, line in enumerate(lines) if len(line.text) > _MAX_UNDER_NOTICE), default=0
    )
    notice = next((i for i in range(max(first, longest), at) if _notice(lines[i].text)), at)
    return _closing_run(lines, first, notice)


def _story_goes_on(lines: list[Line], at: int) -> bool:
    """A label of other articles (관련기사) with only paragraphs under it to the text's end, each
    longer than a headline, no closing line, and no headline's ellipsis in its first sentence (a
    listed article's headline glued to its summary: … 경기장…1조원 빚만 남아 10조 원의 …): a box the
    page set between the story's paragraphs, not the list that ends it. A notice that states (※ 아래
    경우에는 고지 없이 삭제하겠습니다.: a comment box's policy) is no label: nothing goes on under it."""
    if shapes.is_sentence(lines[at].text):
        return False
    under = [line.text for line in lines[at + 1 :]]
    return bool(under) and all(
        len(text) > shapes.MAX_HEADLINE
        and not is_closing(text, "close")
        and not _HEADLINE_JOIN.search(text.split("다.", 1)[0])
        for text in under
    )


def _house_notice(lines: list[Line], first: int, at: int) -> int:
    """Where a notice that ends the body (a column's disclaimer) begins, with the lines over it in
    which the outlet that holds the copyright speaks of itself (가상닷컴은 … 광장입니다.)."""
    if at >= len(lines):
        return at
    holder = next(filter(None, map(_copyright_holder, lines[at:])), None)
    while holder and at > first and _speaks_of_itself(lines[at - 1].text, holder):
        at -= 1
    return at


def _copyright_holder(line: Line) -> str | None:
    row = layouts.match(line.text, "close")
    named = row and row.layout.name.startswith("copyright") and row.match.groupdict().get("outlet")
    return named or None


def _speaks_of_itself(line: str, holder: str) -> bool:
    return (
        len(line) <= _MAX_SELF_NOTICE
        and line.startswith((holder + "은 ", holder + "는 "))
        and line.endswith("니다.")
    )


def _head_bullet(lines: list[Line], first: int, at: int) -> bool:
    """A bullet of the head's metadata (• 댓글 0) under headline-like lines only (short, none
    stating a sentence), with sentences below the furniture that follows it: the head's, not
    the closing run's."""
    if not shapes.head_bullet(lines[at].text) or any(
        len(line.text) > shapes.MAX_HEADLINE or _STATEMENT.search(line.text)
        for line in lines[first:at]
    ):
        return False
    below = [
        line.text
        for line in lines[at + 1 :]
        if not (shapes.head_bullet(line.text) or shapes.furniture(line.text))
    ]
    # A deck of a line or two may stand between the furniture and the lead.
    return any(map(shapes.is_sentence, below[: _MAX_DECK_LINES + 1]))


def _closing_run(lines: list[Line], first: int, at: int) -> int:
    """Where the run of closing lines that ends at ``at`` begins (not before ``first``)."""
    firsts: dict[str, int] = {}  # where each line is first printed
    for i, line in enumerate(lines):
        firsts.setdefault(line.text, i)
    # A text that drops its full stops ends its sentences bare (…받았다): such a line is no headline.
    bare = shapes.unpunctuated([line.text for line in lines[first:at]])
    while at > first:
        line = lines[at - 1].text
        if shapes.signed(line):
            break  # the last paragraph, its byline glued to it
        if (
            is_closing(line, "close")
            or shapes.furniture(line)
            or shapes.names_outlet(line)
            or _printed_before(lines, at - 1, firsts)
        ):
            at -= 1
            continue
        # Other articles' headlines under this one: a run of short lines that are no sentences
        # (nor lines a row reads: a message's signer under it is no headline).
        run = next(
            (n for n in range(at - first) if not _headline(lines[at - 1 - n].text, bare=bare)),
            at - first,
        )
        if run < shapes.MIN_HEADLINES or _decks_over_stamp(lines, first, at, run):
            break
        at -= run
    return at


def _decks_over_stamp(lines: list[Line], first: int, at: int, run: int) -> bool:
    """Short lines from the headline down to a date stamp, no text over them (a page that prints
    no body: headline, decks, stamp, imprint): the headline's decks, no other articles'."""
    return at - run == first and at < len(lines) and _closing_kind(lines[at]) == "date"


def _printed_before(lines: list[Line], at: int, firsts: dict[str, int]) -> bool:
    """A long line the text printed before, with closing lines under it: a page's summary of its
    lead printed again among the credits under the text (a short line printed twice may be the
    text's own refrain; a text printed twice ends with its own last paragraph)."""
    text = lines[at].text
    return at < len(lines) - 1 and len(text) > _MIN_REPRINT and firsts[text] < at


def _headline(line: str, *, bare: bool) -> bool:
    # A script's marker (◀INT▶) and the caption under it (홍길동/가상시 주민) head a bite: no headlines;
    # nor is an issue's contents line with its page (… 새 청사 공개 – 14면).
    opens = layouts.match(line, "open")
    return (
        shapes.headline(line)
        and not (bare and shapes.bare_end(line))
        and not _ON_PAGE.search(line)
        and layouts.match(line, "line") is None
        and not (opens and opens.layout.kind == "speaker")
        and layouts.match(line, "after") is None
    )


# The longest line a page prints under its copyright notice when the text is over (furniture,
# rules, headlines): a longer one is the story going on.
_MAX_UNDER_NOTICE = 60
# A copyright notice that forbids reprinting (저작권자 © 가상신문 무단전재 및 재배포 금지, All rights
# reserved): the text is over; a mark alone (ⓒ 홍길동) may credit a photo among the paragraphs.
_NO_REPRINT = re.compile(r"무단\s*(?:전재|복제|배포|사용)|재배포|(?i:all\s+rights\s+reserved)")


def _ends_body(line: str) -> bool:
    return is_closing(line, "end") or shapes.furniture(line) == "end" or bool(_PAYWALL.search(line))


def _notice(line: str) -> bool:
    """A copyright notice that forbids reprinting, a line of its own."""
    if len(line) > _MAX_BOILERPLATE or not _NO_REPRINT.search(line):
        return False
    row = layouts.match(line, "close")
    return bool(row and row.layout.name.startswith(("copyright", "no-reprint")))


def is_closing(line: str, place: str) -> bool:
    """Does ``line`` match a layouts row of ``place`` (furniture: a copyright, a footer)? A long line
    only as a paper's imprint flattened onto it."""
    if len(line) > _MAX_BOILERPLATE:  # long: only a paper's imprint flattened on one line
        row = layouts.match(line, place) if _IMPRINT.match(line) else None
        return bool(row and row.layout.name.startswith("imprint-title"))
    return layouts.match(line, place) is not None


def _closing_kind(line: Line) -> str:
    row = layouts.match(line.text, "close")
    return "date" if row and row.layout.kind == "date" else "footer"
