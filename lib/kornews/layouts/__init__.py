"""The Korean press's layouts as data: one row per form a line can take, read by one engine
in :mod:`kornews.article`. Adding an outlet means adding rows (and a fixture), not code.

Each row: ``name``, the part ``kind`` it yields, where it is looked for (``places``), the
``pattern`` (a regular expression; named groups ``outlet``, ``reporter``, ``email`` fill the
article's metadata, ``speaker`` and ``role`` say who speaks a broadcast script's lines) and an
invented ``example`` that the tests parse.

Places:
    head   a whole line between the title and the body (date, reporter, caption, subtitle);
    open   the start of a body line: the match is its own part, the rest stays a paragraph
           (datelines only on the body's first line; speaker markers on any line);
    line   a whole line anywhere in the body (captions, dates, a TV reporter's hand-over);
    close  a whole line of the closing run: the footer is the trailing run of such lines;
    end    a whole line that ends the body wherever it stands after the head, and is
           also a closing-run line (a signature with an e-mail: what follows is furniture);
    after  the whole rest of a line after a speaker marker (a caption naming who speaks).
Rows are tried in order; the first that matches wins.
"""

from .dates import (
    DATED,
    NAME_DATE,
    STAMPED,
    USER_DATE,
    date_in_name,
    english_date,
    iso_date,
    user_date,
)
from .furniture_cues import SENTENCE_END, Cue, cues, furniture
from .lookup import EMAIL_ADDRESS, PEOPLE_GROUPS, REPORTER, ROWS, SIGNED_NAME, Found, match
from .pieces import (
    BROADCASTER,
    COMPANY_MARK,
    COPYRIGHT_SIGN,
    DATE,
    EDITOR_OFFICE,
    EMAIL,
    ENGLISH_BYLINE,
    HANDED_TO,
    LABELLED_BYLINE,
    MORE_NAMES,
    NAME,
    PRESS,
    ROLE,
    SURNAMED,
    TITLE,
)
from .record import Layout

__all__ = [
    "BROADCASTER",
    "COMPANY_MARK",
    "COPYRIGHT_SIGN",
    "Cue",
    "DATE",
    "DATED",
    "EDITOR_OFFICE",
    "EMAIL",
    "EMAIL_ADDRESS",
    "ENGLISH_BYLINE",
    "HANDED_TO",
    "LABELLED_BYLINE",
    "Found",
    "Layout",
    "MORE_NAMES",
    "NAME",
    "NAME_DATE",
    "PEOPLE_GROUPS",
    "PRESS",
    "ROLE",
    "REPORTER",
    "ROWS",
    "SENTENCE_END",
    "SIGNED_NAME",
    "STAMPED",
    "SURNAMED",
    "TITLE",
    "USER_DATE",
    "cues",
    "date_in_name",
    "english_date",
    "furniture",
    "iso_date",
    "match",
    "user_date",
]
