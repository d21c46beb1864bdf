"""Reading an article's quotations: its paragraphs, each one's quotations chained by 며/면서, each
chain's speaker (named, a caption's, an interview's answerer, or carried over from the last one),
one row per piece."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

import pandas as pd

from ..article import Article
from ..columns import token_columns
from ..entities import entity_rows as entities_of  # the mentions, as records
from ..shapes import turns
from .answers import answers as answers_of
from .around import subject_before
from .attribute import attribute, topic_before, topic_introduced
from .find import Item, chains, items, opens_paragraph
from .headlines import listed_headline
from .interviews import arrowed_turns, labelled_turns, named_turns
from .paragraphs import bites_over_lines, lead_part, paragraph_tokens, quoted_subtitle
from .referents import (
    NOBODY,
    Known,
    Speaker,
    named_in_full,
    pronoun_named_before,
    pronoun_stands_for,
)
from .table import printed_once, quote_row
from .voices import caption_words, captioned, interviewee, voice
from .written import as_written

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
    known = Known.of(mentions, given=given)
    answers = answers_of(article, known)
    # An excerpt that opens mid-article has its first sentence where the title stands, and one with
    # no line break all its sentences: no headline ends with a full stop or holds two sentences.
    opening = next((part.text for part in article.parts if part.kind == "paragraph"), "")
    lead = lead_part(article.title or "", opening)
    quoted = quoted_subtitle(article.parts)
    voiced = (
        tuple(turns(article.text))
        + labelled_turns(article.text, known)
        + arrowed_turns(article.text, known)
        + named_turns(article.text, known)
    )
    paragraphs = bites_over_lines(paragraph_tokens(read, lead, quoted=quoted), article.text, voiced)
    rows: list[dict] = []
    last: Speaker | None = None
    said = caption_words(article, known) | {
        start: answer.end for start, answer in answers.items() if not answer.marked
    }
    bites = captioned(article)
    page = _Page(article, known, answers, voiced)
    seen: set[str] = set()
    questions = {answer.asked for answer in answers.values()}
    for number, toks in enumerate(paragraphs):
        written = article.text[toks[0].start : toks[-1].end]
        if written in seen or listed_headline(written):
            continue  # a page that prints its article again below the copyright: read once
        seen.add(written)
        found = items(
            toks,
            article.text,
            known.actors,
            said.get(toks[0].start),
            voiced,
            bite=toks[0].start in bites,
        )
        if toks[0].start in questions:
            # ■ …베풀겠다고 강조하셨습니다. 말씀해 주십시오.: the asker's paraphrase, no report
            found = [item for item in found if item.kind == "direct"]
        for chain in chains(found):
            speaker = _named(chain, paragraphs, number, page)
            if speaker is None or speaker.pronoun:
                attribution = speaker.attribution if speaker else None
                last = _carried(speaker, chain, last, (paragraphs, number), rows, page)
                speaker = replace(last or NOBODY, carried=last is not None, attribution=attribution)
            else:
                speaker = named_in_full(speaker, rows)
                last = replace(speaker, attribution=None)
            verb, written = chain[-1].verb, as_written(speaker, article.text, known)
            rows += [
                quote_row(item, piece, verb, written, article.text)
                for piece, item in enumerate(chain, 1)
            ]
    return printed_once(sorted(rows, key=lambda row: row["start"]))


def _carried(
    speaker: Speaker | None,
    chain: list[Item],
    last: Speaker | None,
    at: tuple[list[list], int],
    rows: list[dict],
    page: _Page,
) -> Speaker | None:
    """Who says a chain no phrase names, or names by a pronoun: never carried from nobody (the
    article's first quotation without a speaker has none, unless reported, a verb, just after a
    topic naming people or a person who is a subject: 홍길동 감독이 …했다. "…"라고 말했다; or said
    by 그, the person named last); one standing alone after it is not announced. A reported one
    with no subject is said by the person the sentence before introduces as its topic (홍길동
    판사는 소회를 밝혔다. / …다고 말했다), else by the last speaker."""
    paragraphs, number = at
    text, known = page.article.text, page.known
    last = pronoun_stands_for(speaker, chain[0], last, rows, text, known)
    if chain[-1].verb:
        introduced = speaker is None and topic_introduced(
            chain[0], paragraphs, number, text, known, rows
        )
        last = (
            introduced
            or last
            or topic_before(chain[0], paragraphs[number], text, known)
            or subject_before(chain[0], text, known)
        )
    return last or pronoun_named_before(speaker, chain[0], known)


class _Page(NamedTuple):
    """What every chain of an article is attributed against: the article, its entities, its Q&A
    answers by paragraph, and its script's turns."""

    article: Article
    known: Known
    answers: dict
    voiced: tuple


def _named(chain: list[Item], paragraphs: list[list], number: int, page: _Page) -> Speaker | None:
    """Who the page names as the chain's speaker (:func:`.attribute.attribute`), else the caption
    of the script's turn it stands in; an interview's answerer for an answer (for all of it when
    the quotation opens the answer); None when none does."""
    toks, text, known = paragraphs[number], page.article.text, page.known
    speaker = attribute(chain, paragraphs, number, page.article, known)
    bite = next((t for t in page.voiced if t.start <= chain[0].start < t.end), None)
    if speaker is None and bite is not None:
        speaker = voice(bite, known)  # {홍길동/배우/"…"}: the bite's caption speaks
    answer = page.answers.get(toks[0].start)
    if answer is not None and (speaker is None or _opens(chain[0], toks, text)):
        # One asked whom the page never names (Q. … / = …) is a source without a name.
        speaker = interviewee(answer.speaker, known) if answer.speaker else _UNNAMED
    return speaker


def _opens(item: Item, toks: list, text: str) -> bool:
    """Does a direct quotation open its paragraph (an answer's, but for its = or dash)?"""
    return item.kind == "direct" and opens_paragraph(item, toks, text)
