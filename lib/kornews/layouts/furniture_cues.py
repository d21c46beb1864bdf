"""Page furniture by its cue words (data/layout_cues.tsv): share buttons, controls, a page's end,
a portal's summary note."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..tables import table


@dataclass(frozen=True)
class Cue:
    """A cue word of page furniture (``data/layout_cues.tsv``): ``role`` is furniture, end,
    control or menu (furniture only as the whole line), summary or label."""

    cue: str
    role: str
    marks_sentences: bool  # its example ends as a sentence: lines that do are furniture too
    folded: str  # the cue casefolded once: every line is compared with every cue


# Furniture lines are short; a line that only begins with a cue word (댓글 조작 의혹은 …) is text.
_MAX_FURNITURE = 60
_LEADING_MARKS = re.compile(r"[\s•·:)(\-–*]+")
# A cue this long is furniture wherever it stands in the line (…확인하세요. 해당 언론사로 이동합니다.),
# and opens a portal's notice of any length up to _MAX_NOTICE ((예시) 가장 빠른 뉴스가 있고 …).
_ANYWHERE = 6
_MAX_NOTICE = 300
# How a sentence ends: a Korean ending or a full stop, then closing quotes (not an ellipsis).
SENTENCE_END = re.compile(r"(?:(?<![.…])[.!?]|[다요까죠][\"'”’」』])[\"'”’」』)\]]*$")


# A ranking box's title ends the body: HOT클릭 TOP7, 많이 본 기사 Top 10, 실시간 인기 BEST 5, TOP10 (a
# headline's list, 올해의 브랜드 TOP 10, names no box word).
_RANKING = re.compile(
    r"(?:(?:HOT|Hot|인기|많이 ?본|클릭|랭킹|화제|실시간|주간|월간)[^.!?]{0,12}?\s?)?"
    r"\b(?:TOP|Top|BEST|Best)\s?\d{1,2}"
)


# A box of other headlines flattened onto one line after its title (주요기사 “…” 가상시 축제 성료 …):
# headlines hold no full stop.
_FULL_STOP = re.compile(r"\.(?:\s|$)")


def _box_of_headlines(line: str) -> bool:
    return not _FULL_STOP.search(line) and any(
        cue.role == "end" and line.startswith(cue.cue + " ") for cue in cues()
    )


# A row of buttons: nothing but control and furniture words, at least this many of them
# (크게 작게 위로 아래로 인쇄 공유; Prev이전 문서, ESC닫기 glued).
_MIN_ROW = 2
_ROW_MARKS = " •·|/"
# A site's top bar runs longer (시작페이지로 설정 l 즐겨찾기추가 … l 회원가입 l 2021.9.26 (일)): its
# links set apart by a bar or a spaced small l, the site's clock among them.
_MAX_ROW = 160
_ROW_BAR = re.compile(r"\sl\s|\b(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\.?(?:\s*\([월화수목금토일]\))?")


@cache
def cues() -> tuple[Cue, ...]:
    return tuple(
        Cue(row.cue, row.role, bool(SENTENCE_END.search(row.example)), row.cue.casefold())
        for row in table("layout_cues.tsv")
    )


@cache
def _cues_by_first() -> dict[str, tuple[Cue, ...]]:
    """The cues a line may hold by its casefolded first character, in the table's order: those
    that begin with it and those long enough to stand anywhere (trying every cue on every line
    was most of a long text's parse)."""
    return {
        first: tuple(
            cue
            for cue in cues()
            if len(cue.cue) >= _ANYWHERE or cue.folded[:1] == first or not cue.cue
        )
        for first in {cue.folded[:1] for cue in cues()} | {""}
    }


@lru_cache(maxsize=4096)  # asked of one line by several readers
def furniture(line: str) -> str | None:
    """The role (furniture, end, control, menu, summary, label) of the cue a short line of page furniture
    holds, else None."""
    if len(line) > _MAX_FURNITURE and _box_of_headlines(line):
        return "end"
    if len(line) > _MAX_NOTICE:
        return None
    bare = _LEADING_MARKS.sub("", line, count=1) if _LEADING_MARKS.match(line) else line
    sentence = bool(SENTENCE_END.search(line))
    folded = bare.casefold()
    by_first = _cues_by_first()
    for cue in by_first.get(folded[:1], by_first[""]):
        if len(line) > _MAX_FURNITURE and not (
            len(cue.cue) >= _ANYWHERE and line.startswith(cue.cue)
        ):
            continue
        if cue.role in ("control", "label", "menu"):  # a word that is furniture alone on its line
            if folded == cue.folded:
                return cue.role
            continue
        # Latin letters in any case (Back to Top, back to top).
        placed = folded.startswith(cue.folded) or (len(cue.cue) >= _ANYWHERE and cue.cue in line)
        if placed and (cue.marks_sentences or not sentence):
            return cue.role
    if _RANKING.fullmatch(bare):
        return "end"
    return "control" if len(line) <= _MAX_ROW and _buttons(bare) else None


@cache
def _button_words() -> tuple[str, ...]:
    """The control, furniture and menu cue words, longest first (인쇄하기 before 인쇄): a site's
    footer links on one line (회사소개 | 광고문의 | 이용약관) are a row of them too."""
    words = {cue.cue for cue in cues() if cue.role in ("control", "furniture", "menu")}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


@cache
def _any_button() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _button_words())))


def _buttons(line: str) -> bool:
    """A row of buttons: the line holds nothing but _MIN_ROW control or furniture words or more."""
    if not _any_button().search(line):  # most lines hold none: one search, not a count per word
        return False
    rest, count = _ROW_BAR.sub(" ", line), 0
    for word in _button_words():
        count += rest.count(word)
        rest = rest.replace(word, " ")
    return count >= _MIN_ROW and not rest.strip(_ROW_MARKS)
