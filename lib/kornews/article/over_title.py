"""The furniture over an article's title: share buttons, a masthead, a breadcrumb, a date, a
newscast's box, a photo's credit, a labelled byline, a site's menu over a headline printed twice.
Read by the head (article/head.py) before it looks for the title."""

from __future__ import annotations

import re
from functools import cache

from .. import layouts, shapes
from .records import Line

# A sentence in the formal polite style with its full stop (…축하드립니다., …있었습니다.): a site's
# slogan goes on in one; in the head, with another sentence under it, a letter's or a note's first
# line (a headline so worded has its byline under it).
POLITE_STOP = re.compile(r"니다\.$")
# A site's menu over a headline printed twice: this many short lines at least, at most.
_MIN_MENU = 3
_MAX_MENU = 80
_MAX_MENU_ITEM = 40
# A site's service links, one a line (신문사소개, 광고안내, 구독신청: layout_cues' menu rows): this many
# in a row make a menu, whatever stands over it.
_MIN_SERVICES = 3

# A form's fields under its title field, over the headline printed again (보내는분 이메일, 받는분 이메일).
_MAX_FORM_FIELDS = 3
# A newscast's box: the days it airs, spaced out (평    일), and the anchors' names under them.
_BULLET = re.compile(r"^\s*•?\s*")
_DAY_LABEL = re.compile(r"평\s*일|주\s*말|토\s*요\s*일|일\s*요\s*일|월\s*[~-]\s*금")
_NAMES = re.compile(rf"{layouts.NAME}(?:\s*[,·]\s*{layouts.NAME})*")

# A site's section path over the headline: short words joined by slashes (생활/문화, 정치/사회/국제;
# the menu's label glued before them: 뉴스와 보도국제/분쟁) or by angle marks (사회>사회일반).
_SECTION_PATH = re.compile(
    r"(?:[가-힣]{1,4}\s)?[가-힣]{1,4}(?:/[가-힣]{1,4}){1,3}|[가-힣·]{1,6}(?:\s?>\s?[가-힣·]{1,8}){1,3}"
)
# A photo's credit in brackets at a caption's end: (사진=가상군), (사진 제공=가상시).
_BRACKETED_CREDIT = re.compile(r"\(\s*사진\s*(?:제공)?\s*[=:]\s*[^()]{1,20}\)$")

# A byline led by a label no headline has: By JANE DOE, 기자명 가상신문.
_LABELLED = (re.compile(layouts.ENGLISH_BYLINE), re.compile(layouts.LABELLED_BYLINE))
_BULLET = re.compile(r"^\s*[•·]\s*")


# A photo's credit alone on the first lines names no headline: the photo's, over the text.
_CREDITS = ("caption-photo-credit", "caption-credit-alone")


def leading_furniture(lines: list[Line]) -> list[str]:
    """The kinds of the lines over the title: page furniture (share buttons, a masthead, a
    breadcrumb, a date, a newscast's box), a masthead a head row reads (가상시보 제100호 시정, with
    its issue number), a labelled byline (By JANE DOE, 기자명 가상신문: no headline reads so)."""
    kinds: list[str] = []
    above = None  # the head's row of the line above
    named: set[str] = set()  # the outlets and boards the rows over the line named
    while len(kinds) < len(lines) - 1:
        text = lines[len(kinds)].text
        row = layouts.match(text, "head")
        # (bulleted too: • 기자명 가상대신문, a CMS's field list over the headline)
        if any(byline.fullmatch(_BULLET.sub("", text, count=1)) for byline in _LABELLED):
            kinds.append("reporter")
            above = row
            continue
        # A board's label (제목) under other furniture; a text may stand under the word.
        label = bool(kinds) and layouts.furniture(text) == "label"
        # A bulleted field of the head (• 입력 DATE) or a page's clock over the headline.
        field = (
            shapes.head_bullet(text)
            or shapes.dated(text)
            or shapes.reading(text)
            or bool(row and row.layout.name == "reporter-desk")  # a board's name: 가상뉴스 편집실
            # an issue's date (2024년 4월 24일), a post's stamp (Posted on 2024. 04. 24.)
            or bool(
                row
                and row.layout.name
                in ("date-bare", "date-posted", "date-english", "date-stamp-outlet")
            )  # and a stamp with its press after it (발행일: 2020/07/10 가상동포신문)
            or bool(row and row.layout.name in _CREDITS)  # a photo's credit alone: <사진=가상시>
            or bool(row and row.layout.name == "promo")  # a link: 가상일보 네이버 구독하기
        )
        if not (
            shapes.furniture(text)
            or label
            or field
            or _masthead_row(row)
            or _by_what_stands_around(lines, len(kinds), row)
            or _slogan_goes_on(text, above)
            or " ".join(text.split()) in named
        ):
            break
        above = row
        named |= _names(row)
        kinds.append(_leading_kind(row, bullet=shapes.head_bullet(text), dated=shapes.dated(text)))
    return kinds


