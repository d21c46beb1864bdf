"""A deck glued to the headline on the title's line: where it begins, by the headline printed
again alone under it, or by the words the text writes apart."""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Line

NOT_LETTERS = re.compile(r"[\W_]+")
# A headline printed again under its line, the deck glued to it there, holds this many letters.
_MIN_GLUED = 8
# A headline glued to its deck with no space and printed nowhere again: each side is this long.
_MIN_SIDE = 20
# A sentence's stop inside a line: a caption's, no headline's.
_STOP_INSIDE = re.compile(r"[.!?]\s")
_HANGUL_RUN = re.compile(r"[가-힣]+")
# A deck opening with its quotation glued to the headline's last word (…수료식 개최‘가상’ 청도 …), or
# with a figure glued to the headline's closing quotation mark (…“책 읽으러 오세요”7일 개장…; a
# particle after the mark, ”이라며, is the headline's own).
_QUOTE_GLUED = re.compile(r"[가-힣](?=[‘“])|[”’](?=\d)")
_ENDS_HANGUL = re.compile(r".*[가-힣]")
# A word's pattern is compiled once (the same words recur from cut to cut and from article to
# article); at most this many are kept.
_KEPT_PATTERNS = 4096


def deck_glued(lines: list[Line], kinds: list[str]) -> int:
    """Where the deck begins in the title's line when the headline is glued to it: printed again
    alone under it (…보고회 열려보고자: 홍길동 교수 over …보고회 열려, spaced its own way: then footer
    in ``kinds``), or glued with no space (…축하예배이철 감독회장 취임…); 0 where it is not."""
    at = kinds.index("title") if "title" in kinds else None
    if at is None:
        return 0
    title = NOT_LETTERS.sub("", lines[at].text)
    for j in range(at + 1, len(kinds)):
        again = NOT_LETTERS.sub("", lines[j].text)
        if (
            kinds[j] == "subtitle"
            and len(again) >= _MIN_GLUED
            and title.startswith(again)
            and again != title
        ):
            kinds[j] = "footer"
            return _after_letters(lines[at].text, len(again))
    return _glued_by_words(lines, at)


def _after_letters(text: str, count: int) -> int:
    """Where ``text`` goes on after its first ``count`` letters (marks and spaces aside)."""
    seen = 0
    for at, char in enumerate(text):
        seen += not NOT_LETTERS.fullmatch(char)
        if seen == count:
            return at + 1
    return len(text)


def _glued_by_words(lines: list[Line], at: int) -> int:
    """Where the deck begins in the title's line at ``at`` when one word of it, written nowhere
    else, is two words the rest of the text writes apart (the headline's last, ‘…축하예배’, and the
    deck's first, 이철 감독회장), or where a quotation opens glued to a word (…개최‘가상’ …): the only
    such place, each side _MIN_SIDE letters at least and the headline's with no sentence's stop (a
    compound, 저녁메인뉴스, makes a short side); 0 where none."""
    title = lines[at].text
    rest = " ".join(line.text for i, line in enumerate(lines) if i != at)
    found = {
        word.start() + cut
        for word in re.finditer(r"\S+", title)
        if word.group() not in rest
        for cut in _apart(word.group(), rest)
    } | {quote.end() for quote in _QUOTE_GLUED.finditer(title)}
    found = {
        cut
        for cut in found
        if min(cut, len(title) - cut) >= _MIN_SIDE and not _STOP_INSIDE.search(title[:cut])
    }
    return found.pop() if len(found) == 1 else 0


def _apart(word: str, rest: str) -> list[int]:
    """Where ``word`` splits between two Hangul letters into a word ``rest`` ends (before no
    Hangul) and a word of two letters or more it writes on its own (after no Hangul, before a
    space)."""
    cuts = []
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], _HANGUL_RUN.match(word, cut)
        if not (_ENDS_HANGUL.fullmatch(head) and tail and len(tail.group()) >= 2):
            continue
        if _ending(head).search(rest) and _on_its_own(tail.group()).search(rest):
            cuts.append(cut)
    return cuts


@lru_cache(maxsize=_KEPT_PATTERNS)
def _ending(head: str) -> re.Pattern:
    """``head`` as a word's end: no Hangul before it, none after it."""
    return re.compile(rf"(?<![가-힣]){re.escape(head)}(?![가-힣])")


@lru_cache(maxsize=_KEPT_PATTERNS)
def _on_its_own(tail: str) -> re.Pattern:
    """``tail`` as a word of its own: no Hangul before it, a space after it."""
    return re.compile(rf"(?<![가-힣]){re.escape(tail)}\s")
