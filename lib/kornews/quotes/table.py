"""The edge of the quotations: one row per quotation piece, a passage a page prints twice read
once, and the table :func:`kornews.quotes` gives."""

from __future__ import annotations

import pandas as pd

from ..schema import names, typed
from .found import Item
from .referents import Speaker

_REPEATED = 10  # letters: a quotation this long printed twice is one printing too many

QUOTE_COLUMNS = names("quotes")


def quote_table(rows: list[dict]) -> pd.DataFrame:
    """:func:`kornews.quotes`' table of ``rows`` (:func:`kornews.quotes.quote_rows`, of one
    article or many)."""
    return typed("quotes", {name: [row[name] for row in rows] for name in QUOTE_COLUMNS})


def printed_once(rows: list[dict]) -> list[dict]:
    """``rows`` (in text order) without a passage printed twice: a page that prints its lead twice
    (a teaser over the title, then the story) has each long quotation read once; a short one
    (네, 맞다) may well be said twice, and a later piece is said again only after a new one before
    it (…며 "이겨서 기쁘다"고 덧붙였다), or under another verb (“…”라며 흡족해했다, then “…”라면서 “…”고
    말했다: the lead's words repeated in the story's own chain). A page printing its body again,
    cut short, leaves the words without their verb, maybe cut too: no verb is no other verb."""
    seen, words_seen, kept, before = set(), set(), [], False
    for row in rows:
        key = (row["kind"], row["text"], row["verb"])
        cut = not row["verb"] and any(
            kind == key[0] and words.startswith(key[1]) for kind, words in words_seen
        )
        again = (key in seen or cut) and len(row["text"]) >= _REPEATED
        seen.add(key)
        words_seen.add(key[:2])
        if not (again and (row["piece"] == 1 or before)):
            kept.append(row)
        before = again
    return kept


def quote_row(item: Item, piece: int, verb: str | None, speaker: Speaker, text: str) -> dict:
    """The row of one piece of a quotation (``piece``: its place in the chain), said by
    ``speaker`` and reported by ``verb``."""
    # A page that prints its marks escaped (\"…\") leaves the closing mark's backslash inside.
    end = len(text[item.start : item.end].rstrip("\\")) + item.start
    return {
        "text": text[item.start : end],
        "kind": item.kind,
        "verb": verb,
        "speaker": speaker.speaker,
        "title": speaker.title,
        "organisation": speaker.organisation,
        "attribution": speaker.attribution,
        "anonymous": speaker.anonymous,
        "carried": speaker.carried,
        "piece": piece,
        "section": item.section,
        "paragraph": item.paragraph,
        "sentence": item.sentence,
        "start": item.start,
        "end": end,
    }
