"""The body's paragraphs as quotations are read from them: the part an excerpt's first sentence
stands in (a title that reads as body), and a cue sheet's bite printed over lines joined into one."""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from ..columns import TokenColumns
from ..shapes import full_stop, sentences
from .marks import words

# A page's first line that is one quotation with its full stop inside the marks ("수비가 흔들렸다.")
# is the body's lead, not a headline (no headline ends with a full stop).
_QUOTED_LEAD = re.compile(r"[\"“][^\"“”]+[가-힣][.!?][\"”“]")  # “ too: a page's slip
# A bracketed tail after a page's last sentence: its copyright line (<저작권자 ⓒ …>, [ⓒ …]).
_TAIL = re.compile(r"\s*[<\[(][^<>\[\]()]*[>\])]\s*$")
# …사퇴하겠다고 밝혔다. <가람투데이>: a body's sentence with the outlet's tag after its full stop.
_TAGGED_STOP = re.compile(r"[가-힣][.!?]\s*[<\[(][^<>\[\]()]{1,20}[>\])]\s*$")
# A title that is one quotation in marks, said or not (“…알리겠다”).
_QUOTED_TITLE = re.compile(r"[\"“][^\"“”]+[\"”]")
_DOUBLE = '“”"'
# A bite printed over more lines than this is no bite: an open mark the page never closes.
_BITE_LINES = 4


def lead_part(title: str, opening: str) -> str:
    """The part an excerpt's first sentence stands in: the title when it reads as body (a full
    stop, two sentences, one quotation with its full stop inside the marks, or one quotation whose
    words the ``opening`` paragraph says are someone's: ``… 홍길동 감독의 출사표다.``), else a
    paragraph."""
    # …고 밝혔다. <저작권자 ⓒ 가상뉴스 무단전재 및 재배포 금지>: the body's last sentence and its tail
    title = _TAIL.sub("", title)
    body_like = (
        full_stop(title)
        or sentences(title) > 1
        or _QUOTED_LEAD.fullmatch(title.strip())
        or _TAGGED_STOP.search(title)
        or (_QUOTED_TITLE.fullmatch(title.strip()) and _whose(opening))
    )
    return "title" if body_like else "paragraph"


def _whose(paragraph: str) -> bool:
    """Does the paragraph's first sentence say whose words came before it (``…의 출사표다.``)?"""
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    return bool(_whose_words().search(sentence))


@cache
def _whose_words() -> re.Pattern:
    """``…의 말이다.``, ``…의 출사표다.``: a noun of the ``whose-words`` rows closing the sentence."""
    nouns = "|".join(sorted(words("whose-words")))
    return re.compile(rf"의\s(?:{nouns})(?:이)?다\.$")


def quoted_subtitle(parts: tuple) -> tuple[int, int] | None:
    """The span of a subtitle right above the body that is one quotation with its full stop inside
    the marks (“…기쁩니다. …가능했습니다.”: no subtitle holds a sentence so), the body's lead;
    else None."""
    first = next((k for k, part in enumerate(parts) if part.kind == "paragraph"), 0)
    above = parts[first - 1] if first else None
    if above is None or above.kind != "subtitle" or not _QUOTED_LEAD.fullmatch(above.text.strip()):
        return None
    return above.start, above.end


def paragraph_tokens(
    tokens: TokenColumns, lead: str, *, quoted: tuple[int, int] | None = None
) -> list[list]:
    """The tokens of the body paragraphs, of the ``lead`` part and of a ``quoted`` subtitle's
    span (:func:`quoted_subtitle`), as records, by paragraph."""
    # Read on the columns (a sort key and a group key per token cost more than the records).
    parts, paragraphs, starts = (tokens.columns[n] for n in ("part", "paragraph", "start"))
    start, end = quoted or (0, 0)
    kept = np.array(
        [
            at
            for at, part in enumerate(parts)
            if part in ("paragraph", lead) or (part == "subtitle" and start <= starts[at] < end)
        ],
        int,
    )
    if not kept.size:
        return []
    paragraph = np.array(paragraphs, dtype=int)[kept]
    order = np.lexsort((np.array(starts, dtype=int)[kept], paragraph))  # stable, as sorted is
    edges = [0, *(np.flatnonzero(np.diff(paragraph[order])) + 1).tolist(), len(order)]
    rows, order = tokens.records(), kept[order].tolist()
    return [[rows[at] for at in order[a:b]] for a, b in zip(edges, edges[1:])]


def bites_over_lines(paragraphs: list[list], text: str, turns: tuple = ()) -> list[list]:
    """Paragraphs joined where a quotation opens at a line's start and closes lines below (a
    cue sheet's bite, ``" 경기 좋아져 매출 늘고`` / ``월급 올랐으면.. "``): a line whose double
    marks are left open, up to the line that closes them, within ``_BITE_LINES`` lines; and where
    a script's turn (:func:`kornews.shapes.turns`) runs over lines (``[홍길동 / 가상중 2학년 :`` /
    ``…하겠습니다.]``), up to the line where its words end."""
    joined: list[list] = []
    k = 0
    while k < len(paragraphs):
        toks = paragraphs[k]
        end = k + 1
        if text[toks[0].start] in _DOUBLE and _marks(toks, text) % 2:
            end = next(
                (
                    n + 1
                    for n in range(k + 1, min(k + _BITE_LINES, len(paragraphs)))
                    if _marks(paragraphs[n], text) % 2
                ),
                k + 1,
            )
        said = next((t.end for t in turns if toks[0].start <= t.speaker_at < toks[-1].end), 0)
        while end < min(k + _BITE_LINES, len(paragraphs)) and paragraphs[end][0].start < said:
            end += 1
        joined.append([t for group in paragraphs[k:end] for t in group])
        k = end
    return joined


def _marks(toks: list, text: str) -> int:
    return sum(text[toks[0].start : toks[-1].end].count(mark) for mark in _DOUBLE)
