"""What a line of an article is by its shape, where no row of :mod:`kornews.layouts` names it:
whether it ends as a Korean sentence ends, whether it is page furniture (a cue word, an outlet's
name and no sentence, an image link, a bulleted control, marks only, a code name), a bullet of the
head's metadata (• 홍길동 기자, • 댓글 0), a date line, a quotation standing alone, a byline glued to
the end of a sentence, one of a trailing list of other articles' headlines, a record's labelled
field, an equation of words, or an interview's answer marked as captions are.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import layouts, outlets
from .tables import table

# A line that ends as a sentence: 다. 요? 까! …했다” (an ellipsis ends none).
_SENTENCE_END = layouts.SENTENCE_END
_LETTER = re.compile(r"[가-힣A-Za-z]")
_EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")
# Anything besides an outlet's name and marks: a masthead has none (OSEN, [가상일보]).
_WORD = re.compile(r"[가-힣A-Za-z0-9@]")
# What a newscast's name adds to its broadcaster's: 가상방송 8 뉴스, [2020-01-01] 가상방송 9시 뉴스.
_NEWSCAST = re.compile(r"\s*(?:\[[\d.\-]{8,10}\]\s*)?(?:\d{1,2}\s*시?\s*)?(?:뉴스|NEWS|News)\s*")
# A daily's or a paper's name alone, bracketed or not: 가상일보, [가상신문] (no 생방송: a word), or
# a press's name in the words no section's label nor share button ends with (가상타임즈, 가상저널;
# not 뉴스, 경제, 방송 or 포스트: 지역뉴스, 생활경제 label sections, 네이버포스트 is a share button).
# Its logo's alt text too (가상동아 로고), or its name again in Latin letters (가상신문, GASANGNEWS).
_PAPER_NAME = re.compile(
    r"[\[<《〈]?\s*(?P<name>[가-힣]{1,8}(?:일보|신문|타임스|타임즈|저널|투데이|데일리|헤럴드))"
    r"\s*[\]>》〉]?(?:\s*[,/|]\s*[A-Z][A-Za-z ]{1,30})?"
    r"|(?P<logo>[가-힣A-Za-z0-9]{2,12})\s?로고"
)
# A line of marks and counts only (|, [, 0: a reaction's count; ?: a board's icon), or one or two
# Latin letters (an image's alt text: a).
_MARKS_ONLY = re.compile(r"[\d\s\[\]|()<>\-–—_=~.,:!?·•]+|[A-Za-z]{1,2}")
# A widget's word in Latin letters alone (Seoul, More), or a section's English label in brackets
# ([Editor's letter], [Interview]): no Korean article's line.
_LATIN_WORD = re.compile(r"[A-Z][a-z]{1,9}|\[\s*[A-Z][A-Za-z'’]*(?:\s[A-Za-z'’]+){0,3}\s*\]")
# ![headline](https://…), ![]() |
_IMAGE_LINK = re.compile(r"!\[")
# A page's own address alone on a line (a short URL to share it).
_ADDRESS = re.compile(r"https?://\S+")
# A portal's day stamp over its copy, no year: 07.10 (금).
_DAY_STAMP = re.compile(r"\d{1,2}\.\d{1,2}\.?\s*\([월화수목금토일]\)")
# A weather widget's reading for a city, now and at its high: • 15 15℃ 가상시; a reading alone: 26.8 C;
# a bulleted city with its sky word glued before it (words.tsv's sky), then the reading: • 구름많음가상시
# 8.4℃. Without a sky word (• 가상시 4.1℃) the line may be the story's own list.
_BARE_READING = re.compile(r"[•·]\s*[가-힣]{1,12}\s*-?\d{1,2}(?:\.\d)?\s*(?:℃|°C)")
_READING = (
    r"(?:•\s*)?(?:-?\d{1,2}℃?\s+)?-?\d{1,2}\s*℃\s*[가-힣]{1,5}|-?\d{1,2}(?:\.\d)?\s?(?:℃|°C|C)"
)


# What makes an outlet's name the start of a clause: a particle (and an aside in brackets before it).
_SUBJECT = re.compile(r"(?:\([^()]{1,20}\))?(?:은|는|이|가|을|를|의|에서|에|와|과|도|로|으로)\s")
# An image tag's attributes left as a line when the page was flattened: vspace="5" align="left">.
_TAG_ATTRIBUTES = re.compile(r'(?:[a-z][a-z-]*="[^"<>]*"\s*)+/?>?')
# A web server's error printed over the page (Warning: include(/path/x.php): failed to open stream:
# … in /path/y.php on line 20): no line of the article, however long.
_SERVER_ERROR = re.compile(
    r"(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error): .{1,600}? on line \d+"
)
# A page element's code name left in the text: bar_progress.
_CODE_NAME = re.compile(r"[a-z]+(?:_[A-Za-z0-9]+)+")
# An equation of words (가상(a)+리포터(b)=가상터(c)): a line of the body, no subtitle.
_FORMULA = re.compile(r"[^\s+=]+\s*\+\s*[^\s+=]+(?:\s*\+\s*[^\s+=]+)*\s*=\s*[^\s+=]+")
# A record's field printed from a form, its colon glued on both sides: 이름:홍길동(26), 주소:가상시.
_FIELD = re.compile(r"[가-힣]{1,4}(?: [가-힣]{1,4})?:[^\s:\"“'‘].{0,40}")
# An interviewer's question: - 소감부터., Q. 왜 …?, or any line that asks.
_QUESTION = re.compile(r"(?:[-–—]\s*|Q\s*[.:]?\s*|문\s*[.:]\s*)\S.*|.*\?[\"'”’)]*")
_ANSWER_MARK = re.compile(r"[▲△]")
# A list in the text: at least MIN_LISTED lines in a row, each led by one triangle and all different
# (▲가상부, 새 정책 발표…, ▲가상시, …); a photo's caption stands alone or printed twice.
_TRIANGLE_LED = re.compile(r"[▲△][^▲△]+")
MIN_LISTED = 3
# • 메일, • 작게: a short control behind a bullet; Latin words behind one (• Magazine Gasang).
_LEAD_BULLET = re.compile(r"^\s*•\s*")
_BULLETED = re.compile(r"•\s*(?:[^\d@•]{1,12}|[A-Za-z][A-Za-z ]{0,30})")
# A page's bullet of the head's metadata: • 홍길동 기자, • 승인 2018.02.22 10:00, • 댓글 0, • 조회수 12,
# a board's dash: - 조회 : 229.
_HEAD_BULLET = re.compile(
    rf"(?:•\s*|-\s+)(?:{layouts.NAME}{layouts.MORE_NAMES}\s*{layouts.TITLE}"
    r"|(?:승인|입력|수정|등록|업데이트)\s*[:：]?\s*\d[\d.\-/: ]*"
    r"|(?:댓글|조회수?)\s*[:：]?\s*[\d,]+)"
)
# The head's stamp bullet (• 승인 2018.02.22 10:00), and one word behind a bullet (• 가상21).
_STAMP_BULLET = re.compile(r"•\s*(?:승인|입력|수정|등록|업데이트)\s*[:：]?\s*\d[\d.\-/: ]*")
# The one word behind a byline's bullet, its writer's name after it (• 가상메시지 홍길동) or not; a
# name of three syllables (• 매거진 가상캠핑 is a magazine's two words).
_BULLET_WORD = re.compile(
    r"•\s*(?P<word>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:\s+(?P<name>[가-힣]{3}))?"
)
# LIFE STYLE > 문화, > 뉴스 > 사람 > 인터뷰: a breadcrumb of the site's sections.
_BREADCRUMB = re.compile(r"(?:>\s*)?[^>]{1,20}(?:\s>\s*[^>]{1,20})+")
_MAX_MASTHEAD = 60
# List items keep their marks; a headline of another article has none.
_LIST_MARK = re.compile(r"[▲△▶▷►◆◇■□●○•·\-–—*※0-9①-⑳]")
MAX_HEADLINE = 80
# Headlines of other articles stand in a run of at least this many lines.
MIN_HEADLINES = 3
_MAX_DATED = 60
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


# A speaker's mark in a broadcast script printed as one line: ⊙홍길동(가상당 의원): the words said
# run to the next ⊙ mark or the line's end (⊙앵커:, ⊙기자: name no one).
_TURN = re.compile(rf"⊙\s*(?P<speaker>{layouts.NAME})\s*\((?P<role>[^()⊙]{{1,30}})\)\s*[:：]\s*")
_TURN_END = re.compile(r"\s*(?:⊙|\n|$)")
# A caption with the words said inside a script's line: … [마크 헤일 / 미국 상무장관 : 지금은 …] …;
# or broken over a few short lines, as a broadcaster's page prints a bite ([홍길동 / 가상중 2학년 :
# / 열심히 … / …하겠습니다.]).
_BRACKET_TURN = re.compile(
    r"\[\s*(?P<speaker>[가-힣]{2,4}(?: [가-힣]{1,5})?)\s*/\s*(?P<role>[^\[\]/:：\n]{1,40}?)"
    r"\s*[:：]\s*(?P<said>[^\[\]\n]+?(?:\n[^\[\]\n]+?){0,3})\s*\]"
)
# A sound bite in braces, as some broadcasters print them: {홍길동/가상시 주민/"…"}, {상인/"…"} (a
# role and no name); one the page cuts off runs to the line's end.
_BRACE_TURN = re.compile(
    r'\{\s*(?:(?P<speaker>[가-힣]{2,4})\s*/\s*)?(?P<role>[^{}/\n"]{1,30}?)\s*/\s*"?'
    r'(?P<said>[^{}\n"]+)"?\s*(?:\}|$)',
    re.M,
)
# A line ends as a sentence's full stop (했다., 밝혔습니다.): a headline drops it.
_FULL_STOP = re.compile(r"[가-힣][.!?]$")
_STOPS = re.compile(r"[가-힣][.!?](?=\s|$)")


class Turn(NamedTuple):
    """A speaker's turn in a script: the name (at ``speaker_at``), the role in brackets, and the
    span of the words said."""

    speaker: str
    speaker_at: int
    role: str
    start: int
    end: int


# A photo's caption signed with a name alone after a slash: …하고 있다./홍길동.
# A last paragraph signed by the agency that wrote it: …132억원이다. 연합뉴스 (a scene going on,
# …하고 있다. 연합뉴스, is a photo's caption).
_AGENCY_SIGNED = re.compile(r"(?<!있)다\.\s*/?\s*(?:연합뉴스|뉴시스|뉴스1)\s*$")
_PHOTOGRAPHER = re.compile(rf"(?<=있다\.)\s*/\s*{layouts.SURNAMED}\s*$")
# A caption marked ▲ signs with the name alone: ▲ 시민들이 광장을 걷고 있다. 홍길동.
_MARKED_CAPTION = re.compile(rf"[▲△].+?있다\.(?P<name>\s+{layouts.SURNAMED})\s*$")


def is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


@cache
def _weather() -> re.Pattern:
    skies = sorted(
        (row.word for row in table("words.tsv") if row.role == "sky"), key=len, reverse=True
    )
    return re.compile(
        rf"{_READING}|[•·]\s*(?:{'|'.join(skies)})[가-힣]{{1,12}}\s*-?\d{{1,2}}(?:\.\d)?\s*(?:℃|°C)"
    )


def reading(line: str) -> bool:
    """A bulleted place and its temperature with no sky word (• 가상시 4.1℃): a weather widget's
    line over the headline, where no story lists anything; under it, the story's own list."""
    return bool(_BARE_READING.fullmatch(line))


