"""The terms among an article's tokens: the stopwords, and nouns written together joined into one
term (see the package's docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..article import Article
from ..rows import column, values
from ..schema import conformed
from ..tables import table

TERM_TAGS = ("NNG", "NNP", "SL")
# Bound nouns, units and counters: in news they mostly come from dates, amounts and
# "...하는 등", and Kiwi tags some of them NNG (수 in "신청 수", 포인트 in "%포인트").
# Function nouns and relative dates (경우, 이후, 당초, 올해) rank high in any article and say nothing of it;
# nor do the bounds of a figure (3억원 이하), which the figures table keeps in its bound column, nor
# 말 (말했다: the commonest reporting verb, counted in every quoting article).
NEWS_STOPWORDS = frozenset(
    [
        "것",
        "수",
        "등",
        "년",
        "월",
        "일",
        "시",
        "분",
        "초",
        "때",
        "중",
        "명",
        "개",
        "원",
        "억",
        "만",
        "천",
        "곳",
        "바",
        "데",
        "측",
        "씨",
        "번",
        "차",
        "건",
        "여",
        "기자",
    ]
    + ["포인트", "mm", "cm", "km", "kg"]
    + [
        "경우",
        "이후",
        "이전",
        "당초",
        "당시",
        "올해",
        "지난해",
        "내년",
        "이날",
        "전날",
        "가운데",
        "동안",
    ]
    + ["이상", "이하", "미만", "초과", "이내", "말"]
)
# A prefix (소 in 소상공인, 친 in 친환경) joins the noun it is written onto.
_PREFIX_TAG = "XPN"
_DETERMINER_TAG = "MM"
_SYLLABLE = re.compile("[가-힣]")
_JOINABLE_TAGS = frozenset({"NNG", "NNP", _PREFIX_TAG})
_HANGUL = r"[가-힣]+"
_HANGUL_WORD = re.compile(_HANGUL)
# A noun suffix the term keeps (대학+생, 상품+권): data/term_suffixes.tsv.
_SUFFIX_TAG = "XSN"
# What a surname alone stands before (김 의원, 최 모 기자, 권씨): besides the titles, 씨 and 모 (a name withheld).
_AFTER_SURNAME = frozenset({"씨", "모"})
# Between a surname and its title: 전, 현 (박 전 장관).
_SURNAME_GAP_TAG = "MM"


@cache
def _term_suffixes() -> frozenset[str]:
    return frozenset(row.suffix for row in table("term_suffixes.tsv"))


@cache
def _surname_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-syllable surnames, and what marks one standing alone as a person: a title, 씨, 모."""
    surnames = frozenset(row.surname for row in table("surnames.tsv") if len(row.surname) == 1)
    return surnames, _AFTER_SURNAME | frozenset(row.title for row in table("titles.tsv"))


def news_stopwords(article: Article, *, extra: Iterable[str] = ()) -> frozenset[str]:
    """:data:`NEWS_STOPWORDS`, the article's outlet and reporter names, and ``extra``."""
    names = {name for name in (article.outlet, article.reporter) if name}
    return NEWS_STOPWORDS | names | frozenset(extra)


