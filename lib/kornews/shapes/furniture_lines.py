"""Page furniture by its shape: a cue word, an outlet's name and no sentence (a masthead), an image
link, a bulleted control or the head's metadata bullet (• 홍길동 기자, • 댓글 0), marks only, a code
name, a weather widget's reading, a short dated line, another article's headline."""

from __future__ import annotations

import re
from functools import cache

from .. import layouts, outlets
from ..tables import table
from .endings import is_sentence

_LETTER = re.compile(r"[가-힣A-Za-z]")
_EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")
# Anything besides an outlet's name and marks: a masthead has none (OSEN, [가상일보]).
_WORD = re.compile(r"[가-힣A-Za-z0-9@]")
# What a newscast's name adds to its broadcaster's: 가상방송 8 뉴스, [2020-01-01] 가상방송 9시 뉴스.
_NEWSCAST = re.compile(r"\s*(?:\[[\d.\-]{8,10}\]\s*)?(?:\d{1,2}\s*시?\s*)?(?:뉴스|NEWS|News)\s*")
# A daily's or a paper's name alone, bracketed or not: 가상일보, [가상신문] (no 생방송: a word), or
# a press's name in the words no section's label nor share button ends with (가상타임즈, 가상저널;
# not 뉴스, 경제, 방송 or 포스트: 지역뉴스, 생활경제 label sections, 네이버포스트 is a share button).
# Its logo's alt text too (가상동아 로고), or its name again in Latin letters (가상신문, GASANGNEWS;
# 가상일보 GASANG ILBO), or its slogan after a dash or bar (가상일보 | 가상시의 아침: words, no sentence).
_PAPER_NAME = re.compile(
    r"[\[<《〈]?\s*(?P<name>[가-힣]{1,8}(?:일보|신문|타임스|타임즈|저널|투데이|데일리|헤럴드))"
    r"\s*[\]>》〉]?(?:\s*[,/|]\s*[A-Z][A-Za-z ]{1,30}|\s+[A-Z]{2,}(?:\s[A-Z]{2,}){0,3}|\s*[-–|]\s*[가-힣]{1,8}(?:\s[가-힣]{1,8}){0,4})?"
    r"|(?P<logo>[가-힣A-Za-z0-9]{2,12})\s?로고"
)
# A line of marks and counts only (|, [, 0: a reaction's count; ?: a board's icon; + -: type size), or one or two
# Latin letters (an image's alt text: a).
_MARKS_ONLY = re.compile(r"[\d\s\[\]|()<>\-–—_=+~.,:!?·•]+|[A-Za-z]{1,2}")
# A widget's word in Latin letters alone (Seoul, More), or a section's English label in brackets
# ([Editor's letter], [Interview]): no Korean article's line.
_LATIN_WORD = re.compile(r"[A-Z][a-z]{1,9}|\[\s*[A-Z][A-Za-z'’]*(?:\s[A-Za-z'’]+){0,3}\s*\]")
# A site's name and its home link, the masthead's line (가상재단 가상평론 Home).
_HOME_LINK = re.compile(r"[^.!?]{1,40}\s(?:Home|HOME)")
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
            _HOME_LINK,
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
