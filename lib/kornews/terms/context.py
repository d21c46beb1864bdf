"""Where a term stands: its runs of morphemes, keyword-in-context lines, dispersion, and why a
term is not found."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from ..article import Article
from ..schema import conformed, names, typed
from .tokens import NEWS_STOPWORDS, TERM_TAGS, term_tokens

KWIC_WINDOW = 30


def term_matches(tokens: pd.DataFrame, *, term: str) -> pd.DataFrame:
    """Where ``term`` stands in the token table: each run of consecutive morphemes of one
    sentence whose forms, joined, spell the term (its spaces ignored). A one-word term is
    usually one morpheme (제로페이); a phrase (박원순 시장) or a word Kiwi splits (ICT혁신:
    ICT + 혁신) is a run of several. Runs do not overlap. Forms are Kiwi's, so nouns match as
    written; an inflected verb (했다: 하 + 었 + 다) does not.

    Columns: ``section``, ``sentence``, ``start`` (of the first morpheme), ``end`` (of the last),
    ``token`` (the first morpheme's position, as in :func:`term_tokens`), ``morphemes`` (how
    many), ``tag`` (the first morpheme's tag). In text order.
    """
    target = "".join(term.split())
    ordered = tokens.sort_values("start", kind="stable").reset_index(drop=True)
    forms, sentence = ordered["form"].tolist(), ordered["sentence"].tolist()
    rows, i = [], 0
    while target and i < len(forms):
        spelled, j = forms[i], i
        while (
            spelled
            and spelled != target
            and target.startswith(spelled)
            and j + 1 < len(forms)
            and sentence[j + 1] == sentence[i]
            and forms[j + 1]
        ):
            j += 1
            spelled += forms[j]
        if spelled == target:
            first, last = ordered.iloc[i], ordered.iloc[j]
            rows.append(
                (
                    first["section"],
                    first["sentence"],
                    first["start"],
                    last["end"],
                    i,
                    j - i + 1,
                    first["tag"],
                )
            )
            i = j + 1
        else:
            i += 1
    # Typed even when empty, so tables built from several terms keep integer columns.
    return conformed("term_matches", pd.DataFrame(rows, columns=names("term_matches")))


def keyword_in_context(
    tokens: pd.DataFrame,
    article: Article,
    *,
    term: str,
    window: int = KWIC_WINDOW,
    stopwords: Iterable[str] = (),
) -> pd.DataFrame:
    """Keyword-in-context lines for every occurrence of ``term`` the term counts count in
    ``tokens`` (``article``'s :func:`kornews.tokenize` table): a word where it is a whole term
    (so not 시민 inside the compound 양산시민신문, nor a stopword), or a phrase of several
    (박원순 시장, as in the collocation table) wherever its words stand together; the same
    occurrences as :func:`dispersion`'s rows, so a counted word has as many lines as its count.
    An empty table means the term is never counted; :func:`term_status` says why.

    The context is the keyword's own sentence, cut to ``window`` characters on each side
    (so ``left + keyword + right`` is always a slice of ``article.text``).

    Columns: ``section``, ``sentence``, ``start``, ``end`` (the keyword's span in
    ``article.text``), ``left``, ``keyword`` (the text at that span: a phrase keeps the
    article's own spacing), ``right``. In text order.
    """
    hits = _counted(tokens, term, term_tokens(tokens, stopwords=stopwords))
    spans = tokens.groupby("sentence").agg(s_start=("start", "min"), s_end=("end", "max"))
    hits = hits.join(spans, on="sentence")
    text = article.text
    rows = [
        (
            h.section,
            h.sentence,
            h.start,
            h.end,
            text[max(h.s_start, h.start - window) : h.start],
            text[h.start : h.end],
            text[h.end : min(h.s_end, h.end + window)],
        )
        for h in hits.itertuples()
    ]
    return conformed("keyword_in_context", pd.DataFrame(rows, columns=names("keyword_in_context")))


def _counted(tokens: pd.DataFrame, term: str, whole: pd.DataFrame) -> pd.DataFrame:
    """The matches of ``term`` the term analyses see: a phrase of several words always; a word
    only where it is a whole term of ``whole`` (:func:`term_tokens`) or a run of them (ICT혁신),
    so never a stopword, a verb stem, or 주민 inside the compound 주민센터 the counts count."""
    matches = term_matches(tokens, term=term)
    aligned = matches["start"].isin(whole["start"]) & matches["end"].isin(whole["end"])
    return matches if len(term.split()) > 1 else matches[aligned]


def dispersion(
    tokens: pd.DataFrame, *, terms: Iterable[str], stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """Where in the article each of ``terms`` occurs: a term as in :func:`term_tokens` (not a
    stopword, tagged as a noun or foreign word), a phrase (박원순 시장) wherever its words stand
    together (:func:`term_matches`). A term that never does has no rows: :func:`term_status`
    says why.

    Columns: ``term``, ``section``, ``sentence``, ``start``, ``end`` (character span in
    ``article.text``), ``token`` (position in the article in morphemes, 0-based, of its first
    morpheme). Sorted by the order of ``terms``, then by position.
    """
    whole = term_tokens(tokens, stopwords=stopwords)
    tables = [
        conformed("dispersion", _counted(tokens, term, whole).assign(term=term))
        for term in dict.fromkeys(terms)
    ]
    return pd.concat(tables, ignore_index=True) if tables else typed("dispersion")


def term_status(
    tokens: pd.DataFrame, article: Article, *, terms: Iterable[str], stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """Whether each of ``terms`` (words or phrases) is found, and if not, why: for the notebook's
    keyword-in-context lines and dispersion plot, which would otherwise just show nothing.

    Columns:
        term: as given.
        occurrences: where it stands on its own (its morphemes, :func:`term_matches`).
        counted: of those, the ones the term analyses count (the :func:`dispersion` rows and
            the keyword-in-context lines).
        in_text: how often the text of the title, headings and body holds it at all, also
            inside longer words (spaces between its words may vary).
        status: ``found`` (counted), ``stopword`` (left out of the counts), ``not a noun here``
            (present, but Kiwi tags it otherwise, e.g. as a verb stem), ``inside longer words``
            (only as part of other morphemes, 시장 in a 서울시장 Kiwi keeps whole, or of a
            compound the counts count whole, 주민 in 주민센터), or
            ``not in the text``.
        note: the status as a sentence, with counts and examples.
    One row per distinct term, in the order given.
    """
    stop = NEWS_STOPWORDS | frozenset(stopwords)
    whole = term_tokens(tokens, stopwords=stopwords)
    spans = tokens.groupby("sentence").agg(start=("start", "min"), end=("end", "max"))
    body = [article.text[s:e] for s, e in zip(spans["start"], spans["end"])]
    rows = []
    for term in dict.fromkeys(terms):
        target = "".join(term.split())
        matches = term_matches(tokens, term=term)
        counted = len(_counted(tokens, term, whole))
        # Spaces anywhere, as term_matches ignores them: ICT혁신 is also ICT 혁신.
        pattern = re.compile(r"\s*".join(map(re.escape, target))) if target else None
        found = [m for text in body for m in pattern.finditer(text)] if pattern else []
        if counted:
            status, note = "found", _times(counted)
        elif len(matches) and target in stop:
            status, note = (
                "stopword",
                f"a stopword, left out of the counts ({_times(len(matches))} in the text)",
            )
        elif len(matches) and matches["tag"].isin(TERM_TAGS).all():
            inside = whole[
                whole["start"].le(matches["start"].iloc[0])
                & whole["end"].ge(matches["end"].iloc[0])
            ]
            example = inside["term"].iloc[0] if len(inside) else target
            status, note = (
                "inside longer words",
                f"in the text {_times(len(matches))}, only inside compounds such as «{example}»",
            )
        elif len(matches):
            tags = ", ".join(sorted(set(matches["tag"])))
            status, note = (
                "not a noun here",
                f"in the text {_times(len(matches))}, but tagged {tags}, not as a noun (NNG, NNP, SL)",
            )
        elif found:
            example = re.search(r"\S*" + pattern.pattern + r"\S*", found[0].string).group()
            status, note = (
                "inside longer words",
                f"in the text {_times(len(found))}, only inside longer words such as «{example}»",
            )
        else:
            status, note = "not in the text", "not in the title, headings or body"
        rows.append((term, len(matches), counted, len(found), status, note))
    return conformed("term_status", pd.DataFrame(rows, columns=names("term_status")))


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"
