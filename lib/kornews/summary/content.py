"""The content morphemes a summary ranks and is scored by: nouns, foreign words, Hanja, roots,
verb and adjective stems by lemma, without light verbs, pro-form adjectives (그렇다) and the
news stopwords."""

from __future__ import annotations

import pandas as pd

from ..schema import conformed
from ..terms import NEWS_STOPWORDS

# Tags whose morphemes carry content (Kiwi's irregular variants such as VV-R count too).
CONTENT_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XR", "VV", "VA"})
# Light verbs and verbs that make up compound postpositions (~에 의해, ~을 위해, ~을 통해):
# grammar, not content. Nouns use the term module's stopwords (등, 것, 년, 월, ...).
FUNCTION_VERBS = frozenset(
    {
        "하다",
        "되다",
        "있다",
        "없다",
        "않다",
        "의하다",
        "위하다",
        "통하다",
        "대하다",
        "인하다",
        "관하다",
    }
)
# Adjectives that stand for what was said before, as pronouns (NP, never content) do, and 같다 of
# the hedge ~ㄹ 것 같다: grammar too. Other adjectives (크다, 어렵다, 새롭다) say what a thing is:
# content words, as verbs are.
PRO_ADJECTIVES = frozenset({"그렇다", "이렇다", "저렇다", "어떻다", "같다"})
STOPWORDS = FUNCTION_VERBS | PRO_ADJECTIVES | NEWS_STOPWORDS


def content_terms(tokens: pd.DataFrame) -> pd.DataFrame:
    """The content morphemes among ``tokens`` (a :func:`kornews.tokenize` table).

    Columns: those of ``tokens`` plus ``term``: the lemma (verbs and adjectives end in 다),
    case-folded so ICT and ict are one term. :data:`STOPWORDS` are dropped: light and
    postpositional verbs, the adjectives that stand in for other words (그렇다, 어떻다, 같다 of
    것 같다) and :data:`kornews.terms.NEWS_STOPWORDS`; adjectives that describe (크다) stay.
    """
    base = tokens["tag"].str.split("-").str[0]
    terms = tokens["lemma"].str.casefold()
    keep = base.isin(CONTENT_TAGS) & ~terms.isin(STOPWORDS)
    return conformed("content_terms", tokens[keep].assign(term=terms[keep]))
