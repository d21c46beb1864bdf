"""What a line of an article is by its shape, where no row of :mod:`kornews.layouts` names it:
whether it ends as a Korean sentence ends, whether it is page furniture (a cue word, an outlet's
name and no sentence, an image link, a bulleted control, marks only, a code name), a bullet of the
head's metadata (• 홍길동 기자, • 댓글 0), a date line, a quotation standing alone, a byline glued to
the end of a sentence, one of a trailing list of other articles' headlines, a record's labelled
field, an equation of words, or an interview's answer marked as captions are.

Each family in a module of its own: how a line ends (:mod:`.endings`), a script's turns
(:mod:`.script_turns`), a list led by triangles (:mod:`.lists`), page furniture
(:mod:`.furniture_lines`).
"""

from .endings import (
    agency_signed,
    answer,
    bare_end,
    field,
    formula,
    full_stop,
    is_sentence,
    quotation,
    sentences,
    signed,
    tail_byline,
    tail_credit,
    unpunctuated,
)
from .furniture_lines import (
    MAX_HEADLINE,
    MIN_HEADLINES,
    bullet_name,
    bullet_word,
    byline_account,
    dated,
    furniture,
    head_bullet,
    headline,
    masthead,
    masthead_name,
    names_outlet,
    reading,
    weather,
)
from .lists import MIN_LISTED, listed, listed_lines
from .script_turns import Turn, turns

__all__ = [
    "MAX_HEADLINE",
    "MIN_HEADLINES",
    "MIN_LISTED",
    "Turn",
    "agency_signed",
    "answer",
    "bare_end",
    "bullet_name",
    "bullet_word",
    "byline_account",
    "dated",
    "field",
    "formula",
    "full_stop",
    "furniture",
    "head_bullet",
    "headline",
    "is_sentence",
    "listed",
    "listed_lines",
    "masthead",
    "masthead_name",
    "names_outlet",
    "quotation",
    "reading",
    "sentences",
    "signed",
    "tail_byline",
    "tail_credit",
    "turns",
    "unpunctuated",
    "weather",
]