def weather(line: str) -> bool:
    """A weather widget's reading (26.8 C, • 15 15℃ 가상시)."""
    return bool(_weather().fullmatch(line))


def furniture(line: str) -> str | None:
    """``end`` for furniture that ends the body (a list of other articles begins), ``furniture``
    for any other line of page furniture, else None."""
    role = layouts.furniture(line)
    if role and role != "label":  # a label is furniture only where the head says so
        return role
    if _IMAGE_LINK.match(line) or any(
        shape.fullmatch(line)
        for shape in (
            _MARKS_ONLY,
            _BULLETED,
            _CODE_NAME,
            _DAY_STAMP,
            _weather(),
            _ADDRESS,
            _LATIN_WORD,
            _TAG_ATTRIBUTES,
            _SERVER_ERROR,
        )
    ):
        return "furniture"
    if is_sentence(line) or len(line) > _MAX_MASTHEAD:
        return None
    if _BREADCRUMB.fullmatch(line) or masthead(line):
        return "furniture"
    return None


def head_bullet(line: str) -> bool:
    """A bullet of the head's metadata (• 홍길동 기자, • 승인 2018.02.22 10:00, • 댓글 0): a
    label with a name, a stamp or a count."""
    return bool(_HEAD_BULLET.fullmatch(line))