def _by_what_stands_around(lines: list[Line], at: int, row: layouts.Found | None) -> bool:
    """Furniture by the lines around it: a newscast's box, a section path (or its label over it),
    a photo's caption over the headline, a form's title field over the headline printed again."""
    return bool(
        _schedule(lines, at)
        or _SECTION_PATH.fullmatch(lines[at].text)
        or _section_over_path(lines, at)
        or _caption_over_headline(lines, at, row)
        or _form_title(lines, at)
    )


def _caption_over_headline(lines: list[Line], at: int, row: layouts.Found | None) -> bool:
    """A photo's caption marked ▲ and credited in brackets (▲ 일손돕기 (사진=가상군); ``row`` the
    head's row that reads it) over a headline's line (short, no sentence) that the text follows:
    the photo's, not the title."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    text = lines[at + 2].text if at + 2 < len(lines) else ""
    return bool(
        row
        and row.layout.name == "caption-triangle"
        and _BRACKETED_CREDIT.search(lines[at].text)
        and shapes.headline(below)
        and not layouts.match(below, "head")
        and shapes.is_sentence(text)
    )


@cache
def _labels() -> tuple[str, ...]:
    """The label cues (layout_cues.tsv's ``label`` rows), read once, not per line."""
    return tuple(cue.cue for cue in layouts.cues() if cue.role == "label")


def _form_title(lines: list[Line], at: int) -> bool:
    """A form's field of the title over the page (a send-by-mail form: 기사제목 가상시 새 청사 공개, then
    the sender's and recipient's fields), the headline printed again under the form: furniture."""
    text = lines[at].text
    label = next((cue for cue in _labels() if text.startswith(cue + " ")), None)
    title = " ".join(text[len(label) :].split()) if label else ""
    below = lines[at + 1 : at + 2 + _MAX_FORM_FIELDS]
    return bool(title) and any(" ".join(line.text.split()) == title for line in below)


def _section_over_path(lines: list[Line], at: int) -> bool:
    """A section's label over the breadcrumb that ends in it (문화. 생활, then Home>가상월간>문화.
    생활): the page's furniture, no headline."""
    text = lines[at].text.strip()
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return bool(
        text and ">" in below and below.rstrip().endswith(">" + text) and shapes.furniture(below)
    )


def _slogan_goes_on(line: str, above: layouts.Found | None) -> bool:
    """A site's slogan over the headline (가상MBC는 … 창조하고; ``above`` the head's row of the line
    over ``line``) goes on in a line that ends as a polite sentence (… 제시하려 합니다.)."""
    return bool(above and above.layout.name == "site-slogan" and POLITE_STOP.search(line))


def _names(row: layouts.Found | None) -> set[str]:
    """The outlet or the board a head row names (a browser's title: 가상시 새 청사 공개 - 가상뉴스,
    … > 지역소식 | local), its spaces made single: printed alone under it, the masthead or the
    board's name."""
    groups = row.match.groupdict() if row else {}
    return {" ".join(groups[key].split()) for key in ("outlet", "board") if groups.get(key)}


def _leading_kind(row: layouts.Found | None, *, bullet: bool, dated: bool) -> str:
    """A line over the title is a reporter where it is a head's byline (• 홍길동 기자, a date and a
    byline), a date where a date row reads it or it holds a date and a time, else furniture."""
    kind = row.layout.kind if row else "footer"
    if kind == "reporter" and (bullet or dated):
        return kind
    return "date" if kind == "date" or dated else "footer"


def _schedule(lines: list[Line], at: int) -> bool:
    """A newscast's box over the headline: a day label (• 평    일, • 주말) or the anchors' names
    under one."""
    text = _BULLET.sub("", lines[at].text)
    if _DAY_LABEL.fullmatch(text):
        return True
    above = _BULLET.sub("", lines[at - 1].text) if at else ""
    return bool(_DAY_LABEL.fullmatch(above) and _NAMES.fullmatch(text))


def _masthead_row(row: layouts.Found | None) -> bool:
    """A head row's furniture that names the outlet (a masthead), the issue (its label, number) or
    the board (a browser's title)."""
    return bool(
        row
        and row.layout.kind == "footer"
        and (
            "outlet" in row.match.groupdict()
            or row.layout.name.startswith(("issue-", "browser-title"))
        )
    )


def menu(lines: list[Line], start: int) -> list[str]:
    """The kinds of a site's menu over a headline printed twice in a row (a broadcaster's replay
    page; a status bar's label between the two: 상태바): short lines, none a sentence, at least
    _MIN_MENU of them; none where no such headline follows, nor where the first line printed twice
    has fewer over it (the headline itself, with a photo's caption printed twice further down). Short lines over a section path with angle
    marks (뉴스 > 사회) are a menu too, the path with them."""
    for at in range(start, min(len(lines) - 1, start + _MAX_MENU)):
        text = lines[at].text
        if len(text) > _MAX_MENU_ITEM or shapes.is_sentence(text):
            return []
        if at > start and ">" in text and _SECTION_PATH.fullmatch(text.strip()):
            # the menu's links over the section path (커뮤니티, 행사알림, then 뉴스 > 사회)
            return [_menu_kind(line.text) for line in lines[start : at + 1]]
        if " ".join(text.split()) == _next_unfurnished(lines, at):
            if at - start < _MIN_MENU or not shapes.headline(text):
                return []
            return [_menu_kind(line.text) for line in lines[start:at]]
    return []


def service_menu(lines: list[Line], start: int) -> list[str]:
    """The kinds of the lines from ``start`` down to a run of a site's service links over the
    headline (an old board engine's page: section bars, an edit stamp, a column's name, then
    신문사소개, 광고안내, 구독신청 … one a line), none of them a sentence: all furniture, and the lines
    right under the run that repeat one over it (the column's name printed again). None where no
    such run stands before the first sentence."""
    run = at = 0
    for at in range(start, min(len(lines) - 1, start + _MAX_MENU)):
        text = lines[at].text
        role = layouts.furniture(text)
        if role == "menu":
            run += 1
        elif role and run:  # other furniture among the links (기사제보) goes on with the run
            continue
        elif run >= _MIN_SERVICES or shapes.is_sentence(text):
            break
        else:
            run = 0
    if run < _MIN_SERVICES:
        return []
    seen = {" ".join(line.text.split()) for line in lines[start:at]}
    while at < len(lines) - 1 and " ".join(lines[at].text.split()) in seen:
        at += 1
    return [_menu_kind(line.text) for line in lines[start:at]]


def _next_unfurnished(lines: list[Line], at: int) -> str:
    """The first line under ``at`` that is no page furniture, its spaces made single."""
    return next(
        (
            " ".join(line.text.split())
            for line in lines[at + 1 :]
            if not shapes.furniture(line.text)
        ),
        "",
    )


def _menu_kind(line: str) -> str:
    row = layouts.match(line, "head")
    return "date" if row and row.layout.kind == "date" else "footer"
