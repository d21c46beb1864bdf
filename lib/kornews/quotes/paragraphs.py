"""The body's paragraphs as quotations are read from them: the part an excerpt's first sentence
stands in (a title that reads as body), and a cue sheet's bite printed over lines joined into one."""

from __future__ import annotations

import re
from functools import cache
from operator import gt, itemgetter

from ..columns import TokenColumns
from ..shapes import full_stop, sentences
from .vocabulary import words

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
# A line ending on a quotation's piece: its closing mark and 며 or 면서 (…확신한다.”며,).
_PIECE_END = re.compile(r"[”\"](?:이?라)?(?:며|면서),?\s*$")
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
    # One pass over the columns: NumPy's sort and grouping cost more than a short article's rows.
    parts, paragraphs, starts = (tokens.columns[n] for n in ("part", "paragraph", "start"))
    start, end = quoted or (0, 0)
    kept = [
        at
        for at, part in enumerate(parts)
        if part in ("paragraph", lead) or (part == "subtitle" and start <= starts[at] < end)
    ]
    if not _in_order(kept, paragraphs, starts):  # mostly in order already; the sort is stable
        keys = [(paragraphs[at], starts[at]) for at in kept]
        kept = [kept[k] for k in sorted(range(len(kept)), key=keys.__getitem__)]
    rows, grouped, last = tokens.records(), [], None
    for at in kept:
        if paragraphs[at] != last:
            last = paragraphs[at]
            grouped.append([])
        grouped[-1].append(rows[at])
    return grouped


def _in_order(kept: list[int], paragraphs: list[int], starts: list[int]) -> bool:
    """Are the rows ``kept`` in order of paragraph, then start? Both columns never going down
    says so, read as two arrays (a pair of them per row cost more)."""
    if len(kept) < 2:
        return True
    picked = itemgetter(*kept)
    numbers, begins = picked(paragraphs), picked(starts)
    return not any(map(gt, numbers, numbers[1:])) and not any(map(gt, begins, begins[1:]))


def bites_over_lines(paragraphs: list[list], text: str, turns: tuple = ()) -> list[list]:
    """Paragraphs joined where a quotation opens at a line's start and closes lines below (a
    cue sheet's bite, ``" 경기 좋아져 매출 늘고`` / ``월급 올랐으면.. "``): a line whose double
    marks are left open, up to the line that closes them, within ``_BITE_LINES`` lines; where a
    page wraps a sentence's lines (one line break between, no full stop) and a quotation's marks
    with them (김 회원은 "한국영화 축제, / 마인강변 축제 … / …있다"며 관심과 / 도움을 요청했다.),
    the sentence's lines, read as one sentence; and where a script's turn
    (:func:`kornews.shapes.turns`) runs over lines (``[홍길동 / 가상중 2학년 :`` /
    ``…하겠습니다.]``), up to the line where its words end."""
    groups: list[tuple[int, int, bool]] = []  # first and past-last paragraph, wrapped
    k = 0
    while k < len(paragraphs):
        toks = paragraphs[k]
        begin, end = k, k + 1
        bite = text[toks[0].start] in _DOUBLE
        wrapped = not bite and _wrapped(paragraphs, k, text)
        if _marks(toks, text) % 2 and (bite or wrapped):
            end = next(
                (
                    n + 1
                    for n in range(k + 1, min(k + _BITE_LINES, len(paragraphs)))
                    if _marks(paragraphs[n], text) % 2
                ),
                k + 1,
            )
        if wrapped and end > k + 1:
            begin, end = _sentence_lines(paragraphs, (k, end), text, groups)
        elif _goes_on_below(paragraphs, k, text):
            end, wrapped = k + 2, True  # “…”며, / “…”고 당부했다.: a chain the page wraps
        said = next((t.end for t in turns if toks[0].start <= t.speaker_at < toks[-1].end), 0)
        while end < min(k + _BITE_LINES, len(paragraphs)) and paragraphs[end][0].start < said:
            end += 1
        groups.append((begin, end, wrapped and end > k + 1))
        k = end
    return [_joined(paragraphs[begin:end], text, wrapped) for begin, end, wrapped in groups]


def _sentence_lines(
    paragraphs: list[list], lines: tuple[int, int], text: str, groups: list
) -> tuple[int, int]:
    """The lines a page wraps one sentence over, from ``lines`` (the quotation's, first and
    past-last): back over the lines before that end no sentence (taken from ``groups``, where
    each stands alone), on to the line that ends it."""
    begin, end = lines
    while (
        groups
        and groups[-1] == (begin - 1, begin, False)
        and _wrapped(paragraphs, begin - 1, text)
        and not _stops(paragraphs[begin - 1], text)
        and end - begin < _BITE_LINES
    ):
        groups.pop()
        begin -= 1
    if end < len(paragraphs) and _wrapped(paragraphs, end - 1, text):
        end += not _stops(paragraphs[end - 1], text)  # …있다"며 관심과 / 도움을 요청했다.
    return begin, end


def _joined(lines: list[list], text: str, wrapped: bool) -> list:
    """The lines' tokens as one paragraph; a wrapped sentence's lines as one sentence too (each
    line's tokens up to its first full stop take the sentence of the line before)."""
    joined = list(lines[0])
    for line in lines[1:]:
        stopped = not wrapped or joined[-1].tag == "SF"
        for token in line:
            if not stopped:
                token = token._replace(sentence=joined[-1].sentence)
                stopped = token.tag == "SF"
            joined.append(token)
    return joined


def _goes_on_below(paragraphs: list[list], k: int, text: str) -> bool:
    """Does paragraph ``k`` end on a quotation's piece (…”며, …”면서,) and the next, one line
    break below, open with the next piece's mark?"""
    if not _wrapped(paragraphs, k, text):
        return False
    line = text[paragraphs[k][0].start : paragraphs[k][-1].end]
    return bool(_PIECE_END.search(line)) and text[paragraphs[k + 1][0].start] in _DOUBLE


def _wrapped(paragraphs: list[list], k: int, text: str) -> bool:
    """Does the page wrap paragraph ``k``'s line, the next paragraph following at one line break
    (김 회원은 "한국영화 축제, / 마인강변 축제 …")?"""
    if k + 1 >= len(paragraphs):
        return False
    between = text[paragraphs[k][-1].end : paragraphs[k + 1][0].start]
    return between.count("\n") == 1 and not between.strip()


def _stops(toks: list, text: str) -> bool:
    """Does the paragraph end a sentence (a full stop, maybe in marks)?"""
    return bool(re.search(r"[.!?][\"”’']?\s*$", text[toks[0].start : toks[-1].end]))


def _marks(toks: list, text: str) -> int:
    """The double quotation marks of the paragraph (:data:`_DOUBLE`, each counted in turn)."""
    return sum(map(text[toks[0].start : toks[-1].end].count, _DOUBLE))