def bullet_word(line: str) -> str | None:
    """The one word behind a bullet (• 가상21, • 가상메시지 홍길동) that is no person's name, else
    None."""
    word = _bulleted(line)
    return word["word"] if word else None


def bullet_name(line: str) -> str | None:
    """The writer's name after the outlet's word behind a byline's bullet (• 가상메시지 홍길동)."""
    word = _bulleted(line)
    return word["name"] if word else None


def _bulleted(line: str) -> re.Match | None:
    """A byline's bullet and its word, with a person's name after it or none (a desk's name
    after it, • 가상주간 편집국, is no writer's)."""
    word = _BULLET_WORD.fullmatch(line)
    if not word or re.fullmatch(layouts.SURNAMED, word["word"]):
        return None
    row = layouts.match(word["name"], "head") if word["name"] else None
    named = not word["name"] or bool(row and row.layout.name == "reporter-name")
    return word if named else None


def byline_account(line: str, below: str) -> bool:
    """The byline's bullet over the stamp's holding one word and no person (• 가상21, then • 승인
    DATE: the outlet posting as itself), or the outlet's word and its writer's name (• 가상메시지
    홍길동)."""
    return bool(bullet_word(line) and _STAMP_BULLET.fullmatch(below))


def masthead(line: str) -> bool:
    """A line that is an outlet's name and no more: 가상일보, OSEN."""
    return masthead_name(line) is not None


