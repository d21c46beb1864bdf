"""News pages saved from a browser: the article's text and metadata, read with trafilatura.

trafilatura keeps the main text and drops the site's furniture (navigation, share buttons,
comments, related links); its metadata gives the title, author, site name and date
(``og:title``, ``article:published_time``, ...). Nothing is fetched: the page is the input,
and no URL is passed, so neither trafilatura nor htmldate goes to the network.
"""

from __future__ import annotations

import re

from .layouts import REPORTER

HTML_SUFFIXES = (".html", ".htm")
# A page, not a text that happens to hold an angle bracket (the seed's <name 기자> signature).
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
# A tag, a closing tag, a comment or a doctype: markup. <홍길동 기자> is a signature, not a tag.
_MARKUP = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|!--|!doctype\s)", re.IGNORECASE)
# htmldate gives midnight when the page states a day only.
_DATE_FORMAT = "%Y-%m-%dT%H:%M"
# A character reference to what XML cannot hold (controls, surrogates, U+FFFE/FFFF, beyond
# U+10FFFF) makes lxml drop the whole page; such a raw control character too.
_REFERENCE = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));?")
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_REPLACEMENT = "\ufffd"
# An article holds at least one line of prose this long; a menu, a form or a list of links does not.
MIN_PARAGRAPH = 25


def is_html(text: str) -> bool:
    """True when ``text`` is an HTML page (it opens with a doctype or an ``<html>`` tag)."""
    return bool(_HTML_START.match(text[:4096]))


def has_markup(text: str) -> bool:
    """True when ``text`` holds an HTML tag, comment or doctype (a .html file of plain text,
    signed ``<홍길동 기자>``, does not)."""
    return bool(_MARKUP.search(text))


def _xml_safe(html: str) -> str:
    """``html`` with each character XML cannot hold, raw or referenced, as U+FFFD (as HTML
    itself reads a reference to nothing), so that one such character costs one character."""

    def checked(reference: re.Match) -> str:
        code = int(reference[1], 16) if reference[1] else int(reference[2])
        return reference[0] if _xml_char(code) else _REPLACEMENT

    return _RAW_CONTROL.sub(_REPLACEMENT, _REFERENCE.sub(checked, html))


def _xml_char(code: int) -> bool:
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def page_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The page's article as text (title first, one paragraph a line) and its metadata
    (``reporter``, ``outlet``, ``date``). Empty text when the page holds no article: nothing
    trafilatura keeps, or no line of :data:`MIN_PARAGRAPH` characters (a menu, a login form)."""
    from trafilatura import bare_extraction  # loaded only when a page is read

    document = bare_extraction(
        _xml_safe(html),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params={
            "outputformat": _DATE_FORMAT,
            "original_date": True,
            "extensive_search": False,
        },
    )
    lines = (document.text or "").splitlines() if document is not None else []
    if not any(len(line.strip()) >= MIN_PARAGRAPH for line in lines):
        return "", {}
    text, title = document.text, (document.title or "").strip()
    if title and text.lstrip().split("\n", 1)[0].strip() != title:
        text = f"{title}\n{text}"
    date = document.date.removesuffix("T00:00") if document.date else None
    return text, {"reporter": _name(document.author), "outlet": document.sitename, "date": date}


def _name(author: str | None) -> str | None:
    """The first reporter's name from an author field (``홍길동 기자; 김철수 기자`` -> 홍길동)."""
    if not author:
        return None
    first = re.split(r"[;,|]", author)[0].strip()
    found = REPORTER.search(first)
    return found["reporter"] if found else first or None
