"""The token table read into sentences of runs: nouns written together make one run."""

from __future__ import annotations

from operator import itemgetter

import pandas as pd

from ..columns import token_columns
from ..rows import maker
from .records import Morpheme, Run, Sentence, Where

# Nouns (and the prefixes and suffixes Kiwi cuts off them) that make one run when written together.
RUN_TAGS = frozenset({"NNP", "NNG", "NNB", "SL", "SH", "XPN", "XSN"})


def sentences(tokens: pd.DataFrame, text: str) -> list[Sentence]:
    """The token table's sentences, in order, with their runs."""
    read = token_columns(tokens)  # quotes hands in the tokens it reads too
    # The columns read once, as lists: a table per sentence cost more than the rules reading it.
    columns = ("start", "end", "tag", "section", "paragraph", "sentence")
    starts, ends, tags, section, paragraph, number = (read.columns[c] for c in columns)
    # The records made once for the article, each sentence a slice of them.
    every = list(map(maker(Morpheme), zip(starts, ends, tags)))
    found = []
    for rows in read.spans:
        group = every[rows]
        first = rows.start
        where = _WHERE((section[first], paragraph[first], number[first]))
        span = min(starts[rows]), max(ends[rows])  # once, for every rule that reads it
        found_runs = runs(group, text)
        nouns = tuple([at for at, run in enumerate(found_runs) if run.tags[0] in RUN_TAGS])
        words = frozenset(map(_TEXT, found_runs))
        noun_runs = tuple(map(found_runs.__getitem__, nouns))
        found.append(_SENTENCE((group, found_runs, where, *span, nouns, words, noun_runs)))
    return found


_WHERE, _SENTENCE = maker(Where), maker(Sentence)
_TEXT = itemgetter(Run._fields.index("text"))  # a run's text, read without a Python call
_RUN = maker(Run)  # a run made without a Python call: one per word piece of a corpus


# 총 (all-, general) written onto a noun in a name (세계가람총연합회), which Kiwi reads a determiner.
_TOTAL = "총"


def runs(sentence: list[Morpheme], text: str) -> list[Run]:
    """The sentence's runs of nouns written together, and one run per other word piece (so that
    what stands between a name and a title is known)."""
    found: list[Run] = []
    add, run = found.append, _RUN
    # One pass, each token read once: this is read for every token of a corpus. Most runs are
    # one token: their tags are a tuple at once, one grown only for nouns written together.
    begin = stop = -1
    tags: tuple[str, ...] = ()
    noun = False  # does the run being read take the nouns written onto it
    for start, end, tag in sentence:
        if noun and start == stop:
            if tag in RUN_TAGS:
                tags += (tag,)
                stop = end
                continue
            if tag == "MM" and text[start:end] == _TOTAL:
                tags += ("NNG",)  # 세계가람+총+연합회: Kiwi's determiner inside a body's name
                stop = end
                continue
        if tags:
            add(run((text[begin:stop], begin, stop, tags)))
        begin, stop, tags, noun = start, end, (tag,), tag in RUN_TAGS
    if tags:
        add(run((text[begin:stop], begin, stop, tags)))
    return found


def is_noun_run(run: Run) -> bool:
    return run.tags[0] in RUN_TAGS