def masthead_name(line: str) -> str | None:
    """The outlet a masthead line names: the table's name, or a daily's or paper's name the
    table lacks ([가상일보], 가상신문), bulleted too (• 가상신문: the paper's own account as a
    byline); None for any other line."""
    if len(line) > _MAX_MASTHEAD:
        return None
    line = _LEAD_BULLET.sub("", line)
    rest = outlets.without(line)
    if outlets.find(line) is not None and (not _WORD.search(rest) or _NEWSCAST.fullmatch(rest)):
        return outlets.find(line)
    bare = _PAPER_NAME.fullmatch(line.strip())
    return (bare["name"] or bare["logo"]) if bare else None


def names_outlet(line: str) -> bool:
    """A short line that begins or ends with an outlet's name and is no sentence: 가상일보 - 아침을
    여는 신문 (a line cut short that names one inside, …가상일보 독자들께 몇가지, is text)."""
    if len(line) > _MAX_MASTHEAD or is_sentence(line):
        return False
    bare = _EDGE_MARKS.sub("", line)
    name = outlets.find(bare)
    if name is not None and bare.startswith(name) and _SUBJECT.match(bare, len(name)):
        return False  # a clause about the outlet, cut short: 가상방송(사장 홍길동)은 7일 …
    return name is not None and (
        outlets.find(bare[: len(name) + 4]) is not None
        or outlets.find(bare[-len(name) - 4 :]) is not None
    )


def headline(line: str) -> bool:
    """Whether a line could be another article's headline: short, no sentence, no list mark, not
    a sentence broken across lines (a script's line ending in a comma: …비춰볼 때,)."""
    return (
        len(line) <= MAX_HEADLINE
        and not is_sentence(line)
        and not line.rstrip().endswith(",")
        and not _LIST_MARK.match(line)
        and bool(_LETTER.search(line))
    )


def dated(line: str) -> bool:
    """A short line that is no sentence and holds a date with its time: [가상방송] 2020-07-10 19:49."""
    found = layouts.DATED.search(line)
    return bool(found and found["H"]) and len(line) <= _MAX_DATED and not is_sentence(line)


