"""A place written onto a word for its area (서울지역, 경남지역: ``name_words.tsv``'s ``area``): the
place, named by the form before the word, as the gold sets read it."""

from __future__ import annotations

from .lexicon import Mention, Sentence, is_noun_run, lookup, name_words


def areas(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` and each place a noun run names before an area's word, where no mention starts."""
    taken = {m.start for m in found}
    words = name_words("area")
    endings = tuple(words)  # one endswith per run first: few end in an area's word
    more = []
    for sentence in sentences:
        for run in sentence.runs:
            if not run.text.endswith(endings) or not is_noun_run(run) or run.start in taken:
                continue
            word = next((w for w in words if run.text.endswith(w)), None)
            hit = word and lookup(run.text[: -len(word)], True)
            if hit and hit.kind == "place":
                end = run.end - len(word)
                more.append(Mention(hit.name, "place", run.start, end, sentence.where, "list"))
    return found + more
