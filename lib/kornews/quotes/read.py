"""Reading an article's quotations: its paragraphs, each one's quotations chained by 며/면서, each
chain's speaker (named, a caption's, an interview's answerer, or carried over from the last one),
one row per piece."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from ..article import Article
from ..columns import token_columns
from ..entities import entity_rows as entities_of  # the mentions, as records
from ..entities.graph import mention_counts
from ..shapes import turns
from .answers import answers as answers_of
from .around import subject_before
from .attribute import attribute
from .find import Item, chains, items, opens_paragraph
from .headlines import listed_headline
from .interviews import labelled_turns
from .paragraphs import bites_over_lines, lead_part, paragraph_tokens
from .referents import NOBODY, Known, Speaker, named_in_full, pronoun_stands_for
from .table import printed_once, quote_row
from .voices import caption_words, interviewee, voice

# The one an interview asks, never named (a reader, a passer-by): a source without a name.
_UNNAMED = Speaker(anonymous=True)


def quote_rows(
    tokens: pd.DataFrame, article: Article, *, mentions: list | None = None
) -> list[dict]:
    """The rows of :func:`kornews.quotes`' table (dicts with its columns as keys): what a
    corpus verb gathers over many articles into one table. ``mentions``: the rows of the
    article's :func:`kornews.entities` table as records, when the caller has them."""
    read = token_columns(tokens)  # once, for the entities and the quotations
    given = mentions is not None
    mentions = mentions if given else entities_of(read, article)
    known = Known.of(mentions, mention_counts(mentions), given=given)
    answers = answers_of(article, known)
    # An excerpt that opens mid-article has its first sentence where the title stands, and one with
    # no line break all its sentences: no headline ends with a full stop or holds two sentences.
    lead = lead_part(article.title or "")
    paragraphs = bites_over_lines(paragraph_tokens(read, lead), article.text)
    rows: list[dict] = []
    last: Speaker | None = None
    said = caption_words(article) | {
        start: answer.end for start, answer in answers.items() if not answer.marked
    }
    voiced = tuple(turns(article.text)) + labelled_turns(article.text, known)
    seen: set[str] = set()
    for number, toks in enumerate(paragraphs):
        written = article.text[toks[0].start : toks[-1].end]
        if written in seen or listed_headline(written):
            continue  # a page that prints its article again below the copyright: read once
        seen.add(written)
        found = items(toks, article.text, known.actors, said.get(toks[0].start), voiced)
        for chain in chains(found):
            speaker = attribute(chain, paragraphs, number, article, known)
            bite = next((t for t in voiced if t.start <= chain[0].start < t.end), None)
            if speaker is None and bite is not None:
                speaker = voice(bite, known)  # {홍길동/배우/"…"}: the bite's caption speaks
            answer = answers.get(toks[0].start)
            if answer is not None and (speaker is None or _opens(chain[0], toks, article.text)):
                # One asked whom the page never names (Q. … / = …) is a source without a name.
                speaker = interviewee(answer.speaker, known) if answer.speaker else _UNNAMED
            if speaker is None or speaker.pronoun:
                # Never carried from nobody: the article's first quotation without a speaker has
                # none, unless reported (a verb) just after a person who is a subject (홍길동 감독이
                # …했다. "…"라고 말했다); one standing alone after it is not announced.
                attribution = speaker.attribution if speaker else None
                last = pronoun_stands_for(speaker, chain[0], last, rows, article.text, known)
                if chain[-1].verb:
                    last = last or subject_before(chain[0], article.text, known)
                speaker = replace(last or NOBODY, carried=last is not None, attribution=attribution)
            else:
                speaker = named_in_full(speaker, rows)
                last = replace(speaker, attribution=None)
            verb = chain[-1].verb
            rows += [
                quote_row(item, piece, verb, speaker, article.text)
                for piece, item in enumerate(chain, 1)
            ]
    return printed_once(sorted(rows, key=lambda row: row["start"]))


def _opens(item: Item, toks: list, text: str) -> bool:
    """Does a direct quotation open its paragraph (an answer's, but for its = or dash)?"""
    return item.kind == "direct" and opens_paragraph(item, toks, text)
