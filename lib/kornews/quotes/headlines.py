"""A bulletin's list of its headlines, printed as bullet lines above the stories (``• 홍길동 전 총리
“…”``): a headline's quotation, written with its speaker and no particle, repeats a story's, so it is
not read (as a title's is not)."""

from __future__ import annotations

import re

# A bullet, a few words naming the speaker, the words in marks, and nothing after them.
_LISTED = re.compile(r"\s*•\s*[^“\"\n]{1,40}[“\"][^”\"\n]+[”\"]\s*")


def listed_headline(paragraph: str) -> bool:
    """Is ``paragraph`` a headline of a bulletin's list, its quotation closing the line?"""
    return bool(_LISTED.fullmatch(paragraph))
