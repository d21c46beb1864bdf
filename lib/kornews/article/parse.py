"""The engine: normalised text to head, body and tail parts, and the article's metadata."""

from __future__ import annotations

from .body import _body, _outlet_tag
from .encoding import _SURROGATE, normalise
from .glued import _title_lines
from .head import _head
from .metadata import _affiliate_of, _metadata, _outlets_by_address, _people
from .records import Article, ArticleError, Part, _lines, _part
from .tail import _closing_kind, _closing_run, _footer_start, _unglued
from .unsigned import (
    _credited_in_caption,
    _handed_to,
    _outlets_in_glued_notice,
    _outlets_named,
    _outlets_named_first,
    _outlets_of_headline,
    _outlets_of_issue,
    _outlets_of_our_paper,
    _outlets_of_own_issue,
    _outlets_of_pages,
    _outlets_of_photos,
    _station_of_script,
    _writer_in_photo,
    _writer_of_message,
)


def _all(first: str | None, found: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([first, *found] if first else found))


# Where no line (nor an address) names the outlet, what may, in this order: the outlet its text
# names as itself; the name it gives itself first in a congratulation, a founding address or a
# note on its edition; the paper a guest writes in the pages of; the magazine whose print issue it
# sends its readers to; the headline's paper, when the body says 본보; a copyright notice glued
# inside a longer line; the holder of its own photos; the magazine named with the issue its credits
# print; a script's station speaking of itself in the anchor's lead; the press the headline names,
# named in the body too.
_UNSIGNED = (
    _outlets_named,
    _outlets_named_first,
    _outlets_of_pages,
    _outlets_of_own_issue,
    _outlets_of_our_paper,
    _outlets_in_glued_notice,
    _outlets_of_photos,
    _outlets_of_issue,
    _station_of_script,
    _outlets_of_headline,
)


def _unsigned_outlet(parts: list[Part]) -> list[str]:
    return next(filter(None, (outlets_of(parts) for outlets_of in _UNSIGNED)), [])


def parse_article(text: str, *, name: str = "<text>", metadata: dict | None = None) -> Article:
    """Parse already-decoded text (it is normalised first).

    ``metadata`` (keys ``reporter``, ``outlet``, ``date``: an HTML page's) fills in what the
    text itself does not say.
    """
    surrogate = _SURROGATE.search(text)
    if surrogate:  # only a str made in Python can hold one; Kiwi and every writer refuse it
        raise ArticleError(
            f"{name}: is not valid Unicode text (a lone surrogate, U+{ord(surrogate.group()):04X}, "
            f"at character {surrogate.start()})"
        )
    text = normalise(text)
    if not text:
        raise ArticleError(f"{name}: is empty")
    lines = _unglued(_lines(text))
    # The head stops where the closing run begins: under a photo's caption, a copyright; a
    # list of other articles' headlines is no run of subtitles.
    head_end = _closing_run(lines, 1, len(lines))
    # A stamp that opens the closing run still closes the head: a page that prints no body
    # (headline, deck, stamp, imprint) keeps its deck.
    stamped = head_end < len(lines) and _closing_kind(lines[head_end]) == "date"
    body_at, parts = _head(lines[:head_end], stamped=stamped)
    footer_at = _footer_start(lines, body_at)
    parts += _body(lines[body_at:footer_at], again=_title_lines(lines[:body_at], parts))
    parts += [_part(_closing_kind(line), line) for line in lines[footer_at:]]
    found = _metadata(parts)
    # An affiliate over its network: a sign-off names MBC, the copyright 가상MBC (both outlets of
    # the table; 가상일보사 is no other outlet than 가상일보).
    found["outlets"] = [
        name for name in found["outlets"] if not _affiliate_of(name, found["outlets"])
    ]
    parts = _outlet_tag(parts, found["outlets"])
    found["reporters"] = _people(found["reporters"], parts)
    if not found["outlets"]:  # named by no line: the reporters' (or the page's) addresses may
        found["outlets"] = _outlets_by_address(parts, found["emails"]) or _unsigned_outlet(parts)
    if not found["reporters"]:  # a script may name its reporter only in the anchor's hand-off
        found["reporters"] = _handed_to(parts)
    if not found["reporters"]:  # nor a hand-off: a column's writer captioned under his photo
        found["reporters"] = _writer_in_photo(parts)
    if not found["reporters"]:  # nor so: a message's writer on his line under its headline
        found["reporters"] = _writer_of_message(parts)
    if not found["reporters"]:  # nor so: a photo page's caption credited at its end
        found["reporters"] = _credited_in_caption(parts)
    fields = {
        key: (found[key + "s"] or [None])[0] for key in ("outlet", "reporter", "email", "date")
    }
    fields.update(
        {key: value for key, value in (metadata or {}).items() if value and not fields.get(key)}
    )
    return Article(
        name=name,
        text=text,
        parts=tuple(parts),
        reporters=_all(fields["reporter"], found["reporters"]),
        emails=_all(fields["email"], found["emails"]),
        **fields,
    )