def quotation(line: str) -> bool:
    """A short quotation standing alone: “원칙을 지켜 나가겠다”."""
    return bool(_QUOTED.fullmatch(line))


def tail_byline(line: str) -> int | None:
    """Where a byline glued to the end of ``line`` begins, else None (the whole line is no byline)."""
    found = _TAIL_BYLINE.search(line) or _PHOTOGRAPHER.search(line)
    marked = _MARKED_CAPTION.match(line)
    at = found.start() if found else marked.start("name") if marked else None
    return at or None


def turns(text: str) -> list[Turn]:
    """The turns of named speakers in ``text`` (⊙홍길동(가상당 의원): 왜 이런 일이 …?,
    [홍길동 / 가상시 주민 : 좋아요.] within a line, and a bite in braces, {홍길동/가상시 주민/"좋아요."};
    a bite with a role only, {상인/"…"}, has the role as its speaker and an empty role), in text
    order."""
    found = []
    for mark in _TURN.finditer(text):
        end = _TURN_END.search(text, mark.end()).start()
        if end > mark.end():
            found.append(
                Turn(mark["speaker"], mark.start("speaker"), mark["role"], mark.end(), end)
            )
    for mark in _BRACKET_TURN.finditer(text):
        found.append(Turn(mark["speaker"], mark.start("speaker"), mark["role"], *mark.span("said")))
    for mark in _BRACE_TURN.finditer(text):
        # A bite with a role and no name: the role speaks, and names no one (an empty role).
        named = mark["speaker"] is not None
        speaker, at = (
            (mark["speaker"], mark.start("speaker"))
            if named
            else (mark["role"], mark.start("role"))
        )
        found.append(Turn(speaker, at, mark["role"] if named else "", *mark.span("said")))
    return sorted(found, key=lambda turn: turn.start)


def full_stop(line: str) -> bool:
    """The line ends with a sentence's full stop, as a body's sentence does and a headline does not."""
    return bool(_FULL_STOP.search(line))


def sentences(line: str) -> int:
    """How many sentences of a body the line holds, by their full stops (a headline has none)."""
    return len(_STOPS.findall(line))


def signed(line: str) -> bool:
    """A sentence with its byline glued after it: …라며 웃었다. 안산=홍길동 기자 gildong@example.com."""
    at = tail_byline(line)
    return at is not None and is_sentence(line[:at].rstrip()) or agency_signed(line)


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


# A noun phrase closed by a full stop, as a photo's caption ends (… 학생들., … 입장하기 전.).
_SCENE_END = re.compile(r"[가-힣](?<![다요함음임죠까])\.$")


def listed(lines: list[str], at: int) -> bool:
    """Whether the line at ``at`` is one of a run of at least MIN_LISTED different lines, each led
    by one triangle: a list of points or briefs in the text, not photos' captions."""

    def led(i: int) -> bool:
        return 0 <= i < len(lines) and bool(_TRIANGLE_LED.fullmatch(lines[i]))

    if not led(at):
        return False
    first, last = at, at
    while led(first - 1):
        first -= 1
    while led(last + 1):
        last += 1
    return _a_list(lines[first : last + 1])


def listed_lines(lines: list[str]) -> set[int]:
    """The indices of the lines :func:`listed` holds for, each line read once (asked line by line,
    a list of thousands of points was walked once per point)."""
    found: set[int] = set()
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and _TRIANGLE_LED.fullmatch(lines[end]):
            end += 1
        if end > at and _a_list(lines[at:end]):
            found.update(range(at, end))
        at = max(end, at + 1)
    return found


def _a_list(run: list[str]) -> bool:
    """Whether a run of lines led by triangles is a list."""
    # Photos' captions name a scene and close it with a full stop (… 넣고 있는 학생.); a list's points
    # and briefs end without one or as sentences do (… 공개했다.).
    scenes = sum(bool(_SCENE_END.search(line)) for line in run)
    return len(run) >= MIN_LISTED and len(set(run)) == len(run) and scenes * 2 <= len(run)
