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
# htmldate gives midnight when the page states a day only.
_DATE_FORMAT = "%Y-%m-%dT%H:%M"


def is_html(text: str) -> bool:
    """True when ``text`` is an HTML page (it opens with a doctype or an ``<html>`` tag)."""
    return bool(_HTML_START.match(text[:4096]))


def page_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The page's article as text (title first, one paragraph a line) and its metadata
    (``reporter``, ``outlet``, ``date``). Empty text when the page holds no article."""
    from trafilatura import bare_extraction  # loaded only when a page is read

    document = bare_extraction(
        html,
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
    if document is None or not (document.text or "").strip():
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