def term_tokens(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """The terms among the tokens, in text order: nouns (tag in :data:`TERM_TAGS`), with
    Hangul nouns written together in one word joined into one term (목동+구장 -> 목동구장,
    a prefix too: 소+상공인 -> 소상공인, and a suffix of ``data/term_suffixes.tsv``: 대학+생 ->
    대학생), stopwords left out, and so is a surname standing alone for a person before a title,
    씨 or 모 (김 의원, 박 전 장관, 권씨: the titles of ``data/titles.tsv``).

    Columns: those of :func:`kornews.tokenize` (``start`` of the first morpheme, ``end`` of the
    last; ``form`` and ``lemma`` of the whole; ``tag`` NNP when any part is NNP), plus
    ``token`` (the first morpheme's position in the article, 0-based, counting every
    morpheme), ``tokens`` (how many morphemes the term joins), ``parts`` (those morphemes,
    space-separated) and ``term`` (the form).
    """
    ordered, members = _terms(tokens, stopwords)
    firsts = [group.positions[0] for group in members]
    text = ordered["form"].dtype  # so an empty table keeps its column types too
    terms = ordered.take(firsts).reset_index(drop=True)
    terms.insert(0, "token", np.array(firsts, dtype=np.int64))
    forms = pd.array([group.form for group in members], dtype=text)
    made = terms.assign(
        end=ordered["end"].to_numpy()[[group.positions[-1] for group in members]],
        form=forms,
        lemma=pd.array([group.lemma for group in members], dtype=text),
        tag=pd.array([_term_tag(group.tags) for group in members], dtype=text),
        tokens=np.array([len(group.positions) for group in members], dtype=np.int64),
        parts=pd.array([" ".join(group.forms) for group in members], dtype=text),
        term=forms,
    )
    return conformed("term_tokens", made)


class Terms(NamedTuple):
    """The terms of a token table as columns, in text order (:func:`term_tokens`' term, tag and
    section), and the dtype of that table's text columns."""

    term: list[str]
    tag: list[str]
    section: list[int]
    text: object


def term_columns(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> Terms:
    """:func:`term_tokens`' term, tag and section columns as lists, without making its table
    (what counting the terms reads)."""
    ordered, members = _terms(tokens, stopwords)
    sections = values(column(ordered, "section"))
    return Terms(
        [group.form for group in members],
        [_term_tag(group.tags) for group in members],
        [sections[group.positions[0]] for group in members],
        column(ordered, "form").dtype,
    )


def _terms(tokens: pd.DataFrame, stopwords: Iterable[str]) -> tuple[pd.DataFrame, list[_TermGroup]]:
    """``tokens`` in text order, and the groups of its morphemes that are terms."""
    stop = NEWS_STOPWORDS | frozenset(stopwords)
    starts = column(
        tokens, "start"
    )  # an array: a Series' own check costs more than a short article
    ordered = (  # read by position: a table in text order already needs no sort
        tokens
        if (starts[1:] >= starts[:-1]).all()
        else tokens.sort_values("start", kind="stable").reset_index(drop=True)
    )
    members = [
        group
        for group in _term_groups(ordered)
        if _term_tag(group.tags) in TERM_TAGS and group.form not in stop
    ]
    return ordered, members


class _TermGroup(NamedTuple):
    """The morphemes one term joins: their positions in the table, forms, lemmas and tags."""

    positions: list[int]
    forms: list[str]
    lemmas: list[str]
    tags: list[str]

    @property
    def form(self) -> str:
        return "".join(self.forms)

    @property
    def lemma(self) -> str:
        return "".join(self.lemmas)


def _term_groups(ordered: pd.DataFrame) -> list[_TermGroup]:
    """The candidate morphemes of ``ordered`` (nouns, and Hangul prefixes) grouped into terms,
    in one pass over the columns (per-row pandas work costs more than Kiwi's own pass)."""
    columns = ("form", "lemma", "tag", "start", "end", "sentence")
    # Each column read as its array (kornews.rows): a Series and its tolist cost more than a short article.
    forms, lemmas, tags, starts, ends, sentences = (values(column(ordered, c)) for c in columns)
    groups: list[_TermGroup] = []
    before = None  # (end, sentence) of the candidate before, when it is joinable
    for at, (form, tag) in enumerate(zip(forms, tags)):
        joinable = tag in _JOINABLE_TAGS and _HANGUL_WORD.fullmatch(form) is not None
        if tag == _DETERMINER_TAG and _onto_a_syllable(at, forms, tags, starts, ends):
            tag, joinable = _PREFIX_TAG, True
        glued_on = before == (starts[at], sentences[at])
        suffix = tag == _SUFFIX_TAG and glued_on and form in _term_suffixes()
        if not (joinable or suffix or tag in TERM_TAGS):
            continue
        if _surname_alone(at, forms, tags):
            before = None
            continue
        # A morpheme continues the term before it when both are Hangul nouns glued together
        # (no space between) in one sentence, or it is a suffix the term keeps; a prefix only
        # starts a term.
        if suffix or (joinable and tag != _PREFIX_TAG and glued_on):
            group = groups[-1]
        else:
            group = _TermGroup([], [], [], [])
            groups.append(group)
        group.positions.append(at)
        group.forms.append(form)
        group.lemmas.append(lemmas[at])
        group.tags.append(tag)
        before = (ends[at], sentences[at]) if joinable or suffix else None
    return groups


def _surname_alone(at: int, forms: list[str], tags: list[str]) -> bool:
    """The proper noun at ``at`` is a surname standing for a person before a title, 씨 or 모
    (김 의원, 박 전 장관, 최 모 기자, 권씨): a person the entities table names, no term."""
    surnames, after = _surname_words()
    if tags[at] != "NNP" or forms[at] not in surnames:
        return False
    following = at + 1
    if following < len(forms) and tags[following] == _SURNAME_GAP_TAG:
        following += 1
    return following < len(forms) and forms[following] in after


def _onto_a_syllable(
    at: int, forms: list[str], tags: list[str], starts: list[int], ends: list[int]
) -> bool:
    """The determiner at ``at`` is written onto a one-syllable noun: the two are one word Kiwi
    split (본상 as 본/MM + 상, 한파 as 한 + 파, the name 새민 as 새 + 민), joined as a prefix is."""
    after = at + 1
    return (
        after < len(forms)
        and tags[after] in ("NNG", "NNP")
        and _SYLLABLE.fullmatch(forms[after]) is not None
        and starts[after] == ends[at]
    )


def _term_tag(tags: list[str]) -> str:
    """A joined term is a proper noun when any of its parts is; else it takes its last noun's tag
    (a suffix it keeps has none of its own)."""
    if "NNP" in tags:
        return "NNP"
    return next((tag for tag in reversed(tags) if tag != _SUFFIX_TAG), tags[-1])
