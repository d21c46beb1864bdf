"""Korea and other countries named by their letters written together (한미, 한·중, 한·미·일:
``name_words.tsv``'s ``country-letter``): one place per letter, as the press abroad writes Korea and
the United States in 한미. Not letters without Korea's 한: 북미 is North America as often as North
Korea and the United States, and the gold sets read 미중 as no place."""

from __future__ import annotations

from functools import cache

from .forms import lookup
from .lexicon import name_words
from .records import Mention, Sentence

_DOT = "·"
_MOST = 3  # 한미일: three countries at most; a longer word of such letters is no list
_KOREA = "한"


def country_letters(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` and a place for each letter of a proper noun written wholly of Korea's and one or two
    other countries' letters (한미 관계: 대한민국 and 미국), where no mention starts; not such letters
    with a noun glued on (한미동맹, a pact)."""
    taken = {m.start for m in found}
    more = []
    for sentence in sentences:
        for run in sentence.noun_runs:  # a proper noun's run is a noun run
            if _KOREA not in run.text:
                continue  # most runs: no letter of Korea's, which every such list holds
            letters = run.text.replace(_DOT, "")
            if run.start in taken or not _of_countries(letters) or set(run.tags) != {"NNP"}:
                continue
            more += [
                Mention(_countries()[letter], "place", at, at + 1, sentence.where, "list")
                for at, letter in enumerate(run.text, start=run.start)
                if letter != _DOT
            ]
    return found + more


def _of_countries(letters: str) -> bool:
    return (
        1 < len(letters) <= _MOST
        and _KOREA in letters
        and len(set(letters)) == len(letters)
        and all(letter in _countries() for letter in letters)
    )


@cache
def _countries() -> dict[str, str]:
    """A country's letter -> its name: the country whose name is the letter and 국 (한 of 한국: 대한민국),
    else whose one-letter short form it is (일 of 일본, 러 of 러시아)."""
    named = {}
    for letter in name_words("country-letter"):
        hit = lookup(f"{letter}국", True) or lookup(letter, True)
        if hit and hit.kind == "place":
            named[letter] = hit.name
    return named
