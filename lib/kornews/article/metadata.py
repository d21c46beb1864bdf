"""What the metadata parts name: outlets, reporters, e-mails and dates, read again from the rows
that made them; the outlets at the domains of the addresses."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import layouts, outlets, shapes
from .fields import fields
from .records import Part

# A link to a reporter's other articles: 홍길동 기자의 다른기사 보기.
_MORE_BY = re.compile(rf"(?P<reporter>{layouts.NAME})\s*{layouts.TITLE}의?\s*다른\s?기사")
# Where the rows that made each kind of metadata part are looked for again, to read their groups.
_METADATA_PLACES = {
    "dateline": ("open",),
    "reporter": ("head", "line", "close"),
    "date": ("head", "line", "close"),
    "footer": ("close",),
}


def _metadata(parts: list[Part] | tuple[Part, ...]) -> dict[str, list[str]]:
    """Outlets, reporters, e-mails and dates the metadata parts name, each in text order, once;
    the e-mails of lines that name a reporter first, the outlets a copyright names first (a
    dateline or a photo's credit may name an agency or a rubric: (서울=가상통신), [카드뉴스])."""
    found: dict[str, list[str]] = {"outlets": [], "reporters": [], "emails": [], "dates": []}
    signed: list[str] = []
    held: list[str] = []
    late: list[str | None] = []
    # Page furniture over the title (a menu, a newscast's box with its anchors) signs no one.
    title_at = next((i for i, part in enumerate(parts) if part.kind == "title"), 0)
    # A clock beside a weather reading over the text is a site's header widget: the reader's
    # time, no article's date.
    lead_at = next((i for i, part in enumerate(parts) if part.kind in ("title", "paragraph")), 0)
    widget = any(shapes.weather(part.text) for part in parts[:lead_at])
    menu = _menu_words(parts)
    for at, part in enumerate(parts):
        named = _with_fields(part, _named(part, over_title=at < title_at))
        if at in menu:
            named["reporters"] = []
        if widget and at < lead_at:
            named["dates"] = []
        if part.kind == "footer" and at < title_at:
            named["reporters"], named["emails"] = [], []
        if at < title_at:  # a page's clock over the title: the article's own date comes first
            late += named["dates"]
            named["dates"] = []
        for key, values in found.items():
            for value in filter(None, named[key]):
                if value.strip() and value.strip() not in values:
                    values.append(value.strip())
        signed += named["signed"]
        held += named["held"]
    found["dates"] += [date for date in late if date and date not in found["dates"]]
    found["dates"] = found["dates"] or _caption_dates(parts) or _split_dates(parts)
    found["emails"].sort(key=lambda email: email not in signed)
    # 가상일보 of a masthead is the 가상일보사 of the copyright: held too, and first in text order.
    found["outlets"].sort(key=lambda name: not any(name in holder for holder in held))
    return found


# A photo agency's caption closes with the day it was taken: … 동참하고 있다. 2018.2.25.
_CAPTION_DATE = re.compile(r"(?<=[.!?])\s+(?P<y>\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?$")


def _caption_dates(parts: list[Part] | tuple[Part, ...]) -> list[str]:
    """The day a photo's caption (standing as the title, or as a caption) closes with, where no
    line of metadata dates the article."""
    found = (_CAPTION_DATE.search(part.text) for part in parts if part.kind in ("title", "caption"))
    return [date for date in (layouts.iso_date(match) for match in found if match) if date][:1]


# A board's date box over two lines: the year and month, then the day alone (2020.06, then 18).
_SPLIT_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[.-]\s?(?P<m>\d{1,2})\n(?P<d>\d{1,2})")


def _split_dates(parts: list[Part] | tuple[Part, ...]) -> list[str]:
    """The day a date box over the text prints over two lines (no line of metadata dates it)."""
    lead_at = next((i for i, part in enumerate(parts) if part.kind == "paragraph"), len(parts))
    found = (
        _SPLIT_DATE.fullmatch(f"{above.text.strip()}\n{part.text.strip()}")
        for above, part in zip(parts[:lead_at], parts[1:lead_at])
    )
    return [date for date in (layouts.iso_date(match) for match in found if match) if date][:1]


def _menu_words(parts: list[Part] | tuple[Part, ...]) -> set[int]:
    """Where the page's furniture after the text (a banner, a box of links) is followed by a word
    alone that reads as a name (사회, 기획: a menu's sections): such words sign no one."""
    found: set[int] = set()
    texted = furnished = False
    for at, part in enumerate(parts):
        texted = texted or part.kind == "paragraph"
        if part.kind != "footer" or not texted:
            continue
        if furnished and re.fullmatch(layouts.SURNAMED, part.text.strip()):
            found.add(at)
        furnished = furnished or bool(shapes.furniture(part.text))
    return found


def _named(part: Part, *, over_title: bool = False) -> dict[str, list[str]]:
    """What one part names: outlets, reporters, e-mails (signed: those beside a reporter), dates.
    Furniture over the title is read by the head's rows too (a site's logo or slogan names it)."""
    named: dict[str, list] = {
        "outlets": [],
        "reporters": [],
        "emails": [],
        "dates": [],
        "signed": [],
        "held": [],
    }
    if part.kind == "footer" and shapes.furniture(part.text):
        # A control names no one but the reporter whose other articles it links (홍길동 기자의
        # 다른기사 보기); a masthead, its outlet.
        named["outlets"] = [shapes.masthead_name(part.text)]
        named["reporters"] = [found["reporter"] for found in _MORE_BY.finditer(part.text)]
        return named
    places = _METADATA_PLACES.get(part.kind, ())
    if over_title and part.kind == "footer":
        places += ("head",)
    row = next(filter(None, (layouts.match(part.text, place) for place in places)), None)
    if not places or row is None and part.kind not in ("reporter", "date"):
        return named
    groups = row.match.groupdict() if row else {}
    # A photo's credit names its agency; a byline's newsroom, the writer's employer.
    if not (row and (row.layout.kind == "caption" or "employer" in groups)):
        named["outlets"] = [_outlet(part, row)]
        named["held"] = _held(row, named["outlets"])
    named["dates"] = _dates(part, row)
    people = part.kind == "reporter" or any(name in groups for name in layouts.PEOPLE_GROUPS)
    if people and not shapes.masthead(part.text):
        names = [match["reporter"] for match in layouts.REPORTER.finditer(part.text)]
        signed_name = layouts.SIGNED_NAME.fullmatch(part.text) if part.kind == "reporter" else None
        names += [signed_name["reporter"]] if signed_name else []
        bulleted = shapes.bullet_name(part.text) if part.kind == "reporter" else None
        names += [bulleted] if bulleted else []
        named["reporters"] = [groups.get("reporter"), *names]
        named["emails"] = layouts.EMAIL_ADDRESS.findall(part.text)
        named["signed"] = named["emails"] if names or groups.get("reporter") else []
    return named


def _with_fields(part: Part, named: dict[str, list]) -> dict[str, list]:
    """What a head line names, with what its fields name besides, each read by its row, where no
    row reads the whole line (가상신문 홍길동 기자 | 2020.07.10 14:31: the outlet and reporter too)."""
    if part.kind not in ("reporter", "date") or any(
        layouts.match(part.text, place) for place in _METADATA_PLACES[part.kind]
    ):
        return named
    for field in fields(part.text):
        for key, values in _named(replace(part, kind=field.kind, text=field.text)).items():
            named[key] = [*named[key], *values]
    return named


def _outlet(part: Part, row: layouts.Found | None) -> str | None:
    """The outlet a metadata part names: the table's, its row's, or the one word in a byline's
    bullet that no row reads (• 가상21: the outlet posting as itself)."""
    if row:
        return outlets.find(part.text) or row.match.groupdict().get("outlet")
    return outlets.find(part.text) or (
        shapes.bullet_word(part.text) if part.kind == "reporter" else None
    )


def _dates(part: Part, row: layouts.Found | None) -> list[str | None]:
    """The date a metadata part gives: its row's, a date in a date or byline line (a board's in
    English too: posted Nov 13, 2009), a stamped one in any other (입력 2020-07-10)."""
    # A date row's match, or a byline row's that holds the date (2020년 7월 <홍길동 기자>); not a
    # date row in English (On January 07, 2015), read below; a desk's row with no date (가상주간
    # 편집국) gives none.
    own = row and row.match.groupdict().get("y") is not None
    dated = row.match if own else layouts.DATED.search(part.text)
    if part.kind not in ("date", "reporter", "dateline"):
        dated = layouts.STAMPED.search(part.text)
    if dated:
        return [layouts.iso_date(dated)]
    return [layouts.english_date(part.text)] if part.kind in ("date", "reporter") else []


def _held(row: layouts.Found | None, names: list[str | None]) -> list[str]:
    """The outlets a copyright's row names: a press's name, not a slogan (국내유일의 …)."""
    if not (row and row.layout.name.startswith("copyright")):
        return []
    return [
        name.strip()
        for name in names
        if name and (outlets.find(name) or re.fullmatch(layouts.PRESS, name.strip()))
    ]


def _affiliate_of(name: str, names: list[str]) -> bool:
    """Whether another outlet of ``names`` is ``name``'s affiliate (its name holds ``name``)."""
    return any(other != name and name in other and outlets.find(other) == other for other in names)


def _outlets_by_address(parts: list[Part], emails: list[str]) -> list[str]:
    """The outlets at whose domains the reporters' addresses, then the page's, are."""
    addresses = emails + [
        email
        for part in parts
        if part.kind not in ("paragraph", "title", "subtitle", "heading")
        for email in layouts.EMAIL_ADDRESS.findall(part.text)
    ]
    return list(dict.fromkeys(filter(None, map(outlets.by_address, addresses))))


def _people(names: list[str], parts: list[Part]) -> list[str]:
    """The names that may be people's: none the body writes as a place, with 에서 after it (a lake's
    name, 가상호, cut alone at an excerpt's end, reads as a name signing; a person is 에게서)."""
    body = " ".join(part.text for part in parts if part.kind == "paragraph")
    return [name for name in names if f"{name}에서" not in body]
