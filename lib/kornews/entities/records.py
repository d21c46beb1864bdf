"""The named records the engine reads the tokens into and a mention is made of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Morpheme(NamedTuple):
    """A morpheme as :func:`runs` reads it."""

    start: int
    end: int
    tag: str


class Run(NamedTuple):
    """Nouns written together in one word; any other token is a run of its own."""

    text: str
    start: int
    end: int
    tags: tuple[str, ...]


class Form(NamedTuple):
    """What a written form in the tables names: the full name, its kind, is the form a short one,
    and is it a Korean word too (인도, a sidewalk; the places tables' ``common`` column)."""

    name: str
    kind: str
    short: bool
    common: bool = False


class Named(NamedTuple):
    """An organisation or place a form names, the rule that found it and how much of the form it spans."""

    entity: str
    kind: str
    rule: str
    length: int


class Titled(NamedTuple):
    """A run ending in a title: the title, and the length of what stands before it."""

    title: str
    cut: int


class Where(NamedTuple):
    """Where a mention stands, as in :func:`kornews.tokenize`."""

    section: int
    paragraph: int
    sentence: int


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: a row of :func:`kornews.entities` but its text."""

    entity: str
    kind: str
    start: int
    end: int
    where: Where
    rule: str
    title: str | None = None
    affiliation: str | None = None


class Sentence(NamedTuple):
    """A sentence of the token table: its tokens, its runs, where it stands, and its span in the
    text (its tokens' first start to their last end: what the rules scanning its words read)."""

    tokens: list[Morpheme]
    runs: list[Run]
    where: Where
    start: int
    end: int
    # The positions of its noun runs in ``runs`` (:func:`is_noun_run`), found once: most rules
    # read no other run, and asking each run again cost every rule a call per run.
    nouns: tuple[int, ...]
    # Its runs' texts: a rule that looks for a word (에서, 리, a voice's or a kind's word) passes
    # over a sentence without it at once, where it read every run.
    words: frozenset[str]
    # Its noun runs, in order (the runs at ``nouns``): made once, not by each rule that reads them.
    noun_runs: tuple[Run, ...]
